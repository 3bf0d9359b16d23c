#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import build
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst

pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
ids = [p["id"] for p in pages]
assert len(ids) == len(set(ids)), "duplicate ids"
for p in pages:
    build(p)
print(f"built {len(pages)} pages")
