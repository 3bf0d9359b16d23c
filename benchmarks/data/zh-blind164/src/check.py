#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and
raw/ modulo white space; print body lengths."""
import json, os, re, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    return re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(OUT, "gold"))):
    g = json.load(open(os.path.join(OUT, "gold", fn), encoding="utf-8"))
    i = g["id"]
    n = sum(len(p) for p in g["body_paragraphs"])
    probs = []
    if n < 300:
        probs.append("body only %d chars" % n)
    for d in ("raw-chromium", "raw"):
        p = os.path.join(OUT, d, i + ".txt")
        if not os.path.exists(p):
            probs.append("missing " + d); continue
        t = norm(open(p, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
                [("time", g["publish_time"])] + [("para", x) for x in g["body_paragraphs"]]
        for k, v in items:
            if v and norm(v) not in t:
                probs.append("%s: %s not in %s" % (k, v[:30], d))
    print("%s %-10s body=%4d paras=%2d %s" % (i, g["kind"], n, len(g["body_paragraphs"]), "OK" if not probs else "; ".join(probs)))
    bad += bool(probs)
print("pages with problems:", bad)
sys.exit(1 if bad else 0)
