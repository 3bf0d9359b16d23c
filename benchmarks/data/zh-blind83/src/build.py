#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import render, e  # noqa: E402
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst  # noqa: E402

PAGES = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES


def build(p):
    body_html, paras = render(p["body"], p.get("mode", "p"), p.get("hmode", "strong"), p.get("lmode", "p"))
    vals = {"@T@": e(p.get("title_html_text", p["title"])), "@B@": body_html, "@D@": e(p["publish_time"])}
    page = p["frame"]
    for k, v in vals.items():
        page = page.replace(k, v)
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert page.count("<style") == 1
    gold = {"id": p["id"], "set": "zh-blind83", "lang": p.get("lang", "zh"), "kind": p["kind"],
            "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
            "body_paragraphs": paras}
    return page, gold


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = [p["id"] for p in PAGES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in PAGES:
        page, gold = build(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(PAGES)} pages built")


if __name__ == "__main__":
    main()
