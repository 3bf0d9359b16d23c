import glob, os, re
R = '/work/scratch/zh-blind9/'
for f in sorted(glob.glob(R + 'raw-chromium/*.txt')):
    t = open(f, encoding='utf-8').read()
    lines = [re.sub(r' *\t+ *', ' ', l).strip(' ') for l in t.split('\n')]
    out = re.sub(r'\n{3,}', '\n\n', '\n'.join(lines)).strip('\n') + '\n'
    open(R + 'raw/' + os.path.basename(f), 'w', encoding='utf-8').write(out)
