#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/.

    python3 src/build.py            # all pages
    python3 src/build.py xj-07      # some pages
"""
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib import render, A  # noqa: E402

SET = "zh-blind61"
KINDS = {"government", "media", "self-media", "e-paper", "institution"}


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def all_modules():
    d = os.path.join(HERE, "pages")
    return [load(os.path.join(d, fn)) for fn in sorted(os.listdir(d)) if re.match(r"xj_\d\d\.py$", fn)]


def build(mod):
    page = mod.PAGE
    assert page["kind"] in KINDS, page["kind"]
    markup = mod.HTML
    slots = re.findall(r"\{\{(BODY\d*)\}\}", markup)
    assert slots and len(set(slots)) == len(slots), (page["id"], slots)
    gold = []
    for slot in sorted(slots, key=markup.index):
        h, g = render(getattr(mod, slot), page.get("pfmt", "p"), page.get("hfmt", "strong"))
        markup = markup.replace("{{%s}}" % slot, h)
        gold.extend(g)
    assert "{{" not in markup, page["id"]
    lang = page.get("lang", "zh")
    doc = ("<!DOCTYPE html>\n"
           f'<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
           f"<title>{A(page['doc_title'])}</title>\n"
           f"<style>\n{page['css'].strip()}\n</style>\n</head>\n<body>\n{markup.strip()}\n</body>\n</html>\n")
    low = doc.lower()
    assert "<script" not in low and "javascript:" not in low, page["id"]
    assert not re.search(r'\bsrc="(?!data:)', low), page["id"]
    assert "url(" not in low and "@import" not in low, page["id"]
    assert low.count("<style") == 1, page["id"]
    rec = {
        "id": page["id"], "set": SET, "lang": lang, "kind": page["kind"],
        "title": page["title"], "authors": page["authors"],
        "publish_time": page["publish_time"], "body_paragraphs": gold,
    }
    with open(os.path.join(ROOT, "html", page["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)
    with open(os.path.join(ROOT, "gold", page["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return rec


def main(argv):
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    mods = all_modules()
    if argv:
        mods = [m for m in mods if m.PAGE["id"] in argv]
    for m in mods:
        rec = build(m)
        n = sum(len(p) for p in rec["body_paragraphs"])
        print(f"{rec['id']}  {rec['kind']:<11} {len(rec['body_paragraphs']):>3} paras {n:>5} chars  {rec['title']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
