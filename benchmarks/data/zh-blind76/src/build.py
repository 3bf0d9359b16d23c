#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/.

Usage (from the set folder):  python3 src/build.py [--ids xy-01,xy-02]
"""
import argparse
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402

SET = "zh-blind76"


def load_pages():
    d = os.path.join(HERE, "pages")
    mods = []
    for fn in sorted(os.listdir(d)):
        if not (fn.startswith("xy") and fn.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(d, fn))
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        mods.append(m)
    return mods


def gold(m):
    M = m.META
    return {
        "id": M["id"],
        "set": SET,
        "lang": M["lang"],
        "kind": M["kind"],
        "title": M["title"],
        "authors": list(M["authors"]),
        "publish_time": M["publish_time"],
        "body_paragraphs": lib.gold_paragraphs(m.BLOCKS),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ids")
    a = ap.parse_args()
    want = set(a.ids.split(",")) if a.ids else None
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    n = 0
    for m in load_pages():
        pid = m.META["id"]
        if want and pid not in want:
            continue
        with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(lib.page_html(m))
        with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold(m), f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += 1
    print(f"built {n} pages")


if __name__ == "__main__":
    main()
