#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import render, gold_paragraphs
import pages_gov, pages_media, pages_self, pages_epi

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALL = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epi.PAGES

def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    tpls = set()
    for p in ALL:
        assert p["tpl"] not in tpls, p["tpl"]; tpls.add(p["tpl"])
        html, blocks = render(p)
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(html)
        g = {"id": p["id"], "set": "zh-blind117", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
             "body_paragraphs": gold_paragraphs(blocks)}
        with open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(f"{len(ALL)} pages built")

if __name__ == "__main__":
    main()
