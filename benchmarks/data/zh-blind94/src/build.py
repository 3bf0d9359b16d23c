#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import render  # noqa: E402

MODULES = ["pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"]


def all_pages():
    pages = []
    for m in MODULES:
        try:
            pages += importlib.import_module(m).PAGES
        except ModuleNotFoundError as e:
            if e.name != m:
                raise
    return pages


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    seen = set()
    for p in all_pages():
        assert p["id"] not in seen, p["id"]
        seen.add(p["id"])
        doc, gold = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(seen)} pages")


if __name__ == "__main__":
    main()
