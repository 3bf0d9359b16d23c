#!/usr/bin/env python3
"""Gold checks: every gold body paragraph and the title occur in raw-chromium/<id>.txt and raw/<id>.txt
(white space removed on both sides); paragraphs occur in gold order; authors/publish_time occur too."""
import json, os, re, glob, sys
D = os.path.dirname(os.path.abspath(__file__))
def n(s): return re.sub(r'\s+', '', s)
bad = 0; tot = 0
for gf in sorted(glob.glob(f'{D}/gold/*.json')):
    g = json.load(open(gf, encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        t = n(open(f"{D}/{sub}/{g['id']}.txt", encoding='utf-8').read())
        items = [('title', g['title'])] + [('time', g['publish_time'])] * bool(g['publish_time']) + [('author', a) for a in g['authors']]
        for k, v in items:
            tot += 1
            if n(v) not in t: bad += 1; print(g['id'], sub, k, 'MISSING:', v)
        pos = 0
        for i, para in enumerate(g['body_paragraphs']):
            tot += 1
            j = t.find(n(para), pos)
            if j < 0:
                bad += 1; print(g['id'], sub, 'para', i, 'MISSING/ORDER:', para[:40])
            else: pos = j + len(n(para))
print(f'{tot - bad}/{tot} checks passed, {bad} failed'); sys.exit(1 if bad else 0)
