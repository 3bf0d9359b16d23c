"""Every gold paragraph and the title must occur in raw-chromium (and raw) modulo white space;
authors must occur too (modulo white space); publish_time as printed."""
import json, glob, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
ws = lambda s: re.sub(r"\s+", "", s)
ok = bad = 0
for g in sorted(glob.glob(os.path.join(D, "gold", "*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = ws(open(os.path.join(D, sub, d["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", d["title"]), ("time", d["publish_time"])] + [("author", a) for a in d["authors"]] + [("p%d" % i, p) for i, p in enumerate(d["body_paragraphs"])]
        for k, v in items:
            if v is None: continue
            if ws(v) in t: ok += 1
            else: bad += 1; print("MISSING", sub, d["id"], k, v[:40])
print(ok, "checks passed,", bad, "failed")
sys.exit(1 if bad else 0)
