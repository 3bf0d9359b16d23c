import json, os, sys, re
sys.path.insert(0, os.path.dirname(__file__))
from lib import page, gold_body
import p_gov, p_news, p_other
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = p_gov.P + p_news.P + p_other.P
assert len(P) == 40 and len({p["id"] for p in P}) == 40
for p in P:
    h = page(p["title"], p["html"])
    h = re.sub(r"([\u4e00-\u9fff]) {2}([\u4e00-\u9fff])", "\\1&nbsp;&nbsp;\\2", h)  # spaced names survive rendering
    open(f"{D}/html/{p['id']}.html", "w", encoding="utf-8").write(h)
    g = {"id": p["id"], "set": "zh-blind27", "lang": p.get("lang", "zh"), "title": p["title"], "authors": p["authors"],
         "publish_time": p["time"], "body_paragraphs": gold_body(p["body"])}
    json.dump(g, open(f"{D}/gold/{p['id']}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump([{"id": p["id"], "kind": p["kind"]} for p in P], open(f"{D}/src/kinds.json", "w"), ensure_ascii=False, indent=1)
print("built", len(P))
