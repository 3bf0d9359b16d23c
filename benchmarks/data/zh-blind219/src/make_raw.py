#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs->space, strip ASCII spaces at line edges, collapse blank runs, drop trailing blanks."""
import os, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(base, 'raw-chromium'), os.path.join(base, 'raw')
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith('.txt'):
        continue
    lines = open(os.path.join(src, fn), encoding='utf-8').read().split('\n')
    out = []
    for ln in lines:
        ln = ln.replace('\t', ' ').strip(' ')
        if ln == '' and out and out[-1] == '':
            continue
        out.append(ln)
    while out and out[-1] == '':
        out.pop()
    while out and out[0] == '':
        out.pop(0)
    open(os.path.join(dst, fn), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
