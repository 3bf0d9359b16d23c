#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def fold(s): return re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    blen = sum(len(fold(p)) for p in g["body_paragraphs"])
    probs = []
    if blen < 300: probs.append(f"body only {blen} chars")
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(p):
            probs.append(f"{d} missing"); continue
        t = fold(open(p, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]: items.append(("time", g["publish_time"]))
        items += [(f"para{i}", x) for i, x in enumerate(g["body_paragraphs"])]
        for k, v in items:
            if fold(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:30]}")
    print(f"{pid} {g['kind']:11s} body={blen:5d} paras={len(g['body_paragraphs']):3d} {'OK' if not probs else 'PROBLEMS'}")
    for x in probs: print("   ", x)
    bad += bool(probs)
print(f"{bad} page(s) with problems")
sys.exit(1 if bad else 0)
