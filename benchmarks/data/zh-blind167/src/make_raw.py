#!/usr/bin/env python3
"""raw/ from raw-chromium/: tabs (with spaces around) -> one space, strip spaces at line
edges (keep U+3000), collapse blank-line runs, drop leading/trailing blank lines."""
import os, re, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(base, 'raw-chromium'), os.path.join(base, 'raw')
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith('.txt'):
        continue
    t = open(os.path.join(src, fn), encoding='utf-8').read()
    out = []
    for line in t.split('\n'):
        line = re.sub(r'[ ]*\t[ \t]*', ' ', line)
        line = line.strip(' ')
        if line == '' and (not out or out[-1] == ''):
            continue
        out.append(line)
    while out and out[-1] == '':
        out.pop()
    open(os.path.join(dst, fn), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
