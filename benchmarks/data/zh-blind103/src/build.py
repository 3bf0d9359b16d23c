#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst  # noqa: F401  (register pages)

ROOT = os.path.dirname(HERE)


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = [p["id"] for p in lib.PAGES]
    assert len(ids) == len(set(ids)) == 40, ids
    for p in lib.PAGES:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(p["html"])
        gold = {k: p[k] for k in ("id",)}
        gold.update(set=lib.SET, lang=p["lang"], kind=p["kind"], title=p["title"], authors=p["authors"],
                    publish_time=p["publish_time"], body_paragraphs=p["body_paragraphs"])
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    with open(os.path.join(HERE, "features.json"), "w", encoding="utf-8") as f:
        json.dump({p["id"]: {"site": p["site"], "features": p["features"]} for p in lib.PAGES}, f,
                  ensure_ascii=False, indent=1)
    print(f"built {len(ids)} pages")


if __name__ == "__main__":
    main()
