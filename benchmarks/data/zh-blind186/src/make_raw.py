#!/usr/bin/env python3
"""raw-chromium/<id>.txt -> raw/<id>.txt (normalised whitespace)."""
import pathlib, re
ROOT = pathlib.Path(__file__).resolve().parent.parent
def norm(t):
    t = t.replace('\r\n', '\n').replace('\r', '\n')
    out = []
    for line in t.split('\n'):
        line = re.sub(r' *\t[\t ]*', ' ', line)
        line = line.strip(' ')
        out.append(line)
    s = '\n'.join(out)
    s = re.sub(r'\n{3,}', '\n\n', s)
    return s.strip('\n') + '\n'
def main():
    (ROOT / 'raw').mkdir(exist_ok=True)
    for f in sorted((ROOT / 'raw-chromium').glob('*.txt')):
        (ROOT / 'raw' / f.name).write_text(norm(f.read_text(encoding='utf-8')), encoding='utf-8')
if __name__ == '__main__':
    main()
