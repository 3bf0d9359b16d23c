#!/usr/bin/env python3
"""raw/ from raw-chromium/: tabs (with spaces around) -> one space, strip ASCII spaces at line
edges (keep U+3000), collapse blank-line runs, drop leading/trailing blank lines, one final newline."""
import os, re, sys
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
src, dst = os.path.join(base, 'raw-chromium'), os.path.join(base, 'raw')
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith('.txt'):
        continue
    t = open(os.path.join(src, fn), encoding='utf-8').read()
    out = []
    for line in t.split('\n'):
        line = re.sub(r' *\t[ \t]*', ' ', line)
        line = line.strip(' ')
        out.append(line)
    res, blank = [], False
    for line in out:
        if line == '':
            blank = True
            continue
        if blank and res:
            res.append('')
        blank = False
        res.append(line)
    open(os.path.join(dst, fn), 'w', encoding='utf-8').write('\n'.join(res) + '\n')
print('raw written')
