# raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces trimmed at line edges,
# runs of blank lines collapsed to one blank line, no leading/trailing blank lines.
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(ROOT + '/raw', exist_ok=True)
for f in sorted(os.listdir(ROOT + '/raw-chromium')):
    if not f.endswith('.txt'): continue
    t = open(ROOT + '/raw-chromium/' + f, encoding='utf-8').read()
    lines = [re.sub(r'[ \t]+', ' ', l).strip(' ') for l in t.split('\n')]
    out = '\n'.join(lines)
    out = re.sub(r'\n{3,}', '\n\n', out).strip('\n') + '\n'
    open(ROOT + '/raw/' + f, 'w', encoding='utf-8').write(out)
print('ok')
