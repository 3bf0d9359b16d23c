"""Check gold against raw-chromium/ and raw/."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = ['id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs']
W = lambda s: re.sub(r'\s+', '', s)
probs = []; n = 0
for f in sorted(os.listdir(f'{ROOT}/gold')):
    n += 1; g = json.load(open(f'{ROOT}/gold/{f}', encoding='utf-8')); i = f[:-5]
    miss = [k for k in K if k not in g]
    if miss: probs.append(f'{i}: missing {miss}'); continue
    if g['set'] != 'zh-blind213': probs.append(f'{i}: set')
    L = sum(len(p) for p in g['body_paragraphs'])
    if L < 300: probs.append(f'{i}: body {L} < 300')
    for d in ('raw-chromium', 'raw'):
        try: t = W(open(f'{ROOT}/{d}/{i}.txt', encoding='utf-8').read())
        except OSError: probs.append(f'{i}: no {d}'); continue
        for s in [g['title'], g['publish_time']] + g['authors'] + g['body_paragraphs']:
            if W(s) not in t: probs.append(f'{i}: {d}: not found: {s[:40]}')
if n != 40: probs.append(f'{n} pages, want 40')
for p in probs: print(p)
print(f'{n} pages, {len(probs)} problems')
sys.exit(1 if probs else 0)
