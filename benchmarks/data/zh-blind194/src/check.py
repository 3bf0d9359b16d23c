#!/usr/bin/env python3
"""Every gold string occurs in raw-chromium/ and raw/ modulo white space; each body >= 300 chars."""
import json, os, re, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0; n = 0
for gf in sorted(glob.glob(f"{ROOT}/gold/*.json")):
    g = json.load(open(gf, encoding="utf-8")); n += 1
    need = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        txt = ws(open(f"{ROOT}/{d}/{g['id']}.txt", encoding="utf-8").read())
        for k, s in need:
            if ws(s) not in txt:
                bad += 1; print(f"{g['id']} {d}: missing {k}: {s[:40]}")
    L = sum(len(p) for p in g["body_paragraphs"])
    if L < 300:
        bad += 1; print(f"{g['id']}: body {L} < 300")
print(f"{n} pages, {bad} problems"); sys.exit(1 if bad else 0)
