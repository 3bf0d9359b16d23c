#!/usr/bin/env python3
"""Check gold against the text copies: every body paragraph, the title, every author and the
publish_time must occur in raw-chromium/<id>.txt and raw/<id>.txt modulo white space."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = 0
stats = {"pages": 0, "paras": 0}
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    stats["pages"] += 1
    for d in ("raw-chromium", "raw"):
        t = W(open(os.path.join(ROOT, d, g["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"])] + [("para", p) for p in g["body_paragraphs"]] + \
                [("author", a) for a in g["authors"]] + ([("time", g["publish_time"])] if g["publish_time"] else [])
        for k, s in items:
            if W(s) not in t:
                bad += 1
                print("MISSING", d, g["id"], k, s[:60])
    stats["paras"] += len(g["body_paragraphs"])
    chars = sum(len(W(p)) for p in g["body_paragraphs"])
    if g["lang"] == "zh" and not (250 <= chars <= 1600):
        print("NOTE length", g["id"], chars)
print(stats, "problems:", bad)
sys.exit(1 if bad else 0)
