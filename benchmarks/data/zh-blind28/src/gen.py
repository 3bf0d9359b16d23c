import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import common, pages_gov, pages_news, pages_self, pages_epi
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = [p['id'] for p in common.PAGES]
assert ids == [f'yc-{i:02d}' for i in range(1, 41)], ids
for p in common.PAGES:
    B = common.ps(p['body'])
    import re
    H = re.sub(r'(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])', '&nbsp;&nbsp;', p['html'](B))
    open(f"{ROOT}/html/{p['id']}.html", 'w', encoding='utf-8').write(H)
    g = {"id": p['id'], "set": "zh-blind28", "lang": p['lang'], "kind": p['kind'], "title": p['title'],
         "authors": p['authors'], "publish_time": p['ptime'], "body_paragraphs": common.gold_body(p['body'])}
    json.dump(g, open(f"{ROOT}/gold/{p['id']}.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump({p['id']: {'kind': p['kind'], 'note': p['note']} for p in common.PAGES},
          open(f"{ROOT}/src/manifest.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(common.PAGES))
