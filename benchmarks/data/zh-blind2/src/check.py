"""Check every gold paragraph and the title occur in raw-chromium and raw text (white space removed)."""
import glob, json, os, re, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)   # \s includes U+3000 and NBSP
bad = 0
for g in sorted(glob.glob(os.path.join(OUT, 'gold', '*.json'))):
    d = json.load(open(g, encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        t = ws(open(os.path.join(OUT, sub, d['id'] + '.txt'), encoding='utf-8').read())
        for what, s in [('title', d['title']), ('time', d['publish_time'])] + [('para', p) for p in d['body_paragraphs']]:
            if s and ws(s) not in t:
                bad += 1; print(sub, d['id'], what, s[:40])
        for a in d['authors']:
            if ws(a) not in t:
                bad += 1; print(sub, d['id'], 'author', a)
    n = sum(len(p) for p in d['body_paragraphs'])
    if not 300 <= n <= 1500 and d['lang'] == 'zh':
        print('length', d['id'], n)
print('problems:', bad)
