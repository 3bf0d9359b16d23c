#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/.

Usage (from the set folder):  python3 src/build.py [xv-01 xv-02 ...]
"""
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib  # noqa: E402

SET = "zh-blind73"
KINDS = {"government", "media", "self-media", "e-paper", "institution"}


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def squash(s):
    return re.sub(r"\s+", "", s)


def build_one(path):
    mod = load(path)
    meta = mod.PAGE
    body_html, paras = lib.render_body(mod.BODY, getattr(mod, "FMT", None))
    inner = mod.page(body_html)
    assert inner.count("{BODY}") == 0
    assert body_html in inner, f"{meta['id']}: page() did not place the body"
    css = meta["css"] + getattr(mod, "CSS", "")
    doc = lib.document(meta, css, inner)
    assert "<script" not in doc.lower() and doc.count("<style") == 1
    assert not re.search(r'src="(?!data:)', doc), f"{meta['id']}: external resource"
    assert meta["kind"] in KINDS, meta["kind"]
    visible = squash(lib.text_of(re.sub(r"<(style|title)>.*?</\1>", "", doc, flags=re.S)))
    for label, val in [("title", meta["title"]), ("publish_time", meta["publish_time"])] + \
            [("author", a) for a in meta["authors"]]:
        if val is not None:
            assert squash(val) in visible, f"{meta['id']}: {label} {val!r} not on the page"
    gold = {
        "id": meta["id"], "set": SET, "lang": meta.get("lang", "zh"), "kind": meta["kind"],
        "title": meta["title"], "authors": list(meta["authors"]), "publish_time": meta["publish_time"],
        "body_paragraphs": paras,
    }
    with open(os.path.join(ROOT, "html", meta["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)
    with open(os.path.join(ROOT, "gold", meta["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return meta["id"], sum(len(p) for p in paras)


def main(argv):
    pdir = os.path.join(HERE, "pages")
    files = sorted(fn for fn in os.listdir(pdir) if re.fullmatch(r"xv_\d\d\.py", fn))
    if argv:
        want = {a.replace("-", "_") + ".py" for a in argv}
        files = [f for f in files if f in want]
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for fn in files:
        pid, n = build_one(os.path.join(pdir, fn))
        print(f"{pid}: body {n} chars")
    print(f"built {len(files)} pages")


if __name__ == "__main__":
    main(sys.argv[1:])
