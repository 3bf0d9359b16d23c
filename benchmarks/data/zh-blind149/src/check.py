#!/usr/bin/env python3
"""Check every gold field occurs in raw-chromium/ and raw/ (white space ignored); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def n(s): return re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    need = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            print(g["id"], d, "MISSING"); bad += 1; continue
        t = n(open(path, encoding="utf-8").read())
        for k, v in need:
            if v and n(v) not in t:
                print(g["id"], d, k, "NOT FOUND:", v[:60]); bad += 1
    L = sum(len(p) for p in g["body_paragraphs"])
    flag = "" if 300 <= L <= 1200 else "  <-- length out of 300..1200"
    if flag: bad += 1
    print(f'{g["id"]} {g["kind"]:12} paras={len(g["body_paragraphs"]):2} body={L}{flag}')
print("problems:", bad)
sys.exit(1 if bad else 0)
