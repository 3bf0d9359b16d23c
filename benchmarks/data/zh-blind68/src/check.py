#!/usr/bin/env python3
"""Verify gold against raw-chromium/ and raw/: title, authors, publish_time and every body
paragraph must occur in the page text modulo white space. Prints body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    items = [("title", g["title"]), ("publish_time", g["publish_time"])] + \
            [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            print(f"{pid}: missing {d}"); bad += 1; continue
        t = ws(open(path, encoding="utf-8").read())
        for k, v in items:
            if v and ws(v) not in t:
                print(f"{pid} [{d}] {k} not found: {v[:60]}"); bad += 1
    n = sum(len(p) for p in g["body_paragraphs"])
    flag = "" if 300 <= n <= 1200 else "  <-- outside 300-1200"
    if flag and g["lang"] == "zh": bad += 1
    print(f"{pid} {g['kind']:12s} paras={len(g['body_paragraphs']):2d} body_chars={n}{flag}")
print("problems:", bad)
sys.exit(1 if bad else 0)
