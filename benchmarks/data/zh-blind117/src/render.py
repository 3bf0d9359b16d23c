"""Render one page description (a dict) to HTML and gold.

Body mini-language (one block per line of p['body']):
  plain line          paragraph (body)
  '## text'           sub-heading (body)
  '- text'            list item (body; number, if any, is part of the text)
  '| a | b | c'       table row; consecutive rows form one table (body: cells joined by one space)
  '> text'            quoted passage (blockquote, body)
  '= text'            right-aligned line: 署名 / 成文日期 (body)
  '! alt | caption'   image with alt text and caption (not body)
  '~ text'            non-body line inside the article (editor, 原标题, byline on its own line, 文号)
"""
import html as H

E = H.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


def parse_body(text):
    blocks = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:].strip()))
        elif line.startswith("- "):
            blocks.append(("li", line[2:].strip()))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line.startswith("> "):
            blocks.append(("q", line[2:].strip()))
        elif line.startswith("= "):
            blocks.append(("sign", line[2:].strip()))
        elif line.startswith("! "):
            alt, _, cap = line[2:].partition("|")
            blocks.append(("img", alt.strip(), cap.strip()))
        elif line.startswith("~ "):
            blocks.append(("x", line[2:].strip()))
        else:
            blocks.append(("p", line))
    return blocks


def gold_paragraphs(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h", "li", "q", "sign"):
            out.append(b[1])
        elif b[0] == "table":
            out.extend(" ".join(c for c in row) for row in b[1])
    return out


def body_html(blocks, p):
    st = p.get("pstyle", "")  # e.g. indent with U+3000 in text or CSS
    ind = p.get("indent", "")
    o, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        k = b[0]
        if k == "p":
            o.append(f'<p{st}>{ind}{E(b[1])}</p>')
        elif k == "h":
            tag = p.get("htag", "h3")
            if tag == "strong":
                o.append(f'<p{st}><strong>{E(b[1])}</strong></p>')
            else:
                o.append(f'<{tag}>{E(b[1])}</{tag}>')
        elif k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li>{E(blocks[i][1])}</li>")
                i += 1
            o.append('<ul class="bl">' + "".join(items) + "</ul>")
            continue
        elif k == "table":
            rows = []
            for n, r in enumerate(b[1]):
                t = "th" if n == 0 else "td"
                rows.append("<tr>" + "".join(f"<{t}>{E(c)}</{t}>" for c in r) + "</tr>")
            o.append('<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>")
        elif k == "q":
            o.append(f"<blockquote><p>{E(b[1])}</p></blockquote>")
        elif k == "sign":
            o.append(f'<p style="text-align:right">{E(b[1])}</p>')
        elif k == "img":
            cap = f'<p class="cap">{E(b[2])}</p>' if b[2] else ""
            o.append(f'<div class="pic"><img src="{GIF}" alt="{E(b[1])}" width="600" height="1">{cap}</div>')
        elif k == "x":
            o.append(f'<p class="x">{E(b[1])}</p>')
        i += 1
    return "\n".join(o)


def ul(items, cls="", sep=None):
    if not items:
        return ""
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + "</ul>"


def lines(items, cls=""):
    return "".join(f'<p class="{cls}">{E(x)}</p>' for x in items)


CSS = """body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333}
a{color:#333;text-decoration:none}.wrap{width:1000px;margin:0 auto}
ul{margin:0;padding:0}li{list-style:none}.nav li,.h li,.share li{display:inline-block;margin:0 10px}
.bl li{margin:4px 0}.dt{border-collapse:collapse;margin:8px 0}.dt td,.dt th{padding:3px 8px}
.cap{text-align:center;color:#666;font-size:12px}.x{color:#888}.foot{background:#eee;text-align:center;font-size:12px;padding:10px}
.side{float:right;width:260px}.main{margin-right:280px}.info{color:#888;font-size:13px}
.ttl{font-size:26px;text-align:center}.kick,.sub{text-align:center;font-size:17px}
.clear{clear:both}.crumb{font-size:12px;color:#666}.qr img{width:80px}
"""


def title_html(p, tag="h1", cls="ttl"):
    t = p.get("title_lines") or [p["title"]]
    inner = "<br>".join(E(x) for x in t)
    s = ""
    if p.get("kicker"):
        s += f'<p class="kick">{E(p["kicker"])}</p>'
    s += f'<{tag} class="{cls}">{inner}</{tag}>'
    if p.get("subtitle"):
        s += f'<p class="sub">{E(p["subtitle"])}</p>'
    return s


def info_html(p):
    info = p.get("info")
    if info is None:
        return ""
    if isinstance(info, str):
        info = [info]
    tag = p.get("info_tag", "div")
    return "".join(f'<{tag} class="info">{x}</{tag}>' for x in info)  # info is trusted HTML fragments


def render(p):
    L = p["layout"]
    blocks = parse_body(p["body"])
    art = body_html(blocks, p)
    T = title_html(p, p.get("title_tag", "h1"))
    I = info_html(p)
    pos = p.get("info_pos", "below")
    pre = "".join(p.get("pre_title", []))  # fragments before headline (e.g. 原标题 lines elsewhere)
    if pos == "above":
        head = I + T
    elif pos == "bottom":
        head = T
    else:
        head = T + I
    after = I if pos == "bottom" else ""
    tail = "".join(p.get("after_body", []))  # trusted fragments (editor lines, share etc.)
    hdr = "".join(p.get("header", []))
    nav = ul(p.get("nav", []), "nav")
    crumb = f'<div class="crumb">{E(p["crumb"])}</div>' if p.get("crumb") else ""
    side = p.get("side", "")
    foot = '<div class="foot">' + lines(p.get("foot", [])) + "</div>"
    bodyattrs = p.get("body_attrs", "")
    extra_css = p.get("css", "")
    if L == "table":
        # 2010s table layout
        main = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>{hdr}</td></tr>'
                f'<tr><td>{nav}</td></tr><tr><td>{crumb}</td></tr>'
                f'<tr><td><table width="100%"><tr><td valign="top">{pre}{head}<div class="art">{art}</div>{after}{tail}</td>'
                + (f'<td width="240" valign="top">{side}</td>' if side else "") +
                f'</tr></table></td></tr><tr><td>{foot}</td></tr></table>')
    else:
        sidebar = f'<aside class="side">{side}</aside>' if side else ""
        mcls = "main" if side else ""
        main = (f'<header>{hdr}</header><nav>{nav}</nav><div class="wrap">{crumb}{sidebar}'
                f'<article class="{mcls}">{pre}{head}<div class="art">{art}</div>{after}{tail}</article>'
                f'<div class="clear"></div></div><footer>{foot}</footer>')
    return (f'<!DOCTYPE html>\n<html lang="{p.get("lang","zh")}"><head><meta charset="utf-8">'
            f'<title>{E(p.get("doc_title", p["title"]))}</title><style>{CSS}{extra_css}</style></head>'
            f'<body{bodyattrs}>\n{main}\n</body></html>\n'), blocks
