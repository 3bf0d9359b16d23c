#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import build_page
import pages_gov, pages_media, pages_other

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def all_pages():
    return pages_gov.PAGES + pages_media.PAGES + pages_other.PAGES

def main():
    pages = all_pages()
    ids = [p["id"] for p in pages]
    assert ids == ["vq-%02d" % i for i in range(1, 41)], ids
    for d in ("html", "gold"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for pg in pages:
        doc, gold = build_page(pg)
        assert "{BODY}" not in doc
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("built %d pages" % len(pages))

if __name__ == "__main__":
    main()
