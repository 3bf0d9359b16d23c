"""Check each gold title and body paragraph occurs in raw-chromium and raw (white space removed),
authors occur (white space removed), publish_time occurs, body length 300-1500."""
import os, re, json, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s).lower()
bad = 0
for gf in sorted(glob.glob(os.path.join(ROOT, "gold", "xd-*.json"))):
    g = json.load(open(gf, encoding="utf-8"))
    for d in ("raw-chromium", "raw"):
        t = ws(open(os.path.join(ROOT, d, g["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for k, s in items:
            if ws(s) not in t:
                bad += 1; print(g["id"], d, "MISSING", k, s[:60])
    n = sum(len(p) for p in g["body_paragraphs"])
    if not 300 <= n <= 1500:
        print(g["id"], "body chars", n)
print("problems:", bad); sys.exit(1 if bad else 0)
