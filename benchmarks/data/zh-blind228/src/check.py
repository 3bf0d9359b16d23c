#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import os, json, glob, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
ns = lambda s: re.sub(r"\s+", "", s)
bad = []
golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
if len(golds) != 40:
    bad.append(f"expected 40 gold files, got {len(golds)}")
for f in golds:
    g = json.load(open(f, encoding="utf-8")); i = os.path.basename(f)[:-5]
    miss = [k for k in KEYS if k not in g]
    if miss: bad.append(f"{i}: missing keys {miss}"); continue
    if g["set"] != "zh-blind228": bad.append(f"{i}: set {g['set']}")
    n = sum(len(ns(x)) for x in g["body_paragraphs"])
    if n < 300: bad.append(f"{i}: body {n} chars < 300")
    for d in ["raw-chromium", "raw"]:
        p = os.path.join(ROOT, d, i + ".txt")
        if not os.path.exists(p): bad.append(f"{i}: no {d}"); continue
        t = ns(open(p, encoding="utf-8").read())
        for lab, s in [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", x) for x in g["body_paragraphs"]]:
            if ns(s) not in t: bad.append(f"{i}: {d}: {lab} not found: {s[:40]}")
for b in bad: print(b)
print(f"{len(golds)} pages, {len(bad)} problems")
sys.exit(1 if bad else 0)
