"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at line edges,
runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, 'raw-chromium'), os.path.join(ROOT, 'raw')
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith('.txt'): continue
    lines = open(os.path.join(src, fn), encoding='utf-8').read().split('\n')
    out = []
    for l in lines:
        l = l.replace('\t', ' ').strip(' ')
        if l == '' and (not out or out[-1] == ''): continue
        out.append(l)
    while out and out[-1] == '': out.pop()
    open(os.path.join(dst, fn), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
