"""Render one page spec (a dict) into a self-contained HTML page, and derive its gold.

Body items: str = paragraph; ('h', t) sub-heading; ('table', [[cells]...]) table, one gold
paragraph per row (cells joined by a space); ('img', alt, caption) picture + caption (not body);
('r', t) right-aligned paragraph (署名/成文日期: body); ('x', html) furniture inside the article
column (not body, e.g. 展开全文, an editor note); ('q', t) quoted/indented paragraph (body).
Furniture fields are plain HTML strings so that every page can carry its own site's wording.
"""
import html as H

E = H.escape


def nb(s):
    """Keep runs of two spaces (e.g. `王  静`) as no-break spaces so the browser copies them."""
    return E(s).replace("  ", "&nbsp;&nbsp;")


def body_html(items, pcls=""):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p{pcls}>{nb(it)}</p>")
        elif it[0] == "h":
            out.append(f"<p{pcls}><strong>{nb(it[1])}</strong></p>")
        elif it[0] == "q":
            out.append(f'<blockquote><p>{nb(it[1])}</p></blockquote>')
        elif it[0] == "r":
            out.append(f'<p style="text-align:right">{nb(it[1])}</p>')
        elif it[0] == "img":
            out.append(f'<p style="text-align:center"><img alt="{E(it[1])}" width="600" height="20"></p>')
            if it[2]:
                out.append(f'<p class="cap" style="text-align:center;color:#666">{nb(it[2])}</p>')
        elif it[0] == "x":
            out.append(fx(it[1]))
        elif it[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{nb(c)}</td>" for c in r) + "</tr>" for r in it[1])
            out.append(f'<table class="dt" border="1" cellspacing="0">{rows}</table>')
    return "\n".join(out)


def gold_body(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] in ("h", "q", "r"):
            out.append(fx(it[1]))
        elif it[0] == "table":
            out.extend(" ".join(r) for r in it[1])
    return out


def title_html(p, tag="h1", cls="title"):
    t = p["title"]
    if isinstance(t, list):
        inner = "<br>".join(nb(x) for x in t)
    else:
        inner = nb(t)
    s = ""
    if p.get("kicker"):
        s += f'<p class="kicker">{nb(p["kicker"])}</p>'
    s += f'<{tag} class="{cls}">{inner}</{tag}>'
    if p.get("subtitle"):
        s += f'<p class="subtitle">{nb(p["subtitle"])}</p>'
    return s


def ul(items, cls="list"):
    return f'<ul class="{cls}">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


CSS = """
body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#222;font-size:15px}
a{color:#1a3d7c;text-decoration:none}
.top{background:#f2f2f2;font-size:12px;padding:4px 20px}
.top span{margin-right:14px}
.banner{background:#b3121a;color:#fff;padding:18px 20px;font-size:26px}
.banner.blue{background:#0b4c9c}.banner.green{background:#1d6b3a}.banner.dark{background:#333}
.nav{background:#8f0d13;padding:6px 20px}.nav a{color:#fff;margin-right:18px}
.nav.blue{background:#093d7e}
.wrap{width:1000px;margin:0 auto}
.crumb{font-size:13px;padding:8px 0;color:#555}
.title{text-align:center;font-size:24px;margin:16px 0 8px}
.kicker,.subtitle{text-align:center;color:#555;margin:4px}
.info{text-align:center;font-size:13px;color:#777;border-bottom:1px solid #ddd;padding:6px 0}
.info span{margin:0 6px}
.content p{text-indent:2em;line-height:1.9}
.side{float:right;width:260px;font-size:13px}
.foot{background:#eee;font-size:12px;text-align:center;padding:14px;margin-top:30px;clear:both}
.list li{font-size:14px;line-height:1.8}
table.rec{width:100%;border-collapse:collapse;font-size:13px}
table.rec td{border:1px solid #ccc;padding:4px}
table.dt{border-collapse:collapse;margin:8px auto}table.dt td{padding:3px 8px;font-size:13px}
.m{max-width:480px;margin:0 auto}.m .title{text-align:left;font-size:22px}
.appbar{background:#d43c33;color:#fff;padding:8px;font-size:14px}
.cmt{font-size:13px;border-top:1px solid #eee;padding:6px 0}
.ep-left{float:left;width:420px}.ep-right{margin-left:440px}
.btns span{border:1px solid #ccc;padding:2px 8px;margin-right:6px;font-size:12px}
"""


def search(ph, btn="搜索"):
    return f'<form class="search"><input type="text" placeholder="{E(ph)}"><button type="button">{btn}</button></form>'


def page(p):
    lay = p["layout"]
    head = (f'<!DOCTYPE html>\n<html lang="{p.get("htmllang", "zh-CN")}"><head><meta charset="utf-8">'
            f'<title>{E(p.get("doctitle") or (p["title"] if isinstance(p["title"], str) else "".join(p["title"])))}</title>'
            f'<style>{CSS}{p.get("css", "")}</style></head>\n<body>\n')
    f = LAYOUTS[lay](p)
    return head + f + "\n</body></html>\n"


def common_top(p):
    s = ""
    if p.get("top"):
        s += '<div class="top">' + "".join(f"<span>{x}</span>" for x in p["top"]) + "</div>\n"
    if p.get("banner"):
        s += f'<div class="banner {p.get("bcls", "")}">{p["banner"]}</div>\n'
    if p.get("search"):
        s += search(p["search"], p.get("searchbtn", "搜索")) + "\n"
    if p.get("nav"):
        s += f'<div class="nav {p.get("bcls", "")}">' + "".join(f"<a>{x}</a>" for x in p["nav"]) + "</div>\n"
    return s


def fx(s):
    """Furniture HTML: keep two-space runs (spaced names) as no-break spaces."""
    return s.replace("  ", "&nbsp;&nbsp;")


def pre_post(p, key):
    return "\n".join(fx(f"<div>{x}</div>" if not x.startswith("<") else x) for x in p.get(key, []))


def lay_gov_old(p):
    """2010s table layout."""
    s = '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>\n'
    s += common_top(p)
    s += f'<table width="100%"><tr><td class="crumb">{p.get("crumb", "")}</td></tr></table>\n'
    s += '<table width="100%" cellpadding="10"><tr><td>\n'
    if p.get("info_above"):
        s += f'<div class="info">{fx(p["info"])}</div>'
    s += title_html(p, "h1" if p.get("h1") else "div", "title")
    if not p.get("info_above") and p.get("info"):
        s += f'<table width="100%"><tr><td class="info">{fx(p["info"])}</td></tr></table>\n'
    s += pre_post(p, "pre")
    s += f'<div class="content">{body_html(p["body"])}</div>\n'
    s += pre_post(p, "post")
    s += "</td></tr></table>\n"
    s += pre_post(p, "below")
    s += f'<table width="100%" class="foot"><tr><td>{"<br>".join(p.get("footer", []))}</td></tr></table>'
    s += "</td></tr></table>"
    return s


def lay_gov_new(p):
    """2020s div portal; optional disclosure record table."""
    s = common_top(p)
    s += '<div class="wrap">\n'
    s += f'<div class="crumb">{p.get("crumb", "")}</div>\n'
    if p.get("record"):
        colon = "：" if p.get("rec_colon", True) else ""
        cells = []
        for i in range(0, len(p["record"]), 2):
            pair = p["record"][i:i + 2]
            cells.append("<tr>" + "".join(f"<td><b>{k}{colon}</b></td><td>{v}</td>" for k, v in pair) + "</tr>")
        s += f'<table class="rec">{"".join(cells)}</table>\n'
    if p.get("side"):
        s += f'<div class="side">{p["side"]}</div>\n'
    s += '<div class="main">'
    if p.get("label"):
        s += f'<div class="label">{p["label"]}</div>'
    if p.get("info_above"):
        s += f'<div class="info">{fx(p["info"])}</div>'
    s += title_html(p)
    if not p.get("info_above") and p.get("info"):
        s += f'<div class="info">{fx(p["info"])}</div>\n'
    s += pre_post(p, "pre")
    s += f'<div class="content">{body_html(p["body"])}</div>\n'
    s += pre_post(p, "post")
    s += "</div>\n"
    s += pre_post(p, "below")
    s += "</div>\n"
    s += f'<div class="foot">{"<br>".join(p.get("footer", []))}</div>'
    return s


def lay_mobile(p):
    s = '<div class="m">\n'
    if p.get("appbar"):
        s += f'<div class="appbar">{p["appbar"]}</div>\n'
    s += pre_post(p, "mtop")
    if p.get("info_above"):
        s += f'<div class="info" style="text-align:left">{fx(p["info"])}</div>'
    s += title_html(p)
    if not p.get("info_above") and p.get("info"):
        s += f'<div class="info" style="text-align:left">{fx(p["info"])}</div>\n'
    s += pre_post(p, "pre")
    s += f'<div class="content">{body_html(p["body"])}</div>\n'
    s += pre_post(p, "post")
    if p.get("comments"):
        s += f'<div class="cmts"><h3>{p.get("cmt_head", "评论")}</h3>'
        for u, t, c, extra in p["comments"]:
            s += f'<div class="cmt"><b>{u}</b> <span>{t}</span><p>{E(c)}</p><span>{extra}</span></div>'
        s += "</div>\n"
    s += pre_post(p, "below")
    s += f'<div class="foot">{"<br>".join(p.get("footer", []))}</div></div>'
    return s


def lay_epaper(p):
    s = common_top(p)
    s += '<div class="wrap">\n'
    s += f'<div class="crumb">{p.get("crumb", "")}</div>\n'
    s += f'<div class="ep-left">{p.get("epleft", "")}</div>\n<div class="ep-right">'
    s += title_html(p, "h1", "title")
    if p.get("info"):
        s += f'<div class="info">{fx(p["info"])}</div>\n'
    s += pre_post(p, "pre")
    s += f'<div class="content">{body_html(p["body"])}</div>\n'
    s += pre_post(p, "post")
    s += "</div>\n" + pre_post(p, "below") + "</div>\n"
    s += f'<div class="foot">{"<br>".join(p.get("footer", []))}</div>'
    return s


LAYOUTS = {"gov_old": lay_gov_old, "gov_new": lay_gov_new, "mobile": lay_mobile, "epaper": lay_epaper}
