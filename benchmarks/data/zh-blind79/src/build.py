#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/.

    python3 src/build.py            # from the set folder
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kit  # noqa: E402
from pages import gov, media, selfmedia, epaper, inst  # noqa: E402

SET = "zh-blind79"
ROOT = os.path.dirname(HERE)


def all_pages():
    pages = gov.PAGES + media.PAGES + selfmedia.PAGES + epaper.PAGES + inst.PAGES
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return sorted(pages, key=lambda p: p["id"])


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    pages = all_pages()
    for p in pages:
        doc = kit.document(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        g = kit.gold(p, SET)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(pages)} pages built")


if __name__ == "__main__":
    main()
