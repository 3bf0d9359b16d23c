#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s.replace("\u3000", ""))
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    n = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(p):
            probs.append(f"{d}: missing"); continue
        t = W(open(p, encoding="utf-8").read())
        for lab, v in [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
                [("para", q) for q in g["body_paragraphs"]]:
            if v and W(v) not in t:
                probs.append(f"{d}: {lab} not found: {v[:40]}")
    if n < 300:
        probs.append(f"body too short: {n}")
    bad += bool(probs)
    print(f"{g['id']}\t{g['kind']}\t{len(g['body_paragraphs'])} paras\t{n} chars\t" + ("OK" if not probs else "; ".join(probs)))
print("problems:", bad)
sys.exit(1 if bad else 0)
