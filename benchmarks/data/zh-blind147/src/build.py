#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict; its "body" is a list of blocks, and the same blocks are rendered
into the page and turned into the gold body paragraphs:
  ("p", text)  paragraph (body)        ("h", text)  sub-heading (body)
  ("li", text) list line (body)        ("q", text)  quoted passage (body)
  ("table", rows)  table, one gold paragraph per row, cells joined by one space
  ("img", alt, caption)  photo: alt text and caption, not body
  ("x", html)  a line inside the article area that is not body (byline, 原标题, source, editor)
"""
import html as H, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

def esc(s):
    return s  # page texts are written as HTML already (plain text, &nbsp; allowed)

def strip_tags(s):
    s = re.sub(r"<[^>]+>", "", s)
    s = H.unescape(s).replace("\xa0", " ")
    return re.sub(r"[ \t]+", " ", s).strip()

def gold_body(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h", "li", "q"):
            out.append(strip_tags(b[1]))
        elif b[0] == "table":
            for row in b[1]:
                out.append(" ".join(strip_tags(c) for c in row))
    return out

def render_blocks(blocks, st):
    """st: style options of the page (pstyle, hstyle, liststyle, imgstyle, indent)"""
    out = []; i = 0
    ind = st.get("indent", "")
    while i < len(blocks):
        b = blocks[i]; k = b[0]
        if k == "p":
            tag = st.get("ptag", "p")
            out.append(f"<{tag}>{ind}{b[1]}</{tag}>" if tag != "br" else f"{ind}{b[1]}<br>")
        elif k == "h":
            hs = st.get("hstyle", "h3")
            if hs == "strong":
                out.append(f"<p>{ind}<strong>{b[1]}</strong></p>")
            elif hs == "b-br":
                out.append(f"<b>{b[1]}</b><br>")
            else:
                out.append(f"<{hs}>{b[1]}</{hs}>")
        elif k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(blocks[i][1]); i += 1
            i -= 1
            if st.get("liststyle") == "p":
                out += [f"<p>{ind}{t}</p>" for t in items]
            else:
                out.append("<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>")
        elif k == "q":
            out.append(f"<blockquote>{b[1]}</blockquote>")
        elif k == "table":
            rows = b[1]
            t = ['<table class="dt" border="1" cellspacing="0">']
            for r_i, row in enumerate(rows):
                c = "th" if r_i == 0 and st.get("th", True) else "td"
                t.append("<tr>" + "".join(f"<{c}>{x}</{c}>" for x in row) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif k == "img":
            alt, cap = b[1], b[2]
            cap_html = f'<p class="pic-cap">{cap}</p>' if cap else ""
            if st.get("imgsrc", True):
                out.append(f'<div class="pic"><img src="{GIF}" alt="{alt}" width="1" height="1">{cap_html}</div>')
            else:
                out.append(f'<div class="pic"><img alt="{alt}">{cap_html}</div>')
        elif k == "x":
            out.append(f'<p class="note">{b[1]}</p>')
        elif k == "raw":
            out.append(b[1])
        i += 1
    return "\n".join(out)

def links(items, sep=""):
    return sep.join(f'<a href="#">{x}</a>' for x in items)

def ul(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{x}</a></li>' for x in items) + "</ul>"

def rel_list(items, cls="rel"):
    # items: str or (title, date)
    lis = []
    for x in items:
        if isinstance(x, tuple):
            lis.append(f'<li><a href="#">{x[0]}</a><span class="d">{x[1]}</span></li>')
        else:
            lis.append(f'<li><a href="#">{x}</a></li>')
    return f'<ul class="{cls}">' + "".join(lis) + "</ul>"

def page_html(p):
    import layouts
    fn = getattr(layouts, p["layout"])
    body_html = render_blocks(p["body"], p.get("st", {}))
    inner = fn(p, body_html)
    css = p.get("css", "") + layouts.CSS.get(p["layout"], "")
    title_tag = p.get("doctitle", strip_tags(p["title"]) + "_" + p.get("site", ""))
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>\n<style>%s</style></head>\n<body>\n%s\n</body></html>\n"
            % ("en" if p.get("lang") == "en" else "zh-CN", title_tag, css, inner))

def load_pages():
    pages = []
    for mod in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        m = __import__(mod)
        pages += m.PAGES
    return pages

def main():
    pages = load_pages()
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in pages:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
        g = {"id": p["id"], "set": "zh-blind147", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p.get("gold_title", strip_tags(p["title"].replace("<br>", "" if p.get("lang") != "en" else " "))),
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(p["body"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(pages), "pages built")

if __name__ == "__main__":
    main()
