#!/usr/bin/env python3
"""Check gold files against raw-chromium and raw texts. Exit 1 on any problem."""
import json, pathlib, sys
root = pathlib.Path(__file__).resolve().parent.parent
KEYS = ['id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs']
def ns(s): return ''.join(s.split())
problems = []
golds = sorted((root / 'gold').glob('*.json'))
if len(golds) != 40: problems.append(f'{len(golds)} gold files, want 40')
for g in golds:
    d = json.loads(g.read_text('utf-8'))
    pid = g.stem
    for k in KEYS:
        if k not in d: problems.append(f'{pid}: missing {k}')
    if d.get('set') != 'zh-blind215': problems.append(f'{pid}: bad set')
    if d.get('id') != pid: problems.append(f'{pid}: bad id')
    body = d.get('body_paragraphs', [])
    n = sum(len(p) for p in body)
    if n < 300: problems.append(f'{pid}: body {n} < 300 chars')
    for sub in ('raw-chromium', 'raw'):
        f = root / sub / f'{pid}.txt'
        if not f.exists():
            problems.append(f'{pid}: no {sub} file'); continue
        t = ns(f.read_text('utf-8'))
        items = [('title', d.get('title', '')), ('publish_time', d.get('publish_time', ''))]
        items += [('author', a) for a in d.get('authors', [])]
        items += [('para', p) for p in body]
        for what, s in items:
            if not ns(s) or ns(s) not in t:
                problems.append(f'{pid}: {what} not in {sub}: {s[:40]!r}')
for p in problems: print(p)
print(f'{len(golds)} pages, {len(problems)} problems')
sys.exit(1 if problems else 0)
