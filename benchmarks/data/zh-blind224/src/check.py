#!/usr/bin/env python3
import os, re, json, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ['id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs']
ws = lambda s: re.sub(r'\s+', '', s)
problems = []
ids = ['rq-%02d' % i for i in range(1, 41)]
files = sorted(f for f in os.listdir(os.path.join(root, 'gold')) if f.endswith('.json'))
if len(files) != 40:
    problems.append('expected 40 gold files, found %d' % len(files))
for i in ids:
    p = os.path.join(root, 'gold', i + '.json')
    if not os.path.exists(p):
        problems.append(i + ': no gold'); continue
    g = json.load(open(p, encoding='utf-8'))
    for k in KEYS:
        if k not in g: problems.append('%s: missing key %s' % (i, k))
    if g.get('set') != 'zh-blind224': problems.append(i + ': bad set')
    if g.get('id') != i: problems.append(i + ': bad id')
    body = ''.join(g.get('body_paragraphs', []))
    if len(body) < 300: problems.append('%s: body %d chars' % (i, len(body)))
    for d in ('raw-chromium', 'raw'):
        tp = os.path.join(root, d, i + '.txt')
        if not os.path.exists(tp):
            problems.append('%s: no %s' % (i, d)); continue
        t = ws(open(tp, encoding='utf-8').read())
        items = [('title', g.get('title', '')), ('publish_time', g.get('publish_time', ''))]
        items += [('author', a) for a in g.get('authors', [])]
        items += [('para%d' % n, s) for n, s in enumerate(g.get('body_paragraphs', []))]
        for name, s in items:
            if not s or ws(s) not in t:
                problems.append('%s [%s]: %s not found: %s' % (i, d, name, s[:40]))
for p in problems: print(p)
print('OK: 40 pages pass' if not problems else 'FAIL: %d problems' % len(problems))
sys.exit(1 if problems else 0)
