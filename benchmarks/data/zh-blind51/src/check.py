"""Check gold against raw-chromium and raw: every body paragraph, the title, every author and
publish_time must occur in the text with all white space removed. Also count body characters."""
import json, os, re, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0
for g in sorted(glob.glob(f'{ROOT}/gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        t = ws(open(f'{ROOT}/{sub}/{d["id"]}.txt', encoding='utf-8').read())
        miss = [('title', d['title'])] if ws(d['title']) not in t else []
        miss += [('author', a) for a in d['authors'] if ws(a) not in t]
        if d['publish_time'] and ws(d['publish_time']) not in t:
            miss.append(('date', d['publish_time']))
        miss += [('body', p[:30]) for p in d['body_paragraphs'] if ws(p) not in t]
        for m in miss:
            bad += 1; print(sub, d['id'], *m)
    n = sum(len(ws(p)) for p in d['body_paragraphs'])
    if '-v' in sys.argv: print(d['id'], n)
print('problems:', bad)
