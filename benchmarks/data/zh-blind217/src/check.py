#!/usr/bin/env python3
"""Check gold files against raw-chromium and raw text. Exit 1 on any problem."""
import json, pathlib, re, sys
root = pathlib.Path(__file__).resolve().parent.parent
KEYS = {"id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}
ws = lambda s: re.sub(r"\s+", "", s)
problems = []
golds = sorted((root / "gold").glob("*.json"))
if len(golds) != 40:
    problems.append(f"expected 40 pages, found {len(golds)}")
for g in golds:
    d = json.loads(g.read_text(encoding="utf-8"))
    pid = g.stem
    if set(d) != KEYS:
        problems.append(f"{pid}: keys {sorted(d)}")
        continue
    if d["set"] != "zh-blind217":
        problems.append(f"{pid}: set {d['set']}")
    body = sum(len(p) for p in d["body_paragraphs"])
    if body < 300:
        problems.append(f"{pid}: body {body} < 300")
    for sub in ("raw-chromium", "raw"):
        f = root / sub / f"{pid}.txt"
        if not f.exists():
            problems.append(f"{pid}: missing {sub}")
            continue
        t = ws(f.read_text(encoding="utf-8"))
        items = [("title", d["title"]), ("publish_time", d["publish_time"])]
        items += [("author", a) for a in d["authors"]]
        items += [("para", p) for p in d["body_paragraphs"]]
        for k, v in items:
            if ws(v) not in t:
                problems.append(f"{pid}: {k} not in {sub}: {v[:40]}")
for p in problems:
    print(p)
print(f"{len(golds)} pages, {len(problems)} problems")
sys.exit(1 if problems else 0)
