#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for set zh-blind36 from the page specs
in pages_gov.py, pages_news.py and pages_other.py.

Body item forms in a spec (see README):
  "text"                 a paragraph (<p>), gold paragraph
  ("h", text)            a sub-heading, gold paragraph
  ("c", text, style)     a paragraph with an inline style (right-aligned 署名 etc.), gold paragraph
  ("t", rows)            a table; gold: one paragraph per row, cells joined by one space
  ("img", alt, caption)  an image (alt text) and a caption line; not gold
  ("raw", html)          furniture inside the article box; not gold
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

E = H.escape


def body_html(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append("<p>%s</p>" % E(it))
        elif it[0] == "h":
            out.append('<p class="sub"><strong>%s</strong></p>' % E(it[1]))
        elif it[0] == "c":
            out.append('<p style="%s">%s</p>' % (it[2], E(it[1])))
        elif it[0] == "t":
            rows = it[1]
            t = ['<table class="dt" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, E(c), tag) for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif it[0] == "img":
            out.append('<p class="pic"><img src="data:," alt="%s" width="560" height="320"></p>' % E(it[1]))
            if it[2]:
                out.append('<p class="cap">%s</p>' % E(it[2]))
        elif it[0] == "raw":
            out.append(it[1])
        else:
            raise ValueError(it)
    return "\n".join(out)


def body_gold(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] in ("h", "c"):
            out.append(it[1])
        elif it[0] == "t":
            out.extend(" ".join(c for c in r) for r in it[1])
    return out


def ul(items, cls="", dated=False):
    lis = []
    for x in items:
        if isinstance(x, tuple):
            lis.append('<li><a href="#">%s</a><span class="d">%s</span></li>' % (E(x[0]), E(x[1])))
        else:
            lis.append('<li><a href="#">%s</a></li>' % E(x))
    return '<ul class="%s">%s</ul>' % (cls, "".join(lis))


def nav(items):
    return '<div class="nav">' + "".join('<a href="#">%s</a>' % E(x) for x in items) + "</div>"


def page(title, style, inner):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<style>%s</style></head>\n<body>\n%s\n</body></html>\n" % (E(title), style, inner))




def main():
    from templates import render
    from pages_gov import PAGES as G
    from pages_news import PAGES as N
    from pages_other import PAGES as O
    from dates import apply
    pages = [apply(p) for p in G + N + O]
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in pages:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(p))
        gold = {
            "id": p["id"],
            "set": "zh-blind36",
            "lang": p.get("lang", "zh"),
            "title": p.get("gold_title", p["title"].replace("\n", "")),
            "authors": p["authors"],
            "publish_time": p["time"],
            "body_paragraphs": body_gold(p["body"]),
        }
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("pages:", len(pages))


if __name__ == "__main__":
    main()
