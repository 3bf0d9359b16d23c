# every gold paragraph and the title must occur in raw-chromium and raw (white space removed)
import json, glob, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0
for g in sorted(glob.glob(f'{ROOT}/gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        t = ws(open(f"{ROOT}/{sub}/{d['id']}.txt", encoding='utf-8').read())
        for x in [d['title']] + d['body_paragraphs']:
            if ws(x) not in t: bad += 1; print('MISSING', sub, d['id'], x[:40])
        for a in d['authors']:
            if ws(a) not in t: bad += 1; print('AUTHOR?', sub, d['id'], a)
        if d['publish_time'] and ws(d['publish_time']) not in t: bad += 1; print('DATE?', sub, d['id'], d['publish_time'])
    n = sum(len(p) for p in d['body_paragraphs'])
    if not 250 <= n <= 1600: print('LEN', d['id'], n)
print('problems:', bad)
