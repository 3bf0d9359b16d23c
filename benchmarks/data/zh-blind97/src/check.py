#!/usr/bin/env python3
"""Check that title, every author, publish_time and every gold paragraph occur in raw-chromium/
and raw/ modulo white space; print body lengths. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]; n = sum(len(p) for p in g["body_paragraphs"])
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            print(f"{pid}: missing {d}"); bad += 1; continue
        t = ws(open(path, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
                [("publish_time", g["publish_time"])] + [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if v and ws(v) not in t:
                print(f"{pid} [{d}] {k} not found: {v[:40]}"); bad += 1
    ok = 300 <= n <= 1200
    print(f"{pid} {g['kind']:12} body {n:5d} chars {len(g['body_paragraphs']):3d} paras{'' if ok else '  <-- length outside 300-1200'}")
print("problems:", bad)
sys.exit(1 if bad else 0)
