#!/usr/bin/env python3
"""Check that title, authors, publish_time and every body paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths."""
import json, os, re, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0
for fn in sorted(os.listdir(os.path.join(base, 'gold'))):
    g = json.load(open(os.path.join(base, 'gold', fn), encoding='utf-8'))
    pid = g['id']
    blen = sum(len(p) for p in g['body_paragraphs'])
    probs = []
    if blen < 300:
        probs.append('body<300')
    for d in ('raw-chromium', 'raw'):
        path = os.path.join(base, d, pid + '.txt')
        if not os.path.exists(path):
            probs.append(d + ' missing'); continue
        t = ws(open(path, encoding='utf-8').read())
        items = [('title', g['title']), ('time', g['publish_time'])] + [('author', a) for a in g['authors']] + [('para%d' % i, p) for i, p in enumerate(g['body_paragraphs'])]
        for k, v in items:
            if v and ws(v) not in t:
                probs.append('%s:%s not in %s' % (k, v[:20], d))
    bad += bool(probs)
    print(pid, g['kind'], 'body', blen, 'paras', len(g['body_paragraphs']), 'OK' if not probs else 'PROBLEMS ' + '; '.join(probs))
print('pages with problems:', bad)
sys.exit(1 if bad else 0)
