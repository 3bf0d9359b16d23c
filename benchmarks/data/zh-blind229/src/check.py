#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import json, pathlib, re, sys
root = pathlib.Path(__file__).resolve().parent.parent
KEYS = {'id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs'}
ws = lambda s: re.sub(r'\s+', '', s)
probs = []
golds = sorted((root / 'gold').glob('*.json'))
if len(golds) != 40:
    probs.append(f'expected 40 pages, found {len(golds)}')
for g in golds:
    d = json.loads(g.read_text(encoding='utf-8'))
    i = g.stem
    if set(d) != KEYS:
        probs.append(f'{i}: keys {sorted(d)}'); continue
    if d['set'] != 'zh-blind229': probs.append(f'{i}: set')
    if d['id'] != i: probs.append(f'{i}: id')
    n = sum(len(p) for p in d['body_paragraphs'])
    if n < 300: probs.append(f'{i}: body {n} chars < 300')
    for sub in ('raw-chromium', 'raw'):
        f = root / sub / f'{i}.txt'
        if not f.exists():
            probs.append(f'{i}: missing {sub}'); continue
        t = ws(f.read_text(encoding='utf-8'))
        items = [('title', d['title']), ('publish_time', d['publish_time'])]
        items += [('author', a) for a in d['authors']] + [('para', p) for p in d['body_paragraphs']]
        for k, v in items:
            if not ws(v) or ws(v) not in t:
                probs.append(f'{i}: {sub}: {k} not found: {v[:40]!r}')
for p in probs: print(p)
print(f'{len(golds)} pages, {len(probs)} problems')
sys.exit(1 if probs else 0)
