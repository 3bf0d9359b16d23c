#!/usr/bin/env python3
"""Every gold string occurs in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad, n = 0, 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8")); n += 1
    pid = g["id"]
    strings = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            print(pid, "missing", d); bad += 1; continue
        t = ws(open(path, encoding="utf-8").read())
        for k, s in strings:
            if ws(s) not in t:
                print(pid, d, k, "not found:", s[:40]); bad += 1
    L = sum(len(ws(p)) for p in g["body_paragraphs"])
    if L < 300: print(pid, "body too short", L); bad += 1
    if g["set"] != "zh-blind197": print(pid, "bad set"); bad += 1
print("pages", n, "problems", bad)
sys.exit(1 if bad or n != 40 else 0)
