#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
modulo white space; print body lengths. Exit 1 on any problem."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(OUT, "gold"))):
    g = json.load(open(os.path.join(OUT, "gold", fn), encoding="utf-8"))
    n = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    if n < 300: probs.append("body < 300 chars")
    for d in ("raw-chromium", "raw"):
        path = os.path.join(OUT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            probs.append("missing " + d); continue
        t = ws(open(path, encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
                [("para%d" % i, p) for i, p in enumerate(g["body_paragraphs"])]
        for k, v in items:
            if v and ws(v) not in t:
                probs.append("%s: %s not found: %s" % (d, k, v[:40]))
    print("%s %-6s %-10s body=%4d paras=%2d %s" % (g["id"], g["lang"], g["kind"], n, len(g["body_paragraphs"]),
                                             "OK" if not probs else "PROBLEMS"))
    for p in probs: print("   ", p)
    bad += bool(probs)
print("pages with problems:", bad)
sys.exit(1 if bad else 0)
