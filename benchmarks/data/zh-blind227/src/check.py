#!/usr/bin/env python3
"""Check gold against raw-chromium and raw; exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
ns = lambda s: re.sub(r"\s+", "", s)
probs = []
files = sorted(f for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
if len(files) != 40: probs.append(f"{len(files)} gold files, want 40")
for f in files:
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    i = f[:-5]
    for k in KEYS:
        if k not in g: probs.append(f"{i}: missing {k}")
    if g.get("set") != "zh-blind227": probs.append(f"{i}: set")
    n = sum(len(p) for p in g.get("body_paragraphs", []))
    if n < 300: probs.append(f"{i}: body {n} chars")
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, i + ".txt")
        if not os.path.exists(path): probs.append(f"{i}: no {d}"); continue
        t = ns(open(path, encoding="utf-8").read())
        for what in [g["title"], g["publish_time"]] + g["authors"] + g["body_paragraphs"]:
            if ns(what) not in t: probs.append(f"{i}: {d} lacks {what[:30]!r}")
for p in probs: print(p)
print("OK" if not probs else f"{len(probs)} problems")
sys.exit(1 if probs else 0)
