#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for name in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", name), encoding="utf-8"))
    pid = g["id"]
    items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + [("time", g["publish_time"])] \
        + [("para%d" % i, p) for i, p in enumerate(g["body_paragraphs"])]
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(p):
            print(pid, d, "MISSING"); bad += 1; continue
        t = ws(open(p, encoding="utf-8").read())
        for k, v in items:
            if v is None or ws(v) not in t:
                print(pid, d, "NOT FOUND", k, repr(v)[:80]); bad += 1
    n = sum(len(p) for p in g["body_paragraphs"])
    print(f"{pid}\t{g['kind']}\tbody={n}\tparas={len(g['body_paragraphs'])}" + ("\tSHORT" if n < 300 else ""))
    if n < 300: bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
