"""Render one page description (dict) into html/<id>.html and gold/<id>.json.

The body is written as a small line format; the same blocks are rendered as the page's
article body and collected as gold body paragraphs:
  plain line        body paragraph            # text   sub-heading (body)
  - text            list item (body)          | a | b  table row (body, cells joined by one space)
  > text            right-aligned line (body: 署名/成文日期)
  = text            文号 line (not body)      ! alt | caption   picture + caption (not body)
  ~ html            any non-body line inside the article (bylines, editors, 原标题, 来源)
"""
import html as H
import json
import re
import os

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def esc(s):
    return H.escape(s, quote=False)


def parse_body(src, pstyle="p"):
    """-> (html, paragraphs)"""
    out, paras = [], []
    lines = [l.strip() for l in src.strip().split("\n")]
    i = 0
    while i < len(lines):
        l = lines[i]
        if not l:
            i += 1
            continue
        if l.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i][2:].split(" | ")])
                i += 1
            t = ['<table class="bt" border="1" cellspacing="0" cellpadding="4">']
            for r, row in enumerate(rows):
                tag = "th" if r == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
                paras.append(" ".join(c for c in row if c))
            t.append("</table>")
            out.append("\n".join(t))
            continue
        if l.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:].strip())
                i += 1
            out.append("<ul class=\"bl\">" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>")
            paras.extend(items)
            continue
        i += 1
        if l.startswith("# "):
            out.append(f"<{pstyle} class=\"sub\"><strong>{esc(l[2:])}</strong></{pstyle}>")
            paras.append(l[2:])
        elif l.startswith("> "):
            out.append(f"<{pstyle} style=\"text-align:right\">{esc(l[2:])}</{pstyle}>")
            paras.append(l[2:])
        elif l.startswith("= "):
            out.append(f"<{pstyle} class=\"wh\" style=\"text-align:center\">{esc(l[2:])}</{pstyle}>")
        elif l.startswith("! "):
            alt, _, cap = l[2:].partition(" | ")
            out.append(f"<div class=\"pic\"><img alt=\"{H.escape(alt)}\" src=\"{GIF}\" width=\"1\" height=\"1\">"
                       + (f"<p class=\"cap\">{esc(cap)}</p>" if cap else "") + "</div>")
        elif l.startswith("~ "):
            out.append(l[2:])
        else:
            out.append(f"<{pstyle}>{esc(l)}</{pstyle}>")
            paras.append(l)
    return "\n".join(out), paras


def title_html(p):
    if p.get("title_lines"):
        return "<br>".join(esc(x) for x in p["title_lines"])
    return esc(p["title"])


def build(p, root):
    body_html, paras = parse_body(p["body"], p.get("ptag", "p"))
    sep = " " if p.get("lang", "zh") == "en" else ""
    title = sep.join(p["title_lines"]) if p.get("title_lines") else p["title"]
    ctx = dict(p)
    ctx["BODY"] = body_html
    ctx["TITLE"] = title_html(p)
    page = p["tpl"].format(**ctx).replace(' src=""', "")
    doc = (f"<!DOCTYPE html>\n<html lang=\"{'en' if p.get('lang') == 'en' else 'zh-CN'}\">\n<head>\n"
           f"<meta charset=\"utf-8\">\n<title>{esc(p['doc_title'])}</title>\n<style>\n{p['css'].strip()}\n</style>\n"
           f"</head>\n{page.strip()}\n</html>\n")
    assert "<script" not in doc and "http" not in doc.replace("data:", "")
    with open(os.path.join(root, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    gold = {"id": p["id"], "set": "zh-blind151", "lang": p.get("lang", "zh"), "kind": p["kind"],
            "title": title, "authors": [a if p.get("lang") == "en" else re.sub(r"\s+", "", a) for a in p["authors"]], "publish_time": p["publish_time"],
            "body_paragraphs": paras}
    with open(os.path.join(root, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold
