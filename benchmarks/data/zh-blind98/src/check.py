#!/usr/bin/env python3
"""Check zh-blind98: title, every author, publish_time and every gold paragraph must occur in
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; gold fields well-formed; prints
body lengths.  Exit 1 on any problem."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+")
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def squash(s):
    return WS.sub("", s)


def main():
    problems = []
    gold_dir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gold_dir) if fn.endswith(".json"))
    kinds = {}
    print(f"{'id':7} {'kind':12} {'paras':>5} {'chars':>6}")
    for pid in ids:
        g = json.load(open(os.path.join(gold_dir, pid + ".json"), encoding="utf-8"))
        if list(g) != KEYS:
            problems.append(f"{pid}: keys {list(g)}")
        if g["set"] != "zh-blind98" or g["id"] != pid:
            problems.append(f"{pid}: bad set/id")
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        if not os.path.exists(os.path.join(ROOT, "html", pid + ".html")):
            problems.append(f"{pid}: no html")
        for folder in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, folder, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: missing {folder}")
                continue
            text = squash(open(p, encoding="utf-8").read())
            fields = [("title", g["title"]), ("publish_time", g["publish_time"])]
            fields += [("author", a) for a in g["authors"]]
            fields += [(f"para {i}", x) for i, x in enumerate(g["body_paragraphs"])]
            for name, val in fields:
                if not val or squash(val) not in text:
                    problems.append(f"{pid} {folder}: {name} not found: {str(val)[:40]}")
        for a in g["authors"]:
            if g["lang"] == "zh" and WS.search(a):
                problems.append(f"{pid}: author with white space: {a!r}")
        chars = sum(len(squash(x)) for x in g["body_paragraphs"])
        if g["lang"] == "zh" and not 300 <= chars <= 1200:
            problems.append(f"{pid}: body length {chars} outside 300-1200")
        print(f"{pid:7} {g['kind']:12} {len(g['body_paragraphs']):5} {chars:6}")
    print("kinds:", kinds)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(ids)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
