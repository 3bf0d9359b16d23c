#!/usr/bin/env python3
"""Every gold title/author/publish_time/paragraph must occur in raw-chromium/ and raw/ modulo white space."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8")); pid = g["id"]
    n = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(p): probs.append(f"{d}: missing"); continue
        t = ws(open(p, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para%d" % i, x) for i, x in enumerate(g["body_paragraphs"])]
        for k, v in items:
            if v and ws(v) not in t: probs.append(f"{d}: {k} not found: {v[:40]}")
    if n < 300: probs.append(f"body only {n} chars")
    bad += bool(probs)
    print(f"{pid} {g['kind']:12s} body={n:5d} paras={len(g['body_paragraphs']):3d} {'OK' if not probs else 'PROBLEMS'}")
    for p in probs: print("   ", p)
print(f"{bad} pages with problems"); sys.exit(1 if bad else 0)
