#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for n in sorted(os.listdir(f"{ROOT}/gold")):
    g = json.load(open(f"{ROOT}/gold/{n}", encoding="utf-8"))
    i = g["id"]
    L = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    for d in ("raw-chromium", "raw"):
        fn = f"{ROOT}/{d}/{i}.txt"
        if not os.path.exists(fn):
            probs.append(f"{d}: missing"); continue
        t = ws(open(fn, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + [("time", g["publish_time"])] + \
                [(f"para{k}", p) for k, p in enumerate(g["body_paragraphs"])]
        for what, s in items:
            if s and ws(s) not in t:
                probs.append(f"{d}: {what} not found: {s[:40]}")
    if not (300 <= L <= 1200):
        probs.append(f"body length {L} outside 300-1200")
    print(f"{i}\t{g['kind']}\t{len(g['body_paragraphs'])} paras\t{L} chars\t" + ("OK" if not probs else "PROBLEMS"))
    for p in probs:
        print("   ", p)
    bad += bool(probs)
print("pages with problems:", bad)
sys.exit(1 if bad else 0)
