"""Check every gold paragraph, the title and each author occur in raw-chromium and raw (modulo white space)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = 0
n = 0
for fn in sorted(os.listdir(f"{ROOT}/gold")):
    g = json.load(open(f"{ROOT}/gold/{fn}", encoding="utf-8"))
    for d in ("raw-chromium", "raw"):
        t = W(open(f"{ROOT}/{d}/{g['id']}.txt", encoding="utf-8").read())
        for what, s in ([("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]]
                        + [("para", p) for p in g["body_paragraphs"]]):
            n += 1
            if W(s) not in t:
                bad += 1
                print(d, g["id"], what, s[:60])
        n_chars = sum(len(W(p)) for p in g["body_paragraphs"])
    if not (300 <= n_chars <= 1500) and g["lang"] == "zh":
        print("length", g["id"], n_chars)
print(f"{n - bad} passed, {bad} failed")
sys.exit(1 if bad else 0)
