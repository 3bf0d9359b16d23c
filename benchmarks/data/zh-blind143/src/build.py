#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render, gold
ROOT = os.path.dirname(HERE)


def all_pages():
    pages = []
    for m in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        pages += importlib.import_module(m).PAGES
    return pages


def main():
    pages = all_pages()
    for pg in pages:
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(pg))
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(pg, "zh-blind143"), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(pages), "pages built")


if __name__ == "__main__":
    main()
