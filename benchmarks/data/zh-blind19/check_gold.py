#!/usr/bin/env python3
"""Check every gold title and body paragraph occurs in the raw-chromium (and raw) text, modulo white space."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.abspath(__file__))
squash = lambda s: re.sub(r"\s+", "", s)
bad = 0
ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
for i in ids:
    g = json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8"))
    for kind in ("raw-chromium", "raw"):
        text = squash(open(os.path.join(ROOT, kind, i + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
                [("publish_time", g["publish_time"])] + [("para", p) for p in g["body_paragraphs"]]
        for what, s in items:
            if s is not None and squash(s) not in text:
                bad += 1
                print(f"{i} {kind}: {what} not found: {s[:40]}")
    n = sum(len(p) for p in g["body_paragraphs"])
    if not (g["body_paragraphs"] and g["title"]):
        bad += 1; print(i, "empty title/body")
    print(f"{i} ok-checked  paras={len(g['body_paragraphs'])} body_chars={n} authors={g['authors']}")
print(f"{len(ids)} pages, {bad} problems")
sys.exit(1 if bad else 0)
