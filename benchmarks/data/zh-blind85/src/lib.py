"""Helpers shared by the page descriptions of zh-blind85.

A page description (src/pages/whNN.py) gives the page's metadata, its article
as a list of blocks, and a render() function holding the page's own template.
The template turns the blocks into HTML with render_body(); the gold body is
taken from the very same blocks with gold_body(), so what is rendered as body
and what the gold calls body cannot drift apart.

Block kinds (tuples made by the constructors below):
  body:     P  paragraph          H  sub-heading        LI list (one paragraph per item)
            T  table (one paragraph per row, cells joined by one space)
            SIGN signature / date line of an official document (right aligned)
  not body: IMG image (alt text)   CAP photo caption     NB any other line inside the
            article area (byline on its own line, editor, source, 原标题, 文号, notes)
  RAW(html, gold=[...]) for one-off markup; gold lists the paragraphs it holds.

Inline markup inside texts: **bold** becomes <strong>; [u]x[/u] becomes <u>x</u>;
the markers never reach the gold.
"""
import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def esc(s):
    s = _html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = s.replace("[u]", "<u>").replace("[/u]", "</u>")
    return s


def plain(s):
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = s.replace("[u]", "").replace("[/u]", "")
    s = re.sub(r"[ \t\n\r]+", " ", s)  # HTML collapses these; U+3000 and NBSP stay
    return s.strip().strip("\u3000").strip()


# ---- block constructors --------------------------------------------------
def P(text, **kw):
    return ("p", text, kw)


def H(text, **kw):
    return ("h", text, kw)


def LI(items, **kw):
    return ("li", list(items), kw)


def T(rows, **kw):
    return ("t", [list(r) for r in rows], kw)


def SIGN(text, **kw):
    return ("sign", text, kw)


def IMG(alt="", **kw):
    return ("img", alt, kw)


def CAP(text, **kw):
    return ("cap", text, kw)


def NB(text, **kw):
    return ("nb", text, kw)


def RAW(markup, gold=(), **kw):
    return ("raw", markup, dict(kw, gold=list(gold)))


BODY_KINDS = {"p", "h", "li", "t", "sign"}


def gold_body(blocks):
    out = []
    for kind, val, kw in blocks:
        if kind in ("p", "h", "sign"):
            out.append(plain(val))
        elif kind == "li":
            out.extend(plain(x) for x in val)
        elif kind == "t":
            out.extend(" ".join(plain(c) for c in row if plain(c)) for row in val)
        elif kind == "raw":
            out.extend(kw["gold"])
    return [x for x in out if x]


# ---- rendering -----------------------------------------------------------
DEFAULT = {
    "p": '<p>{t}</p>',
    "h": '<h3>{t}</h3>',
    "li": '<ul>{items}</ul>',
    "li_item": '<li>{t}</li>',
    "sign": '<p style="text-align:right">{t}</p>',
    "img": '<p style="text-align:center"><img src="' + GIF + '" alt="{t}" width="600" height="400"></p>',
    "cap": '<p class="cap" style="text-align:center">{t}</p>',
    "nb": '<p>{t}</p>',
    "table": '<table border="1" cellspacing="0" cellpadding="4">{rows}</table>',
    "tr": '<tr>{cells}</tr>',
    "th": '<th>{t}</th>',
    "td": '<td>{t}</td>',
    "join": "\n",
}


def render_body(blocks, style=None):
    st = dict(DEFAULT)
    st.update(style or {})
    parts = []
    for kind, val, kw in blocks:
        fmt = kw.get("fmt")
        if kind == "p":
            parts.append((fmt or st["p"]).format(t=esc(val)))
        elif kind == "h":
            parts.append((fmt or st["h"]).format(t=esc(val)))
        elif kind == "sign":
            parts.append((fmt or st["sign"]).format(t=esc(val)))
        elif kind == "li":
            item = kw.get("item") or st["li_item"]
            items = "".join(item.format(t=esc(x)) for x in val)
            parts.append((fmt or st["li"]).format(items=items))
        elif kind == "t":
            rows = []
            head = kw.get("head", True)
            for i, row in enumerate(val):
                cell = st["th"] if (i == 0 and head) else st["td"]
                rows.append(st["tr"].format(cells="".join(cell.format(t=esc(c)) for c in row)))
            parts.append((fmt or st["table"]).format(rows="".join(rows)))
        elif kind == "img":
            parts.append((fmt or st["img"]).format(t=_html.escape(val, quote=True)))
        elif kind == "cap":
            parts.append((fmt or st["cap"]).format(t=esc(val)))
        elif kind == "nb":
            parts.append((fmt or st["nb"]).format(t=esc(val)))
        elif kind == "raw":
            parts.append(val)
        else:
            raise ValueError(kind)
    return st["join"].join(parts)


def doc(title, css, body, lang="zh-CN", head_extra=""):
    """A whole page: one embedded <style>, no scripts, no external resources."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_html.escape(title, quote=False)}</title>\n"
        f"{head_extra}"
        f"<style>\n{css.strip()}\n</style>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )


def links(names, fmt='<a href="#">{}</a>', sep=""):
    return sep.join(fmt.format(esc(n)) for n in names)


def li_links(names, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li{c}><a href="#">{esc(n)}</a></li>' for n in names)


def img(alt, w=120, h=80, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f'<img{c} src="{GIF}" alt="{_html.escape(alt, quote=True)}" width="{w}" height="{h}">'


def noimg(alt, cls=None):
    """An image saved without its file: only the alt text."""
    c = f' class="{cls}"' if cls else ""
    return f'<img{c} alt="{_html.escape(alt, quote=True)}">'
