#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/
and raw/ (modulo white space); print body lengths; exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = g["id"]
    n = sum(len(x) for x in g["body_paragraphs"])
    probs = []
    if n < 300:
        probs.append("body < 300 chars")
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            probs.append("missing " + d); continue
        t = ws(open(path, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                [("author", a) for a in g["authors"]] + [("para%d" % i, x) for i, x in enumerate(g["body_paragraphs"])]
        for k, v in items:
            if v is not None and ws(v) not in t:
                probs.append("%s: %s not found: %s" % (d, k, v[:40]))
    print("%s %-12s body=%4d paras=%2d %s" % ("BAD" if probs else "ok ", pid, n, len(g["body_paragraphs"]), g["kind"]))
    for x in probs:
        print("    ", x)
    bad += bool(probs)
print("problems on", bad, "pages")
sys.exit(1 if bad else 0)
