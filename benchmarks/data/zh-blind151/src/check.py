#!/usr/bin/env python3
"""Check that title, every author, publish_time and every gold paragraph occur in both
raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    blen = sum(len(ws(p)) for p in g["body_paragraphs"])
    probs = []
    if blen < 300:
        probs.append(f"body only {blen} chars")
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            probs.append(f"{d}: missing")
            continue
        t = ws(open(path, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("publish_time", g["publish_time"]))
        items += [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if ws(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    print(f"{pid}\t{g['kind']}\tbody {blen} chars, {len(g['body_paragraphs'])} paras" + ("" if not probs else "\n  " + "\n  ".join(probs)))
    bad += bool(probs)
print(f"{bad} pages with problems")
sys.exit(1 if bad else 0)
