"""Render html/<id>.html and gold/<id>.json from the page data in pages_*.py (one source of truth)."""
import json, os, html as H
from pages_a import PAGES as A
from pages_b import PAGES as B
PAGES = A + B
from pages_extra import EXTRA
for _p in PAGES:
    if _p['id'] in EXTRA:
        i, t = EXTRA[_p['id']]
        _p['body'].insert(i, ('p', t))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def img(alt):
    return f'<img src="{GIF}" alt="{e(alt)}" width="1" height="1">'

def gold_body(p):
    out = []
    for b in p["body"]:
        t = b[0]
        if t in ("p", "h", "li", "q"):
            out.append(b[1])
        elif t == "tr":
            out.append(" ".join(b[1]))
    return out

def body_html(p):
    out, inlist, intable = [], False, False
    for b in p["body"]:
        t = b[0]
        if t != "li" and inlist:
            out.append("</ul>"); inlist = False
        if t != "tr" and intable:
            out.append("</table>"); intable = False
        if t == "p":
            out.append(f'<p style="text-indent:2em">{e(b[1])}</p>')
        elif t == "h":
            out.append(f'<p class="sub"><strong>{e(b[1])}</strong></p>')
        elif t == "q":
            out.append(f'<blockquote>{e(b[1])}</blockquote>')
        elif t == "li":
            if not inlist: out.append('<ul class="lst">'); inlist = True
            out.append(f'<li>{e(b[1])}</li>')
        elif t == "tr":
            if not intable: out.append('<table class="dt" border="1" cellspacing="0">'); intable = True
            out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in b[1]) + "</tr>")
        elif t == "img":
            out.append(f'<p class="pic" style="text-align:center">{img(b[1])}</p><p class="cap">{e(b[2])}</p>')
        elif t == "by":  # standalone byline / non-body line
            out.append(f'<p class="by">{e(b[1])}</p>')
        elif t == "right":  # 署名 / 成文日期 right-aligned, body
            out.append(f'<p style="text-align:right">{e(b[1])}</p>')
    if inlist: out.append("</ul>")
    if intable: out.append("</table>")
    return "\n".join(out)

CSS = """body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:%s}
a{color:#333;text-decoration:none}.w{width:1000px;margin:0 auto;background:#fff}
.top{background:%s;color:#fff;font-size:12px;padding:4px 10px}.top a{color:#fff;margin-right:10px}
.banner{height:90px;background:%s;color:#fff;font-size:30px;font-weight:bold;padding:20px 30px;box-sizing:border-box}
.nav a{display:inline-block;padding:8px 14px;color:#fff}.nav{background:%s}
.crumb{font-size:12px;color:#666;padding:8px 10px;border-bottom:1px solid #ddd}
h1{font-size:24px;text-align:center;color:%s;margin:20px 10px 10px}.info{font-size:12px;color:#888;text-align:center;padding:6px;border-bottom:1px dashed #ccc}
.info span{margin:0 8px}.art{padding:10px 40px;font-size:16px}.cap{text-align:center;font-size:13px;color:#666}
.by{color:#555}.sub{font-size:16px}.dt{border-collapse:collapse;margin:10px auto}.dt td{padding:4px 10px;font-size:14px}
.tools{text-align:right;font-size:12px;padding:10px 40px}.ed{text-align:right;font-size:13px;color:#777;padding:0 40px}
.rel{padding:10px 40px;font-size:13px}.rel li{list-style:square}.foot{background:#eee;font-size:12px;text-align:center;padding:16px;color:#666;margin-top:20px}
.side{float:right;width:260px;font-size:13px}.main{float:left;width:720px}.clr{clear:both}
.yin,.fu{font-size:16px;text-align:center;color:#555;margin:4px}
blockquote{border-left:4px solid #ccc;margin:10px 0;padding:4px 12px;color:#555}
.flex{display:flex;gap:20px}.card{max-width:680px;margin:0 auto;padding:16px;background:#fff}
.acct{font-size:15px;color:#576b95}.meta{color:#999;font-size:13px}.btn{display:inline-block;border:1px solid #ccc;border-radius:14px;padding:2px 12px;margin:4px;font-size:12px}
"""

def css(p):
    c = p.get("color", "#b40000")
    bg = "#f3f3f3" if p["kind"] != "self-media" else "#ededed"
    return f"<style>{CSS % (bg, c, c, c, c)}</style>"

def furniture_footer(p):
    f = p.get("footer", "")
    return f'<div class="foot">{f}</div>' if f else ""

def infobar(p):
    sep = "" if p.get("glued") else "</span><span>"
    parts = [x for x in p.get("info", []) if x]
    inner = ("<span>" + sep.join(e(x) for x in parts) + "</span>") if not p.get("glued") else "<span>" + "".join(e(x) for x in parts) + "</span>"
    return f'<div class="info">{inner}</div>'

def heading(p):
    s = ""
    if p.get("yin"): s += f'<p class="yin">{e(p["yin"])}</p>'
    s += f'<h1>{e(p["title"]) if not p.get("title_html") else p["title_html"]}</h1>'
    if p.get("fu"): s += f'<p class="fu">{e(p["fu"])}</p>'
    return s

def article_block(p):
    pos = p.get("infopos", "below")
    s = ""
    if pos == "above": s += infobar(p)
    s += heading(p)
    if pos == "below": s += infobar(p)
    if p.get("tools_top"): s += f'<div class="tools">{e(p["tools_top"])}</div>'
    s += f'<div class="art">{body_html(p)}</div>'
    if pos == "bottom": s += infobar(p)
    for x in p.get("after", []):
        s += f'<div class="ed">{e(x)}</div>'
    if p.get("tools"): s += f'<div class="tools">{e(p["tools"])}</div>'
    if p.get("prevnext"):
        s += '<div class="rel">' + "<br>".join(e(x) for x in p["prevnext"]) + "</div>"
    if p.get("related"):
        s += '<div class="rel"><b>' + e(p.get("related_title", "相关阅读")) + "</b><ul>" + "".join(f"<li><a href='#'>{e(x)}</a></li>" for x in p["related"]) + "</ul></div>"
    return s

def head(p):
    top = p.get("top", [])
    s = ""
    if top: s += '<div class="top">' + "".join(f"<a href='#'>{e(x)}</a>" for x in top) + "</div>"
    if p.get("site"): s += f'<div class="banner">{img(p.get("logo", p["site"]+"标志"))}{e(p["site"])}</div>'
    if p.get("nav"): s += '<div class="nav">' + "".join(f"<a href='#'>{e(x)}</a>" for x in p["nav"]) + "</div>"
    if p.get("crumb"): s += f'<div class="crumb">{e(p["crumb"])}</div>'
    return s

def tpl_div(p):
    side = ""
    if p.get("side"):
        side = '<div class="side"><b>' + e(p["side"][0]) + "</b><ul>" + "".join(f"<li>{e(x)}</li>" for x in p["side"][1:]) + "</ul></div>"
        return f'<div class="w">{head(p)}<div class="main">{article_block(p)}</div>{side}<div class="clr"></div>{furniture_footer(p)}</div>'
    return f'<div class="w">{head(p)}{article_block(p)}{furniture_footer(p)}</div>'

def tpl_table(p):
    meta = ""
    if p.get("xxgk"):
        rows = p["xxgk"]
        meta = '<table class="dt" border="1" cellspacing="0" width="90%">' + "".join(
            "<tr>" + "".join(f"<td>{e(a)}</td><td>{e(b)}</td>" for a, b in pair) + "</tr>" for pair in rows) + "</table>"
    wh = f'<p style="text-align:center">{e(p["wenhao"])}</p>' if p.get("wenhao") else ""
    return (f'<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff"><tr><td>{head(p)}</td></tr>'
            f'<tr><td>{meta}</td></tr><tr><td>' + article_block(p).replace('<div class="art">', wh + '<div class="art">', 1) +
            f'</td></tr><tr><td>{furniture_footer(p)}</td></tr></table>')

def tpl_app(p):
    s = '<div class="card">'
    for x in p.get("top", []): s += f'<span class="btn">{e(x)}</span>'
    s += heading(p)
    s += f'<div class="meta">{img(p.get("avatar","头像"))}<span class="acct">{e(p["acct"])}</span> {" ".join(e(x) for x in p.get("info", []))}</div>'
    s += f'<div class="art">{body_html(p)}</div>'
    for x in p.get("after", []): s += f'<p class="meta">{e(x)}</p>'
    for x in p.get("buttons", []): s += f'<span class="btn">{e(x)}</span>'
    if p.get("related"):
        s += '<div class="rel"><b>' + e(p.get("related_title", "相关推荐")) + "</b><ul>" + "".join(f"<li>{e(x)}</li>" for x in p["related"]) + "</ul></div>"
    if p.get("footer"): s += f'<p class="meta">{p["footer"]}</p>'
    return s + "</div>"

def tpl_epaper(p):
    pages = "".join(f"<li><a href='#'>{e(x)}</a></li>" for x in p["banci"])
    titles = "".join(f"<li><a href='#'>{e(x)}</a></li>" for x in p["benban"])
    left = f'<div style="width:300px;float:left;font-size:13px"><p><b>版面导航</b></p>{img("版面缩略图")}<ul>{pages}</ul><p>{e(p.get("pager","上一版 下一版"))}</p></div>'
    right = f'<div style="width:240px;float:right;font-size:13px"><p><b>本版标题</b></p><ul>{titles}</ul></div>'
    mid = f'<div style="margin:0 250px 0 310px">{article_block(p)}</div>'
    return f'<div class="w">{head(p)}{left}{right}{mid}<div class="clr"></div>{furniture_footer(p)}</div>'

TPL = {"div": tpl_div, "table": tpl_table, "app": tpl_app, "epaper": tpl_epaper}

def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    for p in PAGES:
        lang = p.get("lang", "zh")
        doc = (f'<!DOCTYPE html><html lang="{"en" if lang=="en" else "zh-CN"}"><head><meta charset="utf-8">'
               f'<title>{e(p.get("doctitle", p["title"]))}</title>{css(p)}</head><body>{TPL[p["tpl"]](p)}</body></html>\n')
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(doc)
        g = {"id": p["id"], "set": "zh-blind190", "lang": lang, "kind": p["kind"], "title": p["title"],
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(p)}
        json.dump(g, open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
