#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from templates import TEMPLATES, gold_body
import pages_gov, pages_media, pages_other
from pages_extra import EXTRA

ROOT = os.path.dirname(HERE)
ALL = pages_gov.PAGES + pages_media.PAGES + pages_other.PAGES


def add_extra(p):
    if p["id"] not in EXTRA:
        return
    bl = p["blocks"]
    sigs = [i for i, b in enumerate(bl) if b[0] == "sig"]
    ps = [i for i, b in enumerate(bl) if b[0] == "p"]
    at = sigs[0] if sigs else ps[-1]
    if sigs and bl[at - 1][1] in ("此复。", "特此通知。", "特此公示。"):
        at -= 1
    bl.insert(at, ("p", EXTRA[p["id"]]))


for _p in ALL:
    add_extra(_p)


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    seen = set()
    for p in ALL:
        assert p["id"] not in seen, p["id"]
        seen.add(p["id"])
        html = TEMPLATES[p["tpl"]](p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        gold = {"id": p["id"], "set": "zh-blind126", "lang": p["lang"], "kind": p["kind"],
                "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
                "body_paragraphs": gold_body(p["blocks"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(ALL), "pages built")


if __name__ == "__main__":
    main()
