#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped,
empty lines dropped, and every remaining line separated from the next by exactly one blank line."""
import glob, os, re
D = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(f'{D}/raw-chromium/*.txt')):
    lines = [re.sub(r'\t+', ' ', l).strip() for l in open(f, encoding='utf-8').read().split('\n')]
    open(f"{D}/raw/{os.path.basename(f)}", 'w', encoding='utf-8').write('\n\n'.join(l for l in lines if l) + '\n')
