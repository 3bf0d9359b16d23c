"""Render one page description (dict) to HTML and gold JSON.

Body blocks (page["body"]): ("p", text) ("h", text) ("li", [items]) ("table", [[cells]])
("quote", text) ("right", text) are body; ("img", alt, caption) and ("note", text) are not.
"""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = H.escape


def body_paras(page):
    out = []
    for b in page["body"]:
        k = b[0]
        if k in ("p", "h", "quote", "right"):
            out.append(b[1])
        elif k == "li":
            out.extend(b[1])
        elif k == "table":
            out.extend(" ".join(c for c in row) for row in b[1])
    return out


def gold(page, setname="zh-blind140"):
    return {"id": page["id"], "set": setname, "lang": page.get("lang", "zh"), "kind": page["kind"],
            "title": page["title"], "authors": page["authors"], "publish_time": page["publish_time"],
            "body_paragraphs": body_paras(page)}


def render_body(page, t):
    ind = "\u3000\u3000" if t.get("indent") == "u3000" else ""
    hstyle = t.get("hstyle", "h3")
    out = []
    for b in page["body"]:
        k = b[0]
        if k == "p":
            if t.get("ptag") == "div":
                out.append(f"<div class=\"para\">{ind}{E(b[1])}</div>")
            elif t.get("ptag") == "br":
                out.append(f"{ind}{E(b[1])}<br><br>")
            else:
                out.append(f"<p>{ind}{E(b[1])}</p>")
        elif k == "h":
            if hstyle == "strong":
                out.append(f"<p>{ind}<strong>{E(b[1])}</strong></p>")
            else:
                out.append(f"<{hstyle}>{E(b[1])}</{hstyle}>")
        elif k == "li":
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "table":
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
            out.append("<table class=\"dt\" border=\"1\">" + "".join(rows) + "</table>")
        elif k == "quote":
            out.append(f"<blockquote>{E(b[1])}</blockquote>")
        elif k == "right":
            out.append(f"<p style=\"text-align:right\">{E(b[1])}</p>")
        elif k == "img":
            out.append(f"<div class=\"pic\"><img src=\"{GIF}\" alt=\"{E(b[1])}\" width=\"600\" height=\"1\">"
                       + (f"<p class=\"cap\">{E(b[2])}</p>" if b[2] else "") + "</div>")
        elif k == "note":
            out.append(f"<p class=\"note\">{E(b[1])}</p>")
        elif k == "raw":
            out.append(b[1])
    return "\n".join(out)


def info_html(t):
    info = t.get("info", [])
    st = t.get("info_style", "spaced")
    if not info:
        return ""
    if st == "glued":
        s = "".join(E(x) for x in info)
    elif st == "spaced":
        s = "&nbsp;&nbsp;&nbsp;&nbsp;".join(E(x) for x in info)
    elif st == "spans":
        s = "".join(f"<span>{E(x)}</span> " for x in info)
    elif st == "lines":
        s = "".join(f"<div>{E(x)}</div>" for x in info)
    elif st == "table":
        s = "<table class=\"ib\"><tr>" + "".join(f"<td>{E(x)}</td>" for x in info) + "</tr></table>"
    elif st == "pipe":
        s = " | ".join(E(x) for x in info)
    else:
        s = " ".join(E(x) for x in info)
    tools = t.get("tools")
    if tools:
        s += f" <span class=\"tools\">{E(tools)}</span>"
    return f"<div class=\"info\">{s}</div>"


def title_html(page, t):
    tag = t.get("title_tag", "h1")
    parts = []
    if page.get("pre"):
        parts.append(f"<div class=\"pre\">{E(page['pre'])}</div>")
    lines = page.get("title_lines") or [page["title"]]
    parts.append(f"<{tag} class=\"tt\">" + "<br>".join(E(x) for x in lines) + f"</{tag}>")
    if page.get("sub"):
        parts.append(f"<div class=\"sub\">{E(page['sub'])}</div>")
    return "\n".join(parts)


def ul(items, cls="lst"):
    return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"#\">{E(x)}</a></li>" for x in items) + "</ul>"


def furniture_top(t):
    o = []
    if t.get("top"):
        o.append("<div class=\"topbar\">" + " ".join(f"<a href=\"#\">{E(x)}</a>" for x in t["top"]) + "</div>")
    o.append(f"<div class=\"banner\"><img src=\"{GIF}\" alt=\"{E(t.get('logo_alt', t['site']))}\" width=\"1\" height=\"1\">"
             f"<span class=\"sitename\">{E(t['site'])}</span></div>" if not t.get("no_sitename")
             else f"<div class=\"banner\"><img src=\"{GIF}\" alt=\"{E(t.get('logo_alt', t['site']))}\" width=\"1\" height=\"1\"></div>")
    if t.get("search"):
        o.append(f"<form class=\"search\"><input type=\"text\" placeholder=\"{E(t['search'])}\"><button type=\"button\">搜索</button></form>"
                 if t.get("lang") != "en" else
                 f"<form class=\"search\"><input type=\"text\" placeholder=\"{E(t['search'])}\"><button type=\"button\">Search</button></form>")
    if t.get("nav"):
        if t["skel"] == "table":
            o.append("<table class=\"nav\" width=\"100%\"><tr>" + "".join(f"<td><a href=\"#\">{E(x)}</a></td>" for x in t["nav"]) + "</tr></table>")
        else:
            o.append("<nav>" + ul(t["nav"], "navl") + "</nav>")
    if t.get("crumb"):
        o.append(f"<div class=\"crumb\">{E(t['crumb'])}</div>")
    return "\n".join(o)


def furniture_after(t):
    o = []
    if t.get("editor"):
        o.append(f"<div class=\"editor\">{E(t['editor'])}</div>")
    if t.get("bottom_info"):
        o.append(f"<div class=\"binfo\">{E(t['bottom_info'])}</div>")
    if t.get("share"):
        o.append("<div class=\"share\">" + " ".join(f"<a href=\"#\">{E(x)}</a>" for x in t["share"]) + "</div>")
    if t.get("tools_after"):
        o.append(f"<div class=\"tools2\">{E(t['tools_after'])}</div>")
    if t.get("prevnext"):
        p, n = t["prevnext"]
        o.append(f"<div class=\"pn\"><div>{E(p)}</div><div>{E(n)}</div></div>")
    if t.get("related"):
        hd, items = t["related"]
        o.append(f"<div class=\"rel\"><h4>{E(hd)}</h4>{ul(items)}</div>")
    if t.get("qr"):
        o.append(f"<div class=\"qr\"><img src=\"{GIF}\" alt=\"{E(t['qr'])}\" width=\"1\" height=\"1\"><p>{E(t['qr'])}</p></div>")
    return "\n".join(o)


def side(t):
    o = []
    for hd, items in t.get("side", []):
        o.append(f"<div class=\"box\"><h4>{E(hd)}</h4>{ul(items)}</div>")
    return "\n".join(o)


def footer(t):
    return "<footer>" + "".join(f"<p>{E(x)}</p>" for x in t.get("footer", [])) + "</footer>"


CSS_BASE = {
    "table": "body{margin:0;font:12px/1.8 SimSun,serif;background:#eee}table{border-collapse:collapse}.wrap{width:980px;margin:0 auto;background:#fff}.tt{font-size:22px;text-align:center;color:%(c)s}.info{text-align:center;border-bottom:1px dashed #ccc;color:#666}.nav td{background:%(c)s;color:#fff;text-align:center}.dt td,.dt th{border:1px solid #999;padding:2px 6px}footer{text-align:center;color:#666;border-top:3px solid %(c)s}",
    "div": "body{margin:0;font:14px/1.9 'Microsoft YaHei',sans-serif}.wrap{width:1200px;margin:0 auto}.navl li{display:inline-block;margin:0 14px}.navl{background:%(c)s;padding:8px}.navl a{color:#fff}.main{display:flex}.art{flex:3}.aside{flex:1;padding-left:20px}.tt{font-size:26px;text-align:center}.info{color:#888;text-align:center;margin:10px 0}.dt td,.dt th{border:1px solid #ccc;padding:4px}footer{background:#333;color:#ccc;padding:20px;text-align:center}",
    "resp": "body{margin:0;font:16px/1.8 'PingFang SC',sans-serif;color:#222}.wrap{max-width:1100px;margin:0 auto;padding:0 16px}.navl{display:flex;flex-wrap:wrap;gap:18px;list-style:none;padding:10px 0;border-bottom:2px solid %(c)s}.tt{font-size:30px;line-height:1.4}.info{color:#999;font-size:14px}.pre,.sub{color:#555}.dt{border-collapse:collapse;width:100%%}.dt td,.dt th{border:1px solid #ddd;padding:6px}blockquote{border-left:4px solid %(c)s;margin:0;padding-left:12px;color:#444}footer{margin-top:40px;padding:24px 0;border-top:1px solid #eee;font-size:13px;color:#888}",
    "app": "body{margin:0;font:17px/1.75 -apple-system,sans-serif;max-width:640px;margin:0 auto;padding:0 14px}.tt{font-size:22px}.info{color:#8a8a8a;font-size:13px}.openapp{background:%(c)s;color:#fff;text-align:center;padding:8px}footer{font-size:12px;color:#aaa}",
    "epaper": "body{margin:0;font:14px/1.8 SimSun,serif;background:#f3efe6}.wrap{width:1000px;margin:0 auto;display:flex}.left{width:300px;border-right:1px solid #ccc}.right{flex:1;padding:0 20px}.pre,.sub{text-align:center;color:#333}.tt{text-align:center;font-size:24px;color:%(c)s}footer{text-align:center;color:#777}",
}


def render(page):
    t = page["tpl"]
    t.setdefault("lang", page.get("lang", "zh"))
    css = CSS_BASE[t["skel"]] % {"c": t.get("color", "#c00")} + t.get("css", "")
    head = (f"<!DOCTYPE html>\n<html lang=\"{'en' if page.get('lang') == 'en' else 'zh-CN'}\"><head><meta charset=\"utf-8\">"
            f"<title>{E(page.get('doc_title', page['title'] + '_' + t['site']))}</title><style>{css}</style></head>\n<body>")
    top = furniture_top(t)
    pos = t.get("info_pos", "below")
    ih = info_html(t)
    th = title_html(page, t)
    if pos == "above":
        head_block = ih + "\n" + th
    elif pos == "bottom":
        head_block = th
    else:
        head_block = th + "\n" + ih
    body = render_body(page, t)
    art = f"<div class=\"art\">{head_block}\n<div class=\"content\">{body}</div>\n" + (ih if pos == "bottom" else "") + furniture_after(t) + "</div>"
    sk = t["skel"]
    pre = t.get("pre_html", "")
    if sk == "table":
        mid = (f"<table width=\"980\" align=\"center\"><tr><td valign=\"top\" width=\"740\">{art}</td>"
               f"<td valign=\"top\" width=\"240\">{side(t)}</td></tr></table>" if t.get("side") else art)
        doc = f"<div class=\"wrap\">{top}\n{pre}{mid}\n{footer(t)}</div>"
    elif sk == "epaper":
        left = t.get("left_html", "")
        doc = f"{top}\n<div class=\"wrap\"><div class=\"left\">{left}</div><div class=\"right\">{art}</div></div>\n{footer(t)}"
    elif sk == "app":
        doc = (f"<div class=\"openapp\">{E(t.get('openapp', '打开APP'))}</div>" if t.get("openapp") else "") + f"{top}\n{pre}{art}\n{side(t)}\n{footer(t)}"
    else:
        doc = f"<div class=\"wrap\">{top}\n{pre}<div class=\"main\">{art}<div class=\"aside\">{side(t)}</div></div>\n{footer(t)}</div>"
    return head + doc + "\n</body></html>\n"
