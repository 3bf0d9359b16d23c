#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import page_html  # noqa: E402
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst  # noqa: E402

ALL = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in ALL:
        doc, gold = page_html(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        g = {"id": p["id"], "set": "zh-blind111", "lang": p["lang"], "kind": p["kind"],
             "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
             "body_paragraphs": gold}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(ALL)} pages built")


if __name__ == "__main__":
    main()
