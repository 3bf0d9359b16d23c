"""Check every gold title, body paragraph, author and date against the page text.
White space (incl. U+3000, no-break space, tabs, newlines) is removed before matching.
Authors are matched with white space removed, since bylines print names spaced (王  静)."""
import json, os, re, sys
def norm(s): return re.sub(r'\s+', '', s)
bad = 0; n = {'pages': 0, 'paras': 0, 'titles': 0, 'authors': 0, 'dates': 0}
for fn in sorted(os.listdir('gold')):
    g = json.load(open(f'gold/{fn}', encoding='utf-8'))
    for d in ('raw-chromium', 'raw'):
        t = norm(open(f'{d}/{g["id"]}.txt', encoding='utf-8').read())
        def chk(kind, s):
            global bad
            if norm(s) not in t:
                bad += 1; print(f'MISSING {d} {g["id"]} {kind}: {s[:60]}')
            elif d == 'raw-chromium':
                n[kind] += 1
        chk('titles', g['title'])
        for p in g['body_paragraphs']: chk('paras', p)
        for a in g['authors']: chk('authors', a)
        if g['publish_time']: chk('dates', g['publish_time'])
    assert set(g) >= {'id', 'set', 'lang', 'title', 'authors', 'publish_time', 'body_paragraphs'} and g['set'] == 'zh-blind14'
    n['pages'] += 1
print(n, 'missing:', bad)
sys.exit(1 if bad else 0)
