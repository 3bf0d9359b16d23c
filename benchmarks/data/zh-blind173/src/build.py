#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages.py.

Body mini-language (one block per line of page["body"]):
  plain line      paragraph (body)            ## text   sub-heading (body)
  - text          list item (body)            |a|b|c    table row (body: cells joined by one space)
  > text          right-aligned line (署名/成文日期; body)
  @img alt|cap    image + caption (not body)  ! text    non-body line inside the article (byline, 原标题, 编辑)
"""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages import PAGES
E = html.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def body_blocks(p):
    """(html, gold paragraphs) from the same blocks."""
    out, gold, rows = [], [], []
    ind = p.get("indent", "")
    ptag = p.get("ptag", "p")
    def flush():
        if rows:
            h = ['<table class="dt" border="1" cellspacing="0">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 and p.get("th", True) else "td"
                h.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            h.append("</table>")
            out.append("\n".join(h)); rows.clear()
    lis = []
    def flushli():
        if lis:
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in lis) + "</ul>"); lis.clear()
    for line in p["body"].strip().split("\n"):
        line = line.strip()
        if not line: continue
        if line.startswith("|"):
            flushli(); rows.append([c.strip() for c in line.strip("|").split("|")]); continue
        flush()
        if line.startswith("- "):
            lis.append(line[2:]); gold.append(line[2:]); continue
        flushli()
        if line.startswith("## "):
            t = line[3:]; gold.append(t)
            out.append(p.get("hfmt", '<p><strong>{}</strong></p>').format(E(t)))
        elif line.startswith("> "):
            t = line[2:]; gold.append(t)
            out.append(f'<p style="text-align:right">{E(t)}</p>')
        elif line.startswith("@img "):
            alt, _, cap = line[5:].partition("|")
            out.append(f'<p class="pic" style="text-align:center"><img alt="{E(alt)}" src="{GIF}" width="1" height="1"></p>'
                       + (f'<p class="cap" style="text-align:center">{E(cap)}</p>' if cap else ""))
        elif line.startswith("! "):
            out.append(f'<{ptag}>{E(line[2:])}</{ptag}>')
        else:
            gold.append(line)
            out.append(f"<{ptag}>{ind}{E(line)}</{ptag}>")
    flush(); flushli()
    return "\n".join(out), gold

def links(items, sep=""):
    return sep.join(f'<a href="#">{E(x)}</a>' for x in items)

def ul(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + "</ul>"

def lines(items, tag="p"):
    return "".join(f"<{tag}>{x}</{tag}>" for x in items)   # footer lines may hold markup

CSS = {
 "table": "body{font:12px 宋体;margin:0;background:#eee}table.w{width:1000px;margin:0 auto;background:#fff}.nav a{color:#fff;margin:0 8px}.nav{background:#b00}.t{font-size:22px;color:#b00;text-align:center}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.dt td,.dt th{padding:3px}.foot{text-align:center;background:#ddd}",
 "div": "body{font:14px 'Microsoft YaHei';margin:0}.top,.nav,.crumb,.main,.foot{width:1100px;margin:0 auto}.nav a{display:inline-block;padding:8px 14px}.main h1{font-size:26px;text-align:center}.info{color:#888;text-align:center}.side{float:right;width:260px}.foot{clear:both;background:#f3f3f3;text-align:center}.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #999;padding:4px}",
 "modern": "body{font:16px/1.8 system-ui,sans-serif;margin:0;color:#222}header,nav,main,footer{max-width:1200px;margin:0 auto}nav a{margin-right:20px}main article{max-width:760px}h1{font-size:30px}.meta span{margin-right:16px;color:#777}footer{background:#1d2b44;color:#cfd6e4;padding:20px}.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #ccd;padding:6px}",
 "app": "body{font:17px/1.75 -apple-system,sans-serif;margin:0 auto;max-width:680px;padding:0 16px}h1{font-size:24px}.acc{display:flex;gap:10px;align-items:center;color:#555}.bar{position:static;border-top:1px solid #eee;padding:8px 0}.dt td,.dt th{border:1px solid #ddd;padding:4px}",
 "epaper": "body{font:14px 宋体;margin:0}.wrap{width:1200px;margin:0 auto;display:flex}.left{width:480px}.right{flex:1;padding:0 20px}.yt,.ft{color:#555;font-size:16px;text-align:center}.zt{font-size:28px;text-align:center;font-weight:bold}.bc a{margin:0 4px}",
}

def info_html(p):
    return p["info"]

def render(p):
    bhtml, gold = body_blocks(p)
    tpl = p["tpl"]
    title_html = p.get("title_html") or E(p["title"])
    pre = "".join(f'<p class="pre">{x}</p>' for x in p.get("pre", []))     # non-body lines above the body
    post = "".join(f'<p class="post">{x}</p>' for x in p.get("post", []))  # non-body lines below the body
    info = info_html(p)
    above = p.get("info_pos") == "above"
    rel = p.get("related", [])
    relh = (f'<div class="rel"><h3>{E(p.get("rel_head","相关阅读"))}</h3>{ul(rel)}</div>' if rel else "")
    share = p.get("share", "")
    pn = p.get("prevnext") or p.get("pn", "")
    foot = lines(p.get("footer", []))
    top = p.get("top", "")
    nav = links(p.get("nav", []), p.get("navsep", "\n" if tpl == "modern" else ""))
    crumb = p.get("crumb", "")
    side = p.get("side", "")
    if tpl == "table":
        doc = f"""<table class="w" cellpadding="0" cellspacing="0"><tr><td class="top">{top}</td></tr>
<tr><td class="nav">{nav}</td></tr><tr><td class="crumb">{crumb}</td></tr>
<tr><td><table width="100%"><tr><td valign="top" width="760">
{'<div class="info">'+info+'</div>' if above else ''}<div class="t">{title_html}</div>{'' if above else '<div class="info">'+info+'</div>'}
<div class="content">{pre}{bhtml}{post}</div><div class="share">{share}</div><div class="pn">{pn}</div>{relh}
</td><td valign="top" class="side">{side}</td></tr></table></td></tr>
<tr><td class="foot">{foot}</td></tr></table>"""
    elif tpl == "div":
        doc = f"""<div class="top">{top}</div><div class="nav">{nav}</div><div class="crumb">{crumb}</div>
<div class="main"><div class="side">{side}</div><div class="art">
{'<div class="info">'+info+'</div>' if above else ''}<h1>{title_html}</h1>{p.get('subtitle_html','')}{'' if above else '<div class="info">'+info+'</div>'}
<div class="TRS_Editor">{pre}{bhtml}{post}</div><div class="share">{share}</div><div class="pn">{pn}</div>{relh}</div></div>
<div class="foot">{foot}</div>"""
    elif tpl == "modern":
        doc = f"""<header>{top}</header><nav>{nav}</nav><div class="crumb">{crumb}</div>
<main><article>{'<div class="meta">'+info+'</div>' if above else ''}<h1>{title_html}</h1>{p.get('subtitle_html','')}{'' if above else '<div class="meta">'+info+'</div>'}
<section class="body">{pre}{bhtml}{post}</section><div class="share">{share}</div><div class="pn">{pn}</div></article>
<aside>{side}</aside>{relh}</main><footer>{foot}</footer>"""
    elif tpl == "app":
        doc = f"""<div class="topbar">{top}</div><h1>{title_html}</h1><div class="acc">{info}</div>
<div class="content">{pre}{bhtml}{post}</div><div class="bar">{share}</div>{relh}<div class="foot">{foot}</div>"""
    elif tpl == "epaper":
        doc = f"""<div class="top">{top}</div><div class="bc">{nav}</div>
<div class="wrap"><div class="left">{side}</div><div class="right">
<div class="yt">{E(p.get('kicker',''))}</div><div class="zt">{title_html}</div><div class="ft">{E(p.get('subtitle',''))}</div>
<div class="info">{info}</div><div class="content">{pre}{bhtml}{post}</div>{relh}<div class="pn">{pn}</div></div></div>
<div class="foot">{foot}</div>"""
    else:
        raise ValueError(tpl)
    css = CSS[tpl] + p.get("css", "")
    page = f"""<!DOCTYPE html>
<html lang="{'en' if p['lang']=='en' else 'zh-CN'}"><head><meta charset="utf-8"><title>{E(p.get('doctitle', p['title']))}</title>
<style>{css}</style></head><body>
{doc}
</body></html>
"""
    g = {"id": p["id"], "set": "zh-blind173", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
         "authors": [re.sub(r"\s+", "", a) if p["lang"] == "zh" else a for a in p["authors"]], "publish_time": p["time"], "body_paragraphs": gold}
    return page, g

def main():
    ids = set()
    for p in PAGES:
        assert p["id"] not in ids; ids.add(p["id"])
        page, g = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f: f.write(page)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(PAGES), "pages built")
if __name__ == "__main__": main()
