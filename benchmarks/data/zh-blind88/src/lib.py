"""Shared helpers for the zh-blind88 page descriptions.

A page description (src/pages/wkNN.py) holds the page's metadata (PAGE), its
article body as a list of blocks (BLOCKS) and a render() function with the
page's own site template.  render() turns the blocks into HTML with body(),
which returns the HTML *and* the gold paragraphs taken from the very same
blocks, so the gold body is always what is rendered as body.

Block kinds (body = goes into gold body_paragraphs):

  P(text)            paragraph                      body
  H(text)            sub-heading                    body
  L(items, ordered)  list, one paragraph per item   body
  T(rows, ...)       table, one paragraph per row   body (cells joined by one space)
  Q(text)            quoted passage (blockquote)    body
  SIGN(text)         署名 / 成文日期 (right-aligned)   body
  IMG(alt, caption)  picture + caption              not body
  CAP(text)          caption line on its own         not body
  BY(text)           byline line on its own          not body
  NOTE(text)         editor / source / 原标题 / 文号 line, any non-body line
  RAW(html)          any non-body markup inside the article area
  BODYRAW(html, text) body paragraph with custom markup; `text` is its gold

Text may carry inline markup (<strong>, <a>, <span>); the gold text is the
markup with tags removed and entities decoded, trimmed of white space and
U+3000 indents.
"""
from __future__ import annotations

import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def P(text, **kw):
    return dict(k="p", t=text, **kw)


def H(text, **kw):
    return dict(k="h", t=text, **kw)


def L(items, ordered=False, **kw):
    return dict(k="l", items=list(items), ordered=ordered, **kw)


def T(rows, head=True, **kw):
    return dict(k="t", rows=[list(r) for r in rows], head=head, **kw)


def Q(text, **kw):
    return dict(k="q", t=text, **kw)


def SIGN(text, **kw):
    return dict(k="sign", t=text, **kw)


def IMG(alt="", caption=None, **kw):
    return dict(k="img", alt=alt, cap=caption, **kw)


def CAP(text, **kw):
    return dict(k="cap", t=text, **kw)


def BY(text, **kw):
    return dict(k="by", t=text, **kw)


def NOTE(text, **kw):
    return dict(k="note", t=text, **kw)


def RAW(html_text):
    return dict(k="raw", html=html_text)


def BODYRAW(html_text, text):
    return dict(k="bodyraw", html=html_text, t=text)


_TAG = re.compile(r"<[^>]+>")
_EDGE = " \t\r\n\u3000\u00a0"


def plain(markup: str) -> str:
    """Gold text of a piece of inline markup."""
    t = _html.unescape(_TAG.sub("", markup))
    t = t.replace("\u00a0", " ")
    return t.strip(_EDGE)


def img(alt="", gif=False, cls=None, w=None, h=None):
    """An <img>: no src (alt shows) or a 1x1 data-URI GIF."""
    a = f' alt="{_html.escape(alt)}"'
    c = f' class="{cls}"' if cls else ""
    size = (f' width="{w}"' if w else "") + (f' height="{h}"' if h else "")
    src = f' src="{GIF}"' if gif else ""
    return f"<img{src}{a}{c}{size}>"


# ---------------------------------------------------------------- body rendering

def _default_p(style):
    if style == "p":
        return lambda t, b: f"<p>{t}</p>"
    if style == "indent":  # CSS indent
        return lambda t, b: f'<p style="text-indent:2em">{t}</p>'
    if style == "u3000":  # two ideographic spaces typed into the text
        return lambda t, b: f"<p>\u3000\u3000{t}</p>"
    if style == "nbsp":  # old CMS: four &nbsp; in front
        return lambda t, b: f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>"
    if style == "div":
        return lambda t, b: f"<div class=\"para\">{t}</div>"
    if style == "font":  # 2010s word-pasted markup
        return lambda t, b: (f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt">'
                             f'<span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>')
    if style == "section":  # WeChat editor
        return lambda t, b: (f'<section style="margin:0 8px 16px;line-height:1.75em;">'
                             f'<span style="font-size:15px;letter-spacing:1px;">{t}</span></section>')
    raise ValueError(style)


def _default_h(style):
    if style == "strong":
        return lambda t, b: f"<p><strong>{t}</strong></p>"
    if style == "strong-indent":
        return lambda t, b: f'<p style="text-indent:2em"><strong>{t}</strong></p>'
    if style in ("h2", "h3", "h4"):
        return lambda t, b: f"<{style}>{t}</{style}>"
    if style == "b-u3000":
        return lambda t, b: f"<p>\u3000\u3000<b>{t}</b></p>"
    if style == "font":
        return lambda t, b: (f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt">'
                             f'<span style="font-family:黑体;font-size:16pt">{t}</span></p>')
    if style == "center":
        return lambda t, b: f'<p style="text-align:center"><strong>{t}</strong></p>'
    if style == "section":
        return lambda t, b: (f'<section style="margin:24px 8px 12px;text-align:center;">'
                             f'<span style="font-size:17px;color:#c00;font-weight:bold;">{t}</span></section>')
    raise ValueError(style)


def body(blocks, p="p", h="strong", pf=None, hf=None, table_cls="bt", img_f=None, cap_f=None,
         note_f=None, by_f=None, sign_f=None, list_f=None, q_f=None, joiner="\n"):
    """Render blocks -> (html, gold paragraphs).

    p / h name a paragraph / heading style (see _default_p/_default_h); pf / hf
    override them with a function (markup, block) -> html.  The other *_f
    arguments override the markup of the other block kinds.
    """
    pf = pf or _default_p(p)
    hf = hf or _default_h(h)
    out, gold = [], []
    for b in blocks:
        k = b["k"]
        if k == "p":
            out.append(b.get("f", pf)(b["t"], b))
            gold.append(plain(b["t"]))
        elif k == "h":
            out.append(b.get("f", hf)(b["t"], b))
            gold.append(plain(b["t"]))
        elif k == "l":
            if list_f:
                out.append(list_f(b))
            else:
                tag = "ol" if b["ordered"] else "ul"
                out.append(f"<{tag}>" + "".join(f"<li>{i}</li>" for i in b["items"]) + f"</{tag}>")
            gold.extend(plain(i) for i in b["items"])
        elif k == "t":
            rows = b["rows"]
            cls = b.get("cls", table_cls)
            parts = [f'<table class="{cls}" cellspacing="0" cellpadding="4" border="1">']
            for i, r in enumerate(rows):
                cell = "th" if (i == 0 and b["head"] and not b.get("td_head")) else "td"
                parts.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in r) + "</tr>")
            parts.append("</table>")
            cap = b.get("title")
            html_t = "".join(parts)
            if cap:  # a table title printed above the table is a body line too
                html_t = b.get("title_f", lambda t: f'<p class="tt">{t}</p>')(cap) + html_t
                gold.append(plain(cap))
            out.append(html_t)
            for r in rows:
                gold.append(" ".join(plain(c) for c in r if plain(c)))
        elif k == "q":
            out.append((q_f or (lambda t, b: f"<blockquote><p>{t}</p></blockquote>"))(b["t"], b))
            gold.append(plain(b["t"]))
        elif k == "sign":
            out.append((sign_f or (lambda t, b: f'<p style="text-align:right">{t}</p>'))(b["t"], b))
            gold.append(plain(b["t"]))
        elif k == "img":
            if img_f:
                out.append(img_f(b))
            else:
                s = f'<p style="text-align:center">{img(b["alt"])}</p>'
                if b["cap"]:
                    s += f'<p class="pic-cap" style="text-align:center">{b["cap"]}</p>'
                out.append(s)
        elif k == "cap":
            out.append((cap_f or (lambda t, b: f'<p class="pic-cap" style="text-align:center">{t}</p>'))(b["t"], b))
        elif k == "by":
            out.append(b.get("f", by_f or (lambda t, b: f"<p>{t}</p>"))(b["t"], b))
        elif k == "note":
            out.append(b.get("f", note_f or (lambda t, b: f"<p>{t}</p>"))(b["t"], b))
        elif k == "raw":
            out.append(b["html"])
        elif k == "bodyraw":
            out.append(b["html"])
            gold.append(plain(b["t"]))
        else:
            raise ValueError(k)
    gold = [g for g in gold if g]
    return joiner.join(out), gold


def doc(title, css, body_html, lang="zh-CN", head_extra=""):
    """A whole page: UTF-8, one embedded <style>, no scripts."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"{head_extra}<title>{title}</title>\n<style>\n{css.strip()}\n</style>\n</head>\n"
            f"<body>\n{body_html.strip()}\n</body>\n</html>\n")


def links(items, sep="", tag="a", wrap=None):
    """Nav helper: a run of <a> (or <li><a>) items."""
    if wrap == "li":
        return "".join(f'<li><a href="#">{i}</a></li>' for i in items)
    return sep.join(f'<{tag} href="#">{i}</{tag}>' for i in items)


def ul_links(items, cls=None, dates=None, date_fmt="<span>{}</span>"):
    """A related / list box: <ul><li><a>title</a><span>date</span></li>."""
    c = f' class="{cls}"' if cls else ""
    rows = []
    for n, t in enumerate(items):
        d = date_fmt.format(dates[n]) if dates else ""
        rows.append(f'<li><a href="#">{t}</a>{d}</li>')
    return f"<ul{c}>" + "".join(rows) + "</ul>"
