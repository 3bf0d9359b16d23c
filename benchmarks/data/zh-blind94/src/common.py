"""Shared rendering: one page description -> (html, gold)."""
import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def img(alt, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f'<img{c} alt="{_html.escape(alt)}" src="{GIF}" width="1" height="1">'


def plain(t):
    t = re.sub(r"<br\s*/?>", " ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = _html.unescape(t)
    return re.sub(r"[ \t\n]+", " ", t).strip()


def render_body(blocks, style="p"):
    """blocks -> (html, gold paragraphs). Block kinds:
    p: paragraph (body)   h: sub-heading (body)   li: list of lines (body)
    table: rows of cells, first row header (body)   sign: right-aligned line (body)
    quote: block quote (body)   img: (alt, caption) not body   x: raw html, not body
    """
    out, gold = [], []
    ind = "\u3000\u3000" if style in ("u3000", "br") else ""
    for b in blocks:
        k = b[0]
        if k == "p":
            t = b[1]
            gold.append(plain(t))
            if style == "p":
                out.append(f"<p>{t}</p>")
            elif style == "indent":
                out.append(f'<p style="text-indent:2em;">{t}</p>')
            elif style == "u3000":
                out.append(f"<p>{ind}{t}</p>")
            elif style == "br":
                out.append(f"{ind}{t}<br><br>")
            elif style == "div":
                out.append(f'<div class="para">{t}</div>')
            elif style == "wx":
                out.append(f'<section style="margin-bottom:16px;"><p style="line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">{t}</span></p></section>')
            elif style == "span":
                out.append(f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{t}</span></p>')
        elif k == "h":
            t = b[1]
            gold.append(plain(t))
            if style == "br":
                out.append(f"{ind}<strong>{t}</strong><br><br>")
            elif style == "wx":
                out.append(f'<section style="margin:20px 0 10px;"><p style="text-align:center;"><strong><span style="color:#c00000;font-size:17px;">{t}</span></strong></p></section>')
            elif style == "span":
                out.append(f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt;"><span style="font-family:黑体;font-size:16pt;">{t}</span></p>')
            elif style in ("h3",):
                out.append(f"<h3>{t}</h3>")
            else:
                pre = ind if style == "u3000" else ""
                sty = ' style="text-indent:2em;"' if style == "indent" else ""
                out.append(f"<p{sty}>{pre}<strong>{t}</strong></p>")
        elif k == "h3":
            gold.append(plain(b[1]))
            out.append(f"<h3>{b[1]}</h3>")
        elif k == "li":
            items = b[1]
            gold.extend(plain(i) for i in items)
            if style == "br":
                out.append("".join(f"{ind}{i}<br>" for i in items) + "<br>")
            elif len(b) > 2 and b[2] == "ul":
                out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            else:
                out.append("".join(f"<p>{ind}{i}</p>" for i in items))
        elif k == "table":
            rows = b[1]
            cls = b[2] if len(b) > 2 else "tb"
            h = [f'<table class="{cls}" border="1" cellspacing="0" cellpadding="4">']
            for n, r in enumerate(rows):
                tag = "th" if n == 0 else "td"
                h.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(plain(c) for c in r))
            h.append("</table>")
            out.append("\n".join(h))
        elif k == "sign":
            gold.append(plain(b[1]))
            out.append(f'<p style="text-align:right;">{b[1]}</p>')
        elif k == "quote":
            gold.append(plain(b[1]))
            out.append(f"<blockquote>{b[1]}</blockquote>")
        elif k == "img":
            alt, cap = b[1], b[2]
            capcls = b[3] if len(b) > 3 else "pic-note"
            s = f'<p style="text-align:center;">{img(alt)}</p>'
            if cap:
                s += f'<p class="{capcls}" style="text-align:center;">{cap}</p>'
            out.append(s)
        elif k == "x":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out), gold


_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])")


def nbsp_names(h):
    """Furniture prints spaced two-character names as '王&nbsp;&nbsp;静' (so the two spaces survive)."""
    return _SPACED.sub("&nbsp;&nbsp;", h)


def render(page):
    blocks = [("x", nbsp_names(b[1])) if b[0] == "x" else b for b in page["blocks"]]
    body_html, gold = render_body(blocks, page.get("style", "p"))
    rep = {"{T}": page.get("title_html", page["title"]), "{D}": page["publish_time"], "{BODY}": body_html}
    tpl = nbsp_names(page["tpl"])
    for k, v in rep.items():
        tpl = tpl.replace(k, v)
    lang = page.get("lang", "zh")
    doc = (f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{_html.escape(page.get("doc_title", page["title"]))}</title>\n<style>\n{page["css"].strip()}\n</style>\n'
           f'</head>\n<body>\n{tpl.strip()}\n</body>\n</html>\n')
    g = {"id": page["id"], "set": "zh-blind94", "lang": lang, "kind": page["kind"], "title": page["title"],
         "authors": page["authors"], "publish_time": page["publish_time"], "body_paragraphs": gold}
    return doc, g
