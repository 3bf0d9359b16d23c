"""Shared helpers: turn one page description (dict) into html + gold.

A page description has: id, kind, lang, title, authors, publish_time, features,
head_title, css, shell (HTML of <body> with the marker @@BODY@@), blocks (the
article body) and bstyle (how the body blocks are rendered).  The gold body is
computed from the same blocks that are rendered, so both agree by construction.
"""
import html as H
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
U2 = "\u3000\u3000"

TAG = re.compile(r"<[^>]+>")


def plain(s):
    """Gold text of an inline HTML fragment."""
    s = re.sub(r"<br\s*/?>", "", s)
    s = TAG.sub("", s)
    s = H.unescape(s).replace("\xa0", " ")
    return re.sub(r"[ \t\r\n]+", " ", s).strip(" \u3000")


def ul(items, cls="", li_cls="", sep=""):
    c = f' class="{cls}"' if cls else ""
    lc = f' class="{li_cls}"' if li_cls else ""
    return f"<ul{c}>" + sep.join(f'<li{lc}><a href="#">{i}</a></li>' for i in items) + "</ul>"


def links(items, sep=" ", cls=""):
    c = f' class="{cls}"' if cls else ""
    return sep.join(f'<a href="#"{c}>{i}</a>' for i in items)


def img(alt, src=True, cls=""):
    c = f' class="{cls}"' if cls else ""
    s = f' src="{GIF}"' if src else ""
    return f'<img{s} alt="{alt}"{c}>'


def render_blocks(blocks, st):
    """Return (html, gold_paragraphs)."""
    ps = st.get("p", "p")            # p | u3000 | nbsp | div | br | pindent
    hs = st.get("h", "strong")       # strong | h3 | h4 | bold-span | plain-p
    pcls = st.get("pcls", "")
    out, gold = [], []
    brbuf = []

    def para(text, align=None):
        a = f' style="text-align:{align}"' if align else ""
        c = f' class="{pcls}"' if pcls else ""
        if ps == "p":
            return f"<p{c}{a}>{text}</p>"
        if ps == "pindent":
            return f'<p{c} style="text-indent:2em{";text-align:" + align if align else ""}">{text}</p>'
        if ps == "u3000":
            return f"<p{c}{a}>{U2 if not align else ''}{text}</p>"
        if ps == "nbsp":
            return f"<p{c}{a}>{'&nbsp;' * 4 if not align else ''}{text}</p>"
        if ps == "div":
            return f"<div{c}{a}>{text}</div>"
        if ps == "br":
            return (U2 if not align else "") + text
        raise ValueError(ps)

    def flush():
        if brbuf:
            out.append('<div class="brtext">' + "<br><br>\n".join(brbuf) + "</div>")
            brbuf.clear()

    def emit(h):
        if ps == "br" and not h.startswith("<"):
            brbuf.append(h)
        else:
            flush()
            out.append(h)

    for b in blocks:
        k = b[0]
        if k == "p":
            emit(para(b[1])); gold.append(plain(b[1]))
        elif k == "right":  # 署名 / 成文日期
            emit(para(b[1], "right")); gold.append(plain(b[1]))
        elif k == "h":
            t = b[1]
            if hs == "strong":
                emit(para(f"<strong>{t}</strong>"))
            elif hs == "h3":
                flush(); out.append(f"<h3>{t}</h3>")
            elif hs == "h4":
                flush(); out.append(f'<h4 class="sub">{t}</h4>')
            elif hs == "bold-span":
                emit(para(f'<span style="font-weight:bold">{t}</span>'))
            else:
                emit(para(t))
            gold.append(plain(t))
        elif k == "ul":
            flush()
            tag = b[2] if len(b) > 2 else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{i}</li>" for i in b[1]) + f"</{tag}>")
            gold += [plain(i) for i in b[1]]
        elif k == "table":
            flush()
            rows = b[1]
            h = ['<table class="dt" border="1" cellspacing="0" cellpadding="4">']
            for n, r in enumerate(rows):
                cell = "th" if n == 0 and st.get("th", True) else "td"
                h.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in r) + "</tr>")
            h.append("</table>")
            out.append("".join(h))
            gold += [" ".join(x for x in (plain(c) for c in r) if x) for r in rows]
        elif k == "quote":
            flush(); out.append(f"<blockquote><p>{b[1]}</p></blockquote>"); gold.append(plain(b[1]))
        elif k == "img":  # alt, caption (not body)
            flush()
            cap = b[2] if len(b) > 2 else ""
            src = b[3] if len(b) > 3 else True
            capcls = st.get("capcls", "pic-note")
            out.append(f'<p style="text-align:center">{img(b[1], src)}</p>' +
                       (f'<p class="{capcls}" style="text-align:center">{cap}</p>' if cap else ""))
        elif k == "x":  # non-body HTML inside the article
            flush(); out.append(b[1])
        else:
            raise ValueError(k)
    flush()
    return "\n".join(out), gold


def build(page):
    body_html, gold = render_blocks(page["blocks"], page.get("bstyle", {}))
    shell = page["shell"]
    assert shell.count("@@BODY@@") == 1, page["id"]
    doctype = page.get("doctype", "<!DOCTYPE html>")
    lang = "en" if page["lang"] == "en" else "zh-CN"
    html = (f'{doctype}\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{page["head_title"]}</title>\n<style>\n{page["css"].strip()}\n</style>\n</head>\n'
            f'<body>\n{shell.replace("@@BODY@@", body_html).strip()}\n</body>\n</html>\n')
    g = {"id": page["id"], "set": "zh-blind104", "lang": page["lang"], "kind": page["kind"],
         "title": page["title"], "authors": page["authors"], "publish_time": page["publish_time"],
         "body_paragraphs": gold}
    return html, g
