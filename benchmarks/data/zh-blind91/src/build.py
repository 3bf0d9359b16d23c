#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst  # noqa: F401 (register pages)

ROOT = os.path.dirname(HERE)


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    seen = set()
    for p in sorted(lib.PAGES, key=lambda p: p["id"]):
        assert p["id"] not in seen, p["id"]
        seen.add(p["id"])
        html = p["render"](p)
        assert "<script" not in html.lower() and html.count("<style") == 1, p["id"]
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        gold = {"id": p["id"], "set": "zh-blind91", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
                "authors": p["authors"], "publish_time": p["publish_time"], "body_paragraphs": lib.gold_body(p["blocks"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(seen)} pages built")


if __name__ == "__main__":
    main()
