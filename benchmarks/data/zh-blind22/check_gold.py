# every gold paragraph, the title, each author and publish_time must occur in raw-chromium (and raw) modulo white space
import json, os, re, sys
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0; n = 0
for f in sorted(os.listdir('gold')):
    g = json.load(open('gold/' + f, encoding='utf-8')); i = g['id']
    for d in ('raw-chromium', 'raw'):
        t = ws(open(f'{d}/{i}.txt', encoding='utf-8').read())
        items = [('title', g['title'])] + [('para', p) for p in g['body_paragraphs']] + [('author', a) for a in g['authors']]
        if g['publish_time']: items.append(('date', g['publish_time']))
        for k, v in items:
            n += 1
            if ws(v) not in t:
                bad += 1; print(d, i, k, v[:60])
print(f'{n} checks, {bad} failures'); sys.exit(1 if bad else 0)
