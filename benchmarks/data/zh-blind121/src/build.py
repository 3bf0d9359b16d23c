#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description is one dict (see pages_gov.py etc.).  Its ``body`` is a small
line format; every line is one block:

  p: text        body paragraph                      (body)
  h: text        sub-heading                         (body)
  li: text       list line                           (body)
  q: text        quoted passage / blockquote         (body)
  tr: a|b|c      table row (first tr = header row)   (body, cells joined by one space)
  sign: text     署名 / 成文日期 of a document, right-aligned (body)
  to: text       主送 line of a document             (body)
  no: text       文号 line                           (not body)
  img: alt|cap   photo (alt text) with caption       (not body)
  by: text       byline on its own line              (not body)
  ed: text       editor / source / review line       (not body)
  raw: html      raw html inside the article         (not body)

The rest of the page (banner, nav, info bar, furniture, footer) comes from the page's
layout settings, so the gold body is made from the same blocks that are rendered.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
E = html.escape
BODY_KINDS = {"p", "h", "li", "q", "tr", "sign", "to"}


def parse_body(text):
    blocks = []
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        k, _, v = line.partition(":")
        k = k.strip()
        v = v.strip()
        if k not in BODY_KINDS | {"no", "img", "by", "ed", "raw"}:
            raise ValueError("bad block line: %r" % line)
        blocks.append((k, v))
    return blocks


def gold_body(blocks):
    out = []
    for k, v in blocks:
        if k == "tr":
            out.append(" ".join(c.strip() for c in v.split("|")))
        elif k in BODY_KINDS:
            out.append(v)
    return out


def render_blocks(p, blocks):
    """Article body HTML. p['pstyle'] decides how paragraphs are printed."""
    ps = p.get("pstyle", "p")
    out = []
    i = 0
    while i < len(blocks):
        k, v = blocks[i]
        if k == "p":
            if ps == "p":
                out.append("<p>%s</p>" % E(v))
            elif ps == "indent":  # literal ideographic-space indent
                out.append("<p>\u3000\u3000%s</p>" % E(v))
            elif ps == "div":
                out.append('<div class="para">%s</div>' % E(v))
            elif ps == "br":  # old editor: text separated by <br><br>
                out.append("%s<br><br>" % E(v))
            elif ps == "span":  # wechat style section/span soup
                out.append('<section><p><span style="font-size:15px">%s</span></p></section>' % E(v))
            else:
                out.append("<p>%s</p>" % E(v))
        elif k == "h":
            tag = p.get("htag", "h3")
            if tag == "strong":
                out.append("<p><strong>%s</strong></p>" % E(v))
            else:
                out.append("<%s>%s</%s>" % (tag, E(v), tag))
        elif k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(blocks[i][1])
                i += 1
            if p.get("listtag", "p") == "ul":
                out.append("<ul>" + "".join("<li>%s</li>" % E(x) for x in items) + "</ul>")
            else:
                out.extend("<p>%s</p>" % E(x) for x in items)
            continue
        elif k == "tr":
            rows = []
            while i < len(blocks) and blocks[i][0] == "tr":
                rows.append(blocks[i][1].split("|"))
                i += 1
            t = ['<table class="dt" border="1" cellspacing="0" cellpadding="4">']
            for ri, r in enumerate(rows):
                c = "th" if ri == 0 and p.get("th", True) else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (c, E(x.strip()), c) for x in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
            continue
        elif k == "q":
            out.append("<blockquote><p>%s</p></blockquote>" % E(v))
        elif k == "sign":
            out.append('<p style="text-align:right">%s</p>' % E(v))
        elif k == "to":
            out.append('<p class="zs">%s</p>' % E(v))
        elif k == "no":
            out.append('<p style="text-align:center" class="wh">%s</p>' % E(v))
        elif k == "img":
            alt, _, cap = v.partition("|")
            s = '<div class="pic"><img src="%s" width="600" height="1" alt="%s">' % (GIF, E(alt)) if alt else '<div class="pic"><img src="%s" width="600" height="1" alt="">' % GIF
            if cap:
                s += '<p class="cap">%s</p>' % E(cap)
            out.append(s + "</div>")
        elif k == "by":
            out.append('<p class="byl">%s</p>' % E(v))
        elif k == "ed":
            out.append('<p class="edt">%s</p>' % E(v))
        elif k == "raw":
            out.append(v)
        i += 1
    return "\n".join(out)


def links(items, sep="", cls=None, tag="a"):
    c = ' class="%s"' % cls if cls else ""
    if tag == "li":
        return "<ul%s>" % c + "".join('<li><a href="#">%s</a></li>' % E(x) for x in items) + "</ul>"
    return "<div%s>" % c + sep.join('<a href="#">%s</a>' % E(x) for x in items) + "</div>"


def section(name, p):
    """Furniture pieces; each returns html."""
    v = p.get(name)
    if v is None:
        return ""
    if name == "top":  # top utility links
        return '<div class="topbar">%s</div>' % " ".join(
            '<a href="#">%s</a>' % E(x) if not x.startswith("~") else "<span>%s</span>" % E(x[1:]) for x in v)
    if name == "banner":
        parts = []
        for x in v:
            if x.startswith("img:"):
                parts.append('<img src="%s" alt="%s">' % (GIF, E(x[4:])))
            else:
                parts.append('<div class="sitename">%s</div>' % E(x))
        return '<div class="banner">%s</div>' % "".join(parts)
    if name == "search":
        return '<form class="search"><input type="text" placeholder="%s"><button type="button">%s</button></form>' % (
            E(v[0]), E(v[1]))
    if name == "nav":
        return '<nav class="mainnav">%s</nav>' % links(v, tag="li" if p.get("navli", True) else "a", sep=" | ")
    if name == "crumb":
        return '<div class="crumb">%s</div>' % E(v)
    if name == "side":  # list of (heading, [items])
        return '<aside class="side">%s</aside>' % "".join(
            '<div class="box"><h4>%s</h4>%s</div>' % (E(h), links(it, tag="li")) for h, it in v)
    if name == "after":  # list of html-ish strings (text lines) after the article
        out = []
        for x in v:
            if isinstance(x, tuple):  # (heading, [items]) related list
                out.append('<div class="rel"><h4>%s</h4>%s</div>' % (E(x[0]), links(x[1], tag="li")))
            elif x.startswith("<"):
                out.append(x)
            else:
                out.append('<div class="aft">%s</div>' % E(x))
        return "\n".join(out)
    if name == "footer":
        return '<footer class="foot">%s</footer>' % "".join("<p>%s</p>" % E(x) for x in v)
    return ""


def title_html(p):
    t = p["title"]
    lines = t if isinstance(t, list) else [t]
    tag = p.get("ttag", "h1")
    h = "<br>".join(E(x) for x in lines)
    out = ""
    if p.get("kicker"):
        out += '<p class="yt">%s</p>' % E(p["kicker"])
    out += '<%s class="tit">%s</%s>' % (tag, h, tag)
    if p.get("sub"):
        out += '<p class="ft">%s</p>' % E(p["sub"])
    return out


def info_html(p):
    items = p.get("info", [])
    sep = p.get("isep", "&nbsp;&nbsp;")
    if p.get("itable"):
        return '<table class="info" width="100%%"><tr>%s</tr></table>' % "".join(
            "<td>%s</td>" % E(x) for x in items)
    return '<div class="info">%s</div>' % sep.join("<span>%s</span>" % E(x) for x in items)


BASE_CSS = """
body{margin:0;font:14px/1.7 "Microsoft YaHei",SimSun,sans-serif;color:#333}
a{color:#333;text-decoration:none}
ul{margin:0;padding:0;list-style:none}
.dt{border-collapse:collapse;margin:10px auto}
.cap{text-align:center;color:#666;font-size:13px}
.pic{text-align:center}
"""


def render(p):
    from extra import EXTRA
    blocks = parse_body(p["body"])
    if p["id"] in EXTRA:
        i = next(j for j, b in enumerate(blocks) if b[0] == "p") + 1
        blocks[i:i] = [("p", x) for x in EXTRA[p["id"]]]
    art = render_blocks(p, blocks)
    lay = p.get("layout", "div")
    info = info_html(p)
    th = title_html(p)
    if p.get("info_pos", "below") == "above":
        head = info + th
    elif p.get("info_pos") == "after":  # info bar after body
        head = th
    else:
        head = th + info
    tools = '<div class="tools">%s</div>' % E(p["tools"]) if p.get("tools") else ""
    pre = "".join('<div class="pre">%s</div>' % x if x.startswith("<") else '<div class="pre">%s</div>' % E(x)
                  for x in p.get("pre", []))
    article = ('<div class="article">%s%s%s<div class="content">%s</div>%s%s</div>' % (
        pre, head, tools if p.get("tools_pos") == "top" else "", art,
        info if p.get("info_pos") == "after" else "",
        tools if p.get("tools_pos") != "top" else ""))
    top = section("top", p) + section("banner", p) + section("search", p) + section("nav", p)
    crumb = section("crumb", p)
    side = section("side", p)
    after = section("after", p)
    foot = section("footer", p)
    if lay == "table":
        bodyhtml = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>%s</td></tr>'
                    '<tr><td>%s</td></tr><tr><td><table width="100%%"><tr><td valign="top" width="720">%s%s</td>'
                    '<td valign="top">%s</td></tr></table></td></tr><tr><td>%s</td></tr></table>') % (
            top, crumb, article, after, side, foot)
    elif lay == "mobile":
        bodyhtml = '<div class="m">%s%s%s%s%s</div>' % (top, crumb, article, after, foot)
    else:
        bodyhtml = '<div class="wrap"><header>%s</header>%s<div class="main"><main>%s%s</main>%s</div>%s</div>' % (
            top, crumb, article, after, side, foot)
    css = BASE_CSS + p.get("css", "")
    doc = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>\n<style>%s</style>\n'
           '</head><body>\n%s\n</body></html>\n') % (
        "en" if p.get("lang") == "en" else "zh-CN", E(p.get("htitle", "")), css, bodyhtml)
    t = p["title"]
    lines = t if isinstance(t, list) else [t]
    gold = {
        "id": p["id"], "set": "zh-blind121", "lang": p.get("lang", "zh"), "kind": p["kind"],
        "title": (" " if p.get("lang") == "en" else "").join(lines),
        "authors": p["authors"], "publish_time": p["time"],
        "body_paragraphs": gold_body(blocks),
    }
    return doc, gold


def all_pages():
    import pages_gov, pages_media, pages_self, pages_paper, pages_inst
    ps = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_paper.PAGES + pages_inst.PAGES
    return ps


def main():
    ps = all_pages()
    for p in ps:
        doc, gold = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("built", len(ps), "pages")


if __name__ == "__main__":
    main()
