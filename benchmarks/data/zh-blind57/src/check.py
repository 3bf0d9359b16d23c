#!/usr/bin/env python3
"""Check every gold paragraph, the title, every author and the publish_time occur in
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; report body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    for d in ('raw-chromium', 'raw'):
        t = ws(open(os.path.join(ROOT, d, g['id'] + '.txt'), encoding='utf-8').read())
        items = [('title', g['title'])] + [('author', a) for a in g['authors']] + \
                [('time', g['publish_time'])] + [('para', p) for p in g['body_paragraphs']]
        for k, v in items:
            if v is not None and ws(v) not in t:
                bad += 1; print('MISSING', d, g['id'], k, v[:40])
    n = sum(len(ws(p)) for p in g['body_paragraphs'])
    flag = '' if 300 <= n <= 1500 else '  <-- length'
    print(g['id'], len(g['body_paragraphs']), 'paras', n, 'chars', g['authors'], g['publish_time'], flag)
print('problems:', bad)
sys.exit(1 if bad else 0)
