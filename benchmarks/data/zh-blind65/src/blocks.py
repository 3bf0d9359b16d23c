"""Body blocks: each block renders to HTML and yields its gold paragraphs.

The page builder renders a page's BODY list with these blocks, so the gold
body_paragraphs come from exactly the blocks that are printed as the body.
Furniture that sits inside the article area (bylines on their own line,
captions, editor and source lines) is written with X() and yields nothing.
"""
from __future__ import annotations

import html as _html
import random
import re

IND = "\u3000\u3000"          # two ideographic spaces: the classic paragraph indent
NBSP4 = "&nbsp;" * 4

_TAG = re.compile(r"<[^>]+>")


def text_of(fragment: str) -> str:
    """Gold text of an inline HTML fragment: tags dropped, entities decoded,
    white space folded, indents stripped."""
    t = _TAG.sub("", fragment)
    t = _html.unescape(t).replace("\u00a0", " ")
    t = re.sub(r"[ \t\r\n]+", " ", t)
    return t.strip(" \u3000")


def wrap(text: str, lo: int = 30, hi: int = 40, seed: str | None = None) -> list[str]:
    """Hard-wrap text at lo..hi characters (as a Word paste or an old CMS does),
    never inside a run of Latin letters or digits."""
    rnd = random.Random(seed if seed is not None else text)
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + rnd.randint(lo, hi))
        while 0 < j < len(text) and re.match(r"[A-Za-z0-9.%]", text[j - 1]) and re.match(r"[A-Za-z0-9.%]", text[j]):
            j += 1
        while 0 < j < len(text) and text[j] in "，。、；：！？”）》…％":
            j += 1  # no line starts with closing punctuation (Word's line-breaking rule)
        while i + 1 < j < len(text) and text[j - 1] in "“（《‘【":
            j -= 1  # and none ends with opening punctuation
        out.append(text[i:j])
        i = j
    return out


class Block:
    def html(self) -> str:
        raise NotImplementedError

    def gold(self) -> list[str]:
        return []


class P(Block):
    """<p> paragraph. indent: '' | IND | NBSP4 | any prefix. Text may hold inline tags."""

    def __init__(self, text, indent="", cls=None, tag="p", style=None):
        self.text, self.indent, self.cls, self.tag, self.style = text, indent, cls, tag, style

    def html(self):
        attrs = (f' class="{self.cls}"' if self.cls else "") + (f' style="{self.style}"' if self.style else "")
        return f"<{self.tag}{attrs}>{self.indent}{self.text}</{self.tag}>"

    def gold(self):
        return [text_of(self.text)]


def H(text, tag="h3", cls=None, indent=""):
    """A sub-heading (body)."""
    return P(text, indent=indent, cls=cls, tag=tag)


def B(text, indent=IND, cls=None):
    """A bold sub-heading inside a <p>, as CMS editors make them."""
    return P(f"<strong>{text}</strong>", indent=indent, cls=cls)


class BRP(Block):
    """Word paste: paragraphs hard-broken with <br> every lo..hi characters.
    All paragraphs in ``paras`` sit in ONE element (a new paragraph starts
    on a new line with the indent); pass one paragraph for one-<p>-each."""

    def __init__(self, paras, indent=IND, lo=30, hi=40, tag="p", cls=None, first_indent=True):
        self.paras = [paras] if isinstance(paras, str) else list(paras)
        self.indent, self.lo, self.hi, self.tag, self.cls = indent, lo, hi, tag, cls
        self.first_indent = first_indent

    def html(self):
        lines = []
        for k, para in enumerate(self.paras):
            ln = wrap(para, self.lo, self.hi)
            if "<" not in para:
                ln = [_html.escape(x, quote=False) for x in ln]
            ind = self.indent if (k or self.first_indent) else ""
            ln[0] = ind + ln[0]
            lines.extend(ln)
        cls = f' class="{self.cls}"' if self.cls else ""
        return f"<{self.tag}{cls}>" + "<br>\n".join(lines) + f"</{self.tag}>"

    def gold(self):
        return [text_of(p) for p in self.paras]


class LINES(Block):
    """Paragraphs as lines of one container joined by <br>, no blank line
    between them (indented notices, run-on numbered items). Each entry is a
    paragraph; entries given as X('...') are furniture lines; an entry
    (indent, text) sets its own indent."""

    def __init__(self, items, indent=IND, tag="div", cls=None, br="<br>\n"):
        self.items, self.indent, self.tag, self.cls, self.br = list(items), indent, tag, cls, br

    def html(self):
        parts = []
        for it in self.items:
            if isinstance(it, X):
                parts.append(it.html())
            elif isinstance(it, tuple):      # (own indent, text)
                parts.append(it[0] + it[1])
            else:
                parts.append(self.indent + it)
        cls = f' class="{self.cls}"' if self.cls else ""
        return f"<{self.tag}{cls}>" + self.br.join(parts) + f"</{self.tag}>"

    def gold(self):
        return [text_of(it[1] if isinstance(it, tuple) else it) for it in self.items if not isinstance(it, X)]


class DIVS(Block):
    """One <div> per paragraph (no margins, so no blank line between them)."""

    def __init__(self, items, indent=IND, cls=None):
        self.items, self.indent, self.cls = list(items), indent, cls

    def html(self):
        cls = f' class="{self.cls}"' if self.cls else ""
        return "\n".join(it.html() if isinstance(it, X) else f"<div{cls}>{self.indent}{it}</div>" for it in self.items)

    def gold(self):
        return [text_of(it) for it in self.items if not isinstance(it, X)]


class PRE(Block):
    """Text in a <pre> block, hard-wrapped. ``paras`` items: ('p', text) wrapped
    with an indent, ('h', text) a heading line, ('l', text) a body line as is,
    ('row', cells, widths) a table row padded with spaces, ('blank',) an empty line,
    ('x', text) a furniture line (not body)."""

    def __init__(self, paras, indent=IND, lo=30, hi=38, cls=None):
        self.paras, self.indent, self.lo, self.hi, self.cls = paras, indent, lo, hi, cls

    def html(self):
        out = []
        for it in self.paras:
            if it[0] == "p":
                ln = wrap(it[1], self.lo, self.hi)
                ln[0] = self.indent + ln[0]
                out.extend(ln)
            elif it[0] in ("h", "x", "l"):
                out.append(it[1])
            elif it[0] == "row":
                cells, widths = it[1], it[2]
                out.append("".join(c + " " * max(2, w - TEXTTABLE._w(c)) for c, w in zip(cells[:-1], widths)) + cells[-1])
            else:
                out.append("")
        cls = f' class="{self.cls}"' if self.cls else ""
        return f"<pre{cls}>" + _html.escape("\n".join(out), quote=False) + "</pre>"

    def gold(self):
        return [" ".join(it[1]) if it[0] == "row" else it[1].strip(" \u3000")
                for it in self.paras if it[0] in ("p", "h", "l", "row")]


class UL(Block):
    def __init__(self, items, tag="ul", cls=None):
        self.items, self.tag, self.cls = items, tag, cls

    def html(self):
        cls = f' class="{self.cls}"' if self.cls else ""
        return f"<{self.tag}{cls}>" + "".join(f"<li>{i}</li>" for i in self.items) + f"</{self.tag}>"

    def gold(self):
        return [text_of(i) for i in self.items]


class TABLE(Block):
    """A real <table>; gold: one paragraph per row, cells joined by one space."""

    def __init__(self, rows, header=True, cls="tb", caption=None):
        self.rows, self.header, self.cls, self.caption = rows, header, cls, caption

    def html(self):
        out = [f'<table class="{self.cls}">']
        for k, row in enumerate(self.rows):
            td = "th" if (k == 0 and self.header) else "td"
            out.append("<tr>" + "".join(f"<{td}>{c}</{td}>" for c in row) + "</tr>")
        out.append("</table>")
        return "\n".join(out)

    def gold(self):
        return [" ".join(text_of(c) for c in row) for row in self.rows]


class TEXTTABLE(Block):
    """A table pasted as text: cells padded with spaces (&nbsp;) in one <p>
    (or <div>), rows broken with <br> (or, in a white-space:pre element,
    with plain newlines: br="\\n", pad=" "). Gold: cells joined by one space."""

    def __init__(self, rows, widths=None, tag="p", cls=None, pad="&nbsp;", br="<br>\n"):
        self.rows, self.widths, self.tag, self.cls, self.pad, self.br = rows, widths, tag, cls, pad, br

    @staticmethod
    def _w(s):
        return sum(2 if ord(ch) > 0x2e7f else 1 for ch in s)

    def html(self):
        ncol = max(len(r) for r in self.rows)
        widths = self.widths or [max(self._w(r[i]) for r in self.rows if i < len(r)) + 2 for i in range(ncol)]
        lines = []
        for r in self.rows:
            cells = []
            for i, c in enumerate(r):
                gap = max(2, widths[i] - self._w(c)) if i < len(r) - 1 else 0
                cells.append(_html.escape(c, quote=False) + self.pad * gap)
            lines.append("".join(cells))
        cls = f' class="{self.cls}"' if self.cls else ""
        return f"<{self.tag}{cls}>" + self.br.join(lines) + f"</{self.tag}>"

    def gold(self):
        return [" ".join(c.strip() for c in r) for r in self.rows]


class IMG(Block):
    """A photo (alt text, no src) and an optional caption: never body."""

    def __init__(self, alt, caption=None, cls="pic", cap_cls="caption", gif=False, cap_tag="p"):
        self.alt, self.caption, self.cls, self.cap_cls, self.gif, self.cap_tag = alt, caption, cls, cap_cls, gif, cap_tag

    def html(self):
        src = ' src="data:image/gif;base64,R0lGODlhAQABAAAAACw="' if self.gif else ""
        s = f'<p class="{self.cls}"><img{src} alt="{_html.escape(self.alt)}"></p>'
        if self.caption:
            s += f'\n<{self.cap_tag} class="{self.cap_cls}">{self.caption}</{self.cap_tag}>'
        return s


class X(Block):
    """Furniture inside the article area (byline line, editor line, source,
    caption, 文号 line...): rendered, never body."""

    def __init__(self, fragment):
        self.fragment = fragment

    def html(self):
        return self.fragment


class G(Block):
    """Escape hatch: arbitrary HTML with its gold paragraphs stated."""

    def __init__(self, fragment, gold):
        self.fragment, self._gold = fragment, list(gold)

    def html(self):
        return self.fragment

    def gold(self):
        return self._gold


def render(blocks) -> tuple[str, list[str]]:
    htmls, gold = [], []
    for b in blocks:
        if isinstance(b, str):
            b = P(b, indent=IND)
        htmls.append(b.html())
        gold.extend(b.gold())
    return "\n".join(htmls), gold
