#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, 'raw-chromium'), os.path.join(ROOT, 'raw')
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith('.txt'):
        continue
    text = open(os.path.join(src, fn), encoding='utf-8').read()
    out = []
    for line in text.split('\n'):
        line = re.sub(r' *\t[ \t]*', ' ', line)
        line = line.strip(' ')
        out.append(line)
    text = '\n'.join(out)
    text = re.sub(r'\n(?:[ \t]*\n)+', '\n\n', text).strip('\n')
    open(os.path.join(dst, fn), 'w', encoding='utf-8').write(text + '\n')
