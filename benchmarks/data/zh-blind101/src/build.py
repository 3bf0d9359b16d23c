#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/*.py.

Each page description is a dict:
  id, kind, lang, title, authors, publish_time,
  css     : the page's one embedded stylesheet,
  layout  : the page's HTML (inside <body>) with a {BODY} slot where the article blocks go,
  blocks  : the article blocks (below), rendered into {BODY}; the gold body is taken from
            exactly these blocks, so what is gold is what is rendered as body,
  style   : how paragraphs are marked up: "p", "p-indent" (CSS text-indent), "u3000"
            (two U+3000 printed before the text), "div", "br" (one container, <br><br>
            between paragraphs), "section" (WeChat-like <section><span>).
Blocks (tuples):
  ("p", text)            body paragraph
  ("ph", html, text)     body paragraph with inline markup; text is its gold
  ("rp", html, text)     body paragraph given as whole markup (e.g. a right-aligned 署名)
  ("h", text)            sub-heading (body)
  ("li", [items], ordered?) list, one body paragraph per item
  ("table", rows)        table, one body paragraph per row, cells joined by one space
  ("img", alt, caption)  picture (alt text) and its caption: not body
  ("x", html)            any other markup inside the article that is not body
"""
import html as H
import importlib
import json
import os
import pkgutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
SET = "zh-blind101"


def esc(t):
    return H.escape(t, quote=False)


def img(alt, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f'<img{c} src="{GIF}" alt="{H.escape(alt)}" width="1" height="1">'


def para(text_html, style):
    if style == "p-indent":
        return f'<p class="ind">{text_html}</p>'
    if style == "u3000":
        return f'<p>\u3000\u3000{text_html}</p>'
    if style == "div":
        return f'<div class="para">{text_html}</div>'
    if style == "section":
        return f'<section class="wxp"><span>{text_html}</span></section>'
    return f'<p>{text_html}</p>'


def render(blocks, style, hstyle="h3"):
    out, gold = [], []
    br = style == "br"
    pieces = []  # for br style: collected inline pieces
    for b in blocks:
        t = b[0]
        if t == "p":
            (pieces if br else out).append(esc(b[1]) if br else para(esc(b[1]), style))
            gold.append(b[1])
        elif t == "ph":
            (pieces if br else out).append(b[1] if br else para(b[1], style))
            gold.append(b[2])
        elif t == "rp":  # body paragraph whose markup is given whole (not wrapped by the style)
            if br:
                flush(out, pieces)
            out.append(b[1])
            gold.append(b[2])
        elif t == "h":
            if br:
                pieces.append(f"<b>{esc(b[1])}</b>")
            elif hstyle == "strong":
                out.append(para(f"<strong>{esc(b[1])}</strong>", style))
            else:
                out.append(f"<{hstyle} class='sub'>{esc(b[1])}</{hstyle}>")
            gold.append(b[1])
        elif t == "li":
            tag = "ol" if len(b) > 2 and b[2] else "ul"
            items = "".join(f"<li>{esc(i)}</li>" for i in b[1])
            if br:
                pieces.append("<br>".join(esc(i) for i in b[1]))
            else:
                out.append(f"<{tag}>{items}</{tag}>")
            gold.extend(b[1])
        elif t == "table":
            rows = []
            for i, r in enumerate(b[1]):
                cell = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            tb = '<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>"
            if br:
                flush(out, pieces)
            out.append(tb)
        elif t == "img":
            if br:
                flush(out, pieces)
            cap = f'<p class="pic-cap">{esc(b[2])}</p>' if b[2] else ""
            out.append(f'<div class="pic">{img(b[1])}{cap}</div>')
        elif t == "x":
            if br:
                flush(out, pieces)
            out.append(b[1])
        else:
            raise ValueError(t)
    if br:
        flush(out, pieces)
    return "\n".join(out), gold


def flush(out, pieces):
    if pieces:
        out.append('<div class="brbody">' + "<br><br>\n".join(pieces) + "</div>")
        pieces.clear()


def page_html(p, body_html):
    title = p.get("doc_title", p["title"])
    lang = "en" if p["lang"] == "en" else "zh-CN"
    layout = p["layout"].replace("{BODY}", body_html)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{esc(title)}</title>\n<style>\n{p["css"].strip()}\n</style>\n</head>\n'
            f'<body>\n{layout.strip()}\n</body>\n</html>\n')


def load_pages():
    pages = []
    pkg = os.path.join(HERE, "pages")
    sys.path.insert(0, HERE)
    for m in sorted(pkgutil.iter_modules([pkg]), key=lambda m: m.name):
        mod = importlib.import_module("pages." + m.name)
        pages.extend(mod.PAGES)
    pages.sort(key=lambda p: p["id"])
    return pages


def main():
    pages = load_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in pages:
        body_html, gold_body = render(p["blocks"], p.get("style", "p"), p.get("hstyle", "h3"))
        assert "{BODY}" in p["layout"], p["id"]
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p, body_html))
        gold = {"id": p["id"], "set": SET, "lang": p["lang"], "kind": p["kind"], "title": p["title"],
                "authors": p["authors"], "publish_time": p["publish_time"], "body_paragraphs": gold_body}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(pages)} pages built")


if __name__ == "__main__":
    main()
