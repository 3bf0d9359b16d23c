import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import common
for m in ['p1','p2','p3','p4','p5','p6','p7','p8','p9']: __import__(m)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kinds = {}
ids = [p[0] for p in common.PAGES]
assert ids == ['zh-%02d' % i for i in range(1, 41)], ids
for pid, doc, gold in common.PAGES:
    kinds[pid] = gold.pop('_kind')
    open(f'{root}/html/{pid}.html', 'w', encoding='utf-8').write(doc)
    g = {k: gold[k] for k in ['id','set','lang','title','authors','publish_time','body_paragraphs']}
    json.dump(g, open(f'{root}/gold/{pid}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump(kinds, open(f'{root}/src/kinds.json', 'w'), ensure_ascii=False, indent=1)
print(len(common.PAGES), 'pages')
