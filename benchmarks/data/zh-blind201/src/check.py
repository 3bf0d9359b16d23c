#!/usr/bin/env python3
"""Check every gold string occurs in raw-chromium/ and raw/ (modulo white space) and bodies reach 300 chars."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0; n = 0
for f in sorted(os.listdir(f"{ROOT}/gold")):
    g = json.load(open(f"{ROOT}/gold/{f}", encoding="utf-8")); n += 1
    strings = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        t = ws(open(f"{ROOT}/{d}/{g['id']}.txt", encoding="utf-8").read())
        for k, s in strings:
            if ws(s) not in t:
                bad += 1; print(f"MISSING {g['id']} {d} {k}: {s[:60]}")
    L = sum(len(ws(p)) for p in g["body_paragraphs"])
    if L < 300: bad += 1; print(f"SHORT {g['id']} body {L} chars")
print(f"{n} pages checked, {bad} problems"); sys.exit(1 if bad else 0)
