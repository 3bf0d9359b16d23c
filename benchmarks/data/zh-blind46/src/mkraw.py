"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, trailing/leading spaces of lines stripped,
runs of blank lines collapsed to one blank line."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(os.path.join(ROOT, 'raw-chromium', '*.txt'))):
    t = open(f, encoding='utf-8').read().replace('\t', ' ')
    lines = [re.sub(' {2,}(?=\S)', lambda m: m.group(0), l).strip() for l in t.split('\n')]
    t = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip() + '\n'
    open(os.path.join(ROOT, 'raw', os.path.basename(f)), 'w', encoding='utf-8').write(t)
