#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in
raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', fn), encoding='utf-8'))
    pid = g['id']; blen = sum(len(p) for p in g['body_paragraphs'])
    probs = []
    for d in ('raw-chromium', 'raw'):
        path = os.path.join(ROOT, d, pid + '.txt')
        if not os.path.exists(path):
            probs.append('%s missing' % d); continue
        t = ws(open(path, encoding='utf-8').read())
        items = [('title', g['title']), ('time', g['publish_time'])] + \
                [('author', a) for a in g['authors']] + [('para', p) for p in g['body_paragraphs']]
        for k, v in items:
            if v and ws(v) not in t:
                probs.append('%s: %s not found: %s' % (d, k, v[:40]))
    if blen < 300:
        probs.append('body only %d chars' % blen)
    bad += len(probs)
    print('%s %-5s body=%4d paras=%2d %s' % (pid, g['kind'][:5], blen, len(g['body_paragraphs']), 'OK' if not probs else 'PROBLEMS'))
    for pr in probs:
        print('   ', pr)
print('problems:', bad)
sys.exit(1 if bad else 0)
