"""Every gold string must occur in raw-chromium/ and raw/ (modulo white space); bodies >= 300 chars."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0
ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, 'gold')))
for i in ids:
    g = json.load(open(os.path.join(ROOT, 'gold', i + '.json'), encoding='utf-8'))
    strings = [('title', g['title']), ('time', g['publish_time'])] + [('author', a) for a in g['authors']] + [('para', p) for p in g['body_paragraphs']]
    for d in ('raw-chromium', 'raw'):
        path = os.path.join(ROOT, d, i + '.txt')
        if not os.path.exists(path):
            print(f'{i}: missing {d}'); bad += 1; continue
        txt = ws(open(path, encoding='utf-8').read())
        for k, s in strings:
            if ws(s) not in txt:
                print(f'{i} {d}: {k} not found: {s[:60]}'); bad += 1
    n = len(''.join(g['body_paragraphs']))
    if n < 300:
        print(f'{i}: body only {n} chars'); bad += 1
print(f'{len(ids)} pages checked, {bad} problems')
print('check: PASS' if bad == 0 else 'check: FAIL')
sys.exit(1 if bad else 0)
