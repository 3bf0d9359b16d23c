#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a paste as another browser gives it.
Per line: tab cells joined with one space, runs of spaces/tabs collapsed to one space... except
inside text (we only turn tabs into one space and strip spaces at line edges); runs of blank lines
become one blank line; leading/trailing blank lines dropped; one final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, 'raw-chromium'), os.path.join(ROOT, 'raw')
os.makedirs(dst, exist_ok=True)
n = 0
for f in sorted(os.listdir(src)):
    if not f.endswith('.txt'):
        continue
    t = open(os.path.join(src, f), encoding='utf-8').read()
    lines = [re.sub(r'[ ]*\t+[ ]*', ' ', l).strip(' ') for l in t.split('\n')]
    out = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    open(os.path.join(dst, f), 'w', encoding='utf-8').write(out)
    n += 1
print(n, 'raw files')
