#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/*.txt.

A description is a block that starts with `=== <id>` and has `key: value` lines; `body:` is
followed by one block per line (`p `, `h `, `li `, `tr a|b|c`, `img caption`, `q `, `sign `,
`wh 文号`), ended by a line `end`. Multi-line values are separated by `||`.
The gold body is taken from the same blocks that are rendered as body (p h li tr q sign).
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SET = "zh-blind157"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BODY_TAGS = ("p", "h", "li", "tr", "q", "sign")


def parse(text):
    pages = []
    cur = None
    in_body = False
    for line in text.splitlines():
        if line.startswith("=== "):
            cur = {"id": line[4:].strip(), "body": []}
            pages.append(cur)
            in_body = False
            continue
        if cur is None or not line.strip() or line.startswith("#"):
            continue
        if in_body:
            if line.strip() == "end":
                in_body = False
                continue
            tag, _, rest = line.partition(" ")
            cur["body"].append((tag, rest.strip()))
            continue
        key, _, val = line.partition(":")
        key = key.strip()
        if key == "body":
            in_body = True
            continue
        cur[key] = val.strip()
    return pages


def e(s):
    return html.escape(s, quote=True)


def lines(p, key):
    v = p.get(key, "")
    return [x for x in v.split("||")] if v else []


def items(p, key):
    v = p.get(key, "")
    return [x.strip() for x in v.split("|")] if v else []


def render_body(p):
    out = []
    blocks = p["body"]
    i = 0
    pstyle = p.get("pstyle", "")
    while i < len(blocks):
        tag, txt = blocks[i]
        if tag == "li":
            lis = []
            while i < len(blocks) and blocks[i][0] == "li":
                lis.append("<li>%s</li>" % e(blocks[i][1]))
                i += 1
            out.append("<ul class=\"blist\">%s</ul>" % "".join(lis))
            continue
        if tag == "tr":
            rows = []
            first = True
            while i < len(blocks) and blocks[i][0] == "tr":
                cells = blocks[i][1].split("|")
                c = "th" if first else "td"
                rows.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (c, e(x.strip()), c) for x in cells))
                first = False
                i += 1
            out.append("<table class=\"dt\" border=\"1\" cellspacing=\"0\">%s</table>" % "".join(rows))
            continue
        if tag == "p":
            if pstyle == "indent":
                out.append("<p>\u3000\u3000%s</p>" % e(txt))
            elif pstyle == "div":
                out.append("<div class=\"para\">%s</div>" % e(txt))
            elif pstyle == "br":
                out.append("%s<br><br>" % e(txt))
            else:
                out.append("<p>%s</p>" % e(txt))
        elif tag == "h":
            if pstyle == "br":
                out.append("<strong>%s</strong><br><br>" % e(txt))
            else:
                out.append("<p class=\"sub\"><strong>%s</strong></p>" % e(txt))
        elif tag == "q":
            out.append("<blockquote><p>%s</p></blockquote>" % e(txt))
        elif tag == "sign":
            out.append("<p style=\"text-align:right\">%s</p>" % e(txt))
        elif tag == "wh":
            out.append("<p style=\"text-align:center\" class=\"wh\">%s</p>" % e(txt))
        elif tag == "img":
            out.append("<p class=\"pic\" style=\"text-align:center\"><img src=\"%s\" alt=\"%s\"></p>"
                       "<p class=\"caption\" style=\"text-align:center\">%s</p>" % (GIF, e(txt), e(txt)))
        elif tag == "imgonly":
            out.append("<p style=\"text-align:center\"><img alt=\"%s\"></p>" % e(txt))
        elif tag == "raw":  # not body, plain line inside the article area
            out.append("<p class=\"note\">%s</p>" % e(txt))
        else:
            raise SystemExit("%s: unknown tag %r" % (p["id"], tag))
        i += 1
    return "\n".join(out)


def joinlist(xs, sep, wrap="a"):
    if wrap == "a":
        return sep.join("<a href=\"#\">%s</a>" % e(x) for x in xs)
    if wrap == "li":
        return "".join("<li><a href=\"#\">%s</a></li>" % e(x) for x in xs)
    if wrap == "td":
        return "".join("<td><a href=\"#\">%s</a></td>" % e(x) for x in xs)
    return sep.join(e(x) for x in xs)


def title_html(p, tag="h1"):
    parts = []
    if p.get("pre"):
        parts.append("<p class=\"pre\">%s</p>" % e(p["pre"]))
    tl = lines(p, "title")
    parts.append("<%s class=\"title\">%s</%s>" % (tag, "<br>".join(e(x) for x in tl), tag))
    if p.get("sub"):
        parts.append("<p class=\"subt\">%s</p>" % e(p["sub"]))
    return "\n".join(parts)


def info_html(p):
    ls = lines(p, "info")
    if not ls:
        return ""
    if p.get("infostyle") == "table":
        return "<table class=\"info\"><tr>%s</tr></table>" % "".join(
            "<td>%s</td>" % e(x) for x in ls)
    if p.get("infostyle") == "spans":
        return "<div class=\"info\">%s</div>" % "".join("<span>%s</span>" % e(x) for x in ls)
    return "\n".join("<div class=\"info\">%s</div>" % e(x) for x in ls)


def article_html(p):
    parts = []
    pos = p.get("infopos", "below")
    if pos == "above":
        parts.append(info_html(p))
    parts.append(title_html(p, p.get("htag", "h1")))
    if pos == "below":
        parts.append(info_html(p))
    for b in lines(p, "byline"):
        parts.append("<p class=\"byline\">%s</p>" % e(b))
    if p.get("summary"):
        parts.append("<div class=\"summary\">%s</div>" % e(p["summary"]))
    parts.append("<div class=\"content\">\n%s\n</div>" % render_body(p))
    for b in lines(p, "after"):
        parts.append("<p class=\"after\">%s</p>" % e(b))
    if pos == "end":
        parts.append(info_html(p))
    if p.get("share"):
        parts.append("<div class=\"share\">%s</div>" % e(p["share"]))
    for b in lines(p, "prevnext"):
        parts.append("<div class=\"pn\"><a href=\"#\">%s</a></div>" % e(b))
    return "\n".join(x for x in parts if x)


def block_list(p, key, wrap="ul"):
    xs = items(p, key)
    if not xs:
        return ""
    head, rest = xs[0], xs[1:]
    return "<div class=\"box %s\"><div class=\"bt\">%s</div><ul>%s</ul></div>" % (
        key, e(head), joinlist(rest, "", "li"))


def footer_html(p):
    ls = lines(p, "foot")
    qr = lines(p, "qr")
    q = "".join("<div class=\"qr\"><img src=\"%s\" alt=\"\"><p>%s</p></div>" % (GIF, e(x)) for x in qr)
    return q + "".join("<p>%s</p>" % e(x) for x in ls)


CSS = {
    "table": "body{margin:0;font:12px/1.8 SimSun,serif;background:#eef}table{border-collapse:collapse}"
             ".wrap{width:1000px;margin:0 auto;background:#fff}.title{font-size:22px;color:#c00;text-align:center}"
             ".info{text-align:center;color:#666}.dt td,.dt th{padding:2px 6px}.subt,.pre{text-align:center}",
    "div": "body{margin:0;font:14px/1.9 'Microsoft YaHei',sans-serif}.top{background:#1a4d8f;color:#fff}"
           ".nav a{display:inline-block;padding:0 12px}.main{width:1200px;margin:auto;display:flex}"
           ".left{flex:1}.right{width:300px}.title{font-size:26px;text-align:center}.info{color:#888;text-align:center}",
    "html5": "body{margin:0;font:16px/1.8 system-ui,sans-serif}header,footer{background:#f4f4f4;padding:8px}"
             "main{max-width:1100px;margin:auto;display:grid;grid-template-columns:1fr 280px;gap:24px}"
             ".title{font-size:30px}.info{color:#999;font-size:14px}aside{font-size:14px}",
    "app": "body{margin:0 auto;max-width:640px;font:17px/1.75 -apple-system,sans-serif}.openapp{background:#f33;color:#fff;padding:6px}"
           ".title{font-size:24px}.info{color:#999;font-size:13px}.box{border-top:8px solid #f5f5f5}",
    "epaper": "body{margin:0;font:14px/1.8 SimSun,serif}.ep{display:flex}.bc{width:220px;background:#f7f0e6}"
              ".art{flex:1;padding:0 20px}.pre,.subt{color:#555;text-align:center}.title{font-size:26px;text-align:center}"
              ".list{width:260px}",
}


def page_html(p):
    lay = p.get("layout", "div")
    site = p.get("site", "")
    top = items(p, "top")
    nav = items(p, "nav")
    crumb = p.get("crumb", "")
    search = p.get("search", "")
    banner = lines(p, "banner")
    h = ["<!DOCTYPE html>", "<html lang=\"%s\"><head><meta charset=\"utf-8\">" % ("en" if p.get("lang") == "en" else "zh-CN"),
         "<title>%s</title>" % e(p.get("htitle", "".join(lines(p, "title")) + "_" + site)),
         "<style>%s%s</style></head><body>" % (CSS[lay], p.get("css", ""))]
    search_html = ("<form class=\"search\"><input type=\"text\" placeholder=\"%s\"><button type=\"button\">搜索</button></form>" % e(search)) if search else ""
    if p.get("searchbtn"):
        search_html = search_html.replace(">搜索<", ">%s<" % e(p["searchbtn"]))
    art = article_html(p)
    side = block_list(p, "side")
    rel = block_list(p, "related")
    rel2 = block_list(p, "related2")
    foot = footer_html(p)
    if lay == "table":
        h.append("<table class=\"wrap\" width=\"1000\" align=\"center\"><tr><td>")
        if top:
            h.append("<table width=\"100%%\"><tr><td align=\"left\">%s</td><td align=\"right\">%s</td></tr></table>" % (
                e(top[0]), joinlist(top[1:], " | ")))
        for b in banner:
            h.append("<table width=\"100%%\"><tr><td class=\"banner\"><img src=\"%s\" alt=\"%s\"></td></tr></table>" % (GIF, e(b)))
        if nav:
            h.append("<table width=\"100%%\" class=\"nav\"><tr>%s</tr></table>" % joinlist(nav, "", "td"))
        if search_html:
            h.append("<table width=\"100%%\"><tr><td>%s</td></tr></table>" % search_html)
        if crumb:
            h.append("<table width=\"100%%\"><tr><td class=\"crumb\">%s</td></tr></table>" % e(crumb))
        h.append("<table width=\"100%%\"><tr><td valign=\"top\">%s</td>%s</tr></table>" % (
            art, ("<td width=\"240\" valign=\"top\">%s</td>" % side) if side else ""))
        h.append(rel + rel2)
        h.append("<table width=\"100%%\" class=\"foot\"><tr><td align=\"center\">%s</td></tr></table>" % foot)
        h.append("</td></tr></table>")
    elif lay == "div":
        h.append("<div class=\"top\"><span>%s</span> %s</div>" % (e(top[0]) if top else "", joinlist(top[1:], " ")) if top else "")
        h.append("<div class=\"head\">%s%s</div>" % ("".join("<div class=\"banner\"><img src=\"%s\" alt=\"%s\"></div>" % (GIF, e(b)) for b in banner), search_html))
        if nav:
            h.append("<div class=\"nav\">%s</div>" % joinlist(nav, ""))
        if crumb:
            h.append("<div class=\"crumb\">%s</div>" % e(crumb))
        h.append("<div class=\"main\"><div class=\"left\">%s%s</div><div class=\"right\">%s%s</div></div>" % (art, rel, side, rel2))
        h.append("<div class=\"foot\">%s</div>" % foot)
    elif lay == "html5":
        h.append("<header>%s%s%s</header>" % (
            ("<div class=\"tb\">%s</div>" % joinlist(top, " · ")) if top else "",
            "".join("<div class=\"logo\"><img src=\"%s\" alt=\"%s\"><span>%s</span></div>" % (GIF, e(b), e(b)) for b in banner),
            search_html))
        if nav:
            h.append("<nav><ul>%s</ul></nav>" % joinlist(nav, "", "li"))
        h.append("<main><article>%s%s%s</article><aside>%s%s</aside></main>" % (
            ("<div class=\"crumb\">%s</div>" % e(crumb)) if crumb else "", art, rel, side, rel2))
        h.append("<footer>%s</footer>" % foot)
    elif lay == "app":
        for b in banner:
            h.append("<div class=\"openapp\"><img src=\"%s\" alt=\"\"> %s</div>" % (GIF, e(b)))
        if top:
            h.append("<div class=\"acct\">%s</div>" % "".join("<span>%s</span> " % e(x) for x in top))
        h.append("<div class=\"art\">%s</div>%s%s%s" % (art, rel, side, rel2))
        h.append("<div class=\"foot\">%s</div>" % foot)
    elif lay == "epaper":
        h.append("<div class=\"eptop\">%s %s</div>" % ("".join("<span>%s</span> " % e(b) for b in banner), joinlist(top, " | ")))
        if nav:
            h.append("<div class=\"dates\">%s</div>" % joinlist(nav, " "))
        h.append("<div class=\"ep\"><div class=\"bc\">%s</div><div class=\"art\">%s%s</div><div class=\"list\">%s</div></div>" % (
            side, ("<div class=\"crumb\">%s</div>" % e(crumb)) if crumb else "", art, rel + rel2))
        h.append("<div class=\"foot\">%s</div>" % foot)
    h.append("</body></html>")
    return "\n".join(x for x in h if x)


def gold(p):
    body = []
    for tag, txt in p["body"]:
        if tag in ("p", "h", "li", "q", "sign"):
            body.append(txt)
        elif tag == "tr":
            body.append(" ".join(x.strip() for x in txt.split("|")))
    sep = " " if p.get("lang") == "en" else ""
    title = sep.join(x.strip() for x in lines(p, "title"))
    authors = [a.strip() for a in p.get("authors", "").split(",") if a.strip()]
    return {"id": p["id"], "set": SET, "lang": p.get("lang", "zh"), "kind": p["kind"],
            "title": title, "authors": authors, "publish_time": p.get("time") or None,
            "body_paragraphs": body}


def main():
    pages = []
    d = os.path.join(HERE, "pages")
    for fn in sorted(os.listdir(d)):
        if fn.endswith(".txt"):
            pages.extend(parse(open(os.path.join(d, fn), encoding="utf-8").read()))
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in pages:
        g = gold(p)
        n = sum(len(x) for x in g["body_paragraphs"])
        if n < 300:
            print("SHORT BODY", p["id"], n, file=sys.stderr)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("built", len(pages), "pages")


if __name__ == "__main__":
    main()
