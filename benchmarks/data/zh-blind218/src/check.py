#!/usr/bin/env python3
"""Check gold files against raw-chromium and raw text. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}
ws = lambda s: re.sub(r"\s+", "", s)
problems = []
golds = sorted(f for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
if len(golds) != 40:
    problems.append(f"expected 40 gold files, found {len(golds)}")
for fn in golds:
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    pid = fn[:-5]
    if set(g) != KEYS:
        problems.append(f"{pid}: keys {sorted(g)}")
        continue
    if g["set"] != "zh-blind218" or g["id"] != pid:
        problems.append(f"{pid}: bad set/id")
    if not 5 <= len(g["body_paragraphs"]) <= 11:
        problems.append(f"{pid}: {len(g['body_paragraphs'])} paragraphs")
    n = len(ws("".join(g["body_paragraphs"])))
    if n < 300:
        problems.append(f"{pid}: body only {n} chars")
    for sub in ("raw-chromium", "raw"):
        p = os.path.join(ROOT, sub, pid + ".txt")
        if not os.path.exists(p):
            problems.append(f"{pid}: missing {sub}"); continue
        t = ws(open(p, encoding="utf-8").read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])]
        items += [("author", a) for a in g["authors"]]
        items += [(f"para{i+1}", x) for i, x in enumerate(g["body_paragraphs"])]
        for k, v in items:
            if not ws(v) or ws(v) not in t:
                problems.append(f"{pid}: {k} not in {sub}: {v[:40]}")
for p in problems:
    print(p)
print(f"{len(golds)} pages, {len(problems)} problems")
sys.exit(1 if problems else 0)
