#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
ws = lambda s: re.sub(r"\s+", "", s)
probs = []
files = sorted(f for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
if len(files) != 40:
    probs.append(f"expected 40 gold files, found {len(files)}")
for fn in files:
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = fn[:-5]
    for k in KEYS:
        if k not in g:
            probs.append(f"{pid}: missing key {k}")
    if g.get("set") != "zh-blind214":
        probs.append(f"{pid}: bad set")
    body = g.get("body_paragraphs", [])
    n = sum(len(p) for p in body)
    if n < 300:
        probs.append(f"{pid}: body {n} < 300 chars")
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(p):
            probs.append(f"{pid}: no {d}"); continue
        t = ws(open(p, encoding="utf-8").read())
        items = [("title", g.get("title", "")), ("publish_time", g.get("publish_time", ""))]
        items += [("author", a) for a in g.get("authors", [])]
        items += [(f"para{i}", x) for i, x in enumerate(body)]
        for name, s in items:
            if not s or ws(s) not in t:
                probs.append(f"{pid} [{d}]: {name} not found: {s[:40]!r}")
for p in probs:
    print(p)
print(f"{len(files)} pages, {len(probs)} problems")
sys.exit(1 if probs else 0)
