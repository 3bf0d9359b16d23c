#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the page sources (pages_a/b/c)."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C
PAGES = A + B + C
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def img(alt):
    return f'<img src="{GIF}" alt="{e(alt)}" width="1" height="1">'

def blocks_html(body, ptag="p", indent=""):
    out, rows = [], []
    def flush():
        if rows:
            out.append("<table class=\"bt\">" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
            rows.clear()
    for b in body:
        if isinstance(b, str):
            flush(); out.append(f'<{ptag} class="p">{indent}{e(b)}</{ptag}>')
            continue
        t, v = b[0], b[1]
        if t != "tr": flush()
        if t == "tr": rows.append(v)
        elif t == "h": out.append(f"<h3>{e(v)}</h3>" if ptag == "p" else f"<p><strong>{e(v)}</strong></p>")
        elif t == "li": out.append(f"<ul><li>{e(v)}</li></ul>")
        elif t == "img": out.append(f'<p class="pic">{img(v)}</p>')
        elif t == "cap": out.append(f'<p class="cap">{img(v[0])}<br>{e(v[1])}</p>' if isinstance(v, tuple) else f'<p class="cap">{e(v)}</p>')
        elif t == "x": out.append(f'<p class="x">{e(v)}</p>')
        elif t == "raw": out.append(v)
    flush()
    return "\n".join(out)

def gold_body(body):
    out = []
    for b in body:
        if isinstance(b, str): out.append(b)
        elif b[0] in ("h", "li"): out.append(b[1])
        elif b[0] == "tr": out.append(" ".join(b[1]))
        elif b[0] == "g": out.append(b[1])
    return out

def title_html(p):
    t = p.get("title_html") or e(p["title"])
    return t

CSS = """body{font-family:sans-serif;margin:0;color:#222}a{color:#135;text-decoration:none}
.w{width:1000px;margin:0 auto}.top{background:#b00;color:#fff;padding:4px}.nav a{margin:0 8px}
.bt td{border:1px solid #999;padding:3px}.cap{text-align:center;color:#555}.x{text-align:right}
.flex{display:flex;gap:20px}.grid{display:grid;grid-template-columns:3fr 1fr;gap:20px}.side{font-size:13px}
.info span{margin-right:12px}.foot{background:#eee;font-size:12px;text-align:center;padding:10px}
h1{font-size:26px;text-align:center}.ns{user-select:none}"""

def info_html(p):
    return p.get("info_html") or f'<div class="info">{e(p["info"])}</div>'

def render(p):
    t = p["tpl"]; L = []
    L.append(p.get("head", ""))
    before = p.get("pre_html", "")
    kicker = f'<p class="kicker">{e(p["kicker"])}</p>' if p.get("kicker") else ""
    sub = f'<p class="sub">{e(p["sub"])}</p>' if p.get("sub") else ""
    h1 = f"{kicker}<h1>{title_html(p)}</h1>{sub}"
    info = info_html(p) if p.get("info") or p.get("info_html") else ""
    pos = p.get("info_pos", "below")
    parts = [before]
    if pos == "above": parts += [info, h1]
    else: parts += [h1, info if pos == "below" else ""]
    ptag = "div" if t in ("table",) else "p"
    ind = "\u3000\u3000" if p.get("indent") else ""
    parts.append(f'<div class="content">{blocks_html(p["body"], ptag, ind)}</div>')
    if pos == "bottom": parts.append(info)
    parts.append(p.get("post_html", ""))
    art = "\n".join(x for x in parts if x)
    if t == "table":
        main = f'<table width="1000" align="center"><tr><td>{art}</td></tr></table>'
    elif t == "grid":
        main = f'<div class="w grid"><div>{art}</div><div class="side">{p.get("side_html","")}</div></div>'
    elif t == "flex":
        main = f'<div class="w flex"><article>{art}</article><aside class="side">{p.get("side_html","")}</aside></div>'
    else:
        main = f'<div class="w">{art}</div>'
    doc = f"""<!DOCTYPE html>
<html lang="{'en' if p['lang']=='en' else 'zh-CN'}"><head><meta charset="utf-8"><title>{e(p['title'])}_{e(p['site'])}</title>
<style>{CSS}</style></head><body>
{p.get('top_html','')}
{main}
{p.get('foot_html','')}
</body></html>
"""
    return doc

def main():
    ids = set()
    for p in PAGES:
        assert p["id"] not in ids; ids.add(p["id"])
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(p))
        g = {"id": p["id"], "set": "zh-blind205", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(p["body"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
