# writes html/ and gold/; run chromium separately (see README)
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import PAGES
import gov, news, selfm, epaper, inst
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = [p['id'] for p in PAGES]
assert len(ids) == len(set(ids)) == 40, ids
for p in PAGES:
    open(f"{root}/html/{p['id']}.html", 'w', encoding='utf-8').write(p['html'])
    g = {k: p[k] for k in ('id',)}
    g.update(set='zh-blind31', lang=p['lang'], title=p['title'], authors=p['authors'], publish_time=p['publish_time'], body_paragraphs=p['body_paragraphs'])
    json.dump(g, open(f"{root}/gold/{p['id']}.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump([dict(id=p['id'], kind=p['kind'], site=p['site']) for p in PAGES], open(f"{root}/src/kinds.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(PAGES), 'pages')
