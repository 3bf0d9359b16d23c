# raw/<id>.txt from raw-chromium/<id>.txt: each tab -> one space, strip line edges (inner spaces kept),
# runs of blank lines -> one blank line, no leading/trailing blank lines.
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(f'{ROOT}/raw-chromium/*.txt')):
    t = open(f, encoding='utf-8').read()
    lines = [l.replace('\t', ' ').strip() for l in t.split('\n')]
    out = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    open(f'{ROOT}/raw/' + os.path.basename(f), 'w', encoding='utf-8').write(out)
