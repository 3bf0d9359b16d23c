"""Build html/ and gold/ from the page definitions. Usage: python3 src/build.py (from anywhere)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import templates, kit
from pages_gov import P as G
from pages_news import P as N
from pages_other import P as O
PAGES = G + N + O
assert len(PAGES) == 40 and len({p['id'] for p in PAGES}) == 40
os.makedirs(f'{ROOT}/html', exist_ok=True); os.makedirs(f'{ROOT}/gold', exist_ok=True)
for p in PAGES:
    p.setdefault('site', '')
    html = getattr(templates, p['tpl'])(p)
    assert '<script' not in html and 'http' not in html.replace('http-equiv', ''), p['id']
    _, body = kit.body(p['items'])
    gold = {'id': p['id'], 'set': 'zh-blind40', 'lang': p.get('lang', 'zh'), 'title': kit.gold_title(p['title']),
            'authors': p['authors'], 'publish_time': p['time'], 'body_paragraphs': body}
    open(f'{ROOT}/html/{p["id"]}.html', 'w', encoding='utf-8').write(html)
    open(f'{ROOT}/gold/{p["id"]}.json', 'w', encoding='utf-8').write(json.dumps(gold, ensure_ascii=False, indent=1) + '\n')
json.dump([{k: p[k] for k in ('id', 'kind', 'what', 'tpl')} | {'site': p.get('site') or p.get('paper') or ''} for p in PAGES],
          open(f'{ROOT}/src/index.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('built', len(PAGES))
