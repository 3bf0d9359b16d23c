"""Build html/ and gold/ from the page descriptions in pages_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from render import render, gold
import pages_gov, pages_media, pages_self, pages_paper, pages_inst

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_paper.PAGES + pages_inst.PAGES

def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    ids = [p["id"] for p in PAGES]
    assert len(ids) == len(set(ids)), "duplicate id"
    for p in PAGES:
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(render(p))
        json.dump(gold(p, "zh-blind172"), open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
