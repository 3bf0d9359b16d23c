"""raw/<id>.txt from raw-chromium/<id>.txt: a paste as another browser gives it.
Each line stripped at both edges, tab-separated cells joined by one space,
runs of blank lines collapsed to a single blank line, no leading/trailing blank lines."""
import os, re
os.makedirs('raw', exist_ok=True)
for fn in sorted(os.listdir('raw-chromium')):
    if not fn.endswith('.txt'):
        continue
    text = open(f'raw-chromium/{fn}', encoding='utf-8').read()
    lines = [re.sub(r'[ \t]*\t[ \t]*', ' ', ln).strip() for ln in text.split('\n')]
    out = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    open(f'raw/{fn}', 'w', encoding='utf-8').write(out)
