#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import os, re, json, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
ws = lambda s: re.sub(r"\s+", "", s)
bad = []
golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
if len(golds) != 40:
    bad.append(f"expected 40 pages, found {len(golds)}")
for g in golds:
    d = json.load(open(g, encoding="utf-8"))
    pid = os.path.basename(g)[:-5]
    for k in KEYS:
        if k not in d:
            bad.append(f"{pid}: missing key {k}")
    if d.get("set") != "zh-blind232":
        bad.append(f"{pid}: wrong set")
    n = sum(len(x) for x in d.get("body_paragraphs", []))
    if n < 300:
        bad.append(f"{pid}: body only {n} chars")
    for sub in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, sub, pid + ".txt")
        if not os.path.exists(path):
            bad.append(f"{pid}: no {sub} file"); continue
        t = ws(open(path, encoding="utf-8").read())
        items = [("title", d["title"]), ("publish_time", d["publish_time"])]
        items += [("author", a) for a in d["authors"]]
        items += [("para", x) for x in d["body_paragraphs"]]
        for kind, s in items:
            if ws(s) not in t:
                bad.append(f"{pid}: {sub}: {kind} not found: {s[:40]}")
for b in bad:
    print(b)
print(f"{len(golds)} pages, {len(bad)} problems")
sys.exit(1 if bad else 0)
