#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a paste from another browser."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, 'raw-chromium'), os.path.join(ROOT, 'raw')
for fn in sorted(os.listdir(src)):
    if not fn.endswith('.txt'):
        continue
    t = open(os.path.join(src, fn), encoding='utf-8').read()
    t = re.sub(r'[ ]*\t[\t ]*', ' ', t)
    lines = [l.strip(' \t\r') for l in t.split('\n')]   # U+3000 kept
    out, blank = [], False
    for l in lines:
        if l == '':
            blank = True; continue
        if blank and out:
            out.append('')
        blank = False; out.append(l)
    open(os.path.join(dst, fn), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
