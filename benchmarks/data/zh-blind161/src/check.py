#!/usr/bin/env python3
"""Check every gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    blen = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    if blen < 300: probs.append(f"body only {blen} chars")
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            probs.append(f"{d} missing"); continue
        t = W(open(path, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if v and W(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    print(f"{g['id']}\t{blen}\t{len(g['body_paragraphs'])} paras\t{'OK' if not probs else 'FAIL'}")
    for x in probs: print("   ", x)
    bad += bool(probs)
print(f"{bad} pages with problems")
sys.exit(1 if bad else 0)
