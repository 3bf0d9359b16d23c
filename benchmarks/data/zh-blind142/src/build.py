#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import html as H, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_gov import PAGES as A
from pages_media import PAGES as B
from pages_other import PAGES as C
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def parse_body(src):
    """Block lines: P para, H heading, L list item, T a|b|c table row, I alt|caption, Q quote, S signature."""
    blocks = []
    for line in src.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        k, t = line[0], line[2:].strip()
        if k == "T" and blocks and blocks[-1][0] == "T":
            blocks[-1][1].append(t.split("|"))
        elif k == "T":
            blocks.append(("T", [t.split("|")]))
        elif k == "L" and blocks and blocks[-1][0] == "L":
            blocks[-1][1].append(t)
        elif k == "L":
            blocks.append(("L", [t]))
        else:
            blocks.append((k, t))
    return blocks

def gold_paras(blocks):
    out = []
    for k, t in blocks:
        if k in "PHQS":
            out.append(t)
        elif k == "L":
            out.extend(t)
        elif k == "T":
            out.extend(" ".join(c.strip() for c in row) for row in t)
    return out

def render_body(blocks, p):
    ind = p.get("indent", "")
    hstyle = p.get("hstyle", "h3")
    out = []
    for k, t in blocks:
        if k == "P":
            out.append(f"<p>{ind}{e(t)}</p>")
        elif k == "H":
            if hstyle == "strong":
                out.append(f"<p>{ind}<strong>{e(t)}</strong></p>")
            else:
                out.append(f"<{hstyle} class=\"sub\">{e(t)}</{hstyle}>")
        elif k == "Q":
            out.append(f"<blockquote><p>{e(t)}</p></blockquote>")
        elif k == "S":
            out.append(f"<p style=\"text-align:right\">{e(t)}</p>")
        elif k == "L":
            out.append("<ul class=\"lst\">" + "".join(f"<li>{e(x)}</li>" for x in t) + "</ul>")
        elif k == "T":
            rows = []
            for i, r in enumerate(t):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            out.append("<table class=\"dt\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
        elif k == "I":
            alt, _, cap = t.partition("|")
            img = f"<img alt=\"{e(alt)}\" src=\"{GIF}\" width=\"600\" height=\"1\">" if p.get("gifimg") else f"<img alt=\"{e(alt)}\">"
            out.append(f"<div class=\"pic\">{img}" + (f"<p class=\"cap\">{e(cap)}</p>" if cap else "") + "</div>")
    return "\n".join(out)

def links(items, sep=""):
    return sep.join(f"<a href=\"#\">{e(x)}</a>" for x in items)

def lis(items):
    return "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in items)

def title_html(p, tag="h1"):
    lines = p["title"]
    t = "<br>".join(e(x) for x in lines)
    s = ""
    if p.get("kicker"):
        s += f"<p class=\"kicker\">{e(p['kicker'])}</p>"
    s += f"<{tag} class=\"ttl\">{t}</{tag}>"
    if p.get("sub"):
        s += f"<p class=\"subt\">{e(p['sub'])}</p>"
    return s

def common(p):
    d = {}
    d["top"] = links(p.get("top", []), " | ")
    d["nav"] = lis(p.get("nav", []))
    d["crumb"] = e(p.get("crumb", ""))
    d["info"] = p.get("info", "")
    d["pre"] = p.get("pre", "")
    d["post"] = p.get("post", "")
    d["share"] = p.get("share", "")
    pn = p.get("prevnext")
    d["pn"] = f"<div class=\"pn\"><p>{e(pn[0])}</p><p>{e(pn[1])}</p></div>" if pn else ""
    rel = p.get("related")
    d["rel"] = f"<div class=\"rel\"><h4>{e(rel[0])}</h4><ul>{lis(rel[1])}</ul></div>" if rel else ""
    d["qr"] = "".join(f"<div class=\"qr\"><img alt=\"{e(q)}\"><p>{e(q)}</p></div>" for q in p.get("qr", []))
    d["foot"] = "".join(f"<p>{e(x)}</p>" for x in p.get("footer", []))
    side = p.get("side")
    d["side"] = "".join(f"<div class=\"box\"><h4>{e(h)}</h4><ul>{lis(xs)}</ul></div>" for h, xs in side) if side else ""
    d["body"] = render_body(parse_body(p["body"]), p)
    d["title"] = title_html(p, p.get("ttag", "h1"))
    d["site"] = e(p["site"])
    d["search"] = f"<form class=\"search\"><input type=\"text\" placeholder=\"{e(p.get('ph','请输入关键字'))}\"><button type=\"button\">搜索</button></form>" if p.get("ph", "请输入关键字") else ""
    return d

def head_block(d, p):
    ip, art = p.get("info_pos", "below"), ""
    if ip == "above":
        art = d["info"] + d["title"]
    else:
        art = d["title"] + (d["info"] if ip == "below" else "")
    art += d["pre"] + f"<div class=\"content\" id=\"zoom\">{d['body']}</div>" + d["post"]
    if ip == "end":
        art += d["info"]
    return art

def sk_table(d, p):
    art = head_block(d, p)
    return f"""<table width="980" align="center" cellpadding="0" cellspacing="0" class="wrap"><tr><td class="topbar">{d['top']}</td></tr>
<tr><td class="banner"><img alt="{d['site']}"><span class="sname">{d['site']}</span> {d['search']}</td></tr>
<tr><td><table width="100%" class="navt"><tr>{''.join(f'<td><a href="#">{e(x)}</a></td>' for x in p.get('nav',[]))}</tr></table></td></tr>
<tr><td class="crumb">{d['crumb']}</td></tr>
<tr><td><table width="100%"><tr><td valign="top" class="main">{art}{d['share']}{d['pn']}{d['rel']}</td>{('<td width="220" valign="top" class="side">'+d['side']+'</td>') if d['side'] else ''}</tr></table></td></tr>
<tr><td class="foot">{d['qr']}{d['foot']}</td></tr></table>"""

def sk_div(d, p):
    art = head_block(d, p)
    side = f"<div class=\"side {'l' if p.get('side_left') else 'r'}\">{d['side']}</div>" if d['side'] else ""
    main = f"<div class=\"article\">{art}{d['share']}{d['pn']}{d['rel']}</div>"
    cols = side + main if p.get("side_left") else main + side
    return f"""<div class="top"><div class="w">{d['top']}</div></div>
<div class="header"><div class="w"><div class="logo"><img alt="{d['site']}"><h2>{d['site']}</h2></div>{d['search']}</div></div>
<div class="nav"><ul>{d['nav']}</ul></div>
<div class="w"><div class="location">{d['crumb']}</div><div class="cols">{cols}</div></div>
<div class="footer">{d['qr']}{d['foot']}</div>"""

def sk_modern(d, p):
    art = head_block(d, p)
    aside = f"<aside>{d['side']}</aside>" if d['side'] else ""
    return f"""<header class="site-hd"><div class="util">{d['top']}</div><div class="brand"><img alt="{d['site']}"><span>{d['site']}</span></div>{d['search']}<nav><ul>{d['nav']}</ul></nav></header>
<main><div class="bread">{d['crumb']}</div><section class="grid"><article>{art}{d['share']}{d['pn']}</article>{aside}</section>{d['rel']}</main>
<footer>{d['qr']}{d['foot']}</footer>"""

def sk_app(d, p):
    art = head_block(d, p)
    return f"""<div class="appbar"><img alt="{d['site']}"><span>{d['site']}</span>{d['top']}</div>
<div class="m-wrap">{art}{d['share']}{d['rel']}{d['pn']}</div>
<div class="m-foot">{d['qr']}{d['foot']}</div>"""

def sk_epaper(d, p):
    art = head_block(d, p)
    return f"""<div class="ep-top">{d['top']}<h2>{d['site']}</h2></div>
<div class="ep-bar">{d['crumb']}</div>
<table class="ep" width="1000"><tr><td class="ep-l" valign="top">{d['side']}</td>
<td class="ep-r" valign="top">{art}{d['share']}{d['pn']}</td></tr></table>
<div class="ep-rel">{d['rel']}</div><div class="ep-foot">{d['foot']}</div>"""

SK = {"table": sk_table, "div": sk_div, "modern": sk_modern, "app": sk_app, "epaper": sk_epaper}

BASE_CSS = "body{margin:0;font-family:SimSun,serif;font-size:14px}a{color:#333;text-decoration:none}ul{margin:0;padding:0}.nav li,.site-hd nav li{display:inline-block;margin:0 8px}.lst{list-style:none;padding-left:2em}.ttl{text-align:center}.pic{text-align:center}.cap{color:#666}.dt td,.dt th{padding:3px 6px}"

def build(p):
    d = common(p)
    body = SK[p["tpl"]](d, p)
    css = BASE_CSS + p.get("css", "")
    lang = "en" if p["lang"] == "en" else "zh-CN"
    doc = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(p.get('doctitle', ''.join(p['title']) + ('_' if p['lang']=='zh' else ' - ') + p['site']))}</title>
<style>{css}</style></head>
<body class="{p.get('bodycls','')}">
{body}
</body></html>
"""
    sep = "" if p["lang"] == "zh" else " "
    gold = {"id": p["id"], "set": "zh-blind142", "lang": p["lang"], "kind": p["kind"],
            "title": sep.join(p["title"]), "authors": p["authors"], "publish_time": p["time"],
            "body_paragraphs": gold_paras(parse_body(p["body"]))}
    return doc, gold

def main():
    pages = A + B + C
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)) == 40, (len(ids), len(set(ids)))
    for p in pages:
        doc, gold = build(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")

if __name__ == "__main__":
    main()
