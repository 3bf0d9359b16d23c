#!/usr/bin/env python3
"""Check every gold file against raw-chromium/ and raw/.

The title, every author, the publish_time and every body paragraph must occur in both texts
modulo white space.  Also checks the gold fields, the id/kind counts and prints body lengths
(characters without white space; the brief asks for 300-1200).  Exit 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WS = re.compile(r"\s+")
KINDS = {"government": 12, "media": 12, "self-media": 6, "e-paper": 5, "institution": 5}
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def norm(s):
    return WS.sub("", s)


def main():
    problems = []
    kinds = Counter()
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    for pid in ids:
        with open(os.path.join(gdir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: keys {list(g)}")
        if g["set"] != "zh-blind92" or g["id"] != pid:
            problems.append(f"{pid}: id/set")
        kinds[g["kind"]] += 1
        html = open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8").read()
        if "<script" in html.lower() or 'src="http' in html or html.count("<style") != 1 or '<meta charset="utf-8">' not in html:
            problems.append(f"{pid}: html rules")
        texts = {}
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: missing {d}")
                continue
            texts[d] = norm(open(path, encoding="utf-8").read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("publish_time", g["publish_time"]))
        items += [(f"para {i}", t) for i, t in enumerate(g["body_paragraphs"])]
        for d, t in texts.items():
            for what, s in items:
                if not s or norm(s) not in t:
                    problems.append(f"{pid}: {what} not in {d}: {s[:40]!r}")
        for a in g["authors"]:
            if a != a.strip() or re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", a):
                problems.append(f"{pid}: author has spaces: {a!r}")
        blen = sum(len(norm(t)) for t in g["body_paragraphs"])
        flag = "" if 300 <= blen <= 1200 or g["lang"] == "en" else "  <-- outside 300-1200"
        print(f"{pid}  {g['kind']:<11} {g['lang']}  body {blen:5d} chars {len(g['body_paragraphs']):3d} paras{flag}")
        if g["lang"] == "zh" and not 300 <= blen <= 1200:
            problems.append(f"{pid}: body length {blen}")
    print(dict(kinds))
    for k, n in KINDS.items():
        if kinds[k] != n:
            problems.append(f"kind {k}: {kinds[k]} pages, expected {n}")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
