#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict: id, kind, lang, title, authors, publish_time, css, head (furniture
before the article), titlehtml (headline block; default <h1>title</h1>), info (info bar html),
info_pos ('above' the headline, 'below' it, or 'end' after the body), blocks (article body),
tail (furniture after the body), foot (footer), feat (features, for README).
Blocks: ('p', text) ('h', text) ('li', [texts]) ('table', [[cells]...]) are body;
('cap', text) ('img', alt) ('raw', html) ('note', text) are rendered but not body.
"""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C
PAGES = A + B + C
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def render_blocks(blocks, indent):
    out, body = [], []
    ind = "\u3000\u3000" if indent else ""
    for b in blocks:
        k, v = b[0], b[1]
        if k == "p":
            out.append(f"<p>{ind}{e(v)}</p>"); body.append(v)
        elif k == "h":
            tag = b[2] if len(b) > 2 else "h3"
            if tag == "strong":
                out.append(f"<p><strong>{ind}{e(v)}</strong></p>")
            else:
                out.append(f"<{tag}>{e(v)}</{tag}>")
            body.append(v)
        elif k == "li":
            out.append('<ul class="lst">' + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>"); body.extend(v)
        elif k == "table":
            rows = []
            for i, r in enumerate(v):
                t = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{t}>{e(c)}</{t}>" for c in r) + "</tr>")
                body.append(" ".join(c for c in r if c))
            out.append('<table class="data" border="1" cellspacing="0">' + "".join(rows) + "</table>")
        elif k == "cap":
            out.append(f'<p class="cap" style="text-align:center">{e(v)}</p>')
        elif k == "img":
            out.append(f'<p style="text-align:center"><img src="{GIF}" alt="{e(v)}" width="600" height="1"></p>')
        elif k == "note":
            out.append(f'<p class="note">{e(v)}</p>')
        elif k == "raw":
            out.append(v)
        else:
            raise ValueError(k)
    return "\n".join(out), body

def build(p):
    bhtml, body = render_blocks(p["blocks"], p.get("indent", False))
    title = p.get("titlehtml") or f"<h1>{e(p['title'])}</h1>"
    info = p.get("info", "")
    pos = p.get("info_pos", "below")
    art = []
    if pos == "above": art.append(info)
    art.append(title)
    if pos == "below": art.append(info)
    art.append(f'<div class="{p.get("bodycls","content")}">\n{bhtml}\n</div>')
    if pos == "end": art.append(info)
    lang = "en" if p["lang"] == "en" else "zh-CN"
    doc = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{e(p.get('doctitle', p['title']))}</title>
<style>
{p.get('css','body{font-family:sans-serif;margin:0}')}
img{{display:inline-block}}
ul.lst{{list-style:none;padding-left:2em}}
table.data{{border-collapse:collapse}} table.data td,table.data th{{padding:2px 6px}}
</style>
</head>
<body>
{p.get('head','')}
<div class="{p.get('artcls','article')}">
{chr(10).join(art)}
{p.get('tail','')}
</div>
{p.get('foot','')}
</body>
</html>
"""
    gold = {"id": p["id"], "set": "zh-blind178", "lang": p["lang"], "kind": p["kind"],
            "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
            "body_paragraphs": body}
    return doc, gold

def main():
    ids = set()
    for p in PAGES:
        assert p["id"] not in ids, p["id"]; ids.add(p["id"])
        doc, gold = build(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
