#!/usr/bin/env python3
"""Check every gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r"[\s\u3000\u00a0]+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + [("time", g["publish_time"])] \
        + [("para%d" % i, p) for i, p in enumerate(g["body_paragraphs"])]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            print(pid, d, "MISSING"); bad += 1; continue
        t = norm(open(path, encoding="utf-8").read())
        for k, v in items:
            if v is None: continue
            if norm(v) not in t:
                print(pid, d, k, "NOT FOUND:", v[:60]); bad += 1
    blen = sum(len(norm(p)) for p in g["body_paragraphs"])
    print(f"{pid}\t{g['kind']}\tparas={len(g['body_paragraphs'])}\tbody_chars={blen}")
print("problems:", bad)
sys.exit(1 if bad else 0)
