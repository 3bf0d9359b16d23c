#!/usr/bin/env python3
"""Check that every gold field occurs in raw-chromium/ and raw/ modulo white space."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = re.compile(r"\s+")
def norm(s): return ws.sub("", s)
problems = 0
for name in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", name), encoding="utf-8"))
    pid = g["id"]
    items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
    if g["publish_time"]:
        items.append(("publish_time", g["publish_time"]))
    items += [(f"para{i}", p) for i, p in enumerate(g["body_paragraphs"])]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            print(f"{pid}: missing {d}"); problems += 1; continue
        text = norm(open(path, encoding="utf-8").read())
        for k, v in items:
            if norm(v) not in text:
                print(f"{pid} [{d}] {k} not found: {v[:60]}"); problems += 1
    blen = sum(len(p) for p in g["body_paragraphs"])
    print(f"{pid} {g['kind']:<12} paras={len(g['body_paragraphs']):>2} body_chars={blen}")
print("problems:", problems)
sys.exit(1 if problems else 0)
