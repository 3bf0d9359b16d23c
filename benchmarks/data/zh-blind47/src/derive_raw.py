"""raw/<id>.txt from raw-chromium/<id>.txt: tabs (table cells) -> one space, runs of spaces
collapsed, line edges stripped, runs of blank lines -> one blank line, one final newline."""
import os, re, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(f'{D}/raw-chromium/yv-*.txt')):
    t = open(f, encoding='utf-8').read()
    lines = [re.sub(r'[ \t]+', ' ', l).strip() for l in t.split('\n')]
    t = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    open(f'{D}/raw/' + os.path.basename(f), 'w', encoding='utf-8').write(t)
