"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import json, os, re, sys, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
ws = lambda s: re.sub(r"\s+", "", s)
bad = []
files = sorted(glob.glob(f"{ROOT}/gold/*.json"))
if len(files) != 40: bad.append(f"{len(files)} gold files, want 40")
for fn in files:
    g = json.load(open(fn, encoding="utf-8")); i = g.get("id")
    for k in KEYS:
        if k not in g: bad.append(f"{i}: missing {k}")
    if g.get("set") != "zh-blind236": bad.append(f"{i}: set")
    n = sum(len(p) for p in g.get("body_paragraphs", []))
    if n < 300: bad.append(f"{i}: body {n} chars < 300")
    for d in ("raw-chromium", "raw"):
        try: t = ws(open(f"{ROOT}/{d}/{i}.txt", encoding="utf-8").read())
        except OSError: bad.append(f"{i}: no {d}"); continue
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for what, s in items:
            if ws(s) not in t: bad.append(f"{i}: {what} not in {d}: {s[:40]}")
for b in bad: print(b)
print(f"{len(files)} pages, {len(bad)} problems")
sys.exit(1 if bad else 0)
