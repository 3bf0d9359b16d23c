#!/usr/bin/env python3
"""Check every gold title, body paragraph, author and publish_time occurs in raw-chromium and raw text (white space ignored)."""
import os, re, json, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r'\s+', '', s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', fn), encoding='utf-8'))
    for d in ('raw-chromium', 'raw'):
        t = W(open(os.path.join(ROOT, d, g['id'] + '.txt'), encoding='utf-8').read())
        items = [('title', g['title']), ('time', g['publish_time'])] + [('author', a) for a in g['authors']] + [('para', p) for p in g['body_paragraphs']]
        for k, v in items:
            if v and W(v) not in t:
                bad += 1; print(d, g['id'], k, v[:60])
    n = sum(len(p) for p in g['body_paragraphs'])
    if n < 300: print('short body', g['id'], n)
print('problems:', bad); sys.exit(1 if bad else 0)
