# raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges trimmed,
# runs of blank lines -> one blank line, and a blank line between every two non-blank lines.
import os, re, glob
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(f'{root}/raw-chromium/zh-*.txt')):
    t = open(f, encoding='utf-8').read()
    lines = [l.replace('\t', ' ').strip() for l in t.split('\n')]
    lines = [l for l in lines if l]
    open(f'{root}/raw/' + os.path.basename(f), 'w', encoding='utf-8').write('\n\n'.join(lines) + '\n')
