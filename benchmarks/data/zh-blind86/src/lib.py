"""Shared helpers for the zh-blind86 page descriptions.

A page description (src/pages/wi_NN.py) defines

* ``PAGE``   -- metadata: id, kind, lang, title, authors, publish_time, site, region, features
* ``BLOCKS`` -- the article body as a list of blocks (see below)
* ``FMT``    -- optional: how this site's template marks up each block type
* ``CSS``    -- the page's one embedded style sheet
* ``render(P, body)`` -- the site template: returns the inner HTML of <body>,
  with ``body`` (the rendered blocks) placed where the site puts its article text

Block types (the gold body is computed from the same blocks that are rendered):

* ``("p", html)``      paragraph                                  -> gold
* ``("h", html)``      sub-heading                                -> gold
* ``("li", [html..])`` list, one gold paragraph per item          -> gold
* ``("table", rows)``  table; rows = lists of cell html; one gold paragraph per
                       row (header row included), cells joined by one space
* ``("sign", html)``   signature / date line of a document (right aligned) -> gold
* ``("img", alt, caption)`` picture (alt text) + caption (may be None)  -> not gold
* ``("x", html)``      a line inside the article area that is not body
                       (editor, source, 原标题, byline on its own)      -> not gold
* ``("raw", html, [gold paragraphs])`` anything else, gold given explicitly
"""
from __future__ import annotations

import html as _html
import re

SET = "zh-blind86"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

_TAG = re.compile(r"<[^>]+>")


def text_of(fragment: str) -> str:
    """Visible text of an inline HTML fragment, white space folded as a browser does
    (ASCII white space runs -> one space; no-break spaces -> spaces, kept)."""
    s = _TAG.sub("", fragment)
    s = re.sub(r"[ \t\r\n]+", " ", s)
    s = _html.unescape(s).replace("\xa0", " ")
    return s.strip(" \u3000")


DEFAULT_FMT = {
    "p": "<p>{t}</p>",
    "h": "<h3>{t}</h3>",
    "li_wrap": "<ul>{t}</ul>",
    "li": "<li>{t}</li>",
    "table_wrap": '<table class="tb" border="1" cellspacing="0" cellpadding="4">{t}</table>',
    "th": "<th>{t}</th>",
    "td": "<td>{t}</td>",
    "tr": "<tr>{t}</tr>",
    "sign": '<p style="text-align:right">{t}</p>',
    "img": '<p class="pic" style="text-align:center"><img alt="{alt}" src="' + GIF + '" width="600" height="400"></p>',
    "cap": '<p class="cap" style="text-align:center">{t}</p>',
    "x": "<p>{t}</p>",
    "join": "\n",
}


def render_body(blocks, fmt=None) -> str:
    f = dict(DEFAULT_FMT)
    f.update(fmt or {})
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(f["p"].format(t=b[1]))
        elif k == "h":
            out.append(f["h"].format(t=b[1]))
        elif k == "li":
            items = "".join(f["li"].format(t=i) for i in b[1])
            out.append(f["li_wrap"].format(t=items))
        elif k == "table":
            rows = []
            for n, row in enumerate(b[1]):
                cell = f["th"] if n == 0 else f["td"]
                rows.append(f["tr"].format(t="".join(cell.format(t=c) for c in row)))
            out.append(f["table_wrap"].format(t="".join(rows)))
        elif k == "sign":
            out.append(f["sign"].format(t=b[1]))
        elif k == "img":
            out.append(f["img"].format(alt=_html.escape(b[1], quote=True)))
            if len(b) > 2 and b[2]:
                out.append(f["cap"].format(t=b[2]))
        elif k == "x":
            out.append(f["x"].format(t=b[1]))
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(f"unknown block type {k!r}")
    return f["join"].join(out)


def gold_body(blocks):
    paras = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "sign"):
            paras.append(text_of(b[1]))
        elif k == "li":
            paras.extend(text_of(i) for i in b[1])
        elif k == "table":
            paras.extend(" ".join(text_of(c) for c in row if text_of(c)) for row in b[1])
        elif k == "raw":
            paras.extend(b[2])
    return [p for p in paras if p]


def document(head_title: str, css: str, body_inner: str, lang: str = "zh-CN") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{head_title}</title>\n"
        f"<style>\n{css.strip()}\n</style>\n</head>\n"
        f"<body>\n{body_inner.strip()}\n</body>\n</html>\n"
    )


def links(items, sep="\n", fmt='<a href="#">{t}</a>'):
    """A run of links (navigation, related lists)."""
    return sep.join(fmt.format(t=t) for t in items)


def lis(items, fmt='<li><a href="#">{t}</a></li>'):
    return "".join(fmt.format(t=t) for t in items)
