"""Shared helpers for the zh-blind89 page builder.

A page description (src/pages/wl_NN.py) defines PAGE (metadata + gold fields),
BLOCKS (the article blocks, in reading order) and render(P, body) that wraps the
rendered blocks in the page's own invented site template.  Block text is an HTML
fragment; gold text is that fragment with tags removed, entities decoded and white
space collapsed, so the gold body comes from exactly the blocks rendered as body.

Block kinds
  ("p", html)            body paragraph
  ("h", html)            sub-heading (body)
  ("li", html)           list line (body; numbering is part of the text)
  ("quote", html)        quoted passage (body)
  ("to", html)           主送 line of an official document (body)
  ("sig", html)          署名 / 成文日期 line (body)
  ("table", rows)        table; every row (header row too) is one body paragraph,
                         cells joined by one space
  ("img", alt, caption)  picture (alt text and caption are not body)
  ("x", html)            anything else inside the article (byline line, 原标题,
                         editor line, 文号, source line, buttons): not body
"""
import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BODY_KINDS = {"p", "h", "li", "quote", "to", "sig", "table"}


def esc(s):
    return _html.escape(s, quote=True)


def plain(fragment):
    t = re.sub(r"<br\s*/?>", " ", fragment)
    t = re.sub(r"<[^>]+>", "", t)
    t = _html.unescape(t).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t).strip()


def img(alt="", cls=None, w=None, h=None):
    a = f' class="{cls}"' if cls else ""
    size = (f' width="{w}"' if w else "") + (f' height="{h}"' if h else "")
    return f'<img src="{GIF}" alt="{esc(alt)}"{a}{size}>'


def links(items, fmt='<a href="#">{}</a>', sep=""):
    return sep.join(fmt.format(x) for x in items)


def lis(items, fmt='<li><a href="#">{}</a></li>'):
    return "".join(fmt.format(x) for x in items)


def _table(rows, cls="", header=True):
    out = [f'<table class="{cls}">' if cls else "<table>"]
    for i, row in enumerate(rows):
        tag = "th" if (i == 0 and header) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


DEFAULT_R = {
    "p": "<p>{}</p>",
    "h": "<p><strong>{}</strong></p>",
    "li": "<p>{}</p>",
    "quote": "<blockquote>{}</blockquote>",
    "to": "<p>{}</p>",
    "sig": '<p style="text-align:right">{}</p>',
    "table": lambda rows: _table(rows),
    "img": lambda alt, cap: f'<p class="pic">{img(alt)}</p>' + (f'<p class="cap">{cap}</p>' if cap else ""),
    "x": "{}",
}


def render_blocks(blocks, **over):
    r = dict(DEFAULT_R, **over)
    out = []
    for b in blocks:
        k = b[0]
        f = r[k]
        if k == "img":
            out.append(f(b[1], b[2] if len(b) > 2 else None))
        elif k == "table":
            out.append(f(b[1]))
        elif callable(f):
            out.append(f(b[1]))
        else:
            out.append(f.format(b[1]))
    return "\n".join(out)


def gold_body(blocks):
    paras = []
    for b in blocks:
        if b[0] not in BODY_KINDS:
            continue
        if b[0] == "table":
            for row in b[1]:
                paras.append(" ".join(plain(c) for c in row if plain(c)))
        else:
            paras.append(plain(b[1]))
    return paras


def doc(P, css, body, head_title=None, lang="zh-CN", body_attr=""):
    t = head_title or f"{P['title']}_{P.get('site', '')}"
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(t)}</title>\n<style>\n{css.strip()}\n</style>\n</head>\n"
            f"<body{(' ' + body_attr) if body_attr else ''}>\n{body.strip()}\n</body>\n</html>\n")
