#!/usr/bin/env python3
"""Check gold against raw-chromium/ and raw/ modulo white space; print body lengths."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def n(s): return re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    blen = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(p):
            probs.append(f"{d}: missing"); continue
        t = n(open(p, encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
                [("para", x) for x in g["body_paragraphs"]]
        for k, v in items:
            if v and n(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:30]}")
    if blen < 300: probs.append(f"body too short: {blen}")
    bad += bool(probs)
    print(g["id"], g["kind"], "body", blen, "paras", len(g["body_paragraphs"]), "OK" if not probs else "; ".join(probs))
print("pages with problems:", bad)
