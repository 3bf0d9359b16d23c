#!/usr/bin/env python3
"""Generate html/ and gold/ for zh-blind216."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render, pages_gov, pages_media, pages_other, extras
ALL = pages_gov.PAGES + pages_media.PAGES + pages_other.PAGES
if __name__ == "__main__":
    for d in ("html", "gold"):
        os.makedirs(os.path.join(render.ROOT, d), exist_ok=True)
    for p in ALL:
        if p['id'] in extras.EXTRA:
            i, t = extras.EXTRA[p['id']]
            p['body'].insert(i, t)
        render.render(p)
    print(len(ALL), "pages")
