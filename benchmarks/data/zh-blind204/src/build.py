#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the page sources (pages_a/b/c)."""
import html, json, os, sys, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind204"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape

def all_pages():
    return A + B + C

def img(alt):
    return f'<img src="{GIF}" alt="{E(alt)}" width="1" height="1">'

def body_html(p):
    out = []
    indent = p.get("indent", "")
    for b in p["body"]:
        if isinstance(b, str):
            out.append(f"<p>{indent}{E(b)}</p>")
        else:
            t = b[0]
            if t == "h":
                out.append(f'<p class="sub"><strong>{E(b[1])}</strong></p>' if p.get("hstyle") == "strong" else f"<h3>{E(b[1])}</h3>")
            elif t == "r":
                out.append(f'<p style="text-align:right">{E(b[1])}</p>')
            elif t == "li":
                out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in b[1]) + "</ul>")
            elif t == "table":
                rows = b[1]
                out.append('<table class="dt" border="1" cellspacing="0">' + "".join(
                    "<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
            elif t == "img":
                cap = f'<p class="cap">{E(b[2])}</p>' if len(b) > 2 and b[2] else ""
                out.append(f'<div class="pic">{img(b[1])}</div>{cap}')
            elif t == "note":
                out.append(f'<p class="note">{E(b[1])}</p>')
            elif t == "raw":
                out.append(b[1])
    return "\n".join(out)

def gold_paras(p):
    g = []
    for b in p["body"]:
        if isinstance(b, str):
            g.append(b)
        elif b[0] in ("h", "r"):
            g.append(b[1])
        elif b[0] == "li":
            g.extend(b[1])
        elif b[0] == "table":
            g.extend(" ".join(r) for r in b[1])
    return g

def num(p, n, mod):
    h = int(hashlib.md5((p["id"] + str(n)).encode()).hexdigest(), 16)
    return str(h % mod).zfill(len(str(mod)) - 1)

def lines(xs, cls="", tag="div"):
    return "".join(f'<{tag} class="{cls}">{x}</{tag}>' for x in xs)

def footer(p):
    if "footer" in p:
        return "<br>".join(E(x) for x in p["footer"])
    prov = p.get("prov", "辽")
    site = p["site"]
    f = [f"主办：{p.get('host', site)}　承办：{p.get('org', site + '信息中心')}",
         f"{prov}ICP备{num(p,1,100000000)}号-{int(num(p,2,10))%5+1}　{prov}公网安备 {num(p,3,100000000000000)}号"]
    if p["kind"] == "government":
        f.append(f"网站标识码：{num(p,4,10000000000)}　联系电话：0{num(p,5,1000)}-{num(p,6,100000000)}")
    else:
        f.append(f"Copyright © 2025 {site} 版权所有　违法和不良信息举报电话：0{num(p,5,1000)}-{num(p,6,100000000)}")
    return "<br>".join(f)

CSS = {
"table": "body{font:12px SimSun,serif;margin:0;background:#eee}table.w{width:980px;margin:0 auto;background:#fff}.ban{background:#a01;color:#fff;font-size:26px;padding:18px}.nav a{margin:0 8px}h1{font-size:22px;text-align:center;color:#a00}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.cont p{line-height:2}.foot{text-align:center;color:#555;background:#ddd;padding:10px}.dt td{padding:3px 6px}.cap{text-align:center;color:#333}",
"div": "body{font:14px 'Microsoft YaHei',sans-serif;margin:0}.top{background:#f4f4f4;font-size:12px;padding:4px 20px}.head{background:#1a4c9c;color:#fff;padding:20px}.head .name{font-size:28px}.nav{background:#0e3a7c;padding:6px 20px}.nav a{color:#fff;margin-right:18px}.crumb{padding:8px 20px;color:#666}.main{width:1000px;margin:0 auto}.art{padding:10px 30px}h1{font-size:26px;text-align:center}.info{color:#888;text-align:center;font-size:13px}.cont{font-size:16px;line-height:1.9}.cont p{text-indent:2em}.side{font-size:13px}.foot{background:#333;color:#bbb;text-align:center;padding:16px;font-size:12px}.cap{text-align:center;text-indent:0!important;color:#555}",
"flex": "body{font:16px -apple-system,'PingFang SC',sans-serif;margin:0;color:#222}header{display:flex;justify-content:space-between;align-items:center;padding:12px 40px;border-bottom:3px solid #c00}.logo{font-size:24px;font-weight:bold}nav{display:flex;gap:20px;padding:8px 40px;background:#fafafa}.wrap{display:grid;grid-template-columns:1fr 300px;gap:30px;max-width:1200px;margin:0 auto;padding:20px}h1{font-size:30px;line-height:1.3}.info{display:flex;gap:14px;color:#999;font-size:14px}.cont p{line-height:1.8}aside{font-size:14px}footer{background:#222;color:#aaa;padding:20px 40px;font-size:12px}.cap{color:#666;font-size:14px;text-align:center}",
"app": "body{font:17px -apple-system,sans-serif;margin:0;max-width:680px;margin:0 auto;color:#191919}.openapp{display:flex;justify-content:space-between;padding:10px 16px;background:#f7f7f7;font-size:14px}h1{font-size:24px;padding:0 16px}.acct{display:flex;gap:10px;align-items:center;padding:0 16px;color:#576b95;font-size:15px}.info{padding:4px 16px;color:#999;font-size:14px}.cont{padding:0 16px;line-height:1.75}.bar{display:flex;justify-content:space-around;color:#888;padding:12px;border-top:1px solid #eee}.foot{font-size:12px;color:#aaa;padding:16px}.cap{color:#888;font-size:13px;text-align:center}",
"epaper": "body{font:14px SimSun,serif;margin:0}.top{background:#8b0000;color:#fff;padding:10px;font-size:22px}.bar{background:#eee;padding:4px 10px;font-size:12px}table.ep{width:1100px}td.l{width:300px;vertical-align:top;background:#f8f3e8;font-size:12px}td.r{vertical-align:top;padding:10px 20px}.yt{text-align:center;color:#444;font-size:15px}h1{text-align:center;font-size:24px;margin:4px}.ft{text-align:center;color:#444;font-size:15px}.au{text-align:center;color:#666}.cont p{text-indent:2em;line-height:1.9}.foot{text-align:center;font-size:12px;color:#666;padding:8px}.cap{text-align:center;text-indent:0!important}",
}

def infobar(p):
    return f'<div class="info">{p["info"]}</div>' if p.get("info") else ""

def article_core(p):
    """headline + info + lead + body + tail, in page order."""
    parts = []
    pos = p.get("info_pos", "below")
    if p.get("pre"): parts.append(f'<div class="yt">{E(p["pre"])}</div>')
    if pos == "above": parts.append(infobar(p))
    h1 = p.get("h1") or E(p["title"])
    parts.append(f"<h1>{h1}</h1>")
    if p.get("sub"): parts.append(f'<div class="ft">{E(p["sub"])}</div>')
    if pos == "below": parts.append(infobar(p))
    if p.get("tools"): parts.append(f'<div class="tools">{p["tools"]}</div>')
    if p.get("lead"): parts.append(f'<div class="lead">{p["lead"]}</div>')
    parts.append(f'<div class="cont">{body_html(p)}</div>')
    if p.get("tail"): parts.append(lines(p["tail"], "tail"))
    if pos == "bottom": parts.append(infobar(p))
    if p.get("after"): parts.append(lines(p["after"], "after"))
    if p.get("related"):
        parts.append('<div class="rel"><h4>' + E(p.get("rel_title", "相关阅读")) + "</h4><ul>" + "".join(f"<li><a href=\"#\">{E(x)}</a></li>" for x in p["related"]) + "</ul></div>")
    if p.get("prevnext"):
        parts.append(f'<div class="pn">上一篇：<a href="#">{E(p["prevnext"][0])}</a><br>下一篇：<a href="#">{E(p["prevnext"][1])}</a></div>')
    return "\n".join(parts)

def navlinks(xs):
    return "".join(f'<a href="#">{E(x)}</a>' for x in xs)

def render(p):
    lay = p["layout"]
    site = E(p["site"])
    nav = navlinks(p.get("nav", ["首页", "新闻", "政务", "服务", "互动"]))
    crumb = E(p.get("crumb", "")) if p.get("crumb") else ""
    top = p.get("topbar", "")
    if lay == "table":
        b = f'''<table class="w" cellpadding="0" cellspacing="0"><tr><td class="top">{top}</td></tr>
<tr><td class="ban">{img(p.get('logo_alt', p['site'] + '标志'))}{site}</td></tr>
<tr><td class="nav">{nav}</td></tr>
<tr><td class="crumb">{crumb}</td></tr>
<tr><td class="art">{article_core(p)}</td></tr>
<tr><td class="foot">{footer(p)}</td></tr></table>'''
    elif lay == "div":
        side = ""
        if p.get("side"):
            side = '<div class="side"><h4>' + E(p["side"][0]) + "</h4><ul>" + "".join(f"<li>{E(x)}</li>" for x in p["side"][1]) + "</ul></div>"
        b = f'''<div class="top">{top}</div><div class="head">{img(p.get('logo_alt', p['site']))}<span class="name">{site}</span></div>
<div class="nav">{nav}</div><div class="main"><div class="crumb">{crumb}</div><div class="art">{article_core(p)}</div>{side}</div>
<div class="foot">{footer(p)}</div>'''
    elif lay == "flex":
        side = ""
        if p.get("side"):
            side = '<aside><h4>' + E(p["side"][0]) + "</h4><ol>" + "".join(f"<li>{E(x)}</li>" for x in p["side"][1]) + "</ol></aside>"
        b = f'''<header><div class="logo">{site}</div><div>{top}</div></header><nav>{nav}</nav>
<div class="crumb" style="padding:8px 40px">{crumb}</div><div class="wrap"><main>{article_core(p)}</main>{side}</div>
<footer>{footer(p)}</footer>'''
    elif lay == "app":
        b = f'''<div class="openapp">{top}</div>{article_core(p)}
<div class="bar">{p.get('bar', '')}</div><div class="foot">{footer(p) if p.get('show_footer') else E(p.get('appfoot', ''))}</div>'''
    elif lay == "epaper":
        ed = p["epaper"]
        b = f'''<div class="top">{site}</div><div class="bar">{ed['bar']}</div>
<table class="ep"><tr><td class="l"><div>{img('版面缩略图')}</div><h4>版面导航</h4>{lines([E(x) for x in ed['pages']], 'pg')}
<h4>本版标题</h4><ul>{''.join(f'<li><a href="#">{E(x)}</a></li>' for x in ed['titles'])}</ul>
<div>{ed.get('prevnext', '上一版　下一版')}</div></td>
<td class="r">{article_core(p)}</td></tr></table><div class="foot">{footer(p)}</div>'''
    lang = "en" if p["lang"] == "en" else "zh-CN"
    charset = p.get("charset", "utf-8")
    return f'''<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{E(p.get('doctitle', p['title'] + '_' + p['site']))}</title>
<style>{CSS[lay]}</style></head><body>
{b}
</body></html>
'''

def gold(p):
    return {"id": p["id"], "set": SET, "lang": p["lang"], "kind": p["kind"], "title": p["title"],
            "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_paras(p)}

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in all_pages():
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(p))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(p), f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(all_pages()), "pages")

if __name__ == "__main__":
    main()
