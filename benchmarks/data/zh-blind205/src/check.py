#!/usr/bin/env python3
"""Every gold string occurs in raw-chromium/ and raw/ (modulo white space); bodies >= 300 chars."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ns = lambda s: re.sub(r"\s+", "", s)
probs, n = [], 0
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8")); n += 1
    pid = g["id"]
    for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
        if k not in g: probs.append(f"{pid}: missing {k}")
    if g.get("set") != "zh-blind205": probs.append(f"{pid}: set")
    blen = sum(len(p) for p in g["body_paragraphs"])
    if blen < 300: probs.append(f"{pid}: body {blen} < 300")
    for d in ("raw-chromium", "raw"):
        fp = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(fp): probs.append(f"{pid}: no {d}"); continue
        t = ns(open(fp, encoding="utf-8").read())
        for s in [g["title"], g["publish_time"]] + g["authors"] + g["body_paragraphs"]:
            if not ns(s) or ns(s) not in t: probs.append(f"{pid}: {d}: not found: {s[:40]!r}")
for p in probs: print(p)
print(f"{len(probs)} problems over {n} pages")
sys.exit(1 if probs or n != 40 else 0)
