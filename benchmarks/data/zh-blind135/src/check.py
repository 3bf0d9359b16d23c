#!/usr/bin/env python3
"""Check that title, authors, publish_time and every body paragraph occur in raw-chromium/ and raw/."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def fold(s): return re.sub(r'\s+', '', s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', fn), encoding='utf-8'))
    n = sum(len(x) for x in g['body_paragraphs'])
    probs = []
    for d in ('raw-chromium', 'raw'):
        path = os.path.join(ROOT, d, g['id'] + '.txt')
        if not os.path.exists(path):
            probs.append(d + ': missing'); continue
        t = fold(open(path, encoding='utf-8').read())
        items = [('title', g['title'])] + [('author', a) for a in g['authors']] + [('time', g['publish_time'])] + [('para', x) for x in g['body_paragraphs']]
        for k, v in items:
            if v and fold(v) not in t:
                probs.append('%s %s not found: %s' % (d, k, v[:40]))
    if n < 300: probs.append('body too short')
    bad += bool(probs)
    print('%s %-6s body=%4d paras=%2d %s' % (g['id'], g['kind'][:6], n, len(g['body_paragraphs']), 'OK' if not probs else ''))
    for x in probs: print('   ', x)
print('pages with problems:', bad)
