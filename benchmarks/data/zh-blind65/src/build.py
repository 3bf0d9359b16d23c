#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in
src/pages/xnNN.py (one file per page), and the page table of README.md.

A page description defines ID, KIND, LANG, TITLE, AUTHORS, PUBLISH_TIME,
DOC_TITLE (the <title>), CSS, BODY (a list of blocks from blocks.py),
FEATURES (one line for the README) and page(body_html) -> the <body> markup.
"""
from __future__ import annotations

import glob
import html as _html
import importlib.util
import json
import os
import re
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SRC)
SET = "zh-blind65"
sys.path.insert(0, SRC)

from blocks import render  # noqa: E402

KINDS = {"government": "government", "media": "media", "self-media": "self-media",
         "e-paper": "e-paper", "institution": "institution"}


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def validate(pid, doc):
    errs = []
    if re.search(r"<script", doc, re.I):
        errs.append("has a script")
    if len(re.findall(r"<style", doc, re.I)) != 1:
        errs.append("needs exactly one <style>")
    if '<meta charset="utf-8">' not in doc:
        errs.append("no meta charset")
    for m in re.finditer(r'\b(src|href)\s*=\s*"([^"]*)"', doc):
        attr, url = m.groups()
        if attr == "src" and not url.startswith("data:image/gif;base64,"):
            errs.append(f"external src {url[:40]}")
        if attr == "href" and re.match(r"(https?:)?//", url):
            errs.append(f"absolute href {url[:40]}")
    if re.search(r"<link\b|<iframe\b|@import|url\(", doc, re.I):
        errs.append("external resource")
    for e in errs:
        print(f"{pid}: {e}", file=sys.stderr)
    return not errs


def main():
    pages = []
    for path in sorted(glob.glob(os.path.join(SRC, "pages", "xn*.py"))):
        m = load(path)
        body_html, gold_body = render(m.BODY)
        doc = ("<!DOCTYPE html>\n" if getattr(m, "DOCTYPE", True) else "") + \
            f'<html lang="{getattr(m, "HTML_LANG", "zh-CN" if m.LANG == "zh" else "en")}">\n<head>\n<meta charset="utf-8">\n' \
            f"<title>{_html.escape(m.DOC_TITLE, quote=False)}</title>\n<style>\n{m.CSS.strip()}\n</style>\n</head>\n" \
            f"{m.page(body_html).strip()}\n</html>\n"
        ok = validate(m.ID, doc)
        assert m.KIND in KINDS, m.KIND
        with open(os.path.join(ROOT, "html", m.ID + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        gold = {"id": m.ID, "set": SET, "lang": m.LANG, "kind": m.KIND, "title": m.TITLE,
                "authors": list(m.AUTHORS), "publish_time": m.PUBLISH_TIME, "body_paragraphs": gold_body}
        with open(os.path.join(ROOT, "gold", m.ID + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        pages.append((m, gold, ok))
    write_readme(pages)
    bad = [m.ID for m, _, ok in pages if not ok]
    print(f"built {len(pages)} pages" + (f"; HTML problems: {', '.join(bad)}" if bad else ""))
    return 1 if bad else 0


def write_readme(pages):
    head_path = os.path.join(SRC, "README.head.md")
    if not os.path.exists(head_path):
        return
    with open(head_path, encoding="utf-8") as f:
        text = f.read().rstrip() + "\n"
    esc = lambda s: str(s).replace("|", "\\|")
    text += "\n## Features, page by page\n\n"
    for m, g, _ in pages:
        feats = re.sub(r"(<[^>]+>|&nbsp;(?:&nbsp;)*)", r"`\1`", m.FEATURES)
        text += f"- **{m.ID}** ({m.KIND}; {esc(m.SITE)}): {feats}\n"
    text += "\n## Pages\n\n| id | kind | title | authors | publish_time | paragraphs | body chars |\n|---|---|---|---|---|---|---|\n"
    for m, g, _ in pages:
        n = sum(len(p) for p in g["body_paragraphs"])
        text += (f"| {m.ID} | {m.KIND} | {esc(g['title'])} | {esc('、'.join(g['authors'])) or '—'} | "
                 f"{esc(g['publish_time'])} | {len(g['body_paragraphs'])} | {n} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    sys.exit(main())
