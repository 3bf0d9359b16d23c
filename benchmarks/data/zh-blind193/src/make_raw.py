"""raw/<id>.txt from raw-chromium/<id>.txt."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def clean(t):
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
    src, dst = os.path.join(ROOT, 'raw-chromium'), os.path.join(ROOT, 'raw')
    os.makedirs(dst, exist_ok=True)
    n = 0
    for f in sorted(os.listdir(src)):
        if f.endswith('.txt'):
            with open(os.path.join(src, f), encoding='utf-8') as fh:
                t = fh.read().replace('\r\n', '\n')
            with open(os.path.join(dst, f), 'w', encoding='utf-8') as fh:
                fh.write(clean(t)); n += 1
    print(n, 'raw files')
if __name__ == '__main__':
    main()
