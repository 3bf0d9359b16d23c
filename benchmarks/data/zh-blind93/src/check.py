#!/usr/bin/env python3
"""Verify the gold against the page texts and print body lengths.

For every gold/<id>.json: the title, every author, the publish_time and every body paragraph must
occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo white space (all white space removed on
both sides, U+3000 and no-break spaces included). Also checks the gold's shape and set/id fields,
that 40 pages exist, that the HTML has one <style>, no <script> and no external resources, and that
every body is 300–1200 characters (Chinese; English is counted in words×~2 is not used: English
bodies are reported in characters too). Exits 1 on any problem.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+")
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def fold(s):
    return WS.sub("", s)


def main():
    problems = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    if ids != [f"wp-{i:02d}" for i in range(1, 41)]:
        problems.append(f"ids: {ids}")
    kinds = {}
    print(f"{'id':6} {'kind':12} {'paras':>5} {'chars':>6}  title")
    for pid in ids:
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: keys {list(g)}")
        if g["id"] != pid or g["set"] != "zh-blind93":
            problems.append(f"{pid}: id/set {g['id']} {g['set']}")
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        html_path = os.path.join(ROOT, "html", pid + ".html")
        h = open(html_path, encoding="utf-8").read()
        if h.count("<style") != 1 or "<script" in h.lower() or '<meta charset="utf-8">' not in h:
            problems.append(f"{pid}: html style/script/charset")
        if re.search(r'(src|href)="(https?:)?//', h) or re.search(r'<link\b', h):
            problems.append(f"{pid}: external resource")
        for folder in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, folder, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: missing {folder}")
                continue
            text = fold(open(p, encoding="utf-8").read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"para {i}", para) for i, para in enumerate(g["body_paragraphs"])]
            for what, val in items:
                if not val or fold(val) not in text:
                    problems.append(f"{pid} {folder}: {what} not found: {val!r}")
        body = sum(len(p) for p in g["body_paragraphs"])
        if g["lang"] == "zh" and not (300 <= body <= 1200):
            problems.append(f"{pid}: body length {body} outside 300-1200")
        print(f"{pid:6} {g['kind']:12} {len(g['body_paragraphs']):5} {body:6}  {g['title']}")
    print("pages per kind:", json.dumps(kinds, ensure_ascii=False))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
