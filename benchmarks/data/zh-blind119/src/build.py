#!/usr/bin/env python3
"""Build html/ and gold/ of zh-blind119 from the page descriptions in pages_*.py.

A page description is a dict.  Its article body is a small block text (see BLOCKS);
the same blocks are rendered into the page and written to the gold, so the gold body
is exactly the rendered body.  Everything else (furniture) is raw HTML typed per page.
"""
import html, json, os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

BLOCKS = """block lines of a body (one block a line):
  text            paragraph (body)
  ## text         sub-heading (body)
  - text          list item (body); consecutive items form one list
  | a | b | c     table row (body: cells joined by one space); consecutive rows = one table
  > text          quoted passage (body)
  >> text         right-aligned line: 署名 / 成文日期 (body)
  ~ text          a line in the article that is not body (editor, source, own-line byline, 原标题)
  ! alt | caption photo (alt text and caption, not body)
"""

def esc(s):
    return html.escape(s, quote=False)

def render_body(src, pcls="", indent=False):
    out, gold = [], []
    lines = [l.strip() for l in src.strip().split("\n") if l.strip()]
    i = 0
    ind = "\u3000\u3000" if indent else ""
    pc = f' class="{pcls}"' if pcls else ""
    while i < len(lines):
        l = lines[i]
        if l.startswith("## "):
            t = l[3:].strip(); gold.append(t); out.append(f"<p{pc}><strong>{esc(t)}</strong></p>" if i % 2 else f"<h3>{esc(t)}</h3>")
        elif l.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:].strip()); i += 1
            i -= 1
            gold.extend(items)
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>")
        elif l.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip("|").split("|")]); i += 1
            i -= 1
            gold.extend(" ".join(r) for r in rows)
            tr = []
            for k, r in enumerate(rows):
                tag = "th" if k == 0 else "td"
                tr.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
            out.append('<table class="dt" border="1" cellspacing="0" cellpadding="4">' + "".join(tr) + "</table>")
        elif l.startswith(">> "):
            t = l[3:].strip(); gold.append(t); out.append(f'<p style="text-align:right">{esc(t)}</p>')
        elif l.startswith("> "):
            t = l[2:].strip(); gold.append(t); out.append(f"<blockquote><p>{esc(t)}</p></blockquote>")
        elif l.startswith("~ "):
            out.append(f'<p class="nb">{esc(l[2:].strip())}</p>')
        elif l.startswith("! "):
            alt, _, cap = l[2:].partition("|")
            out.append(f'<p class="pic"><img alt="{html.escape(alt.strip())}" src="{GIF}" width="1" height="1"></p>'
                       + (f'<p class="cap">{esc(cap.strip())}</p>' if cap.strip() else ""))
        else:
            gold.append(l); out.append(f"<p{pc}>{ind}{esc(l)}</p>")
        i += 1
    return "\n".join(out), gold

def build(page):
    body_html, gold = render_body(page["body"], page.get("pcls", ""), page.get("indent", False))
    doc = page["html"].replace("{BODY}", body_html)
    full = ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % ("en" if page.get("lang") == "en" else "zh-CN", esc(page["doctitle"]), page["css"].strip(), doc.strip()))
    assert "<script" not in full and "{BODY}" not in full
    g = {"id": page["id"], "set": "zh-blind119", "lang": page.get("lang", "zh"), "kind": page["kind"],
         "title": page["title"], "authors": page["authors"], "publish_time": page["publish_time"],
         "body_paragraphs": gold}
    return full, g

def main():
    pages = []
    for mod in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        if os.path.exists(os.path.join(HERE, mod + ".py")):
            pages += importlib.import_module(mod).PAGES
    for p in pages:
        full, g = build(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(full)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(pages), "pages built")

if __name__ == "__main__":
    main()
