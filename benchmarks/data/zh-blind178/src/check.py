#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(white space ignored); print body lengths; flag bodies under 300 characters."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    blen = sum(len(x) for x in g["body_paragraphs"])
    probs = []
    for d in ("raw-chromium", "raw"):
        pth = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(pth):
            probs.append(f"{d}: missing"); continue
        t = ws(open(pth, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                [("author", a) for a in g["authors"]] + [("para", x) for x in g["body_paragraphs"]]
        for k, v in items:
            if v and ws(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    if blen < 300: probs.append(f"body only {blen} chars")
    print(f"{g['id']}\t{g['kind']}\t{len(g['body_paragraphs'])} paras\t{blen} chars\t{'OK' if not probs else 'FAIL'}")
    for p in probs: print("   ", p)
    bad += bool(probs)
print("problems on", bad, "pages")
sys.exit(1 if bad else 0)
