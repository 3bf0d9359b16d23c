#!/usr/bin/env python3
"""Generator for the zh-blind20 test set: writes html/<id>.html and gold/<id>.json."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_tpl as T
from pages_gov import G
from pages_news import N
from pages_rest import R
D = os.path.dirname(os.path.abspath(__file__))
pages = G + N + R
from extra import EXTRA
_by = {p["id"]: p for p in pages}
for pid, pos, text in EXTRA:
    b = _by[pid]["body"]
    if pos is None: b.append(text)
    else: b.insert(len(b) + pos, text)
assert len(pages) == 40 and len({p["id"] for p in pages}) == 40
kinds = []
for p in pages:
    html, body = getattr(T, p["tpl"])(p)
    open(os.path.join(D, "html", p["id"] + ".html"), "w", encoding="utf-8").write(html)
    gold = {"id": p["id"], "set": "zh-blind20", "lang": p.get("lang", "zh"), "title": p["title"],
            "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": body}
    json.dump(gold, open(os.path.join(D, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    kinds.append((p["id"], p["kind"], sum(len(b) for b in body)))
for k in kinds: print(*k, sep="\t")
