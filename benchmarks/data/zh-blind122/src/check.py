#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def ws(s): return re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    chars = sum(len(p) for p in g["body_paragraphs"])
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            print(pid, "MISSING", d); bad += 1; continue
        t = ws(open(path, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + [("date", g["publish_time"])] \
            + [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if v is None or ws(v) not in t:
                print(pid, d, "NOT FOUND", k, repr(v)[:80]); bad += 1
    flag = "" if 300 <= chars <= 1200 else "  <-- length out of 300..1200"
    print(f"{pid}\t{g['kind']}\t{len(g['body_paragraphs'])} paras\t{chars} chars{flag}")
    if flag: bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
