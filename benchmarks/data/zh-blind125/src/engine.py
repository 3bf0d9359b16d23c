"""Render one page description into html/<id>.html and gold/<id>.json.

Body blocks (list of strings), prefix decides the element and whether it is body:
  "text"          paragraph (body)
  "## text"       sub-heading (body)
  "- text"        list item (body; consecutive items form one list)
  "| a | b"       table row (body; cells joined by one space in the gold)
  "> text"        quoted passage (body)
  "=text"         right-aligned 署名 / 成文日期 (body)
  "!alt|caption"  image with caption (not body)
  "~text"         a line in the article area that is not body (byline line, 原标题, editor, source)
  "@text"         centred non-body line (文号)
"""
import html as H, json, os, re

ESC = H.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="


def img(alt, src=True):
    return f'<img alt="{ESC(alt)}"' + (f' src="{GIF}"' if src else "") + ">"


def ul(items, cls="list"):
    return f'<ul class="{cls}">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def links(items, sep=""):
    return sep.join(f'<a href="#">{x}</a>' for x in items)


def div(cls, inner):
    return f'<div class="{cls}">{inner}</div>'


def render_body(blocks, indent=False):
    out, gold, i = [], [], 0
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("- "):
            items = []
            while i < len(blocks) and blocks[i].startswith("- "):
                items.append(blocks[i][2:]); i += 1
            out.append("<ul>" + "".join(f"<li>{ESC(x)}</li>" for x in items) + "</ul>")
            gold += items
            continue
        if b.startswith("| "):
            rows = []
            while i < len(blocks) and blocks[i].startswith("| "):
                rows.append([c.strip() for c in blocks[i][2:].split(" | ")]); i += 1
            t = ['<table class="bt" border="1" cellspacing="0">']
            for r, row in enumerate(rows):
                tag = "th" if r == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{ESC(c)}</{tag}>" for c in row) + "</tr>")
            out.append("".join(t) + "</table>")
            gold += [" ".join(r) for r in rows]
            continue
        i += 1
        if b.startswith("## "):
            out.append(f"<p class=\"sub\"><strong>{ESC(b[3:])}</strong></p>"); gold.append(b[3:])
        elif b.startswith("> "):
            out.append(f"<blockquote>{ESC(b[2:])}</blockquote>"); gold.append(b[2:])
        elif b.startswith("="):
            out.append(f'<p style="text-align:right">{ESC(b[1:])}</p>'); gold.append(b[1:])
        elif b.startswith("!"):
            alt, _, cap = b[1:].partition("|")
            out.append(f'<p style="text-align:center">{img(alt)}</p>')
            if cap:
                out.append(f'<p class="cap" style="text-align:center">{ESC(cap)}</p>')
        elif b.startswith("~"):
            out.append(f'<p class="note">{b[1:]}</p>')
        elif b.startswith("@"):
            out.append(f'<p style="text-align:center">{ESC(b[1:])}</p>')
        else:
            t = b
            if indent == "lit":
                out.append(f"<p>\u3000\u3000{ESC(t)}</p>")
            else:
                out.append(f"<p>{ESC(t)}</p>")
            gold.append(t)
    return "\n".join(out), gold


def build(p, root):
    body_html, gold_body = render_body(p["body"], p.get("indent"))
    page = p["html"].replace("{{BODY}}", body_html)
    css = p.get("css", "")
    doc = (f'<!DOCTYPE html>\n<html lang="{"en" if p.get("lang")=="en" else "zh-CN"}"><head><meta charset="utf-8">'
           f'<title>{ESC(p["doctitle"])}</title>\n<style>\n{css}\n</style></head>\n<body>\n{page}\n</body></html>\n')
    assert "<script" not in doc and "{{" not in doc, p["id"]
    with open(os.path.join(root, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    g = {"id": p["id"], "set": "zh-blind125", "lang": p.get("lang", "zh"), "kind": p["kind"],
         "title": p["title"], "authors": p["authors"], "publish_time": p["time"],
         "body_paragraphs": gold_body}
    with open(os.path.join(root, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
