"""Every gold paragraph and the title must occur in raw-chromium (and raw) modulo white space;
authors must occur (modulo white space); publish_time must occur as printed; body size 300-1500 chars."""
import os, json, glob, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0
for g in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
    d = json.load(open(g, encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        raw = open(os.path.join(ROOT, sub, d['id'] + '.txt'), encoding='utf-8').read()
        R = ws(raw)
        for p in d['body_paragraphs']:
            if ws(p) not in R: print(d['id'], sub, 'BODY MISSING:', p[:40]); bad += 1
        if ws(d['title']) not in R: print(d['id'], sub, 'TITLE MISSING'); bad += 1
        for a in d['authors']:
            if ws(a) not in R: print(d['id'], sub, 'AUTHOR MISSING', a); bad += 1
        if d['publish_time'] and d['publish_time'] not in raw.replace('\u3000', ' ') and ws(d['publish_time']) not in R:
            print(d['id'], sub, 'DATE MISSING', d['publish_time']); bad += 1
    n = sum(len(p) for p in d['body_paragraphs'])
    if not 300 <= n <= 1500: print(d['id'], 'body length', n)
print('problems:', bad)
