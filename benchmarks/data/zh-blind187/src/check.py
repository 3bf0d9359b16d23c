#!/usr/bin/env python3
"""Check every gold string (title, publish_time, each author, each paragraph) occurs in raw-chromium/ and
raw/ modulo white space, and that each body reaches 300 characters."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
problems, n = [], 0
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8")); n += 1
    pid = g["id"]
    for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
        if k not in g: problems.append(f"{pid}: missing {k}")
    if g["set"] != "zh-blind187": problems.append(f"{pid}: bad set")
    if not os.path.exists(os.path.join(ROOT, "html", pid + ".html")): problems.append(f"{pid}: no html")
    body_len = sum(len(ws(p)) for p in g["body_paragraphs"])
    if body_len < 300: problems.append(f"{pid}: body only {body_len} chars")
    strings = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
    for d in ("raw-chromium", "raw"):
        path = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(path): problems.append(f"{pid}: no {d} file"); continue
        t = ws(open(path, encoding="utf-8").read())
        for kind, s in strings:
            if not s or ws(s) not in t: problems.append(f"{pid}: {kind} not in {d}: {s[:40]!r}")
for p in problems: print(p)
print(f"{n} pages checked, {len(problems)} problems")
sys.exit(1 if problems or n != 40 else 0)
