#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind113 from the page descriptions
in pages_*.py.  The gold body is taken from the same body blocks that are rendered as
body, so the two cannot drift apart.

Body mini-language (one block per line of the ``body`` string):
    # text          sub-heading (body)
    - text          list line (body)
    | a | b | c     table row (body; first row of a run is the header row)
    > text          quoted passage (body)
    = text          right-aligned line: 署名 / 成文日期 (body)
    ! alt || cap    image with alt text and a caption (not body)
    @ text          a line inside the article that is not body (byline, 原标题, editor, source)
    @@ html         raw HTML inside the article that is not body
    plain text      paragraph (body)
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
SET = "zh-blind113"


def e(s):
    return H.escape(s, quote=False)


def parse_body(body):
    blocks = []
    for line in body.strip("\n").split("\n"):
        s = line.strip()
        if not s:
            continue
        if s.startswith("@@ "):
            blocks.append(("raw", s[3:]))
        elif s.startswith("@ "):
            blocks.append(("non", s[2:]))
        elif s.startswith("# "):
            blocks.append(("h", s[2:]))
        elif s.startswith("- "):
            blocks.append(("li", s[2:]))
        elif s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            blocks.append(("tr", cells))
        elif s.startswith("> "):
            blocks.append(("q", s[2:]))
        elif s.startswith("= "):
            blocks.append(("r", s[2:]))
        elif s.startswith("! "):
            alt, _, cap = s[2:].partition("||")
            blocks.append(("img", (alt.strip(), cap.strip())))
        else:
            blocks.append(("p", s))
    return blocks


def gold_body(blocks):
    out = []
    for k, v in blocks:
        if k in ("p", "h", "li", "q", "r"):
            out.append(v)
        elif k == "tr":
            out.append(" ".join(v))
    return out


def render_body(blocks, pg):
    """HTML of the article body.  pg options: indent (U+3000 x2), hstyle, img ('gif'|'nosrc')."""
    ind = "\u3000\u3000" if pg.get("indent") else ""
    hstyle = pg.get("hstyle", "h3")
    out = []
    i = 0
    while i < len(blocks):
        k, v = blocks[i]
        if k == "p":
            out.append(f"<p>{ind}{e(v)}</p>")
        elif k == "h":
            if hstyle == "strong":
                out.append(f"<p><strong>{ind}{e(v)}</strong></p>")
            elif hstyle == "b-center":
                out.append(f'<p style="text-align:center"><b>{e(v)}</b></p>')
            else:
                out.append(f"<{hstyle}>{e(v)}</{hstyle}>")
        elif k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li>{e(blocks[i][1])}</li>")
                i += 1
            out.append("<ul class=\"lst\">" + "".join(items) + "</ul>")
            continue
        elif k == "tr":
            rows = []
            first = True
            while i < len(blocks) and blocks[i][0] == "tr":
                tag = "th" if first else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in blocks[i][1]) + "</tr>")
                first = False
                i += 1
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>")
            continue
        elif k == "q":
            out.append(f"<blockquote><p>{e(v)}</p></blockquote>")
        elif k == "r":
            out.append(f'<p style="text-align:right">{e(v)}</p>')
        elif k == "img":
            alt, cap = v
            src = "" if pg.get("img") == "nosrc" else f' src="{GIF}"'
            capx = f'<p class="pic-cap">{e(cap)}</p>' if cap else ""
            out.append(f'<div class="pic"><img alt="{H.escape(alt)}"{src} width="600" height="1">{capx}</div>')
        elif k == "non":
            out.append(f'<p class="note">{e(v)}</p>')
        elif k == "raw":
            out.append(v)
        i += 1
    return "\n".join(out)


def links(items, cls="nav", sep=""):
    if not items:
        return ""
    inner = sep.join(f'<li><a href="#">{e(x)}</a></li>' for x in items)
    return f'<ul class="{cls}">{inner}</ul>'


def block(x):
    """Furniture item: str = one line (a <div>), list = link list, ('raw', html)."""
    if x is None:
        return ""
    if isinstance(x, tuple) and x[0] == "raw":
        return x[1]
    if isinstance(x, tuple) and x[0] == "list":
        head, items = x[1], x[2]
        h = f'<div class="bh">{e(head)}</div>' if head else ""
        return f'<div class="box">{h}{links(items, "rl")}</div>'
    if isinstance(x, tuple) and x[0] == "search":
        return f'<form class="srch"><input type="text" placeholder="{H.escape(x[1])}"><button type="button">{e(x[2] if len(x) > 2 else "搜索")}</button></form>'
    if isinstance(x, list):
        return links(x)
    return f"<div>{e(x)}</div>"


CSS = {
    "table": "body{margin:0;font:12px/1.8 SimSun,serif;background:#eef}table{border-collapse:collapse}"
             "td{vertical-align:top}.nav,.rl,.lst{margin:0;padding:0 0 0 18px}.nav li{display:inline;margin:0 6px}"
             ".title{font-size:20px;font-weight:bold;text-align:center;color:#c00}.info{text-align:center;border-bottom:1px dashed #999}"
             ".dt td,.dt th{padding:2px 6px}.foot{text-align:center;background:#ddd}",
    "div": "body{margin:0;font:14px/1.9 'Microsoft YaHei',sans-serif}.wrap{width:1100px;margin:0 auto}"
           ".nav{list-style:none;margin:0;padding:0;background:#1c5fb0}.nav li{display:inline-block;padding:6px 14px}.nav a{color:#fff}"
           ".rl{padding-left:18px}.main{display:flex;gap:20px}.art{flex:1}.side{width:280px}"
           "h1{font-size:26px;text-align:center}.info{color:#666;text-align:center;font-size:13px}.foot{background:#333;color:#ccc;padding:12px;text-align:center}"
           ".dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #999;padding:3px 8px}",
    "grid": "body{margin:0;font:16px/1.8 -apple-system,'PingFang SC',sans-serif;color:#222}header,footer{padding:10px 24px}"
            ".nav{display:flex;gap:18px;list-style:none;padding:0}.main{display:grid;grid-template-columns:1fr 300px;gap:32px;max-width:1200px;margin:auto}"
            "h1{font-size:30px}.info{display:flex;gap:16px;color:#888;font-size:14px}.rl{list-style:none;padding:0}"
            ".dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #ccc;padding:4px 10px}footer{background:#f4f4f4;font-size:13px}",
    "app": "body{margin:0 auto;max-width:720px;font:17px/1.75 -apple-system,sans-serif;color:#333}h1{font-size:24px}"
           ".nav{display:flex;list-style:none;padding:0;gap:10px}.rl{list-style:none;padding:0}.info{color:#999;font-size:14px}"
           ".dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #ddd;padding:4px}",
    "epaper": "body{margin:0;font:14px/1.8 SimSun,serif;background:#f7f3ea}.wrap{display:flex;width:1200px;margin:auto}"
              ".left{width:360px;border-right:1px solid #ccc}.art{flex:1;padding:0 20px}.nav,.rl{padding-left:18px}"
              ".yt,.ft{text-align:center;color:#555}h1{text-align:center;font-size:24px}.info{text-align:center;color:#777}"
              ".dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #999;padding:3px}",
}


def render(pg):
    skel = pg.get("skel", "div")
    blocks = parse_body(pg["body"])
    title_lines = pg.get("title_lines") or [pg["title"]]
    tag = pg.get("title_tag", "h1")
    if skel == "table":
        title_html = f'<tr><td class="title">{"<br>".join(e(t) for t in title_lines)}</td></tr>'
    else:
        title_html = f'<{tag} class="title">{"<br>".join(e(t) for t in title_lines)}</{tag}>'
    pre = "".join(f'<div class="yt">{e(x)}</div>' for x in pg.get("pre", []))
    sub = "".join(f'<div class="ft">{e(x)}</div>' for x in pg.get("sub", []))
    info = pg.get("info", "")
    info_html = f'<div class="info">{info}</div>' if info else ""
    pos = pg.get("info_pos", "below")
    body_html = f'<div class="content">{render_body(blocks, pg)}</div>'
    after = "\n".join(block(x) for x in pg.get("after", []))
    top = "\n".join(block(x) for x in pg.get("top", []))
    side = "\n".join(block(x) for x in pg.get("side", []))
    foot = "\n".join(block(x) for x in pg.get("foot", []))
    crumb = f'<div class="crumb">{e(pg["crumb"])}</div>' if pg.get("crumb") else ""

    if skel == "table":
        if pos == "above":
            art = f"<table width=\"100%\">{''}<tr><td class=\"info\">{info}</td></tr>{title_html}</table>"
        else:
            art = f"<table width=\"100%\">{title_html}<tr><td class=\"info\">{info}</td></tr></table>"
        if pos == "end":
            art = f"<table width=\"100%\">{title_html}</table>"
        art = pre + art + sub + body_html + (info_html if pos == "end" else "") + after
        html_body = (f'<table width="980" align="center" bgcolor="#ffffff"><tr><td>{top}</td></tr>'
                     f'<tr><td>{crumb}</td></tr><tr><td><table width="100%"><tr>'
                     f'<td width="700">{art}</td><td width="260">{side}</td></tr></table></td></tr>'
                     f'<tr><td class="foot">{foot}</td></tr></table>')
    else:
        if pos == "above":
            head = info_html + pre + title_html + sub
        else:
            head = pre + title_html + sub + (info_html if pos == "below" else "")
        art = head + body_html + (info_html if pos == "end" else "") + after
        if skel == "epaper":
            html_body = (f'<div class="top">{top}</div><div class="wrap"><div class="left">{side}</div>'
                         f'<div class="art">{crumb}{art}</div></div><div class="foot">{foot}</div>')
        elif skel == "app":
            html_body = f'<div class="top">{top}</div>{crumb}<article>{art}</article><div class="side">{side}</div><div class="foot">{foot}</div>'
        elif skel == "grid":
            html_body = (f'<header>{top}</header>{crumb}<main class="main"><article class="art">{art}</article>'
                         f'<aside class="side">{side}</aside></main><footer>{foot}</footer>')
        else:
            html_body = (f'<div class="wrap"><div class="top">{top}</div>{crumb}<div class="main">'
                         f'<div class="art">{art}</div><div class="side">{side}</div></div></div>'
                         f'<div class="foot">{foot}</div>')
    css = CSS[skel] + pg.get("css", "")
    doc_title = pg.get("doc_title", pg["title"])
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<style>%s</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % ("en" if pg.get("lang") == "en" else "zh-CN", e(doc_title), css, html_body))


def gold(pg):
    return {
        "id": pg["id"], "set": SET, "lang": pg.get("lang", "zh"), "kind": pg["kind"],
        "title": pg["title"], "authors": pg["authors"], "publish_time": pg["time"],
        "body_paragraphs": gold_body(parse_body(pg["body"])),
    }


def all_pages():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    ids = [p["id"] for p in pages]
    assert ids == [f"vj-{i:02d}" for i in range(1, 41)], ids
    return pages


def main():
    pages = all_pages()
    for pg in pages:
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(pg))
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(pg), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
