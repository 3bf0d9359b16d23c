#!/usr/bin/env python3
"""Gold checks: every gold paragraph, the title, the publish_time and each author occur in
raw-chromium/<id>.txt and raw/<id>.txt, compared with all white space removed."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
def norm(s): return re.sub(r"\s+", "", s)
bad = 0; n = 0
for f in sorted(os.listdir(os.path.join(D, "gold"))):
    g = json.load(open(os.path.join(D, "gold", f), encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = norm(open(os.path.join(D, sub, g["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] \
                + [("para%d" % i, p) for i, p in enumerate(g["body_paragraphs"])]
        for k, v in items:
            n += 1
            if norm(v) not in t:
                bad += 1; print("MISSING", sub, g["id"], k, v[:60])
print("%d checks, %d missing" % (n, bad)); sys.exit(1 if bad else 0)
