#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: each tab -> one space, spaces trimmed at line
edges (runs of spaces inside a line kept), runs of blank lines collapsed to one blank line, no leading/trailing blank lines."""
import os, re
D = os.path.join(os.path.dirname(__file__), '..')
for fn in sorted(os.listdir(os.path.join(D, 'raw-chromium'))):
    if not fn.endswith('.txt'):
        continue
    t = open(os.path.join(D, 'raw-chromium', fn), encoding='utf-8').read()
    lines = [l.replace('\t', ' ').strip(' ') for l in t.split('\n')]
    out = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    open(os.path.join(D, 'raw', fn), 'w', encoding='utf-8').write(out)
