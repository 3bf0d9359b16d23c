#!/usr/bin/env python3
"""Verify that title, every author, publish_time and every gold paragraph occur in both
raw-chromium/ and raw/ modulo white space; print body lengths. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for name in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", name), encoding="utf-8"))
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            print(f"{g['id']}: missing {d}"); bad += 1; continue
        t = ws(open(path, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if v and ws(v) not in t:
                print(f"{g['id']} [{d}] {k} not found: {v[:50]}"); bad += 1
    n = sum(len(p) for p in g["body_paragraphs"])
    print(f"{g['id']}\t{g['kind']}\t{len(g['body_paragraphs'])} paras\t{n} chars")
print("problems:", bad)
sys.exit(1 if bad else 0)
