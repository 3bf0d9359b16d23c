#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
def squash(s):
    return re.sub(r"\s+", "", s)
def main():
    probs = []
    gdir = os.path.join(ROOT, "gold")
    files = sorted(n for n in os.listdir(gdir) if n.endswith(".json"))
    if len(files) != 40:
        probs.append(f"expected 40 gold files, found {len(files)}")
    for n in files:
        pid = n[:-5]
        g = json.load(open(os.path.join(gdir, n), encoding="utf-8"))
        for k in KEYS:
            if k not in g:
                probs.append(f"{pid}: missing key {k}")
        if g.get("set") != "zh-blind216":
            probs.append(f"{pid}: bad set {g.get('set')}")
        body = g.get("body_paragraphs", [])
        total = sum(len(p) for p in body)
        if total < 300:
            probs.append(f"{pid}: body {total} chars < 300")
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                probs.append(f"{pid}: no {sub} file"); continue
            raw = squash(open(path, encoding="utf-8").read())
            items = [("title", g.get("title", "")), ("publish_time", g.get("publish_time", ""))]
            items += [("author", a) for a in g.get("authors", [])]
            items += [(f"para{i}", p) for i, p in enumerate(body)]
            for what, s in items:
                if not squash(s) or squash(s) not in raw:
                    probs.append(f"{pid}: {sub}: {what} not found: {s[:40]!r}")
    for p in probs:
        print(p)
    print(f"{len(files)} pages, {len(probs)} problems")
    sys.exit(1 if probs else 0)
if __name__ == "__main__":
    main()
