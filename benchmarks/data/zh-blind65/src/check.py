#!/usr/bin/env python3
"""Check the set: the title, every author, the publish_time and every gold
paragraph must occur in both raw-chromium/<id>.txt and raw/<id>.txt modulo
white space (all white space, U+3000 and no-break spaces included, removed).
Also: gold paragraphs in page order, body length 300-1200 characters,
page counts by kind, HTML rules. Prints body lengths. Exit 1 on any problem.
Warnings (not errors): a paragraph that does not start and end at line edges.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+")
EXPECT = {"government": 12, "media": 12, "self-media": 6, "e-paper": 5, "institution": 5}


def fold(s):
    return WS.sub("", s)


def main():
    problems, warnings = [], []
    kinds = Counter()
    langs = Counter()
    rows = []
    for gpath in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
        g = json.load(open(gpath, encoding="utf-8"))
        pid = g["id"]
        kinds[g["kind"]] += 1
        langs[g["lang"]] += 1
        keys = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
        if list(g) != keys:
            problems.append(f"{pid}: gold keys {list(g)}")
        doc = open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8").read()
        if re.search(r"<script", doc, re.I) or len(re.findall(r"<style", doc)) != 1 or '<meta charset="utf-8">' not in doc:
            problems.append(f"{pid}: HTML rules")
        for m in re.finditer(r'\bsrc\s*=\s*"([^"]*)"', doc):
            if not m.group(1).startswith("data:image/gif"):
                problems.append(f"{pid}: external src")
        for sub in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: no {sub}/{pid}.txt")
                continue
            text = open(p, encoding="utf-8").read()
            ft = fold(text)
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"]:
                items.append(("publish_time", g["publish_time"]))
            for what, s in items:
                if not s or fold(s) not in ft:
                    problems.append(f"{pid} [{sub}]: {what} not found: {s!r}")
            pos = 0
            lines_folded = [fold(l) for l in text.split("\n")]
            for k, para in enumerate(g["body_paragraphs"]):
                fp = fold(para)
                if not fp:
                    problems.append(f"{pid}: empty paragraph {k}")
                    continue
                at = ft.find(fp, pos)
                if at < 0:
                    if fp in ft:
                        problems.append(f"{pid} [{sub}]: paragraph {k} out of order: {para[:30]!r}")
                    else:
                        problems.append(f"{pid} [{sub}]: paragraph {k} not found: {para[:40]!r}")
                    continue
                pos = at + len(fp)
                if sub == "raw":
                    # line-alignment: paragraph should start at a line start and end at a line end
                    joined, starts, ends, acc = "", set(), set(), 0
                    for lf in lines_folded:
                        starts.add(acc)
                        acc += len(lf)
                        ends.add(acc)
                    if at not in starts or pos not in ends:
                        warnings.append(f"{pid}: paragraph {k} not line-aligned: {para[:30]!r}")
            if sub == "raw":
                if "\t" in text or re.search(r"\n\n\n", text) or re.search(r"(^|\n) +\S|\S +(\n|$)", text):
                    problems.append(f"{pid}: raw/ not normalised")
        n = sum(len(p) for p in g["body_paragraphs"])
        rows.append((pid, g["kind"], g["lang"], len(g["body_paragraphs"]), n))
        if not 300 <= n <= 1200:
            problems.append(f"{pid}: body length {n} outside 300-1200")
        for a in g["authors"]:
            if re.search(r"\s", a):
                problems.append(f"{pid}: author with white space {a!r}" if g["lang"] == "zh" else "")
    problems = [p for p in problems if p]
    print(f"{'id':8} {'kind':12} lang paras chars")
    for r in rows:
        print(f"{r[0]:8} {r[1]:12} {r[2]:4} {r[3]:5} {r[4]:5}")
    print("pages by kind:", dict(kinds), " by lang:", dict(langs))
    if dict(kinds) != EXPECT:
        problems.append(f"kind counts {dict(kinds)} != {EXPECT}")
    for w in warnings:
        print("warning:", w)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(rows)} pages, {len(problems)} problems, {len(warnings)} warnings")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
