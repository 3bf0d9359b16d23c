#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/.

Each src/pages/xk-NN.py sets PAGE = dict(id, kind, lang, title=[lines], authors, publish_time,
body=Body(...), html=full page).  The gold body is PAGE["body"].paras, i.e. exactly the blocks
rendered as the article body.

    python3 src/build.py            # all pages
    python3 src/build.py xk-03      # some pages
"""
from __future__ import annotations

import json
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SET = "zh-blind62"
KINDS = {"government", "media", "self-media", "e-paper", "institution"}


def load(pid: str) -> dict:
    sys.path.insert(0, HERE)
    page = runpy.run_path(os.path.join(HERE, "pages", pid + ".py"))["PAGE"]
    assert page["id"] == pid, (page["id"], pid)
    return page


def gold_of(page: dict) -> dict:
    sep = " " if page["lang"] == "en" else ""
    title = sep.join(x.strip() for x in page["title"])
    return {
        "id": page["id"],
        "set": SET,
        "lang": page["lang"],
        "kind": page["kind"],
        "title": title,
        "authors": list(page["authors"]),
        "publish_time": page["publish_time"],
        "body_paragraphs": list(page["body"].paras),
    }


def build(pid: str) -> dict:
    page = load(pid)
    assert page["kind"] in KINDS, page["kind"]
    html = page["html"]
    assert html.count(page["body"].html) == 1, f"{pid}: body HTML not in page exactly once"
    assert html.count("<style") == 1 and "<script" not in html.lower(), pid
    with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    gold = gold_of(page)
    with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold


def all_ids() -> list[str]:
    return sorted(fn[:-3] for fn in os.listdir(os.path.join(HERE, "pages")) if fn.startswith("xk-") and fn.endswith(".py"))


def main(argv: list[str]) -> int:
    ids = argv or all_ids()
    for d in ("html", "gold"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for pid in ids:
        g = build(pid)
        n = sum(len(p) for p in g["body_paragraphs"])
        print(f"{pid} {g['kind']:<11} {len(g['body_paragraphs']):>3} paras {n:>5} chars  {g['title'][:40]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
