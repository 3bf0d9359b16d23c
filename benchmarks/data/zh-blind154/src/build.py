#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages.py.

Body markup (one block per line): plain = paragraph, '## ' sub-heading, '- ' list line,
'| a | b' table row, '> ' quoted passage, '@ ' right-aligned 署名/成文日期 line (body),
'! alt | caption' photo (alt and caption are not body), '~ ' byline/credit line on its own (not body).
"""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages import PAGES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def parse_body(src):
    blocks = []
    for ln in src.strip().split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        if ln.startswith("## "): blocks.append(("h", ln[3:]))
        elif ln.startswith("- "): blocks.append(("li", ln[2:]))
        elif ln.startswith("|"): blocks.append(("tr", [c.strip() for c in ln.strip("|").split("|")]))
        elif ln.startswith("> "): blocks.append(("q", ln[2:]))
        elif ln.startswith("@ "): blocks.append(("sig", ln[2:]))
        elif ln.startswith("! "):
            a, _, c = ln[2:].partition("|"); blocks.append(("img", (a.strip(), c.strip())))
        elif ln.startswith("~ "): blocks.append(("by", ln[2:]))
        else: blocks.append(("p", ln))
    return blocks

def gold_paras(blocks):
    out = []
    for k, v in blocks:
        if k in ("p", "h", "li", "q", "sig"): out.append(v)
        elif k == "tr": out.append(" ".join(v))
    return out

def render_body(blocks, style):
    """style: p | indent | u3000 | br | div | table"""
    h, i = [], 0
    while i < len(blocks):
        k, v = blocks[i]
        if k == "tr":
            rows = []
            while i < len(blocks) and blocks[i][0] == "tr":
                rows.append(blocks[i][1]); i += 1
            t = '<table class="bt" border="1" cellspacing="0">'
            for n, r in enumerate(rows):
                tag = "th" if n == 0 else "td"
                t += "<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>"
            h.append(t + "</table>"); continue
        if k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(blocks[i][1]); i += 1
            if style == "br":
                h.append("<br>".join(e(x) for x in items) + "<br><br>")
            else:
                h.append("<ul class=\"bl\">" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
            continue
        i += 1
        if k == "img":
            a, c = v
            h.append(f'<div class="pic"><img src="{GIF}" alt="{e(a)}" width="1" height="1">' + (f'<p class="cap">{e(c)}</p>' if c else "") + "</div>")
        elif k == "h":
            h.append(f"<h3 class=\"sub\">{e(v)}</h3>" if style != "br" else f"<b>{e(v)}</b><br><br>")
        elif k == "q":
            h.append(f"<blockquote>{e(v)}</blockquote>")
        elif k == "sig":
            h.append(f'<p style="text-align:right">{e(v)}</p>' if style != "br" else f'<div align="right">{e(v)}</div>')
        elif k == "by":
            h.append(f'<p class="by">{e(v)}</p>')
        else:
            if style == "indent": h.append(f'<p style="text-indent:2em">{e(v)}</p>')
            elif style == "u3000": h.append(f"<p>\u3000\u3000{e(v)}</p>")
            elif style == "br": h.append(f"\u3000\u3000{e(v)}<br><br>")
            elif style == "div": h.append(f"<div class=\"para\">{e(v)}</div>")
            elif style == "table": h.append(f"<tr><td class=\"tp\">\u3000\u3000{e(v)}</td></tr>")
            else: h.append(f"<p>{e(v)}</p>")
    if style == "table":
        return "<table width=\"100%\">" + "".join(x if x.startswith("<tr>") else f"<tr><td>{x}</td></tr>" for x in h) + "</table>"
    return "\n".join(h)

def lines(xs, tag="div", cls=None, sep=None):
    c = f' class="{cls}"' if cls else ""
    if sep is not None:
        return f"<{tag}{c}>" + sep.join(e(x) for x in xs) + f"</{tag}>"
    return "".join(f"<{tag}{c}>{e(x)}</{tag}>" for x in xs)

def nav(items, gen):
    if gen == "table":
        return '<table class="nav" width="100%"><tr>' + "".join(f'<td><a href="#">{e(x)}</a></td>' for x in items) + "</tr></table>"
    return '<ul class="nav">' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul>"

CSS = {
 "table": "body{font:12px SimSun;margin:0} .nav td{background:#b00;color:#fff;padding:4px} table.bt td,table.bt th{border:1px solid #999;padding:2px} .ft{text-align:center;color:#555} h1{font-size:20px;text-align:center}",
 "portal": "body{font:14px 'Microsoft YaHei';margin:0 auto;width:1100px} .nav li{display:inline-block;margin:0 8px} .crumb{color:#666} .info span{margin-right:12px} .side{float:right;width:280px} .ft{background:#eee;text-align:center} table.bt td,table.bt th{border:1px solid #ccc;padding:4px}",
 "modern": "body{font:16px system-ui;margin:0} header{background:#0b3d91;color:#fff;padding:10px} .nav li{display:inline-block;margin:0 10px} main{max-width:860px;margin:auto} .meta{color:#888;font-size:13px} footer{background:#222;color:#ccc;padding:20px} .tools a{margin-right:8px} table.bt td,table.bt th{border:1px solid #ddd;padding:6px}",
 "app": "body{font:17px -apple-system;margin:0;padding:12px;max-width:680px} .acc{display:flex;gap:8px;align-items:center} .meta{color:#999;font-size:14px} .bar a{margin-right:10px} table.bt td,table.bt th{border:1px solid #ddd}",
 "epaper": "body{font:14px SimSun;margin:0} .left{float:left;width:520px} .right{float:right;width:420px} .yt,.ft2{color:#555;font-size:16px} h1{font-size:26px} .bmnav a{margin-right:6px} table.bt td,table.bt th{border:1px solid #999}",
}

def render(p):
    gen = p["gen"]; parts = []
    for x in p.get("top", []): parts.append(f'<div class="top">{x}</div>')
    parts.append(f'<div class="banner"><img src="{GIF}" alt="{e(p["logo"])}" width="1" height="1">' if p.get("logo") else '<div class="banner">')
    if p.get("site"): parts.append(f'<span class="sitename">{e(p["site"])}</span>')
    if p.get("search"): parts.append(f'<form><input type="text" placeholder="{e(p["search"])}"><button type="button">搜索</button></form>')
    parts.append("</div>")
    if p.get("nav"): parts.append(nav(p["nav"], gen))
    for x in p.get("pre_crumb", []): parts.append(f"<div>{e(x)}</div>")
    if p.get("crumb"): parts.append(f'<div class="crumb">{e(p["crumb"])}</div>')
    art = []
    info = p.get("info", [])
    ih = "".join(f'<div class="info">{x}</div>' for x in info)
    if p.get("info_pos") == "above": art.append(ih)
    if p.get("pre"): art.append(f'<div class="yt">{e(p["pre"])}</div>')
    t = p["title"] if isinstance(p["title"], list) else [p["title"]]
    art.append("<h1>" + "<br>".join(e(x) for x in t) + "</h1>")
    if p.get("sub"): art.append(f'<div class="ft2">{e(p["sub"])}</div>')
    if p.get("info_pos", "below") == "below": art.append(ih)
    for x in p.get("before_body", []): art.append(f"<div>{x}</div>")
    blocks = parse_body(p["body"])
    art.append(f'<div class="article">{render_body(blocks, p.get("style", "p"))}</div>')
    if p.get("info_pos") == "end": art.append(ih)
    for x in p.get("after", []): art.append(f"<div>{x}</div>")
    if p.get("share"): art.append('<div class="share">' + " ".join(f"<a>{e(x)}</a>" for x in p["share"]) + "</div>")
    if p.get("prevnext"): art.append("".join(f"<div>{e(x)}</div>" for x in p["prevnext"]))
    if p.get("related"):
        r = p["related"]; art.append(f'<div class="rel"><h4>{e(r[0])}</h4>' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in r[1:]) + "</div>")
    if gen == "table":
        side = "".join(f"<div>{e(x)}</div>" for x in p.get("side", []))
        parts.append(f'<table width="980" align="center"><tr>' + (f'<td width="200" valign="top">{side}</td>' if side else "") + f'<td valign="top">{"".join(art)}</td></tr></table>')
    elif gen == "epaper":
        parts.append(f'<div class="left">{"".join(f"<div>{e(x)}</div>" for x in p.get("side", []))}</div><div class="right">{"".join(art)}</div><div style="clear:both"></div>')
    else:
        side = p.get("side", [])
        parts.append("<main>" + "".join(art) + "</main>" + (f'<aside class="side">{"".join(f"<div>{e(x)}</div>" for x in side)}</aside>' if side else ""))
    if p.get("footer"): parts.append('<footer class="ft">' + "".join(f"<p>{e(x)}</p>" for x in p["footer"]) + "</footer>")
    title_tag = (p["title"] if isinstance(p["title"], str) else "".join(p["title"])) + "_" + p.get("site", "")
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s %s</style></head>\n<body>\n%s\n</body></html>\n'
            % ("en" if p["lang"] == "en" else "zh-CN", e(title_tag), CSS[gen], p.get("css", ""), "\n".join(parts)))

def gold(p):
    t = p["title"] if isinstance(p["title"], list) else [p["title"]]
    return {"id": p["id"], "set": "zh-blind154", "lang": p["lang"], "kind": p["kind"],
            "title": (" " if p["lang"] == "en" else "").join(t), "authors": p["authors"],
            "publish_time": p["time"], "body_paragraphs": gold_paras(parse_body(p["body"]))}

def main():
    ids = set()
    for p in PAGES:
        assert p["id"] not in ids; ids.add(p["id"])
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f: f.write(render(p))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(p), f, ensure_ascii=False, indent=1); f.write("\n")
    print(f"built {len(PAGES)} pages")

if __name__ == "__main__":
    main()
