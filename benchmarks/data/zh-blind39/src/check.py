"""Every gold paragraph, the title, each author and the publish_time occur in raw-chromium and raw
(compared with all white space removed)."""
import json, os, re, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for gf in sorted(glob.glob(f"{ROOT}/gold/*.json")):
    g = json.load(open(gf, encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = ws(open(f"{ROOT}/{sub}/{g['id']}.txt", encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
                ([("date", g["publish_time"])] if g["publish_time"] else []) + \
                [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if ws(v) not in t:
                bad += 1; print(f"MISSING {sub} {g['id']} {k}: {v[:60]}")
    n = sum(len(p) for p in g["body_paragraphs"])
    if not 250 <= n <= 1600:
        print(f"LENGTH {g['id']} {n}")
print("problems:", bad); sys.exit(1 if bad else 0)
