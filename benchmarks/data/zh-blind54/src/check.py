#!/usr/bin/env python3
"""Every gold paragraph, the title and the authors occur in raw-chromium and raw (white space removed)."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    for d in ("raw-chromium", "raw"):
        t = ws(open(os.path.join(ROOT, d, g["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
                [("publish_time", g["publish_time"])] + [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if v and ws(v) not in t:
                bad += 1
                print(d, g["id"], k, v[:60])
        if not g["body_paragraphs"]:
            bad += 1; print(g["id"], "empty body")
print("problems:", bad)
