"""Write html/ and gold/ for zh-blind53 from gov.py, news.py, other.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import gov, news, other
from lib import gold_body

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pages = gov.P + news.P + other.P
ids = [p["id"] for p in pages]
assert ids == [f"xb-{i:02d}" for i in range(1, 41)], ids
os.makedirs(f"{ROOT}/html", exist_ok=True)
os.makedirs(f"{ROOT}/gold", exist_ok=True)
kinds = {}
for p in pages:
    with open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8") as f:
        f.write(p["html"])
    g = {"id": p["id"], "set": "zh-blind53", "lang": p["lang"], "title": p["title"],
         "authors": p["authors"], "publish_time": p["publish_time"],
         "body_paragraphs": gold_body(p["body"])}
    with open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    kinds[p["id"]] = p["kind"]
with open(f"{ROOT}/kinds.json", "w", encoding="utf-8") as f:
    json.dump(kinds, f, ensure_ascii=False, indent=1)
print(len(pages), "pages")
