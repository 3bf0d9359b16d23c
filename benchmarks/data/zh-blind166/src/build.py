#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict: id, kind, lang, title, authors, publish_time, css, and
`layout`: the page's own HTML with the placeholder {BODY}; `body`: a list of
blocks.  Body blocks (gold) : ("p", text) ("h", text) ("li", [items])
("ol", [items]) ("table", [[cells]...]) ("br", [paras]) (paras joined by <br>).
Non-body blocks: ("img", alt) ("cap", text) ("x", html).
`pstyle` picks how paragraphs are rendered ("p", "indent", "div", "font").
"""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def render_body(page):
    ps = page.get("pstyle", "p")
    out, gold = [], []
    for blk in page["body"]:
        k, v = blk[0], blk[1]
        if k == "p":
            gold.append(v)
            if ps == "indent":
                out.append(f'<p style="text-indent:2em">{e(v)}</p>')
            elif ps == "u3000":
                out.append(f'<p>\u3000\u3000{e(v)}</p>')
            elif ps == "div":
                out.append(f'<div class="para">{e(v)}</div>')
            elif ps == "font":
                out.append(f'<p><font face="宋体" size="3">{e(v)}</font></p>')
            elif ps == "span":
                out.append(f'<p><span style="font-size:16px">{e(v)}</span></p>')
            else:
                out.append(f'<p>{e(v)}</p>')
        elif k == "h":
            gold.append(v)
            tag = page.get("htag", "h3")
            if tag == "strong":
                out.append(f'<p><strong>{e(v)}</strong></p>')
            else:
                out.append(f'<{tag}>{e(v)}</{tag}>')
        elif k in ("li", "ol"):
            gold.extend(v)
            t = "ul" if k == "li" else "ol"
            out.append(f"<{t}>" + "".join(f"<li>{e(x)}</li>" for x in v) + f"</{t}>")
        elif k == "table":
            for row in v:
                gold.append(" ".join(row))
            rows = []
            for i, row in enumerate(v):
                c = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{c}>{e(x)}</{c}>" for x in row) + "</tr>")
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>")
        elif k == "br":
            gold.extend(v)
            out.append('<p>' + "<br>".join(e(x) for x in v) + '</p>')
        elif k == "img":
            out.append(f'<p class="pic" style="text-align:center"><img src="{GIF}" alt="{e(v)}" width="600" height="360"></p>')
        elif k == "cap":
            out.append(f'<p class="caption" style="text-align:center;color:#666">{e(v)}</p>')
        elif k == "x":
            out.append(v)
        else:
            raise ValueError(k)
    return "\n".join(out), gold

def build(page):
    body_html, gold_body = render_body(page)
    doc = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">\n<title>%s</title>\n<style>\n%s\n</style>\n</head>\n'
           % ("en" if page["lang"] == "en" else "zh-CN", e(page.get("doctitle", page["title"])), page["css"].strip()))
    layout = page["layout"].replace("{GIF}", GIF)
    assert "{BODY}" in layout, page["id"]
    doc += layout.replace("{BODY}", body_html) + "\n</html>\n"
    assert "<script" not in doc and "http" not in doc.replace("http-equiv", ""), page["id"]
    with open(os.path.join(ROOT, "html", page["id"] + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    gold = {"id": page["id"], "set": "zh-blind166", "lang": page["lang"], "kind": page["kind"],
            "title": page["title"], "authors": page["authors"], "publish_time": page["publish_time"],
            "body_paragraphs": gold_body}
    with open(os.path.join(ROOT, "gold", page["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")

def all_pages():
    ps = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    return ps

if __name__ == "__main__":
    ps = all_pages()
    for p in ps:
        build(p)
    print(f"built {len(ps)} pages")
