#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

A page description is a dict: id, kind, lang, title, authors, publish_time, css, page (HTML with
{BODY} where the article body goes), body (block text, one block a line):
  plain line      -> <p>  (body)
  '## text'       -> sub-heading (body)
  '- text'        -> list item (body)
  '| a | b |'     -> table row (body: cells joined by one space)
  '[img alt|cap]' -> image + caption (not body)
  '!! text'       -> line inside the article that is not body (byline, editor, source)
  '> text'        -> quoted passage (body)
Options: pstyle ('p', 'indent', 'br', 'div'), hstyle ('h3', 'strong', 'p-b').
"""
import html as H, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

def render(page):
    ps = page.get("pstyle", "p"); hs = page.get("hstyle", "h3")
    out, gold, ul, tbl = [], [], [], []
    def flush():
        if ul:
            out.append("<ul>" + "".join(f"<li>{H.escape(x)}</li>" for x in ul) + "</ul>"); ul.clear()
        if tbl:
            rows = []
            for i, r in enumerate(tbl):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{H.escape(c)}</{tag}>" for c in r) + "</tr>")
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>"); tbl.clear()
    for line in page["body"].strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            if tbl: flush()
            ul.append(line[2:]); gold.append(line[2:]); continue
        if line.startswith("|"):
            if ul: flush()
            cells = [c.strip() for c in line.strip("|").split("|")]
            tbl.append(cells); gold.append(" ".join(cells)); continue
        flush()
        if line.startswith("## "):
            t = line[3:]; gold.append(t)
            if hs == "h3": out.append(f"<h3>{H.escape(t)}</h3>")
            elif hs == "strong": out.append(f"<p><strong>{H.escape(t)}</strong></p>")
            else: out.append(f'<p class="sub" style="font-weight:bold">{H.escape(t)}</p>')
        elif line.startswith("[img "):
            alt, cap = line[5:-1].split("|")
            out.append(f'<p class="pic" style="text-align:center"><img src="{GIF}" alt="{H.escape(alt)}" width="600" height="400"></p>'
                       + (f'<p class="cap" style="text-align:center">{H.escape(cap)}</p>' if cap else ""))
        elif line.startswith("!! "):
            out.append(f'<p class="nb">{H.escape(line[3:])}</p>')
        elif line.startswith("> "):
            t = line[2:]; gold.append(t); out.append(f"<blockquote><p>{H.escape(t)}</p></blockquote>")
        else:
            gold.append(line); t = H.escape(line)
            if ps == "p": out.append(f"<p>{t}</p>")
            elif ps == "indent": out.append(f'<p style="text-indent:2em">\u3000\u3000{t}</p>')
            elif ps == "div": out.append(f"<div class=\"para\">{t}</div>")
            elif ps == "br": out.append(f"\u3000\u3000{t}<br><br>")
    flush()
    return "\n".join(out), gold

def main():
    pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    ids = [p["id"] for p in pages]
    assert len(set(ids)) == len(ids), ids
    for p in pages:
        body_html, gold_body = render(p)
        doc = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>\n<style>%s</style></head>\n<body>\n%s\n</body></html>\n"
               % ("en" if p.get("lang") == "en" else "zh-CN", H.escape(p.get("doctitle", p["title"])), p.get("css", ""),
                  p["page"].replace("{TITLE}", H.escape(p["title"])).replace("{BODY}", body_html)))
        assert "<script" not in doc.lower()
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        g = {"id": p["id"], "set": "zh-blind163", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
             "body_paragraphs": gold_body}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print("built", len(pages), "pages")

if __name__ == "__main__":
    main()
