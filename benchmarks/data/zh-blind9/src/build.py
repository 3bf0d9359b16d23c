import json, sys
sys.path.insert(0, '.')
import gov1, gov2, media, rest
from lib import PAGES, gold_paras
R = '/work/scratch/zh-blind9/'
ids = [p['id'] for p in PAGES]
assert ids == [f'zj-{i:02d}' for i in range(1, 41)], ids
for p in PAGES:
    open(R + f"html/{p['id']}.html", 'w', encoding='utf-8').write(p['html'])
    g = {"id": p['id'], "set": "zh-blind9", "lang": p['lang'], "title": p['title'], "authors": p['authors'],
         "publish_time": p['pt'], "body_paragraphs": gold_paras(p['body'])}
    json.dump(g, open(R + f"gold/{p['id']}.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump({p['id']: p['kind'] for p in PAGES}, open(R + 'src/kinds.json', 'w'), ensure_ascii=False, indent=1)
print(len(PAGES))
