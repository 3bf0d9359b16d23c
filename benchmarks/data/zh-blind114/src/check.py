#!/usr/bin/env python3
"""Every gold field must occur (modulo white space) in raw-chromium/ and raw/."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r'\s+', '', s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', fn), encoding='utf-8'))
    for d in ('raw-chromium', 'raw'):
        path = os.path.join(ROOT, d, g['id'] + '.txt')
        if not os.path.exists(path):
            print('MISSING', d, g['id']); bad += 1; continue
        t = W(open(path, encoding='utf-8').read())
        items = [('title', g['title']), ('time', g['publish_time'])] + [('author', a) for a in g['authors']] + [('para', x) for x in g['body_paragraphs']]
        for k, v in items:
            if v and W(v) not in t:
                print('NOT FOUND', d, g['id'], k, v[:40]); bad += 1
    n = sum(len(x) for x in g['body_paragraphs'])
    print(f"{g['id']} {g['kind']:12} paras={len(g['body_paragraphs']):3} chars={n:5} authors={g['authors']} time={g['publish_time']}")
print('problems:', bad)
