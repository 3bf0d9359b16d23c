#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description gives the furniture (top links, banner, nav, crumb, info bar,
share, related, footer) and the article as a list of blocks; the gold body comes
from the very blocks that are rendered as body.
Blocks: ("p", text) ("h", text) ("li", text) ("table", [[cells]...]) are body;
("img", alt, caption) ("note", text) (bylines, editor, source lines) are not.
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import pages_gov, pages_media, pages_rest, extra  # noqa: E402

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

CSS = {
    "table": "body{font:12px SimSun,serif;margin:0;background:#eef}table{border-collapse:collapse}"
             "td{padding:2px 4px}.nav td{background:#1b5fa8;color:#fff}.tit{font:bold 20px SimHei;text-align:center}"
             ".info{text-align:center;color:#666}.foot{text-align:center;color:#444}.cap{text-align:center}",
    "div": "body{font:14px 'Microsoft YaHei',sans-serif;margin:0}header{background:#b00;color:#fff;padding:8px}"
           "nav a{margin:0 8px}.wrap{width:1000px;margin:auto}h1{font-size:26px}.info span{margin-right:12px}"
           ".side{float:right;width:260px}footer{background:#333;color:#ccc;padding:10px;clear:both}",
    "app": "body{font:16px -apple-system,sans-serif;margin:0 auto;max-width:680px}.top{display:flex;justify-content:space-between}"
           "h1{font-size:22px}.acct{display:flex;gap:8px;color:#555}.open{background:#f44;color:#fff;padding:4px}",
    "epaper": "body{font:13px SimSun;margin:0}.bm{float:left;width:220px;background:#f6efe0}.art{margin-left:240px}"
              ".yt,.ft{color:#555;font-size:15px}.zt{font:bold 24px SimHei}.bb li{list-style:none}",
}


def esc(s):
    return H.escape(s, quote=True)


def lines(items, tag="div", cls=None, sep=None):
    c = f' class="{cls}"' if cls else ""
    if sep is not None:
        return f"<{tag}{c}>" + sep.join(esc(i) for i in items) + f"</{tag}>"
    return "".join(f"<{tag}{c}>{esc(i)}</{tag}>" for i in items)


def links(items, sep=""):
    return sep.join(f'<a href="#">{esc(i)}</a>' for i in items)


def render_blocks(blocks, indent=False):
    out, body = [], []
    ind = "\u3000\u3000" if indent else ""
    ul = []

    def flush():
        if ul:
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in ul) + "</ul>")
            ul.clear()
    for b in blocks:
        k = b[0]
        if k != "li":
            flush()
        if k == "p":
            out.append(f"<p>{esc(ind + b[1])}</p>")
            body.append(b[1])
        elif k == "h":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>")
            body.append(b[1])
        elif k == "li":
            ul.append(b[1])
            body.append(b[1])
        elif k == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table border="1">{rows}</table>')
            body.extend(" ".join(r) for r in b[1])
        elif k == "img":
            out.append(f'<p class="cap"><img alt="{esc(b[1])}" src="{GIF}" width="1" height="1"></p>')
            if len(b) > 2 and b[2]:
                out.append(f'<p class="cap">{esc(b[2])}</p>')
        elif k == "note":
            out.append(f'<p class="note">{esc(b[1])}</p>')
        elif k == "right":  # 署名 / 成文日期 aligned right, body
            out.append(f'<p style="text-align:right">{esc(b[1])}</p>')
            body.append(b[1])
        elif k == "center":  # 文号 line etc, not body
            out.append(f'<p style="text-align:center">{esc(b[1])}</p>')
        else:
            raise ValueError(k)
    flush()
    return "".join(out), body


def render(pg):
    lay = pg.get("layout", "div")
    tj = "" if pg.get("lang", "zh") == "zh" else " "
    title = tj.join(pg["title"]) if isinstance(pg["title"], list) else pg["title"]
    tlines = pg["title"] if isinstance(pg["title"], list) else [pg["title"]]
    art_html, body = render_blocks(pg["blocks"], pg.get("indent", False))
    P = []
    P.append(f'<!DOCTYPE html><html lang="{"zh-CN" if pg.get("lang","zh")=="zh" else "en"}"><head><meta charset="utf-8">'
             f'<title>{esc(pg.get("doctitle", title))}</title><style>{CSS[lay]}{pg.get("css","")}</style></head><body>')
    if pg.get("top"):
        P.append('<div class="topbar">' + links(pg["top"], pg.get("topsep", " | ")) + "</div>")
    if pg.get("banner"):
        P.append("<header>" + lines(pg["banner"]) + "</header>")
    if pg.get("search"):
        P.append(f'<form><input type="text" placeholder="{esc(pg["search"])}"><button>搜索</button></form>')
    if pg.get("nav"):
        if lay == "table":
            P.append('<table class="nav" width="100%"><tr>' + "".join(f"<td>{esc(n)}</td>" for n in pg["nav"]) + "</tr></table>")
        else:
            P.append("<nav>" + links(pg["nav"]) + "</nav>")
    if lay == "epaper":
        P.append('<div class="bm">' + lines(pg.get("side", [])) + '<ul class="bb">' +
                 "".join(f"<li>{esc(x)}</li>" for x in pg.get("bblist", [])) + "</ul></div><div class=\"art\">")
    if pg.get("crumb"):
        P.append(f'<div class="crumb">{esc(pg["crumb"])}</div>')
    if pg.get("info_pos") == "above":
        P.append(lines(pg["info"], cls="info"))
    P.append(lines(pg.get("pre", []), cls="yt"))
    if lay == "table":
        P.append('<table width="100%"><tr><td class="tit">' + "<br>".join(esc(t) for t in tlines) + "</td></tr></table>")
    else:
        P.append('<h1 class="zt">' + "<br>".join(esc(t) for t in tlines) + "</h1>")
    P.append(lines(pg.get("sub", []), cls="ft"))
    if pg.get("info_pos", "below") == "below":
        P.append(lines(pg["info"], cls="info"))
    if pg.get("acct"):
        P.append('<div class="acct">' + "".join(f"<span>{esc(a)}</span>" for a in pg["acct"]) + "</div>")
    P.append(lines(pg.get("lead", []), cls="lead"))
    if lay == "table":
        P.append(f'<table width="100%"><tr><td class="content">{art_html}</td></tr></table>')
    else:
        P.append(f'<article>{art_html}</article>')
    if pg.get("info_pos") == "bottom":
        P.append(lines(pg["info"], cls="info"))
    P.append(lines(pg.get("after", []), cls="after"))
    if pg.get("share"):
        P.append('<div class="share">' + links(pg["share"], " ") + "</div>")
    if pg.get("prevnext"):
        P.append(lines(pg["prevnext"], cls="pn"))
    if pg.get("related"):
        P.append(f'<div class="rel"><h3>{esc(pg.get("related_h","相关阅读"))}</h3><ul>' +
                 "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in pg["related"]) + "</ul></div>")
    if pg.get("qr"):
        P.append(f'<div class="qr"><img alt="{esc(pg["qr"][0])}" src="{GIF}" width="1" height="1"><p>{esc(pg["qr"][1])}</p></div>')
    if lay == "epaper":
        P.append("</div>")
    if pg.get("footer"):
        tag = "table" if lay == "table" else "footer"
        if tag == "table":
            P.append('<table class="foot" width="100%">' + "".join(f"<tr><td>{esc(f)}</td></tr>" for f in pg["footer"]) + "</table>")
        else:
            P.append("<footer>" + lines(pg["footer"]) + "</footer>")
    P.append("</body></html>\n")
    gold = {"id": pg["id"], "set": "zh-blind158", "lang": pg.get("lang", "zh"), "kind": pg["kind"],
            "title": title, "authors": pg["authors"], "publish_time": pg["time"], "body_paragraphs": body}
    return "".join(P), gold


def main():
    pages = pages_gov.PAGES + pages_media.PAGES + pages_rest.PAGES
    for pg in pages:
        add = extra.X.get(pg["id"])
        if add:
            bl = pg["blocks"]
            idx = [i for i, b in enumerate(bl) if b[0] == "right"]
            if idx:
                pos = idx[0]
            else:
                pos = max(i for i, b in enumerate(bl) if b[0] in ("p", "h", "li", "table"))
                if pg["id"] not in extra.BEFORE_LAST:
                    pos += 1
            bl.insert(pos, ("p", add))
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in pages:
        h, g = render(pg)
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(h)
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(pages), "pages")


if __name__ == "__main__":
    main()
