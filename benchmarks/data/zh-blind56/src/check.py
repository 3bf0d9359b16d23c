"""Check the gold against the text copies: every gold body paragraph, the title, every author
and the publish_time must occur in raw-chromium/<id>.txt (and raw/<id>.txt) modulo white space.
Also checks the 300-1500 character body length and the JSON keys."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "title", "authors", "publish_time", "body_paragraphs"]


def norm(s):
    return re.sub(r"\s+", "", s)


bad = 0
for fn in sorted(os.listdir(f"{ROOT}/gold")):
    g = json.load(open(f"{ROOT}/gold/{fn}", encoding="utf-8"))
    i = g["id"]
    probs = []
    if list(g) != KEYS or g["set"] != "zh-blind56":
        probs.append("keys/set")
    for d in ("raw-chromium", "raw"):
        t = norm(open(f"{ROOT}/{d}/{i}.txt", encoding="utf-8").read())
        for k, s in [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
                    [(f"para{j}", p) for j, p in enumerate(g["body_paragraphs"])]:
            if norm(s) not in t:
                probs.append(f"{d}:{k}:{s[:30]}")
    n = sum(len(p) for p in g["body_paragraphs"])
    if not 250 <= n <= 1600:
        probs.append(f"body length {n}")
    if probs:
        bad += 1
        print(i, probs)
print(f"{len(os.listdir(ROOT + '/gold'))} gold files, {bad} with problems")
sys.exit(1 if bad else 0)
