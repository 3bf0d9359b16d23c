#!/usr/bin/env python3
"""Check the set: the title, every author, the publish_time and every gold paragraph
must occur (modulo white space) in both raw-chromium/<id>.txt and raw/<id>.txt; gold
paragraphs must occur in reading order; bodies should be 300-1200 characters.
Prints one line per page (body length, paragraphs) and a summary; exit 1 on problems.

    python3 src/check.py
"""
from __future__ import annotations

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXPECT = {"government": 12, "media": 12, "self-media": 6, "e-paper": 5, "institution": 5}
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def main() -> int:
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    problems = []
    kinds = {}
    lengths = []
    for pid in ids:
        with open(os.path.join(gdir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: gold keys {list(g)}")
        if g["set"] != "zh-blind86" or g["id"] != pid:
            problems.append(f"{pid}: wrong id/set")
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        if not os.path.exists(os.path.join(ROOT, "html", pid + ".html")):
            problems.append(f"{pid}: no html")
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: missing {d}/{pid}.txt")
                continue
            with open(p, encoding="utf-8") as f:
                texts[d] = nows(f.read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("publish_time", g["publish_time"]))
        for d, t in texts.items():
            for label, s in items:
                if nows(s) not in t:
                    problems.append(f"{pid}: {label} {s!r} not in {d}")
            pos = 0
            for i, para in enumerate(g["body_paragraphs"]):
                s = nows(para)
                k = t.find(s, pos)
                if k < 0:
                    if s in t:
                        problems.append(f"{pid}: paragraph {i} out of order in {d}: {para[:30]}")
                    else:
                        problems.append(f"{pid}: paragraph {i} not in {d}: {para[:30]}")
                else:
                    pos = k + len(s)
        for a in g["authors"]:
            if re.search(r"\s", a) and g["lang"] == "zh":
                problems.append(f"{pid}: author with white space {a!r}")
        n = sum(len(p) for p in g["body_paragraphs"])
        lengths.append(n)
        flag = "" if 300 <= n <= 1200 else "  <-- outside 300-1200"
        if flag:
            problems.append(f"{pid}: body length {n}")
        print(f"{pid}  {g['kind']:<11} {g['lang']}  body {n:5d} chars  {len(g['body_paragraphs']):3d} paras{flag}")
    for k, n in EXPECT.items():
        if kinds.get(k, 0) != n:
            problems.append(f"kind {k}: {kinds.get(k, 0)} pages, expected {n}")
    print(f"\n{len(ids)} pages; " + ", ".join(f"{k} {kinds.get(k, 0)}" for k in EXPECT)
          + (f"; body length min {min(lengths)}, max {max(lengths)}, mean {sum(lengths) / len(lengths):.0f}" if lengths else ""))
    for p in problems:
        print("PROBLEM", p)
    print("OK: all checks passed" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
