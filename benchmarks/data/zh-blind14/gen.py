"""Generate html/ and gold/ for zh-blind14 from pages_a/b/c."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pages_a, pages_b, pages_c  # noqa: F401  (register pages)
from tpl import LAYOUTS, gold_body
from extras import X, X2
for p in pages_a.P:
  for XX in (X, X2):
    if p['id'] in XX:
        pos, text = XX[p['id']]
        new = text.split('\n')
        if pos is None:
            p['body'].extend(new)
        else:
            p['body'][pos:pos] = new
os.makedirs('html', exist_ok=True); os.makedirs('gold', exist_ok=True)
for p in pages_a.P:
    with open(f'html/{p["id"]}.html', 'w', encoding='utf-8') as f:
        f.write(LAYOUTS[p['layout']](p))
    g = {'id': p['id'], 'set': 'zh-blind14', 'lang': 'zh', 'kind': p['kind'], 'title': ''.join(p['title_lines']),
         'authors': p['authors'], 'publish_time': p['publish_time'], 'body_paragraphs': gold_body(p['body'])}
    with open(f'gold/{p["id"]}.json', 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
print(len(pages_a.P), 'pages')
