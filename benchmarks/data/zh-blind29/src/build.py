import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen, p_gov, p_news, p_self, p_epaper, p_inst
OUT = gen.OUT
os.makedirs(OUT + '/html', exist_ok=True); os.makedirs(OUT + '/gold', exist_ok=True)
ids = [p['id'] for p in gen.PAGES]
assert ids == ['yd-%02d' % i for i in range(1, 41)], ids
for p in gen.PAGES:
    open('%s/html/%s.html' % (OUT, p['id']), 'w', encoding='utf-8').write(p['html'])
    g = {"id": p['id'], "set": "zh-blind29", "lang": p['lang'], "title": p['title'], "authors": p['authors'],
         "publish_time": p['publish_time'], "body_paragraphs": p['body']}
    json.dump(g, open('%s/gold/%s.json' % (OUT, p['id']), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump([{k: p[k] for k in ('id', 'kind', 'sub', 'lang')} for p in gen.PAGES],
          open(OUT + '/pages.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(gen.PAGES), 'pages')
