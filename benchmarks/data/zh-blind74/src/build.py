#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/.

    python3 src/build.py            # all pages
    python3 src/build.py xw-03      # some pages
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib  # noqa: E402

SET = "zh-blind74"
KINDS = {"government", "media", "self-media", "e-paper", "institution"}


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build_one(mod):
    m = mod.META
    assert m["kind"] in KINDS, m
    body_html = lib.render(mod.BODY, getattr(mod, "STYLE", None))
    page_html = lib.doc(getattr(mod, "HEAD_TITLE", m["title"]), mod.CSS, mod.page(body_html),
                        lang=getattr(mod, "HTML_LANG", "en" if m["lang"] == "en" else "zh-CN"))
    gold = {
        "id": m["id"],
        "set": SET,
        "lang": m["lang"],
        "kind": m["kind"],
        "title": m["title"],
        "authors": list(m["authors"]),
        "publish_time": m["publish_time"],
        "body_paragraphs": lib.gold_paragraphs(mod.BODY),
    }
    with open(os.path.join(ROOT, "html", m["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(page_html)
    with open(os.path.join(ROOT, "gold", m["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return m["id"]


def main(argv):
    pdir = os.path.join(HERE, "pages")
    files = sorted(fn for fn in os.listdir(pdir) if fn.startswith("xw") and fn.endswith(".py"))
    want = set(a.replace("-", "") for a in argv)
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    done = []
    for fn in files:
        if want and fn[:-3] not in want:
            continue
        done.append(build_one(load(os.path.join(pdir, fn))))
    print(f"built {len(done)} pages: {', '.join(done)}")


if __name__ == "__main__":
    main(sys.argv[1:])
