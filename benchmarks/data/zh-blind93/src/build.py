#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind93 from the page descriptions.

Every page description (src/pages_*.py) gives:
  id, kind, lang, title, authors, publish_time  -> gold metadata
  body: a list of blocks; the gold body is derived from the same blocks that are
        rendered as the article body, so gold and page cannot drift apart.
  css:  the page's one embedded stylesheet
  page: the page's own markup (its template) with the markers
        @@TITLE@@ (the headline as rendered; pg['title_html'] if given), @@TIME@@,
        @@BODY@@ (the rendered body blocks).
  bmode: how the body blocks are rendered (see render_body)

Block types (first element):
  p     body paragraph                    h   body sub-heading
  ul    list of body lines                table  rows (first row = header), body
  sign  right-aligned 署名/日期 line, body
  img   (alt, caption or None): picture + caption, not body
  x     raw HTML that is not body (byline lines, editor lines, 原标题, notes)
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
IND = "\u3000\u3000"


def esc(s):
    # runs of spaces (spaced-out names 王  静) are printed with &nbsp; as real pages do
    return H.escape(s, quote=False).replace("  ", "&nbsp; ")


def para(text, mode):
    t = esc(text)
    if mode == "p":
        return f"<p>{t}</p>"
    if mode == "u3":
        return f"<p>{IND}{t}</p>"
    if mode == "pi":
        return f'<p style="text-indent:2em">{t}</p>'
    if mode == "div":
        return f'<div class="para">{t}</div>'
    if mode == "br":
        return f"&nbsp;&nbsp;&nbsp;&nbsp;{t}<br>\n<br>"
    if mode == "font":
        return f'<p><font size="3">{IND}{t}</font></p>'
    if mode == "sec":
        return f'<section style="margin:0 0 16px"><span style="font-size:15px;letter-spacing:1px">{t}</span></section>'
    raise ValueError(mode)


def head(text, mode, hstyle):
    t = esc(text)
    if hstyle == "h3":
        return f"<h3>{t}</h3>"
    if hstyle == "strong":
        if mode == "br":
            return f"&nbsp;&nbsp;&nbsp;&nbsp;<strong>{t}</strong><br>\n<br>"
        if mode == "sec":
            return f'<section style="margin:0 0 16px"><strong style="color:#b30000">{t}</strong></section>'
        pre = IND if mode in ("u3", "font") else ""
        return f"<p>{pre}<strong>{t}</strong></p>"
    if hstyle == "center":
        return f'<p style="text-align:center"><b>{t}</b></p>'
    raise ValueError(hstyle)


def render_body(blocks, mode, hstyle):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(para(b[1], mode))
        elif k == "h":
            out.append(head(b[1], mode, hstyle))
        elif k == "ul":
            if mode in ("br",):
                out.extend(para(i, mode) for i in b[1])
            else:
                out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "table":
            rows = []
            for n, r in enumerate(b[1]):
                tag = "th" if n == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
            out.append('<table class="bt" border="1" cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>")
        elif k == "sign":
            if mode == "br":
                out.append(f'<div style="text-align:right">{esc(b[1])}</div>')
            else:
                out.append(f'<p style="text-align:right">{esc(b[1])}</p>')
        elif k == "img":
            alt, cap = b[1], b[2]
            s = f'<p style="text-align:center"><img src="{GIF}" alt="{H.escape(alt)}" width="600" height="400"></p>' if alt is not None else ""
            if cap:
                s += f'<p class="pic-cap" style="text-align:center;color:#666">{esc(cap)}</p>'
            out.append(s)
        elif k == "x":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out)


def gold_body(blocks):
    g = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "sign"):
            g.append(b[1])
        elif k == "ul":
            g.extend(b[1])
        elif k == "table":
            g.extend(" ".join(c.strip() for c in r if c.strip()) for r in b[1])
    return g


def all_pages():
    sys.path.insert(0, HERE)
    pages = []
    for m in MODULES:
        pages.extend(importlib.import_module(m).PAGES)
    return pages


def build(pg):
    body = render_body(pg["body"], pg.get("bmode", "p"), pg.get("hstyle", "strong"))
    doc_title = pg.get("doc_title", pg["title"])
    markup = pg["page"]
    for m in ("@@TITLE@@", "@@TIME@@", "@@BODY@@"):
        assert markup.count(m) >= 1, (pg["id"], m)
    markup = (markup.replace("@@TITLE@@", pg.get("title_html", esc(pg["title"])))
              .replace("@@TIME@@", esc(pg["publish_time"]))
              .replace("@@BODY@@", body))
    lang = "zh-CN" if pg["lang"] == "zh" else "en"
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(doc_title)}</title>\n<style>\n{pg['css'].strip()}\n</style>\n</head>\n"
            f"<body>\n{markup.strip()}\n</body>\n</html>\n")


def main():
    pages = all_pages()
    ids = [p["id"] for p in pages]
    assert ids == [f"wp-{i:02d}" for i in range(1, 41)], ids
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in pages:
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(build(pg))
        gold = {"id": pg["id"], "set": "zh-blind93", "lang": pg["lang"], "kind": pg["kind"],
                "title": pg["title"], "authors": pg["authors"], "publish_time": pg["publish_time"],
                "body_paragraphs": gold_body(pg["body"])}
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
