#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import os, glob, json, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ns = lambda s: re.sub(r'\s+', '', s)
bad = []
golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json')))
if len(golds) != 40: bad.append(f'{len(golds)} gold files, want 40')
KEYS = {'id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs'}
for f in golds:
    g = json.load(open(f, encoding='utf-8')); i = g.get('id')
    if set(g) != KEYS: bad.append(f'{i}: keys {sorted(g)}'); continue
    if g['set'] != 'zh-blind230': bad.append(f'{i}: set')
    n = sum(len(p) for p in g['body_paragraphs'])
    if n < 300: bad.append(f'{i}: body {n} chars')
    for d in ('raw-chromium', 'raw'):
        try: t = ns(open(os.path.join(ROOT, d, i + '.txt'), encoding='utf-8').read())
        except OSError: bad.append(f'{i}: no {d}'); continue
        for what, s in [('title', g['title']), ('publish_time', g['publish_time'])] + [('author', a) for a in g['authors']] + [('para', p) for p in g['body_paragraphs']]:
            if ns(s) not in t: bad.append(f'{i}: {d}: {what} not found: {s[:40]}')
for b in bad: print(b)
print(f'{len(golds)} pages, {len(bad)} problems')
sys.exit(1 if bad else 0)
