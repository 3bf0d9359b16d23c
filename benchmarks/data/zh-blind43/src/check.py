"""Every gold paragraph, the title and each author (white space removed) must occur in
raw-chromium/<id>.txt and raw/<id>.txt with all white space removed; publish_time too."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = 0
for f in sorted(os.listdir(f"{ROOT}/gold")):
    g = json.load(open(f"{ROOT}/gold/{f}", encoding="utf-8"))
    for d in ("raw-chromium", "raw"):
        t = W(open(f"{ROOT}/{d}/{g['id']}.txt", encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if v and W(v) not in t:
                bad += 1; print(d, g["id"], k, v[:60])
print("problems:", bad); sys.exit(1 if bad else 0)
