#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import build
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def all_pages():
    pages = []
    for m in (pages_gov, pages_media, pages_self, pages_epaper, pages_inst):
        pages.extend(m.PAGES)
    return pages


def main():
    pages = all_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in pages:
        html, gold = build(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(pages)} pages built")


if __name__ == "__main__":
    main()
