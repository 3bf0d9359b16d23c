#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description is a dict:
  id, kind, lang, title, authors, time   -> gold metadata (time = publish_time as printed)
  tpl    the page's own template: HTML of the whole <body>, with {TITLE}, {BODY} (and
         optionally {TIME}) placeholders; the furniture (banner, nav, info bar, footer ...)
         is written in it literally
  css    the page's embedded style sheet
  mode   how body blocks are marked up: p | indent | br | div | section | font | td
  htag   markup for sub-headings: 'strong' (<p><strong>) or a tag name such as 'h3'
  body   list of blocks (strings):
           'text'            body paragraph
           '## text'         sub-heading (body)
           '- text'          list item (body; consecutive items form one <ul>)
           '| a | b | c'     table row (body; one gold paragraph per row, cells joined by a space)
           '= text'          right-aligned line (署名/成文日期; body)
           '> text'          quoted passage (body)
           '! alt | caption' photo: <img alt> plus caption line (NOT body)
           '~ text'          a line printed inside the article area that is not body
                              (byline on its own line, 原标题, editor, source, 文号 ...)
The gold body is taken from the same blocks that are rendered as body.
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
IND = "\u3000\u3000"


def esc(s):
    return H.escape(s, quote=False)


def render_body(blocks, mode="p", htag="strong"):
    out, gold = [], []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("| "):
            rows = []
            while i < len(blocks) and blocks[i].startswith("| "):
                rows.append([c.strip() for c in blocks[i][2:].split(" | ")])
                i += 1
            t = ['<table class="tb" border="1" cellspacing="0" cellpadding="4">']
            for n, r in enumerate(rows):
                tag = "th" if n == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            t.append("</table>")
            out.append("\n".join(t))
            continue
        if b.startswith("- ") and mode not in ("br",):
            items = []
            while i < len(blocks) and blocks[i].startswith("- "):
                items.append(blocks[i][2:])
                i += 1
            out.append("<ul class=\"lst\">" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>")
            gold.extend(items)
            continue
        i += 1
        if b.startswith("! "):
            alt, _, cap = b[2:].partition(" | ")
            if mode == "br":
                out.append(f'<img alt="{H.escape(alt)}" src="{GIF}" width="1" height="1"><br>{esc(cap)}' if cap
                           else f'<img alt="{H.escape(alt)}" src="{GIF}" width="1" height="1">')
            else:
                out.append(f'<p class="pic" style="text-align:center"><img alt="{H.escape(alt)}" src="{GIF}" width="1" height="1"></p>')
                if cap:
                    out.append(f'<p class="pic-cap" style="text-align:center">{esc(cap)}</p>')
            continue
        if b.startswith("~ "):
            out.append(f'<p class="note">{esc(b[2:])}</p>' if mode != "br" else esc(b[2:]))
            continue
        if b.startswith("## "):
            t = b[3:]
            gold.append(t)
            if mode == "br":
                out.append(f"<b>{esc(t)}</b>")
            elif htag == "strong":
                out.append(f"<p><strong>{esc(t)}</strong></p>")
            else:
                out.append(f"<{htag}>{esc(t)}</{htag}>")
            continue
        if b.startswith("= "):
            t = b[2:]
            gold.append(t)
            out.append(f'<p style="text-align:right">{esc(t)}</p>' if mode != "br" else
                       f'<div style="text-align:right">{esc(t)}</div>')
            continue
        if b.startswith("> "):
            t = b[2:]
            gold.append(t)
            out.append(f"<blockquote><p>{esc(t)}</p></blockquote>" if mode != "br" else esc(t))
            continue
        if b.startswith("- "):  # list item in br mode
            b = b[2:]
        gold.append(b)
        t = esc(b)
        if mode == "p":
            out.append(f"<p>{t}</p>")
        elif mode == "indent":
            out.append(f"<p>{IND}{t}</p>")
        elif mode == "div":
            out.append(f'<div class="para">{t}</div>')
        elif mode == "section":
            out.append(f'<section style="margin-bottom:16px"><p><span style="font-size:15px">{t}</span></p></section>')
        elif mode == "font":
            out.append(f'<p style="text-indent:2em"><font face="宋体" size="3">{t}</font></p>')
        elif mode == "br":
            out.append(IND + t)
        elif mode == "td":
            out.append(f'<p style="line-height:180%">{IND}{t}</p>')
        else:
            raise ValueError(mode)
    if mode == "br":
        html = "\n<br><br>\n".join(out)
    else:
        html = "\n".join(out)
    return html, gold


def build(page):
    body_html, gold_body = render_body(page["body"], page.get("mode", "p"), page.get("htag", "strong"))
    title_html = page.get("title_html") or esc(page["title"])
    tpl = page["tpl"].replace("{TITLE}", title_html).replace("{BODY}", body_html)
    tpl = tpl.replace("{TIME}", esc(page["time"] or ""))
    lang = "en" if page["lang"] == "en" else "zh-CN"
    doc = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{esc(page.get("doctitle", page["title"]))}</title>\n'
           f'<style>\n{page.get("css", "").strip()}\n</style>\n</head>\n<body>\n{tpl.strip()}\n</body>\n</html>\n')
    gold = {
        "id": page["id"], "set": "zh-blind106", "lang": page["lang"], "kind": page["kind"],
        "title": page["title"], "authors": page["authors"], "publish_time": page["time"],
        "body_paragraphs": gold_body,
    }
    return doc, gold


def all_pages():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    pages = []
    for m in (pages_gov, pages_media, pages_self, pages_epaper, pages_inst):
        pages.extend(m.PAGES)
    return pages


def main():
    pages = all_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for d in ("html", "gold"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for p in pages:
        doc, gold = build(p)
        assert "{" + "BODY}" not in doc and "{TITLE}" not in doc
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
