#!/usr/bin/env python3
"""Check every gold string occurs in raw-chromium/ and raw/ (modulo white space) and each body reaches 300 chars."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
problems, n = [], 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    n += 1
    for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
        if k not in g: problems.append(f"{g.get('id', fn)}: missing {k}")
    body_len = sum(len(ws(p)) for p in g["body_paragraphs"])
    if body_len < 300:
        problems.append(f"{g['id']}: body only {body_len} chars")
    strings = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
              [(f"para{i}", p) for i, p in enumerate(g["body_paragraphs"])]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, g["id"] + ".txt")
        if not os.path.exists(path):
            problems.append(f"{g['id']}: no {d} file"); continue
        text = ws(open(path, encoding="utf-8").read())
        for what, s in strings:
            if not s or ws(s) not in text:
                problems.append(f"{g['id']} [{d}] {what} not found: {s[:60]!r}")
for p in problems: print(p)
print(f"{n} pages, {len(problems)} problems")
sys.exit(1 if problems else 0)
