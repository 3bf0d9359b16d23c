#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges trimmed,
runs of blank lines -> one blank line. Spaces inside lines (e.g. `王  静`) are kept."""
import os, re
H = os.path.dirname(os.path.abspath(__file__))
for f in sorted(os.listdir(os.path.join(H, 'raw-chromium'))):
    if not f.endswith('.txt'):
        continue
    t = open(os.path.join(H, 'raw-chromium', f), encoding='utf-8').read().replace('\t', ' ')
    t = '\n'.join(l.strip(' ') for l in t.split('\n'))
    t = re.sub(r'\n{3,}', '\n\n', t).strip('\n') + '\n'
    open(os.path.join(H, 'raw', f), 'w', encoding='utf-8').write(t)
