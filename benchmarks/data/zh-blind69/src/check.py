#!/usr/bin/env python3
"""Check that every gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    items = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
            [("para%d" % i, p) for i, p in enumerate(g["body_paragraphs"])]
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(p):
            print(g["id"], d, "MISSING"); bad += 1; continue
        t = ws(open(p, encoding="utf-8").read())
        for name, v in items:
            if v and ws(v) not in t:
                print(g["id"], d, name, "NOT FOUND:", v[:40]); bad += 1
    n = sum(len(p) for p in g["body_paragraphs"])
    flag = "" if 300 <= n <= 1200 else "  <-- outside 300-1200"
    print(f'{g["id"]} {g["kind"]:<12} body {n:5d} chars {len(g["body_paragraphs"]):3d} paras{flag}')
print("problems:", bad)
sys.exit(1 if bad else 0)
