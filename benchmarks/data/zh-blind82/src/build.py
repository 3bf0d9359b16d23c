#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

A page is a dict: id, kind, lang, title, authors, publish_time (gold metadata),
css, top (HTML before the article blocks), bottom (HTML after them), and
blocks (the article).  Blocks are rendered into the page AND are the only
source of gold body paragraphs, so the gold body is exactly what is shown
as body.  Block forms:
  "text"                 body paragraph
  ("h", text)            sub-heading (body)
  ("li", [items])        list, one body paragraph per item
  ("ol", [items])        numbered list (numbers printed by the text itself)
  ("table", rows)        table; one body paragraph per row, cells joined by one space
  ("q", text)            quoted passage (body)
  ("img", alt, caption)  photo: alt text + caption (not body)
  ("x", html)            furniture inside the article area (not body)
Page options: pmode = p | pi (U+3000 indent) | br (old <br> bodies) | div | sec (WeChat spans);
hmode = strong | h3 | h4 | b-center.
"""
import html as H, json, os, sys, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def esc(s):
    return H.escape(s, quote=False)

def img(alt, cls="pic"):
    return f'<img class="{cls}" alt="{H.escape(alt)}" src="{GIF}" width="1" height="1">' if alt is not None else f'<img class="{cls}" src="{GIF}" alt="">'

def para(t, mode):
    if mode == "pi":
        return f"<p>\u3000\u3000{esc(t)}</p>"
    if mode == "div":
        return f'<div class="para">{esc(t)}</div>'
    if mode == "sec":
        return f'<section style="margin:0 0 16px"><span style="font-size:15px;letter-spacing:1px">{esc(t)}</span></section>'
    if mode == "br":
        return f"\u3000\u3000{esc(t)}<br><br>"
    return f"<p>{esc(t)}</p>"

def heading(t, mode, pmode):
    if mode == "h3":
        return f"<h3>{esc(t)}</h3>"
    if mode == "h4":
        return f"<h4 class=\"sub\">{esc(t)}</h4>"
    if mode == "b-center":
        return f'<p style="text-align:center"><b>{esc(t)}</b></p>'
    if pmode == "br":
        return f"\u3000\u3000<strong>{esc(t)}</strong><br><br>"
    if pmode == "sec":
        return f'<section style="margin:18px 0 12px"><strong><span style="color:#b8322b">{esc(t)}</span></strong></section>'
    ind = "\u3000\u3000" if pmode == "pi" else ""
    return f"<p>{ind}<strong>{esc(t)}</strong></p>"

def render_blocks(blocks, pmode="p", hmode="strong"):
    out, gold = [], []
    for b in blocks:
        if isinstance(b, str):
            out.append(para(b, pmode)); gold.append(b)
        elif b[0] == "h":
            out.append(heading(b[1], hmode, pmode)); gold.append(b[1])
        elif b[0] in ("li", "ol"):
            tag = "ul" if b[0] == "li" else "div"
            if b[0] == "li":
                out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
            else:
                out.extend(para(i, pmode) for i in b[1])
            gold.extend(b[1])
        elif b[0] == "table":
            rows = b[1]
            t = ['<table class="dt" border="1" cellspacing="0" cellpadding="4">']
            for k, r in enumerate(rows):
                c = "th" if k == 0 else "td"
                t.append("<tr>" + "".join(f"<{c}>{esc(x)}</{c}>" for x in r) + "</tr>")
                gold.append(" ".join(r))
            t.append("</table>")
            out.append("".join(t))
        elif b[0] == "q":
            out.append(f"<blockquote>{esc(b[1])}</blockquote>"); gold.append(b[1])
        elif b[0] == "img":
            cap = f'<p class="pic-note">{esc(b[2])}</p>' if b[2] else ""
            out.append(f'<p class="pic-wrap">{img(b[1])}</p>{cap}')
        elif b[0] == "x":
            out.append(b[1])
        else:
            raise ValueError(b)
    return "\n".join(out), gold

def page_html(p, art):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n%s\n%s\n%s\n</body>\n</html>\n"
            % ("en" if p.get("lang") == "en" else "zh-CN", esc(p.get("doc_title", p["title"])), p.get("css", ""),
               p["top"], art, p["bottom"]))

def all_pages():
    pages = []
    for m in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        if os.path.exists(os.path.join(HERE, m + ".py")):
            pages.extend(importlib.import_module(m).PAGES)
    return pages

def main():
    pages = all_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in ("html", "gold"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for p in pages:
        art, gold = render_blocks(p["blocks"], p.get("pmode", "p"), p.get("hmode", "strong"))
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p, art))
        g = {"id": p["id"], "set": "zh-blind82", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
             "body_paragraphs": gold}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(f"built {len(pages)} pages")

if __name__ == "__main__":
    main()
