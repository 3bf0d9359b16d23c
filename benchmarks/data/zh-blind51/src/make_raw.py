"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped,
runs of blank lines -> one blank line, leading/trailing blank lines dropped."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(f'{ROOT}/raw-chromium/*.txt')):
    t = open(f, encoding='utf-8').read()
    lines = [re.sub(r'\t+', ' ', l).strip(' ') for l in t.split('\n')]
    t = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    open(f'{ROOT}/raw/' + os.path.basename(f), 'w', encoding='utf-8').write(t)
