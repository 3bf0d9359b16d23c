#!/usr/bin/env python3
"""Verify gold against raw-chromium/ and raw/: title, every author, publish_time and every body
paragraph must occur in the page text modulo white space. Prints body lengths. Exit 1 on problems."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def fold(s): return re.sub(r"\s+", "", s.replace("\u3000", " "))
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    n = sum(len(p) for p in g["body_paragraphs"])
    flag = "" if 300 <= n <= 1200 else "  (body length out of 300-1200)"
    print(f'{g["id"]}  {g["kind"]:<12} paras={len(g["body_paragraphs"]):>2} chars={n:>4}{flag}')
    if flag: bad += 1
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            print(f"  MISSING {d}/{g['id']}.txt"); bad += 1; continue
        t = fold(open(path, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]: items.append(("publish_time", g["publish_time"]))
        items += [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if fold(v) not in t:
                print(f"  {d}: {k} not found: {v[:60]!r}"); bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
