#!/usr/bin/env python3
"""Generate html/ and gold/ for zh-blind8 from pages_*.py."""
import json, os, re
from lib import render_body
import pages_gov, pages_media, pages_other
ALL = pages_gov.PAGES + pages_media.PAGES + pages_other.PAGES
ids = [p["id"] for p in ALL]
assert ids == ["zi-%02d" % i for i in range(1, 41)], ids
os.makedirs("html", exist_ok=True); os.makedirs("gold", exist_ok=True)
from extra import EXTRA
for p in ALL:
    for i, x in sorted(EXTRA.get(p["id"], []), reverse=False):
        p["paras"].insert(i, x)
    bh, gold = render_body(p["paras"], indent=p.get("indent", False))
    html = p["build"](bh)
    # names padded to three characters (`王  静`): keep both spaces visible as a browser shows them
    html = re.sub(r"(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])", "&nbsp;&nbsp;", html)
    open("html/%s.html" % p["id"], "w", encoding="utf-8").write(html)
    g = {"id": p["id"], "set": "zh-blind8", "lang": p.get("lang", "zh"), "title": p["title"],
         "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold}
    json.dump(g, open("gold/%s.json" % p["id"], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump([{"id": p["id"], "kind": p["kind"]} for p in ALL], open("kinds.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(ALL), "pages")
