#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
modulo white space; print body lengths."""
import json, os, re, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r'\s+', '', s)
bad = 0
for fn in sorted(os.listdir(os.path.join(root, 'gold'))):
    g = json.load(open(os.path.join(root, 'gold', fn), encoding='utf-8'))
    pid = g['id']
    blen = sum(len(p) for p in g['body_paragraphs'])
    probs = []
    if blen < 300: probs.append('body<300')
    for d in ('raw-chromium', 'raw'):
        p = os.path.join(root, d, pid + '.txt')
        if not os.path.exists(p):
            probs.append(f'{d} missing'); continue
        t = norm(open(p, encoding='utf-8').read())
        items = [('title', g['title'])] + [('author', a) for a in g['authors']]
        if g['publish_time']: items.append(('time', g['publish_time']))
        items += [('para%d' % i, x) for i, x in enumerate(g['body_paragraphs'])]
        for k, v in items:
            if norm(v) not in t: probs.append(f'{d}:{k} not found: {v[:30]}')
    print(f'{pid}\t{g["kind"]}\tbody={blen}\tparas={len(g["body_paragraphs"])}\t' + ('OK' if not probs else 'FAIL ' + '; '.join(probs)))
    bad += bool(probs)
print('problems:', bad)
sys.exit(1 if bad else 0)
