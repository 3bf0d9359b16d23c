#!/usr/bin/env python3
"""Write html/<id>.html and gold/<id>.json for set zh-blind49."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from chrome import gold_body
import pages_gov, pages_news, pages_rest
ROOT = os.path.join(os.path.dirname(__file__), "..")
PAGES = pages_gov.PAGES + pages_news.PAGES + pages_rest.PAGES
from extras import E
for p in PAGES:
    p["body"] = list(p["body"])
    for pos, item in E.get(p["id"], []):
        p["body"].insert(pos if pos != 99 else len(p["body"]), item)
assert [p["id"] for p in PAGES] == ["yx-%02d" % i for i in range(1, 41)], [p["id"] for p in PAGES]
kinds = []
for p in PAGES:
    open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(p["render"](p))
    g = {"id": p["id"], "set": "zh-blind49", "lang": p["lang"], "title": p["title"], "authors": p["authors"],
         "publish_time": p["pt"], "body_paragraphs": gold_body(p["body"])}
    json.dump(g, open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    kinds.append((p["id"], p["kind"], p.get("note", "")))
json.dump(kinds, open(os.path.join(ROOT, "src", "kinds.json"), "w"), ensure_ascii=False, indent=0)
print(len(PAGES), "pages")
