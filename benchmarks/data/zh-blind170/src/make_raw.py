#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, strip line-edge spaces
(keep U+3000), squeeze blank-line runs, drop leading/trailing blank lines, one final newline."""
import os, re, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(root, 'raw-chromium'), os.path.join(root, 'raw')
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith('.txt'):
        continue
    t = open(os.path.join(src, fn), encoding='utf-8').read()
    lines = []
    for ln in t.split('\n'):
        ln = re.sub(r'[ ]*\t[ ]*', ' ', ln)
        ln = ln.strip(' ')
        lines.append(ln)
    out, blank = [], False
    for ln in lines:
        if ln == '':
            if out and not blank:
                out.append('')
            blank = True
        else:
            out.append(ln); blank = False
    while out and out[-1] == '':
        out.pop()
    open(os.path.join(dst, fn), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
