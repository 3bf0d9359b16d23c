#!/usr/bin/env python3
"""Every gold title, author and body paragraph must occur in raw-chromium and raw text (white space removed)."""
import os, json, re, sys
D = os.path.dirname(os.path.abspath(__file__))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for f in sorted(os.listdir(os.path.join(D, "gold"))):
    g = json.load(open(os.path.join(D, "gold", f), encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = ws(open(os.path.join(D, sub, g["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + [("pt", g["publish_time"])] + [("body", p) for p in g["body_paragraphs"]]
        for k, v in items:
            vv = ws(v) if g["lang"] != "en" or k == "body" or k == "title" else ws(v)
            if vv not in t and vv.upper() not in t:
                bad += 1; print(g["id"], sub, k, v[:60])
print("problems:", bad); sys.exit(1 if bad else 0)
