#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body mini-language (one block per line of a page's "body"):
  ## text        sub-heading (body)
  - text         list line (body; the "- " is dropped, numbering is part of text)
  | a | b | c    table row (body: cells joined by one space); consecutive rows = one table
  !img alt || caption   picture + caption (not body)
  ~ text         a line inside the article that is not body (byline, 原标题, editor, source)
  = text         body line set right-aligned (署名, 成文日期)
  > text         quoted passage (body)
  other          paragraph (body)
"""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
E = html.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def parse_body(src):
    blocks, gold = [], []
    for line in src.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:])); gold.append(line[3:])
        elif line.startswith("- "):
            blocks.append(("li", line[2:])); gold.append(line[2:])
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
            gold.append(" ".join(cells))
        elif line.startswith("!img "):
            alt, _, cap = line[5:].partition("||")
            blocks.append(("img", alt.strip(), cap.strip()))
        elif line.startswith("~ "):
            blocks.append(("x", line[2:]))
        elif line.startswith("= "):
            blocks.append(("r", line[2:])); gold.append(line[2:])
        elif line.startswith("> "):
            blocks.append(("q", line[2:])); gold.append(line[2:])
        else:
            blocks.append(("p", line)); gold.append(line)
    return blocks, gold

def render_body(blocks, style):
    """style: dict(indent=bool, p='p'|'div'|'br', img='gif'|'nosrc')"""
    out, ul = [], False
    ind = "&#12288;&#12288;" if style.get("indent") else ""
    mode = style.get("p", "p")
    for b in blocks:
        if b[0] != "li" and ul:
            out.append("</ul>"); ul = False
        k = b[0]
        if k == "p":
            t = ind + E(b[1])
            out.append(f"<p>{t}</p>" if mode == "p" else (f"<div class=\"para\">{t}</div>" if mode == "div" else f"{t}<br><br>"))
        elif k == "h":
            out.append(f"<{style.get('h','h3')} class=\"subt\">{E(b[1])}</{style.get('h','h3')}>" if mode != "br" else f"<strong>{E(b[1])}</strong><br><br>")
        elif k == "li":
            if style.get("li") == "p":
                out.append(f"<p class=\"li\">{ind}{E(b[1])}</p>")
            else:
                if not ul:
                    out.append("<ul class=\"list\">"); ul = True
                out.append(f"<li>{E(b[1])}</li>")
        elif k == "table":
            rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f"<table class=\"data\" border=\"1\" cellspacing=\"0\">{rows}</table>")
        elif k == "img":
            src = f" src=\"{GIF}\" width=\"600\" height=\"1\"" if style.get("img") == "gif" else ""
            cap = f"<p class=\"caption\">{E(b[2])}</p>" if b[2] else ""
            out.append(f"<div class=\"pic\"><img alt=\"{E(b[1])}\"{src}>{cap}</div>")
        elif k == "x":
            out.append(f"<p class=\"note\">{E(b[1])}</p>")
        elif k == "r":
            out.append(f"<p style=\"text-align:right\">{E(b[1])}</p>")
        elif k == "q":
            out.append(f"<blockquote><p>{E(b[1])}</p></blockquote>")
    if ul:
        out.append("</ul>")
    return "\n".join(out)

def ul(items, cls="", sep=None):
    if sep is not None:
        return f"<div class=\"{cls}\">" + sep.join(f"<a href=\"#\">{E(i)}</a>" for i in items) + "</div>"
    return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"#\">{E(i)}</a></li>" for i in items) + "</ul>"

def page_html(p, css, bodyhtml):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n") % (
        "en" if p.get("lang") == "en" else "zh-CN", E(p.get("doc_title") or (p["title"] + "_" + p["site"])), css, bodyhtml)

def main():
    import layouts
    from pages_a import PAGES as A
    from pages_b import PAGES as B
    pages = A + B
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in pages:
        blocks, gold_body = parse_body(p["body"])
        fn = getattr(layouts, p["layout"])
        doc = fn(p, blocks)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)
        g = {"id": p["id"], "set": "zh-blind153", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": p["authors"], "publish_time": p["time"],
             "body_paragraphs": gold_body}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(f"{len(pages)} pages built")

if __name__ == "__main__":
    main()
