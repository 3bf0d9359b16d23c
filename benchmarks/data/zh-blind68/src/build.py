#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body DSL (one block per line of a page's ``body``):
  plain line        -> paragraph (body)
  '## text'         -> sub-heading (body)
  '- text'          -> list item (body)
  '| a | b | c'     -> table row (body; cells joined by one space in gold)
  '!img alt|cap'    -> image with alt text and caption (not body)
  '~ text'          -> non-body line inside the article (byline, source, editor line, 原标题)
  '> text'          -> quoted passage (body)
  '=r text'         -> right-aligned paragraph (署名/成文日期; body)
"""
import html, json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def parse_body(body):
    blocks = []
    for line in body.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "): blocks.append(("h", line[3:]))
        elif line.startswith("- "): blocks.append(("li", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table": blocks[-1][1].append(cells)
            else: blocks.append(("table", [cells]))
        elif line.startswith("!img "):
            alt, _, cap = line[5:].partition("|"); blocks.append(("img", alt, cap))
        elif line.startswith("~ "): blocks.append(("nb", line[2:]))
        elif line.startswith("> "): blocks.append(("q", line[2:]))
        elif line.startswith("=r "): blocks.append(("r", line[3:]))
        else: blocks.append(("p", line))
    return blocks

def gold_paras(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h", "li", "q", "r", "p"): out.append(b[1])
        elif b[0] == "table":
            out.extend(" ".join(c for c in row if c) for row in b[1])
    return out

def render_body(blocks, indent=False, old=False):
    h, ul = [], False
    for b in blocks:
        if b[0] != "li" and ul: h.append("</ul>"); ul = False
        k = b[0]
        if k == "p":
            t = e(b[1])
            h.append(f'<p style="text-indent:2em">{t}</p>' if not indent else f"<p>\u3000\u3000{t}</p>")
        elif k == "h": h.append(f"<p><strong>{e(b[1])}</strong></p>" if old else f"<h3>{e(b[1])}</h3>")
        elif k == "li":
            if not ul: h.append("<ul>"); ul = True
            h.append(f"<li>{e(b[1])}</li>")
        elif k == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1])
            h.append(f'<table class="dt" border="1" cellspacing="0">{rows}</table>')
        elif k == "img":
            h.append(f'<div class="pic"><img src="{GIF}" alt="{e(b[1])}" width="600" height="1"><p class="cap">{e(b[2])}</p></div>' if b[2] else f'<p><img src="{GIF}" alt="{e(b[1])}"></p>')
        elif k == "nb": h.append(f'<p class="nb">{e(b[1])}</p>')
        elif k == "q": h.append(f"<blockquote>{e(b[1])}</blockquote>")
        elif k == "r": h.append(f'<p style="text-align:right">{e(b[1])}</p>')
    if ul: h.append("</ul>")
    return "\n".join(h)

CSS = """body{font:14px/1.6 "Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333}
a{color:#333;text-decoration:none}.wrap{width:1100px;margin:0 auto}
.top{background:#f3f3f3;font-size:12px;padding:4px 0}.top a{margin:0 6px}
.banner{background:#b81c22;color:#fff;padding:18px 0;font-size:26px}
.nav a{display:inline-block;padding:8px 14px}.crumb{margin:10px 0;font-size:12px}
.side{float:right;width:260px}.main{margin-right:280px}
h1{font-size:24px;text-align:center}.info{font-size:12px;color:#888;text-align:center;border-bottom:1px dashed #ccc;padding-bottom:8px}
.info span{margin:0 8px}.cap{text-align:center;font-size:12px;color:#666}.nb{color:#666}
.foot{clear:both;background:#eee;margin-top:20px;padding:14px 0;font-size:12px;text-align:center}
table.dt{border-collapse:collapse;margin:8px auto}table.dt td{padding:3px 8px}
.pre,.sub{text-align:center;font-size:16px;margin:4px}.list li{font-size:13px}
"""

def links(items, sep=""):
    return sep.join(f'<a href="#">{e(x)}</a>' for x in items)

def ul(items, cls="list"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul>"

def lines(items, tag="p"):
    return "".join(f"<{tag}>{e(x)}</{tag}>" for x in items)

def render(pg):
    s = pg["site"]
    blocks = parse_body(pg["body"])
    old = s.get("old", False)
    body_html = render_body(blocks, indent=pg.get("indent", False), old=old)
    top = ""
    if s.get("top"):
        top = f'<div class="top"><div class="wrap">{links(s["top"])}</div></div>'
    banner = f'<div class="banner"><div class="wrap">{e(s["name"])}'
    if s.get("slogan"): banner += f'<div style="font-size:13px">{e(s["slogan"])}</div>'
    banner += "</div></div>"
    search = ""
    if s.get("search", True):
        search = f'<div class="wrap" style="text-align:right"><form><input type="text" placeholder="{e(s.get("ph","请输入关键词"))}"><button type="button">搜索</button></form></div>'
    nav = f'<div class="nav"><div class="wrap">{links(s["nav"])}</div></div>' if s.get("nav") else ""
    crumb = f'<div class="crumb">{e(pg["crumb"])}</div>' if pg.get("crumb") else ""
    # heading stack
    head = ""
    if pg.get("pre"): head += f'<p class="pre">{e(pg["pre"])}</p>'
    tl = pg.get("title_lines") or [pg["title"]]
    head += "<h1>" + "<br>".join(e(x) for x in tl) + "</h1>"
    if pg.get("sub"): head += f'<p class="sub">{e(pg["sub"])}</p>'
    info = pg.get("info", "")
    if isinstance(info, str): info = [info]
    info_html = '<div class="info">' + "".join(f"<div>{x}</div>" for x in info) + "</div>" if info else ""
    if pg.get("info_pos") == "above": art_head = info_html + head
    else: art_head = head + info_html
    after = ""
    for k in ("after",):
        if pg.get(k): after += lines(pg[k])
    if pg.get("share"): after += f'<div class="share">{e(pg["share"])}</div>'
    if pg.get("prevnext"): after += lines(pg["prevnext"])
    rel = ""
    if pg.get("related"):
        rel = f'<div class="rel"><h4>{e(pg.get("related_h","相关新闻"))}</h4>{ul(pg["related"])}</div>'
    side = ""
    if s.get("side"):
        side = '<div class="side">' + "".join(f"<h4>{e(h)}</h4>{ul(it)}" for h, it in s["side"]) + "</div>"
    pre_main = pg.get("pre_main", "")
    foot = f'<div class="foot">{lines(s["foot"])}</div>'
    art = f'<div class="article">{art_head}<div class="content">{body_html}</div>{after}</div>{rel}'
    if old:
        side_td = side.replace('class="side"', '')
        main = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="220" valign="top">{side_td}</td>'
                f'<td valign="top">{crumb}{pre_main}{art}</td></tr></table>')
    else:
        main = f'<div class="wrap">{crumb}{side}<div class="main">{pre_main}{art}</div></div>'
    title_tag = f'{pg["title"]}_{s["name"]}'
    doc = (f'<!DOCTYPE html>\n<html lang="{ "en" if pg.get("lang")=="en" else "zh-CN"}"><head><meta charset="utf-8">'
           f'<title>{e(title_tag)}</title><style>{CSS}{s.get("css","")}</style></head><body>\n'
           f'{top}{banner}{search}{nav}\n{main}\n{foot}\n</body></html>\n')
    gold = {"id": pg["id"], "set": "zh-blind68", "lang": pg.get("lang", "zh"), "kind": pg["kind"],
            "title": pg["title"], "authors": pg["authors"], "publish_time": pg["time"],
            "body_paragraphs": gold_paras(blocks)}
    return doc, gold

def all_pages():
    pages = []
    for m in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        pages += importlib.import_module(m).PAGES
    return pages

def main():
    for pg in all_pages():
        doc, gold = render(pg)
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f: f.write(doc)
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    print("built", len(all_pages()))

if __name__ == "__main__":
    main()
