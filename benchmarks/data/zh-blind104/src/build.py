#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst

ROOT = os.path.dirname(HERE)
PAGES = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = [p["id"] for p in PAGES]
    assert len(ids) == len(set(ids)), "duplicate id"
    for p in PAGES:
        html, g = lib.build(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(PAGES)} pages")


if __name__ == "__main__":
    main()
