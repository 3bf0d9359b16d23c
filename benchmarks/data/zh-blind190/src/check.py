"""Check every gold string occurs in raw-chromium/ and raw/ (modulo white space); bodies reach 300 chars."""
import os, re, json, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0; n = 0
for f in sorted(glob.glob(f"{ROOT}/gold/*.json")):
    g = json.load(open(f, encoding="utf-8")); n += 1
    for key in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
        if key not in g: print(g.get("id"), "missing", key); bad += 1
    strs = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        txt = ws(open(f"{ROOT}/{d}/{g['id']}.txt", encoding="utf-8").read())
        for k, s in strs:
            if not s or ws(s) not in txt:
                print(g["id"], d, k, "NOT FOUND:", s[:60]); bad += 1
    total = sum(len(p) for p in g["body_paragraphs"])
    if total < 300: print(g["id"], "body only", total); bad += 1
print(f"{n} pages, {bad} problems"); sys.exit(1 if bad else 0)
