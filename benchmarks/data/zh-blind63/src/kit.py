"""Building blocks for the zh-blind63 pages.

A page is described once (metadata + a list of body blocks + a template function).
The template renders the blocks with ``page.body_html()``; the same call collects the
gold body paragraphs, so the gold body is exactly the text of the blocks that are
rendered as body.  Blocks that are furniture inside the article (ads, recommended
items, captions, byline/editor lines) are ``X``/``FIG`` blocks and give no gold.
"""
from __future__ import annotations

import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def esc(s: str) -> str:
    return _html.escape(s, quote=True)


def clean(s: str) -> str:
    """Visible text of an inline HTML snippet, white space folded (gold form)."""
    s = re.sub(r"<br\s*/?>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = _html.unescape(s).replace("\u00a0", " ")
    s = re.sub(r"[ \t\r\n]+", " ", s)
    return s.strip(" \u3000")


# ---------------------------------------------------------------- blocks
class Block:
    body = True

    def gold(self):
        return []

    def render(self, page):
        raise NotImplementedError


class P(Block):
    """A body paragraph.  ``h`` is an inline HTML snippet."""

    def __init__(self, h, fmt=None):
        self.h, self.fmt = h, fmt

    def gold(self):
        return [clean(self.h)]

    def render(self, page):
        return (self.fmt or page.pfmt).format(self.h)


class H(Block):
    """A sub-heading (body)."""

    def __init__(self, h, fmt=None):
        self.h, self.fmt = h, fmt

    def gold(self):
        return [clean(self.h)]

    def render(self, page):
        return (self.fmt or page.hfmt).format(self.h)


class Q(P):
    def render(self, page):
        return (self.fmt or "<blockquote>{}</blockquote>").format(self.h)


class LI(Block):
    """A list; every item is one body paragraph."""

    def __init__(self, items, tag="ul", cls=None, item_fmt="<li>{}</li>"):
        self.items, self.tag, self.cls, self.item_fmt = items, tag, cls, item_fmt

    def gold(self):
        return [clean(i) for i in self.items]

    def render(self, page):
        c = f' class="{self.cls}"' if self.cls else ""
        return f"<{self.tag}{c}>" + "".join(self.item_fmt.format(i) for i in self.items) + f"</{self.tag}>"


class BRS(Block):
    """Lines in one element separated by <br>; every line is one body paragraph."""

    def __init__(self, lines, fmt="<p>{}</p>", sep="<br>\n", pre=""):
        self.lines, self.fmt, self.sep, self.pre = lines, fmt, sep, pre

    def gold(self):
        return [clean(l) for l in self.lines]

    def render(self, page):
        return self.fmt.format(self.sep.join(self.pre + l for l in self.lines))


class TBL(Block):
    """A table; every row (header row included) is one body paragraph, cells joined by one space."""

    def __init__(self, rows, head=1, attrs='class="tb"', cell_fmt="{}", wrap=None):
        self.rows, self.head, self.attrs, self.cell_fmt, self.wrap = rows, head, attrs, cell_fmt, wrap

    def gold(self):
        return [" ".join(clean(c) for c in r if clean(c)) for r in self.rows]

    def render(self, page):
        out = [f"<table {self.attrs}>"]
        for i, r in enumerate(self.rows):
            tag = "th" if i < self.head else "td"
            cells = []
            for c in r:
                if isinstance(c, tuple):  # (text, attrs)
                    cells.append(f"<{tag} {c[1]}>{self.cell_fmt.format(c[0])}</{tag}>")
                else:
                    cells.append(f"<{tag}>{self.cell_fmt.format(c)}</{tag}>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</table>")
        t = "\n".join(out)
        return self.wrap.format(t) if self.wrap else t

    @staticmethod
    def _c(c):
        return c[0] if isinstance(c, tuple) else c


# make tuple cells work in gold()
def _tbl_gold(self):
    rows = []
    for r in self.rows:
        cells = [clean(TBL._c(c)) for c in r]
        rows.append(" ".join(c for c in cells if c))
    return rows


TBL.gold = _tbl_gold


class G(Block):
    """Raw body HTML with its gold paragraphs given explicitly."""

    def __init__(self, h, gold):
        self.h, self._g = h, gold

    def gold(self):
        return [clean(g) for g in self._g]

    def render(self, page):
        return self.h


class X(Block):
    """Furniture inside the article (not body)."""

    body = False

    def __init__(self, h):
        self.h = h

    def render(self, page):
        return self.h


class FIG(X):
    """A photo with its caption (not body)."""

    def __init__(self, alt, cap=None, fmt='<div class="pic"><img alt="{alt}">{cap}</div>', capfmt='<p class="pic-cap">{}</p>', gif=False):
        img_alt = esc(alt)
        h = fmt.format(alt=img_alt, cap=capfmt.format(cap) if cap else "")
        if gif:
            h = h.replace("<img ", f'<img src="{GIF}" width="1" height="1" ', 1)
        super().__init__(h)


# ---------------------------------------------------------------- page
class Page:
    def __init__(self, id, kind, site, title, authors, time, body, tpl, lang="zh",
                 features="", pfmt="<p>{}</p>", hfmt="<p><strong>{}</strong></p>", **kw):
        self.id, self.kind, self.site, self.title = id, kind, site, title
        self.authors, self.time, self.body, self.tpl = authors, time, body, tpl
        self.lang, self.features, self.pfmt, self.hfmt = lang, features, pfmt, hfmt
        self.kw = kw
        self.gold_body = None

    def __getattr__(self, k):
        kw = self.__dict__.get("kw", {})
        if k in kw:
            return kw[k]
        raise AttributeError(k)

    def body_html(self, blocks=None, sep="\n"):
        blocks = self.body if blocks is None else blocks
        if self.gold_body is None:
            self.gold_body = []
        out = []
        for b in blocks:
            out.append(b.render(self))
            if b.body:
                self.gold_body.extend(b.gold())
        return sep.join(out)

    def build(self):
        self.gold_body = None
        h = self.tpl(self)
        assert self.gold_body is not None, f"{self.id}: template did not render the body"
        return h

    def gold(self):
        return {
            "id": self.id,
            "set": "zh-blind63",
            "lang": self.lang,
            "kind": self.kind,
            "title": self.title,
            "authors": list(self.authors),
            "publish_time": self.time,
            "body_paragraphs": [g for g in self.gold_body if g],
        }


def doc(title, css, body, lang="zh-CN", head_extra=""):
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)}</title>\n{head_extra}"
        f"<style>\n{css.strip()}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def links(items, sep="\n", fmt='<a href="#">{}</a>'):
    return sep.join(fmt.format(i) for i in items)


def ul(items, cls=None, fmt='<li><a href="#">{}</a></li>'):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(fmt.format(*i) if isinstance(i, tuple) else fmt.format(i) for i in items) + "</ul>"
