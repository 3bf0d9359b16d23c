"""Shared helpers: render a page's body blocks to HTML and, from the same blocks, the gold paragraphs."""
import html as _h

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
IND = "\u3000\u3000"


def e(s):
    return _h.escape(s, quote=True)


def _para(t, mode):
    if mode == "p":
        return f"<p>{e(t)}</p>"
    if mode == "pi":
        return f"<p>{IND}{e(t)}</p>"
    if mode == "ps":
        return f'<p style="text-indent:2em">{e(t)}</p>'
    if mode == "div":
        return f'<div class="para">{e(t)}</div>'
    if mode == "font":
        return f'<p align="left"><font size="3" face="宋体">&nbsp;&nbsp;&nbsp;&nbsp;{e(t)}</font></p>'
    if mode == "word":
        return (f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt">'
                f'<span style="font-family:仿宋_GB2312;font-size:16pt">{e(t)}</span></p>')
    if mode == "br":
        return f"{IND}{e(t)}<br>\n<br>"
    raise ValueError(mode)


def render(blocks, mode="p", hmode="strong", lmode="p"):
    """blocks: strings ('## ' sub-heading, '- ' list item, '> ' quote, '>> ' right-aligned
    body line, '~ ' line shown in the article but not body) or tuples ('table', rows[, caption]),
    ('img', alt, caption), ('raw', html) (not body).  Returns (html, gold paragraphs)."""
    out, gold = [], []
    ul = []

    def flush():
        if ul:
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in ul) + "</ul>")
            ul.clear()

    for b in blocks:
        if isinstance(b, tuple):
            flush()
            k = b[0]
            if k == "table":
                rows = b[1]
                cap = b[2] if len(b) > 2 else None
                h = ['<table class="art-tb" border="1" cellspacing="0" cellpadding="4">']
                if cap:
                    h.append(f"<caption>{e(cap)}</caption>")
                    gold.append(cap)
                for i, r in enumerate(rows):
                    tag = "th" if i == 0 else "td"
                    h.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
                    gold.append(" ".join(r))
                h.append("</table>")
                out.append("\n".join(h))
            elif k == "img":
                out.append(f'<p class="pic" style="text-align:center"><img src="{GIF}" alt="{e(b[1])}" width="600" height="400"></p>')
                if b[2]:
                    out.append(f'<p class="pic-note" style="text-align:center">{e(b[2])}</p>')
            elif k == "raw":
                out.append(b[1])
            else:
                raise ValueError(k)
            continue
        if b.startswith("- "):
            t = b[2:]
            gold.append(t)
            if lmode == "ul":
                ul.append(t)
            else:
                out.append(_para(t, mode))
            continue
        flush()
        if b.startswith("## "):
            t = b[3:]
            gold.append(t)
            if hmode == "h3":
                out.append(f"<h3>{e(t)}</h3>")
            elif hmode == "h4":
                out.append(f'<h4 class="sub">{e(t)}</h4>')
            elif hmode == "strong":
                out.append(f"<p>{IND if mode in ('pi', 'br') else ''}<strong>{e(t)}</strong></p>")
            elif hmode == "same":
                out.append(_para(t, mode))
            else:
                raise ValueError(hmode)
        elif b.startswith(">> "):
            t = b[3:]
            gold.append(t)
            out.append(f'<p style="text-align:right">{e(t)}</p>')
        elif b.startswith("> "):
            t = b[2:]
            gold.append(t)
            out.append(f"<blockquote><p>{e(t)}</p></blockquote>")
        elif b.startswith("~ "):
            out.append(_para(b[2:], mode if mode != "br" else "p"))
        else:
            gold.append(b)
            out.append(_para(b, mode))
    flush()
    return "\n".join(out), [g.strip(" \u3000") for g in gold]
