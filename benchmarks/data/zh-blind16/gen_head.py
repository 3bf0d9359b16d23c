#!/usr/bin/env python3
"""Generate the zh-blind16 pages: html/<id>.html and gold/<id>.json from the specs below."""
import html as H, json, os, re

E = H.escape

CSS = {
 "new": "body{margin:0;font:15px/1.8 'Microsoft YaHei',sans-serif;color:#333}"
        ".top{background:#f2f2f2;font-size:12px;padding:4px 40px;position:sticky;top:0}"
        ".top span{margin-right:14px}.ban{background:#b71c1c;color:#fff;padding:18px 40px;font-size:26px}"
        ".ban small{font-size:13px;display:block}.srch{float:right}.nav{background:#8e0000;padding:6px 40px}"
        ".nav a{color:#fff;margin-right:18px;text-decoration:none}.crumb{padding:8px 40px;font-size:13px;color:#666}"
        ".wrap{display:flex;padding:0 40px}.main{flex:3}.side{flex:1;margin-left:20px;font-size:13px}"
        ".lside{flex:1;margin-right:20px;font-size:13px}h1{font-size:26px;text-align:center;color:#111}"
        ".info{font-size:13px;color:#888;text-align:center;border-bottom:1px solid #ddd;padding-bottom:6px}"
        ".art p{text-indent:2em;margin:0 0 12px}.foot{background:#eee;font-size:12px;padding:14px 40px;text-align:center;margin-top:30px}"
        ".chan{color:#b71c1c;font-weight:bold;font-size:14px}.sub{text-align:center;font-size:17px;color:#555}"
        "table.d{border-collapse:collapse;width:100%}table.d td,table.d th{border:1px solid #999;padding:3px 6px;font-size:13px}",
 "old": "body{margin:0;font:12px/1.7 SimSun,serif;background:#e8eef5}table{border-collapse:collapse}"
        ".box{width:980px;margin:0 auto;background:#fff}.ban{background:#1d5fa8;color:#fff;font-size:24px;padding:20px}"
        ".nav td{background:#0d3d73;color:#fff;padding:4px 10px}h1{font-size:20px;color:#c00;text-align:center}"
        ".art p{font-size:14px;margin:8px 0}.info{text-align:center;color:#555;background:#f5f5f5}"
        ".foot{text-align:center;color:#444;border-top:2px solid #1d5fa8;padding:10px}"
        "table.d td,table.d th{border:1px solid #777;padding:2px 5px}",
 "paper": "body{margin:0;font:14px/1.7 serif;background:#faf7ef}.top{background:#333;color:#eee;padding:4px 20px;font-size:12px}"
        ".ban{font-size:30px;color:#a00;padding:12px 20px}.wrap{display:flex}.lside{width:300px;padding:10px;font-size:12px}"
        ".main{flex:1;padding:10px 30px}.kick,.sub{font-size:16px;color:#444;text-align:center}h1{text-align:center;font-size:28px}"
        ".info{font-size:12px;color:#777}.art p{text-indent:2em}.foot{font-size:12px;text-align:center;color:#777}",
 "media": "body{margin:0;font:16px/1.75 'PingFang SC',sans-serif}.top{background:#0a3d91;color:#fff;font-size:12px;padding:4px 30px}"
        ".ban{padding:12px 30px;font-size:24px;color:#0a3d91;font-weight:bold}.nav{border-bottom:3px solid #0a3d91;padding:6px 30px}"
        ".nav a{margin-right:16px;color:#222;text-decoration:none}.wrap{display:flex;padding:10px 30px}.main{flex:3}"
        ".side{flex:1;margin-left:24px;font-size:14px}.lside{flex:1;margin-right:24px;font-size:14px}h1{font-size:30px;line-height:1.35}"
        ".info{color:#999;font-size:13px}.art p{margin:0 0 16px}.foot{background:#222;color:#aaa;font-size:12px;padding:20px 30px}"
        ".chan{color:#0a3d91;font-size:14px}.sub{font-size:18px;color:#666}table.d td{border:1px solid #ccc;padding:4px}",
 "self": "body{margin:0 auto;max-width:720px;font:17px/1.8 -apple-system,sans-serif;color:#222}.top{font-size:13px;color:#666;padding:6px 0}"
        "h1{font-size:24px}.info{font-size:14px;color:#888}.art p{margin:0 0 18px}.side{font-size:14px;border-top:1px solid #eee}"
        ".foot{font-size:12px;color:#999;text-align:center}.acct{font-weight:bold}",
}

def ul(title, items, cls="list"):
    s = f'<div class="{cls}">' + (f'<h3>{E(title)}</h3>' if title else "") + "<ul>"
    return s + "".join(f'<li><a href="#">{E(i)}</a></li>' for i in items) + "</ul></div>"

def body_html(items, old=False):
    out = []
    for it in items:
        if it.startswith("## "):
            out.append(f"<p><strong>{E(it[3:])}</strong></p>")
        elif it.startswith("### "):
            out.append(f"<h3>{E(it[4:])}</h3>")
        elif it.startswith("|"):
            rows = [r.split("|") for r in it[1:].split("\n")]
            t = '<table class="d">' + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
            out.append(t)
        elif it.startswith("!"):
            alt, _, cap = it[1:].partition("|")
            out.append(f'<p style="text-align:center;text-indent:0"><img alt="{E(alt)}" width="500" height="300"></p>'
                       + (f'<p style="text-align:center;text-indent:0;font-size:13px">{E(cap)}</p>' if cap else ""))
        elif it.startswith(">"):
            out.append(f'<p style="text-align:right">{E(it[1:])}</p>')
        elif it.startswith("@"):
            out.append(f'<p style="text-indent:0">{E(it[1:])}</p>')
        else:
            out.append(f"<p>{'　　' if old else ''}{E(it)}</p>")
    return "\n".join(out)

def gold_body(items):
    g = []
    for it in items:
        if it.startswith("## "): g.append(it[3:])
        elif it.startswith("### "): g.append(it[4:])
        elif it.startswith("|"): g += [" ".join(r.split("|")) for r in it[1:].split("\n")]
        elif it.startswith("!") or it.startswith("@"): continue
        elif it.startswith(">"): g.append(it[1:])
        else: g.append(it)
    return g

def page(s):
    st = s.get("style", "new"); old = st == "old"
    title_html = "<br>".join(E(t) for t in s["title"])
    head = []
    if s.get("chan"): head.append(f'<div class="chan">{s["chan"]}</div>')
    if s.get("info_above"): head.append(f'<div class="info">{s["info_above"]}</div>')
    if s.get("kick"): head.append(f'<div class="kick">{E(s["kick"])}</div>')
    head.append(f"<h1>{title_html}</h1>")
    if s.get("sub"): head.append(f'<div class="sub">{E(s["sub"])}</div>')
    if s.get("info"): head.append(f'<div class="info">{s["info"]}</div>')
    for l in s.get("under", []): head.append(f'<div class="under">{l}</div>')
    art = "\n".join(head) + f'\n<div class="art">{body_html(s["body"], old)}</div>\n' + "\n".join(f"<div>{x}</div>" for x in s.get("post", []))
    top = s.get("top", "")
    pre = s.get("pre", "")
    lside = f'<div class="lside">{s["lside"]}</div>' if s.get("lside") else ""
    side = f'<div class="side">{s["side"]}</div>' if s.get("side") else ""
    if old:
        doc = (f'<div class="box">{top}<table width="100%"><tr><td>{pre}</td></tr></table>'
               f'<table width="100%"><tr>' + (f'<td width="220" valign="top">{s["lside"]}</td>' if s.get("lside") else "")
               + f'<td valign="top">{art}</td>' + (f'<td width="220" valign="top">{s["side"]}</td>' if s.get("side") else "")
               + f'</tr></table><div class="foot">{s.get("foot","")}</div></div>')
    else:
        doc = (f'{top}{pre}<div class="wrap">{lside}<div class="main">{art}</div>{side}</div>'
               f'<div class="foot">{s.get("foot","")}</div>')
    doc = doc.replace("  ", "&nbsp;&nbsp;")
    return (f'<!DOCTYPE html>\n<html lang="{s.get("lang","zh")}"><head><meta charset="utf-8"><title>{E(s.get("doctitle", "".join(s["title"])))}</title>'
            f'<style>{CSS[st]}</style></head><body>\n{doc}\n</body></html>\n')

def topbar(*items, cls="top"):
    return f'<div class="{cls}">' + "".join(f"<span>{i}</span>" for i in items) + "</div>"
def banner(name, sub="", search=None):
    s = f'<div class="ban">{E(name)}' + (f"<small>{E(sub)}</small>" if sub else "")
    if search: s += f'<span class="srch"><input type="text" placeholder="{E(search)}"><button>{"Go" if search.isascii() else "搜索"}</button></span>'
    return s + "</div>"
def nav(items, old=False):
    if old:
        return '<table class="nav" width="100%"><tr>' + "".join(f"<td>{E(i)}</td>" for i in items) + "</tr></table>"
    return '<div class="nav">' + "".join(f'<a href="#">{E(i)}</a>' for i in items) + "</div>"
def crumb(text):
    return f'<div class="crumb">{E(text)}</div>'
def foot(*lines):
    return "".join(f"<p>{l}</p>" for l in lines)
