#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space), and print body lengths.  Exit 1 on any problem."""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def ns(s): return "".join(s.split())
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    blen = sum(len(x) for x in g["body_paragraphs"])
    probs = []
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            probs.append(f"{d}: missing"); continue
        t = ns(open(path, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("publish_time", g["publish_time"]))
        items += [("para", x) for x in g["body_paragraphs"]]
        for k, v in items:
            if ns(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    if blen < 300:
        probs.append(f"body only {blen} chars")
    print(f"{pid}\t{len(g['body_paragraphs'])} paras\t{blen} chars\t" + ("OK" if not probs else "PROBLEMS"))
    for x in probs:
        print("   ", x)
    bad += bool(probs)
print("pages with problems:", bad)
sys.exit(1 if bad else 0)
