"""Check: every gold paragraph, the title, the authors and publish_time occur in raw-chromium/<id>.txt
(compared with all white space removed); also that body paragraphs appear in order. Also makes raw/."""
import json, os, re, glob
D = os.path.dirname(os.path.abspath(__file__))
def ns(s): return re.sub(r'\s+', '', s)
bad = 0
os.makedirs(D + '/raw', exist_ok=True)
for f in sorted(glob.glob(D + '/gold/*.json')):
    g = json.load(open(f, encoding='utf-8')); pid = g['id']
    txt = open('%s/raw-chromium/%s.txt' % (D, pid), encoding='utf-8').read()
    # raw/: tabs -> single space, spaces trimmed at line edges, runs of blank lines -> one blank line
    lines = [re.sub(r'[ \t\u00a0]+', lambda m: m.group(0) if set(m.group(0)) == {' '} else ' ', l.replace('\t', ' ')).strip() for l in txt.split('\n')]
    out, prev_blank = [], True
    for l in lines:
        if not l:
            if not prev_blank: out.append('')
            prev_blank = True
        else:
            out.append(l); prev_blank = False
    while out and out[-1] == '': out.pop()
    open('%s/raw/%s.txt' % (D, pid), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    T = ns(txt); pos = 0; probs = []
    for p in g['body_paragraphs']:
        k = T.find(ns(p), pos)
        if k < 0:
            probs.append('BODY missing/out of order: ' + p[:40])
        else: pos = k + len(ns(p))
    if ns(g['title']) not in T: probs.append('TITLE missing')
    for a in g['authors']:
        if ns(a) not in T: probs.append('AUTHOR missing ' + a)
    if g['publish_time'] and ns(g['publish_time']) not in T: probs.append('DATE missing')
    body_chars = sum(len(p) for p in g['body_paragraphs'])
    R = ns(open('%s/raw/%s.txt' % (D, pid), encoding='utf-8').read())
    if R != T: probs.append('raw/ differs from raw-chromium beyond white space')
    if probs: bad += 1
    print(pid, g['lang'], 'paras=%d chars=%d' % (len(g['body_paragraphs']), body_chars), 'OK' if not probs else probs)
print('pages with problems:', bad)
