#!/usr/bin/env python3
"""Check every gold paragraph and the title occur in raw-chromium/<id>.txt and raw/<id>.txt (all white space removed)."""
import json, os, re, sys
H = os.path.dirname(os.path.abspath(__file__))
ws = lambda s: re.sub(r'\s+', '', s)
ok = bad = 0
for fn in sorted(os.listdir(os.path.join(H, 'gold'))):
    g = json.load(open(os.path.join(H, 'gold', fn)))
    for d in ('raw-chromium', 'raw'):
        t = ws(open(os.path.join(H, d, g['id'] + '.txt'), encoding='utf-8').read())
        items = [('title', g['title'])] + [('p', p) for p in g['body_paragraphs']]
        if g['publish_time']:
            items.append(('time', g['publish_time']))
        for k, s in items:
            if ws(s) in t:
                ok += 1
            else:
                bad += 1; print('MISSING', d, g['id'], k, s[:40])
print('checks passed', ok, 'failed', bad)
sys.exit(1 if bad else 0)
