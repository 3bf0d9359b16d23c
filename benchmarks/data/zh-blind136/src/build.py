#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

A page description is a dict: id, kind, lang, title, authors, publish_time, css,
top (HTML before the article), head (HTML of the headline area incl. info bar),
body (block DSL, see below), after (HTML after the body inside the article),
bottom (HTML after the article), pstyle ('p' | 'div' | 'br' | 'pind').
Body DSL, one block a line:
  p: text     paragraph (body)          h: text   sub-heading (body)
  li: text    list line (body)          t: a|b|c  table row (body; rows in a run form one table)
  img: alt|caption  photo (not body)    x: text   non-body line (editor, source, byline)
  raw: html   raw HTML (not body)       a line with no prefix is a paragraph.
"""
import html as H, json, os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def parse(body):
    out = []
    for line in body.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        m = re.match(r"^(p|h|li|t|img|x|raw):\s?(.*)$", line)
        out.append((m.group(1), m.group(2)) if m else ("p", line))
    return out

def render_body(blocks, style):
    parts, gold, table = [], [], []
    def flush():
        if table:
            rows = []
            for i, r in enumerate(table):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{H.escape(c.strip())}</{tag}>" for c in r) + "</tr>")
            parts.append('<table class="bt" border="1" cellspacing="0">' + "".join(rows) + "</table>")
            table.clear()
    for kind, text in blocks:
        if kind != "t":
            flush()
        if kind == "t":
            cells = text.split("|")
            table.append(cells)
            gold.append(" ".join(c.strip() for c in cells))
            continue
        if kind == "raw":
            parts.append(text); continue
        if kind == "img":
            alt, _, cap = text.partition("|")
            parts.append(f'<div class="pic"><img src="{GIF}" alt="{H.escape(alt)}" width="600" height="380"></div>'
                         + (f'<p class="cap">{H.escape(cap)}</p>' if cap else ""))
            continue
        if kind == "x":
            parts.append(f'<p class="note">{H.escape(text)}</p>'); continue
        if kind == "h":
            parts.append(f"<h3>{H.escape(text)}</h3>" if style != "br" else f"<p><strong>{H.escape(text)}</strong></p>")
        elif kind == "li":
            parts.append(f"<p class=\"li\">{H.escape(text)}</p>")
        else:
            t = H.escape(text)
            if style == "div":
                parts.append(f"<div>{t}</div>")
            elif style == "pind":
                parts.append(f'<p style="text-indent:2em">{t}</p>')
            elif style == "sp":
                parts.append(f"<p>\u3000\u3000{t}</p>")
            else:
                parts.append(f"<p>{t}</p>")
        gold.append(text.strip())
    flush()
    return "\n".join(parts), gold

def build(p):
    blocks = parse(p["body"])
    bhtml, gold = render_body(blocks, p.get("pstyle", "p"))
    doc = f"""<!DOCTYPE html>
<html lang="{'en' if p.get('lang')=='en' else 'zh-CN'}">
<head>
<meta charset="utf-8">
<title>{H.escape(p.get('doctitle', p['title']))}</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333}}
a{{color:#333;text-decoration:none}} ul{{list-style:none;margin:0;padding:0}}
table.bt{{border-collapse:collapse;margin:10px auto}} table.bt td,table.bt th{{padding:4px 8px}}
.cap{{text-align:center;color:#666}} .pic{{text-align:center}}
{p.get('css','')}
</style>
</head>
<body>
{p['top']}
{p['head']}
<div class="{p.get('bodycls','article-content')}">
{bhtml}
</div>
{p.get('after','')}
{p['bottom']}
</body>
</html>
"""
    g = {"id": p["id"], "set": "zh-blind136", "lang": p.get("lang", "zh"), "kind": p["kind"],
         "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
         "body_paragraphs": gold}
    return doc, g

def all_pages():
    pages = []
    for mod in ["pages_gov", "pages_media", "pages_self", "pages_paper", "pages_inst"]:
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError:
            continue
        pages += m.PAGES
    return pages

if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in all_pages():
        doc, g = build(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(all_pages()), "pages built")
