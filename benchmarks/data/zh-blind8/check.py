#!/usr/bin/env python3
"""Every gold title, body paragraph, author and publish_time must occur in raw-chromium (and raw)
text modulo white space (all white space removed on both sides)."""
import json, os, re, sys
def ns(s): return re.sub(r"\s+", "", s)
n_ok = n_bad = 0
for f in sorted(os.listdir("gold")):
    g = json.load(open("gold/" + f, encoding="utf-8"))
    for d in ("raw-chromium", "raw"):
        t = ns(open("%s/%s.txt" % (d, g["id"]), encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("p%d" % i, p) for i, p in enumerate(g["body_paragraphs"])]
        for k, v in items:
            if v is None: continue
            if ns(v) in t or (k == "author" and ns(v).lower() in t.lower()): n_ok += 1
            else:
                n_bad += 1; print("MISSING", d, g["id"], k, v[:60])
print("%d passed, %d failed" % (n_ok, n_bad))
sys.exit(1 if n_bad else 0)
