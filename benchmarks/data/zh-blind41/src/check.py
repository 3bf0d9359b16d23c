"""Check that every gold paragraph, the title and the authors occur in raw-chromium and raw
(white space removed on both sides), and count characters of the body."""
import json, os, glob, re
root = os.path.join(os.path.dirname(__file__), "..")
ns = lambda s: re.sub(r"\s+", "", s)
bad = 0
for g in sorted(glob.glob(os.path.join(root, "gold", "*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        txt = ns(open(os.path.join(root, sub, d["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", d["title"])] + [("author", a) for a in d["authors"]] + \
                [("time", d["publish_time"])] + [("para", p) for p in d["body_paragraphs"]]
        for k, v in items:
            if v and ns(v) not in txt:
                bad += 1; print("MISSING", sub, d["id"], k, v[:40])
    n = sum(len(p) for p in d["body_paragraphs"])
    print(d["id"], d["lang"], "paras", len(d["body_paragraphs"]), "chars", n, "authors", d["authors"])
print("problems:", bad)
