"""Every gold paragraph, the title, authors (spaces dropped) and publish_time occur in raw-chromium and raw (white space ignored)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        txt = ws(open(os.path.join(ROOT, sub, g["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
                [("para%d" % i, p) for i, p in enumerate(g["body_paragraphs"])]
        for k, v in items:
            if v and ws(v) not in txt:
                bad += 1
                print("MISSING", sub, g["id"], k, v[:60])
    n = sum(len(p) for p in g["body_paragraphs"])
    print(g["id"], g["lang"], "paras=%d chars=%d authors=%s" % (len(g["body_paragraphs"]), n, g["authors"]))
print("problems:", bad)
sys.exit(1 if bad else 0)
