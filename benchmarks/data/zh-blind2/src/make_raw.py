"""raw/<id>.txt from raw-chromium/<id>.txt: tabs (runs) -> one space, ASCII spaces/tabs trimmed at
line edges (U+3000 indents kept), runs of blank lines -> one blank line, no leading/trailing blank lines."""
import glob, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(os.path.join(OUT, 'raw-chromium', '*.txt'))):
    lines = open(f, encoding='utf-8').read().split('\n')
    out = []
    for ln in lines:
        ln = re.sub(r'\t+', ' ', ln).strip(' ')
        if ln == '':
            if out and out[-1] != '':
                out.append('')
        else:
            out.append(ln)
    while out and out[-1] == '':
        out.pop()
    open(os.path.join(OUT, 'raw', os.path.basename(f)), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
