#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = []; ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
if len(ids) != 40: bad.append(f"{len(ids)} pages, expected 40")
KEYS = {"id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}
for i in ids:
    g = json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8"))
    if set(g) != KEYS: bad.append(f"{i}: keys {sorted(g)}")
    if g.get("set") != "zh-blind231": bad.append(f"{i}: set")
    n = sum(len(p) for p in g.get("body_paragraphs", []))
    if n < 300: bad.append(f"{i}: body {n} chars")
    for d in ("raw-chromium", "raw"):
        pth = os.path.join(ROOT, d, i + ".txt")
        if not os.path.exists(pth): bad.append(f"{i}: missing {d}"); continue
        t = W(open(pth, encoding="utf-8").read())
        for lab, s in [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]:
            if W(s) not in t: bad.append(f"{i}: {d}: {lab} not found: {s[:40]}")
for b in bad: print(b)
print(f"{len(ids)} pages, {len(bad)} problems")
sys.exit(1 if bad else 0)
