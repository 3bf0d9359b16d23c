#!/usr/bin/env python3
"""Check gold files against raw-chromium and raw. Exit 1 on any problem."""
import json, os, re, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
ws = lambda s: re.sub(r"\s+", "", s)
probs = []
golds = sorted(f for f in os.listdir(os.path.join(root, "gold")) if f.endswith(".json"))
if len(golds) != 40:
    probs.append(f"expected 40 pages, found {len(golds)}")
for fn in golds:
    g = json.load(open(os.path.join(root, "gold", fn), encoding="utf-8"))
    pid = fn[:-5]
    for k in KEYS:
        if k not in g:
            probs.append(f"{pid}: missing key {k}")
    if g.get("set") != "zh-blind221":
        probs.append(f"{pid}: bad set")
    body = "".join(g.get("body_paragraphs", []))
    if len(body) < 300:
        probs.append(f"{pid}: body only {len(body)} chars")
    for d in ("raw-chromium", "raw"):
        p = os.path.join(root, d, pid + ".txt")
        if not os.path.exists(p):
            probs.append(f"{pid}: no {d} file"); continue
        raw = ws(open(p, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])]
        items += [("author", a) for a in g["authors"]]
        items += [(f"para{i}", x) for i, x in enumerate(g["body_paragraphs"])]
        for name, v in items:
            if ws(v) not in raw:
                probs.append(f"{pid}: {name} not in {d}: {v[:40]}")
for p in probs:
    print(p)
print(f"{len(golds)} pages checked, {len(probs)} problems")
sys.exit(1 if probs else 0)
