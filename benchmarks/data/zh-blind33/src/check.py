# Check that every gold title and body paragraph occurs in raw-chromium (and raw) text modulo white space,
# and that authors / publish_time strings occur too (authors: with spaces removed).
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s.replace('\u3000', ' ').replace('\xa0', ' '))
bad = 0
for f in sorted(os.listdir(ROOT + '/gold')):
    g = json.load(open(ROOT + '/gold/' + f, encoding='utf-8'))
    for d in ('raw-chromium', 'raw'):
        t = ws(open('%s/%s/%s.txt' % (ROOT, d, g['id']), encoding='utf-8').read())
        items = [('title', g['title']), ('time', g['publish_time'])] + [('author', a) for a in g['authors']] + [('body', p) for p in g['body_paragraphs']]
        for k, s in items:
            if ws(s).lower() not in t.lower():
                bad += 1; print(d, g['id'], k, s[:60])
    n = sum(len(p) for p in g['body_paragraphs'])
    if n < 300 and g['lang'] != 'en': print('short body', g['id'], n)
print('problems:', bad)
