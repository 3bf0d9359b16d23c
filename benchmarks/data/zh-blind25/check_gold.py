#!/usr/bin/env python3
"""Check every gold title / body paragraph / author / publish_time occurs in raw-chromium/<id>.txt and raw/<id>.txt (white space removed)."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__)); ws = lambda s: re.sub(r"\s+", "", s)
bad = 0; n = 0
for f in sorted(os.listdir(os.path.join(D, "gold"))):
    g = json.load(open(os.path.join(D, "gold", f), encoding="utf-8")); i = g["id"]
    for sub in ("raw-chromium", "raw"):
        t = ws(open(os.path.join(D, sub, i + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            n += 1
            if ws(v) not in t: bad += 1; print(sub, i, k, "MISSING:", v[:60])
print(f"{n} checks, {bad} missing"); sys.exit(1 if bad else 0)
