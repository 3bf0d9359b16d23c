#!/usr/bin/env python3
"""Check every gold string occurs in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars."""
import os, re, json, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0; n = 0
for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(gp, encoding="utf-8")); n += 1
    strs = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        tp = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(tp):
            print(g["id"], d, "missing"); bad += 1; continue
        t = ws(open(tp, encoding="utf-8").read())
        for k, s in strs:
            if ws(s) not in t:
                print(g["id"], d, k, "not found:", s[:60]); bad += 1
    L = sum(len(p) for p in g["body_paragraphs"])
    if L < 300:
        print(g["id"], "body too short:", L); bad += 1
    if not g["title"] or g["set"] != "zh-blind192":
        print(g["id"], "bad header"); bad += 1
print(f"{n} pages, {bad} problems"); sys.exit(1 if bad or n != 40 else 0)
