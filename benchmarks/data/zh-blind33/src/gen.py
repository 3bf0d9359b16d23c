# Generate html/ and gold/ for zh-blind33. Usage: python3 src/gen.py (from the set folder or anywhere)
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
import pages_gov, pages_news, pages_other
pages = pages_gov.PAGES + pages_news.PAGES + pages_other.PAGES
assert [p['id'] for p in pages] == ['yh-%02d' % i for i in range(1, 41)], [p['id'] for p in pages]
os.makedirs(ROOT + '/html', exist_ok=True); os.makedirs(ROOT + '/gold', exist_ok=True)
kinds = {}
for p in pages:
    open('%s/html/%s.html' % (ROOT, p['id']), 'w', encoding='utf-8').write(p['html'])
    g = dict(id=p['id'], set='zh-blind33', lang=p['lang'], title=p['title'], authors=p['authors'],
             publish_time=p['publish_time'], body_paragraphs=p['body'])
    json.dump(g, open('%s/gold/%s.json' % (ROOT, p['id']), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    kinds[p['id']] = p['kind']
json.dump(kinds, open(ROOT + '/src/kinds.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(pages), 'pages')
