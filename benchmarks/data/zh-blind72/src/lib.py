"""Shared helpers for the zh-blind72 page descriptions.

A page description (src/pages/xu_NN.py) defines META (id, kind, lang, title,
authors, publish_time), BODY (a list of blocks), FEATURES (one line for the
README) and html() -> the whole saved page.  html() renders BODY with
render(BODY, ...) inside its own template, and gold() below takes the
body paragraphs from the same BODY list, so what is rendered as body is
exactly what the gold calls body.

Block kinds:
  P(text)          body paragraph (inline **bold** allowed; markers are removed in the gold)
  H(text)          sub-heading (body)
  L(items)         list, one body paragraph per item
  T(rows)          table, one body paragraph per row (cells joined by one space)
  IMG(alt, cap)    picture with alt text and optional caption (not body)
  RAW(html)        any other markup inside the article (not body): editor lines,
                   byline lines, 原标题, source lines, buttons ...
"""
import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def e(s):
    return _html.escape(s, quote=True)


def inline(s):
    """Escape text and turn **x** into <strong>x</strong>."""
    out = e(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)


def plain(s):
    """Gold text of a block: no **markers**, no-break spaces as ordinary spaces."""
    return s.replace("**", "").replace("\u00a0", " ")


class P:
    def __init__(self, text, cls=None):
        self.text, self.cls = text, cls


class H:
    def __init__(self, text):
        self.text = text


class L:
    def __init__(self, items, ordered=False):
        self.items, self.ordered = items, ordered


class T:
    def __init__(self, rows, header=True):
        self.rows, self.header = rows, header


class IMG:
    def __init__(self, alt, cap=None, gif=False):
        self.alt, self.cap, self.gif = alt, cap, gif


class RAW:
    def __init__(self, html):
        self.html = html


DEFAULT = {
    "p": "<p>{}</p>",
    "h": "<h3>{}</h3>",
    "list": "<ul>{}</ul>",
    "olist": "<ol>{}</ol>",
    "li": "<li>{}</li>",
    "table": "<table>{}</table>",
    "tr": "<tr>{}</tr>",
    "th": "<th>{}</th>",
    "td": "<td>{}</td>",
    "img": '<p class="img"><img alt="{alt}"{src}></p>',
    "cap": '<p class="cap">{}</p>',
    "indent": "",
}


def render(blocks, **fmt):
    f = dict(DEFAULT, **fmt)
    out = []
    for b in blocks:
        if isinstance(b, P):
            out.append(f["p"].format(f["indent"] + inline(b.text)))
        elif isinstance(b, H):
            out.append(f["h"].format(inline(b.text)))
        elif isinstance(b, L):
            items = "".join(f["li"].format(inline(i)) for i in b.items)
            out.append((f["olist"] if b.ordered else f["list"]).format(items))
        elif isinstance(b, T):
            rows = []
            for n, r in enumerate(b.rows):
                cell = f["th"] if (n == 0 and b.header) else f["td"]
                rows.append(f["tr"].format("".join(cell.format(inline(c)) for c in r)))
            out.append(f["table"].format("".join(rows)))
        elif isinstance(b, IMG):
            src = ' src="%s"' % GIF if b.gif else ""
            out.append(f["img"].format(alt=e(b.alt), src=src))
            if b.cap:
                out.append(f["cap"].format(inline(b.cap)))
        elif isinstance(b, RAW):
            out.append(b.html)
        else:
            raise TypeError(b)
    return "\n".join(out)


def paragraphs(blocks):
    out = []
    for b in blocks:
        if isinstance(b, P):
            out.append(plain(b.text).strip(" \u3000"))
        elif isinstance(b, H):
            out.append(plain(b.text).strip())
        elif isinstance(b, L):
            out.extend(plain(i).strip() for i in b.items)
        elif isinstance(b, T):
            out.extend(" ".join(plain(c).strip() for c in r) for r in b.rows)
    return out


def doc(title, css, body, lang="zh-CN", head_extra=""):
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(title)}</title>\n{head_extra}"
        f"<style>\n{css.strip()}\n</style>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )


def links(items, fmt='<a href="#">{}</a>', sep=""):
    return sep.join(fmt.format(e(i)) for i in items)
