#!/usr/bin/env python3
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]; blen = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(p):
            probs.append(f"{d}: missing"); continue
        t = norm(open(p, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
                [("time", g["publish_time"])] + [("para", x) for x in g["body_paragraphs"]]
        for k, v in items:
            if v and norm(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    if blen < 300: probs.append(f"body too short: {blen}")
    if blen > 1300: probs.append(f"body long: {blen}")
    bad += bool(probs)
    print(f"{pid}\tbody={blen}\tparas={len(g['body_paragraphs'])}\t" + ("OK" if not probs else "; ".join(probs)))
print("problem pages:", bad)
sys.exit(1 if bad else 0)
