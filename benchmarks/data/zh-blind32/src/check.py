#!/usr/bin/env python3
"""Every gold title, author and body paragraph must occur in raw-chromium (and raw) text,
modulo white space (all white space removed on both sides)."""
import json, os, re, sys
D = os.path.join(os.path.dirname(__file__), '..')
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0
for fn in sorted(os.listdir(os.path.join(D, 'gold'))):
    g = json.load(open(os.path.join(D, 'gold', fn), encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        t = ws(open(os.path.join(D, sub, g['id'] + '.txt'), encoding='utf-8').read())
        items = [('title', g['title'])] + [('author', a) for a in g['authors']] + \
                [('pub', g['publish_time'])] + [('para', p) for p in g['body_paragraphs']]
        for k, v in items:
            if v and ws(v) not in t:
                bad += 1
                print(sub, g['id'], k, v[:60])
print('problems:', bad)
sys.exit(1 if bad else 0)
