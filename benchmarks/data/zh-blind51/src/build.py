"""Write html/<id>.html and gold/<id>.json for zh-blind51 (run from anywhere)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gov, news, other
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pages = gov.PAGES + news.PAGES + other.PAGES
ids = [p['id'] for p in pages]
assert ids == [f'yz-{i:02d}' for i in range(1, 41)], ids
idx = []
for p in pages:
    open(f'{ROOT}/html/{p["id"]}.html', 'w', encoding='utf-8').write(p['html'])
    g = {'id': p['id'], 'set': 'zh-blind51', 'lang': p.get('lang', 'zh'), 'title': p['title'],
         'authors': p['authors'], 'publish_time': p['pt'], 'body_paragraphs': p['body']}
    json.dump(g, open(f'{ROOT}/gold/{p["id"]}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    idx.append({'id': p['id'], 'kind': p['kind'], 'what': p['sub']})
json.dump(idx, open(f'{ROOT}/pages.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(pages), 'pages')
