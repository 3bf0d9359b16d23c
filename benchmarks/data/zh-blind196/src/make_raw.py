"""raw/<id>.txt from raw-chromium/<id>.txt."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def clean(t):
    t = t.replace('\r\n', '\n')
    t = re.sub(r' *\t[\t ]*', ' ', t)
    lines = [l.strip(' ') for l in t.split('\n')]
    out = []
    for l in lines:
        if l == '' and (not out or out[-1] == ''):
            continue
        out.append(l)
    while out and out[-1] == '':
        out.pop()
    return '\n'.join(out) + '\n'

def main():
    src = os.path.join(ROOT, 'raw-chromium'); dst = os.path.join(ROOT, 'raw')
    os.makedirs(dst, exist_ok=True)
    for f in sorted(os.listdir(src)):
        if f.endswith('.txt'):
            with open(os.path.join(src, f), encoding='utf-8') as fh:
                t = fh.read()
            with open(os.path.join(dst, f), 'w', encoding='utf-8') as fh:
                fh.write(clean(t))

if __name__ == '__main__':
    main()
