#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

A page description is a dict; its "body" is a list of blocks, and the gold body is
taken from the same blocks that are rendered as body (p, h, li, table rows, quote).
Blocks of kinds img/cap/by/ed/src/note are rendered inside the article but are not body.
"""
import html, json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

STYLES = {
 "table": "body{margin:0;font:12px/1.8 SimSun,serif;background:#f2f2f2}table{border-collapse:collapse}.wrap{width:980px;margin:0 auto;background:#fff}.bt{font-size:22px;color:#c00;text-align:center}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.art p{text-indent:2em}.ft{text-align:center;background:#1b4f9c;color:#fff}",
 "div": "body{margin:0;font:14px/1.9 'Microsoft YaHei',sans-serif}.top,.nav,.crumb,.main,.foot{width:1100px;margin:0 auto}.nav a{margin:0 12px}.main h1{font-size:26px;text-align:center}.info span{margin-right:14px;color:#888}.content p{text-indent:2em;margin:0 0 12px}.side{float:right;width:300px}.foot{border-top:3px solid #b00;color:#555;text-align:center}",
 "modern": "*{box-sizing:border-box}body{margin:0;font-family:'PingFang SC',sans-serif;color:#222}header,nav,main,footer{max-width:1200px;margin:0 auto;padding:0 20px}main{display:grid;grid-template-columns:1fr 320px;gap:32px}article h1{font-size:30px;line-height:1.4}.meta{color:#999;font-size:14px}.meta span+span{margin-left:16px}article p{font-size:17px;line-height:2}aside{border-left:1px solid #eee;padding-left:20px}footer{font-size:12px;color:#777}",
 "app": "body{margin:0 auto;max-width:640px;font-family:sans-serif;background:#fff}.bar{display:flex;justify-content:space-between;padding:8px;background:#f7f7f7}h1{font-size:22px;padding:0 16px}.meta{padding:0 16px;color:#8a8a8a;font-size:13px}.acct{display:flex;gap:8px;padding:8px 16px}article{padding:0 16px}article p{font-size:17px;line-height:1.8}.open{background:#e33;color:#fff;text-align:center;padding:10px}",
 "epaper": "body{margin:0;font:13px/1.7 SimSun,serif;background:#e8e2d0}.paper{width:1200px;margin:0 auto;display:flex;background:#fff}.left{width:300px;border-right:1px solid #999}.right{flex:1;padding:0 20px}.yin,.fu{font-size:16px;color:#333;text-align:center}h1{font-size:26px;text-align:center;margin:4px 0}.right p{text-indent:2em}.banci a{display:block}",
}

def links(row, sep=" "):
    out = []
    for x in row:
        out.append(f'<a href="#">{e(x)}</a>')
    return sep.join(out)

def render_furn(items):
    """items: list of str | list (link row) | dict(kind=...)"""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<div>{e(it)}</div>")
        elif isinstance(it, list):
            out.append(f'<div class="links">{links(it, "&nbsp;&nbsp;")}</div>')
        elif it.get("row"):
            out.append(f'<div class="links">{links(it["row"], e(it.get("sep", " | ")))}</div>')
        elif it.get("search"):
            out.append(f'<form><input type="text" placeholder="{e(it["search"])}"><button type="button">{e(it.get("btn","搜索"))}</button></form>')
        elif it.get("img"):
            out.append(f'<img alt="{e(it["img"])}" src="{GIF}">')
        elif it.get("ul"):
            h = f"<h3>{e(it['h'])}</h3>" if it.get("h") else ""
            out.append(h + "<ul>" + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in it["ul"]) + "</ul>")
        elif it.get("tds"):
            out.append("<table><tr>" + "".join(f"<td>{e(x)}</td>" for x in it["tds"]) + "</tr></table>")
        elif it.get("raw"):
            out.append(it["raw"])
    return "\n".join(out)

def render_title(p):
    lines = p["title_lines"] if "title_lines" in p else [p["title"]]
    t = "<br>".join(e(x) for x in lines)
    s = ""
    if p.get("yin"):
        s += f'<div class="yin">{e(p["yin"])}</div>\n'
    s += f'<h1>{t}</h1>\n'
    if p.get("fu"):
        s += f'<div class="fu">{e(p["fu"])}</div>\n'
    return s

def render_info(p):
    info = p.get("info")
    if info is None:
        return ""
    if isinstance(info, str):
        return f'<div class="info meta">{e(info)}</div>'
    # list of parts; joiner
    j = p.get("info_join", "&nbsp;&nbsp;")
    return '<div class="info meta">' + j.join(f"<span>{e(x)}</span>" for x in info) + "</div>"

def render_body(p):
    out = []
    ind = p.get("indent", "")
    for b in p["body"]:
        k, v = b[0], b[1]
        if k == "p":
            out.append(f"<p>{e(ind + v)}</p>")
        elif k == "h":
            out.append(f"<p><strong>{e(ind + v)}</strong></p>" if p.get("h_in_p") else f"<h3>{e(v)}</h3>")
        elif k == "q":
            out.append(f"<blockquote><p>{e(v)}</p></blockquote>")
        elif k == "li":
            if out and out[-1].endswith("</ul>"):
                out[-1] = out[-1][:-5] + f"<li>{e(v)}</li></ul>"
            else:
                out.append(f"<ul><li>{e(v)}</li></ul>")
        elif k == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in v)
            out.append(f'<table border="1" cellpadding="4">{rows}</table>')
        elif k == "img":
            out.append(f'<p style="text-align:center"><img alt="{e(v)}" src="{GIF}"></p>')
        elif k == "cap":
            out.append(f'<p class="cap" style="text-align:center;color:#666">{e(v)}</p>')
        elif k in ("by", "ed", "src", "note"):
            al = ' style="text-align:right"' if k in ("ed", "src") else ""
            out.append(f"<p{al}>{e(v)}</p>")
        elif k == "right":  # 署名/成文日期 (body, right-aligned)
            out.append(f'<p style="text-align:right">{e(v)}</p>')
        elif k == "raw":
            out.append(v)
    return "\n".join(out)

BODY_KINDS = {"p", "h", "q", "li", "right"}

def gold_body(p):
    g = []
    for b in p["body"]:
        k, v = b[0], b[1]
        if k in BODY_KINDS:
            g.append(v.strip("\u3000 "))
        elif k == "table":
            g.extend(" ".join(c for c in r) for r in v)
    return g

def page_html(p):
    lay = p["layout"]
    top = render_furn(p.get("top", []))
    crumb = f'<div class="crumb">{e(p["crumb"])}</div>' if p.get("crumb") else ""
    head = render_title(p)
    info = render_info(p)
    if p.get("info_above"):
        headblock = info + "\n" + head
    else:
        headblock = head + info
    pre = render_furn(p.get("pre", []))  # between info and body (font size etc.)
    body = render_body(p)
    post = render_furn(p.get("post", []))
    side = render_furn(p.get("side", []))
    foot = render_furn(p.get("foot", []))
    css = STYLES[lay] + p.get("css", "")
    if lay == "table":
        main = f"""<table class="wrap" width="980" align="center"><tr><td>{top}</td></tr>
<tr><td>{crumb}</td></tr>
<tr><td><table width="100%"><tr><td class="bt">{headblock}</td></tr><tr><td>{pre}</td></tr>
<tr><td class="art">{body}</td></tr><tr><td>{post}</td></tr></table></td></tr>
<tr><td>{side}</td></tr>
<tr><td class="ft">{foot}</td></tr></table>"""
    elif lay == "div":
        main = f"""<div class="top">{top}</div><div class="crumb">{crumb}</div>
<div class="main"><div class="side">{side}</div>{headblock}{pre}<div class="content">{body}</div>{post}</div>
<div class="foot">{foot}</div>"""
    elif lay == "modern":
        main = f"""<header>{top}</header><nav>{crumb}</nav>
<main><article>{headblock}{pre}<section class="content">{body}</section>{post}</article><aside>{side}</aside></main>
<footer>{foot}</footer>"""
    elif lay == "app":
        main = f"""<div class="bar">{top}</div>{crumb}{headblock}{pre}<article>{body}</article>{post}{side}<div class="foot">{foot}</div>"""
    elif lay == "epaper":
        main = f"""<div class="top">{top}</div><div class="paper"><div class="left">{side}</div>
<div class="right">{crumb}{headblock}{pre}<div class="content">{body}</div>{post}</div></div><div class="foot">{foot}</div>"""
    return f"""<!DOCTYPE html>
<html lang="{'en' if p.get('lang')=='en' else 'zh-CN'}"><head><meta charset="utf-8"><title>{e(p.get('doc_title', p['title']))}</title>
<style>{css}</style></head>
<body>
{main}
</body></html>
"""

def main():
    pages = []
    for m in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        pages.extend(importlib.import_module(m).PAGES)
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), ids
    for p in pages:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
        title = p.get("title") or "".join(p["title_lines"])
        g = {"id": p["id"], "set": "zh-blind146", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": title, "authors": p["authors"], "publish_time": p["publish_time"],
             "body_paragraphs": gold_body(p)}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    json.dump([{k: p.get(k) for k in ("id", "kind", "layout", "features")} for p in pages],
              open(os.path.join(HERE, "_index.json"), "w"), ensure_ascii=False, indent=1)
    print(len(pages), "pages")

if __name__ == "__main__":
    main()
