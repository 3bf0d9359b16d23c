#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = re.compile(r"[\s\u3000\u00a0]+")
def norm(s): return W.sub("", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
    if g["publish_time"]:
        items.append(("time", g["publish_time"]))
    items += [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(p):
            print(pid, d, "MISSING"); bad += 1; continue
        t = norm(open(p, encoding="utf-8").read())
        for k, v in items:
            if not v or norm(v) not in t:
                print(pid, d, "NOT FOUND", k, repr(v)[:60]); bad += 1
    n = sum(len(norm(x)) for x in g["body_paragraphs"])
    flag = "" if 300 <= n <= 1200 else "  <-- length out of 300-1200"
    print(f"{pid} {g['kind']:<12} paras={len(g['body_paragraphs']):2d} chars={n}{flag}")
print("problems:", bad)
sys.exit(1 if bad else 0)
