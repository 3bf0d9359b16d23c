#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions src/pages/wgNN.py.

Each description module defines PAGE = {id, kind, lang, site, features, title, authors,
publish_time, head_title, CSS, TEMPLATE (with {{BODY}}), BODY (blocks, see lib.py),
STYLE (optional renderer formats), META, DOCTYPE, body_attr (optional)}.
The body HTML and the gold body_paragraphs are produced from the same BODY blocks.

    python3 src/build.py            # all pages
    python3 src/build.py wg-07      # some pages
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib  # noqa: E402

KINDS = ["government", "media", "self-media", "e-paper", "institution"]


def load_pages():
    pages = []
    pdir = os.path.join(HERE, "pages")
    for fn in sorted(os.listdir(pdir)):
        if not (fn.startswith("wg") and fn.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(pdir, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        pages.append(mod.PAGE)
    return pages


def main(argv):
    want = set(argv)
    pages = load_pages()
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    n = 0
    for pg in pages:
        if want and pg["id"] not in want:
            continue
        assert pg["kind"] in KINDS, pg["id"]
        doc, body = lib.page_html(pg)
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        gold = {
            "id": pg["id"],
            "set": "zh-blind84",
            "lang": pg["lang"],
            "kind": pg["kind"],
            "title": pg["title"],
            "authors": pg["authors"],
            "publish_time": pg["publish_time"],
            "body_paragraphs": body,
        }
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += 1
    print(f"built {n} pages")


if __name__ == "__main__":
    main(sys.argv[1:])
