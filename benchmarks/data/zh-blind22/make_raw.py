# raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, line edges stripped, runs of blank lines -> one blank line
import os, re
for f in sorted(os.listdir('raw-chromium')):
    if not f.endswith('.txt'): continue
    t = open('raw-chromium/' + f, encoding='utf-8').read()
    lines = [re.sub(r'[ \t]+', lambda m: ' ' if '\t' in m.group() else m.group(), l).strip() for l in t.split('\n')]
    out, blank = [], False
    for l in lines:
        if l == '':
            if out and not blank: out.append('')
            blank = True
        else:
            out.append(l); blank = False
    while out and out[-1] == '': out.pop()
    open('raw/' + f, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
