#!/usr/bin/env python3
"""Check gold against raw-chromium/ and raw/: title, authors, publish_time, every body paragraph
must occur modulo white space; prints body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    n = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    if n < 300: probs.append(f"body only {n} chars")
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            probs.append(f"{d} missing"); continue
        t = ws(open(path, encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] \
            + [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if v and ws(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    print(f"{g['id']} {g['kind']:<12} body={n:5d} paras={len(g['body_paragraphs']):3d}" + ("" if not probs else "  PROBLEMS: " + "; ".join(probs)))
    bad += bool(probs)
print("pages with problems:", bad)
sys.exit(1 if bad else 0)
