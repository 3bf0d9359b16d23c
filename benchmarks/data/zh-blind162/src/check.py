#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur (modulo white space)
in raw-chromium/ and raw/, in order for the paragraphs; print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for name in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", name), encoding="utf-8"))
    blen = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    if blen < 300:
        probs.append(f"body only {blen} chars")
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            probs.append(f"{d}: missing")
            continue
        raw = ws(open(path, encoding="utf-8").read())
        for what, s in [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]]:
            if s and ws(s) not in raw:
                probs.append(f"{d}: {what} not found: {s}")
        pos = 0
        for para in g["body_paragraphs"]:
            i = raw.find(ws(para), pos)
            if i < 0:
                probs.append(f"{d}: paragraph not found in order: {para[:30]}")
            else:
                pos = i + len(ws(para))
    print(f"{g['id']} {g['kind']:12} body={blen:5d} paras={len(g['body_paragraphs']):3d} " + ("OK" if not probs else "PROBLEMS"))
    for p in probs:
        print("   ", p)
    bad += bool(probs)
print(f"{bad} page(s) with problems")
sys.exit(1 if bad else 0)
