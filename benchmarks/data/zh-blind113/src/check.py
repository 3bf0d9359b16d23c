#!/usr/bin/env python3
"""Check every gold file against raw-chromium/ and raw/: the title, every author, the
publish_time and every body paragraph must occur in the text modulo white space.
Also checks the gold schema and the html rules (utf-8 meta, one <style>, no scripts,
no external resources), and prints body lengths."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def fold(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    kinds = {}
    for pid in ids:
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        if list(g) != KEYS:
            problems.append(f"{pid}: keys {list(g)}")
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        h = open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8").read()
        if '<meta charset="utf-8">' not in h or h.count("<style") != 1 or "<script" in h.lower():
            problems.append(f"{pid}: html head rules")
        if re.search(r'(src|href)="(?!#|data:)', h) or "url(" in h or "@import" in h:
            problems.append(f"{pid}: external resource")
        for sub in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: {sub} missing")
                continue
            t = fold(open(p, encoding="utf-8").read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"para {i}", x) for i, x in enumerate(g["body_paragraphs"])]
            for what, x in items:
                if x is None or fold(x) not in t:
                    problems.append(f"{pid}: {sub}: {what} not found: {x!r}"[:160])
        body = sum(len(x) for x in g["body_paragraphs"])
        print(f"{pid}  {g['kind']:<12} paras={len(g['body_paragraphs']):>2} body_chars={body:>5}  {g['title'][:40]}")
        if not (300 <= body <= 1200):
            problems.append(f"{pid}: body length {body} outside 300-1200")
    print("kinds:", kinds)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(ids)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
