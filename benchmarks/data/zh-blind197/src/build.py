#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the page specs in pages_*.py (one source of truth)."""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages_a import PAGES as A
from pages_b import PAGES as B
PAGES = A + B
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
e = html.escape

def blocks(body):
    out = []
    for line in body.strip().split("\n"):
        line = line.strip()
        if not line: continue
        if line.startswith("## "): out.append(("h", line[3:]))
        elif line.startswith("- "): out.append(("li", line[2:]))
        elif line.startswith("| "): out.append(("tr", [c.strip() for c in line[2:].split("|")]))
        elif line.startswith("> "): out.append(("q", line[2:]))
        elif line.startswith("!"): out.append(("img", line[1:]))
        else: out.append(("p", line))
    return out

def gold_paras(body):
    res = []
    for k, v in blocks(body):
        if k == "img": continue
        res.append(" ".join(v) if k == "tr" else v)
    return res

def body_html(body, pstyle=""):
    out, i, bl = [], 0, blocks(body)
    while i < len(bl):
        k, v = bl[i]
        if k == "li":
            items = []
            while i < len(bl) and bl[i][0] == "li":
                items.append("<li>%s</li>" % e(bl[i][1])); i += 1
            out.append("<ul>%s</ul>" % "".join(items)); continue
        if k == "tr":
            rows = []; first = True
            while i < len(bl) and bl[i][0] == "tr":
                tag = "th" if first else "td"
                rows.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, e(c), tag) for c in bl[i][1])); i += 1; first = False
            out.append('<table class="dt" border="1" cellspacing="0">%s</table>' % "".join(rows)); continue
        if k == "h": out.append("<p class=\"sub\"><strong>%s</strong></p>" % e(v))
        elif k == "q": out.append("<blockquote><p>%s</p></blockquote>" % e(v))
        elif k == "img": out.append('<p class="pic"><img src="%s" alt="%s" width="600" height="380"></p><p class="cap">%s</p>' % (GIF, e(v), e(v)))
        else: out.append('<p%s>%s</p>' % (pstyle, e(v)))
        i += 1
    return "\n".join(out)

def img(alt, w=120, h=60):
    return '<img src="%s" alt="%s" width="%d" height="%d">' % (GIF, e(alt), w, h)

import templates
def main():
    for p in PAGES:
        t = getattr(templates, p["tpl"])
        doc = t(p, body_html(p["body"], p.get("pstyle", "")))
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        g = {"id": p["id"], "set": "zh-blind197", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": p["authors"], "publish_time": p["time"],
             "body_paragraphs": gold_paras(p["body"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    print("built", len(PAGES))
if __name__ == "__main__":
    main()
