#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import render
import pages_gov, pages_media, pages_rest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.PAGES + pages_media.PAGES + pages_rest.PAGES


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = [p["id"] for p in PAGES]
    assert ids == [f"vz-{i:02d}" for i in range(1, 41)], ids
    for p in PAGES:
        doc, gold = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(PAGES)} pages")


if __name__ == "__main__":
    main()
