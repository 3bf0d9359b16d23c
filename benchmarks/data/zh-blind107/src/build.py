#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402
import pages_epaper, pages_gov, pages_inst, pages_media, pages_self  # noqa: E402

ROOT = os.path.dirname(HERE)
PAGES = pages_gov.P + pages_media.P + pages_self.P + pages_epaper.P + pages_inst.P


def main():
    ids = [p["id"] for p in PAGES]
    assert ids == [f"vd-{i:02d}" for i in range(1, 41)], ids
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in PAGES:
        html, gold = lib.build(p)
        assert "<script" not in html.lower()
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(PAGES)} pages")


if __name__ == "__main__":
    main()
