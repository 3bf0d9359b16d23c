#!/usr/bin/env python3
"""Verify the set: title, every author, publish_time and every gold paragraph occur in
both raw-chromium/<id>.txt and raw/<id>.txt modulo white space; print body lengths.
Also checks that the gold has the right fields, that html has no scripts/external
resources, and that raw/ is what make_raw.py makes from raw-chromium/."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    kinds = {}
    for pid in ids:
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        if list(g) != KEYS:
            problems.append(f"{pid}: gold keys {list(g)}")
        kinds.setdefault(g["kind"], []).append(pid)
        h = open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8").read()
        if re.search(r"<script|\bsrc=\"(?!data:)|href=\"https?:|<link|@import|url\(", h, re.I):
            problems.append(f"{pid}: html has a script or external resource")
        if h.count("<style") != 1 or '<meta charset="utf-8">' not in h:
            problems.append(f"{pid}: html needs one <style> and <meta charset=\"utf-8\">")
        texts = {}
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: missing {d}")
                continue
            texts[d] = open(path, encoding="utf-8").read()
        if "raw-chromium" in texts and "raw" in texts and convert(texts["raw-chromium"]) != texts["raw"]:
            problems.append(f"{pid}: raw/ is not make_raw(raw-chromium/)")
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("publish_time", g["publish_time"]))
        items += [(f"para {i}", p) for i, p in enumerate(g["body_paragraphs"])]
        for d, t in texts.items():
            st = squash(t)
            for what, val in items:
                if not val or squash(val) not in st:
                    problems.append(f"{pid}: {what} not in {d}: {val[:40]!r}")
        for a in g["authors"]:
            if " " in a and g["lang"] == "zh" and not re.search(r"[A-Za-z]", a):
                problems.append(f"{pid}: author with a space {a!r}")
        for p in g["body_paragraphs"]:
            if p != p.strip() or "\t" in p:
                problems.append(f"{pid}: unstripped paragraph {p[:30]!r}")
        n = sum(len(p) for p in g["body_paragraphs"])
        print(f"{pid}  {g['kind']:<12} {g['lang']}  paras={len(g['body_paragraphs']):>2}  body_chars={n:>5}  "
              f"authors={g['authors']}  time={g['publish_time']!r}")
        if not 300 <= n <= 1300:
            problems.append(f"{pid}: body length {n} outside 300-1200 (+ table slack)")
    print()
    for k, v in kinds.items():
        print(f"{k}: {len(v)}")
    print()
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(ids)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
