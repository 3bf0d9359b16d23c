"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, line edges stripped,
runs of blank lines -> one blank line, leading/trailing blank lines dropped."""
import os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn in sorted(os.listdir(os.path.join(D, 'raw-chromium'))):
    if not fn.endswith('.txt'): continue
    t = open(os.path.join(D, 'raw-chromium', fn), encoding='utf-8').read()
    lines = [re.sub(r'[ \t]+', ' ', l.replace('\t', ' ')).strip() for l in t.split('\n')]
    out = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    open(os.path.join(D, 'raw', fn), 'w', encoding='utf-8').write(out)
