"""raw/<id>.txt from raw-chromium/<id>.txt: the paste of a browser that does not keep table cells or
blank-line runs. Per line: tabs -> one space, line-edge spaces stripped; runs of blank lines -> one
blank line; leading/trailing blank lines dropped."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f'{ROOT}/raw', exist_ok=True)
for f in sorted(os.listdir(f'{ROOT}/raw-chromium')):
    if not f.endswith('.txt'): continue
    t = open(f'{ROOT}/raw-chromium/{f}', encoding='utf-8').read()
    lines = [re.sub(r'\t+', ' ', l).strip(' ') for l in t.split('\n')]
    out = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    open(f'{ROOT}/raw/{f}', 'w', encoding='utf-8').write(out)
print('raw written')
