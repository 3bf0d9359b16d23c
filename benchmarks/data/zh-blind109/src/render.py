"""Render one page description (a dict, see pages_*.py) to HTML and to gold.

The gold body is taken from the same blocks that are rendered as the article body,
so what is rendered as body and what the gold calls body cannot drift apart.
"""
from html import escape as esc

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

BODY_KINDS = {"p", "h", "li", "ol", "table", "quote", "right", "pi"}


def gold_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "quote", "right", "pi"):
            out.append(b[1])
        elif k in ("li", "ol"):
            out.extend(b[1])
        elif k == "table":
            for row in b[1]:
                out.append(" ".join(row))
    return out


def render_block(b, style):
    k = b[0]
    indent = style.get("indent", "")
    if k == "p":
        return f"<p>{indent}{esc(b[1])}</p>"
    if k == "pi":  # paragraph with an inline emphasis at its start (lead words in bold)
        lead, rest = b[2], b[1][len(b[2]):]
        return f"<p>{indent}<strong>{esc(lead)}</strong>{esc(rest)}</p>"
    if k == "h":
        tag = style.get("htag", "h3")
        if tag == "strong":
            return f"<p>{indent}<strong>{esc(b[1])}</strong></p>"
        return f"<{tag} class=\"sub\">{esc(b[1])}</{tag}>"
    if k == "li":
        return "<ul class=\"lst\">" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>"
    if k == "ol":  # numbers are in the text itself
        return "".join(f"<p>{indent}{esc(x)}</p>" for x in b[1])
    if k == "table":
        rows = b[1]
        h = "<table class=\"dt\" border=\"1\" cellspacing=\"0\">"
        for i, r in enumerate(rows):
            cell = "th" if i == 0 else "td"
            h += "<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in r) + "</tr>"
        return h + "</table>"
    if k == "quote":
        return f"<blockquote>{esc(b[1])}</blockquote>"
    if k == "right":
        return f"<p style=\"text-align:right\">{esc(b[1])}</p>"
    if k == "img":
        alt = b[1]
        cap = b[2] if len(b) > 2 else None
        src = f" src=\"{GIF}\"" if style.get("gif") else ""
        h = f"<p class=\"pic\" style=\"text-align:center\"><img alt=\"{esc(alt)}\"{src} width=\"600\" height=\"1\"></p>"
        if cap:
            h += f"<p class=\"caption\" style=\"text-align:center\">{esc(cap)}</p>"
        return h
    if k == "note":  # on the page inside the article area, not body
        return f"<p class=\"note\">{esc(b[1])}</p>"
    if k == "wenhao":
        return f"<p class=\"wh\" style=\"text-align:center\">{esc(b[1])}</p>"
    if k == "raw":
        return b[1]
    raise ValueError(k)


def lines_div(items, cls, tag="div"):
    return "".join(f"<{tag} class=\"{cls}\">{esc(x)}</{tag}>" for x in items)


def render(page):
    s = page["site"]
    gen = s.get("gen", "div")
    style = s.get("body_style", {})
    css = BASE_CSS + s.get("css", "")
    parts = []
    # ---- top bar -----------------------------------------------------------
    if s.get("topbar"):
        sep = s.get("topbar_sep", " | ")
        parts.append(f"<div class=\"topbar\">{esc(sep.join(s['topbar']))}</div>")
    if s.get("banner"):
        ban = "".join(f"<div class=\"bn{i}\">{esc(x)}</div>" for i, x in enumerate(s["banner"]))
        if s.get("logo_alt"):
            ban = f"<img alt=\"{esc(s['logo_alt'])}\" class=\"logo\">" + ban
        parts.append(f"<div class=\"banner\">{ban}</div>")
    if s.get("search") is not None:
        btn = s.get("search_btn", "搜索")
        parts.append(f"<div class=\"search\"><input type=\"text\" placeholder=\"{esc(s['search'])}\"><button>{esc(btn)}</button></div>")
    if s.get("nav"):
        if gen == "table":
            parts.append("<table class=\"nav\" width=\"100%\"><tr>" + "".join(f"<td>{esc(x)}</td>" for x in s["nav"]) + "</tr></table>")
        elif gen == "flex":  # links separated by spaces in one bar
            parts.append("<nav class=\"nav2\">" + "　".join(f"<a>{esc(x)}</a>" for x in s["nav"]) + "</nav>")
        else:
            parts.append("<ul class=\"nav\">" + "".join(f"<li>{esc(x)}</li>" for x in s["nav"]) + "</ul>")
    if s.get("subnav"):
        parts.append(f"<div class=\"subnav\">{esc(s['subnav'])}</div>")
    # e-paper navigation ------------------------------------------------------
    if s.get("epaper_top"):
        parts.append(lines_div(s["epaper_top"], "ep"))
    if s.get("crumb"):
        parts.append(f"<div class=\"crumb\">{esc(s['crumb'])}</div>")
    # ---- article -----------------------------------------------------------
    art = []
    title_html = ""
    if page.get("yin"):
        title_html += f"<div class=\"yin\">{esc(page['yin'])}</div>"
    tl = page.get("title_lines") or [page["title"]]
    ttag = s.get("title_tag", "h1")
    pref = f"<span class=\"lbl\">{esc(page['title_prefix'])}</span>" if page.get("title_prefix") else ""
    title_html += f"<{ttag} class=\"tt\">" + pref + "<br>".join(esc(x) for x in tl) + f"</{ttag}>"
    if page.get("fu"):
        title_html += f"<div class=\"fu\">{esc(page['fu'])}</div>"
    info = page.get("info", [])
    istyle = page.get("info_style", "inline")
    if istyle == "inline":
        info_html = f"<div class=\"info\">{esc(page.get('info_sep', '　').join(info))}</div>" if info else ""
    elif istyle == "spans":
        info_html = "<div class=\"info\">" + "".join(f"<span>{esc(x)}</span>" for x in info) + "</div>"
    elif istyle == "lines":
        info_html = "<div class=\"info\">" + lines_div(info, "il") + "</div>"
    elif istyle == "table":
        info_html = "<table class=\"info\" width=\"100%\"><tr>" + "".join(f"<td>{esc(x)}</td>" for x in info) + "</tr></table>"
    else:
        raise ValueError(istyle)
    if page.get("info_pos", "below") == "above":
        art.append(info_html + title_html)
    else:
        art.append(title_html + info_html)
    if page.get("pre"):  # things between info bar and body (summary box, audio player label...)
        art.append(lines_div(page["pre"], "pre"))
    body = "".join(render_block(b, style) for b in page["blocks"])
    art.append(f"<div class=\"content\">{body}</div>")
    if page.get("after"):
        art.append(lines_div(page["after"], "after"))
    if s.get("share"):
        art.append(f"<div class=\"share\">{esc(s['share'])}</div>")
    if s.get("tools"):
        art.append(f"<div class=\"tools\">{esc(s['tools'])}</div>")
    if s.get("prevnext"):
        art.append(lines_div(s["prevnext"], "pn"))
    if s.get("related"):
        t, items = s["related"]
        art.append(f"<div class=\"rel\"><div class=\"relt\">{esc(t)}</div>" +
                   "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul></div>")
    article = "".join(art)
    side = ""
    if s.get("sidebar"):
        t, items = s["sidebar"]
        side = f"<div class=\"sbt\">{esc(t)}</div>" + "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>"
    left = s.get("sidebar_side", "right") == "left"
    if gen == "table":
        if side:
            cells = [f"<td class=\"side\" width=\"220\" valign=\"top\">{side}</td>",
                     f"<td class=\"main\" valign=\"top\">{article}</td>"]
            if not left:
                cells.reverse()
            parts.append("<table class=\"layout\" width=\"980\" align=\"center\"><tr>" + "".join(cells) + "</tr></table>")
        else:
            parts.append(f"<table class=\"layout\" width=\"980\" align=\"center\"><tr><td class=\"main\">{article}</td></tr></table>")
    else:
        tag = "article" if gen in ("flex", "app") else "div"
        main = f"<{tag} class=\"main\">{article}</{tag}>"
        aside = f"<aside class=\"side\">{side}</aside>" if side else ""
        inner = (aside + main) if left else (main + aside)
        parts.append(f"<div class=\"wrap {gen}\">{inner}</div>")
    if s.get("epaper_bottom"):
        parts.append(lines_div(s["epaper_bottom"], "ep"))
    if s.get("qr"):
        qr = "".join(f"<div class=\"qr\"><img alt=\"{esc(x)}\" src=\"{GIF}\" width=\"1\" height=\"1\"><span>{esc(x)}</span></div>"
                     for x in s["qr"])
        parts.append(f"<div class=\"qrs\">{qr}</div>")
    if s.get("links"):
        parts.append("<div class=\"links\">" + esc(s.get("links_sep", "  ").join(s["links"])) + "</div>")
    if s.get("footer"):
        parts.append("<div class=\"footer\">" + lines_div(s["footer"], "fl", "p") + "</div>")
    if s.get("app_bar"):
        parts.append(f"<div class=\"appbar\">{esc(s['app_bar'])}</div>")
    lang = page.get("lang", "zh")
    html_lang = "zh-CN" if lang == "zh" else "en"
    doc = (f"<!DOCTYPE html>\n<html lang=\"{html_lang}\"><head><meta charset=\"utf-8\">"
           f"<title>{esc(page.get('doc_title', page['title']))}</title><style>{css}</style></head>"
           f"<body>{''.join(parts)}</body></html>\n")
    return doc


def gold(page, setname):
    return {
        "id": page["id"], "set": setname, "lang": page.get("lang", "zh"), "kind": page["kind"],
        "title": page["title"], "authors": page["authors"], "publish_time": page["publish_time"],
        "body_paragraphs": gold_body(page["blocks"]),
    }


BASE_CSS = """
body{margin:0;font:14px/1.7 "Microsoft YaHei",SimSun,sans-serif;color:#333}
.topbar{background:#eee;font-size:12px;padding:2px 10px}
.banner{padding:10px 20px}.bn0{font-size:26px;font-weight:bold}
ul.nav{list-style:none;margin:0;padding:0;background:#b40000;color:#fff}ul.nav li{display:inline-block;padding:6px 12px}
.crumb{padding:6px 20px;font-size:12px}
.wrap.flex{display:flex;gap:20px;max-width:1200px;margin:auto}.wrap.flex .main{flex:1}.wrap.flex .side{width:280px}
.wrap.app{max-width:720px;margin:auto}
h1.tt{font-size:24px;text-align:center}.info{font-size:12px;color:#666;text-align:center}
.yin,.fu{text-align:center;font-size:16px}
table.dt{border-collapse:collapse;margin:8px auto}table.dt td,table.dt th{padding:3px 8px}
.footer{font-size:12px;text-align:center;background:#f3f3f3;padding:10px}
.qr{display:inline-block;margin:6px}
"""
