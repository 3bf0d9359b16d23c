#!/usr/bin/env python3
"""Every gold paragraph, the title, the authors (without spaces) and publish_time must occur in
raw-chromium and raw text modulo white space."""
import os, re, json, glob, sys
ROOT = os.path.join(os.path.dirname(__file__), "..")
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = ws(open(os.path.join(ROOT, sub, d["id"] + ".txt"), encoding="utf-8").read())
        items = [("para", p) for p in d["body_paragraphs"]] + [("author", a) for a in d["authors"]]
        if d["title"] is not None: items.append(("title", d["title"]))
        if d["publish_time"]: items.append(("date", d["publish_time"]))
        for k, s in items:
            if ws(s) not in t:
                bad += 1; print("MISSING", sub, d["id"], k, s[:60])
print("checked", len(glob.glob(os.path.join(ROOT, "gold", "*.json"))), "pages;", bad, "problems")
sys.exit(1 if bad else 0)
