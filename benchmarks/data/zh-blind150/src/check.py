#!/usr/bin/env python3
"""Check that gold title, authors, publish_time and paragraphs occur in raw-chromium/ and raw/
(modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
            [("publish_time", g["publish_time"])] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(p):
            print(f"{pid}: missing {d}"); bad += 1; continue
        t = ws(open(p, encoding="utf-8").read())
        for k, v in items:
            if v is None or ws(v) not in t:
                print(f"{pid}: {d}: {k} not found: {v!r:.80}"); bad += 1
    n = sum(len(ws(x)) for x in g["body_paragraphs"])
    flag = "" if 300 <= n <= 1200 else "  <-- out of range"
    if flag: bad += 1
    print(f"{pid}: {len(g['body_paragraphs'])} paragraphs, {n} body chars{flag}")
print("problems:", bad)
sys.exit(1 if bad else 0)
