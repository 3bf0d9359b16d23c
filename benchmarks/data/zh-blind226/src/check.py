#!/usr/bin/env python3
"""Check gold against raw-chromium and raw text. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}
ws = lambda s: re.sub(r"\s+", "", s)
probs = []
files = sorted(f for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
if len(files) != 40:
    probs.append(f"expected 40 pages, found {len(files)}")
for fn in files:
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = fn[:-5]
    if set(g) != KEYS:
        probs.append(f"{pid}: keys {sorted(g)}")
        continue
    if g["set"] != "zh-blind226" or g["id"] != pid:
        probs.append(f"{pid}: set/id wrong")
    if sum(len(p) for p in g["body_paragraphs"]) < 300:
        probs.append(f"{pid}: body under 300 characters")
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(p):
            probs.append(f"{pid}: missing {d}")
            continue
        t = ws(open(p, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])]
        items += [("author", a) for a in g["authors"]]
        items += [("para", x) for x in g["body_paragraphs"]]
        for k, v in items:
            if ws(v) not in t:
                probs.append(f"{pid}: {d}: {k} not found: {v[:40]}")
for p in probs:
    print(p)
print(f"{len(files)} pages, {len(probs)} problems")
sys.exit(1 if probs else 0)
