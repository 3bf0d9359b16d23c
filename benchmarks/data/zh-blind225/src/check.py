#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}
ws = lambda s: re.sub(r"\s+", "", s)
problems = []
files = sorted(f for f in os.listdir(f"{ROOT}/gold") if f.endswith(".json"))
if len(files) != 40:
    problems.append(f"expected 40 pages, found {len(files)}")
for fn in files:
    g = json.load(open(f"{ROOT}/gold/{fn}", encoding="utf-8"))
    pid = fn[:-5]
    if set(g) != KEYS:
        problems.append(f"{pid}: keys {sorted(g)}"); continue
    if g["set"] != "zh-blind225" or g["id"] != pid:
        problems.append(f"{pid}: set/id wrong")
    if not 5 <= len(g["body_paragraphs"]) or sum(len(p) for p in g["body_paragraphs"]) < 300:
        problems.append(f"{pid}: body {sum(len(p) for p in g['body_paragraphs'])} chars")
    for sub in ("raw-chromium", "raw"):
        path = f"{ROOT}/{sub}/{pid}.txt"
        if not os.path.exists(path):
            problems.append(f"{pid}: missing {sub}"); continue
        raw = ws(open(path, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for k, v in items:
            if not ws(v) or ws(v) not in raw:
                problems.append(f"{pid}: {sub}: {k} not found: {v[:40]}")
for p in problems:
    print(p)
print(f"{len(files)} pages, {len(problems)} problems")
sys.exit(1 if problems else 0)
