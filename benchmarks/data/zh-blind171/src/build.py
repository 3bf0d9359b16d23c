#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages*.py.

A page description is a dict; its "blocks" list is rendered as the article body and the
same list gives the gold body, so the two cannot drift apart.  Block prefixes:
  (none) paragraph            h: sub-heading          li: list line
  t: table row (cells by |, consecutive rows form one table, first row = header)
  r: right-aligned paragraph (署名 / 成文日期, body)
  img: alt|caption (not body) by: byline line (not body)   ed: editor/source line (not body)
  wh: 文号 line (not body)    yt: 原标题 line (not body)
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages_a import PAGES as PA  # noqa: E402
from pages_b import PAGES as PB  # noqa: E402

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape


def gold_body(blocks):
    out = []
    for b in blocks:
        k, v = kind_of(b)
        if k in ("p", "h", "li", "r"):
            out.append(v)
        elif k == "t":
            out.append(" ".join(c.strip() for c in v.split("|")))
    return out


def kind_of(b):
    if ":" in b[:4]:
        k, _, v = b.partition(":")
        if k in ("h", "li", "t", "r", "img", "by", "ed", "wh", "yt", "p"):
            return k, v
    return "p", b


def render_blocks(blocks, style):
    """style: dict of knobs: indent (bool: U+3000 indent), hx (tag for sub-heads), li (ul/p)."""
    out, i = [], 0
    ind = "\u3000\u3000" if style.get("indent") else ""
    while i < len(blocks):
        k, v = kind_of(blocks[i])
        if k == "t":
            rows = []
            while i < len(blocks) and kind_of(blocks[i])[0] == "t":
                rows.append(kind_of(blocks[i])[1].split("|"))
                i += 1
            t = ['<table class="bt" border="1" cellspacing="0">']
            for n, r in enumerate(rows):
                tag = "th" if n == 0 and style.get("th", True) else "td"
                t.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            continue
        if k == "p":
            if style.get("br"):
                out.append(f"{ind}{e(v)}<br><br>")
            else:
                out.append(f"<p>{ind}{e(v)}</p>")
        elif k == "h":
            hx = style.get("hx", "h3")
            if hx == "pstrong":
                out.append(f"<p>{ind}<strong>{e(v)}</strong></p>")
            else:
                out.append(f"<{hx}>{e(v)}</{hx}>")
        elif k == "li":
            out.append(f'<p class="li">{ind}{e(v)}</p>' if style.get("li") == "p" else f"<ul><li>{e(v)}</li></ul>")
        elif k == "r":
            out.append(f'<p style="text-align:right">{e(v)}</p>')
        elif k == "img":
            alt, _, cap = v.partition("|")
            out.append(f'<p style="text-align:center"><img src="{GIF}" alt="{e(alt)}" width="600" height="400"></p>')
            if cap:
                out.append(f'<p class="cap" style="text-align:center">{e(cap)}</p>')
        elif k == "by":
            out.append(f'<p class="byl">{e(v)}</p>')
        elif k == "ed":
            out.append(f'<p class="edt" style="text-align:right">{e(v)}</p>')
        elif k == "wh":
            out.append(f'<p style="text-align:center">{e(v)}</p>')
        elif k == "yt":
            out.append(f'<p class="yt">{e(v)}</p>')
        i += 1
    # merge ul runs
    s = "\n".join(out).replace("</li></ul>\n<ul><li>", "</li>\n<li>")
    return s


def links(items, sep=""):
    return sep.join(f'<a href="#">{e(x)}</a>' for x in items)


def ul(items):
    return "<ul>" + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul>"


def raw(x):
    """Strings in the description may carry light HTML (spans) in furniture fields."""
    return x


def page_html(p):
    import templates
    fn = getattr(templates, p["tpl"])
    body = render_blocks(p["blocks"], p.get("bstyle", {}))
    inner, css = fn(p, body)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n") % (
        "en" if p.get("lang") == "en" else "zh-CN", e(p.get("doctitle", p["title"] + "_" + p["site"])), css, inner)


def main():
    pages = PA + PB
    from more import MORE, MORE2
    for p in pages:
        add = [x for x in (MORE.get(p["id"]), MORE2.get(p["id"])) if x]
        if add:
            b = p["blocks"]
            last = max(n for n, x in enumerate(b) if kind_of(x)[0] in ("p", "h", "li", "t"))
            p["blocks"] = b[:last + 1] + add + b[last + 1:]
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in pages:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
        g = {"id": p["id"], "set": "zh-blind171", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": [a if p.get("lang") == "en" else a.replace(" ", "") for a in p["authors"]], "publish_time": p["time"],
             "body_paragraphs": gold_body(p["blocks"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(pages), "pages")


if __name__ == "__main__":
    main()
