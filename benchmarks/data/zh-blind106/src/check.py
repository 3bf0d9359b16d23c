#!/usr/bin/env python3
"""Check the gold against the raw text.

For every gold/<id>.json: the title, every author, the publish_time and every body paragraph
must occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo white space (all white space,
incl. U+3000 and no-break spaces, removed on both sides).  Also checks the gold fields, the
ids and the HTML rules (utf-8 meta, one <style>, no scripts, no external resources), and
prints body lengths.  Exit 1 on any problem.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"[\s\u3000\u00a0\u200b]+")
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
KINDS = {"government": 12, "media": 12, "self-media": 6, "e-paper": 5, "institution": 5}


def fold(s):
    return WS.sub("", s)


def main():
    problems = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    want = [f"vc-{i:02d}" for i in range(1, 41)]
    if ids != want:
        problems.append(f"ids: {ids}")
    counts = {}
    print(f"{'id':6} {'kind':12} {'paras':>5} {'chars':>6}  title")
    total = 0
    for pid in ids:
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: keys {list(g)}")
        if g["set"] != "zh-blind106" or g["id"] != pid:
            problems.append(f"{pid}: set/id")
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        with open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8") as f:
            h = f.read()
        if '<meta charset="utf-8">' not in h:
            problems.append(f"{pid}: no utf-8 meta")
        if h.count("<style") != 1:
            problems.append(f"{pid}: {h.count('<style')} <style> elements")
        if re.search(r"<script|<link|<iframe|\bsrc=\"(?!data:)|url\(", h, re.I):
            problems.append(f"{pid}: script or external resource")
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: missing {d}")
                continue
            with open(p, encoding="utf-8") as f:
                raw = fold(f.read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"]:
                items.append(("publish_time", g["publish_time"]))
            items += [(f"para {n}", x) for n, x in enumerate(g["body_paragraphs"], 1)]
            for what, x in items:
                if not x or fold(x) not in raw:
                    problems.append(f"{pid} [{d}]: {what} not found: {x[:40]!r}")
        for x in g["body_paragraphs"]:
            if x != x.strip() or "  " in x or "\t" in x or "\n" in x:
                problems.append(f"{pid}: paragraph white space: {x[:30]!r}")
        n = sum(len(fold(x)) for x in g["body_paragraphs"])
        total += n
        if not 300 <= n <= (1200 if g["lang"] == "zh" else 1500):
            problems.append(f"{pid}: body length {n} outside 300-1200")
        print(f"{pid:6} {g['kind']:12} {len(g['body_paragraphs']):5} {n:6}  {g['title'][:40]}")
    print("kinds:", counts, "total body chars:", total)
    if counts != KINDS:
        problems.append(f"kind counts {counts} != {KINDS}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
