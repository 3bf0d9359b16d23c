# every gold paragraph and the title occur in raw-chromium and raw (all white space removed);
# authors occur too (spaces removed); publish_time occurs as printed.
import json, glob, os, re
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)
n = ok = 0; bad = []
for g in sorted(glob.glob(f'{root}/gold/*.json')):
    d = json.load(open(g)); pid = d['id']
    for sub in ['raw-chromium', 'raw']:
        raw = ws(open(f'{root}/{sub}/{pid}.txt', encoding='utf-8').read())
        items = [('title', d['title'])] + [('para', p) for p in d['body_paragraphs']] + [('author', a) for a in d['authors']]
        if d['publish_time']: items.append(('date', d['publish_time']))
        for k, s in items:
            n += 1
            if ws(s) in raw: ok += 1
            else: bad.append((sub, pid, k, s[:40]))
    body = sum(len(p) for p in d['body_paragraphs'])
    if d['lang'] == 'zh' and not (300 <= body <= 1500): print('length', pid, body)
print(f'{ok}/{n} checks passed'); [print(*b) for b in bad]
