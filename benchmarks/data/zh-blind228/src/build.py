#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the hand-written page data in pages_*.py."""
import json, os, html, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

STYLES = {
 "gov_table": "body{font:14px SimSun;margin:0;background:#eef}table{border-collapse:collapse}.w{width:980px;margin:0 auto;background:#fff}.t{font-size:22px;color:#c00;text-align:center}td{padding:4px}.idx td{border:1px solid #ccc;font-size:12px}.foot{background:#369;color:#fff;text-align:center;font-size:12px}",
 "gov_div": "body{font-family:'Microsoft YaHei';margin:0}.top{background:#b22;color:#fff;padding:6px 20px}.nav a{margin:0 10px}.crumb{color:#666;font-size:13px}.main{width:1100px;margin:0 auto}h1{text-align:center;font-size:26px}.info{color:#888;text-align:center;font-size:13px}.idx{width:100%;border:1px solid #ddd;font-size:13px}.idx td{padding:3px 8px}.r{text-align:right}.foot{background:#333;color:#ccc;font-size:12px;text-align:center;padding:10px}",
 "media": "body{margin:0;font-family:sans-serif}header{background:#003a8c;color:#fff;padding:8px}nav span{margin-right:12px}.grid{display:grid;grid-template-columns:3fr 1fr;gap:20px;max-width:1200px;margin:auto}h1{font-size:30px}.yt,.ft{color:#666;font-size:16px}.meta{color:#999;font-size:13px}figure{margin:10px 0}figcaption{color:#555;font-size:13px}aside{font-size:13px}footer{background:#eee;font-size:12px;padding:12px;text-align:center}",
 "self": "body{max-width:680px;margin:auto;font-family:-apple-system,sans-serif;font-size:17px;line-height:1.7}.bar{display:flex;justify-content:space-between;color:#888;font-size:13px}.acct{font-weight:bold}.btns span{margin-right:14px}.rel{border-top:1px solid #eee;font-size:14px}",
 "epaper": "body{margin:0;font-family:SimSun;font-size:14px}.hd{background:#8b0000;color:#fff;padding:6px}.cols{display:flex}.left{width:330px;border-right:1px solid #ccc;padding:6px}.right{flex:1;padding:10px}.yt,.ft{text-align:center;color:#333}h1{text-align:center;font-size:24px}.pg a{margin-right:6px}",
 "inst": "body{margin:0;font-family:'PingFang SC',sans-serif}.top{background:#0b5;color:#fff;padding:10px}.menu span{margin:0 8px}.wrap{display:flex;max-width:1150px;margin:auto}.side{width:220px;background:#f5f5f5}.con{flex:1;padding:20px}h1{font-size:24px}.meta{color:#888;font-size:13px}.foot{background:#222;color:#aaa;padding:12px;font-size:12px}",
}

def render_body(tokens):
    out, i = [], 0
    gold = []
    while i < len(tokens):
        t = tokens[i]
        if isinstance(t, str):
            out.append(f"<p>{e(t)}</p>"); gold.append(t)
        elif t[0] == "h":
            out.append(f"<h3>{e(t[1])}</h3>"); gold.append(t[1])
        elif t[0] == "b":  # bold subheading inside p
            out.append(f"<p><strong>{e(t[1])}</strong></p>"); gold.append(t[1])
        elif t[0] == "r":
            out.append(f'<p class="r" style="text-align:right">{e(t[1])}</p>'); gold.append(t[1])
        elif t[0] == "li":
            items = []
            while i < len(tokens) and not isinstance(tokens[i], str) and tokens[i][0] == "li":
                items.append(tokens[i][1]); i += 1
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"); gold += items
            continue
        elif t[0] == "tr":
            rows = []
            while i < len(tokens) and not isinstance(tokens[i], str) and tokens[i][0] == "tr":
                rows.append(tokens[i][1]); i += 1
            out.append('<table border="1" cellspacing="0" cellpadding="4">' + "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
            gold += [" ".join(r) for r in rows]
            continue
        elif t[0] == "img":
            out.append(f'<figure><img src="{GIF}" alt="{e(t[1])}" width="600" height="1"><figcaption>{e(t[2])}</figcaption></figure>')
        elif t[0] == "x":  # non-body line inside article area
            out.append(f"<p>{e(t[1])}</p>")
        elif t[0] == "xr":
            out.append(f'<p style="text-align:right">{e(t[1])}</p>')
        elif t[0] == "raw":
            out.append(t[1])
        i += 1
    return "\n".join(out), gold

def lines(ls, tag="div", cls=""):
    return "".join(f'<{tag} class="{cls}">{e(x)}</{tag}>' for x in ls)

def page_html(p):
    body, gold = render_body(p["body"])
    lay = p["layout"]
    title_html = p.get("h1") or e(p["title"])
    pre = "".join(f"<div>{e(x)}</div>" for x in p.get("pre", []))   # top furniture lines
    crumb = e(p.get("crumb", ""))
    info = "".join(f"<div class='info meta'>{e(x)}</div>" for x in p.get("info", []))
    post = "".join(f"<div>{e(x)}</div>" for x in p.get("post", []))  # after body furniture
    side = "".join(f"<div>{e(x)}</div>" for x in p.get("side", []))
    foot = "".join(f"<div>{e(x)}</div>" for x in p.get("foot", []))
    yt = f"<div class='yt'>{e(p['yt'])}</div>" if p.get("yt") else ""
    ft = f"<div class='ft'>{e(p['ft'])}</div>" if p.get("ft") else ""
    idx = ""
    if p.get("idx"):
        rows = p["idx"]
        idx = "<table class='idx'>" + "".join("<tr>" + "".join(f"<td>{e(a)}</td><td>{e(b)}</td>" for a, b in r) + "</tr>" for r in rows) + "</table>"
    if lay == "gov_table":
        doc = f"""<table class="w" width="980" align="center"><tr><td>{pre}</td></tr>
<tr><td class="crumb">{crumb}</td></tr><tr><td>{idx}</td></tr>
<tr><td class="t"><h1 style="font-size:22px">{title_html}</h1></td></tr>
<tr><td align="center">{info}</td></tr><tr><td><div id="zoom">{body}</div></td></tr>
<tr><td>{post}</td></tr><tr><td class="foot">{foot}</td></tr></table>"""
    elif lay == "gov_div":
        doc = f"""<div class="top">{pre}</div><div class="main"><div class="crumb">{crumb}</div>{idx}
<h1>{title_html}</h1>{info}<div class="article">{body}</div>{post}</div><div class="foot">{foot}</div>"""
    elif lay == "media":
        doc = f"""<header>{pre}</header><div class="grid"><main><div class="crumb">{crumb}</div>{yt}<h1>{title_html}</h1>{ft}{info}
<article>{body}</article>{post}</main><aside>{side}</aside></div><footer>{foot}</footer>"""
    elif lay == "self":
        doc = f"""<div class="bar">{pre}</div><h1>{title_html}</h1>{info}<div class="rich">{body}</div><div class="rel">{post}</div><div>{foot}</div>"""
    elif lay == "epaper":
        doc = f"""<div class="hd">{pre}</div><div class="cols"><div class="left">{side}</div><div class="right">{crumb}{yt}<h1>{title_html}</h1>{ft}{info}
<div class="content">{body}</div>{post}</div></div><div>{foot}</div>"""
    elif lay == "inst":
        doc = f"""<div class="top">{pre}</div><div class="wrap"><div class="side">{side}</div><div class="con"><div class="crumb">{crumb}</div>
<h1>{title_html}</h1>{info}<div class="v_news_content">{body}</div>{post}</div></div><div class="foot">{foot}</div>"""
    charset = p.get("charset", "utf-8")
    htmldoc = f"""<!DOCTYPE html>
<html lang="{'en' if p['lang']=='en' else 'zh-CN'}"><head><meta charset="{charset}"><title>{e(p.get('doctitle', p['title']))}</title>
<style>{STYLES[lay]}</style></head><body>
{doc}
</body></html>
"""
    g = {"id": p["id"], "set": "zh-blind228", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
         "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold}
    return htmldoc, g

def all_pages():
    pages = []
    for m in ["pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"]:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        pages += mod.PAGES
    return pages

if __name__ == "__main__":
    import sys; sys.path.insert(0, HERE)
    for p in all_pages():
        h, g = page_html(p)
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(h)
        json.dump(g, open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("built", len(all_pages()))
