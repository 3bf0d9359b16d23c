#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

A page is a dict; its body is a list of blocks, and the gold body is taken from the
same blocks that are rendered as body (p, h, li, q, table rows), so the two cannot drift.
Blocks: "text" (paragraph), "## text" (sub-heading), "- text" (list item),
("q", text) quoted passage, ("table", rows), ("img", alt, caption), ("by", line)
byline line, ("ed", line) editor/source line, ("raw", html) furniture inside the article.
Only p/h/li/q/table blocks are body."""
import html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
E = html.escape

def N(s, cls="nav"):
    return '<ul class="%s">%s</ul>' % (cls, "".join("<li><a href=\"#\">%s</a></li>" % E(x) for x in s.split("|")))

def L(s, cls="lines", tag="p"):
    return '<div class="%s">%s</div>' % (cls, "".join("<%s>%s</%s>" % (tag, x, tag) for x in s.split("|")))

def IMG(alt, w=1, h=1):
    return '<img alt="%s" src="%s" width="%d" height="%d">' % (E(alt), GIF, w, h)

def render_body(blocks, pstyle):
    out, gold, ul = [], [], []
    def flush():
        if ul:
            out.append("<ul class=\"blist\">" + "".join("<li>%s</li>" % E(x) for x in ul) + "</ul>")
            ul.clear()
    ind = "\u3000\u3000" if pstyle == "u3000" else ""
    for b in blocks:
        if isinstance(b, str) and b.startswith("- "):
            ul.append(b[2:]); gold.append(b[2:]); continue
        flush()
        if isinstance(b, str) and b.startswith("## "):
            t = b[3:]; gold.append(t)
            out.append('<p class="sub"><strong>%s%s</strong></p>' % (ind, E(t)) if pstyle in ("u3000", "br") else "<h3>%s</h3>" % E(t))
        elif isinstance(b, str):
            gold.append(b)
            if pstyle == "br":
                out.append("%s%s<br><br>" % ("&nbsp;&nbsp;&nbsp;&nbsp;", E(b)))
            elif pstyle == "center":
                out.append('<p style="text-indent:2em">%s</p>' % E(b))
            else:
                out.append("<p>%s%s</p>" % (ind, E(b)))
        elif b[0] == "q":
            gold.append(b[1]); out.append("<blockquote><p>%s</p></blockquote>" % E(b[1]))
        elif b[0] == "table":
            rows = b[1]
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(
                "<tr>" + "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % E(c) for c in r) + "</tr>"
                for i, r in enumerate(rows)) + "</table>")
            gold.extend(" ".join(r) for r in rows)
        elif b[0] == "img":
            out.append('<div class="pic">%s<p class="cap">%s</p></div>' % (IMG(b[1], 600, 1), E(b[2])) if b[2] else '<div class="pic">%s</div>' % IMG(b[1], 600, 1))
        elif b[0] == "by":
            out.append('<p class="byl">%s</p>' % E(b[1]))
        elif b[0] == "ed":
            out.append('<p class="edit">%s</p>' % E(b[1]))
        elif b[0] == "raw":
            out.append(b[1])
    flush()
    return "\n".join(out), gold

BASE_CSS = """body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333}
a{color:#333;text-decoration:none}ul{margin:0;padding:0}li{list-style:none}
.nav li{display:inline-block;margin:0 10px}.blist li{list-style:disc;margin-left:2em}
.dt{border-collapse:collapse;margin:8px auto}.dt td,.dt th{padding:3px 8px;border:1px solid #999}
.cap{text-align:center;font-size:12px;color:#666}.pic{text-align:center}
"""

def page_html(p):
    body_html, gold = render_body(p["body"], p.get("pstyle", "p"))
    head = p.get("head") or "<h1>%s</h1>" % E(p["title"])
    info = p.get("info", "")
    art = [p.get("pre", "")]
    if p.get("info_pos", "below") == "above":
        art += [info, head]
    else:
        art += [head, info]
    art += [p.get("mid", ""), '<div class="content">%s</div>' % body_html, p.get("after", "")]
    article = '<div class="article">%s</div>' % "\n".join(x for x in art if x)
    lay = p.get("layout", "div")
    crumb = p.get("crumb", "")
    side = p.get("side", "")
    if lay == "table":
        main = ('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2">%s</td></tr>'
                '<tr><td valign="top" width="720">%s</td><td valign="top" class="side">%s</td></tr></table>') % (crumb, article, side)
    elif lay == "epaper":
        main = ('<table class="ep" width="1100" align="center"><tr><td valign="top" class="ep-l">%s</td>'
                '<td valign="top" class="ep-c">%s%s</td><td valign="top" class="ep-r">%s</td></tr></table>') % (p.get("left", ""), crumb, article, side)
    else:
        main = '<div class="wrap">%s<div class="mainbox">%s</div>%s</div>' % (crumb, article, '<div class="side">%s</div>' % side if side else "")
    doc = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>\n<style>%s%s</style></head>\n'
           '<body class="%s">\n%s\n%s\n%s\n</body></html>\n') % (
        "en" if p.get("lang") == "en" else "zh-CN", E(p.get("doctitle", p["title"])), BASE_CSS, p.get("css", ""),
        lay, p.get("top", ""), main, p.get("foot", ""))
    return doc, gold

def load_pages():
    pages = []
    for m in ("pages_gov", "pages_media", "pages_self_epaper", "pages_inst"):
        try:
            mod = __import__(m)
        except ModuleNotFoundError:
            continue
        pages += mod.PAGES
    return pages

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in load_pages():
        doc, gold = page_html(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        g = {"id": p["id"], "set": "zh-blind139", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"], "body_paragraphs": gold}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print("built", len(load_pages()), "pages")

if __name__ == "__main__":
    main()
