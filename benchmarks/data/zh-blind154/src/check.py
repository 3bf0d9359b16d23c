#!/usr/bin/env python3
"""Verify every gold field occurs in raw-chromium/ and raw/ modulo white space; print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8")); pid = g["id"]
    items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", x) for x in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path): print(f"{pid}: missing {d}"); bad += 1; continue
        t = W(open(path, encoding="utf-8").read())
        for k, v in items:
            if v and W(v) not in t: print(f"{pid}: {k} not in {d}: {v[:50]}"); bad += 1
    n = sum(len(x) for x in g["body_paragraphs"])
    flag = "  <300!" if n < 300 else ""
    if n < 300: bad += 1
    print(f"{pid}\t{len(g['body_paragraphs'])} paras\t{n} chars{flag}")
print("problems:", bad); sys.exit(1 if bad else 0)
