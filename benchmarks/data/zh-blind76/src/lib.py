"""Shared pieces for the zh-blind76 page builder.

A page is described by one module in src/pages/ (xyNN.py).  The module gives
META (id, kind, lang, title, authors, publish_time), BLOCKS (the article as a
list of blocks), CSS (the one embedded style sheet), R (optional renderers for
the block kinds) and frame(M, body) (the page template around the article).

Block kinds and whether they are gold body:

    P   paragraph .................. body
    H   sub-heading ................ body
    L   list (one line per item) ... body
    T   table (one line per row, cells joined by one space) ... body
    ZS  主送 line of a document ..... body
    SIGN 署名 of a document ......... body
    DT  成文日期 of a document ....... body
    WH  文号 line ................... not body
    IMG image (alt) with a caption .. not body
    X   any other printed HTML inside the article box (byline lines, 原标题,
        editor lines, source lines, notes) .................. not body
"""
from __future__ import annotations

import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

BODY_KINDS = {"P", "H", "L", "T", "ZS", "SIGN", "DT"}


class Block:
    def __init__(self, kind, content, **kw):
        self.kind = kind
        self.content = content
        self.kw = kw

    def __repr__(self):
        return f"Block({self.kind!r}, {str(self.content)[:20]!r})"


def P(t, **kw):
    return Block("P", t, **kw)


def H(t, **kw):
    return Block("H", t, **kw)


def L(items, **kw):
    return Block("L", list(items), **kw)


def T(rows, **kw):
    return Block("T", [list(r) for r in rows], **kw)


def ZS(t, **kw):
    return Block("ZS", t, **kw)


def SIGN(t, **kw):
    return Block("SIGN", t, **kw)


def DT(t, **kw):
    return Block("DT", t, **kw)


def WH(t, **kw):
    return Block("WH", t, **kw)


def IMG(alt, cap=None, **kw):
    return Block("IMG", alt, cap=cap, **kw)


def X(h, **kw):
    return Block("X", h, **kw)


# ---------------------------------------------------------------- text helpers

_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


def plain(h: str) -> str:
    """The text a reader sees in an inline HTML fragment, white space folded."""
    t = _html.unescape(_TAG.sub("", h))
    t = t.replace("\u00a0", " ")
    return _WS.sub(" ", t).strip()


def esc(t: str) -> str:
    return _html.escape(t, quote=True)


def img(alt: str, cls: str = "", data: bool = False, w: int = 0, h: int = 0) -> str:
    """An image with no external source: either no src or a 1x1 data GIF."""
    c = f' class="{cls}"' if cls else ""
    size = f' width="{w}" height="{h}"' if w else ""
    if data:
        return f'<img src="{GIF}" alt="{esc(alt)}"{c}{size}>'
    return f'<img alt="{esc(alt)}"{c}{size}>'


# ---------------------------------------------------------------- rendering

def _r_p(t, kw):
    c = f' class="{kw["cls"]}"' if kw.get("cls") else ""
    return f"<p{c}>{t}</p>"


def _r_h(t, kw):
    return f"<p><strong>{t}</strong></p>"


def _r_l(items, kw):
    return "\n".join(f"<p>{i}</p>" for i in items)


def _r_t(rows, kw):
    out = ['<table border="1" cellspacing="0" cellpadding="4">']
    for n, r in enumerate(rows):
        tag = "th" if n == 0 and kw.get("head", True) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _r_zs(t, kw):
    return f"<p>{t}</p>"


def _r_sign(t, kw):
    return f'<p style="text-align:right">{t}</p>'


def _r_wh(t, kw):
    return f'<p style="text-align:center">{t}</p>'


def _r_img(alt, kw):
    cap = kw.get("cap")
    s = f'<p style="text-align:center">{img(alt)}</p>'
    if cap:
        s += f'\n<p style="text-align:center">{cap}</p>'
    return s


def _r_x(h, kw):
    return h


DEFAULT_R = {"P": _r_p, "H": _r_h, "L": _r_l, "T": _r_t, "ZS": _r_zs, "SIGN": _r_sign,
             "DT": _r_sign, "WH": _r_wh, "IMG": _r_img, "X": _r_x}


def render(blocks, R=None) -> str:
    r = dict(DEFAULT_R)
    if R:
        r.update(R)
    return "\n".join(r[b.kind](b.content, b.kw) for b in blocks)


def gold_paragraphs(blocks):
    out = []
    for b in blocks:
        if b.kind not in BODY_KINDS:
            continue
        if b.kind == "L":
            out.extend(plain(i) for i in b.content)
        elif b.kind == "T":
            out.extend(" ".join(plain(c) for c in r if plain(c)) for r in b.content)
        else:
            out.append(plain(b.content))
    return [p for p in out if p]


def page_html(mod) -> str:
    M = mod.META
    body = render(mod.BLOCKS, getattr(mod, "R", None))
    doctype = getattr(mod, "DOCTYPE", "<!DOCTYPE html>")
    lang = "en" if M["lang"] == "en" else "zh-CN"
    head_title = getattr(mod, "HEAD_TITLE", M["title"])
    css = mod.CSS.strip("\n")
    return (f'{doctype}\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{esc(head_title)}</title>\n<style>\n{css}\n</style>\n</head>\n'
            f'{mod.frame(M, body).strip()}\n</html>\n')
