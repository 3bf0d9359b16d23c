"""Every gold body paragraph and the gold title must occur in raw-chromium/<id>.txt and raw/<id>.txt
modulo white space (all white space removed on both sides; a two-line headline is checked that way too).
Also checks body length (Chinese 300-1500 characters) and that authors are not empty strings."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s.replace("\u00a0", " ").replace("\u3000", " "))
bad = 0
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    for d in ("raw-chromium", "raw"):
        t = ws(open(os.path.join(ROOT, d, g["id"] + ".txt"), encoding="utf-8").read())
        for p in [g["title"]] + g["body_paragraphs"]:
            if ws(p) not in t:
                bad += 1; print("MISSING", d, g["id"], p[:40])
        if g["publish_time"] and ws(g["publish_time"]) not in t:
            bad += 1; print("DATE MISSING", d, g["id"], g["publish_time"])
    n = sum(len(p) for p in g["body_paragraphs"])
    if g["lang"] == "zh" and not (300 <= n <= 1500):
        print("LENGTH", g["id"], n)
    if any(not a.strip() for a in g["authors"]):
        bad += 1; print("EMPTY AUTHOR", g["id"])
print("problems:", bad)
sys.exit(1 if bad else 0)
