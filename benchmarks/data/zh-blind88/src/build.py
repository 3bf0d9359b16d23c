#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/.

Usage (from the set folder):  python3 src/build.py [--ids wk-01,wk-02]
Each src/pages/wkNN.py has PAGE (metadata) and render() -> (html, gold body
paragraphs); the gold body comes from the same blocks that render() draws as
the article body.
"""
import argparse
import importlib.util
import json
import os
import re
import sys
import html as _html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

KINDS = {"government": range(1, 13), "media": range(13, 25), "self-media": range(25, 31),
         "e-paper": range(31, 36), "institution": range(36, 41)}


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def squash(s):
    return re.sub(r"\s+", "", s)


def page_text(html_text):
    t = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", html_text)
    t = re.sub(r'(?i)<img[^>]*alt="([^"]*)"[^>]*>', r" \1 ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return _html.unescape(t)


def lint_html(pid, h):
    probs = []
    if h.count("<style") != 1:
        probs.append("not exactly one <style>")
    if re.search(r"(?i)<script|<link\b|<iframe|@import|url\(", h):
        probs.append("script / external resource")
    for m in re.finditer(r'(?i)\ssrc="([^"]*)"', h):
        if not m.group(1).startswith("data:"):
            probs.append(f"src {m.group(1)[:40]}")
    if '<meta charset="utf-8">' not in h:
        probs.append("no <meta charset=utf-8>")
    return [f"{pid}: {p}" for p in probs]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ids")
    a = ap.parse_args()
    want = set(a.ids.split(",")) if a.ids else None
    pdir = os.path.join(HERE, "pages")
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    problems = []
    n = 0
    for fn in sorted(os.listdir(pdir)):
        if not re.fullmatch(r"wk\d\d\.py", fn):
            continue
        mod = load(os.path.join(pdir, fn))
        pg = mod.PAGE
        pid = pg["id"]
        if want and pid not in want:
            continue
        num = int(pid[3:])
        if num not in KINDS[pg["kind"]]:
            problems.append(f"{pid}: kind {pg['kind']} does not fit its number")
        h, paras = mod.render()
        problems += lint_html(pid, h)
        text = squash(page_text(h))
        for what, s in [("title", pg["title"]), ("publish_time", pg["publish_time"])] + \
                [("author", x) for x in pg["authors"]] + [("para", p) for p in paras]:
            if s and squash(s) not in text:
                problems.append(f"{pid}: {what} not in page text: {s[:40]}")
        gold = {"id": pid, "set": "zh-blind88", "lang": pg.get("lang", "zh"), "kind": pg["kind"],
                "title": pg["title"], "authors": pg["authors"], "publish_time": pg["publish_time"],
                "body_paragraphs": paras}
        with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(h)
        with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += 1
    print(f"built {n} pages")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
