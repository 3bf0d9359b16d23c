"""raw/ from raw-chromium/: tabs->space, strip ASCII spaces at line edges, collapse blank lines."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f'{ROOT}/raw', exist_ok=True)
for f in sorted(os.listdir(f'{ROOT}/raw-chromium')):
    if not f.endswith('.txt'): continue
    t = open(f'{ROOT}/raw-chromium/{f}', encoding='utf-8').read()
    lines = [re.sub(r'\t+', ' ', l).strip(' ') for l in t.split('\n')]
    out = []
    for l in lines:
        if l == '' and out and out[-1] == '': continue
        out.append(l)
    while out and out[-1] == '': out.pop()
    open(f'{ROOT}/raw/{f}', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
