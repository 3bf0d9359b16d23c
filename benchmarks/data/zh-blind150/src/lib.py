"""Shared helpers: body blocks -> HTML and gold paragraphs; page -> files."""
import html as H, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
e = H.escape

def gold_paras(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "li", "q"):
            out.append(b[1])
        elif k == "table":
            out.extend(" ".join(c for c in row) for row in b[1])
    return out

def render_body(blocks, style="p"):
    """style: p | indent | br | font | section"""
    parts = []
    brbuf = []
    for b in blocks:
        k = b[0]
        if k == "img":
            alt = b[1]; cap = b[2] if len(b) > 2 else None
            s = f'<p class="pic" style="text-align:center"><img alt="{e(alt)}" src="{GIF}" width="1" height="1"></p>'
            if cap:
                s += f'<p class="pic-cap" style="text-align:center;color:#666">{e(cap)}</p>'
            parts.append(s); continue
        if k == "x":  # non-body line inside the body box (byline, editor, 原标题...)
            parts.append(f'<p class="{b[2] if len(b)>2 else "note"}">{e(b[1])}</p>'); continue
        if k == "raw":
            parts.append(b[1]); continue
        if k == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1])
            parts.append(f'<table class="data" border="1" cellspacing="0">{rows}</table>'); continue
        t = e(b[1])
        if k == "h":
            if style == "section":
                parts.append(f'<section><p style="text-align:center"><strong><span style="color:#b5261e">{t}</span></strong></p></section>')
            else:
                parts.append(f'<p style="text-indent:2em"><strong>{t}</strong></p>' if style != "br" else f'<h3>{t}</h3>')
        elif k == "li":
            parts.append(f'<p class="li">{t}</p>')
        else:
            if style == "indent":
                parts.append(f'<p>\u3000\u3000{t}</p>')
            elif style == "br":
                parts.append(f'&nbsp;&nbsp;&nbsp;&nbsp;{t}<br><br>')
            elif style == "font":
                parts.append(f'<p style="text-indent:2em;line-height:2"><font face="宋体" size="3">{t}</font></p>')
            elif style == "section":
                parts.append(f'<section style="margin:0 8px"><p style="line-height:1.75"><span style="font-size:15px">{t}</span></p></section>')
            else:
                parts.append(f'<p>{t}</p>')
    return "\n".join(parts)

def ul(items, cls="list"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{e(i)}</a></li>' for i in items) + "</ul>"

def nav(items, cls="nav"):
    return f'<div class="{cls}">' + "".join(f'<a href="#">{e(i)}</a>' for i in items) + "</div>"

def qr(cap):
    return f'<div class="qr"><img alt="" src="{GIF}" width="1" height="1"><p>{e(cap)}</p></div>'

def page(pid, kind, lang, title, authors, ptime, blocks, html_title, css, body_html):
    doc = f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang=="zh" else "en"}">\n<head>\n<meta charset="utf-8">\n<title>{e(html_title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n{body_html}\n</body>\n</html>\n'
    with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    g = {"id": pid, "set": "zh-blind150", "lang": lang, "kind": kind, "title": title,
         "authors": authors, "publish_time": ptime, "body_paragraphs": gold_paras(blocks)}
    with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
