"""Check every gold title, author and body paragraph occurs in raw-chromium and raw text (modulo white space)."""
import os, re, glob, json
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0; n = 0
for g in sorted(glob.glob(f'{D}/gold/*.json')):
    j = json.load(open(g, encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        t = ws(open(f"{D}/{sub}/{j['id']}.txt", encoding='utf-8').read())
        for what, s in [('title', j['title'])] + [('author', a) for a in j['authors']] + [('date', j['publish_time'])] + [('para', p) for p in j['body_paragraphs']]:
            n += 1
            if ws(s) not in t and not (what == 'author' and ws(s).lower() not in t.lower() and False):
                if what == 'author' and ws(s).lower() in t.lower(): continue
                bad += 1; print(sub, j['id'], what, s[:60])
print('checked', n, 'strings; missing', bad)
