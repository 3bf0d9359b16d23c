"""Build html/ and gold/ for zh-blind39; then `derive_raw.py` and `check.py` after chromium_text.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import gold_body
import pages_gov, pages_news, pages_other

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pages = pages_gov.P + pages_news.P + pages_other.P
assert [p["id"] for p in pages] == [f"yn-{i:02d}" for i in range(1, 41)], [p["id"] for p in pages]
os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
index = []
for p in pages:
    with open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8") as f:
        f.write(p["html"])
    g = {"id": p["id"], "set": "zh-blind39", "lang": p.get("lang", "zh"), "title": p["title"],
         "authors": p["authors"], "publish_time": p["pt"], "body_paragraphs": gold_body(p["body"])}
    with open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    index.append({"id": p["id"], "kind": p["kind"], "lang": g["lang"],
                  "body_chars": sum(len(x) for x in g["body_paragraphs"])})
with open(f"{ROOT}/pages.json", "w", encoding="utf-8") as f:
    json.dump(index, f, ensure_ascii=False, indent=1)
print(len(pages), "pages")
