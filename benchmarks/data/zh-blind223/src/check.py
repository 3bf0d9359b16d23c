#!/usr/bin/env python3
"""Check gold against raw-chromium/ and raw/. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
ws = lambda s: re.sub(r"\s+", "", s)
probs = []
files = sorted(f for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
if len(files) != 40:
    probs.append(f"{len(files)} gold files, expected 40")
for fn in files:
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    id_ = fn[:-5]
    for k in KEYS:
        if k not in g:
            probs.append(f"{id_}: missing key {k}")
    if g.get("set") != "zh-blind223":
        probs.append(f"{id_}: set {g.get('set')}")
    body = g.get("body_paragraphs", [])
    if len("".join(body)) < 300:
        probs.append(f"{id_}: body {len(''.join(body))} chars")
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, id_ + ".txt")
        if not os.path.exists(p):
            probs.append(f"{id_}: no {d} file"); continue
        t = ws(open(p, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", b) for b in body]
        for k, v in items:
            if not ws(v) or ws(v) not in t:
                probs.append(f"{id_}: {d}: {k} not found: {v[:40]}")
for p in probs:
    print(p)
print(f"{len(files)} pages, {len(probs)} problems")
sys.exit(1 if probs else 0)
