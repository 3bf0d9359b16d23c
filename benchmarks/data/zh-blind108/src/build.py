#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages_*.py.

Each page description gives its own furniture (top bar, nav, breadcrumb, info bar,
share/prev-next/related/footer snippets), its own CSS and layout, and the article as a
list of blocks.  The gold body is taken from the same blocks that are rendered as body.

Blocks:
  "text"                         body paragraph
  {"h": text}                    sub-heading (body)
  {"li": [..]}                   list, one body paragraph per item
  {"table": [[..],..]}           table, one body paragraph per row, cells joined by one space
  {"quote": text}                blockquote (body)
  {"sign": [..]}                 right-aligned signature / date lines (body)
  {"img": alt, "cap": caption}   picture + caption (not body)
  {"nb": html}                   a line inside the article that is not body (editor,
                                 原标题, byline on its own line, source line, 文号)
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


def e(s):
    return H.escape(s, quote=False)


def img(alt, cls="pic"):
    return f'<img class="{cls}" alt="{H.escape(alt)}" src="{GIF}" width="1" height="1">'


def render_blocks(blocks, mode):
    """mode: p | indent | br | div | pspace (paragraph text starts with two U+3000)."""
    out, gold = [], []
    for b in blocks:
        if isinstance(b, str):
            gold.append(b)
            if mode == "indent":
                out.append(f'<p style="text-indent:2em">{e(b)}</p>')
            elif mode == "pspace":
                out.append(f'<p>\u3000\u3000{e(b)}</p>')
            elif mode == "br":
                out.append(f'\u3000\u3000{e(b)}<br><br>')
            elif mode == "div":
                out.append(f'<div class="para">{e(b)}</div>')
            else:
                out.append(f'<p>{e(b)}</p>')
        elif "h" in b:
            gold.append(b["h"])
            if mode == "br":
                out.append(f'<b>{e(b["h"])}</b><br><br>')
            elif b.get("tag"):
                out.append(f'<{b["tag"]}>{e(b["h"])}</{b["tag"]}>')
            else:
                out.append(f'<p class="sub"><strong>{e(b["h"])}</strong></p>')
        elif "li" in b:
            gold.extend(b["li"])
            out.append('<ul class="lst">' + "".join(f"<li>{e(x)}</li>" for x in b["li"]) + "</ul>")
        elif "table" in b:
            rows = b["table"]
            gold.extend(" ".join(c for c in r if c) for r in rows)
            t = ['<table class="dt" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif "quote" in b:
            gold.append(b["quote"])
            out.append(f'<blockquote>{e(b["quote"])}</blockquote>')
        elif "sign" in b:
            gold.extend(b["sign"])
            if mode == "br":
                out.append("".join(f'<div align="right">{e(x)}</div>' for x in b["sign"]) + "<br>")
            else:
                out.append("".join(f'<p style="text-align:right">{e(x)}</p>' for x in b["sign"]))
        elif "img" in b:
            cap = b.get("cap")
            s = f'<div class="imgbox" style="text-align:center">{img(b["img"])}'
            if cap:
                s += f'<p class="cap">{e(cap)}</p>'
            out.append(s + "</div>")
        elif "nb" in b:
            out.append(f'<p class="{b.get("cls", "nb")}">{b["nb"]}</p>')
        else:
            raise ValueError(b)
    return "\n".join(out), gold


def title_html(p):
    t = p["title"]
    if isinstance(t, list):
        return "<br>".join(e(x) for x in t)
    return e(t)


def gold_title(p):
    t = p["title"]
    if isinstance(t, list):
        return (" " if p.get("lang") == "en" else "").join(t)
    return t


def build_page(p):
    body_html, gold_body = render_blocks(p["blocks"], p.get("mode", "p"))
    page_html = p["html"].replace("{TITLE}", title_html(p)).replace("{BODY}", body_html).replace("{GIF}", GIF)
    lang = p.get("lang", "zh")
    doc = (f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "zh-CN"}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{e(p["doc_title"])}</title>\n<style>\n{p["css"].strip()}\n</style>\n</head>\n'
           f'{page_html.strip()}\n</html>\n')
    assert "<script" not in doc.lower()
    gold = {"id": p["id"], "set": "zh-blind108", "lang": lang, "kind": p["kind"],
            "title": gold_title(p), "authors": p["authors"], "publish_time": p["publish_time"],
            "body_paragraphs": gold_body}
    return doc, gold


def all_pages():
    sys.path.insert(0, HERE)
    pages = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        pages.extend(mod.PAGES)
    return pages


def main():
    pages = all_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in ("html", "gold"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for p in pages:
        doc, gold = build_page(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
