#!/usr/bin/env python3
"""Every gold title, author, publish_time and paragraph must occur in raw-chromium/ and raw/ (modulo white space)."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    n = sum(len(x) for x in g["body_paragraphs"])
    for d in ("raw-chromium", "raw"):
        t = W(open(os.path.join(ROOT, d, g["id"] + ".txt"), encoding="utf-8").read())
        for what, s in [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]:
            if s and W(s) not in t:
                bad += 1; print("MISSING", d, g["id"], what, s[:40])
    print(g["id"], g["kind"], "body", n, "chars", len(g["body_paragraphs"]), "paras", "" if n >= 300 else "SHORT")
    if n < 300: bad += 1
print("problems:", bad)
