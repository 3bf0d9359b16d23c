#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict: id, kind, lang, title, authors, publish_time, css, doc_title,
pre (raw HTML before the article body: banner, nav, breadcrumb, headline, info bar),
body (a small line language, below), post (raw HTML after the body), features, and
optional opts (indent, htag, ptag, wrap).  The gold body paragraphs are taken from the
same body lines that are rendered as body, so the gold cannot drift from the page.

Body line language (one block per line, first word is the code):
  P text        body paragraph
  H text        body sub-heading
  L text        body list item (consecutive L lines form one list)
  O text        body ordered list item
  T a|b|c       body table row (consecutive T lines form one table; first row is th)
  Q text        body quoted passage (blockquote)
  I alt|caption image (alt text and caption are NOT body)
  N text        non-body line inside the article column (byline, editor, source, 原标题 ...)
  R html        raw HTML inside the article column, not body
"""
import html as H
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
MODULES = ["pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"]


def esc(s):
    return H.escape(s, quote=False)


def render_body(src, opts):
    indent = opts.get("indent", "")
    htag = opts.get("htag", "h3")
    ptag = opts.get("ptag", "p")
    out, gold = [], []
    lines = [l for l in src.strip("\n").split("\n") if l.strip()]
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        code, _, text = line.partition(" ")
        if code in ("L", "O"):
            tag = "ul" if code == "L" else "ol"
            items = []
            while i < len(lines) and lines[i].strip().partition(" ")[0] == code:
                t = lines[i].strip().partition(" ")[2]
                items.append(f"<li>{esc(t)}</li>")
                gold.append(t)
                i += 1
            out.append(f"<{tag} class=\"{opts.get('listcls', 'art-list')}\">" + "".join(items) + f"</{tag}>")
            continue
        if code == "T":
            rows = []
            first = True
            while i < len(lines) and lines[i].strip().partition(" ")[0] == "T":
                cells = lines[i].strip().partition(" ")[2].split("|")
                c = "th" if first else "td"
                rows.append("<tr>" + "".join(f"<{c}>{esc(x)}</{c}>" for x in cells) + "</tr>")
                gold.append(" ".join(cells))
                first = False
                i += 1
            out.append(f"<table class=\"{opts.get('tablecls', 'art-table')}\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
            continue
        if code == "P":
            if ptag == "br":
                out.append(indent + esc(text) + "<br><br>")
            elif ptag == "div":
                out.append(f"<div class=\"para\">{indent}{esc(text)}</div>")
            else:
                out.append(f"<p>{indent}{esc(text)}</p>")
            gold.append(text)
        elif code == "H":
            if htag == "strong":
                out.append(f"<p>{indent}<strong>{esc(text)}</strong></p>")
            else:
                out.append(f"<{htag}>{esc(text)}</{htag}>")
            gold.append(text)
        elif code == "Q":
            out.append(f"<blockquote>{esc(text)}</blockquote>")
            gold.append(text)
        elif code == "I":
            alt, _, cap = text.partition("|")
            img = f"<img src=\"{GIF}\" alt=\"{H.escape(alt)}\" width=\"600\" height=\"360\">" if alt != "-" else f"<img src=\"{GIF}\" width=\"600\" height=\"360\">"
            capc = opts.get("capcls", "pic-cap")
            out.append(f"<div class=\"pic\">{img}" + (f"<p class=\"{capc}\">{esc(cap)}</p>" if cap else "") + "</div>")
        elif code == "N":
            out.append(f"<p class=\"{opts.get('ncls', 'note')}\">{esc(text)}</p>")
        elif code == "R":
            out.append(text)
        else:
            raise ValueError(f"bad body line: {line}")
        i += 1
    return "\n".join(out), gold


def build_page(p):
    opts = p.get("opts", {})
    body_html, gold_body = render_body(p["body"], opts)
    wrap = opts.get("wrap", '<div class="article-content">{}</div>')
    doc = (
        "<!DOCTYPE html>\n<html lang=\"" + ("en" if p["lang"] == "en" else "zh-CN") + "\">\n<head>\n"
        "<meta charset=\"utf-8\">\n"
        f"<title>{esc(p['doc_title'])}</title>\n"
        f"<style>\n{p['css'].strip()}\n</style>\n</head>\n<body>\n"
        + p["pre"].strip() + "\n" + wrap.format(body_html) + "\n" + p["post"].strip() + "\n</body>\n</html>\n"
    )
    gold = {
        "id": p["id"], "set": "zh-blind112", "lang": p["lang"], "kind": p["kind"],
        "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
        "body_paragraphs": gold_body,
    }
    return doc, gold


def all_pages():
    sys.path.insert(0, HERE)
    pages = []
    for m in MODULES:
        pages.extend(importlib.import_module(m).PAGES)
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return sorted(pages, key=lambda p: p["id"])


def main():
    pages = all_pages()
    for d in ("html", "gold"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for p in pages:
        doc, gold = build_page(p)
        assert "<script" not in doc.lower()
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
