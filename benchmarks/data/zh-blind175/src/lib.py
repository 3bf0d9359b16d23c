"""Page engine: turns one page description into html/<id>.html and gold/<id>.json.
The gold body comes from the same blocks that are rendered as body."""
import html as H, json, os

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = []

def e(s):
    return H.escape(s, quote=False)

def img(alt):
    return f'<img alt="{H.escape(alt)}" src="{GIF}" width="1" height="1">'

def render_body(blocks, style):
    """blocks: ('p',text) ('h',text) ('li',[..]) ('table',[[..],..]) ('img',alt,caption)
    ('right',text) body line set right, ('x',html) furniture inside the body area (not gold)."""
    out, gold = [], []
    sep = "<br>\n" if style == "br" else ""
    for b in blocks:
        k = b[0]
        if k == "p":
            t = b[1]; gold.append(t.strip())
            if style == "p": out.append(f"<p>{e(t)}</p>")
            elif style == "ind": out.append(f'<p style="text-indent:2em">{e(t)}</p>')
            elif style == "sp": out.append(f"<p>\u3000\u3000{e(t)}</p>")
            elif style == "div": out.append(f'<div class="para">{e(t)}</div>')
            elif style == "br": out.append(f"\u3000\u3000{e(t)}<br>")
            elif style == "font": out.append(f'<p><font size="3">\u3000\u3000{e(t)}</font></p>')
            elif style == "sec": out.append(f'<section><span>{e(t)}</span></section>')
        elif k == "h":
            gold.append(b[1])
            if style == "br": out.append(f"<b>{e(b[1])}</b><br>")
            elif style in ("sp", "font"): out.append(f"<p>\u3000\u3000<strong>{e(b[1])}</strong></p>")
            elif style == "sec": out.append(f'<section><strong>{e(b[1])}</strong></section>')
            else: out.append(f'<h3 class="sub">{e(b[1])}</h3>')
        elif k == "li":
            gold.extend(b[1])
            if style == "br": out.append("".join(f"{e(i)}<br>" for i in b[1]))
            else: out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "table":
            rows = b[1]
            for r in rows: gold.append(" ".join(r))
            t = ['<table class="dt" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif k == "img":
            cap = f'<p class="cap">{e(b[2])}</p>' if len(b) > 2 and b[2] else ""
            out.append(f'<p class="pic" style="text-align:center">{img(b[1])}</p>{cap}')
        elif k == "right":
            gold.append(b[1])
            if style == "br": out.append(f'<div style="text-align:right">{e(b[1])}</div>')
            else: out.append(f'<p style="text-align:right">{e(b[1])}</p>')
        elif k == "x":
            out.append(b[1])
    return "\n".join(out), gold

def page(id, kind, title, authors, time, css, before, blocks, after, style="p", lang="zh",
         features="", bodywrap=('<div class="content">', "</div>"), htmltitle=None):
    body_html, gold = render_body(blocks, style)
    doc = (f'<!DOCTYPE html>\n<html lang="{"en" if lang=="en" else "zh-CN"}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{e(htmltitle or title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n'
           f'{before}\n{bodywrap[0]}\n{body_html}\n{bodywrap[1]}\n{after}\n</body>\n</html>\n')
    g = {"id": id, "set": "zh-blind175", "lang": lang, "kind": kind, "title": title,
         "authors": authors, "publish_time": time, "body_paragraphs": gold}
    PAGES.append((id, doc, g, features))

def write_all():
    for id, doc, g, _ in PAGES:
        with open(os.path.join(ROOT, "html", id + ".html"), "w", encoding="utf-8") as f: f.write(doc)
        with open(os.path.join(ROOT, "gold", id + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    with open(os.path.join(ROOT, "src", "features.json"), "w", encoding="utf-8") as f:
        json.dump({id: feat for id, _, _, feat in PAGES}, f, ensure_ascii=False, indent=1)
