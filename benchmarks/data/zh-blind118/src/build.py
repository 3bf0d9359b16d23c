#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES


def main():
    ids = [p["id"] for p in PAGES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in PAGES:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(engine.render(p))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(engine.gold(p), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("built", len(PAGES), "pages")


if __name__ == "__main__":
    main()
