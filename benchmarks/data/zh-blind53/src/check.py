"""Check every gold paragraph, the title, each author and publish_time occur in raw-chromium and raw
(white space removed on both sides)."""
import json, os, re, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = 0
for gf in sorted(glob.glob(f"{ROOT}/gold/xb-*.json")):
    g = json.load(open(gf, encoding="utf-8"))
    for d in ("raw-chromium", "raw"):
        t = W(open(f"{ROOT}/{d}/{g['id']}.txt", encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
                [("para", p) for p in g["body_paragraphs"]]
        for k, s in items:
            if s and W(s) not in t:
                bad += 1
                print(d, g["id"], k, s[:60])
        n = sum(len(p) for p in g["body_paragraphs"])
    if not (200 <= n <= 1600):
        print("length", g["id"], n)
print("problems:", bad)
sys.exit(1 if bad else 0)
