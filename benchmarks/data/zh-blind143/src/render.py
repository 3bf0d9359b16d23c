"""Render one page description (dict) to HTML and its gold record."""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BODY = {"p", "h", "li", "table", "q", "sig", "ol"}


def e(s):
    return H.escape(s, quote=True)


def links(items, sep=""):
    return sep.join(f'<a href="#">{e(x)}</a>' for x in items)


def blocks_html(pg):
    ind = "\u3000\u3000" if pg.get("indent") else ""
    out, ul = [], []

    def flush():
        if ul:
            out.append("<ul class='lst'>" + "".join(f"<li>{e(x)}</li>" for x in ul) + "</ul>")
            ul.clear()
    for b in pg["blocks"]:
        t = b[0]
        if t != "li":
            flush()
        if t == "p":
            out.append(f"<p>{ind}{e(b[1])}</p>")
        elif t == "h":
            out.append(f"<p class='sh'><strong>{e(b[1])}</strong></p>" if pg.get("hstyle") != "h3" else f"<h3>{e(b[1])}</h3>")
        elif t == "li":
            ul.append(b[1])
        elif t == "ol":
            out.append(f"<p>{ind}{e(b[1])}</p>")
        elif t == "q":
            out.append(f"<blockquote>{e(b[1])}</blockquote>")
        elif t == "sig":
            out.append(f"<p style='text-align:right'>{e(b[1])}</p>")
        elif t == "wh":
            out.append(f"<p style='text-align:center'>{e(b[1])}</p>")
        elif t == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f"<table class='dt' border='1'>{rows}</table>")
        elif t == "img":
            out.append(f"<p style='text-align:center'><img src='{GIF}' alt='{e(b[1])}' width='1' height='1'></p>")
            if len(b) > 2 and b[2]:
                out.append(f"<p class='cap'>{e(b[2])}</p>")
        elif t == "x":
            out.append(f"<p class='x'>{e(b[1])}</p>")
        else:
            raise ValueError(t)
    flush()
    return "\n".join(out)


def gold_body(pg):
    out = []
    for b in pg["blocks"]:
        if b[0] == "table":
            out += [" ".join(r) for r in b[1]]
        elif b[0] in BODY:
            out.append(b[1])
    return out


def head_html(pg):
    parts = []
    if pg.get("pre"):
        parts.append(f"<p class='pre'>{e(pg['pre'])}</p>")
    tl = pg["title_lines"]
    parts.append("<h1>" + "<br>".join(e(x) for x in tl) + "</h1>")
    if pg.get("sub"):
        parts.append(f"<p class='sub'>{e(pg['sub'])}</p>")
    return "\n".join(parts)


def info_html(pg):
    return "\n".join(f"<div class='info'>{e(x)}</div>" for x in pg.get("info", []))


def lst(title, items):
    if not items:
        return ""
    return f"<div class='box'><h4>{e(title)}</h4><ul>" + "".join(f"<li><a href='#'>{e(x)}</a></li>" for x in items) + "</ul></div>"


def article(pg):
    ip = pg.get("info_pos", "below")
    a = []
    if ip == "above":
        a.append(info_html(pg))
    a.append(head_html(pg))
    if ip == "below":
        a.append(info_html(pg))
    for x in pg.get("lead", []):
        a.append(f"<div class='lead'>{e(x)}</div>")
    a.append(f"<div class='content'>{blocks_html(pg)}</div>")
    if ip == "end":
        a.append(info_html(pg))
    for x in pg.get("tail", []):
        a.append(f"<div class='tail'>{e(x)}</div>")
    return "\n".join(a)


def after(pg):
    out = []
    for x in pg.get("after", []):
        if isinstance(x, tuple):
            out.append(lst(x[0], x[1]))
        else:
            out.append(f"<div class='aft'>{e(x)}</div>")
    return "\n".join(out)


def side(pg):
    return "\n".join(lst(t, items) for t, items in pg.get("side", []))


def footer(pg):
    return "<div class='foot'>" + "".join(f"<p>{e(x)}</p>" for x in pg.get("footer", [])) + "</div>"


def top(pg):
    s = ""
    if pg.get("top"):
        s += f"<div class='top'>{links(pg['top'], ' | ' if pg.get('topsep') else ' ')}</div>"
    s += f"<div class='banner'><img src='{GIF}' alt='{e(pg.get('logo_alt', ''))}' width='1' height='1'>" if pg.get("logo_alt") else "<div class='banner'>"
    s += f"<span class='site'>{e(pg['site'])}</span>"
    if pg.get("search"):
        s += f" <input type='text' placeholder='{e(pg['search'])}'><button>搜索</button>"
    s += "</div>"
    if pg.get("nav"):
        s += f"<div class='nav'>{links(pg['nav'])}</div>"
    if pg.get("crumb"):
        s += f"<div class='crumb'>{e(pg['crumb'])}</div>"
    return s


CSS = {
    "table": "body{font:12px SimSun;margin:0}table.frame{width:980px;margin:0 auto}.nav a{padding:0 8px}.info{text-align:center;color:#666}h1{text-align:center;font-size:20px}",
    "div": "body{font:14px sans-serif;margin:0}.wrap{width:1100px;margin:auto}.nav a{margin:0 10px}.main{float:left;width:760px}.aside{float:right;width:300px}.foot{clear:both}",
    "modern": "body{font:16px system-ui;margin:0}header,footer{background:#f4f4f4}main{display:flex;gap:24px;max-width:1200px;margin:auto}article{flex:3}aside{flex:1}.nav a{margin-right:16px}",
    "app": "body{font:17px -apple-system;max-width:640px;margin:auto}.info{color:#999}.tail{color:#888}",
    "epaper": "body{font:13px SimSun}.cols{display:flex}.left,.right{width:220px}.mid{flex:1}.pre,.sub{font-size:15px}",
}


def render(pg):
    lay = pg["layout"]
    css = CSS[lay] + ".cap{text-align:center;color:#555}.x{color:#777}" + pg.get("css", "")
    art, sd = article(pg), side(pg)
    if lay == "table":
        body = (f"<table class='frame'><tr><td colspan='2'>{top(pg)}</td></tr>"
                f"<tr><td valign='top' width='700'>{art}{after(pg)}</td><td valign='top'>{sd}</td></tr>"
                f"<tr><td colspan='2'>{footer(pg)}</td></tr></table>")
    elif lay == "div":
        body = f"<div class='wrap'>{top(pg)}<div class='main'>{art}{after(pg)}</div><div class='aside'>{sd}</div>{footer(pg)}</div>"
    elif lay == "modern":
        body = f"<header>{top(pg)}</header><main><article>{art}{after(pg)}</article><aside>{sd}</aside></main><footer>{footer(pg)}</footer>"
    elif lay == "app":
        body = f"{top(pg)}<section>{art}</section>{after(pg)}{sd}{footer(pg)}"
    elif lay == "epaper":
        body = (f"{top(pg)}<div class='cols'><div class='left'>{side(pg)}</div><div class='mid'>{art}</div>"
                f"<div class='right'>{after(pg)}</div></div>{footer(pg)}")
    title = pg.get("doc_title", "".join(pg["title_lines"]) + "_" + pg["site"])
    return (f"<!DOCTYPE html>\n<html lang='{'en' if pg.get('lang') == 'en' else 'zh-CN'}'><head><meta charset=\"utf-8\">"
            f"<title>{e(title)}</title><style>{css}</style></head>\n<body>\n{body}\n</body></html>\n")


def gold(pg, setname):
    sep = " " if pg.get("lang") == "en" else ""
    return {"id": pg["id"], "set": setname, "lang": pg.get("lang", "zh"), "kind": pg["kind"],
            "title": sep.join(pg["title_lines"]), "authors": pg["authors"], "publish_time": pg["time"],
            "body_paragraphs": gold_body(pg)}
