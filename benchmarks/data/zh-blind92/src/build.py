#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description is a dict (see README.md).  The body is a list of blocks; the
same blocks are rendered as the article body and turned into the gold body, so the
gold cannot drift from the page.

Body blocks (kind, ...):
  ("p", text)            paragraph (body)
  ("h", text)            sub-heading (body)
  ("li", [items], ol?)   list; one body paragraph per item
  ("table", rows)        table; one body paragraph per row, cells joined by one space
  ("r", text)            right-aligned line: 署名 / 成文日期 (body)
  ("q", text)            quoted passage (body)
  ("br", [texts])        lines in one <p> split by <br> (one body paragraph each)
  ("img", alt, caption)  picture with optional caption (not body)
  ("x", text)            non-body line inside the article (byline, 原标题, 文号, 编辑, 来源 …)
  ("html", html)         raw non-body HTML inside the article
"""
import importlib
import json
import os
import re
import sys
from html import escape as E

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SET = "zh-blind92"
MODULES = ["pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"]


def indent(p, text):
    mode = p.get("indent", "css")
    if mode == "u3000":
        return "\u3000\u3000" + E(text)
    if mode == "nbsp":
        return "&nbsp;&nbsp;&nbsp;&nbsp;" + E(text)
    return E(text)


def render_body(p):
    out, gold = [], []
    ptag = p.get("ptag", "p")
    for b in p["body"]:
        k = b[0]
        if k == "p":
            out.append(f"<{ptag}>{indent(p, b[1])}</{ptag}>")
            gold.append(b[1])
        elif k == "h":
            style = p.get("hstyle", "strong")
            if style == "strong":
                out.append(f"<p><strong>{indent(p, b[1])}</strong></p>")
            else:
                out.append(f'<{style} class="sub">{E(b[1])}</{style}>')
            gold.append(b[1])
        elif k == "li":
            tag = "ol" if len(b) > 2 and b[2] else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{E(i)}</li>" for i in b[1]) + f"</{tag}>")
            gold.extend(b[1])
        elif k == "table":
            rows = b[1]
            h = "".join(f"<th>{E(c)}</th>" for c in rows[0])
            rs = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<table class="data"><tr>{h}</tr>{rs}</table>')
            gold.extend(" ".join(r) for r in rows)
        elif k == "r":
            out.append(f'<p class="right" style="text-align:right">{E(b[1])}</p>')
            gold.append(b[1])
        elif k == "q":
            out.append(f"<blockquote>{E(b[1])}</blockquote>")
            gold.append(b[1])
        elif k == "br":
            out.append(f"<{ptag}>" + "<br>".join(indent(p, t) for t in b[1]) + f"</{ptag}>")
            gold.extend(b[1])
        elif k == "img":
            out.append(f'<p class="imgbox" style="text-align:center"><img alt="{E(b[1])}"></p>')
            if len(b) > 2 and b[2]:
                out.append(f'<p class="caption">{E(b[2])}</p>')
        elif k == "x":
            cls = b[2] if len(b) > 2 else "note"
            out.append(f'<p class="{cls}">{E(b[1])}</p>')
        elif k == "html":
            out.append(b[1])
        else:
            raise ValueError(f"{p['id']}: unknown block {k}")
    return "\n".join(out), gold


def render(p):
    body_html, gold_body = render_body(p)
    tl = p["title"]
    if isinstance(tl, str):
        tl = [tl]
    ttag = p.get("ttag", "h1")
    art = []
    art += p.get("above", [])
    if p.get("kicker"):
        art.append(f'<p class="kicker">{E(p["kicker"])}</p>')
    if p.get("info_pos") == "top":
        art.append(p["info"])
    art.append(f'<{ttag} class="title">' + "<br>".join(E(t) for t in tl) + f"</{ttag}>")
    if p.get("subtitle"):
        art.append(f'<p class="subtitle">{E(p["subtitle"])}</p>')
    if p.get("info_pos", "below") == "below":
        art.append(p["info"])
    art += p.get("meta", [])
    art.append(f'<div class="{p.get("body_cls", "content")}">\n{body_html}\n</div>')
    if p.get("info_pos") == "after":
        art.append(p["info"])
    art += p.get("tail", [])
    art_html = f'<div class="{p.get("art_cls", "article")}">' + "\n".join(art) + "</div>"
    main = "\n".join(p.get("crumb_block", [])) + "\n" + art_html
    side = "\n".join(p.get("side", []))
    layout = p.get("layout", "div")
    pos = p.get("side_pos", "right")
    if layout == "table":
        cells = [f'<td class="main" valign="top">{main}</td>']
        if side:
            s = f'<td class="side" valign="top" width="260">{side}</td>'
            cells = [s] + cells if pos == "left" else cells + [s]
        mid = '<table class="wrap" width="1000" align="center" cellpadding="0" cellspacing="0"><tr>' + "".join(cells) + "</tr></table>"
    elif layout == "grid":
        parts = [f"<main>{main}</main>"]
        if side:
            a = f"<aside>{side}</aside>"
            parts = [a] + parts if pos == "left" else parts + [a]
        mid = '<div class="grid">' + "".join(parts) + "</div>"
    else:
        parts = [f'<div class="left">{main}</div>']
        if side:
            s = f'<div class="right">{side}</div>'
            parts = [s] + parts if pos == "left" else parts + [s]
        mid = '<div class="wrap">' + "".join(parts) + "</div>"
    doc = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n"
           % ("en" if p["lang"] == "en" else "zh-CN", E(p.get("doctitle", "".join(tl))), p.get("css", "")))
    doc += "\n".join(p.get("head", [])) + "\n" + mid + "\n" + "\n".join(p.get("after", [])) + "\n"
    doc += "\n".join(p.get("foot", [])) + "\n</body></html>\n"
    # two spaces between CJK characters (spaced names like 王  静) are printed with a no-break
    # space, as real sites do, so the browser does not collapse them to one
    doc = re.sub(r"(?<=[\u4e00-\u9fff\u00b7]) {2}(?=[\u4e00-\u9fff])", "&nbsp; ", doc)
    g = p["gold"]
    joiner = " " if p["lang"] == "en" else ""
    gold = {
        "id": p["id"], "set": SET, "lang": p["lang"], "kind": p["kind"],
        "title": g.get("title", joiner.join(tl)),
        "authors": g["authors"],
        "publish_time": g["publish_time"],
        "body_paragraphs": gold_body,
    }
    return doc, gold


def all_pages():
    sys.path.insert(0, HERE)
    pages = []
    for m in MODULES:
        pages += importlib.import_module(m).PAGES
    return pages


def main():
    pages = all_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in ("html", "gold"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for p in pages:
        doc, gold = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
