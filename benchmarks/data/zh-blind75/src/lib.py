"""Building blocks for the zh-blind75 pages.

A page is described once, as a list of *parts* in document order.  Parts are
either furniture (``X``: raw HTML that is never body) or body blocks (``P``,
``H``, ``BR``, ``T``, ``L``) or containers (``G``) that may mix both.  The same
block objects render the HTML and yield the gold body paragraphs, so the gold
body is exactly the text that is rendered as body.
"""
from __future__ import annotations

import html as _html
import re

_TAG = re.compile(r"<[^>]+>")
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw=="


def plain(s: str) -> str:
    """Text of an inline HTML fragment as a reader would write it down."""
    s = _TAG.sub("", s)
    s = _html.unescape(s).replace("\xa0", " ")
    s = re.sub(r"[ \t\r\n]+", " ", s)
    return s.strip(" \u3000")


class Part:
    def render(self) -> str:
        raise NotImplementedError

    def gold(self) -> list:
        return []


class X(Part):
    """Furniture: raw HTML, never body."""

    def __init__(self, h: str):
        self.h = h

    def render(self):
        return self.h


class P(Part):
    """One body paragraph.  ``text`` may hold inline tags (<strong>, <a>, <span>, <font>)."""

    def __init__(self, text: str, tag: str = "p", attrs: str = "", indent: str = ""):
        self.text, self.tag, self.attrs, self.indent = text, tag, attrs, indent

    def render(self):
        a = (" " + self.attrs) if self.attrs else ""
        return f"<{self.tag}{a}>{self.indent}{self.text}</{self.tag}>\n"

    def gold(self):
        return [plain(self.text)]


def H(text, tag="h3", attrs=""):
    """A sub-heading (body)."""
    return P(text, tag=tag, attrs=attrs)


def PS(texts, tag="p", attrs="", indent=""):
    """Several paragraphs with the same markup."""
    return [P(t, tag=tag, attrs=attrs, indent=indent) for t in texts]


class BR(Part):
    """Paragraphs separated by <br> inside one element (older CMS output)."""

    def __init__(self, lines, tag="div", attrs="", sep="<br>\n", indent=""):
        self.lines, self.tag, self.attrs, self.sep, self.indent = lines, tag, attrs, sep, indent

    def render(self):
        a = (" " + self.attrs) if self.attrs else ""
        inner = self.sep.join(self.indent + l for l in self.lines)
        return f"<{self.tag}{a}>{inner}</{self.tag}>\n"

    def gold(self):
        return [plain(l) for l in self.lines]


class T(Part):
    """A body table: one gold paragraph per row, cells joined by one space."""

    def __init__(self, rows, attrs='border="1" cellspacing="0" cellpadding="4"', header=True, caption=None):
        self.rows, self.attrs, self.header, self.caption = rows, attrs, header, caption

    def render(self):
        out = [f"<table {self.attrs}>"]
        if self.caption:
            out.append(f"<caption>{self.caption}</caption>")
        for i, row in enumerate(self.rows):
            cell = "th" if (self.header and i == 0) else "td"
            out.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in row) + "</tr>")
        out.append("</table>\n")
        return "\n".join(out)

    def gold(self):
        g = [plain(self.caption)] if self.caption else []
        return g + [" ".join(plain(c) for c in row if plain(c)) for row in self.rows]


class L(Part):
    """A body list; one paragraph per item (write any numbering into the text)."""

    def __init__(self, items, tag="ul", attrs=""):
        self.items, self.tag, self.attrs = items, tag, attrs

    def render(self):
        a = (" " + self.attrs) if self.attrs else ""
        return f"<{self.tag}{a}>\n" + "".join(f"<li>{i}</li>\n" for i in self.items) + f"</{self.tag}>\n"

    def gold(self):
        return [plain(i) for i in self.items]


class G(Part):
    """A container: opening HTML, children (body and furniture mixed), closing HTML."""

    def __init__(self, open_: str, children, close: str):
        self.open, self.children, self.close = open_, flatten(children), close

    def render(self):
        return self.open + "\n" + "".join(c.render() for c in self.children) + self.close + "\n"

    def gold(self):
        return [g for c in self.children for g in c.gold()]


def flatten(parts):
    out = []
    for p in parts:
        if isinstance(p, (list, tuple)):
            out.extend(flatten(p))
        elif isinstance(p, str):
            out.append(X(p))
        elif p is not None:
            out.append(p)
    return out


def doc(head_title: str, css: str, parts, lang: str = "zh-CN", body_attrs: str = "") -> str:
    parts = flatten(parts)
    b = (" " + body_attrs) if body_attrs else ""
    inner = "".join(p.render() for p in parts)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{head_title}</title>\n<style>\n{css.strip()}\n</style>\n</head>\n<body{b}>\n{inner}</body>\n</html>\n")


def body_of(parts):
    return [g for p in flatten(parts) for g in p.gold()]


# ---------------------------------------------------------------- furniture helpers

def img(alt: str, cls: str = "", gif: bool = False, w: int = 0, h: int = 0) -> str:
    c = f' class="{cls}"' if cls else ""
    src = f' src="{GIF}"' if gif else ""
    wh = (f' width="{w}" height="{h}"' if w else "")
    return f'<img{src}{wh} alt="{alt}"{c}>'


def links(items, sep="\n", tag="a", cls="") -> str:
    c = f' class="{cls}"' if cls else ""
    return sep.join(f'<{tag}{c} href="#">{i}</{tag}>' if tag == "a" else f"<{tag}{c}>{i}</{tag}>" for i in items)


def ul_links(items, cls="", dates=None, date_tag="span") -> str:
    c = f' class="{cls}"' if cls else ""
    out = [f"<ul{c}>"]
    for i, t in enumerate(items):
        d = f"<{date_tag}>{dates[i]}</{date_tag}>" if dates else ""
        out.append(f'<li><a href="#">{t}</a>{d}</li>')
    out.append("</ul>")
    return "\n".join(out)


def nav(items, cls="nav") -> str:
    return f'<div class="{cls}"><ul>' + "".join(f'<li><a href="#">{i}</a></li>' for i in items) + "</ul></div>\n"


def search(placeholder="请输入关键词", button="搜索", cls="search", button_as_input=False) -> str:
    b = f'<input type="submit" value="{button}">' if button_as_input else f"<button>{button}</button>"
    return f'<div class="{cls}"><input type="text" placeholder="{placeholder}">{b}</div>\n'
