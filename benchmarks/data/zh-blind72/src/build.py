#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from src/pages/xu_NN.py.

Usage (from the set folder):  python3 src/build.py
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import paragraphs  # noqa: E402

SET = "zh-blind72"
KINDS = {"government", "media", "self-media", "e-paper", "institution"}


def load_pages():
    pdir = os.path.join(HERE, "pages")
    mods = []
    for fn in sorted(os.listdir(pdir)):
        if not (fn.startswith("xu_") and fn.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(pdir, fn))
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        mods.append(m)
    return mods


def gold_of(m):
    meta = m.META
    assert meta["kind"] in KINDS, meta
    return {
        "id": meta["id"],
        "set": SET,
        "lang": meta.get("lang", "zh"),
        "kind": meta["kind"],
        "title": meta["title"],
        "authors": list(meta["authors"]),
        "publish_time": meta["publish_time"],
        "body_paragraphs": paragraphs(m.BODY),
    }


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    n = 0
    for m in load_pages():
        g = gold_of(m)
        pid = g["id"]
        with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(m.html())
        with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += 1
    print(f"{n} pages built")


if __name__ == "__main__":
    main()
