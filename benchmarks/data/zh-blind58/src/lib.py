"""Shared pieces for building the zh-blind58 pages.

A page is described once (see pages_*.py): its headline lines, its body as a list
of blocks, its authors and printed date, and an HTML layout string holding the
site furniture with the placeholders @@TITLE@@, @@BODY@@ and @@TIME@@.  build.py
renders the blocks into the layout and writes html/<id>.html; the same blocks
give gold/<id>.json, so the gold body is exactly what is rendered as body.
"""
import html as _html
import re

SET = "zh-blind58"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


def inline(s):
    """Block text -> HTML.  **x** bold, [[x]] link, ~~x~~ span."""
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\[\[(.+?)\]\]", r'<a href="#">\1</a>', s)
    s = re.sub(r"~~(.+?)~~", r'<span class="hl">\1</span>', s)
    return s


def plain(s):
    """Block text -> gold text (markup removed, runs of white space -> one space)."""
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"\[\[(.+?)\]\]", r"\1", s)
    s = re.sub(r"~~(.+?)~~", r"\1", s)
    s = s.replace("\u00a0", " ")
    s = re.sub(r"[ \t\n]+", " ", s)
    return s.strip()


# ---------------------------------------------------------------- blocks
# body blocks (in the gold):  p h quote ul ol table sig
# non-body blocks:            img byline note wenhao html
def P(t, cls=None): return ("p", t, cls)
def H(t): return ("h", t)
def Q(t): return ("quote", t)
def UL(*items): return ("ul", list(items))
def OL(*items): return ("ol", list(items))
def TABLE(rows, head=True, cap=None): return ("table", rows, head, cap)
def SIG(*lines): return ("sig", list(lines))
def IMG(alt="", cap=None, src=True, capcls="pic-cap"): return ("img", alt, cap, src, capcls)
def BYLINE(t, cls="byline"): return ("byline", t, cls)
def NOTE(t, cls="note"): return ("note", t, cls)
def WENHAO(t): return ("wenhao", t)
def HTML(h): return ("html", h)


def gold_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "quote"):
            out.append(plain(b[1]))
        elif k in ("ul", "ol", "sig"):
            out.extend(plain(x) for x in b[1])
        elif k == "table":
            for row in b[1]:
                out.append(" ".join(plain(c) for c in row if plain(c)))
    return [x for x in out if x]


def _para(t, ps, cls=None):
    c = f' class="{cls}"' if cls else ""
    if ps == "p":
        return f"<p{c}>{inline(t)}</p>\n"
    if ps == "indent":
        return f'<p{c} style="text-indent:2em;">{inline(t)}</p>\n'
    if ps == "u3000":
        return f"<p{c}>\u3000\u3000{inline(t)}</p>\n"
    if ps == "nbsp":
        return f"<p{c}>&nbsp;&nbsp;&nbsp;&nbsp;{inline(t)}</p>\n"
    if ps == "div":
        return f'<div class="{cls or "para"}">{inline(t)}</div>\n'
    if ps == "br":
        return f"\u3000\u3000{inline(t)}<br>\n"
    if ps == "brbr":
        return f"&nbsp;&nbsp;&nbsp;&nbsp;{inline(t)}<br><br>\n"
    if ps == "span":  # <p><span style=...>text</span></p> as pasted from Word
        return f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{inline(t)}</span></p>\n'
    raise ValueError(ps)


def _head(t, hs, ps):
    if hs == "h3":
        return f"<h3>{inline(t)}</h3>\n"
    if hs == "h4":
        return f"<h4>{inline(t)}</h4>\n"
    if hs == "strong":
        if ps == "br":
            return f"\u3000\u3000<strong>{inline(t)}</strong><br>\n"
        if ps == "brbr":
            return f"<strong>{inline(t)}</strong><br><br>\n"
        if ps == "u3000":
            return f"<p>\u3000\u3000<strong>{inline(t)}</strong></p>\n"
        if ps == "indent":
            return f'<p style="text-indent:2em;"><strong>{inline(t)}</strong></p>\n'
        return f"<p><strong>{inline(t)}</strong></p>\n"
    if hs == "center":
        return f'<p style="text-align:center;"><b>{inline(t)}</b></p>\n'
    if hs == "span":
        return f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:黑体;font-size:16pt">{inline(t)}</span></p>\n'
    if hs == "div":
        return f'<div class="subtitle">{inline(t)}</div>\n'
    raise ValueError(hs)


def render_body(blocks, ps="p", hs="strong", lists="ul"):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(_para(b[1], ps, b[2]))
        elif k == "h":
            out.append(_head(b[1], hs, ps))
        elif k == "quote":
            out.append(f"<blockquote>{inline(b[1])}</blockquote>\n")
        elif k in ("ul", "ol"):
            if lists == "p":
                out.extend(_para(x, ps) for x in b[1])
            else:
                tag = "ul" if k == "ul" else "ol"
                out.append(f"<{tag}>" + "".join(f"<li>{inline(x)}</li>" for x in b[1]) + f"</{tag}>\n")
        elif k == "table":
            rows, head, cap = b[1], b[2], b[3]
            h = '<table class="tb" border="1" cellspacing="0" cellpadding="4">'
            if cap:
                h += f"<caption>{inline(cap)}</caption>"
            for i, row in enumerate(rows):
                tag = "th" if (head and i == 0) else "td"
                h += "<tr>" + "".join(f"<{tag}>{inline(c)}</{tag}>" for c in row) + "</tr>"
            out.append(h + "</table>\n")
        elif k == "sig":
            if ps in ("br", "brbr"):
                out.append("".join(f'<div style="text-align:right;">{inline(x)}</div>' for x in b[1]) + "\n")
            else:
                out.append("".join(f'<p style="text-align:right;">{inline(x)}</p>' for x in b[1]) + "\n")
        elif k == "img":
            alt, cap, src, capcls = b[1], b[2], b[3], b[4]
            s = f' src="{GIF}"' if src else ""
            im = f'<img alt="{attr(alt)}"{s} width="600" height="400">'
            if ps in ("br", "brbr"):
                out.append(f'<div class="pic">{im}</div>')
                if cap:
                    out.append(f'<div class="{capcls}">{inline(cap)}</div>\n')
            else:
                out.append(f'<p class="pic" style="text-align:center;">{im}</p>\n')
                if cap:
                    out.append(f'<p class="{capcls}" style="text-align:center;">{inline(cap)}</p>\n')
        elif k == "byline":
            out.append(f'<p class="{b[2]}">{inline(b[1])}</p>\n')
        elif k == "note":
            out.append(f'<p class="{b[2]}">{inline(b[1])}</p>\n')
        elif k == "wenhao":
            out.append(f'<p style="text-align:center;">{inline(b[1])}</p>\n')
        elif k == "html":
            out.append(b[1] + "\n")
        else:
            raise ValueError(k)
    return "".join(out)


# ------------------------------------------------------------- furniture
def li_links(items, cls="", li_cls=None):
    c = f' class="{cls}"' if cls else ""
    lc = f' class="{li_cls}"' if li_cls else ""
    return f"<ul{c}>" + "".join(f'<li{lc}><a href="#">{esc(x)}</a></li>' for x in items) + "</ul>"


def links(items, sep=" | "):
    return sep.join(f'<a href="#">{esc(x)}</a>' for x in items)


def dated_list(items, cls="list", date_tag="span"):
    """items: (title, date) pairs."""
    return f'<ul class="{cls}">' + "".join(
        f'<li><a href="#">{esc(t)}</a><{date_tag} class="d">{esc(d)}</{date_tag}></li>' for t, d in items) + "</ul>"


def img(alt="", src=True, w=None, h=None, cls=None):
    s = f' src="{GIF}"' if src else ""
    c = f' class="{cls}"' if cls else ""
    wh = (f' width="{w}"' if w else "") + (f' height="{h}"' if h else "")
    return f'<img alt="{attr(alt)}"{s}{wh}{c}>'


def search(ph="请输入关键词", btn="搜索", cls="search"):
    return f'<div class="{cls}"><input type="text" placeholder="{attr(ph)}"><button type="button">{esc(btn)}</button></div>'


def paras(lines, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{x}</p>" for x in lines)


BASE_CSS = """
body{margin:0;font-family:"Microsoft YaHei","PingFang SC",SimSun,sans-serif;font-size:14px;color:#333;background:#fff}
a{color:#333;text-decoration:none}
ul{margin:0;padding:0;list-style:none}
.wrap{width:1200px;margin:0 auto}
.tb{border-collapse:collapse;margin:10px auto}
.tb td,.tb th{border:1px solid #999;padding:4px 8px}
.pic-cap{color:#666;font-size:13px}
.hl{color:#c00}
"""
