#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render, pages_gov, pages_media, pages_self, pages_paper, pages_inst

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALL = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_paper.PAGES + pages_inst.PAGES


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = [p["id"] for p in ALL]
    assert ids == [f"uk-{i:02d}" for i in range(1, 41)], ids
    for p in ALL:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render.render(p))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(render.gold(p), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(ALL)} pages")


if __name__ == "__main__":
    main()
