#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body blocks (the gold body comes from exactly these blocks):
  ("p", text)            prose paragraph            -> body
  ("h", text)            sub-heading                -> body
  ("li", [items])        list, one item per line    -> body, one paragraph per item
  ("ol", [items])        numbered list (numbers in the text) -> body
  ("table", rows)        table, rows of cells       -> body, one paragraph per row, cells joined by " "
  ("img", alt, caption)  photo + caption            -> not body
  ("x", text)            non-body line inside the article (byline on its own, 原标题, editor, source)
  ("xr", text)           same, right-aligned (署名 blocks use "pr" instead)
  ("pr", text)           right-aligned body line (署名, 成文日期) -> body
"""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pages_gov import PAGES as P1
from pages_media import PAGES as P2
from pages_rest import PAGES as P3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape


def esc(t):
    # double spaces (spaced-out names) survive as no-break spaces
    return E(t).replace("  ", "&nbsp;&nbsp;")


def body_html(blocks, pfx, mode):
    out, gold = [], []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(f'<p>{esc(b[1])}</p>'); gold.append(b[1])
        elif k == "pr":
            out.append(f'<p style="text-align:right">{esc(b[1])}</p>'); gold.append(b[1])
        elif k == "h":
            if mode % 3 == 0:
                out.append(f'<h3 class="{pfx}-sh">{esc(b[1])}</h3>')
            elif mode % 3 == 1:
                out.append(f'<p><strong>{esc(b[1])}</strong></p>')
            else:
                out.append(f'<p><b>{esc(b[1])}</b></p>')
            gold.append(b[1])
        elif k in ("li", "ol"):
            tag = "ul" if k == "li" else "div"
            if k == "li":
                out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
            else:
                out.append("".join(f'<p class="{pfx}-ol">{esc(i)}</p>' for i in b[1]))
            gold.extend(b[1])
        elif k == "table":
            rows = b[1]
            t = [f'<table class="{pfx}-tb" border="1" cellspacing="0">']
            for i, r in enumerate(rows):
                cell = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            t.append("</table>")
            out.append("".join(t))
        elif k == "img":
            out.append(f'<div class="{pfx}-pic"><img src="{GIF}" alt="{E(b[1])}" width="600" height="1">'
                       f'<p class="{pfx}-cap">{esc(b[2])}</p></div>')
        elif k == "x":
            out.append(f'<p class="{pfx}-note">{esc(b[1])}</p>')
        elif k == "xr":
            out.append(f'<p class="{pfx}-note" style="text-align:right">{esc(b[1])}</p>')
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out), gold


def ul(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{esc(i)}</a></li>' for i in items) + "</ul>"


def render(pg):
    pfx = pg["id"].replace("-", "")
    s = pg["site"]
    lay = s.get("layout", "div")
    color = s.get("color", "#b40000")
    width = {"table": 980, "div": 1200, "app": 720, "wide": 1280}[lay]
    css = f"""body{{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:{s.get('bg','#fff')}}}
.{pfx}-wrap{{width:{width}px;margin:0 auto}} .{pfx}-top{{font-size:12px;background:#f2f2f2;padding:2px 8px}}
.{pfx}-top a{{margin-right:12px}} .{pfx}-ban{{background:{color};color:#fff;padding:16px}} .{pfx}-ban h1{{margin:0;font-size:28px}}
.{pfx}-nav ul{{list-style:none;margin:0;padding:0;background:{color}}} .{pfx}-nav li{{display:inline-block;padding:6px 14px}} .{pfx}-nav a{{color:#fff}}
.{pfx}-crumb{{font-size:13px;padding:8px 0;border-bottom:1px solid #ddd}} .{pfx}-art h2.{pfx}-t{{text-align:center;font-size:24px;color:{color}}}
.{pfx}-info{{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc}} .{pfx}-con p{{text-indent:2em}}
.{pfx}-cap{{text-align:center;color:#666;text-indent:0!important}} .{pfx}-note{{color:#666}} .{pfx}-tb td,.{pfx}-tb th{{padding:3px 8px}}
.{pfx}-side{{float:right;width:260px}} .{pfx}-foot{{background:#eee;text-align:center;font-size:12px;padding:12px;clear:both}}
.{pfx}-kick,.{pfx}-sub{{text-align:center;color:#555;font-size:16px}} .{pfx}-ex{{margin:10px 0;font-size:13px}}"""
    mode = pg.get("hmode", sum(map(ord, pg["id"])))
    bh, gold = body_html(pg["body"], pfx, mode)
    # header
    H = []
    if s.get("top"):
        H.append(f'<div class="{pfx}-top">' + "".join(
            f'<a href="#">{esc(t)}</a>' if not t.startswith("|") else f"<span>{esc(t[1:])}</span>" for t in s["top"]) + "</div>")
    H.append(f'<div class="{pfx}-ban"><h1>{esc(s["name"])}</h1>' + (f'<span>{esc(s["slogan"])}</span>' if s.get("slogan") else "") + "</div>")
    if s.get("search"):
        H.append(f'<form class="{pfx}-search"><input type="text" placeholder="{E(s["search"])}"><button type="button">搜索</button></form>')
    if s.get("nav"):
        H.append(f'<div class="{pfx}-nav">' + ul(s["nav"]) + "</div>")
    if pg.get("crumb"):
        H.append(f'<div class="{pfx}-crumb">{esc(pg["crumb"])}</div>')
    # article
    A = []
    info = f'<div class="{pfx}-info">{pg["info"]}</div>' if pg.get("info") else ""
    pos = pg.get("info_pos", "below")
    if pos == "above":
        A.append(info)
    if pg.get("kicker"):
        A.append(f'<p class="{pfx}-kick">{esc(pg["kicker"])}</p>')
    th = pg.get("title_html") or esc(pg["title"])
    A.append(f'<h2 class="{pfx}-t">{th}</h2>')
    if pg.get("subtitle"):
        A.append(f'<p class="{pfx}-sub">{esc(pg["subtitle"])}</p>')
    if pos == "below":
        A.append(info)
    for x in pg.get("pre", []):
        A.append(f'<div class="{pfx}-ex">{x}</div>')
    A.append(f'<div class="{pfx}-con">{bh}</div>')
    if pos == "end":
        A.append(info)
    for x in pg.get("after", []):
        A.append(f'<div class="{pfx}-ex">{x}</div>')
    side = ""
    if s.get("side"):
        side = f'<div class="{pfx}-side">' + "".join(
            f"<h4>{esc(h)}</h4>" + ul(items) for h, items in s["side"]) + "</div>"
    foot = f'<div class="{pfx}-foot">' + "".join(f"<p>{f}</p>" for f in s.get("foot", [])) + "</div>"
    art = f'<div class="{pfx}-art">' + "\n".join(A) + "</div>"
    if lay == "table":
        main = (f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top" width="700">{art}</td>'
                f'<td valign="top" width="260">{side}</td></tr></table>')
    else:
        main = f'<div class="{pfx}-main">{side}{art}</div>'
    doc = f"""<!DOCTYPE html>
<html lang="{'en' if pg.get('lang')=='en' else 'zh-CN'}"><head><meta charset="utf-8">
<title>{E(pg.get('doc_title', pg['title'] + '_' + s['name']))}</title>
<style>{css}</style></head>
<body><div class="{pfx}-wrap">
{chr(10).join(H)}
{main}
{foot}
</div></body></html>
"""
    g = {"id": pg["id"], "set": "zh-blind165", "lang": pg.get("lang", "zh"), "kind": pg["kind"],
         "title": pg["title"], "authors": pg["authors"], "publish_time": pg["time"], "body_paragraphs": gold}
    return doc, g


def main():
    pages = P1 + P2 + P3
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate id"
    for pg in pages:
        doc, g = render(pg)
        open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8").write(doc)
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(pages), "pages")


if __name__ == "__main__":
    main()
