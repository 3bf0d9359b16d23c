#!/usr/bin/env python3
"""raw-chromium/<id>.txt -> raw/<id>.txt (tab runs -> one space, edge ASCII spaces stripped,
blank-line runs collapsed, no leading/trailing blank lines, one final newline)."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def clean(t):
    t = t.replace('\r\n', '\n').replace('\r', '\n')
    out = []
    for line in t.split('\n'):
        line = re.sub(r' *\t[\t ]*', ' ', line)
        line = line.strip(' ')
        out.append(line)
    res, blank = [], False
    for line in out:
        if line == '':
            if res and not blank:
                res.append('')
            blank = True
        else:
            res.append(line); blank = False
    while res and res[-1] == '':
        res.pop()
    return '\n'.join(res) + '\n'
def main():
    src = os.path.join(ROOT, 'raw-chromium'); dst = os.path.join(ROOT, 'raw')
    os.makedirs(dst, exist_ok=True)
    for f in sorted(os.listdir(src)):
        if f.endswith('.txt'):
            with open(os.path.join(src, f), encoding='utf-8') as fh:
                t = fh.read()
            with open(os.path.join(dst, f), 'w', encoding='utf-8') as fh:
                fh.write(clean(t))
if __name__ == '__main__':
    main()
