"""Shared machinery for zh-blind84: parse a page description's body blocks,
render them to HTML in the page's own style, and derive the gold body from
the very same blocks.

Block syntax (one block per line in a page's BODY string; blank lines ignored):

    p: text        body paragraph
    h: text        body sub-heading
    li: text       body list line (consecutive li lines form one list)
    q: text        body quoted passage
    to: text       body line of an official document (主送 line), rendered with style['to']
    sig: text      body line rendered right-aligned (署名, 成文日期), style['sig']
    ph: <html>     body paragraph given as raw HTML; gold = its text
    tr: a | b | c  body table row (consecutive tr lines form one table; each row is
                   one gold paragraph, cells joined by one space)
    img: alt | caption   picture: alt text and caption, NOT body
    x: <html>      raw HTML inside the article area, NOT body (bylines, editor
                   lines, 原标题, captions, buttons ...)

In TEMPLATE and STYLE strings the token %GIF% stands for a 1x1 data-URI GIF.

Inline markup in text: **bold** -> <strong>, [[link]] -> <a href="#">, a
non-breaking space character (U+00A0) -> &nbsp; (a plain space in the gold).
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

DEFAULT_STYLE = {
    "p": "<p>{t}</p>",
    "h": "<p><strong>{t}</strong></p>",
    "li": "<li>{t}</li>",
    "list_open": "<ul>",
    "list_close": "</ul>",
    "q": "<blockquote>{t}</blockquote>",
    "to": "<p>{t}</p>",
    "sig": '<p style="text-align:right">{t}</p>',
    "ph": "{t}",
    "table_open": '<table border="1" cellspacing="0" cellpadding="4">',
    "table_close": "</table>",
    "th": "<td><strong>{t}</strong></td>",
    "td": "<td>{t}</td>",
    "tr_open": "<tr>",
    "tr_close": "</tr>",
    "img": '<p class="pic"><img alt="{alt}" src="' + GIF + '"></p><p class="pic-note">{cap}</p>',
    "img_nocap": '<p class="pic"><img alt="{alt}" src="' + GIF + '"></p>',
    "x": "{t}",
    "sep": "\n",
}

BODY_KINDS = {"p", "h", "li", "q", "to", "sig", "ph", "tr"}


def parse_blocks(text: str):
    blocks = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        m = re.match(r"^(p|h|li|q|to|sig|ph|tr|img|x):\s?(.*)$", line)
        if not m:
            raise ValueError(f"bad block line: {line[:60]!r}")
        blocks.append((m.group(1), m.group(2)))
    return blocks


def inline_html(t: str) -> str:
    s = html.escape(t, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\[\[(.+?)\]\]", r'<a href="#">\1</a>', s)
    return s.replace("\u00a0", "&nbsp;")


def inline_text(t: str) -> str:
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", t)
    s = re.sub(r"\[\[(.+?)\]\]", r"\1", s)
    return s.replace("\u00a0", " ").strip()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def html_text(fragment: str) -> str:
    p = _Text()
    p.feed(fragment)
    p.close()
    t = "".join(p.parts).replace("\u00a0", " ")
    return re.sub(r"[ \t\r\n]+", " ", t).strip()


def render(blocks, style=None):
    """Return (html, gold_paragraphs)."""
    st = dict(DEFAULT_STYLE)
    st.update(style or {})
    out, gold = [], []
    i = 0
    while i < len(blocks):
        kind, t = blocks[i]
        if kind == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(blocks[i][1])
                i += 1
            out.append(st["list_open"])
            for it in items:
                out.append(st["li"].format(t=inline_html(it)))
                gold.append(inline_text(it))
            out.append(st["list_close"])
            continue
        if kind == "tr":
            rows = []
            while i < len(blocks) and blocks[i][0] == "tr":
                rows.append([c.strip() for c in blocks[i][1].split("|")])
                i += 1
            out.append(st["table_open"])
            for n, cells in enumerate(rows):
                cell_fmt = st["th"] if n == 0 else st["td"]
                out.append(st["tr_open"] + "".join(cell_fmt.format(t=inline_html(c)) for c in cells) + st["tr_close"])
                gold.append(" ".join(inline_text(c) for c in cells))
            out.append(st["table_close"])
            continue
        if kind == "img":
            alt, _, cap = t.partition("|")
            alt, cap = alt.strip(), cap.strip()
            fmt = st["img"] if cap else st["img_nocap"]
            out.append(fmt.format(alt=html.escape(alt), cap=inline_html(cap)))
        elif kind == "x":
            out.append(st["x"].format(t=t))
        elif kind == "ph":
            out.append(st["ph"].format(t=t))
            gold.append(html_text(t))
        else:
            out.append(st[kind].format(t=inline_html(t)))
            gold.append(inline_text(t))
        i += 1
    return st["sep"].join(out), gold


HTML5 = "<!DOCTYPE html>"
XHTML = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')


def page_html(page: dict) -> tuple[str, list]:
    body_html, gold = render(parse_blocks(page["BODY"]), page.get("STYLE"))
    tpl = page["TEMPLATE"]
    if "{{BODY}}" not in tpl:
        raise ValueError(page["id"] + ": template has no {{BODY}}")
    doc = []
    doc.append(page.get("DOCTYPE", HTML5))
    doc.append(f'<html lang="{page.get("html_lang", "zh-CN")}">')
    doc.append("<head>")
    doc.append('<meta charset="utf-8">')
    for m in page.get("META", []):
        doc.append(m)
    doc.append(f"<title>{html.escape(page['head_title'])}</title>")
    doc.append("<style>")
    doc.append(page["CSS"].strip("\n"))
    doc.append("</style>")
    doc.append("</head>")
    doc.append(f"<body{page.get('body_attr', '')}>")
    doc.append(tpl.strip("\n").replace("{{BODY}}", body_html))
    doc.append("</body>")
    doc.append("</html>")
    return "\n".join(doc).replace("%GIF%", GIF) + "\n", gold
