#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import engine
from extra import EXTRA
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst

KINDS = [(pages_gov, "government"), (pages_media, "media"), (pages_self, "self-media"),
         (pages_epaper, "e-paper"), (pages_inst, "institution")]

if __name__ == "__main__":
    n = 0
    for mod, kind in KINDS:
        for p in mod.PAGES:
            for pid, idx, text in reversed(EXTRA):
                if pid == p["id"]:
                    p["body"].insert(idx, text)
            engine.build(p, kind); n += 1
    print("built", n, "pages")
