#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from src/pages/xz_NN.py.

    python3 src/build.py            # all pages
    python3 src/build.py xz-07      # some pages
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kit  # noqa: E402


def load_pages(ids=None):
    pages = []
    pdir = os.path.join(HERE, "pages")
    for fn in sorted(os.listdir(pdir)):
        if not (fn.startswith("xz_") and fn.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(pdir, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        page = mod.PAGE
        assert page["id"] == "xz-" + fn[3:5], (fn, page["id"])
        if ids and page["id"] not in ids:
            continue
        pages.append(page)
    return pages


def main(argv):
    ids = set(argv[1:])
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    pages = load_pages(ids)
    for page in pages:
        with open(os.path.join(ROOT, "html", page["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(kit.render(page))
        with open(os.path.join(ROOT, "gold", page["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(kit.gold(page), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main(sys.argv)
