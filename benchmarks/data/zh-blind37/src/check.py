"""Check every gold title, author and body paragraph occurs in raw-chromium/ and raw/ (white space removed)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")))
for i in ids:
    g = json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = ws(open(os.path.join(ROOT, sub, i + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
                [("time", g["publish_time"])] + [("body", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if v and ws(v) not in t:
                bad += 1; print(sub, i, k, "MISSING:", v[:60])
print(len(ids), "pages checked,", bad, "problems")
sys.exit(1 if bad else 0)
