#!/usr/bin/env python3
"""Check every gold string occurs in raw-chromium/ and raw/ modulo white space; every body >= 300 characters."""
import glob, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0; n = 0
for fn in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(fn, encoding="utf-8")); n += 1
    strings = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(p):
            print(g["id"], "missing", d); bad += 1; continue
        t = ws(open(p, encoding="utf-8").read())
        for k, s in strings:
            if ws(s) not in t:
                print(g["id"], d, k, "not found:", s[:60]); bad += 1
    L = len("".join(g["body_paragraphs"]))
    if L < 300:
        print(g["id"], "body too short:", L); bad += 1
print("%d pages, %d problems" % (n, bad))
sys.exit(1 if bad else 0)
