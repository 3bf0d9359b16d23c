"""Shared helpers: render one page description to HTML and to gold."""
import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def strip_tags(s):
    s = re.sub(r"<br\s*/?>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = _html.unescape(s)
    return re.sub(r"[ \t\r\n]+", " ", s).strip()


def render_body(blocks, mode="p", hstyle="h3", tcls=""):
    """blocks -> (html, gold paragraphs). Plain strings are paragraphs."""
    out, gold = [], []
    for b in blocks:
        if isinstance(b, str):
            b = ("p", b)
        t = b[0]
        if t == "p":
            txt = b[1]
            gold.append(strip_tags(txt))
            if mode == "p":
                out.append(f"<p>{txt}</p>")
            elif mode == "pi":
                out.append(f'<p style="text-indent:2em">{txt}</p>')
            elif mode == "u3000":
                out.append(f"<p>\u3000\u3000{txt}</p>")
            elif mode == "u3000br":
                out.append(f"\u3000\u3000{txt}<br><br>\n")
            elif mode == "br":
                out.append(f"{txt}<br>\n")
            elif mode == "div":
                out.append(f"<div>{txt}</div>")
            elif mode == "section":
                out.append(f'<section><span style="font-size:15px">{txt}</span></section>')
            elif mode == "nbsp":
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{txt}</p>")
        elif t == "h":
            gold.append(strip_tags(b[1]))
            if hstyle == "strong":
                out.append(f"<p><strong>{b[1]}</strong></p>")
            elif hstyle == "u3000strong":
                out.append(f"<p>\u3000\u3000<strong>{b[1]}</strong></p>")
            elif hstyle == "brstrong":
                out.append(f"<strong>{b[1]}</strong><br>\n")
            else:
                out.append(f"<{hstyle}>{b[1]}</{hstyle}>")
        elif t == "li":
            items = b[1]
            gold.extend(strip_tags(i) for i in items)
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
        elif t == "q":
            gold.append(strip_tags(b[1]))
            out.append(f"<blockquote><p>{b[1]}</p></blockquote>")
        elif t == "table":
            rows = b[1]
            h = [f'<table class="{tcls}" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                cells = r.split("|")
                gold.append(" ".join(strip_tags(c) for c in cells))
                tag = "th" if i == 0 else "td"
                h.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>")
            h.append("</table>")
            out.append("\n".join(h))
        elif t == "img":
            alt, cap = b[1], (b[2] if len(b) > 2 else "")
            src = f' src="{GIF}"' if len(b) > 3 and b[3] else ""
            cap_html = f'<p class="pic-cap" style="text-align:center;color:#666">{cap}</p>' if cap else ""
            out.append(f'<p style="text-align:center"><img alt="{alt}"{src} width="600" height="1"></p>{cap_html}')
        elif t == "x":  # non-body HTML inside the article container
            out.append(b[1])
        else:
            raise ValueError(t)
    return "\n".join(out), gold


def page_html(p):
    body_html, gold = render_body(p["body"], p.get("mode", "p"), p.get("hstyle", "h3"), p.get("tcls", ""))
    a, z = p.get("wrap", ('<div class="article-content">', "</div>"))
    lang = "en" if p["lang"] == "en" else "zh-CN"
    doc = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{p.get("doctitle", p["title"])}</title>\n<style>\n{p["css"].strip()}\n</style>\n</head>\n'
           f'<body>\n{p["pre"].strip()}\n{a}\n{body_html}\n{z}\n{p["post"].strip()}\n</body>\n</html>\n')
    return doc, gold
