#!/usr/bin/env python3
"""Generate zh-blind21: html/<id>.html and gold/<id>.json from the page data in pages_*.py."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tpl, pages_gov, pages_news, pages_inst
D = os.path.dirname(os.path.abspath(__file__))
pages = pages_gov.P + pages_news.P + pages_inst.P
assert len(pages) == 40 and len({p['id'] for p in pages}) == 40
for p in pages:
    bh, gold_body = tpl.body_html(p['body'])
    html = tpl.TPL[p['tpl']](p, bh)
    # two spaces inside a Chinese name (`王  静`) are kept as a browser shows them: no-break spaces
    html = re.sub(r'(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])', '&nbsp;&nbsp;', html)
    open(f"{D}/html/{p['id']}.html", 'w', encoding='utf-8').write(html)
    g = {"id": p['id'], "set": "zh-blind21", "lang": p.get('lang', 'zh'), "kind": p['kind'], "title": p['title'],
         "authors": p['authors'], "publish_time": p['time'], "body_paragraphs": gold_body}
    json.dump(g, open(f"{D}/gold/{p['id']}.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump([{"id": p['id'], "kind": p['kind'], "what": p['sub'], "template": p['tpl']} for p in pages],
          open(f"{D}/pages.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(pages), "pages")
