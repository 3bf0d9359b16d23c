#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import build  # noqa: E402
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst  # noqa: E402

ROOT = os.path.dirname(HERE)
pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
ids = [p["id"] for p in pages]
assert ids == [f"uv-{i:02d}" for i in range(1, 41)], ids
for p in pages:
    build(p, ROOT)
print(f"{len(pages)} pages built")
