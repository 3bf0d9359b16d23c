#!/usr/bin/env python3
"""Check every gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json, os, re, sys
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
ws = lambda s: re.sub(r'[\s\u3000\u00a0]+', '', s)
bad = 0
for fn in sorted(os.listdir(os.path.join(base, 'gold'))):
    g = json.load(open(os.path.join(base, 'gold', fn), encoding='utf-8'))
    pid = g['id']
    n = sum(len(p) for p in g['body_paragraphs'])
    probs = []
    if n < 300:
        probs.append('body too short %d' % n)
    for d in ('raw-chromium', 'raw'):
        p = os.path.join(base, d, pid + '.txt')
        if not os.path.exists(p):
            probs.append('missing ' + d); continue
        t = ws(open(p, encoding='utf-8').read())
        items = [('title', g['title']), ('time', g['publish_time'])] + [('author', a) for a in g['authors']] + [('para', x) for x in g['body_paragraphs']]
        for k, v in items:
            if v and ws(v) not in t:
                probs.append('%s: %s not found: %s' % (d, k, v[:40]))
    print('%s %-8s body=%4d paras=%2d %s' % (pid, g['kind'], n, len(g['body_paragraphs']), 'OK' if not probs else 'PROBLEMS'))
    for p in probs:
        print('   ', p); bad += 1
print('problems:', bad)
sys.exit(1 if bad else 0)
