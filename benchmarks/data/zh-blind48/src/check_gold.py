"""Check every gold title and body paragraph occurs in raw-chromium (and raw) text, modulo white space."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = re.compile(r"\s+")
bad = 0
for d in ("raw-chromium", "raw"):
    for fn in sorted(os.listdir(f"{ROOT}/gold")):
        g = json.load(open(f"{ROOT}/gold/{fn}", encoding="utf-8"))
        t = ws.sub("", open(f"{ROOT}/{d}/{g['id']}.txt", encoding="utf-8").read())
        for what, s in [("title", g["title"])] + [("body", p) for p in g["body_paragraphs"]] + \
                       [("author", a) for a in g["authors"]] + [("date", g["publish_time"] or "")]:
            if ws.sub("", s) not in t:
                bad += 1
                print(f"MISSING {d} {g['id']} {what}: {s[:60]}")
print("problems:", bad)
sys.exit(1 if bad else 0)
