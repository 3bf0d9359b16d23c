"""Shared helpers: page description -> (HTML, gold).

A page description is a dict.  The article is described as a list of blocks;
the same blocks are rendered into the HTML and turned into the gold body, so
the gold body is exactly what is printed as body.

Block types (first tuple element):
  ('p', html)            body paragraph (inline markup allowed)
  ('h', html)            sub-heading (body)
  ('list', [html, ...])  list lines, numbers written in the text (body, one per item)
  ('table', rows)        rows of cells, first row = header (body: one paragraph per row)
  ('q', html)            quoted passage / blockquote (body)
  ('sig', [html, ...])   right-aligned 署名 / 成文日期 lines (body)
  ('img', alt, caption)  picture with optional caption (not body)
  ('raw', html)          furniture inside the article (bylines, editor lines...) (not body)
  ('mixed', html, [gold paragraphs])  hand-written HTML whose body text is given
"""
import html as _html
import re
import zlib

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _h(s):
    return zlib.crc32(s.encode("utf-8"))


def text_of(fragment):
    """Visible text of an inline HTML fragment, white space folded."""
    s = re.sub(r"<br\s*/?>", " ", fragment)
    s = re.sub(r"<[^>]+>", "", s)
    s = _html.unescape(s).replace("\xa0", " ")
    s = re.sub(r"[\s\u3000]+", " ", s).strip()
    return s


def img(alt, cls=None, gif=False):
    c = f' class="{cls}"' if cls else ""
    src = f' src="{GIF}"' if gif else ""
    return f'<img{c} alt="{_html.escape(alt)}"{src}>'


def links(items, sep="", wrap=None, cls=None):
    out = []
    for i, x in enumerate(items):
        a = f'<a href="/{"c" if i % 2 else "col"}/{_h(x) % 9000 + 1000}/index.html">{x}</a>'
        if wrap:
            a = f"<{wrap}>{a}</{wrap}>"
        out.append(a)
    body = sep.join(out)
    return f'<div class="{cls}">{body}</div>' if cls else body


def ul(items, cls=None, link=True):
    c = f' class="{cls}"' if cls else ""
    lis = "".join(
        f'<li><a href="/art/{_h(x) % 90000 + 10000}.html">{x}</a></li>' if link and isinstance(x, str)
        else f"<li>{x if isinstance(x, str) else ''.join(x)}</li>"
        for x in items)
    return f"<ul{c}>{lis}</ul>"


def dated_list(items, cls=None):
    """related list: [(title, date), ...]"""
    c = f' class="{cls}"' if cls else ""
    lis = "".join(f'<li><a href="/art/{_h(t) % 90000 + 10000}.html">{t}</a><span>{d}</span></li>'
                  for t, d in items)
    return f"<ul{c}>{lis}</ul>"


# ---------------------------------------------------------------- body
def _para(h, pst):
    if pst == "p":
        return f"<p>{h}</p>"
    if pst == "indent":
        return f'<p style="text-indent:2em">{h}</p>'
    if pst == "u3000":
        return f"<p>\u3000\u3000{h}</p>"
    if pst == "nbsp":
        return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{h}</p>"
    if pst == "div":
        return f'<div class="para">{h}</div>'
    if pst == "section":
        return f'<section style="margin-bottom:16px"><span style="font-size:15px;letter-spacing:1px">{h}</span></section>'
    if pst == "pspan":
        return f'<p style="text-indent:2em;line-height:2"><span style="font-family:仿宋_GB2312;font-size:16pt">{h}</span></p>'
    raise ValueError(pst)


def _head(h, hst, pst):
    if hst in ("h2", "h3", "h4"):
        return f"<{hst}>{h}</{hst}>"
    if hst == "strong":
        return _para(f"<strong>{h}</strong>", pst)
    if hst == "bold":
        return _para(f'<b>{h}</b>', pst)
    if hst == "center":
        return f'<p style="text-align:center"><strong>{h}</strong></p>'
    if hst == "section":
        return (f'<section style="margin:20px 0 12px;text-align:center"><span style="color:#c00;font-weight:bold;'
                f'border-bottom:2px solid #c00">{h}</span></section>')
    raise ValueError(hst)


def render_body(blocks, pst="p", hst="strong", br_indent="\u3000\u3000"):
    """-> (html, gold paragraphs).  pst='br' puts runs of p/h blocks in one
    element separated by <br><br> (old CMS output)."""
    out, gold = [], []
    run = []

    def flush():
        if run:
            out.append('<div class="brtext">' + "<br><br>".join(br_indent + x for x in run) + "</div>")
            run.clear()

    for b in blocks:
        t = b[0]
        if pst == "br" and t in ("p", "h"):
            run.append(b[1] if t == "p" else f"<b>{b[1]}</b>")
            gold.append(text_of(b[1]))
            continue
        flush()
        if t == "p":
            out.append(_para(b[1], pst))
            gold.append(text_of(b[1]))
        elif t == "h":
            out.append(_head(b[1], hst, pst))
            gold.append(text_of(b[1]))
        elif t == "list":
            out.append('<ul class="plain">' + "".join(f"<li>{x}</li>" for x in b[1]) + "</ul>")
            gold += [text_of(x) for x in b[1]]
        elif t == "plist":  # list lines printed as paragraphs
            out += [_para(x, pst if pst != "br" else "p") for x in b[1]]
            gold += [text_of(x) for x in b[1]]
        elif t == "table":
            rows = b[1]
            attrs = b[2] if len(b) > 2 else 'border="1" cellspacing="0" cellpadding="4"'
            trs = ["<tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr>"]
            trs += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:]]
            out.append(f'<table class="dt" {attrs}><tbody>{"".join(trs)}</tbody></table>')
            gold += [" ".join(text_of(c) for c in r) for r in rows]
        elif t == "q":
            out.append(f"<blockquote>{b[1]}</blockquote>")
            gold.append(text_of(b[1]))
        elif t == "sig":
            out += [f'<p style="text-align:right">{x}</p>' for x in b[1]]
            gold += [text_of(x) for x in b[1]]
        elif t == "img":
            alt, cap = b[1], b[2] if len(b) > 2 else None
            gif = len(b) > 3 and b[3]
            out.append(f'<p style="text-align:center">{img(alt, gif=gif)}</p>')
            if cap:
                out.append(f'<p class="pic-note" style="text-align:center">{cap}</p>')
        elif t == "raw":
            out.append(b[1])
        elif t == "mixed":
            out.append(b[1])
            gold += list(b[2])
        else:
            raise ValueError(t)
    flush()
    return "\n".join(out), gold


# ---------------------------------------------------------------- title stack
def title_html(pg, tag="h1", cls="title"):
    lines = pg["title_lines"]
    inner = "<br>".join(lines) if pg.get("title_break", "br") == "br" else "".join(
        f"<span>{x}</span>" for x in lines)
    return f'<{tag} class="{cls}">{inner}</{tag}>'


def gold_title(pg):
    sep = " " if pg["lang"] == "en" else ""
    return sep.join(text_of(x) for x in pg["title_lines"])


# ---------------------------------------------------------------- page shell
def shell(pg, css, body_html, head_title=None):
    t = head_title or (gold_title(pg) + "_" + pg.get("site_name", ""))
    lang = "en" if pg["lang"] == "en" else "zh-CN"
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_html.escape(t)}</title>\n<style>\n{css.strip()}\n</style>\n</head>\n"
            f"<body>\n{body_html}\n</body>\n</html>\n")
