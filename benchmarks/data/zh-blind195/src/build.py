#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the page records in pages_*.py (one source of truth)."""
import html as H, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pages_gov import PAGES as P1
from pages_media import PAGES as P2
from pages_inst import PAGES as P3
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = P1 + P2 + P3
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = H.escape

def img(alt, cls=""):
    return f'<img src="{GIF}" alt="{E(alt)}" class="{cls}" width="1" height="1">'

def gold_body(p):
    out = []
    for b in p["body"]:
        if isinstance(b, str):
            out.append(b)
        elif b[0] in ("h", "li", "q", "ol"):
            out.append(b[1])
        elif b[0] == "tb":
            out.extend(" ".join(r) for r in b[1])
    return out

def body_html(p, pstyle=""):
    o, inlist = [], None
    for b in p["body"]:
        kind = "p" if isinstance(b, str) else b[0]
        if inlist and kind != inlist:
            o.append("</ul>" if inlist == "li" else "</ol>"); inlist = None
        if kind == "p":
            o.append(f"<p{pstyle}>{E(b)}</p>")
        elif kind == "h":
            o.append(f'<p class="subh"><strong>{E(b[1])}</strong></p>' if p.get("hstrong") else f"<h3>{E(b[1])}</h3>")
        elif kind in ("li", "ol"):
            if not inlist:
                o.append("<ul>" if kind == "li" else "<ol>"); inlist = kind
            o.append(f"<li>{E(b[1])}</li>")
        elif kind == "q":
            o.append(f"<blockquote>{E(b[1])}</blockquote>")
        elif kind == "tb":
            rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[1])
            o.append(f'<table class="dt" border="1" cellspacing="0">{rows}</table>')
        elif kind == "img":
            o.append(f'<div class="pic" style="text-align:center">{img(b[1])}<p class="cap">{E(b[2])}</p></div>')
        elif kind == "by":
            o.append(f'<p class="by"{pstyle}>{E(b[1])}</p>')
        elif kind == "ed":
            o.append(f'<p class="ed">{E(b[1])}</p>')
    if inlist:
        o.append("</ul>" if inlist == "li" else "</ol>")
    return "\n".join(o)

def page(p, css, body, title=None):
    cs = p.get("charset", "utf-8")
    return f"""<!DOCTYPE html>
<html lang="{'en' if p['lang']=='en' else 'zh-CN'}"><head><meta charset="{cs}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title or (p['title'] + '_' + p['site']))}</title>
<style>
{css}
</style></head>
<body>
{body}
</body></html>
"""

def links(items, sep=""):
    return sep.join(f'<a href="#">{E(x)}</a>' for x in items)

def footer(p, cls="footer"):
    f = p.get("foot", {})
    lines = [f"主办：{f.get('zb', p['site'])}", f"承办：{f['cb']}" if f.get("cb") else "",
             f"{f.get('icp','湘ICP备18008842号-1')}", f"{f.get('ga','湘公网安备 43012102000518号')}",
             f"网站标识码：{f['bsm']}" if f.get("bsm") else "", f.get("extra", "")]
    return f'<div class="{cls}">' + "".join(f"<p>{E(x)}</p>" for x in lines if x) + "</div>"

from templates import TEMPLATES

def main():
    for p in PAGES:
        html = TEMPLATES[p["tpl"]](p, sys.modules[__name__])
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as fh:
            fh.write(html)
        g = {"id": p["id"], "set": "zh-blind195", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(p)}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1); fh.write("\n")
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
