#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space), and print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    n = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    if n < 300 or n > 1200:
        probs.append(f"body length {n}")
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(p):
            probs.append(f"{d}: missing"); continue
        t = ws(open(p, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                [("author", a) for a in g["authors"]] + [("para", x) for x in g["body_paragraphs"]]
        for k, v in items:
            if v and ws(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    print(f"{pid}\t{n}\t{len(g['body_paragraphs'])} paras\t{'OK' if not probs else 'PROBLEMS'}")
    for p in probs:
        print("   ", p); bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
