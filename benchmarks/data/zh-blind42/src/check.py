"""Check every gold paragraph, the title, authors and publish_time occur in raw-chromium and raw (modulo white space)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = 0
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    for d in ("raw-chromium", "raw"):
        t = W(open(os.path.join(ROOT, d, g["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"])] + [("pt", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for k, s in items:
            if W(s).lower() not in t.lower():
                bad += 1; print(d, g["id"], k, s[:60])
    n = sum(len(p) for p in g["body_paragraphs"])
    if not (300 <= n <= 1600):
        print("length", g["id"], n)
print("problems:", bad)
sys.exit(1 if bad else 0)
