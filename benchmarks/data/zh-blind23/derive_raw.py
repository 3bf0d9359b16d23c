#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped,
runs of blank lines collapsed to one blank line, leading/trailing blank lines dropped."""
import glob, os, re
D = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(D, 'raw-chromium', 'zx-*.txt'))):
    t = open(f, encoding='utf-8').read()
    lines = [re.sub(r'[ \t]+', ' ', l.replace('\t', ' ')).strip() for l in t.split('\n')]
    out, blank = [], False
    for l in lines:
        if not l:
            blank = True; continue
        if blank and out: out.append('')
        out.append(l); blank = False
    open(os.path.join(D, 'raw', os.path.basename(f)), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
