#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
def squash(s): return re.sub(r"\s+", "", s)
def main():
    problems = []
    gdir = os.path.join(ROOT, "gold")
    files = sorted(f for f in os.listdir(gdir) if f.endswith(".json"))
    if len(files) != 40:
        problems.append(f"expected 40 gold files, found {len(files)}")
    for fn in files:
        g = json.load(open(os.path.join(gdir, fn), encoding="utf-8"))
        pid = fn[:-5]
        for k in KEYS:
            if k not in g: problems.append(f"{pid}: missing key {k}")
        if g.get("set") != "zh-blind220": problems.append(f"{pid}: bad set")
        body = g.get("body_paragraphs", [])
        n = sum(len(p) for p in body)
        if n < 300: problems.append(f"{pid}: body {n} chars < 300")
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: no {sub} file"); continue
            raw = squash(open(path, encoding="utf-8").read())
            items = [("title", g.get("title", "")), ("publish_time", g.get("publish_time", ""))]
            items += [("author", a) for a in g.get("authors", [])]
            items += [("para", p) for p in body]
            for what, s in items:
                if not squash(s) or squash(s) not in raw:
                    problems.append(f"{pid}: {what} not in {sub}: {s[:40]!r}")
    for p in problems: print(p)
    print(f"{len(files)} pages, {len(problems)} problems")
    sys.exit(1 if problems else 0)
if __name__ == "__main__":
    main()
