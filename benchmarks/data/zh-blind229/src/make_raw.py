#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at
line edges, runs of blank lines collapsed to one, trailing blank lines dropped."""
import pathlib, sys
root = pathlib.Path(__file__).resolve().parent.parent
src, dst = root / 'raw-chromium', root / 'raw'
dst.mkdir(exist_ok=True)
for f in sorted(src.glob('*.txt')):
    lines = [l.replace('\t', ' ').strip(' ') for l in f.read_text(encoding='utf-8').split('\n')]
    out = []
    for l in lines:
        if l == '' and out and out[-1] == '':
            continue
        out.append(l)
    while out and out[-1] == '':
        out.pop()
    while out and out[0] == '':
        out.pop(0)
    (dst / f.name).write_text('\n'.join(out) + '\n', encoding='utf-8')
print('raw files:', len(list(dst.glob('*.txt'))))
