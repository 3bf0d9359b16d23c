#!/usr/bin/env python3
"""Render page specs (pages_*.py) into html/<id>.html and gold/<id>.json."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_a import PAGES as A
from pages_b import PAGES as B
from extra import EXTRA, EXTRA2
for k, v in EXTRA2.items():
    EXTRA[k] = [EXTRA[k], v]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape

CSS = {
 "table": "body{font:12px SimSun,serif;margin:0;background:#eee}table{border-collapse:collapse}td{padding:3px}.w{width:980px;margin:0 auto;background:#fff}.t{font-size:22px;color:#b00;font-weight:bold;text-align:center}.bd p{text-indent:2em;line-height:2}.r{text-align:right}.ft{background:#1d4f91;color:#fff;text-align:center}",
 "div": "body{font-family:'Microsoft YaHei',sans-serif;margin:0}.top{background:#c00;color:#fff;padding:4px 20px}.hd{height:80px;background:#e8f0fa}.main{width:1100px;margin:0 auto}h1{font-size:26px;text-align:center}.info{color:#888;text-align:center;border-bottom:1px solid #ddd}.con p{font-size:16px;line-height:1.9;text-indent:2em}.foot{background:#333;color:#ccc;font-size:12px;text-align:center;padding:10px}.side{float:right;width:260px}",
 "grid": "*{box-sizing:border-box}body{margin:0;font-family:PingFang SC,sans-serif}.nav{display:flex;gap:16px;background:#0a3d7a;color:#fff;padding:8px}.g{display:grid;grid-template-columns:1fr 300px;gap:24px;max-width:1200px;margin:auto}h1{font-size:28px;line-height:1.4}.meta span{margin-right:12px;color:#666}.article p{font-size:17px;line-height:1.8}.card{border:1px solid #eee;padding:8px}footer{background:#f4f4f4;padding:20px;font-size:13px}",
 "app": "body{margin:0;font-family:-apple-system,sans-serif;max-width:680px;margin:auto;padding:0 14px}.bar{display:flex;justify-content:space-between;padding:10px 0;border-bottom:1px solid #eee}.acct{display:flex;gap:8px;align-items:center}h1{font-size:22px}.art p{font-size:17px;line-height:1.75}.open{background:#f04142;color:#fff;text-align:center;padding:10px;border-radius:20px}.cmt{color:#999;font-size:13px}",
 "epaper": "body{margin:0;font:14px SimSun,serif;background:#f2efe6}.wrap{display:flex;width:1200px;margin:auto}.left{width:420px;padding:10px}.right{flex:1;background:#fff;padding:16px}.ver a{margin-right:8px}.yt,.ft2{text-align:center;color:#444;font-size:16px}.zt{text-align:center;font-size:26px;font-weight:bold}.list li{line-height:1.8}.con p{text-indent:2em;line-height:1.9}",
 "inst": "body{margin:0;font-family:sans-serif;color:#222}.header{background:#164a8a;color:#fff;padding:12px 40px}.menu{background:#0e3566;color:#fff;padding:6px 40px}.menu a{margin-right:20px;color:#fff}.crumb{padding:10px 40px;color:#666}.article{max-width:960px;margin:auto}.article h1{text-align:center;font-size:24px}.ainfo{text-align:center;color:#777;font-size:13px}.body p{line-height:2;text-indent:2em}.bottom{background:#164a8a;color:#dde;text-align:center;padding:16px;font-size:12px}",
}

def img(alt, cap=None, tag="div"):
    s = f'<img src="{GIF}" alt="{E(alt)}" width="600" height="400">'
    if cap:
        s += f'<p class="cap" style="text-align:center;text-indent:0;color:#555">{E(cap)}</p>'
    return f'<{tag} class="pic" style="text-align:center">{s}</{tag}>'

def body_html(items, ptag="p"):
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(f"<{ptag}>{E(it)}</{ptag}>"); gold.append(it)
        elif it[0] == "h":
            out.append(f'<p style="text-indent:0"><strong>{E(it[1])}</strong></p>'); gold.append(it[1])
        elif it[0] == "h3":
            out.append(f"<h3>{E(it[1])}</h3>"); gold.append(it[1])
        elif it[0] == "li":
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>"); gold += it[1]
        elif it[0] == "ol":
            out.append("<ol>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ol>")
            gold += [f"{i+1}. {x}" if False else x for i, x in enumerate(it[1])]
        elif it[0] == "tb":
            rows = it[1]
            t = '<table border="1" cellspacing="0" style="margin:auto">'
            for i, r in enumerate(rows):
                c = "th" if i == 0 else "td"
                t += "<tr>" + "".join(f"<{c}>{E(x)}</{c}>" for x in r) + "</tr>"
            out.append(t + "</table>"); gold += [" ".join(r) for r in rows]
        elif it[0] == "img":
            out.append(img(it[1], it[2] if len(it) > 2 else None))
        elif it[0] == "r":  # right-aligned (署名, 成文日期)
            out.append(f'<p style="text-align:right">{E(it[1])}</p>'); gold.append(it[1])
        elif it[0] == "ni":  # non-body line inside the content (standalone byline, editor, etc.)
            out.append(f'<p style="text-indent:0">{E(it[1])}</p>')
        elif it[0] == "raw":
            out.append(it[1])
    return "\n".join(out), gold

def title_html(t, tag="h1", cls=""):
    if isinstance(t, list):
        return f'<{tag} class="{cls}">' + "<br>".join(E(x) for x in t) + f"</{tag}>"
    return f'<{tag} class="{cls}">{E(t)}</{tag}>'

def gold_title(t):
    return "".join(t) if isinstance(t, list) else t

def footer(p):
    s = p.get("site", {})
    f = s.get("foot", [])
    return "".join(f"<p>{E(x)}</p>" for x in f)

def related(p):
    r = p.get("related")
    if not r:
        return ""
    h = r[0]
    return f'<div class="rel"><h4>{E(h)}</h4><ul>' + "".join(f"<li><a href='#'>{E(x)}</a></li>" for x in r[1:]) + "</ul></div>"

def prevnext(p):
    pn = p.get("prevnext")
    if not pn:
        return ""
    return f'<div class="pn"><p>上一篇：<a href="#">{E(pn[0])}</a></p><p>下一篇：<a href="#">{E(pn[1])}</a></p></div>'

def _ins(pid, b, x):
    ri = [i for i, it in enumerate(b) if isinstance(it, tuple) and it[0] == "r"]
    if pid in ("rn-09", "rn-12", "rn-22", "rn-32"):
        b.append(x)
    elif ri:
        b.insert(ri[0], x)
    else:
        b.insert(len(b) - 1, x)

def render(p):
    lay = p["layout"]; s = p["site"]
    if p["id"] in EXTRA and not p.get("_x"):
        b = p["body"]; xs = EXTRA[p["id"]]; p["_x"] = 1
        xs = [xs] if isinstance(xs, str) else xs
        for x in xs:
            _ins(p["id"], b, x)
    bh, gold = body_html(p["body"])
    pre = f'<p class="yt">{E(p["pre"])}</p>' if p.get("pre") else ""
    sub = f'<p class="ft2">{E(p["sub"])}</p>' if p.get("sub") else ""
    info = p.get("info", "")
    top = p.get("top", "")
    nav = " ".join(f'<a href="#">{E(x)}</a>' for x in s.get("nav", []))
    crumb = E(p.get("crumb", ""))
    after = p.get("after", "")
    if lay == "table":
        h = f"""<table class="w" width="980" align="center"><tr><td>{E(s['name'])}　<span>{E(top)}</span></td><td align="right">设为首页 | 加入收藏 | 无障碍浏览 | 长者模式</td></tr>
<tr><td colspan="2" bgcolor="#1d4f91" style="color:#fff">{nav}</td></tr>
<tr><td colspan="2">当前位置：{crumb}</td></tr>
<tr><td colspan="2"><table width="100%"><tr><td>{pre}</td></tr><tr><td class="t">{title_html(p['title'],'span')}</td></tr><tr><td>{sub}</td></tr>
<tr><td align="center" style="border-bottom:1px dashed #999">{info}</td></tr>
<tr><td class="bd">{bh}</td></tr>
<tr><td>{after}</td></tr><tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td>{prevnext(p)}{related(p)}</td></tr></table></td></tr>
<tr><td colspan="2" class="ft">{footer(p)}</td></tr></table>"""
    elif lay == "div":
        h = f"""<div class="top">{E(top or '您好，欢迎访问'+s['name'])}　<span>无障碍</span> | <span>长者模式</span> | <a href="#">登录</a> | <a href="#">注册</a></div>
<div class="hd"><div class="main"><div class="logo">{E(s['name'])}</div><form><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div></div>
<div class="main"><div class="navbar">{nav}</div><div class="crumb">您当前的位置：{crumb}</div>
<div class="side">{related(p)}</div>
<div class="article">{pre}{title_html(p['title'])}{sub}<div class="info">{info}</div>
<div class="con">{bh}</div>{after}{prevnext(p)}</div></div>
<div class="foot">{footer(p)}</div>"""
    elif lay == "grid":
        h = f"""<header class="nav"><strong>{E(s['name'])}</strong>{nav}<input placeholder="搜索"><a href="#">登录</a></header>
<div class="crumb">{crumb}</div>
<div class="g"><main><article>{pre}{title_html(p['title'])}{sub}<div class="meta">{info}</div>
<section class="article">{bh}</section>{after}</article>{prevnext(p)}</main><aside><div class="card">{related(p)}</div></aside></div>
<footer>{footer(p)}</footer>"""
    elif lay == "app":
        h = f"""<div class="bar"><span>{E(s['name'])}</span><span>打开App</span></div>
<article>{pre}{title_html(p['title'])}{sub}<div class="acct">{info}</div>
<div class="art">{bh}</div>{after}</article>
{related(p)}<div class="open">打开{E(s['name'])}，阅读更多精彩内容</div><div class="cmt">{E(p.get('cmt',''))}</div><div class="foot">{footer(p)}</div>"""
    elif lay == "epaper":
        h = f"""<div class="head">{E(s['name'])}　{E(top)}</div>
<div class="wrap"><div class="left"><div class="ver">{p['versions']}</div>{img('版面图')}<div class="list"><h4>本版标题</h4><ul>{''.join(f"<li><a href='#'>{E(x)}</a></li>" for x in p['titles'])}</ul></div></div>
<div class="right"><p class="yt">{E(p.get('pre',''))}</p><p class="zt">{E(p['etitle'])}</p><p class="ft2">{E(p.get('sub',''))}</p><div class="info">{info}</div>
<div class="con">{bh}</div>{after}{prevnext(p)}</div></div><div class="foot">{footer(p)}</div>"""
    elif lay == "inst":
        h = f"""<div class="header">{E(s['name'])}<span style="float:right">{E(top)}</span></div><div class="menu">{nav}</div>
<div class="crumb">当前位置：{crumb}</div>
<div class="article">{pre}{title_html(p['title'])}{sub}<div class="ainfo">{info}</div><div class="body">{bh}</div>{after}{prevnext(p)}{related(p)}</div>
<div class="bottom">{footer(p)}</div>"""
    tt = gold_title(p.get("gtitle", p.get("title", p.get("etitle"))))
    doc = f"""<!DOCTYPE html>
<html lang="{'en' if p['lang']=='en' else 'zh-CN'}"><head><meta charset="utf-8"><title>{E(tt)}_{E(s['name'])}</title>
<style>{CSS[lay]}</style></head><body>
{h}
</body></html>
"""
    g = {"id": p["id"], "set": "zh-blind221", "lang": p["lang"], "kind": p["kind"], "title": tt,
         "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold}
    return doc, g

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in A + B:
        doc, g = render(p)
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(doc)
        json.dump(g, open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("rendered", len(A + B))

if __name__ == "__main__":
    main()
