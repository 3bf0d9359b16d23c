#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render, gold
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst

SET = "zh-blind109"
ROOT = os.path.dirname(HERE)


def all_pages():
    pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    ids = [p["id"] for p in pages]
    assert ids == [f"vf-{i:02d}" for i in range(1, 41)], ids
    return pages


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in all_pages():
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(p))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(p, SET), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("built 40 pages")


if __name__ == "__main__":
    main()
