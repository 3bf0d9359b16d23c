"""Render one page description (a dict) to HTML, and derive its gold record from the same blocks."""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

CSS = {
 "table": "body{margin:0;font:12px/1.8 SimSun,serif;background:#f3f3f3}table{border-collapse:collapse}.wrap{width:980px;margin:0 auto;background:#fff}.nav td{background:#b00;color:#fff;padding:4px 10px}.t1{font-size:22px;color:#036;text-align:center;font-weight:bold}.info{color:#666;text-align:center;border-bottom:1px dashed #ccc}.foot{background:#b00;color:#fff;text-align:center}a{color:#333;text-decoration:none}",
 "div": "body{margin:0;font:14px/1.9 'Microsoft YaHei',sans-serif}.w{width:1200px;margin:0 auto}.top{background:#eee;font-size:12px}.nav li{display:inline-block;margin:0 12px}.crumb{color:#888}.art h1{font-size:26px;text-align:center}.kicker,.sub{text-align:center;color:#555}.info{color:#999;text-align:center}.side{float:right;width:300px}.foot{background:#1a4e8a;color:#fff;text-align:center;padding:20px}.art p{text-indent:2em}",
 "flex": "body{margin:0;font:16px/1.75 system-ui,sans-serif;color:#222}header,footer{padding:12px 24px}header{display:flex;gap:24px;align-items:center;border-bottom:3px solid #c8102e}main{display:grid;grid-template-columns:1fr 320px;gap:32px;max-width:1180px;margin:auto}.art h1{font-size:30px;line-height:1.35}.info{color:#777;font-size:14px}.tag{color:#c8102e}aside{border-left:1px solid #eee;padding-left:16px}footer{background:#222;color:#bbb;font-size:13px}",
 "mobile": "body{margin:0;font:17px/1.8 -apple-system,sans-serif;max-width:680px;margin:auto;padding:0 16px}.bar{display:flex;justify-content:space-between;font-size:14px;color:#576b95}.art h1{font-size:22px}.info{color:#888;font-size:14px}.openapp{background:#f04142;color:#fff;text-align:center;border-radius:20px;padding:8px}.foot{color:#aaa;font-size:12px;text-align:center}",
 "paper": "body{margin:0;font:14px/1.7 SimSun,serif;background:#e8e2d0}.w{width:1100px;margin:auto;background:#fffdf5}.left{float:left;width:420px}.right{margin-left:440px}.yin,.fu{color:#555;font-size:15px}.zhu{font-size:24px;font-weight:bold}.bc{background:#8b0000;color:#fff}.list li{font-size:13px}",
}

def esc(s):
    return H.escape(s, quote=True)

def ul(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li><a>{x}</a></li>" for x in items) + "</ul>"

def img(alt, pixel=True):
    return f'<img alt="{esc(alt)}" src="{GIF}" width="1" height="1">' if pixel else f'<img alt="{esc(alt)}">'

def body_html(blocks, indent=False, layout="div"):
    out = []
    ind = "\u3000\u3000" if indent else ""
    for b in blocks:
        t = b[0]
        if t == "p":
            out.append(f"<p>{ind}{b[1]}</p>")
        elif t == "pb":   # old-site paragraphs separated by <br>
            out.append("<div>" + "<br>".join(ind + x for x in b[1]) + "</div>")
        elif t == "h":
            out.append(f"<p><strong>{b[1]}</strong></p>" if layout in ("table", "paper") else f"<h3>{b[1]}</h3>")
        elif t == "li":
            tag = "ol" if len(b) > 2 and b[2] == "ol" else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{x}</li>" for x in b[1]) + f"</{tag}>")
        elif t == "q":
            out.append(f"<blockquote><p>{b[1]}</p></blockquote>")
        elif t == "table":
            rows = b[1]
            out.append('<table border="1" cellpadding="4">' + "".join(
                "<tr>" + "".join((f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
                for i, r in enumerate(rows)) + "</table>")
        elif t == "img":
            cap = f'<p class="cap" style="text-align:center">{b[2]}</p>' if len(b) > 2 and b[2] else ""
            out.append(f'<div class="pic" style="text-align:center">{img(b[1])}</div>{cap}')
        elif t in ("x", "right"):   # non-body line (byline, editor, source...) as printed
            st = ' style="text-align:right"' if t == "right" else ""
            out.append(f'<p class="note"{st}>{b[1]}</p>')
        elif t == "xr":   # raw html, not body
            out.append(b[1])
        else:
            raise ValueError(t)
    return "\n".join(out)

def gold_body(blocks):
    paras = []
    for b in blocks:
        t = b[0]
        if t in ("p", "h", "q"):
            paras.append(strip_tags(b[1]))
        elif t == "pb":
            paras += [strip_tags(x) for x in b[1]]
        elif t == "li":
            paras += [strip_tags(x) for x in b[1]]
        elif t == "table":
            paras += [" ".join(strip_tags(c) for c in r) for r in b[1]]
    return paras

def strip_tags(s):
    import re
    return H.unescape(re.sub(r"<[^>]+>", "", s)).strip()

def info_html(p):
    info = p.get("info", [])
    if not info:
        return ""
    if p.get("info_table"):
        return '<table class="info" width="100%"><tr>' + "".join(f"<td>{x}</td>" for x in info) + "</tr></table>"
    sep = p.get("info_sep", " ")
    return '<div class="info">' + sep.join(f"<span>{x}</span>" for x in info) + "</div>"

def article_html(p):
    lay = p["layout"]
    parts = []
    if p.get("kicker"):
        parts.append(f'<div class="kicker yin">{p["kicker"]}</div>')
    parts.append(f'<h1 class="t1 zhu">{"<br>".join(p["title_lines"])}</h1>')
    if p.get("subtitle"):
        parts.append(f'<h2 class="sub fu">{p["subtitle"]}</h2>')
    ib = info_html(p)
    if p.get("info_pos", "below") == "above":
        parts.insert(0, ib)
    else:
        parts.append(ib)
    for x in p.get("pre", []):  # lines between header and body (摘要, 原标题, tool bar)
        parts.append(f'<div class="pre">{x}</div>')
    parts.append(f'<div class="content" id="zoom">{body_html(p["body"], p.get("indent", False), lay)}</div>')
    for x in p.get("after", []):
        parts.append(f'<div class="after">{x}</div>')
    if p.get("share"):
        parts.append('<div class="share">' + " ".join(f"<a>{x}</a>" for x in p["share"]) + "</div>")
    if p.get("prevnext"):
        parts.append('<div class="pn">' + "".join(f"<p>{x}</p>" for x in p["prevnext"]) + "</div>")
    if p.get("related"):
        h, items = p["related"]
        parts.append(f'<div class="rel"><h4>{h}</h4>{ul(items)}</div>')
    return '<div class="art">' + "\n".join(parts) + "</div>"

def header_html(p):
    out = []
    if p.get("top"):
        out.append('<div class="top bar">' + " | ".join(f"<a>{x}</a>" for x in p["top"]) + "</div>")
    logo = p.get("logo_alt")
    out.append('<div class="logo">' + (img(logo, p["layout"] != "mobile") if logo else "") + (f'<span class="sitename">{p["site"]}</span>' if p.get("site") else "") + "</div>")
    if p.get("search"):
        out.append(f'<div class="search"><input type="text" placeholder="{esc(p["search"])}"><button>搜索</button></div>')
    if p.get("nav"):
        if p["layout"] == "table":
            out.append('<table class="nav" width="100%"><tr>' + "".join(f"<td>{x}</td>" for x in p["nav"]) + "</tr></table>")
        else:
            out.append('<nav class="nav">' + ul(p["nav"]) + "</nav>")
    if p.get("crumb"):
        out.append(f'<div class="crumb">{p["crumb"]}</div>')
    return "\n".join(out)

def side_html(p):
    out = []
    for h, items in p.get("side", []):
        out.append(f"<div class=\"box\"><h4>{h}</h4>{ul(items)}</div>")
    for q in p.get("qr", []):
        out.append(f'<div class="qr">{img("二维码")}<p>{q}</p></div>')
    return "\n".join(out)

def footer_html(p):
    return '<div class="foot">' + "".join(f"<p>{x}</p>" for x in p.get("footer", [])) + "</div>"

def render(p):
    lay = p["layout"]
    css = CSS[lay] + p.get("css", "")
    head = f'<!DOCTYPE html>\n<html lang="{"en" if p.get("lang") == "en" else "zh-CN"}"><head><meta charset="utf-8"><title>{p.get("doc_title", p["title_lines"][0])}</title><style>{css}</style></head>\n'
    hd, art, sd, ft = header_html(p), article_html(p), side_html(p), footer_html(p)
    if lay == "table":
        bodyh = (f'<table class="wrap" width="980" align="center"><tr><td colspan="2">{hd}</td></tr>'
                 f'<tr><td width="700" valign="top">{art}</td><td width="280" valign="top">{sd}</td></tr>'
                 f'<tr><td colspan="2">{ft}</td></tr></table>')
    elif lay == "flex":
        bodyh = f"<header>{hd}</header><main><article>{art}</article><aside>{sd}</aside></main><footer>{ft}</footer>"
    elif lay == "mobile":
        bodyh = f"{hd}<article>{art}</article>{sd}{ft}"
    elif lay == "paper":
        bodyh = (f'<div class="w">{hd}<div class="left">{p.get("paper_left", "")}</div>'
                 f'<div class="right">{art}</div><div style="clear:both"></div>{sd}{ft}</div>')
    else:
        bodyh = f'<div class="w">{hd}<div class="side">{sd}</div>{art}<div style="clear:both"></div>{ft}</div>'
    return head + "<body>\n" + bodyh + "\n</body></html>\n"

def gold(p, setname):
    sep = " " if p.get("lang") == "en" else ""
    return {
        "id": p["id"], "set": setname, "lang": p.get("lang", "zh"), "kind": p["kind"],
        "title": sep.join(strip_tags(x) for x in p["title_lines"]),
        "authors": p["authors"], "publish_time": p["publish_time"],
        "body_paragraphs": gold_body(p["body"]),
    }
