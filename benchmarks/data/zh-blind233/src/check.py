"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import json, os, re, sys, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
def nw(s): return re.sub(r"\s+", "", s)
problems = []
files = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
if len(files) != 40:
    problems.append("expected 40 gold files, found %d" % len(files))
for path in files:
    g = json.load(open(path, encoding="utf-8"))
    pid = os.path.basename(path)[:-5]
    for k in KEYS:
        if k not in g: problems.append(f"{pid}: missing {k}")
    if g.get("set") != "zh-blind233": problems.append(f"{pid}: bad set")
    body = "".join(g.get("body_paragraphs", []))
    if len(body) < 300: problems.append(f"{pid}: body {len(body)} chars < 300")
    for d in ("raw-chromium", "raw"):
        tp = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(tp):
            problems.append(f"{pid}: no {d}"); continue
        t = nw(open(tp, encoding="utf-8").read())
        for label, s in [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]:
            if nw(s) not in t: problems.append(f"{pid}/{d}: {label} not found: {s[:40]}")
for p in problems: print(p)
print("OK: %d pages" % len(files) if not problems else "FAIL: %d problems" % len(problems))
sys.exit(1 if problems else 0)
