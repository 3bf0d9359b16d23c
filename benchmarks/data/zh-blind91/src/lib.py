"""Shared helpers: a page description = metadata + body blocks + a template function.

Body blocks (the gold body is derived from exactly these blocks, in order):
  ("p", text)            prose paragraph                      -> body
  ("h", text)            sub-heading                          -> body
  ("li", [items])        bullet/numbered list lines           -> body (one per item)
  ("table", rows)        table, first row = header            -> body (one per row, cells joined by one space)
  ("quote", text)        quoted passage                       -> body
  ("right", text)        right-aligned line (署名, 成文日期)    -> body
  ("img", alt, caption)  photo with caption                   -> not body
  ("x", html)            other in-article furniture (原标题, byline line, editor line) -> not body
"""
import html as _html

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def esc(s):
    return _html.escape(s, quote=True)


def gold_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "quote", "right"):
            out.append(b[1])
        elif k == "li":
            out.extend(b[1])
        elif k == "table":
            out.extend(" ".join(c for c in row) for row in b[1])
    return out


def body_html(blocks, style="p", indent=False, hstyle="h3", tblclass="", imgdata=False, liststyle="ul"):
    """Render blocks.  style: p (one <p> each) | br (one container, <br><br> between) | div | font (old <p><font>)."""
    parts = []
    ind = "\u3000\u3000" if indent else ""
    for b in blocks:
        k = b[0]
        if k == "p":
            t = ind + esc(b[1])
            if style == "br":
                parts.append(t + "<br><br>")
            elif style == "div":
                parts.append(f"<div class=\"para\">{t}</div>")
            elif style == "font":
                parts.append(f"<p><font size=\"3\" face=\"宋体\">{t}</font></p>")
            else:
                parts.append(f"<p>{t}</p>")
        elif k == "h":
            if hstyle == "strong":
                t = f"<p><strong>{ind}{esc(b[1])}</strong></p>"
            elif hstyle == "b-br":
                t = f"<b>{ind}{esc(b[1])}</b><br><br>"
            else:
                t = f"<{hstyle}>{esc(b[1])}</{hstyle}>"
            parts.append(t)
        elif k == "quote":
            parts.append(f"<blockquote>{esc(b[1])}</blockquote>")
        elif k == "right":
            if style == "br":
                parts.append(f"<div style=\"text-align:right\">{esc(b[1])}</div>")
            else:
                parts.append(f"<p style=\"text-align:right\">{esc(b[1])}</p>")
        elif k == "li":
            if liststyle == "p":
                parts.extend(f"<p>{ind}{esc(i)}</p>" for i in b[1])
            else:
                tag = "ol" if liststyle == "ol" else "ul"
                parts.append(f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif k == "table":
            rows = b[1]
            h = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
            r = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
            parts.append(f"<table class=\"{tblclass}\" border=\"1\" cellspacing=\"0\"><tr>{h}</tr>{r}</table>")
        elif k == "img":
            src = f" src=\"{GIF}\"" if imgdata else ""
            cap = f"<p class=\"pic-cap\">{esc(b[2])}</p>" if b[2] else ""
            parts.append(f"<div class=\"pic\"><img{src} alt=\"{esc(b[1])}\">{cap}</div>")
        elif k == "x":
            parts.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(parts)


def ul(items, cls="", link=True):
    if link:
        return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"#\">{esc(i)}</a></li>" for i in items) + "</ul>"
    return f"<ul class=\"{cls}\">" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def links(items, sep=" "):
    return sep.join(f"<a href=\"#\">{esc(i)}</a>" for i in items)


def doc(title, css, body):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{esc(title)}</title>\n<style>\n{css.strip()}\n</style>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n")


PAGES = []


def page(id, kind, title, authors, publish_time, blocks, lang="zh", features=""):
    """Decorator: registers a template function f(meta) -> full html."""
    def deco(f):
        PAGES.append(dict(id=id, kind=kind, lang=lang, title=title, authors=authors,
                          publish_time=publish_time, blocks=blocks, render=f, features=features))
        return f
    return deco
