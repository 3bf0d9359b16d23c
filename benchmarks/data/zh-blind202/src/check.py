#!/usr/bin/env python3
"""Check gold against raw-chromium/ and raw/: every gold string (title, authors, publish_time,
body paragraphs) occurs modulo white space; every body >= 300 characters; 40 pages."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
ws = lambda s: re.sub(r"\s+", "", s)
problems = []
ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
if len(ids) != 40:
    problems.append(f"expected 40 gold files, found {len(ids)}")
for pid in ids:
    g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
    if list(g) != KEYS: problems.append(f"{pid}: keys {list(g)}")
    if g.get("set") != "zh-blind202": problems.append(f"{pid}: set")
    if g["lang"] not in ("zh", "en"): problems.append(f"{pid}: lang")
    if not os.path.exists(os.path.join(ROOT, "html", pid + ".html")): problems.append(f"{pid}: no html")
    body = "".join(g["body_paragraphs"])
    if len(body) < 300: problems.append(f"{pid}: body only {len(body)} characters")
    strings = [("title", g["title"]), ("publish_time", g["publish_time"])] + \
              [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path):
            problems.append(f"{pid}: missing {d}"); continue
        hay = ws(open(path, encoding="utf-8").read())
        for k, s in strings:
            if not s.strip(): problems.append(f"{pid}: empty {k}")
            elif ws(s) not in hay: problems.append(f"{pid}: {k} not in {d}: {s[:40]}")
for p in problems: print(p)
print(f"{len(problems)} problems over {len(ids)} pages")
sys.exit(1 if problems else 0)
