#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
from lib import write

ALL = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES


def specs():
    return [f() for f in ALL]


if __name__ == "__main__":
    n = 0
    for s in specs():
        write(s)
        n += 1
    print(f"{n} pages written")
