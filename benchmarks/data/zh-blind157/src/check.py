#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space), and print body lengths. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    n = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    if n < 300:
        probs.append("body %d < 300" % n)
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            probs.append("%s missing" % d); continue
        t = ws(open(path, encoding="utf-8").read())
        for what, s in [("title", g["title"]), ("time", g["publish_time"] or "")] + \
                [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]:
            if s and ws(s) not in t:
                probs.append("%s: %s not found: %s" % (d, what, s[:40]))
    print("%s %-10s %5d chars %3d paras %s" % (g["id"], g["kind"], n, len(g["body_paragraphs"]), "OK" if not probs else "PROBLEMS"))
    for p in probs:
        print("   ", p); bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
