"""Generate html/ and gold/ for zh-blind47. Usage: python3 src/make.py (from anywhere)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from lib import page, render_body
import gov, news, selfm, epinst
from extra import EXTRA
OUT = os.path.dirname(HERE)
KIND = {}
for m, k in ((gov, 'government'), (news, 'news'), (selfm, 'self-media'), (epinst, None)):
    for p in m.P:
        KIND[p['id']] = k or ('e-paper' if p['style'] == 'epaper' else 'institutional')
pages = gov.P + news.P + selfm.P + epinst.P
assert len(pages) == 40 and len({p['id'] for p in pages}) == 40
for p in pages:
    if EXTRA.get(p['id']):
        p['body'].insert(len(p['body']) - 1, EXTRA[p['id']])
    bh, gold = render_body(p['body'])
    with open(f"{OUT}/html/{p['id']}.html", 'w', encoding='utf-8') as f:
        f.write(page(p['tt'], p['style'], p['parts'], bh))
    g = {'id': p['id'], 'set': 'zh-blind47', 'lang': p.get('lang', 'zh'), 'kind': KIND[p['id']],
         'title': p['title'], 'authors': p['authors'], 'publish_time': p['pt'], 'body_paragraphs': gold}
    with open(f"{OUT}/gold/{p['id']}.json", 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
print(len(pages), 'pages')
