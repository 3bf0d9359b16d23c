"""Building blocks for the zh-blind59 page descriptions.

A page description (src/pages/xhNN.py) lists its article body as a list of
blocks.  Every block knows its HTML and the gold paragraphs it contributes, so
the gold body is taken from exactly the blocks that are rendered as body:

    P(text)            a paragraph                      -> 1 gold paragraph
    H(text)            a sub-heading                    -> 1 gold paragraph
    LI(items)          <ul>/<ol> list                   -> 1 gold paragraph per item
    TABLE(rows)        a table                          -> 1 gold paragraph per row
                                                           (cells joined by one space)
    IMG(alt, caption)  a photo with caption             -> nothing (captions are not body)
    CAP(alt, caption)  photo story: caption is the body -> 1 gold paragraph
    X(html)            anything else inside the article -> nothing (editor lines,
                       原标题, standalone bylines, buttons ...)
    WRAP(open, blocks, close)   wrap blocks in markup   -> the blocks' paragraphs

Inline markup inside a text (``<strong>``, ``<a>``, ``<span>``) is allowed; the
gold paragraph is the text with tags removed, entities decoded, no-break
spaces made spaces and runs of white space folded to one space (leading U+3000
indents dropped).
"""
from __future__ import annotations

import html as _html
import re
from typing import Iterable, List, Sequence

NBSP = "\u00a0"
IDEO = "\u3000"


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def clean(fragment: str) -> str:
    """Visible text of an inline HTML fragment, white space folded."""
    t = re.sub(r"<br\s*/?>", " ", fragment)
    t = re.sub(r"<[^>]+>", "", t)
    t = _html.unescape(t).replace(NBSP, " ")
    t = re.sub(r"[ \t\r\n\u3000]+", " ", t)
    return t.strip()


class Block:
    def __init__(self, html: str, gold: Sequence[str] = ()):
        self.html = html
        self.gold = list(gold)

    def __str__(self) -> str:
        return self.html


def _attrs(cls=None, style=None, extra=None) -> str:
    out = ""
    if cls:
        out += f' class="{cls}"'
    if style:
        out += f' style="{style}"'
    if extra:
        out += " " + extra
    return out


INDENTS = {None: "", "ideo": IDEO * 2, "nbsp": "&nbsp;" * 4, "nbsp2": "&nbsp;&nbsp;", "sp": "  "}


def P(text: str, cls=None, style=None, indent=None, tag="p", extra=None) -> Block:
    """A body paragraph.  indent: None, 'ideo' (two U+3000), 'nbsp' (four &nbsp;)."""
    pre = INDENTS[indent]
    return Block(f"<{tag}{_attrs(cls, style, extra)}>{pre}{text}</{tag}>", [clean(text)])


def H(text: str, tag="h3", cls=None, style=None, inner=None) -> Block:
    """A sub-heading.  inner='strong' wraps the text: <p><strong>..</strong></p>."""
    body = f"<{inner}>{text}</{inner}>" if inner else text
    return Block(f"<{tag}{_attrs(cls, style)}>{body}</{tag}>", [clean(text)])


def LI(items: Iterable[str], ordered=False, cls=None, style=None) -> Block:
    items = list(items)
    tag = "ol" if ordered else "ul"
    inner = "".join(f"<li>{i}</li>" for i in items)
    return Block(f"<{tag}{_attrs(cls, style)}>{inner}</{tag}>", [clean(i) for i in items])


def TABLE(rows: Sequence[Sequence[str]], cls=None, attrs=None, header=True, caption=None,
          wrap_p=False) -> Block:
    """rows[0] is the header row when header=True (still one gold paragraph).
    wrap_p puts each cell's text in <p> as Word-exported government tables do."""
    out = [f"<table{_attrs(cls, None, attrs)}>"]
    if caption:
        out.append(f"<caption>{caption}</caption>")
    gold = []
    for n, row in enumerate(rows):
        tag = "th" if (header and n == 0) else "td"
        cells = []
        for c in row:
            inner = f"<p>{c}</p>" if wrap_p else c
            cells.append(f"<{tag}>{inner}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
        gold.append(" ".join(clean(c) for c in row if clean(c)))
    out.append("</table>")
    g = ([clean(caption)] if caption else []) + gold
    return Block("\n".join(out), g)


def IMG(alt: str, caption: str = None, cls="pic", cap_cls="pic-cap", cap_tag="p", img_attrs="",
        wrap="p") -> Block:
    """A photo (no src) and its caption; neither is body."""
    img = f'<img alt="{_html.escape(alt)}"{(" " + img_attrs) if img_attrs else ""}>'
    h = f"<{wrap}{_attrs(cls)}>{img}</{wrap}>"
    if caption:
        h += f"<{cap_tag}{_attrs(cap_cls)}>{caption}</{cap_tag}>"
    return Block(h, [])


def CAP(alt: str, caption: str, cls="pic", cap_cls="pic-cap", cap_tag="p", wrap="p") -> Block:
    """Photo story: the caption is the article text, so it is body."""
    b = IMG(alt, caption, cls, cap_cls, cap_tag, wrap=wrap)
    return Block(b.html, [clean(caption)])


def X(html: str) -> Block:
    return Block(html, [])


def WRAP(open_: str, blocks: Sequence[Block], close: str) -> Block:
    return Block(open_ + "\n".join(b.html for b in blocks) + close,
                 [g for b in blocks for g in b.gold])


def render(blocks: Sequence[Block], sep="\n") -> str:
    return sep.join(b.html for b in blocks)


def gold_body(blocks: Sequence[Block]) -> List[str]:
    return [g for b in blocks for g in b.gold]


GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def gif(alt="", attrs="") -> str:
    """A 1x1 data-URI GIF image."""
    return f'<img src="{GIF}" alt="{_html.escape(alt)}"{(" " + attrs) if attrs else ""}>'


def lis(items: Iterable[str], sep="") -> str:
    return sep.join(f"<li>{i}</li>" for i in items)


def links(items: Iterable[str], sep="") -> str:
    return sep.join(f'<a href="#">{i}</a>' for i in items)


def ali(items: Iterable[str], sep="") -> str:
    """<li><a href="#">item</a></li> for each item."""
    return sep.join(f'<li><a href="#">{i}</a></li>' for i in items)
