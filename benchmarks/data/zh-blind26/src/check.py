"""Every gold paragraph, the title, each author and publish_time must occur in raw-chromium and raw
(modulo white space)."""
import os, json, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r'\s+', '', s.replace('\u00a0', ' ').replace('\u3000', ' '))
bad = 0
for fn in sorted(os.listdir(os.path.join(D, 'gold'))):
    g = json.load(open(os.path.join(D, 'gold', fn), encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        t = W(open(os.path.join(D, sub, g['id'] + '.txt'), encoding='utf-8').read())
        items = [('title', g['title'])] + [('time', g['publish_time'])] + [('author', a) for a in g['authors']] + [('para', p) for p in g['body_paragraphs']]
        for k, v in items:
            if v and W(v) not in t:
                bad += 1; print(sub, g['id'], k, v[:60])
        if len(g['body_paragraphs']) != len(set(g['body_paragraphs'])): print('dup para', g['id'])
    n = sum(len(p) for p in g['body_paragraphs'])
    if not 250 <= n <= 1600: print('length', g['id'], n)
print('problems:', bad); sys.exit(1 if bad else 0)
