#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

    python3 src/build.py            # from the set folder (or anywhere)
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import gold_title  # noqa: E402

MODULES = ["pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"]


def all_pages():
    pages = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                print(f"(module {m} not written yet)", file=sys.stderr)
                continue
            raise
        pages += mod.PAGES
    return pages


def main():
    pages = all_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in pages:
        html, body = pg["layout"](pg)
        gold = {
            "id": pg["id"],
            "set": "zh-blind66",
            "lang": pg["lang"],
            "kind": pg["kind"],
            "title": gold_title(pg),
            "authors": pg["authors"],
            "publish_time": pg["publish_time"],
            "body_paragraphs": body,
        }
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(pages)} pages written to {ROOT}/html and {ROOT}/gold")


if __name__ == "__main__":
    main()
