"""Check every gold paragraph, the title, authors and publish_time occur in raw-chromium and raw (white space ignored)."""
import os, re, glob, json
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r'\s+', '', s)
bad = 0
for g in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
    d = json.load(open(g, encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        t = W(open(os.path.join(ROOT, sub, d['id'] + '.txt'), encoding='utf-8').read())
        items = [('title', d['title']), ('date', d['publish_time'])] + [('a', a) for a in d['authors']] + [('p', p) for p in d['body_paragraphs']]
        for k, s in items:
            if k == 'a' and d['lang'] == 'en':
                if W(s).lower() not in t.lower(): bad += 1; print(sub, d['id'], k, s)
                continue
            if W(s) not in t:
                bad += 1; print(sub, d['id'], k, s[:40])
print('problems:', bad)
