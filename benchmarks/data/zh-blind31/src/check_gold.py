# every gold paragraph, the title and each author (spaces ignored) must occur in raw-chromium and raw text
import json, os, re, glob, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r'\s+', '', s)
bad = 0
for g in sorted(glob.glob(f'{root}/gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    for sub in ('raw-chromium', 'raw'):
        t = W(open(f"{root}/{sub}/{d['id']}.txt", encoding='utf-8').read())
        for what, s in [('title', d['title'])] + [('author', a) for a in d['authors']] + [('pt', d['publish_time'])] + [('para', p) for p in d['body_paragraphs']]:
            if W(s) not in t:
                bad += 1; print(sub, d['id'], what, s[:60])
print('problems:', bad)
sys.exit(1 if bad else 0)
