"""Shared helpers for the zh-blind74 page descriptions.

A page description (src/pages/xwNN.py) defines
  META  : id, kind, lang, title, authors, publish_time
  BODY  : list of blocks (P, H, LI, TB, IMG, Q, X) -- the article body in reading order
  STYLE : optional dict of format strings telling render() how this site marks up body blocks
  CSS   : the page's embedded style sheet
  page(body_html) -> the <body> inner HTML of the whole page (furniture + body_html)
build.py renders BODY with STYLE, wraps the page with doc(), and takes the gold
body_paragraphs from the same BODY blocks (gold_paragraphs()).
"""
import html as _html
import re

# a 1x1 transparent GIF, the only image data allowed in the set
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

IDEO = "\u3000\u3000"  # two ideographic spaces: the classic paragraph indent


def P(text, **kw):
    """A body paragraph (may contain inline HTML)."""
    return ("p", text, kw)


def H(text, **kw):
    """A sub-heading inside the body."""
    return ("h", text, kw)


def LI(items, ordered=False, **kw):
    """A list; every item is one gold paragraph."""
    return ("list", list(items), dict(kw, ordered=ordered))


def TB(rows, head=True, **kw):
    """A table; every row (header row included) is one gold paragraph, cells joined by one space."""
    return ("table", [list(r) for r in rows], dict(kw, head=head))


def Q(text, **kw):
    """A quoted passage (blockquote): body."""
    return ("q", text, kw)


def IMG(alt, caption=None, **kw):
    """A picture with optional caption: never body."""
    return ("img", (alt, caption), kw)


def X(raw_html):
    """Raw HTML inside the article area that is NOT body (byline lines, editor lines, 原标题, sources)."""
    return ("raw", raw_html, {})


DEFAULT_STYLE = {
    "p": "<p>{}</p>",
    "h": "<p><strong>{}</strong></p>",
    "q": "<blockquote>{}</blockquote>",
    "ul": "<ul>{}</ul>",
    "ol": "<ol>{}</ol>",
    "li": "<li>{}</li>",
    "table": '<table border="1" cellspacing="0" cellpadding="4">{}</table>',
    "tr": "<tr>{}</tr>",
    "th": "<th>{}</th>",
    "td": "<td>{}</td>",
    "img": '<p class="pic"><img src="' + GIF + '" alt="{alt}" width="600" height="400"></p>',
    "cap": '<p class="pic-cap">{}</p>',
    "noimg": '<p class="pic"><img alt="{alt}"></p>',
}


def render(blocks, style=None):
    st = dict(DEFAULT_STYLE)
    if style:
        st.update(style)
    out = []
    for kind, val, kw in blocks:
        fmt = kw.get("fmt")
        if kind == "p":
            out.append((fmt or st["p"]).format(val))
        elif kind == "h":
            out.append((fmt or st["h"]).format(val))
        elif kind == "q":
            out.append((fmt or st["q"]).format(val))
        elif kind == "list":
            li = kw.get("li", st["li"])
            items = "".join(li.format(i) for i in val)
            wrap = kw.get("wrap", st["ol"] if kw.get("ordered") else st["ul"])
            out.append(wrap.format(items))
        elif kind == "table":
            rows = []
            for n, r in enumerate(val):
                cell = st["th"] if (n == 0 and kw.get("head")) else st["td"]
                rows.append(st["tr"].format("".join(cell.format(c) for c in r)))
            out.append(kw.get("table", st["table"]).format("".join(rows)))
        elif kind == "img":
            alt, cap = val
            out.append((kw.get("img") or st["img"]).format(alt=alt))
            if cap:
                out.append((kw.get("cap") or st["cap"]).format(cap))
        elif kind == "raw":
            out.append(val)
        else:
            raise ValueError(kind)
    return "\n".join(out)


_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"[ \t\r\n\u00a0]+")


def text_of(fragment):
    t = _html.unescape(_TAG.sub("", fragment))
    t = _WS.sub(" ", t)
    return t.strip(" \u3000")


def gold_paragraphs(blocks):
    out = []
    for kind, val, kw in blocks:
        if kind in ("p", "h", "q"):
            out.append(text_of(val))
        elif kind == "list":
            out.extend(text_of(i) for i in val)
        elif kind == "table":
            out.extend(" ".join(text_of(c) for c in r if text_of(c)) for r in val)
    return [p for p in out if p]


def doc(title, css, body, lang="zh-CN", extra_head=""):
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n{extra_head}"
        f"<style>\n{css.strip()}\n</style>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )


def img(alt, w=120, h=40, cls=None):
    """A furniture image (logo, QR code, banner): 1x1 GIF with alt text."""
    c = f' class="{cls}"' if cls else ""
    return f'<img{c} src="{GIF}" alt="{alt}" width="{w}" height="{h}">'
