#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/.

    python3 src/build.py            # all pages
    python3 src/build.py wh-03 ...  # some pages
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

SET = "zh-blind85"
KINDS = {"government", "media", "self-media", "e-paper", "institution"}


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def modules():
    d = os.path.join(HERE, "pages")
    for fn in sorted(os.listdir(d)):
        if re.fullmatch(r"wh\d\d\.py", fn):
            yield load(os.path.join(d, fn))


def validate(pid, page, markup):
    errs = []
    low = markup.lower()
    if '<meta charset="utf-8">' not in low:
        errs.append("no <meta charset=utf-8>")
    if low.count("<style") != 1:
        errs.append(f"{low.count('<style')} <style> elements")
    for bad in ("<script", "<link", "<iframe", "<object", "<embed", "@import", "javascript:"):
        if bad in low:
            errs.append(f"contains {bad}")
    for m in re.finditer(r'\b(?:src|srcset|poster|data)\s*=\s*"([^"]*)"', markup, re.I):
        if not m.group(1).startswith("data:image/gif;base64,"):
            errs.append(f"external resource {m.group(0)[:60]}")
    for m in re.finditer(r"url\(([^)]*)\)", markup, re.I):
        if not m.group(1).strip("'\" ").startswith("data:"):
            errs.append(f"external url() {m.group(0)[:60]}")
    if page["kind"] not in KINDS:
        errs.append(f"bad kind {page['kind']}")
    return errs


def main(argv):
    want = set(argv)
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    bad = 0
    n = 0
    for mod in modules():
        page = mod.PAGE
        pid = page["id"]
        if want and pid not in want:
            continue
        markup = mod.render(page)
        body = lib.gold_body(page["blocks"])
        gold = {
            "id": pid,
            "set": SET,
            "lang": page.get("lang", "zh"),
            "kind": page["kind"],
            "title": page["title"],
            "authors": page["authors"],
            "publish_time": page["publish_time"],
            "body_paragraphs": body,
        }
        errs = validate(pid, page, markup)
        chars = sum(len(p) for p in body)
        if page.get("lang", "zh") == "zh" and not 300 <= chars <= 1200:
            errs.append(f"body {chars} chars, outside 300-1200")
        for e in errs:
            print(f"{pid}: {e}")
        bad += bool(errs)
        with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(markup)
        with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += 1
    print(f"built {n} pages, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
