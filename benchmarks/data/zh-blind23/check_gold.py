#!/usr/bin/env python3
"""Every gold title and body paragraph must occur in raw-chromium (and raw) text, white space removed;
publish_time must occur too. Prints problems and a summary line."""
import glob, json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0; nchk = 0
for g in sorted(glob.glob(os.path.join(D, 'gold', 'zx-*.json'))):
    G = json.load(open(g, encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        t = ws(open(os.path.join(D, sub, G['id'] + '.txt'), encoding='utf-8').read())
        items = [('title', G['title']), ('time', G['publish_time'])] + [('para%d' % i, p) for i, p in enumerate(G['body_paragraphs'])]
        for k, v in items:
            nchk += 1
            if v and ws(v) not in t:
                bad += 1; print('MISSING', sub, G['id'], k, v[:40])
        # body paragraphs in order
        pos = 0
        for i, p in enumerate(G['body_paragraphs']):
            j = t.find(ws(p), pos)
            if j < 0:
                bad += 1; print('ORDER', sub, G['id'], i)
            else:
                pos = j
print(f'{nchk - bad} passed, {bad} failed')
sys.exit(1 if bad else 0)
