"""Render one page description (a dict from pages_*.py) to HTML and gold.

Body mini-language (one string per block):
  plain text      -> <p>, body
  "## text"       -> sub-heading, body
  "- text"        -> list item (<li>), body ("- " stripped)
  "| a | b"       -> table row (consecutive rows form one table), body = cells joined by one space
  "> text"        -> blockquote paragraph, body
  "~ text"        -> <p> whose text starts with two U+3000 indents; body without the indent
  "!img alt|cap"  -> image (alt only, no src) + caption: not body
  "@ text"        -> a line inside the article that is not body (byline, editor, source, 原标题)
"""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def e(s):
    return H.escape(s, quote=True)


def gold_of(p):
    paras = []
    for b in p["body"]:
        if b.startswith("!img") or b.startswith("@ "):
            continue
        if b.startswith("## ") or b.startswith("- ") or b.startswith("> ") or b.startswith("~ "):
            paras.append(b[2:].strip() if not b.startswith("## ") else b[3:].strip())
        elif b.startswith("|"):
            cells = [c.strip() for c in b.strip().strip("|").split("|")]
            paras.append(" ".join(cells))
        else:
            paras.append(b.strip())
    sep = " " if p.get("lang") == "en" else ""
    return {
        "id": p["id"], "set": "zh-blind116", "lang": p.get("lang", "zh"), "kind": p["kind"],
        "title": sep.join(p["title"]), "authors": p["authors"],
        "publish_time": p["publish_time"], "body_paragraphs": paras,
    }


def body_html(p, c):
    out, i, blocks = [], 0, p["body"]
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("|"):
            rows = []
            while i < len(blocks) and blocks[i].startswith("|"):
                rows.append([x.strip() for x in blocks[i].strip().strip("|").split("|")])
                i += 1
            t = [f'<table class="{c}-tb" border="1" cellspacing="0">']
            for k, r in enumerate(rows):
                tag = "th" if k == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{e(x)}</{tag}>" for x in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            continue
        if b.startswith("## "):
            tag = p.get("htag", "h3")
            if tag == "pstrong":
                out.append(f"<p><strong>{e(b[3:])}</strong></p>")
            else:
                out.append(f"<{tag}>{e(b[3:])}</{tag}>")
        elif b.startswith("- "):
            # group consecutive list items
            items = []
            while i < len(blocks) and blocks[i].startswith("- "):
                items.append(blocks[i][2:]); i += 1
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
            continue
        elif b.startswith("> "):
            out.append(f"<blockquote><p>{e(b[2:])}</p></blockquote>")
        elif b.startswith("~ "):
            out.append(f"<p>\u3000\u3000{e(b[2:])}</p>")
        elif b.startswith("!img"):
            alt, _, cap = b[5:].partition("|")
            src = f' src="{GIF}"' if p.get("gif") else ""
            capc = f'<p class="{c}-cap">{e(cap)}</p>' if cap else ""
            out.append(f'<div class="{c}-pic"><img alt="{e(alt)}"{src} width="600" height="1">{capc}</div>')
        elif b.startswith("@ "):
            out.append(f'<p class="{c}-note">{e(b[2:])}</p>')
        else:
            out.append(f"<p>{e(b)}</p>")
        i += 1
    return "\n".join(out)


def lst(items, cls="", tag="ul"):
    return f'<{tag} class="{cls}">' + "".join(f"<li>{x if x.startswith('<') else e(x)}</li>" for x in items) + f"</{tag}>"


def links(items, sep=""):
    return sep.join(f'<a href="#">{e(x)}</a>' for x in items)


def headline(p, c):
    parts = []
    if p.get("kicker"):
        parts.append(f'<p class="{c}-kicker">{e(p["kicker"])}</p>')
    tl = "<br>".join(e(x) for x in p["title"])
    parts.append(f'<h1 class="{c}-title">{tl}</h1>' if p.get("h1", True) else f'<div class="{c}-title">{tl}</div>')
    if p.get("subtitle"):
        parts.append(f'<p class="{c}-sub">{e(p["subtitle"])}</p>')
    return "\n".join(parts)


def info(p, c):
    x = p.get("info")
    if not x:
        return ""
    if isinstance(x, str):
        return f'<div class="{c}-info">{e(x)}</div>'
    sep = ["", "\u00a0\u00a0", " | "][int(p["id"][3:]) % 3]
    return f'<div class="{c}-info">' + e(sep).join(f"<span>{e(s)}</span>" for s in x) + "</div>"


CSS = {
 "table": """body{font:12px SimSun;margin:0;background:#eee}table{border-collapse:collapse}
.W{width:980px;margin:0 auto;background:#fff}.C-title{font-size:22px;color:#c00;text-align:center;font-weight:bold}
.C-info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.C-info span{margin:0 6px}.C-tb td,.C-tb th{padding:3px 6px}
.nav a{color:#fff;padding:0 9px}.navbar{background:#b00}.foot{text-align:center;color:#555;background:#ddd}""",
 "div": """body{font:14px "Microsoft YaHei";margin:0}.W{width:1200px;margin:0 auto}.hd{background:#1a5fb4;color:#fff;padding:12px}
.nav{background:#0d4a9b}.nav a{color:#fff;display:inline-block;padding:8px 14px}.nav ul{margin:0;padding:0}.nav li{display:inline-block}.crumb{padding:8px 0;color:#666}
.C-title{font-size:26px;text-align:center}.C-sub,.C-kicker{text-align:center;color:#444}.C-info{text-align:center;color:#888;padding:8px;background:#f5f5f5}
.C-info span{margin:0 10px}.C-tb td,.C-tb th{border:1px solid #999;padding:4px}.side{float:right;width:280px}.main{margin-right:300px}
.ft{clear:both;background:#333;color:#ccc;padding:20px;text-align:center}""",
 "modern": """*{box-sizing:border-box}body{font:16px/1.8 system-ui,"PingFang SC";margin:0;color:#222}header{display:flex;justify-content:space-between;padding:16px 40px;border-bottom:1px solid #eee}
nav a{margin-right:22px;color:#333}nav li{display:inline-block;list-style:none}main{max-width:820px;margin:0 auto;padding:20px}.C-title{font-size:30px;line-height:1.4}.C-info{color:#999;font-size:14px}.C-info span{margin-right:16px}
.C-cap{font-size:13px;color:#777;text-align:center}aside{max-width:820px;margin:0 auto}footer{background:#f4f4f4;padding:30px;font-size:13px;color:#666}.C-tb td,.C-tb th{border:1px solid #ddd;padding:6px}""",
 "app": """body{font:17px/1.75 -apple-system,"PingFang SC";margin:0;max-width:640px;margin:0 auto;padding:0 16px}.top{display:flex;justify-content:space-between;padding:10px 0;color:#888;font-size:14px}
.C-title{font-size:24px}.C-info{font-size:13px;color:#999}.C-info span{margin-right:8px}.C-cap{font-size:13px;color:#999}.bar{position:static;border-top:1px solid #eee;padding:10px;font-size:14px}.C-tb td{border:1px solid #ddd}""",
 "epaper": """body{font:14px SimSun;margin:0;background:#f0ebe0}.W{width:1100px;margin:0 auto;background:#fff}.left{float:left;width:330px;border-right:1px solid #ccc}
.right{margin-left:340px;padding:10px 20px}.C-kicker,.C-sub{text-align:center;font-size:16px;color:#333}.C-title{text-align:center;font-size:26px;color:#000}
.C-info{text-align:center;color:#777}.bm a{display:block}.ft{clear:both;text-align:center;padding:10px;color:#666}.C-tb td,.C-tb th{border:1px solid #666}""",
}


def page_html(p):
    c = "x" + p["id"].replace("-", "")
    lay = p["layout"]
    css = CSS[lay].replace("C-", c + "-") + "\n" + p.get("css", "")
    a = []
    A = a.append
    # top utility bar
    if p.get("top"):
        A(f'<div class="{c}-topbar">' + links(p["top"], " | ") + "</div>")
    if p.get("banner"):
        A(f'<div class="hd"><div class="{c}-logo"><img alt="{e(p["banner"][0])}" src="{GIF}" width="1" height="1"><div><strong>{e(p["banner"][0])}</strong></div></div>'
          + "".join(f"<div>{e(x)}</div>" for x in p["banner"][1:]) + "</div>")
    if p.get("search"):
        A(f'<form class="{c}-search"><input type="text" placeholder="{e(p["search"])}"><button type="button">搜索</button></form>')
    if p.get("nav"):
        A('<div class="nav navbar"><nav class="nav">' + (links(p["nav"], " | ") if lay == "table" else lst(['<a href="#">%s</a>' % e(x) for x in p["nav"]], c + "-menu")) + "</nav></div>")
    if p.get("crumb"):
        A(f'<div class="crumb">{e(p["crumb"])}</div>')
    head = headline(p, c)
    inf = info(p, c)
    tools = f'<div class="{c}-tools">{e(p["tools"])}</div>' if p.get("tools") else ""
    top_meta = "\n".join(x for x in ([inf, head] if p.get("info_above") else [head, inf]))
    art = [top_meta, tools if p.get("tools_top") else "", f'<div class="{c}-body">' + body_html(p, c) + "</div>"]
    for x in p.get("after", []):
        art.append(f'<p class="{c}-after">{e(x)}</p>')
    if p.get("tools") and not p.get("tools_top"):
        art.append(tools)
    if p.get("share"):
        art.append(f'<div class="{c}-share">' + "".join(f"<span>{e(x)}</span>" for x in p["share"]) + "</div>")
    if p.get("prevnext"):
        art.append("".join(f'<p class="{c}-pn">{e(x)}</p>' for x in p["prevnext"]))
    artic = "\n".join(x for x in art if x)
    rel = ""
    for name, items in p.get("related", []):
        rel += f'<div class="{c}-rel"><h4>{e(name)}</h4>' + lst(items) + "</div>"
    side = ""
    for name, items in p.get("side", []):
        side += f'<div class="{c}-box"><h4>{e(name)}</h4>' + lst(items) + "</div>"
    qr = "".join(f'<div class="{c}-qr"><img alt="" src="{GIF}" width="1" height="1"><p>{e(x)}</p></div>' for x in p.get("qr", []))
    foot = "".join(f"<p>{e(x)}</p>" for x in p.get("footer", []))
    if lay == "table":
        A(f'<table class="W" width="980"><tr><td valign="top" width="700"><table width="100%"><tr><td>{artic}</td></tr></table>{rel}</td>'
          f'<td valign="top" width="260">{side}{qr}</td></tr></table>')
        A(f'<table class="W foot"><tr><td>{foot}</td></tr></table>')
    elif lay == "div":
        A(f'<div class="W"><div class="side">{side}</div><div class="main">{artic}</div>{rel}{qr}</div><div class="ft">{foot}</div>')
    elif lay == "modern":
        A(f"<main><article>{artic}</article></main><aside>{rel}{side}{qr}</aside><footer>{foot}</footer>")
    elif lay == "app":
        A(f'<article>{artic}</article>{rel}{side}{qr}<div class="bar">{foot}</div>')
    elif lay == "epaper":
        A(f'<div class="W"><div class="left">{side}</div><div class="right">{artic}{rel}</div><div class="ft">{foot}</div></div>')
    top = "".join(p.get("pretop", []))
    hd = a
    if lay == "modern" and p.get("banner"):
        pass
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head>\n<body>\n%s%s\n</body></html>\n"
            % ("en" if p.get("lang") == "en" else "zh-CN", e(p.get("doctitle", "".join(p["title"]))), css, top, "\n".join(hd)))
