# -*- coding: utf-8 -*-
"""Check every gold string occurs in raw-chromium/ and raw/ (modulo white space); bodies >= 300 chars."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0; n = 0
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8")); n += 1
    strings = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path): print(g["id"], d, "missing"); bad += 1; continue
        txt = ws(open(path, encoding="utf-8").read())
        for k, s in strings:
            if ws(s) not in txt: print(g["id"], d, k, "not found:", s[:40]); bad += 1
    L = sum(len(p) for p in g["body_paragraphs"])
    if L < 300: print(g["id"], "body too short", L); bad += 1
    for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
        if k not in g: print(g["id"], "missing key", k); bad += 1
print(f"{n} pages, {bad} problems"); sys.exit(1 if bad else 0)
