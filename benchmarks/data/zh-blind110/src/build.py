#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description is a dict:
  id, kind, lang, title, authors, publish_time  -> gold metadata (as printed on the page)
  css   : the page's one embedded stylesheet
  html  : the page chrome (everything inside <body>) with the marker @@BODY@@
  body  : list of blocks (see render_body); the gold body_paragraphs come from the
          very same blocks that are rendered, so gold and page cannot drift apart
  pmode : how prose paragraphs are marked up: p | indent | ideo | br | div | nbsp
  hmode : how sub-headings are marked up: strong | h3 | h4 | b | ideo-strong
Block syntax (strings):
  "text"            prose paragraph (body)
  "## text"         sub-heading (body)
  "- text"          list line (body), rendered as <li> (list-style none) or <p>
  "| a | b | c"     table row (body: cells joined by one space); adjacent rows = one table
  "> text"          quoted passage in <blockquote> (body)
  "!img ALT|CAPTION"  picture (alt text) with caption line (not body)
  "~<html>"         non-body line inside the article area (byline, editor, source, 原标题 ...)
  "=<html>|gold"    body paragraph with custom markup; gold text given after the last '|'
"""
import html as H
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
SET = "zh-blind110"


def esc(s):
    return H.escape(s, quote=False)


def img(alt, src=True, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f'<img{c} alt="{H.escape(alt)}"' + (f' src="{GIF}" width="1" height="1">' if src else ">")


def render_body(blocks, pmode="p", hmode="strong", listmode="li", tablecls="tb"):
    out, gold = [], []
    rows = []
    items = []

    def flush_table():
        if rows:
            h = [f'<table class="{tablecls}" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                h.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(c for c in r if c))
            h.append("</table>")
            out.append("\n".join(h))
            rows.clear()

    def flush_list():
        if items:
            if listmode == "li":
                out.append('<ul class="lst">' + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ul>")
            else:
                out.extend(para(t) for t in items)
            gold.extend(items)
            items.clear()

    def para(t):
        e = esc(t)
        if pmode == "p":
            return f"<p>{e}</p>"
        if pmode == "indent":
            return f'<p style="text-indent:2em">{e}</p>'
        if pmode == "ideo":
            return f"<p>\u3000\u3000{e}</p>"
        if pmode == "nbsp":
            return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{e}</p>"
        if pmode == "div":
            return f'<div class="para">{e}</div>'
        if pmode == "br":
            return f"\u3000\u3000{e}<br><br>"
        raise ValueError(pmode)

    def head(t):
        e = esc(t)
        if hmode == "strong":
            return f"<p><strong>{e}</strong></p>"
        if hmode == "h3":
            return f"<h3>{e}</h3>"
        if hmode == "h4":
            return f"<h4>{e}</h4>"
        if hmode == "b":
            return f'<p style="text-align:center"><b>{e}</b></p>'
        if hmode == "ideo-strong":
            return f"<p>\u3000\u3000<strong>{e}</strong></p>"
        raise ValueError(hmode)

    for b in blocks:
        if not b.startswith("| "):
            flush_table()
        if not b.startswith("- "):
            flush_list()
        if b.startswith("## "):
            out.append(head(b[3:]))
            gold.append(b[3:])
        elif b.startswith("- "):
            items.append(b[2:])
        elif b.startswith("| "):
            rows.append([c.strip() for c in b.strip().strip("|").split("|")])
        elif b.startswith("> "):
            out.append(f"<blockquote>{esc(b[2:])}</blockquote>")
            gold.append(b[2:])
        elif b.startswith("!img "):
            alt, _, cap = b[5:].partition("|")
            out.append(f'<p class="pic" style="text-align:center">{img(alt, src=(len(out) % 2 == 0))}</p>')
            if cap:
                out.append(f'<p class="caption" style="text-align:center">{esc(cap)}</p>')
        elif b.startswith("~"):
            out.append(b[1:])
        elif b.startswith("="):
            markup, _, g = b[1:].rpartition("|")
            out.append(markup)
            gold.append(g)
        else:
            out.append(para(b))
            gold.append(b)
    flush_table()
    flush_list()
    return "\n".join(out), gold


def page_html(p, body_html):
    t = p.get("doc_title", p["title"])
    lang = "en" if p["lang"] == "en" else "zh-CN"
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{esc(t)}</title>\n<style>\n{p["css"].strip()}\n</style>\n</head>\n<body>\n'
            + p["html"].strip().replace("@@BODY@@", body_html) + "\n</body>\n</html>\n")


def load_pages():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    ids = [p["id"] for p in pages]
    assert ids == [f"vg-{i:02d}" for i in range(1, 41)], ids
    return pages


def main():
    pages = load_pages()
    for p in pages:
        body_html, gold_body = render_body(p["body"], p.get("pmode", "p"), p.get("hmode", "strong"),
                                           p.get("listmode", "li"), p.get("tablecls", "tb"))
        assert "@@BODY@@" in p["html"], p["id"]
        doc = page_html(p, body_html)
        assert "<script" not in doc.lower() and "http" not in doc.lower().replace("http-equiv", ""), p["id"]
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        gold = {"id": p["id"], "set": SET, "lang": p["lang"], "kind": p["kind"], "title": p["title"],
                "authors": p["authors"], "publish_time": p["publish_time"], "body_paragraphs": gold_body}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
