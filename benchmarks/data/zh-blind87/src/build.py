#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/.

Each src/pages/wjNN.py defines PAGE (id, kind, lang, title, authors,
publish_time, body = list of blocks from blocks.py) and render(PAGE) -> HTML.
The gold body_paragraphs come from the same blocks that render() prints as body.
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from blocks import gold  # noqa: E402

SET = "zh-blind87"


def load_pages():
    mods = []
    for fn in sorted(os.listdir(os.path.join(HERE, "pages"))):
        if fn.startswith("wj") and fn.endswith(".py"):
            mods.append(importlib.import_module("pages." + fn[:-3]))
    return mods


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for m in load_pages():
        P = m.PAGE
        html = m.render(P)
        with open(os.path.join(ROOT, "html", P["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
        g = {
            "id": P["id"],
            "set": SET,
            "lang": P.get("lang", "zh"),
            "kind": P["kind"],
            "title": P["title"],
            "authors": P["authors"],
            "publish_time": P["publish_time"],
            "body_paragraphs": gold(P["body"]),
        }
        with open(os.path.join(ROOT, "gold", P["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(P["id"], P["kind"], len(g["body_paragraphs"]), "paragraphs")


if __name__ == "__main__":
    main()
