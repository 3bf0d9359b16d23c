#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extras, engine, pages_gov, pages_media, pages_self, pages_epaper, pages_inst
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.P + pages_media.P + pages_self.P + pages_epaper.P + pages_inst.P
if __name__ == "__main__":
    ids = [p["id"] for p in PAGES]
    assert ids == [f"vv-{i:02d}" for i in range(1, 41)], ids
    for p in PAGES:
        extras.apply(p)
        engine.build(p, ROOT)
    print(len(PAGES), "pages built")
