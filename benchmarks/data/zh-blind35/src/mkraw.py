#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: each run of tabs -> one space (other spaces kept), trailing/leading spaces of a line
stripped, runs of blank lines collapsed to a single blank line between every two non-empty lines
(a clerk's paste from another browser: one blank line between blocks, no tab cells)."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn in sorted(os.listdir(os.path.join(ROOT, 'raw-chromium'))):
    if not fn.endswith('.txt'):
        continue
    t = open(os.path.join(ROOT, 'raw-chromium', fn), encoding='utf-8').read()
    lines = [re.sub(r'\t+', ' ', l).strip() for l in t.split('\n')]
    lines = [l for l in lines if l]
    open(os.path.join(ROOT, 'raw', fn), 'w', encoding='utf-8').write('\n\n'.join(lines) + '\n')
