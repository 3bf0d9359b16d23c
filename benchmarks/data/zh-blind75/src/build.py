#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import body_of, doc  # noqa: E402
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst  # noqa: E402

MODULES = [pages_gov, pages_media, pages_self, pages_epaper, pages_inst]


def all_pages():
    pages = [p for m in MODULES for p in m.PAGES]
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return sorted(pages, key=lambda p: p["id"])


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    pages = all_pages()
    for p in pages:
        lang = p.get("lang", "zh")
        page_html = doc(p["head"], p["css"], p["parts"], lang="en" if lang == "en" else "zh-CN")
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(page_html)
        gold = {
            "id": p["id"],
            "set": "zh-blind75",
            "lang": lang,
            "kind": p["kind"],
            "title": p["title"],
            "authors": p["authors"],
            "publish_time": p["publish_time"],
            "body_paragraphs": body_of(p["parts"]),
        }
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(pages)} pages built")


if __name__ == "__main__":
    main()
