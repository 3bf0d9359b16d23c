#!/usr/bin/env python3
"""Check zh-blind67: every gold title, author, publish_time and body paragraph must occur in
both raw-chromium/<id>.txt and raw/<id>.txt modulo white space; raw/ must be exactly what
make_raw.py derives from raw-chromium/; gold files must have the set's fields.  Prints the body
length (characters without white space) and paragraph count of every page.

Usage: python3 src/check.py            exit status 1 if any problem was found
"""
from __future__ import annotations

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

WS = re.compile(r"\s+")  # str patterns: includes U+3000 and U+00A0
FIELDS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
KINDS = {"government", "media", "self-media", "e-paper", "institution"}


def fold(s: str) -> str:
    return WS.sub("", s)


def main() -> int:
    problems = []
    gold_dir = os.path.join(SET, "gold")
    ids = sorted(n[:-5] for n in os.listdir(gold_dir) if n.endswith(".json"))
    if len(ids) != 40:
        problems.append(f"{len(ids)} gold files, expected 40")
    total = {}
    print(f"{'id':6} {'kind':12} {'paras':>5} {'chars':>6}  title")
    for pid in ids:
        with open(os.path.join(gold_dir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != FIELDS:
            problems.append(f"{pid}: fields {list(g)}")
        if g.get("set") != "zh-blind67" or g.get("id") != pid or g.get("kind") not in KINDS:
            problems.append(f"{pid}: bad id/set/kind")
        texts = {}
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(SET, sub, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: missing {sub}/{pid}.txt")
                continue
            with open(path, encoding="utf-8") as f:
                texts[sub] = f.read()
        if "raw-chromium" in texts and "raw" in texts and convert(texts["raw-chromium"]) != texts["raw"]:
            problems.append(f"{pid}: raw/ is not make_raw(raw-chromium/)")
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"] is not None:
            items.append(("publish_time", g["publish_time"]))
        items += [(f"para {i + 1}", p) for i, p in enumerate(g["body_paragraphs"])]
        for sub, t in texts.items():
            ft = fold(t)
            for what, s in items:
                if not s or not fold(s):
                    problems.append(f"{pid}: empty {what}")
                elif fold(s) not in ft:
                    problems.append(f"{pid}: {what} not in {sub}: {s[:50]!r}")
        for a in g["authors"]:
            if g["lang"] == "zh" and WS.search(a):
                problems.append(f"{pid}: author with white space {a!r}")
        n = sum(len(fold(p)) for p in g["body_paragraphs"]) if g["lang"] == "zh" else \
            sum(len(p) for p in g["body_paragraphs"])
        total[pid] = n
        print(f"{pid:6} {g['kind']:12} {len(g['body_paragraphs']):5} {n:6}  {g['title'][:40]}")
    outside = [f"{k} ({v})" for k, v in total.items() if not 300 <= v <= 1200]
    if outside:
        print("body length outside 300-1200: " + ", ".join(outside))
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(ids)} pages checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
