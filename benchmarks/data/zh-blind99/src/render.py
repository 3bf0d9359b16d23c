"""Page engine: one page description -> (HTML, gold record).

A description is a dict with id, kind, lang, doc_title (<title>), css, regions (a list of HTML
strings, with the sentinel BODY where the article body goes), body (a list of blocks) and the
gold fields title / authors / publish_time.  The gold body is computed here from the same blocks
that are rendered, so the two cannot drift apart.

Blocks (tuples):
  ("p", text)            paragraph                      -> body
  ("pc", cls, text)      paragraph with a class         -> body
  ("h", text)            sub-heading                    -> body
  ("li", [items])        list, one item per line        -> body, one paragraph per item
  ("table", rows)        table, header row first        -> body, one paragraph per row, cells joined by one space
  ("quote", text)        block quotation                -> body
  ("sign", [lines])      signature / date lines (right) -> body, one paragraph per line
  ("img", alt, caption)  picture (+ caption or None)    -> not body
  ("note", text)         line printed in the body area that is not body (原标题, 责任编辑, source, byline line, 文号)
  ("raw", html)          arbitrary HTML in the body area -> not body
"""
from html import escape

BODY = "\x00BODY\x00"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def e(s):
    return escape(s, quote=True)


def img(alt, gif=False, cls=""):
    src = f' src="{GIF}"' if gif else ""
    c = f' class="{cls}"' if cls else ""
    return f'<img{src} alt="{e(alt)}"{c}>'


def render_body(blocks, style="p", pcls=""):
    """style: p | indent (U+3000x2 inside <p>) | div | br (one container, <br><br> between) | font."""
    out, gold = [], []
    pc = f' class="{pcls}"' if pcls else ""

    def para(t, tag="p"):
        txt = e(t)
        if style == "indent":
            return f"<p{pc}>\u3000\u3000{txt}</p>"
        if style == "div":
            return f"<div{pc}>{txt}</div>"
        if style == "font":
            return f'<p{pc}><font face="宋体" size="3">{txt}</font></p>'
        if style == "nbsp":
            return f"<p{pc}>&nbsp;&nbsp;&nbsp;&nbsp;{txt}</p>"
        return f"<p{pc}>{txt}</p>"

    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(para(b[1])); gold.append(b[1])
        elif k == "pc":   # paragraph with its own class (lead box etc.)
            out.append(f'<p class="{b[1]}">{e(b[2])}</p>'); gold.append(b[2])
        elif k == "h":
            if style in ("indent", "font", "nbsp"):
                out.append(f"<p{pc}><strong>{e(b[1])}</strong></p>")
            else:
                out.append(f"<h3>{e(b[1])}</h3>")
            gold.append(b[1])
        elif k == "li":
            out.append('<ul class="blist">' + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
            gold.extend(b[1])
        elif k == "table":
            rows = b[1]
            h = "<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<table class="btable" border="1" cellspacing="0" cellpadding="4">{h}{body}</table>')
            gold.extend(" ".join(c for c in r if c) for r in rows)
        elif k == "quote":
            out.append(f"<blockquote>{e(b[1])}</blockquote>"); gold.append(b[1])
        elif k == "sign":
            out.append("".join(f'<p style="text-align:right">{e(x)}</p>' for x in b[1]))
            gold.extend(b[1])
        elif k == "img":
            s = f'<p style="text-align:center">{img(b[1], gif=len(b) > 3)}</p>'
            if b[2]:
                s += f'<p class="caption" style="text-align:center">{e(b[2])}</p>'
            out.append(s)
        elif k == "note":
            out.append(f'<p class="note">{e(b[1])}</p>')
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    if style == "br":
        # old editors: one container, paragraphs separated by <br><br>
        html = []
        for s in out:
            if s.startswith("<p>"):
                html.append("\u3000\u3000" + s[3:-4] + "<br><br>")
            else:
                html.append(s)
        return "\n".join(html), gold
    return "\n".join(out), gold


def build(spec):
    body_html, body_gold = render_body(spec["body"], spec.get("bodystyle", "p"), spec.get("pcls", ""))
    parts = []
    for r in spec["regions"]:
        parts.append(body_html if r is BODY or r == BODY else r)
    css = spec.get("css", "")
    lang = "en" if spec["lang"] == "en" else "zh-CN"
    html = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{e(spec["doc_title"])}</title>\n<style>\n{css}\n</style>\n</head>\n'
            f'<body{spec.get("body_attr", "")}>\n' + "\n".join(parts) + "\n</body>\n</html>\n")
    gold = {"id": spec["id"], "set": "zh-blind99", "lang": spec["lang"], "kind": spec["kind"],
            "title": spec["title"], "authors": spec["authors"], "publish_time": spec["publish_time"],
            "body_paragraphs": body_gold}
    return html, gold


# ---- furniture helpers (plain HTML builders; a page composes its own template from them) ----

def links(items, sep="", tag="a"):
    return sep.join(f'<{tag} href="#">{e(x)}</{tag}>' if tag == "a" else f"<{tag}>{e(x)}</{tag}>" for x in items)


def ul(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul>"


def ul_dated(items, cls=""):
    """items: (title, date)"""
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f'<li><a href="#">{e(t)}</a><span class="d">{e(d)}</span></li>' for t, d in items) + "</ul>"


def search(placeholder, button="搜索"):
    ph = f' placeholder="{e(placeholder)}"' if placeholder else ""
    return f'<form class="sch"><input type="text"{ph}><button type="button">{e(button)}</button></form>'
