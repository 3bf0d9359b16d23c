#!/usr/bin/env python3
"""Check that each gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import os, json, glob, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(fn, encoding="utf-8"))
    n = sum(len(x) for x in g["body_paragraphs"])
    probs = []
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            probs.append(f"{d}: missing"); continue
        t = ws(open(path, encoding="utf-8").read())
        for k, v in [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
                [("para", p) for p in g["body_paragraphs"]]:
            if v and ws(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    if n < 300:
        probs.append(f"body too short: {n}")
    bad += bool(probs)
    print(f"{g['id']}  body {n:5d} chars  {len(g['body_paragraphs']):2d} paras  {'OK' if not probs else 'PROBLEMS'}")
    for x in probs:
        print("   ", x)
print(f"{bad} pages with problems")
sys.exit(1 if bad else 0)
