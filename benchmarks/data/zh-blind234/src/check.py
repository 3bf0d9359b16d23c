"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import os, sys, json, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ['id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs']
ws = lambda s: re.sub(r'\s+', '', s)
bad = 0
files = sorted(f for f in os.listdir(os.path.join(ROOT, 'gold')) if f.endswith('.json'))
if len(files) != 40: print('expected 40 pages, found', len(files)); bad += 1
for f in files:
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    pid = f[:-5]
    for k in KEYS:
        if k not in g: print(pid, 'missing key', k); bad += 1
    if g.get('set') != 'zh-blind234': print(pid, 'bad set'); bad += 1
    n = sum(len(p) for p in g.get('body_paragraphs', []))
    if n < 300: print(pid, 'body too short', n); bad += 1
    for d in ('raw-chromium', 'raw'):
        path = os.path.join(ROOT, d, pid + '.txt')
        if not os.path.exists(path): print(pid, 'missing', d); bad += 1; continue
        t = ws(open(path, encoding='utf-8').read())
        items = [('title', g['title']), ('publish_time', g['publish_time'])] + [('author', a) for a in g['authors']] + [('para', p) for p in g['body_paragraphs']]
        for k, v in items:
            if ws(v) not in t: print(pid, d, k, 'not found:', v[:40]); bad += 1
print('OK' if not bad else f'{bad} problem(s)', f'({len(files)} pages)')
sys.exit(1 if bad else 0)
