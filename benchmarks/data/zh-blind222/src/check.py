#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import json, os, re, sys, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}
W = lambda t: re.sub(r"\s+", "", t)
probs = []
golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
if len(golds) != 40:
    probs.append(f"expected 40 gold files, got {len(golds)}")
for g in golds:
    d = json.load(open(g, encoding="utf-8"))
    i = os.path.basename(g)[:-5]
    if set(d) != KEYS:
        probs.append(f"{i}: keys {sorted(d)}")
        continue
    if d["set"] != "zh-blind222" or d["id"] != i:
        probs.append(f"{i}: set/id")
    if sum(len(p) for p in d["body_paragraphs"]) < 300:
        probs.append(f"{i}: body < 300 chars")
    for sub in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, sub, i + ".txt")
        if not os.path.exists(p):
            probs.append(f"{i}: missing {sub}")
            continue
        t = W(open(p, encoding="utf-8").read())
        for lab, v in [("title", d["title"]), ("publish_time", d["publish_time"])] + \
                [("author", a) for a in d["authors"]] + [("para", x) for x in d["body_paragraphs"]]:
            if not v or W(v) not in t:
                probs.append(f"{i}: {sub}: {lab} not found: {v[:40]!r}")
for p in probs:
    print(p)
print("OK" if not probs else f"{len(probs)} problems", f"({len(golds)} pages)")
sys.exit(1 if probs else 0)
