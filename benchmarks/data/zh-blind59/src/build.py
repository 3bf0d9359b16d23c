#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/.

Each description module defines:
  ID, KIND, LANG, HEAD_TITLE (the <title>), TITLE_LINES (the printed headline,
  one item per printed line), AUTHORS, TIME, CSS (the one embedded style sheet),
  BODY (list of lib blocks: the article body), page() -> the <body> element,
  FEATURES (one line for the README); optionally DOCTYPE and HTML_LANG.
The gold title is TITLE_LINES joined with no space (zh) or one space (en); the
gold body is gold_body(BODY), i.e. the very blocks page() renders.

Usage: python3 src/build.py [--ids xh-01,xh-02]
"""
import argparse
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import gold_body  # noqa: E402

SET = "zh-blind59"
KINDS = {"government", "media", "self-media", "e-paper", "institution"}


def load(path):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location("page_" + name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def modules():
    pdir = os.path.join(HERE, "pages")
    for fn in sorted(os.listdir(pdir)):
        if re.fullmatch(r"xh\d\d\.py", fn):
            yield load(os.path.join(pdir, fn))


def title_of(m):
    return ("" if m.LANG == "zh" else " ").join(t.strip() for t in m.TITLE_LINES)


def document(m):
    doctype = getattr(m, "DOCTYPE", "<!DOCTYPE html>")
    lang = getattr(m, "HTML_LANG", "zh-CN" if m.LANG == "zh" else "en")
    body = m.page().strip()
    assert body.startswith("<body") and body.endswith("</body>"), m.ID
    return (f'{doctype}\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{m.HEAD_TITLE}</title>\n<style>\n{m.CSS.strip()}\n</style>\n</head>\n{body}\n</html>\n')


def gold(m):
    assert m.KIND in KINDS, m.ID
    return {"id": m.ID, "set": SET, "lang": m.LANG, "kind": m.KIND, "title": title_of(m),
            "authors": list(m.AUTHORS), "publish_time": m.TIME, "body_paragraphs": gold_body(m.BODY)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ids")
    a = ap.parse_args()
    want = set(a.ids.split(",")) if a.ids else None
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    n = 0
    for m in modules():
        if want and m.ID not in want:
            continue
        with open(os.path.join(ROOT, "html", m.ID + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(document(m))
        with open(os.path.join(ROOT, "gold", m.ID + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold(m), f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += 1
    print(f"built {n} pages")


if __name__ == "__main__":
    main()
