#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages_*.py.

    python3 src/build.py            # all pages
    python3 src/build.py xl-03 ...  # some pages
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

MODULES = ["pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"]


def all_pages():
    pages = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        pages += [v for k, v in sorted(vars(mod).items()) if k.startswith("P") and k[1:].isdigit()]
    pages.sort(key=lambda p: p.id)
    return pages


def main(argv):
    want = set(argv)
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    n = 0
    for p in all_pages():
        if want and p.id not in want:
            continue
        h = p.build()
        with open(os.path.join(ROOT, "html", p.id + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(h)
        with open(os.path.join(ROOT, "gold", p.id + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(p.gold(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += 1
    print(f"built {n} pages")


if __name__ == "__main__":
    main(sys.argv[1:])
