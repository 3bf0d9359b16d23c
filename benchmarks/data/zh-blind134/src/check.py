#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in
raw-chromium/ and raw/ (modulo white space); print body lengths."""
import os, re, json, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+")
def norm(s): return WS.sub("", s)
bad = 0
for gf in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gf, encoding="utf-8"))
    pid = g["id"]
    blen = sum(len(norm(p)) for p in g["body_paragraphs"])
    probs = []
    if blen < 300: probs.append(f"body only {blen} chars")
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(p):
            probs.append(f"{d} missing"); continue
        t = norm(open(p, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]: items.append(("time", g["publish_time"]))
        items += [("para", x) for x in g["body_paragraphs"]]
        for k, v in items:
            if norm(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    print(f"{pid} {g['kind']:<12} paras={len(g['body_paragraphs']):>2} body={blen:>4} {'OK' if not probs else 'PROBLEMS'}")
    for p in probs: print("   ", p)
    bad += bool(probs)
print(f"{bad} pages with problems")
sys.exit(1 if bad else 0)
