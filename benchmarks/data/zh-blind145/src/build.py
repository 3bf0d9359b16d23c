#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict: id, kind, lang, title, authors, publish_time, css, top (HTML before the
article), head (HTML with {title}; the headline block incl. info bar), body (a small line DSL),
after (HTML right after the body inside the article), bottom (HTML after the article), wrap
(outer layout: 'table', 'div', 'html5', 'app').
Body DSL, one block per line:
  text           -> <p> body paragraph
  ## text        -> sub-heading (body)
  - text         -> list item (body)
  | a | b |      -> table row (body; header row first), consecutive rows form one table
  = text         -> right-aligned paragraph (body; 署名/成文日期)
  ~ text         -> non-body line (editor, byline, source line) rendered as <p class=meta>
  !alt|caption   -> image with alt text and caption (not body)
  # text         -> 文号 line / non-body centred line
"""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def render_body(src, style):
    out, gold, rows = [], [], []
    def flush():
        if rows:
            t = ['<table class="bt" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t)); rows.clear()
    in_list = False
    for line in src.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows.append(cells); gold.append(" ".join(cells)); continue
        flush()
        if line.startswith("- "):
            if not in_list:
                out.append("<ul class='bl'>"); in_list = True
            out.append(f"<li>{e(line[2:])}</li>"); gold.append(line[2:]); continue
        if in_list:
            out.append("</ul>"); in_list = False
        if line.startswith("## "):
            t = line[3:]
            if style == "strong":
                out.append(f"<p><strong>{e(t)}</strong></p>")
            else:
                out.append(f"<h3>{e(t)}</h3>")
            gold.append(t)
        elif line.startswith("= "):
            out.append(f'<p style="text-align:right">{e(line[2:])}</p>'); gold.append(line[2:])
        elif line.startswith("~ "):
            out.append(f'<p class="meta">{e(line[2:])}</p>')
        elif line.startswith("# "):
            out.append(f'<p style="text-align:center">{e(line[2:])}</p>')
        elif line.startswith("!"):
            alt, _, cap = line[1:].partition("|")
            out.append(f'<p style="text-align:center"><img src="{GIF}" alt="{e(alt)}" width="600" height="1"></p>')
            if cap:
                out.append(f'<p class="cap" style="text-align:center">{e(cap)}</p>')
        else:
            ind = "\u3000\u3000" if style == "indent" else ""
            out.append(f"<p>{ind}{e(line)}</p>"); gold.append(line)
    flush()
    if in_list:
        out.append("</ul>")
    return "\n".join(out), gold

def build(p):
    body_html, gold = render_body(p["body"], p.get("pstyle", "plain"))
    head = p["head"].replace("{title}", p.get("title_html", e(p["title"])))
    wrap = p.get("wrap", "div")
    art = f'{head}\n<div class="{p.get("bodyclass","content")}">\n{body_html}\n</div>\n{p.get("after","")}'
    if wrap == "table":
        main = f'<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td class="main">\n{art}\n</td></tr></table>'
    elif wrap == "table2":
        main = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="230" valign="top" class="side">{p.get("side","")}</td>'
                f'<td valign="top" class="main">\n{art}\n</td></tr></table>')
    elif wrap == "html5":
        main = f'<main class="wrap"><article>\n{art}\n</article>{("<aside>"+p["side"]+"</aside>") if p.get("side") else ""}</main>'
    elif wrap == "app":
        main = f'<div class="app"><section class="art">\n{art}\n</section></div>'
    else:
        main = f'<div class="container"><div class="left">\n{art}\n</div>{("<div class=right>"+p["side"]+"</div>") if p.get("side") else ""}</div>'
    lang = "en" if p["lang"] == "en" else "zh-CN"
    doc = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{e(p.get("doctitle", p["title"]))}</title>\n<style>\n{p.get("css","")}\n'
           '.meta{color:#666}.cap{color:#555;font-size:13px}table.bt{border-collapse:collapse;margin:0 auto}\n'
           f'</style>\n</head>\n<body>\n{p.get("top","")}\n{main}\n{p.get("bottom","")}\n</body>\n</html>\n')
    g = {"id": p["id"], "set": "zh-blind145", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
         "authors": p["authors"], "publish_time": p["publish_time"], "body_paragraphs": gold}
    doc = doc.replace(' src=""', "")
    return doc, g

def all_pages():
    import pages_gov, pages_media, pages_rest
    return pages_gov.PAGES + pages_media.PAGES + pages_rest.PAGES

def main():
    pages = all_pages()
    for p in pages:
        doc, g = build(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(f"{len(pages)} pages built")

if __name__ == "__main__":
    main()
