"""Rendering helpers: a page description -> html/<id>.html and gold/<id>.json.

A page is a dict: id, kind, lang, title, authors, publish_time, body (list of blocks),
mode (how body paragraphs are marked up), tpl (the page's own HTML with {{BODY}},
{{TITLE}} placeholders) and css.  Body blocks:
  "text"                     a paragraph (inline tags allowed; gold strips them)
  ("h", "text")              a sub-heading (body)
  ("li", ["a", "b"])         list lines (body, one paragraph each)
  ("table", [[..],[..]])     a table; every row, header included, is one body paragraph
  ("img", "alt", "caption")  a photo and its caption (not body)
  ("x", "<html>")            furniture inside the article flow (not body)
"""
import html as H
import json
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="


def strip_tags(s):
    s = re.sub(r"<br\s*/?>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = H.unescape(s).replace("\u00a0", " ")
    s = s.strip(" \u3000\t\n")
    return re.sub(r"[ \t\n]+", " ", s)


def render_body(blocks, mode="p", hmode="strong", imgmode="center"):
    out, gold = [], []
    para = {
        "p": lambda t: f"<p>{t}</p>",
        "pi": lambda t: f"<p>\u3000\u3000{t}</p>",
        "ps": lambda t: f'<p style="text-indent:2em;">{t}</p>',
        "div": lambda t: f"<div class=\"para\">{t}</div>",
        "br": lambda t: f"\u3000\u3000{t}<br><br>",
        "brn": lambda t: f"{t}<br>",
        "sec": lambda t: f"<section><span>{t}</span></section>",
    }[mode]
    for b in blocks:
        if isinstance(b, str):
            out.append(para(b))
            gold.append(strip_tags(b))
        elif b[0] == "h":
            t = b[1]
            if hmode == "strong":
                out.append(para(f"<strong>{t}</strong>"))
            elif hmode == "h3":
                out.append(f"<h3>{t}</h3>")
            elif hmode == "b":
                out.append(para(f"<b>{t}</b>"))
            else:
                out.append(f'<p class="{hmode}">{t}</p>')
            gold.append(strip_tags(t))
        elif b[0] == "li":
            if mode in ("br", "brn"):
                for it in b[1]:
                    out.append(para(it))
            else:
                out.append('<ul class="lst">' + "".join(f"<li>{it}</li>" for it in b[1]) + "</ul>")
            gold.extend(strip_tags(it) for it in b[1])
        elif b[0] == "table":
            rows = b[1]
            t = ['<table class="dt" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 and len(b) < 3 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            gold.extend(" ".join(strip_tags(c) for c in r) for r in rows)
        elif b[0] == "img":
            alt, cap = b[1], b[2]
            if imgmode == "center":
                out.append(f'<p style="text-align:center"><img alt="{alt}" src="{GIF}" width="600" height="380"></p>')
                if cap:
                    out.append(f'<p class="pic-cap" style="text-align:center">{cap}</p>')
            elif imgmode == "figure":
                out.append(f'<figure><img alt="{alt}" src="{GIF}"><figcaption>{cap}</figcaption></figure>')
            elif imgmode == "div":
                out.append(f'<div class="imgbox"><img alt="{alt}" src="{GIF}"><div class="imgtxt">{cap}</div></div>')
        elif b[0] == "r":
            out.append(f'<p style="text-align:right">{b[1]}</p>')
            gold.append(strip_tags(b[1]))
        elif b[0] == "x":
            out.append(b[1])
        else:
            raise ValueError(b)
    return "\n".join(out), gold


def build(page, setname="zh-blind107"):
    body_html, gold_paras = render_body(page["body"], page.get("mode", "p"),
                                        page.get("hmode", "strong"), page.get("imgmode", "center"))
    tpl = page["tpl"]
    assert "{{BODY}}" in tpl, page["id"]
    doc = tpl.replace("{{BODY}}", body_html).replace("{{TITLE}}", page["title"])
    lang = page.get("lang", "zh")
    full = ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n") % (
        "zh-CN" if lang == "zh" else "en", page.get("doctitle", page["title"]), page.get("css", ""), doc)
    gold = {"id": page["id"], "set": setname, "lang": lang, "kind": page["kind"],
            "title": page["title"], "authors": page["authors"],
            "publish_time": page["publish_time"], "body_paragraphs": gold_paras}
    return full, gold
