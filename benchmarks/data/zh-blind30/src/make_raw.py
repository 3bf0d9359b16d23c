"""raw/<id>.txt from raw-chromium/<id>.txt: each tab -> one space; spaces at line edges stripped;
every run of blank lines collapsed to a single blank line; leading/trailing blank lines dropped.
Single line breaks (between <div> blocks, from <br>, between list items) are kept as they are."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(ROOT, 'raw'), exist_ok=True)
for f in sorted(glob.glob(os.path.join(ROOT, 'raw-chromium', '*.txt'))):
    t = open(f, encoding='utf-8').read().replace('\t', ' ')
    t = '\n'.join(l.strip(' ') for l in t.split('\n'))
    t = re.sub(r'\n{3,}', '\n\n', t).strip('\n') + '\n'
    open(os.path.join(ROOT, 'raw', os.path.basename(f)), 'w', encoding='utf-8').write(t)
print('ok')
