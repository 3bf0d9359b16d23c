#!/usr/bin/env python3
"""Check gold files against raw-chromium and raw text. Exit 1 on any problem."""
import json, os, re, sys
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ['id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs']
ws = lambda s: re.sub(r'\s+', '', s)
probs = []
golds = sorted(f for f in os.listdir(os.path.join(base, 'gold')) if f.endswith('.json'))
if len(golds) != 40:
    probs.append(f'{len(golds)} gold files, want 40')
for fn in golds:
    g = json.load(open(os.path.join(base, 'gold', fn), encoding='utf-8'))
    pid = fn[:-5]
    for k in KEYS:
        if k not in g:
            probs.append(f'{pid}: missing key {k}')
    if g.get('set') != 'zh-blind219':
        probs.append(f'{pid}: bad set')
    n = sum(len(p) for p in g.get('body_paragraphs', []))
    if n < 300:
        probs.append(f'{pid}: body {n} chars < 300')
    for d in ('raw-chromium', 'raw'):
        p = os.path.join(base, d, pid + '.txt')
        if not os.path.exists(p):
            probs.append(f'{pid}: no {d}'); continue
        t = ws(open(p, encoding='utf-8').read())
        items = [('title', g.get('title', '')), ('publish_time', g.get('publish_time', ''))]
        items += [('author', a) for a in g.get('authors', [])]
        items += [('para', x) for x in g.get('body_paragraphs', [])]
        for k, v in items:
            if not ws(v) or ws(v) not in t:
                probs.append(f'{pid}: {k} not in {d}: {v[:30]}')
for p in probs:
    print(p)
print(f'{len(golds)} pages, {len(probs)} problems')
sys.exit(1 if probs else 0)
