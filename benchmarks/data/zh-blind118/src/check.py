#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space), and print body lengths."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    return re.sub(r"\s+", "", s.replace("\u3000", " "))
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    n = sum(len(x) for x in g["body_paragraphs"])
    probs = []
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            probs.append(d + ": missing"); continue
        t = norm(open(path, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("date", g["publish_time"]))
        items += [("para%d" % i, x) for i, x in enumerate(g["body_paragraphs"])]
        for k, v in items:
            if norm(v) not in t:
                probs.append("%s: %s not found: %s" % (d, k, v[:40]))
    flag = "" if 300 <= n <= 1200 or g["lang"] == "en" else "  (body length outside 300-1200)"
    print("%s %-6s paras=%2d chars=%4d%s" % (g["id"], g["kind"], len(g["body_paragraphs"]), n, flag))
    for pr in probs:
        print("   PROBLEM", pr); bad += 1
print("problems:", bad)
