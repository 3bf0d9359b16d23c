import json, re, glob, os
R = '/work/scratch/zh-blind9/'
def fold(s): return re.sub(r'\s+', '', s)
ok = bad = 0
for g in sorted(glob.glob(R + 'gold/*.json')):
    d = json.load(open(g)); i = d['id']
    for sub in ('raw-chromium', 'raw'):
        t = fold(open(R + f'{sub}/{i}.txt', encoding='utf-8').read())
        items = [('title', d['title'])] + [('author', a) for a in d['authors']] + [('date', d['publish_time'])] + [('p', p) for p in d['body_paragraphs']]
        for k, s in items:
            if k == 'author' and fold(s) not in t: print('NOTE author not verbatim', sub, i, s); continue
            if fold(s) in t: ok += 1
            else: bad += 1; print('FAIL', sub, i, k, s[:60])
print('checks passed', ok, 'failed', bad)
