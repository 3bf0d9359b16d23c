#!/usr/bin/env python3
"""Render page dicts (from pages_*.py) to html/<id>.html and gold/<id>.json."""
import html as H, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
e = H.escape

def gold_body(body):
    out = []
    for it in body:
        if isinstance(it, str):
            out.append(it)
        elif "h" in it:
            out.append(it["h"])
        elif "li" in it:
            out.extend(it["li"])
        elif "table" in it:
            out.extend(" ".join(r) for r in it["table"])
        elif "sig" in it:
            out.extend(it["sig"])
    return out

def body_html(p):
    parts, imgs = [], {i: (a, c) for i, a, c in p.get("imgs", [])}
    indent = p.get("indent", "")
    for n, it in enumerate(p["body"]):
        if isinstance(it, str):
            parts.append(f"<p>{indent}{e(it)}</p>")
        elif "h" in it:
            tag = p.get("htag", "h3")
            parts.append(f"<{tag}>{e(it['h'])}</{tag}>" if tag != "strong" else f"<p><strong>{e(it['h'])}</strong></p>")
        elif "li" in it:
            parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in it["li"]) + "</ul>")
        elif "table" in it:
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in it["table"])
            parts.append(f'<table class="data" border="1" cellspacing="0">{rows}</table>')
        elif "sig" in it:
            parts.append("".join(f'<p style="text-align:right">{e(x)}</p>' for x in it["sig"]))
        if n in imgs:
            a, c = imgs[n]
            parts.append(f'<div class="pic"><img src="{GIF}" alt="{e(a)}" width="600" height="360"><p class="cap">{e(c)}</p></div>')
    return "\n".join(parts)

def lines(xs, cls):
    return "\n".join(f'<p class="{cls}">{x}</p>' for x in xs)

def related(p):
    if not p.get("related"):
        return ""
    lab = p.get("related_label", "相关阅读")
    return f'<div class="rel"><h4>{lab}</h4><ul>' + "".join(f"<li><a href='#'>{e(x)}</a></li>" for x in p["related"]) + "</ul></div>"

def prevnext(p):
    if not p.get("prev"):
        return ""
    if p["lang"] == "en":
        return f'<div class="pn"><p>Previous: <a href="#">{e(p["prev"])}</a></p><p>Next: <a href="#">{e(p["next"])}</a></p></div>'
    return f'<div class="pn"><p>上一篇：<a href="#">{e(p["prev"])}</a></p><p>下一篇：<a href="#">{e(p["next"])}</a></p></div>'

def headline(p):
    h = ""
    if p.get("yin"):
        h += f'<p class="yin">{e(p["yin"])}</p>'
    if p.get("title2"):
        h += f'<h1>{e(p["title"])}<br>{e(p["title2"])}</h1>'
    else:
        h += f'<h1>{e(p.get("title_disp", p["title"]))}</h1>'
    if p.get("fu"):
        h += f'<p class="fu">{e(p["fu"])}</p>'
    return h

CSS = {
"table": "body{font:14px SimSun,serif;margin:0;background:#eee}table.wrap{width:980px;margin:0 auto;background:#fff}.top td{background:#b00;color:#fff}h1{font-size:22px;text-align:center;color:#b00}.bar{text-align:center;color:#666;border-bottom:1px dashed #ccc}.cap{text-align:center;color:#555}.yin,.fu{text-align:center}table.data td{padding:3px 6px}.foot{text-align:center;font-size:12px;color:#555}",
"div": "body{font:15px 'Microsoft YaHei',sans-serif;margin:0}.head{background:#1f5fa8;color:#fff;padding:8px}.nav a{margin:0 8px;color:#fff}.main{width:1100px;margin:0 auto;display:flex}.art{flex:3;padding:20px}.side{flex:1;padding:20px;background:#f6f6f6}h1{font-size:26px}.bar span{margin-right:16px;color:#888}.cap{color:#666;text-align:center}.foot{background:#333;color:#ccc;padding:12px;text-align:center;font-size:12px}.idx td{border:1px solid #ccc;padding:4px}",
"grid": "body{font:16px sans-serif;margin:0}header{display:grid;grid-template-columns:1fr 3fr 1fr;padding:10px;border-bottom:3px solid #c00}.wrap{display:grid;grid-template-columns:2fr 1fr;gap:24px;max-width:1200px;margin:0 auto}h1{font-size:30px;line-height:1.3}.meta{color:#999}.cap{font-size:13px;color:#777}.share span{margin-right:10px}footer{background:#222;color:#aaa;padding:16px;font-size:12px}",
"app": "body{font:17px -apple-system,sans-serif;max-width:640px;margin:0 auto;padding:12px}.acct{display:flex;align-items:center;gap:8px}.acct img{border-radius:50%}h1{font-size:22px}.meta{color:#999;font-size:13px}.cap{font-size:13px;color:#888;text-align:center}.openapp{position:sticky;bottom:0;background:#f33;color:#fff;text-align:center;padding:10px}",
"epaper": "body{font:14px SimSun,serif;margin:0}.mast{background:#a00;color:#fff;padding:6px}.cols{display:flex}.left{width:360px;border-right:1px solid #ccc;padding:8px}.right{flex:1;padding:12px}.yin,.fu{text-align:center;color:#333}h1{text-align:center;font-size:24px}.cap{text-align:center;color:#666}.foot{text-align:center;font-size:12px}",
}

def foot(p):
    return "\n".join(f"<p>{x}</p>" for x in p["foot"])

def tpl_table(p):
    return f"""<table class="wrap" cellpadding="0" cellspacing="0">
<tr class="top"><td>{p['topbar']}</td></tr>
<tr><td><table width="100%"><tr><td><img src="{GIF}" alt="{e(p['site'])}" width="300" height="60"></td><td align="right">{p.get('search','')}</td></tr></table></td></tr>
<tr><td class="crumb">{p['crumb']}</td></tr>
<tr><td>{headline(p)}
<div class="bar">{p['bar']}</div>
<div class="pre">{lines(p.get('pre', []), 'pre')}</div>
<div class="content">{body_html(p)}</div>
<div class="post">{lines(p.get('post', []), 'post')}</div>
<div class="tools">{p.get('tools','')}</div>
{prevnext(p)}{related(p)}</td></tr>
<tr><td class="foot">{foot(p)}</td></tr></table>"""

def tpl_div(p):
    idx = ""
    if p.get("index"):
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in p["index"])
        idx = f'<table class="idx" cellspacing="0">{rows}</table>'
    side = p.get("side", "")
    return f"""<div class="head"><div class="topline">{p['topbar']}</div><div class="logo"><img src="{GIF}" alt="{e(p['site'])}" width="320" height="64"> {p.get('search','')}</div><div class="nav">{p.get('nav','')}</div></div>
<div class="crumb">{p['crumb']}</div>
<div class="main"><div class="art">{idx}{headline(p)}
<div class="bar">{p['bar']}</div>
{lines(p.get('pre', []), 'pre')}
<div class="content">{body_html(p)}</div>
{lines(p.get('post', []), 'post')}
<div class="tools">{p.get('tools','')}</div>
{prevnext(p)}{related(p)}</div><div class="side">{side}</div></div>
<div class="foot">{foot(p)}</div>"""

def tpl_grid(p):
    return f"""<header><div>{p['topbar']}</div><div><img src="{GIF}" alt="{e(p['site'])}" width="280" height="50"></div><div>{p.get('search','')}</div></header>
<nav>{p.get('nav','')}</nav><div class="crumb">{p['crumb']}</div>
<div class="wrap"><article>{headline(p)}
<div class="meta">{p['bar']}</div>
{lines(p.get('pre', []), 'pre')}
<section class="content">{body_html(p)}</section>
{lines(p.get('post', []), 'post')}
<div class="share">{p.get('tools','')}</div>{prevnext(p)}</article>
<aside>{related(p)}{p.get('side','')}</aside></div>
<footer>{foot(p)}</footer>"""

def tpl_app(p):
    return f"""<div class="topapp">{p['topbar']}</div>
{headline(p)}
<div class="acct"><img src="{GIF}" alt="头像" width="36" height="36"><div><b>{e(p['acct'])}</b><div class="meta">{p['bar']}</div></div><span>{p.get('follow','关注')}</span></div>
{lines(p.get('pre', []), 'pre')}
<div class="content">{body_html(p)}</div>
{lines(p.get('post', []), 'post')}
<div class="tools">{p.get('tools','')}</div>{related(p)}
<div class="foot">{foot(p)}</div>
<div class="openapp">{p.get('openapp','打开APP，阅读体验更佳')}</div>"""

def tpl_epaper(p):
    navs = " ".join(f"<a href='#'>{e(x)}</a>" for x in p["pages"])
    lst = "".join(f"<li><a href='#'>{e(x)}</a></li>" for x in p["list"])
    return f"""<div class="mast">{p['topbar']}</div>
<div class="dateline">{p['bar']}</div>
<div class="cols"><div class="left"><img src="{GIF}" alt="版面缩略图" width="340" height="480"><div class="pages"><b>版面导航</b> {navs}</div><div class="blist"><b>本版标题</b><ul>{lst}</ul></div>{p.get('side','')}</div>
<div class="right">{headline(p)}
{lines(p.get('pre', []), 'pre')}
<div class="content">{body_html(p)}</div>
{lines(p.get('post', []), 'post')}
{prevnext(p)}</div></div>
<div class="foot">{foot(p)}</div>"""

TPL = {"table": tpl_table, "div": tpl_div, "grid": tpl_grid, "app": tpl_app, "epaper": tpl_epaper}

def render(p):
    t = p["tpl"]
    charset = p.get("charset", "utf-8")
    title_tag = p.get("head_title", f"{p['title']}{p.get('title2','')}_{p['site']}")
    doc = f"""<!DOCTYPE html>
<html lang="{'en' if p['lang']=='en' else 'zh-CN'}"><head><meta charset="{charset}"><title>{e(title_tag)}</title>
<style>{CSS[t]}{p.get('css','')}</style></head>
<body>
{TPL[t](p)}
</body></html>
"""
    with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    g = {"id": p["id"], "set": "zh-blind216", "lang": p["lang"], "kind": p["kind"],
         "title": p["title"] + p.get("title2", ""), "authors": p["authors"],
         "publish_time": p["time"], "body_paragraphs": gold_body(p["body"])}
    with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
