#!/usr/bin/env python3
"""Every gold title and body paragraph must occur in raw-chromium/<id>.txt and raw/<id>.txt
(after removing all white space); authors must occur too (same folding). Prints failures and counts."""
import json, os, re
D = os.path.dirname(os.path.abspath(__file__))
fold = lambda s: re.sub(r"\s+", "", s)
bad = n = 0
for f in sorted(os.listdir(os.path.join(D, "gold"))):
    g = json.load(open(os.path.join(D, "gold", f), encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = fold(open(os.path.join(D, sub, g["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"])] + [("para", p) for p in g["body_paragraphs"]] + [("author", a) for a in g["authors"]]
        if g["publish_time"]: items.append(("time", g["publish_time"]))
        for k, s in items:
            n += 1
            if fold(s) not in t:
                bad += 1; print("MISSING", sub, g["id"], k, s[:40])
print("checked %d items, %d missing" % (n, bad))
