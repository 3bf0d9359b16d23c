#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import page_html, gold_of
import pages_gov, pages_media, pages_other

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.PAGES + pages_media.PAGES + pages_other.PAGES

def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    for p in PAGES:
        with open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8") as f:
            f.write(page_html(p))
        with open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8") as f:
            json.dump(gold_of(p), f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
