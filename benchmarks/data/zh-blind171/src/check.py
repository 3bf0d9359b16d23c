#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
modulo white space; print body lengths. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = re.compile(r"\s+")
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    i = g["id"]
    n = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, i + ".txt")
        if not os.path.exists(path):
            probs.append(f"{d}: missing"); continue
        t = W.sub("", open(path, encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
                [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if v and W.sub("", v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    if n < 300:
        probs.append(f"body only {n} chars")
    bad += bool(probs)
    print(f"{i}\t{g['kind']}\tbody={n}\tparas={len(g['body_paragraphs'])}\t" + ("OK" if not probs else "; ".join(probs)))
print("problems on", bad, "pages")
sys.exit(1 if bad else 0)
