#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.

Each tab (with the spaces around it) becomes one space; ASCII spaces at line edges are
stripped (U+3000 indents kept); every run of blank lines becomes one blank line; leading
and trailing blank lines dropped; one final newline. Nothing else changes.
"""
import pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def convert(text: str) -> str:
    out, blank = [], False
    for line in text.split('\n'):
        line = re.sub(r' *\t *', ' ', line).strip(' ')
        if line == '':
            blank = True
            continue
        if blank and out:
            out.append('')
        blank = False
        out.append(line)
    return '\n'.join(out) + '\n'


def main():
    src, dst = ROOT / 'raw-chromium', ROOT / 'raw'
    dst.mkdir(exist_ok=True)
    n = 0
    for f in sorted(src.glob('*.txt')):
        (dst / f.name).write_text(convert(f.read_text(encoding='utf-8')), encoding='utf-8')
        n += 1
    print(f'{n} files written to {dst}')


if __name__ == '__main__':
    sys.exit(main())
