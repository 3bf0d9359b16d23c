# raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped,
# runs of blank lines collapsed to a single blank line, one final newline.
import os, re, glob
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(f'{root}/raw-chromium/*.txt')):
    t = open(f, encoding='utf-8').read()
    lines = [re.sub(r'\t+', ' ', l).strip(' ') for l in t.split('\n')]
    t = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    open(f'{root}/raw/' + os.path.basename(f), 'w', encoding='utf-8').write(t)
