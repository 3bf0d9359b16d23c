#!/usr/bin/env python3
"""Every gold paragraph and the title must occur in raw-chromium and raw text (white space removed)."""
import os, json, glob, re
D = os.path.dirname(os.path.abspath(__file__))
ok = bad = 0
for g in sorted(glob.glob(f'{D}/gold/*.json')):
    j = json.load(open(g, encoding='utf-8')); i = j['id']
    for sub in ('raw-chromium', 'raw'):
        t = re.sub(r'\s+', '', open(f'{D}/{sub}/{i}.txt', encoding='utf-8').read())
        for what, s in [('title', j['title'])] + [('p', p) for p in j['body_paragraphs']] + [('author', a) for a in j['authors']] + [('date', j['publish_time'])]:
            if re.sub(r'\s+', '', s) in t: ok += 1
            else: bad += 1; print('MISSING', sub, i, what, s[:60])
print('checks passed', ok, 'failed', bad)
