#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

A page description is a dict: id, kind, lang, title, authors, publish_time, css,
pre (HTML before the body), body (list of blocks), post (HTML after the body),
optional wrap ("<div ...>{}</div>" around the body) and ptag (how a paragraph is
rendered).  Blocks:
  ("p", text)            body paragraph
  ("h", text)            sub-heading (body)
  ("ul", [items])        list, one body paragraph per item
  ("table", [[cells]])   table, one body paragraph per row (cells joined by a space)
  ("img", alt, caption)  picture and caption (not body)
  ("x", html)            furniture inside the article (byline line, editor line...; not body)
The gold body comes from the same blocks that are rendered.
"""
import html as H, json, os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def esc(t):
    return H.escape(t, quote=False)

def render_block(b, ptag):
    k = b[0]
    if k == "p":
        t = esc(b[1])
        if ptag == "p": return f"<p>{t}</p>"
        if ptag == "pi": return f'<p style="text-indent:2em">{t}</p>'
        if ptag == "u3000": return f"<p>\u3000\u3000{t}</p>"
        if ptag == "div": return f"<div class=\"para\">{t}</div>"
        if ptag == "br": return f"\u3000\u3000{t}<br><br>"
        if ptag == "span": return f"<p><span style=\"font-size:16px\">{t}</span></p>"
        raise ValueError(ptag)
    if k == "h":
        return f"<p><strong>{esc(b[1])}</strong></p>" if ptag != "br" else f"<b>{esc(b[1])}</b><br><br>"
    if k == "ul":
        return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>"
    if k == "table":
        rows = b[1]
        out = ['<table border="1" cellspacing="0" cellpadding="4" class="bt">']
        for i, r in enumerate(rows):
            tag = "th" if i == 0 else "td"
            out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
        return "".join(out) + "</table>"
    if k == "img":
        alt, cap = b[1], b[2]
        s = f'<p style="text-align:center"><img src="{GIF}" alt="{H.escape(alt)}" width="600" height="1"></p>'
        if cap:
            s += f'<p class="cap" style="text-align:center">{esc(cap)}</p>'
        return s
    if k == "x":
        return b[1]
    raise ValueError(k)

def gold_body(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h"): out.append(b[1].strip())
        elif b[0] == "ul": out.extend(i.strip() for i in b[1])
        elif b[0] == "table": out.extend(" ".join(c.strip() for c in r) for r in b[1])
    return out

def build(p):
    ptag = p.get("ptag", "p")
    body = "\n".join(render_block(b, ptag) for b in p["body"])
    wrap = p.get("wrap", '<div class="article-content">{}</div>')
    doc = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n%s\n%s\n%s\n</body></html>\n"
           % ("en" if p["lang"] == "en" else "zh-CN", esc(p.get("doctitle", p["title"])), p.get("css", ""),
              p["pre"], wrap.replace("{}", "\n" + body + "\n"), p["post"]))
    gold = {"id": p["id"], "set": "zh-blind131", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
            "authors": p["authors"], "publish_time": p["publish_time"], "body_paragraphs": gold_body(p["body"])}
    return doc, gold

def all_pages():
    pages = []
    sys.path.insert(0, HERE)
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith("pages_") and fn.endswith(".py"):
            pages.extend(importlib.import_module(fn[:-3]).PAGES)
    return pages

def main():
    pages = all_pages()
    for p in pages:
        doc, gold = build(p)
        assert "<script" not in doc.lower()
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f: f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(pages), "pages built")

if __name__ == "__main__":
    main()
