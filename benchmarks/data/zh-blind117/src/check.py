#!/usr/bin/env python3
"""Check every gold field occurs in raw-chromium/ and raw/ modulo white space; print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(f"{ROOT}/gold")):
    g = json.load(open(f"{ROOT}/gold/{fn}", encoding="utf-8"))
    items = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] \
        + [("para", x) for x in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        path = f"{ROOT}/{d}/{g['id']}.txt"
        if not os.path.exists(path):
            print(f"{g['id']}: missing {d}"); bad += 1; continue
        t = ws(open(path, encoding="utf-8").read())
        for k, v in items:
            if ws(v) not in t:
                print(f"{g['id']} {d}: {k} not found: {v[:40]}"); bad += 1
    n = sum(len(x) for x in g["body_paragraphs"])
    print(f"{g['id']} {g['kind']:<11} paras={len(g['body_paragraphs']):2d} body_chars={n}"
          + ("  OUT OF 300-1200" if not 300 <= n <= 1200 else ""))
print("problems:", bad)
sys.exit(1 if bad else 0)
