"""Check that every gold paragraph and the title occur in raw-chromium and raw (white space removed),
that authors occur too (white space removed), and report per-page sizes."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0; rows = []
for f in sorted(os.listdir(f'{ROOT}/gold')):
    g = json.load(open(f'{ROOT}/gold/{f}', encoding='utf-8')); i = g['id']
    for d in ('raw-chromium', 'raw'):
        t = ws(open(f'{ROOT}/{d}/{i}.txt', encoding='utf-8').read())
        for k, s in [('title', g['title'])] + [('author', a) for a in g['authors']] + [('para', p) for p in g['body_paragraphs']] + [('time', g['publish_time'])]:
            if ws(s) not in t:
                bad += 1; print('MISSING', d, i, k, s[:60])
    n = sum(len(ws(p)) for p in g['body_paragraphs'])
    rows.append((i, len(g['body_paragraphs']), n))
for r in rows: print(*r)
print('problems:', bad)
