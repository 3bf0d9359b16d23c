#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body DSL (one block per line): plain line = paragraph; '## ' sub-heading; '- ' list line;
'| a | b' table row; '!alt|caption' image with caption (not body); '%text' non-body line
printed inside the article (byline, 原标题, source, editor); '>' quoted passage (body).
The gold body comes from the same blocks that are rendered as body.
"""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def parse_body(src):
    blocks = []
    for line in src.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "): blocks.append(("h", line[3:]))
        elif line.startswith("- "): blocks.append(("li", line[2:]))
        elif line.startswith("|"): blocks.append(("tr", [c.strip() for c in line.strip("|").split("|")]))
        elif line.startswith("!"):
            alt, _, cap = line[1:].partition("|"); blocks.append(("img", alt, cap))
        elif line.startswith("%"): blocks.append(("meta", line[1:]))
        elif line.startswith(">"): blocks.append(("q", line[1:].strip()))
        else: blocks.append(("p", line))
    return blocks

def gold_body(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h", "li", "q"): out.append(b[1])
        elif b[0] == "tr": out.append(" ".join(b[1]))
    return out

def render_body(blocks, p):
    indent = p.get("indent", "")
    h, i = [], 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "p": h.append(f"<p>{indent}{e(b[1])}</p>")
        elif b[0] == "h":
            h.append(f"<h3 class='sub'>{e(b[1])}</h3>" if p.get("htag", "h3") == "h3" else f"<p><strong>{e(b[1])}</strong></p>")
        elif b[0] == "q": h.append(f"<blockquote><p>{e(b[1])}</p></blockquote>")
        elif b[0] == "meta": h.append(f"<p class='meta'>{e(b[1])}</p>")
        elif b[0] == "img":
            h.append(f"<div class='pic'><img src='{GIF}' alt='{e(b[1])}' width='600' height='1'><p class='cap'>{e(b[2])}</p></div>")
        elif b[0] == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li>{e(blocks[i][1])}</li>"); i += 1
            h.append("<ul>" + "".join(items) + "</ul>"); continue
        elif b[0] == "tr":
            rows = []
            while i < len(blocks) and blocks[i][0] == "tr":
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in blocks[i][1]) + "</tr>"); i += 1
            h.append("<table class='data' border='1'>" + "".join(rows) + "</table>"); continue
        i += 1
    return "\n".join(h)

def lst(items, cls, tag="ul"):
    if not items: return ""
    return f"<{tag} class='{cls}'>" + "".join(f"<li>{e(x)}</li>" for x in items) + f"</{tag}>"

def divs(items, cls):
    return "".join(f"<div class='{cls}'>{e(x)}</div>" for x in items)

CSS = {
 "table": "body{font:12px SimSun;margin:0}table.wrap{width:980px;margin:auto}td{font-size:12px}.title{font-size:20px;color:#c00;text-align:center;font-weight:bold}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.nav li,.top li,.foot li,.rel li{display:inline;margin:0 6px}.cap{text-align:center;color:#555}.sub{font-size:14px}",
 "portal": "body{font:14px 'Microsoft YaHei';margin:0}.hd{background:#1b4e9b;color:#fff;padding:10px}.nav li{display:inline-block;padding:6px 12px}.main{width:1100px;margin:auto;overflow:hidden}.left{float:left;width:760px}.right{float:right;width:300px}.title{font-size:26px}.info span{margin-right:14px}.cap{color:#666;text-align:center}.top li,.share li,.foot li{display:inline;margin:0 5px}",
 "modern": "body{font:16px system-ui;margin:0;color:#222}header{display:flex;justify-content:space-between;padding:12px 24px;border-bottom:3px solid #b00}nav ul{display:flex;gap:18px;list-style:none}main{display:grid;grid-template-columns:1fr 320px;gap:32px;max-width:1200px;margin:auto}h1{font-size:30px;line-height:1.3}.info{color:#888;font-size:14px}.cap{font-size:13px;color:#777}footer{background:#222;color:#aaa;padding:20px}.top{list-style:none;display:flex;gap:10px}",
 "app": "body{font:17px -apple-system,sans-serif;max-width:640px;margin:auto;padding:0 16px}.bar{display:flex;justify-content:space-between;background:#f5f5f5;padding:8px}h1{font-size:22px}.info{font-size:13px;color:#999}.cap{font-size:13px;color:#888}.open{background:#f04142;color:#fff;text-align:center;padding:10px}.rel li{border-bottom:1px solid #eee;list-style:none;padding:8px 0}",
 "epaper": "body{font:14px SimSun;margin:0}.hd{background:#8b0000;color:#fff;padding:8px}.layout{display:flex}.bm{width:260px;border-right:1px solid #ccc}.art{flex:1;padding:10px 20px}.yt,.ft{color:#333;font-size:16px;text-align:center}.title{font-size:26px;text-align:center;font-weight:bold}.cap{color:#555}.bc li{display:inline;margin:0 4px}",
}

def head(p, tpl):
    css = CSS[tpl] + p.get("css", "")
    return (f"<!DOCTYPE html>\n<html lang='{'en' if p.get('lang')=='en' else 'zh-CN'}'><head><meta charset=\"utf-8\">"
            f"<title>{e(p.get('page_title') or (''.join(p['title']) if isinstance(p['title'], list) else p['title']))}</title><style>{css}</style></head>\n")

def title_html(p, cls="title", tag="h1"):
    t = p["title"]
    lines = t if isinstance(t, list) else [t]
    inner = "<br>".join(e(x) for x in lines)
    out = ""
    if p.get("kicker"): out += f"<p class='yt'>{e(p['kicker'])}</p>"
    out += f"<{tag} class='{cls}'>{inner}</{tag}>"
    if p.get("sub"): out += f"<p class='ft'>{e(p['sub'])}</p>"
    return out

def info_html(p):
    info = p.get("info", [])
    if isinstance(info, str): info = [info]
    return "".join(f"<div class='info'>{e(x)}</div>" for x in info)

def article(p, blocks):
    parts = []
    if p.get("pre"): parts.append(divs(p["pre"], "pre"))
    th, ih = title_html(p, tag=p.get("ttag", "h1")), info_html(p)
    parts.append(ih + th if p.get("info_above") else th + ih)
    parts.append("<div class='content' id='zoom'>" + render_body(blocks, p) + "</div>")
    if p.get("after"): parts.append(divs(p["after"], "after"))
    if p.get("share"): parts.append(lst(p["share"], "share"))
    if p.get("prevnext"): parts.append(divs(p["prevnext"], "pn"))
    if p.get("related"):
        parts.append(f"<div class='rel'><h4>{e(p.get('related_h', '相关新闻'))}</h4>{lst(p['related'], 'rel')}</div>")
    return "\n".join(parts)

def render(p, blocks):
    tpl = p["tpl"]
    top, nav, foot = lst(p.get("top"), "top"), lst(p.get("nav"), "nav"), divs(p.get("footer", []), "foot")
    banner = "".join(f"<div class='site'>{e(x)}</div>" for x in p.get("banner", []))
    crumb = f"<div class='crumb'>{e(p['crumb'])}</div>" if p.get("crumb") else ""
    side = ""
    if p.get("side"):
        for hd, items in p["side"]:
            side += f"<div class='box'><h4>{e(hd)}</h4>{lst(items, 'sl')}</div>"
    art = article(p, blocks)
    if tpl == "table":
        body = (f"<table class='wrap'><tr><td>{top}</td></tr><tr><td class='hd'>{banner}</td></tr>"
                f"<tr><td>{nav}</td></tr><tr><td>{crumb}</td></tr><tr><td><table width='100%'><tr><td valign='top'>{art}</td>"
                + (f"<td width='240' valign='top'>{side}</td>" if side else "") +
                f"</tr></table></td></tr><tr><td class='ft'>{foot}</td></tr></table>")
    elif tpl == "portal":
        body = (f"<div class='topbar'>{top}</div><div class='hd'>{banner}</div><div class='navbox'>{nav}</div>"
                f"<div class='main'>{crumb}<div class='left'>{art}</div><div class='right'>{side}</div></div><div class='footer'>{foot}</div>")
    elif tpl == "modern":
        body = (f"<header><div>{banner}</div>{top}</header><nav>{nav}</nav>{crumb}<main><article>{art}</article>"
                f"<aside>{side}</aside></main><footer>{foot}</footer>")
    elif tpl == "app":
        body = (f"<div class='bar'>{banner}{top}</div>{crumb}<article>{art}</article>"
                + (f"<div class='open'>{e(p['open'])}</div>" if p.get("open") else "") + f"{side}<div class='ft'>{foot}</div>")
    elif tpl == "epaper":
        bm = "".join(f"<div class='box'><h4>{e(hd)}</h4>{lst(items, 'bl', 'ol')}</div>" for hd, items in p.get("bm", []))
        body = (f"<div class='hd'>{banner}</div>{top}{nav}<div class='bc'>{crumb}</div><div class='layout'>"
                f"<div class='bm'>{bm}</div><div class='art'>{art}</div></div><div class='footer'>{foot}</div>")
    return head(p, tpl) + "<body>\n" + body + "\n</body></html>\n"

def main():
    import importlib
    pages = []
    for mod in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        pages += importlib.import_module(mod).PAGES
    for p in pages:
        blocks = parse_body(p["body"])
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(p, blocks))
        t = p["title"]
        title = ("" if p.get("lang", "zh") == "zh" else " ").join(t) if isinstance(t, list) else t
        g = {"id": p["id"], "set": "zh-blind155", "lang": p.get("lang", "zh"), "kind": p["kind"], "title": title,
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(blocks)}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(pages), "pages built")

if __name__ == "__main__":
    main()
