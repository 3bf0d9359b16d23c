"""Building blocks for the zh-blind61 page descriptions.

A page description (src/pages/xj_NN.py) defines
  PAGE   dict(id, kind, lang, title, authors, publish_time, doc_title, css,
              pfmt, hfmt, features)
  HTML   the <body> markup with slots {{BODY}}, {{BODY2}}, ... where the
         article body blocks are rendered
  BODY, BODY2, ...  lists of blocks (below)
Blocks marked gold produce the gold body paragraphs; the gold order is the
order in which the slots occur in HTML.  So the gold body is made from the
very blocks that are rendered as the article body.
"""
import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def E(s):
    """Escape text; a run of two or more spaces (spaced names: 王  静) is kept with &nbsp;."""
    s = _html.escape(s, quote=False)
    return re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group()), s)


def A(s):
    return _html.escape(s, quote=True)


class Block:
    def __init__(self, kind, gold=None, text=None, html=None, items=None, rows=None, **kw):
        self.kind = kind
        self.gold = gold or []
        self.text = text
        self.html = html
        self.items = items
        self.rows = rows
        self.kw = kw


def P(text, gold=True, **kw):
    """A body paragraph, rendered in the page's paragraph format.

    gold=False renders a line in the same format that is not body (e.g. a
    photo caption written as a line of its own between <br>-separated
    paragraphs)."""
    return Block("p", gold=[text] if gold else [], text=text, **kw)


def H(text, **kw):
    """A body sub-heading, rendered in the page's heading format."""
    return Block("h", gold=[text], text=text, **kw)


def L(items, ordered=False, cls=None):
    """A list; each item is one gold paragraph (item text includes its own number)."""
    return Block("list", gold=list(items), items=list(items), ordered=ordered, cls=cls)


def T(rows, cls=None, border=None):
    """A table; one gold paragraph per row (header row too), cells joined by one space."""
    return Block("table", gold=[" ".join(c for c in r if c) for r in rows], rows=rows, cls=cls, border=border)


def G(gold, html):
    """Gold paragraph(s) with hand-written markup (gold may be a str or a list)."""
    if isinstance(gold, str):
        gold = [gold]
    return Block("raw", gold=gold, html=html)


def IMG(alt, gif=False, cls="pic"):
    """A photo (not body): <img alt> with no src, or a 1x1 data-URI GIF."""
    src = f' src="{GIF}"' if gif else ""
    return Block("raw", html=f'<p class="{cls}"><img{src} alt="{A(alt)}"></p>')


def CAP(text, cls="pic-note"):
    """A photo caption (not body)."""
    return Block("raw", html=f'<p class="{cls}">{E(text)}</p>')


def RAW(html):
    """Any markup inside the article that is not body (bylines, editor lines, boxes)."""
    return Block("raw", html=html)


PFMT = {
    "p": lambda t: f"<p>{t}</p>",
    "indent": lambda t: f'<p style="text-indent:2em;">{t}</p>',
    "emsp": lambda t: f"<p>\u3000\u3000{t}</p>",
    "nbsp": lambda t: f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>",
    "div": lambda t: f"<div>{t}</div>",
    "divemsp": lambda t: f"<div>\u3000\u3000{t}</div>",
    "span": lambda t: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>',
    "font": lambda t: f'<p><font size="3">\u3000\u3000{t}</font></p>',
    "section": lambda t: f'<section><p style="margin:0 0 16px;">{t}</p></section>',
    "en": lambda t: f"<p>{t}</p>",
}

HFMT = {
    "strong": lambda t: f"<p><strong>{t}</strong></p>",
    "strongindent": lambda t: f'<p style="text-indent:2em;"><strong>{t}</strong></p>',
    "emspb": lambda t: f"<p>\u3000\u3000<b>{t}</b></p>",
    "h3": lambda t: f"<h3>{t}</h3>",
    "h4": lambda t: f"<h4>{t}</h4>",
    "hei": lambda t: f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:黑体;font-size:16pt">{t}</span></p>',
    "center": lambda t: f'<p style="text-align:center;"><strong>{t}</strong></p>',
    "section": lambda t: f'<section><p style="margin:0 0 16px;"><strong><span style="color:#0b5fa5;">{t}</span></strong></p></section>',
    "div": lambda t: f"<div><b>{t}</b></div>",
}

# formats in which consecutive paragraphs share one container and are
# separated by <br> only (no blank line in a browser copy)
BRFMT = {
    "br": ("<div class=\"brtext\">", "<br>\n", "</div>", "", lambda t: f"<b>{t}</b>"),
    "bremsp": ("<div class=\"brtext\">", "<br>\n", "</div>", "\u3000\u3000", lambda t: f"\u3000\u3000<b>{t}</b>"),
    "brbr": ("<div class=\"brtext\">", "<br><br>\n", "</div>", "\u3000\u3000", lambda t: f"\u3000\u3000<b>{t}</b>"),
}


def render(blocks, pfmt="p", hfmt="strong"):
    """(html, gold paragraphs) for a list of blocks."""
    out, gold = [], []
    group = []  # pending paragraphs in a <br> format

    def flush():
        if group:
            op, sep, cl, _, _ = BRFMT[pfmt]
            out.append(op + sep.join(group) + cl)
            group.clear()

    for b in blocks:
        gold.extend(b.gold)
        fmt = b.kw.get("fmt", pfmt)
        if b.kind in ("p", "h") and fmt in BRFMT:
            _, _, _, ind, hf = BRFMT[fmt]
            group.append(ind + E(b.text) if b.kind == "p" else hf(E(b.text)))
            continue
        flush()
        if b.kind == "p":
            out.append(PFMT[fmt](E(b.text)))
        elif b.kind == "h":
            out.append(HFMT[b.kw.get("hfmt", hfmt)](E(b.text)))
        elif b.kind == "list":
            tag = "ol" if b.kw.get("ordered") else "ul"
            cls = f' class="{b.kw["cls"]}"' if b.kw.get("cls") else ""
            out.append(f"<{tag}{cls}>" + "".join(f"<li>{E(i)}</li>" for i in b.items) + f"</{tag}>")
        elif b.kind == "table":
            cls = f' class="{b.kw["cls"]}"' if b.kw.get("cls") else ""
            border = f' border="{b.kw["border"]}" cellspacing="0" cellpadding="4"' if b.kw.get("border") else ""
            rows = []
            for i, r in enumerate(b.rows):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
            out.append(f"<table{cls}{border}><tbody>" + "".join(rows) + "</tbody></table>")
        else:
            out.append(b.html)
    flush()
    return "\n".join(out), gold
