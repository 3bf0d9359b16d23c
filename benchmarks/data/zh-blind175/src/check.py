#!/usr/bin/env python3
"""Every gold title, author, publish_time and paragraph must occur in raw-chromium/ and raw/ (modulo white space)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + [("time", g["publish_time"])] + \
            [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(p): print(f"{g['id']}: missing {d}"); bad += 1; continue
        t = ws(open(p, encoding="utf-8").read())
        for k, v in items:
            if not v or ws(v) not in t:
                print(f"{g['id']}: {d}: {k} not found: {v!r:.60}"); bad += 1
    n = sum(len(ws(x)) for x in g["body_paragraphs"])
    flag = "" if n >= 300 else "  <-- SHORT"
    print(f"{g['id']} {g['kind']:<12} paras={len(g['body_paragraphs']):2d} body_chars={n}{flag}")
    if n < 300: bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
