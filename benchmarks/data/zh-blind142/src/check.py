#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/ (modulo white space)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    return re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    items = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", x) for x in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            print(f"{pid}: missing {d}"); bad += 1; continue
        t = norm(open(path, encoding="utf-8").read())
        for k, v in items:
            if v and norm(v) not in t:
                print(f"{pid} [{d}] {k} not found: {v[:60]}"); bad += 1
    n = sum(len(x) for x in g["body_paragraphs"])
    flag = "  <-- SHORT" if n < 300 else ""
    if flag: bad += 1
    print(f"{pid}\t{g['kind']}\tbody {n} chars, {len(g['body_paragraphs'])} paras{flag}")
print("problems:", bad)
sys.exit(1 if bad else 0)
