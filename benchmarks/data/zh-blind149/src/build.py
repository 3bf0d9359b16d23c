#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body blocks (strings with a prefix):
  p:TEXT  paragraph (body)          h:TEXT  sub-heading (body)
  li:TEXT list line (body)          t:a|b|c table row (body; cells joined by one space in gold)
  img:ALT|CAPTION photo (not body)  x:TEXT  a non-body line inside the article area
  doc:TEXT 文号 line (not body)     q:TEXT  quoted paragraph (body, rendered as blockquote)
"""
import html, json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape

def body_html(blocks, style):
    out, rows = [], []
    def flush():
        if rows:
            tr = []
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                tr.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(tr) + "</table>")
            rows.clear()
    lis = []
    def flushli():
        if lis:
            out.append("<ul class=\"bl\">" + "".join(f"<li>{E(x)}</li>" for x in lis) + "</ul>")
            lis.clear()
    for b in blocks:
        k, _, v = b.partition(":")
        if k != "t": flush()
        if k != "li": flushli()
        ind = "\u3000\u3000" if style.get("indent") else ""
        if k == "p": out.append(f"<p>{ind}{E(v)}</p>")
        elif k == "q": out.append(f"<blockquote><p>{E(v)}</p></blockquote>")
        elif k == "h": out.append(f"<p class=\"sub\"><strong>{E(v)}</strong></p>" if style.get("hstrong") else f"<h3>{E(v)}</h3>")
        elif k == "li": lis.append(v)
        elif k == "t": rows.append(v.split("|"))
        elif k == "img":
            alt, _, cap = v.partition("|")
            out.append(f'<div class="pic"><img alt="{E(alt)}" src="{GIF}" width="600" height="360"><p class="cap">{E(cap)}</p></div>' if cap else f'<div class="pic"><img alt="{E(alt)}" src="{GIF}"></div>')
        elif k == "x": out.append(f"<p class=\"note\">{E(v)}</p>")
        elif k == "doc": out.append(f"<p class=\"wh\">{E(v)}</p>")
        elif k == "raw": out.append(v)
        else: raise ValueError(b)
    flush(); flushli()
    return "\n".join(out)

def gold_body(blocks):
    out = []
    for b in blocks:
        k, _, v = b.partition(":")
        if k in ("p", "h", "li", "q"): out.append(v)
        elif k == "t": out.append(" ".join(v.split("|")))
    return out

def links(items, cls="nav", sep=""):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{E(x)}</a>{sep}</li>' for x in items) + "</ul>"

def lines(items, cls="ft"):
    return f'<div class="{cls}">' + "".join(f"<p>{x}</p>" for x in items) + "</div>"

CSS = {
 "table": "body{font:12px SimSun;margin:0}table.w{width:1000px;margin:0 auto}td{vertical-align:top}.nav li{display:inline;margin:0 8px}.nav{padding:0}h1{font-size:20px;text-align:center;color:#c00}.info td{font-size:12px;color:#666}.dt td,.dt th{padding:3px}.cap{text-align:center;font-size:12px}.bl{padding-left:20px}",
 "portal": "body{font:14px 'Microsoft YaHei';margin:0}.wrap{width:1200px;margin:0 auto}.top a{margin-right:10px}.nav{background:#b00;padding:0;margin:0}.nav li{display:inline-block;color:#fff;padding:8px 14px}.nav a{color:#fff}.crumb{margin:10px 0;color:#666}h1{font-size:26px;text-align:center}.info{text-align:center;color:#888;border-bottom:1px solid #ddd}.content p{line-height:2}.side{float:right;width:300px}.rel li{list-style:square}.ft{background:#eee;text-align:center;font-size:12px}",
 "resp": "body{font:16px system-ui;margin:0;color:#222}header{display:flex;justify-content:space-between;padding:12px 24px;background:#0b3d91;color:#fff}header a{color:#fff;margin-left:14px}nav ul{display:flex;gap:18px;list-style:none;padding:8px 24px;margin:0;background:#f3f5f9}main{max-width:820px;margin:0 auto;padding:0 16px}h1{font-size:30px;line-height:1.35}.meta span{margin-right:16px;color:#777}article p{line-height:1.9}aside li{margin:6px 0}footer{background:#1f2a3a;color:#ccc;padding:20px;font-size:13px}",
 "app": "body{font:17px -apple-system;margin:0 auto;max-width:640px;padding:0 14px}.bar{display:flex;justify-content:space-between;background:#fafafa;padding:8px}.acct{display:flex;gap:10px;align-items:center}.acct img{width:40px;height:40px;border-radius:50%}h1{font-size:24px}.meta{color:#999;font-size:13px}p{line-height:1.8}.open{position:sticky;bottom:0;background:#f04142;color:#fff;text-align:center;padding:10px}.cm li{list-style:none;border-bottom:1px solid #eee;padding:6px 0}",
 "epaper": "body{font:14px SimSun;margin:0}.top{background:#8b0000;color:#fff;padding:6px}.cols{display:flex}.left{width:300px;border-right:1px solid #ccc;padding:8px}.right{flex:1;padding:12px}.yt,.ft2{text-align:center;color:#333;font-size:16px}h1{text-align:center;font-size:28px}.fb{text-align:center;font-size:18px}.bc li{list-style:none}.ft{text-align:center;font-size:12px;color:#666}",
}

def infobar(p, tag="div", cls="info"):
    if p.get("info_table"):
        return '<table class="info" width="100%"><tr>' + "".join(f"<td>{x}</td>" for x in p["info"]) + "</tr></table>"
    sep = p.get("info_sep", "&nbsp;&nbsp;")
    return f'<{tag} class="{cls}">' + sep.join(p["info"]) + f"</{tag}>"

def title_html(p):
    t = p.get("title_lines") or [p["title"]]
    h = "<br>".join(E(x) for x in t)
    s = ""
    if p.get("kicker"): s += f'<p class="yt">{E(p["kicker"])}</p>'
    s += f"<h1>{h}</h1>"
    if p.get("subtitle"): s += f'<p class="ft2">{E(p["subtitle"])}</p>'
    return s

def head_bits(p):
    return title_html(p), infobar(p)

def around(p):
    """share, prev/next, related, qr, extra after-article furniture"""
    s = ""
    if p.get("after"): s += lines(p["after"], "after")
    if p.get("share"): s += f'<div class="share">{p["share"]}</div>'
    if p.get("prevnext"): s += '<div class="pn">' + "".join(f"<p>{E(x)}</p>" for x in p["prevnext"]) + "</div>"
    if p.get("related"):
        s += f'<div class="rel"><h4>{E(p.get("related_h","相关阅读"))}</h4>' + links(p["related"], "rel") + "</div>"
    if p.get("qr"): s += f'<div class="qr"><img alt="{E(p["qr"])}" src="{GIF}"><p>{E(p["qr"])}</p></div>'
    return s

def article(p):
    t, i = head_bits(p)
    pre = "".join(f'<p class="pre">{E(x)}</p>' for x in p.get("pre", []))
    b = body_html(p["body"], p)
    if p.get("info_pos") == "below":
        return t + pre + b + i
    if p.get("info_pos") == "top":
        return i + t + pre + b
    return t + i + pre + b

def render(p):
    L = p["layout"]
    top = " | ".join(f'<a href="#">{E(x)}</a>' for x in p.get("topbar", []))
    nav = links(p.get("nav", []))
    search = f'<form><input type="text" placeholder="{E(p["search"])}"><button>搜索</button></form>' if p.get("search") else ""
    crumb = f'<div class="crumb">{p["crumb"]}</div>' if p.get("crumb") else ""
    side = ""
    if p.get("side"):
        side = "".join(f'<div class="side"><h4>{E(h)}</h4>{links(items, "sl")}</div>' for h, items in p["side"])
    foot = lines(p.get("footer", []))
    if L == "table":
        inner = (f'<table class="w" cellpadding="0" cellspacing="0"><tr><td><div class="top">{top}</div></td><td align="right">{search}</td></tr>'
                 f'<tr><td colspan="2"><img alt="{E(p["site"])}" src="{GIF}" width="1000" height="120"></td></tr>'
                 f'<tr><td colspan="2">{nav}</td></tr><tr><td colspan="2">{crumb}</td></tr>'
                 f'<tr><td width="760">{article(p)}{around(p)}</td><td width="240">{side}</td></tr>'
                 f'<tr><td colspan="2">{foot}</td></tr></table>')
    elif L == "portal":
        inner = (f'<div class="top">{top}</div><div class="wrap"><div class="logo"><img alt="{E(p["site"])}" src="{GIF}"></div>{search}</div>{nav}'
                 f'<div class="wrap">{crumb}{side}<div class="main">{article(p)}{around(p)}</div></div>{foot}')
    elif L == "resp":
        inner = (f'<header><div class="brand">{E(p["site"])}</div><div>{top}</div></header><nav>{nav}</nav>{search}'
                 f'<main>{crumb}<article>{article(p)}</article>{around(p)}<aside>{side}</aside></main><footer>{foot}</footer>')
    elif L == "app":
        acct = p.get("acct", "")
        inner = (f'<div class="bar">{top}</div><div class="main">{title_html(p)}<div class="acct"><img alt="" src="{GIF}">{acct}</div>'
                 f'{infobar(p, "div", "meta")}{body_html(p["body"], p)}{around(p)}</div>{side}{foot}'
                 + (f'<div class="open">{E(p["openapp"])}</div>' if p.get("openapp") else ""))
    elif L == "epaper":
        left = p.get("left", "")
        inner = (f'<div class="top">{top}</div>{nav}<div class="cols"><div class="left">{left}</div>'
                 f'<div class="right">{crumb}{article(p)}{around(p)}</div></div>{foot}')
    else:
        raise ValueError(L)
    css = CSS[L] + p.get("css", "")
    lang = "en" if p.get("lang") == "en" else "zh-CN"
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{E(p["title"])}_{E(p["site"])}</title>'
            f"<style>{css}</style></head><body>\n{inner}\n</body></html>\n")

def main():
    pages = []
    for m in ("pages_a", "pages_b", "pages_c", "pages_d"):
        try:
            pages += importlib.import_module(m).PAGES
        except ModuleNotFoundError:
            pass
    ids = set()
    for p in pages:
        assert p["id"] not in ids; ids.add(p["id"])
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(p))
        g = {"id": p["id"], "set": "zh-blind149", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": [a.replace(" ", "") if p.get("lang", "zh") == "zh" else a for a in p["authors"]], "publish_time": p["time"],
             "body_paragraphs": gold_body(p["body"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(pages), "pages")

if __name__ == "__main__":
    main()
