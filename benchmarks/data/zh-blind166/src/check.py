#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space), and print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    return re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    blen = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    if blen < 300:
        probs.append(f"body only {blen} chars")
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            probs.append(f"{d} missing"); continue
        t = norm(open(path, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if v and norm(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    bad += bool(probs)
    print(f"{pid} {g['kind']:<12} body={blen:5d} paras={len(g['body_paragraphs']):3d} {'OK' if not probs else 'PROBLEMS'}")
    for p in probs:
        print("   ", p)
print(f"{bad} pages with problems")
sys.exit(1 if bad else 0)
