"""Building blocks for the zh-blind77 pages.

A page description (src/pages/xz_NN.py) defines PAGE, a dict with
  id, kind, lang, region, site, features  -- metadata for gold/README
  title_tag                               -- the <title> text
  css                                     -- the one embedded style sheet
  meta                                    -- optional extra <meta name=...> pairs
  parts                                   -- the body of the page in order: HTML strings
                                             (furniture) and Headline / Body objects
  authors, publish_time                   -- the gold judgements (check.py verifies
                                             they are printed on the page)
The gold title comes from the (single) Headline object marked main, the gold
body from the Body objects, so the gold is derived from exactly what is rendered.
"""
from __future__ import annotations

import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def attr(s: str) -> str:
    return _html.escape(s, quote=True)


def text_of(fragment: str) -> str:
    """The visible text of an inline HTML fragment, as the gold records it."""
    t = re.sub(r"<br\s*/?>", " ", fragment)
    t = re.sub(r"<[^>]+>", "", t)
    t = _html.unescape(t).replace("\u00a0", " ")
    return t.strip(" \t\r\n\u3000")


# --------------------------------------------------------------------------- body blocks
class Block:
    body = True

    def gold(self):
        return []


class P(Block):
    """A prose paragraph (may contain inline HTML, e.g. <strong>, an in-paragraph byline)."""

    def __init__(self, text, cls=None, body=True, raw_prefix=""):
        self.text, self.cls, self.body, self.raw_prefix = text, cls, body, raw_prefix

    def gold(self):
        return [text_of(self.text)] if self.body else []


class H(Block):
    """A sub-heading inside the body."""

    def __init__(self, text, tag=None):
        self.text, self.tag = text, tag

    def gold(self):
        return [text_of(self.text)]


class L(Block):
    """A list; numbering, if any, is part of the item text."""

    def __init__(self, items, tag="ul", cls=None):
        self.items, self.tag, self.cls = items, tag, cls

    def gold(self):
        return [text_of(i) for i in self.items]


class T(Block):
    """A table; every row (header row included) is one gold paragraph, cells joined by one space."""

    def __init__(self, rows, header=True, cls=None, caption=None, border=True):
        self.rows, self.header, self.cls, self.caption, self.border = rows, header, cls, caption, border

    def gold(self):
        out = []
        if self.caption:
            out.append(text_of(self.caption))
        for r in self.rows:
            out.append(" ".join(t for t in (text_of(c) for c in r) if t))
        return out


class IMG(Block):
    """A photo with optional caption: not body."""
    body = False

    def __init__(self, alt, caption=None, src=True, cls=None):
        self.alt, self.caption, self.src, self.cls = alt, caption, src, cls


class NOTE(Block):
    """A line inside the article box that is not body: editor, source, standalone byline,
    原标题, photo credit, 文号 ..."""
    body = False

    def __init__(self, text, cls="note", tag="p"):
        self.text, self.cls, self.tag = text, cls, tag


class SIG(Block):
    """署名 / 成文日期 / 落款 lines of an official document: body, right-aligned."""

    def __init__(self, text, cls="sig"):
        self.text, self.cls = text, cls

    def gold(self):
        return [text_of(self.text)]


class Q(Block):
    """A quoted passage (blockquote)."""

    def __init__(self, text, cls=None):
        self.text, self.cls = text, cls

    def gold(self):
        return [text_of(self.text)]


class RAW(Block):
    """Raw HTML inside the article container that is not body (video box, ad, QR card)."""
    body = False

    def __init__(self, html):
        self.html = html


class Body:
    """The article body. style keys:
      mode    'p' (one <p> per paragraph), 'div' (one <div> each), 'br' (text runs separated
              by <br><br> inside one container, old CMS), 'section' (WeChat-like <section><p>)
      indent  '' | 'u3000' (two U+3000 in the text) | 'nbsp' (four &nbsp;) | 'css'
      heading 'strong' | 'h3' | 'h4' | 'b' | 'p-bold-class'
      wrap    (open, close) HTML around the blocks
    """

    def __init__(self, blocks, mode="p", indent="", heading="strong", wrap=("<div class=\"article-content\">", "</div>"),
                 p_cls=None):
        self.blocks, self.mode, self.indent, self.heading, self.wrap, self.p_cls = blocks, mode, indent, heading, wrap, p_cls

    # -- gold
    def gold(self):
        out = []
        for b in self.blocks:
            if b.body:
                out.extend(b.gold())
        return [x for x in out if x]

    # -- html
    def _ind(self, text):
        if self.indent == "u3000":
            return "\u3000\u3000" + text
        if self.indent == "nbsp":
            return "&nbsp;&nbsp;&nbsp;&nbsp;" + text
        return text

    def _para(self, inner, cls=None):
        cls = cls or self.p_cls
        c = f' class="{cls}"' if cls else ""
        if self.mode == "div":
            return f"<div{c}>{inner}</div>"
        if self.mode == "section":
            return f"<section{c}><p>{inner}</p></section>"
        if self.mode == "br":
            return inner + "<br><br>\n"
        return f"<p{c}>{inner}</p>"

    def _heading(self, b):
        tag = b.tag or self.heading
        if tag in ("h2", "h3", "h4", "h5"):
            return f"<{tag}>{b.text}</{tag}>"
        if tag == "b":
            return self._para(self._ind(f"<b>{b.text}</b>"))
        if tag == "plain":
            return self._para(self._ind(b.text))
        return self._para(self._ind(f"<strong>{b.text}</strong>"))

    def _img(self, b):
        src = f' src="{GIF}"' if b.src else ""
        cls = f' class="{b.cls}"' if b.cls else ""
        if self.mode == "br":
            out = f'<img{src} alt="{attr(b.alt)}"{cls}><br>'
        else:
            out = f'<p class="pic"><img{src} alt="{attr(b.alt)}"{cls}></p>'
        if b.caption:
            if self.mode == "br":
                out += f'<span class="pic-note">{b.caption}</span><br><br>\n'
            else:
                out += f'<p class="pic-note">{b.caption}</p>'
        return out

    def _table(self, b):
        cls = f' class="{b.cls}"' if b.cls else ""
        brd = ' border="1" cellspacing="0" cellpadding="4"' if b.border else ""
        rows = []
        for i, r in enumerate(b.rows):
            tag = "th" if (b.header and i == 0) else "td"
            rows.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
        cap = ""
        if b.caption:
            cap = self._para(f"<strong>{b.caption}</strong>", cls="tb-title")
        return cap + f"<table{cls}{brd}><tbody>" + "\n".join(rows) + "</tbody></table>"

    def html(self):
        out = [self.wrap[0]]
        for b in self.blocks:
            if isinstance(b, P):
                out.append(self._para(b.raw_prefix + self._ind(b.text), b.cls))
            elif isinstance(b, H):
                out.append(self._heading(b))
            elif isinstance(b, L):
                if b.tag in ("ul", "ol"):
                    c = f' class="{b.cls}"' if b.cls else ""
                    out.append(f"<{b.tag}{c}>" + "".join(f"<li>{i}</li>" for i in b.items) + f"</{b.tag}>")
                else:  # one paragraph per item
                    out.extend(self._para(self._ind(i), b.cls) for i in b.items)
            elif isinstance(b, T):
                out.append(self._table(b))
            elif isinstance(b, IMG):
                out.append(self._img(b))
            elif isinstance(b, NOTE):
                if self.mode == "br" and b.tag == "p":
                    out.append(f'<span class="{b.cls}">{b.text}</span><br><br>\n')
                else:
                    out.append(f'<{b.tag} class="{b.cls}">{b.text}</{b.tag}>')
            elif isinstance(b, SIG):
                if self.mode == "br":
                    out.append(f'<div class="{b.cls}">{b.text}</div>')
                else:
                    out.append(f'<p class="{b.cls}">{b.text}</p>')
            elif isinstance(b, Q):
                c = f' class="{b.cls}"' if b.cls else ""
                out.append(f"<blockquote{c}>{b.text}</blockquote>")
            elif isinstance(b, RAW):
                out.append(b.html)
            else:
                raise TypeError(b)
        out.append(self.wrap[1])
        return "\n".join(out)


# --------------------------------------------------------------------------- headline
class Headline:
    """The headline stack.  main: one string or a list of printed lines (joined without a
    space in Chinese, with one space in English).  yin/fu: 引题/副题 (not part of the title).
    order: the printed order of the keys 'yin', 'main', 'fu'.
    tags: element per part; line_join: how the printed lines of main are separated in HTML."""

    def __init__(self, main, yin=None, fu=None, order=("yin", "main", "fu"), tags=None, wrap=None,
                 line_join="<br>", lang="zh", main_cls=None):
        self.lines = [main] if isinstance(main, str) else list(main)
        self.yin, self.fu, self.order = yin, fu, order
        self.tags = {"yin": ("p", "yinti"), "main": ("h1", None), "fu": ("p", "futi")}
        if tags:
            self.tags.update(tags)
        self.wrap = wrap or ('<div class="title-box">', "</div>")
        self.line_join, self.lang, self.main_cls = line_join, lang, main_cls

    def title(self):
        j = " " if self.lang == "en" else ""
        return j.join(text_of(x) for x in self.lines)

    def _el(self, key, inner):
        tag, cls = self.tags[key]
        c = f' class="{cls}"' if cls else ""
        return f"<{tag}{c}>{inner}</{tag}>"

    def html(self):
        out = [self.wrap[0]]
        for k in self.order:
            if k == "yin" and self.yin:
                out.append(self._el("yin", self.yin))
            elif k == "fu" and self.fu:
                out.append(self._el("fu", self.fu))
            elif k == "main":
                if self.line_join == "span":
                    inner = "".join(f'<span class="tl">{x}</span>' for x in self.lines)
                elif self.line_join == "div":
                    inner = "".join(f"<div>{x}</div>" for x in self.lines)
                else:
                    inner = self.line_join.join(self.lines)
                out.append(self._el("main", inner))
        out.append(self.wrap[1])
        return "\n".join(out)


# --------------------------------------------------------------------------- furniture helpers
def links(items, sep="", cls=None, tag="span"):
    c = f' class="{cls}"' if cls else ""
    return f"<{tag}{c}>" + sep.join(f'<a href="#">{i}</a>' for i in items) + f"</{tag}>"


def ul(items, cls=None, a=True):
    c = f' class="{cls}"' if cls else ""
    if a:
        return f"<ul{c}>" + "".join(f'<li><a href="#">{i}</a></li>' for i in items) + "</ul>"
    return f"<ul{c}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def dated_list(items, cls="list", date_tag="span"):
    """items: (title, date) pairs."""
    return f'<ul class="{cls}">' + "".join(
        f'<li><a href="#">{t}</a><{date_tag} class="d">{d}</{date_tag}></li>' for t, d in items) + "</ul>"


def search(placeholder="请输入关键字", button="搜索", cls="search"):
    return (f'<div class="{cls}"><input type="text" placeholder="{attr(placeholder)}">'
            f'<button type="button">{button}</button></div>')


def img(alt, src=True, cls=None):
    s = f' src="{GIF}"' if src else ""
    c = f' class="{cls}"' if cls else ""
    return f'<img{s} alt="{attr(alt)}"{c}>'


def crumbs(items, label="当前位置：", sep=" &gt; ", cls="crumb"):
    parts = [f'<a href="#">{i}</a>' for i in items[:-1]] + [f"<span>{items[-1]}</span>"]
    return f'<div class="{cls}">{label}{sep.join(parts)}</div>'


def footer(lines, cls="footer", inner_tag="p"):
    return f'<div class="{cls}">' + "".join(f"<{inner_tag}>{l}</{inner_tag}>" for l in lines) + "</div>"


def render(page) -> str:
    meta = "".join(f'<meta name="{attr(k)}" content="{attr(v)}">\n' for k, v in page.get("meta", {}).items())
    parts = []
    for p in page["parts"]:
        parts.append(p if isinstance(p, str) else p.html())
    lang = "en" if page["lang"] == "en" else "zh-CN"
    return ("<!DOCTYPE html>\n"
            f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(page['title_tag'])}</title>\n{meta}"
            f"<style>\n{page['css'].strip()}\n</style>\n</head>\n<body>\n"
            + "\n".join(parts) + "\n</body>\n</html>\n")


def gold(page, set_name="zh-blind77") -> dict:
    heads = [p for p in page["parts"] if isinstance(p, Headline)]
    assert len(heads) == 1, f"{page['id']}: need exactly one Headline"
    body = []
    for p in page["parts"]:
        if isinstance(p, Body):
            body.extend(p.gold())
    return {
        "id": page["id"],
        "set": set_name,
        "lang": page["lang"],
        "kind": page["kind"],
        "title": heads[0].title(),
        "authors": list(page["authors"]),
        "publish_time": page["publish_time"],
        "body_paragraphs": body,
    }
