#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/*.py.

A page description is a dict; its 'body' is a list of blocks, rendered as the article body
and also giving the gold body_paragraphs (so the two cannot drift):
  ("p", text)          paragraph                         -> body
  ("h", text)          sub-heading                        -> body
  ("li", [texts])      list, one item per line            -> body, one paragraph per item
  ("table", rows)      table, first row = header          -> body, one paragraph per row, cells joined by a space
  ("img", alt, cap)    picture with alt text and caption  -> not body
  ("x", html)          any non-body line inside the article (editor, source, byline of its own) -> not body
The page's 'tpl' function gets the page and the rendered body HTML and returns the whole <body>.
"""
import html as H, importlib, json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def e(s):
    return H.escape(s, quote=True)

def img(alt, src=True):
    return f'<img alt="{e(alt)}"' + (f' src="{GIF}"' if src else "") + ">"

def render_body(page):
    mode = page.get("pmode", "p")      # p | div | br | indent | td
    ind = "\u3000\u3000" if page.get("indent") else ""
    out, paras = [], []
    for b in page["body"]:
        k = b[0]
        if k == "p":
            paras.append(b[1])
            if mode == "br":
                out.append(ind + e(b[1]) + "<br><br>")
            elif mode == "div":
                out.append(f'<div class="para">{ind}{e(b[1])}</div>')
            else:
                out.append(f'<p>{ind}{e(b[1])}</p>')
        elif k == "h":
            paras.append(b[1])
            if mode == "br":
                out.append(f"{ind}<b>{e(b[1])}</b><br><br>")
            else:
                out.append(f'<p class="sub"><strong>{ind}{e(b[1])}</strong></p>' if mode != "div" else f'<h3 class="sub">{e(b[1])}</h3>')
        elif k == "li":
            paras.extend(b[1])
            if page.get("ol"):
                out.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ol>")
            elif mode == "br":
                out.append("".join(f"{ind}{e(x)}<br>" for x in b[1]) + "<br>")
            else:
                out.append("".join(f"<p>{ind}{e(x)}</p>" for x in b[1]))
        elif k == "table":
            rows = b[1]
            paras.extend(" ".join(c for c in r) for r in rows)
            t = ['<table class="dt" border="1" cellspacing="0">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif k == "img":
            out.append(f'<div class="pic" style="text-align:center">{img(b[1])}<p class="cap">{e(b[2])}</p></div>')
        elif k == "x":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out), paras

def page_html(page):
    body_html, paras = render_body(page)
    inner = page["tpl"](page, body_html)
    doc = (f'<!DOCTYPE html>\n<html lang="{page.get("htmllang", "zh-CN")}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{e(page.get("doctitle", page["title"]))}</title>\n<style>\n{page.get("css", "")}\n</style>\n</head>\n'
           f'<body>\n{inner}\n</body>\n</html>\n')
    return doc, paras

MODS = [m for m in ("gov", "media", "selfmedia", "epaper", "inst") if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pages", m + ".py"))]

def main():
    pages = []
    for mod in MODS:
        pages.extend(importlib.import_module("pages." + mod).PAGES)
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in pages:
        doc, paras = page_html(p)
        assert "<script" not in doc.lower()
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        gold = {"id": p["id"], "set": "zh-blind156", "lang": p.get("lang", "zh"), "kind": p["kind"],
                "title": p["title"], "authors": p["authors"], "publish_time": p["date"],
                "body_paragraphs": paras}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(pages)} pages built")

if __name__ == "__main__":
    main()
