#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind90 from the page descriptions.

Each page description (src/pages_*.py) is a dict.  Furniture and the article header are
written as small directive lines ("nav: a|b|c"); the body is written one block a line:

    plain line        paragraph (body)
    ## text           sub-heading (body)
    - text            list item (body; consecutive items form one <ul>)
    | a | b |         table row (body; first row of a run is the header row)
    > text            quoted passage (body)
    >> text           right-aligned 署名 / 成文日期 line (body)
    = text            文号 line (not body)
    ~ text            byline / editor / source line on its own (not body)
    !img alt || cap   photo: <img alt> + caption (not body)

The gold body is taken from exactly the blocks rendered as body.
"""
from __future__ import annotations

import html as H
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
SET = "zh-blind90"


def esc(s: str) -> str:
    return H.escape(s, quote=False)


def img(alt: str, cls: str = "", gif: bool = False) -> str:
    src = f' src="{GIF}"' if gif else ""
    c = f' class="{cls}"' if cls else ""
    return f'<img{c}{src} alt="{H.escape(alt)}" width="1" height="1">'


# ---------------------------------------------------------------- furniture
def furniture(spec: str, gif: bool) -> str:
    """Directive lines -> HTML."""
    out = []
    for line in (spec or "").strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        key, _, val = line.partition(":")
        key = key.strip()
        val = val.strip()
        parts = [p.strip() for p in val.split("|")]
        if key == "top":  # small utility bar
            out.append('<div class="topbar">' + "".join(f'<a href="#">{esc(p)}</a>' for p in parts) + "</div>")
        elif key == "topsp":  # utility bar, items separated by a visible char
            sep, items = parts[0], parts[1:]
            out.append('<div class="topbar">' + f" {esc(sep)} ".join(f'<a href="#">{esc(p)}</a>' for p in items) + "</div>")
        elif key == "logo":
            alt, name = parts[0], (parts[1] if len(parts) > 1 else "")
            out.append('<div class="logo">' + img(alt, "", gif) + (f'<span class="sitename">{esc(name)}</span>' if name else "") + "</div>")
        elif key == "search":
            ph, btn = parts[0], (parts[1] if len(parts) > 1 else "搜索")
            out.append(f'<div class="search"><input type="text" placeholder="{H.escape(ph)}"><button>{esc(btn)}</button></div>')
        elif key == "nav":
            out.append('<div class="nav"><ul>' + "".join(f'<li><a href="#">{esc(p)}</a></li>' for p in parts) + "</ul></div>")
        elif key == "navtd":  # table nav row
            out.append('<table class="navt"><tr>' + "".join(f'<td><a href="#">{esc(p)}</a></td>' for p in parts) + "</tr></table>")
        elif key == "crumb":
            out.append(f'<div class="crumb">{val}</div>')
        elif key == "text":
            out.append(f'<div class="txt">{val}</div>')
        elif key == "p":
            out.append(f'<p class="txt">{val}</p>')
        elif key == "img":
            out.append('<div class="pic">' + img(parts[0], "", gif) + "</div>")
        elif key == "qr":
            out.append('<div class="qr">' + img(parts[0], "", gif) + (f"<p>{esc(parts[1])}</p>" if len(parts) > 1 else "") + "</div>")
        elif key == "list":  # heading | items...
            out.append(f'<div class="box"><div class="boxh">{esc(parts[0])}</div><ul>'
                       + "".join(f'<li><a href="#">{esc(p)}</a></li>' for p in parts[1:] if p) + "</ul></div>")
        elif key == "dlist":  # heading | item ## date | ...
            lis = []
            for p in parts[1:]:
                t, _, d = p.partition("##")
                lis.append(f'<li><a href="#">{esc(t.strip())}</a><span class="d">{esc(d.strip())}</span></li>')
            out.append(f'<div class="box"><div class="boxh">{esc(parts[0])}</div><ul>' + "".join(lis) + "</ul></div>")
        elif key == "share":
            out.append(f'<div class="share"><span>{esc(parts[0])}</span>' + "".join(f'<a href="#">{esc(p)}</a>' for p in parts[1:]) + "</div>")
        elif key == "links":  # inline links, no separator
            out.append('<div class="links">' + "".join(f'<a href="#">{esc(p)}</a>' for p in parts) + "</div>")
        elif key == "html":
            out.append(val)
        elif key == "hidden":  # mobile menu hidden by the embedded style
            out.append(f'<div class="mmenu">{esc(val)}</div>')
        elif key == "foot":
            out.append("<p>" + val + "</p>")
        else:
            raise ValueError(f"unknown furniture directive {key!r} in {line!r}")
    return "\n".join(out)


# ---------------------------------------------------------------- article header
def header(spec: str, page: dict, gif: bool) -> str:
    out = []
    for line in (spec or "").strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        key, _, val = line.partition(":")
        key = key.strip()
        val = val.strip()
        if key == "kicker":
            out.append(f'<p class="kicker">{esc(val)}</p>')
        elif key == "title":
            lines = [esc(x.strip()) for x in val.split("//")]
            tag = page.get("title_tag", "h1")
            out.append(f'<{tag} class="title">' + "<br>".join(lines) + f"</{tag}>")
        elif key == "sub":
            out.append(f'<p class="subt">{esc(val)}</p>')
        elif key == "info":
            out.append(f'<div class="info">{val}</div>')
        elif key == "tools":
            out.append(f'<div class="tools">{val}</div>')
        else:
            out.append(furniture(line, gif))
    return "\n".join(out)


# ---------------------------------------------------------------- body
def body(spec: str, page: dict, gif: bool):
    """-> (html, gold paragraphs)"""
    indent = page.get("indent", "")  # characters printed before each paragraph
    htag = page.get("h_tag", "h3")
    html_out, gold = [], []
    ul, table = [], []

    def flush():
        if ul:
            html_out.append('<ul class="blist">' + "".join(f"<li>{esc(x)}</li>" for x in ul) + "</ul>")
            gold.extend(ul)
            ul.clear()
        if table:
            rows = []
            for i, r in enumerate(table):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            html_out.append('<table class="btable">' + "".join(rows) + "</table>")
            table.clear()

    for raw in spec.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("- "):
            if table:
                flush()
            ul.append(line[2:].strip())
            continue
        if line.startswith("|"):
            if ul:
                flush()
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush()
        if line.startswith("## "):
            t = line[3:].strip()
            if htag == "strong":
                html_out.append(f"<p>{indent}<strong>{esc(t)}</strong></p>")
            else:
                html_out.append(f"<{htag}>{esc(t)}</{htag}>")
            gold.append(t)
        elif line.startswith(">> "):
            t = line[3:].strip()
            html_out.append(f'<p class="sign">{esc(t)}</p>')
            gold.append(t)
        elif line.startswith("> "):
            t = line[2:].strip()
            html_out.append(f"<blockquote>{esc(t)}</blockquote>")
            gold.append(t)
        elif line.startswith("= "):
            html_out.append(f'<p class="wenhao">{esc(line[2:].strip())}</p>')
        elif line.startswith("~ "):
            html_out.append(f'<p class="note">{esc(line[2:].strip())}</p>')
        elif line.startswith("!img "):
            alt, _, cap = line[5:].partition("||")
            cap = cap.strip()
            html_out.append('<p class="photo">' + img(alt.strip(), "", gif) + "</p>"
                            + (f'<p class="caption">{esc(cap)}</p>' if cap else ""))
        else:
            html_out.append(f"<p>{indent}{esc(line)}</p>")
            gold.append(line)
    flush()
    return "\n".join(html_out), gold


# ---------------------------------------------------------------- skeletons
BASE_CSS = """
body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333;background:%(bg)s}
a{color:#333;text-decoration:none}
.wrap{width:1100px;margin:0 auto;background:#fff}
.topbar{background:%(c)s;color:#fff;font-size:12px;padding:4px 10px}
.topbar a{color:#fff;margin-right:12px}
.logo{padding:10px}.sitename{font-size:26px;font-weight:bold;color:%(c)s;margin-left:8px}
.search{float:right;padding:10px}
.nav ul{list-style:none;margin:0;padding:0;background:%(c)s;overflow:hidden}
.nav li{float:left}.nav a{display:block;color:#fff;padding:8px 14px}
.navt{width:100%%;background:%(c)s}.navt a{color:#fff}
.crumb{padding:8px 10px;font-size:13px;border-bottom:1px solid #ddd}
.title{font-size:26px;text-align:center;color:%(t)s;line-height:1.5}
.kicker,.subt{text-align:center;font-size:17px}
.info,.tools{text-align:center;color:#777;font-size:13px;padding:6px 0}
.article p{line-height:2;font-size:16px}
.article h3,.article h4{font-size:16px}
.sign{text-align:right}.wenhao{text-align:center}
.caption{text-align:center;font-size:13px;color:#666}
.note{color:#888;font-size:13px}
.btable{border-collapse:collapse;margin:10px auto}.btable td,.btable th{border:1px solid #999;padding:4px 8px}
.box{margin:10px 0}.boxh{font-weight:bold;border-bottom:2px solid %(c)s;padding:4px 0}
.box ul{margin:4px 0;padding-left:18px}.d{color:#999;margin-left:10px}
.share a,.links a{margin:0 6px}
.qr{display:inline-block;text-align:center;margin:10px}
.footer{background:%(f)s;color:#eee;text-align:center;font-size:12px;padding:14px}
.footer a{color:#eee}
.mmenu{display:none}
blockquote{margin:10px 30px;color:#555}
%(extra)s
"""


def page_html(page: dict) -> tuple:
    gif = page.get("gif", False)
    skin = {"bg": "#f2f2f2", "c": "#b40000", "t": "#222", "f": "#444", "extra": ""}
    skin.update(page.get("skin", {}))
    css = BASE_CSS % skin
    pre = furniture(page.get("pre", ""), gif)
    head = header(page.get("head", ""), page, gif)
    bhtml, gold = body(page["body"], page, gif)
    tail = header(page.get("tail", ""), page, gif)
    side = furniture(page.get("side", ""), gif)
    post = furniture(page.get("post", ""), gif)
    foot = furniture(page.get("foot", ""), gif)
    art = f'{head}\n<div class="content" id="zoom">\n{bhtml}\n</div>\n{tail}'
    lay = page["layout"]
    if lay == "table":  # 2010s table layout, side column on the left
        main = (f'<table class="wrap" cellspacing="0" cellpadding="0"><tr><td colspan="2">{pre}</td></tr>'
                f'<tr><td width="240" valign="top" class="side">{side}</td>'
                f'<td valign="top" class="article">{art}\n{post}</td></tr>'
                f'<tr><td colspan="2" class="footer">{foot}</td></tr></table>')
    elif lay == "table-r":  # table layout, side column on the right
        main = (f'<table class="wrap" cellspacing="0" cellpadding="0"><tr><td colspan="2">{pre}</td></tr>'
                f'<tr><td valign="top" class="article">{art}\n{post}</td>'
                f'<td width="260" valign="top" class="side">{side}</td></tr></table>'
                f'<table class="wrap"><tr><td class="footer">{foot}</td></tr></table>')
    elif lay == "div":
        main = (f'<div class="wrap"><div class="header">{pre}</div>'
                f'<div class="main"><div class="article">{art}</div>{post}</div>'
                f'<div class="sidebar">{side}</div></div><div class="footer">{foot}</div>')
    elif lay == "div-l":  # side first in the DOM
        main = (f'<div class="wrap"><div class="header">{pre}</div><div class="cols">'
                f'<div class="left">{side}</div><div class="right"><div class="article">{art}</div>{post}</div>'
                f'</div></div><div class="footer">{foot}</div>')
    elif lay == "modern":
        main = (f'<header class="hd">{pre}</header><main class="wrap">'
                f'<article class="article">{art}</article><section class="after">{post}</section>'
                f'<aside>{side}</aside></main><footer class="footer">{foot}</footer>')
    elif lay == "epaper":  # 版面 column left, article right
        main = (f'<div class="wrap"><div class="eptop">{pre}</div><table class="ep"><tr>'
                f'<td class="epleft" valign="top">{side}</td>'
                f'<td class="article" valign="top">{art}\n{post}</td></tr></table>'
                f'<div class="footer">{foot}</div></div>')
    elif lay == "mobile":  # narrow self-media column
        main = (f'<div class="m">{pre}<div class="article">{art}</div>{post}{side}'
                f'<div class="footer">{foot}</div></div>')
    else:
        raise ValueError(lay)
    doc = (f'<!DOCTYPE html>\n<html lang="{"en" if page.get("lang") == "en" else "zh-CN"}">\n<head>\n'
           f'<meta charset="utf-8">\n<title>{esc(page.get("doc_title", page["gold"]["title"]))}</title>\n'
           f"<style>{css}</style>\n</head>\n<body>\n{main}\n</body>\n</html>\n")
    return doc, gold


def all_pages():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    return pages


def main():
    pages = all_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in pages:
        doc, gold_body = page_html(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        g = p["gold"]
        out = {"id": p["id"], "set": SET, "lang": p.get("lang", "zh"), "kind": p["kind"],
               "title": g["title"], "authors": g["authors"], "publish_time": g["publish_time"],
               "body_paragraphs": gold_body}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
