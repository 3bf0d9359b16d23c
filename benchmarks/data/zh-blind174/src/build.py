#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict: id, kind, lang, title (list of display lines), authors, time,
css (extra), layout ('div'|'table'), and furniture HTML strings: head, nav, crumb,
above (above headline: kicker/引题), below (副题 etc.), info, info_pos ('before'|'after'|
'end'), after (after body), side, foot. Body is a small block language, one block a line:
  P text   paragraph (body)          H text   sub-heading (body)
  L text   list line (body)          T a|b|c  table row (body; consecutive rows = one table)
  Q text   quoted paragraph (body)   R text   right-aligned line (body: 署名, 成文日期)
  I alt|caption   picture + caption (not body)
  X text   a line inside the article that is not body (byline, 文号, editor, source, 原标题)
The gold body is made from exactly the blocks rendered as body."""
import html, json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BASE_CSS = "body{margin:0;font:14px/1.8 sans-serif;color:#222}a{color:#1a4a8a;text-decoration:none}ul{padding-left:18px}.c{text-align:center}.r{text-align:right}table{border-collapse:collapse}td,th{padding:2px 6px}"

def e(s):
    return html.escape(s, quote=False)

def render_body(spec, pstyle):
    out, gold, rows = [], [], []
    ind = pstyle.get("indent", "")
    ptag = pstyle.get("ptag", "p")
    def flush():
        if rows:
            t = "<table border=\"1\" class=\"dt\">"
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t += "<tr>" + "".join("<%s>%s</%s>" % (tag, e(c), tag) for c in r) + "</tr>"
                gold.append(" ".join(r))
            out.append(t + "</table>")
            rows.clear()
    for line in spec.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        k, _, t = line.partition(" ")
        if k != "T":
            flush()
        if k == "P":
            out.append("<%s>%s%s</%s>" % (ptag, ind, e(t), ptag)); gold.append(t)
        elif k == "Q":
            out.append("<blockquote><p>%s</p></blockquote>" % e(t)); gold.append(t)
        elif k == "H":
            out.append(pstyle.get("h", "<p><strong>%s</strong></p>") % e(t)); gold.append(t)
        elif k == "L":
            out.append("<p class=\"li\">%s%s</p>" % (ind, e(t))); gold.append(t)
        elif k == "R":
            out.append("<p class=\"r\">%s</p>" % e(t)); gold.append(t)
        elif k == "T":
            rows.append(t.split("|"))
        elif k == "I":
            alt, _, cap = t.partition("|")
            s = "<p class=\"c\"><img src=\"%s\" alt=\"%s\" width=\"1\" height=\"1\"></p>" % (GIF, e(alt)) if alt != "-" else ""
            if cap:
                s += "<p class=\"c cap\">%s</p>" % e(cap)
            out.append(s)
        elif k == "X":
            out.append("<p class=\"%s\">%s</p>" % (pstyle.get("xcls", "x"), e(t)))
        else:
            raise ValueError("bad block %r" % line)
    flush()
    return "\n".join(out), gold

def render(p):
    body_html, gold = render_body(p["body"], p.get("pstyle", {}))
    sep = " " if p["lang"] == "en" else ""
    title_html = p.get("title_html") or "<h1>%s</h1>" % "<br>".join(e(x) for x in p["title"])
    info = p.get("info", "")
    pos = p.get("info_pos", "after")
    art = p.get("above", "")
    if pos == "before":
        art += info
    art += title_html + p.get("below", "")
    if pos == "after":
        art += info
    art += "<div class=\"content\">" + body_html + "</div>"
    if pos == "end":
        art += info
    art += p.get("after", "")
    if p.get("layout") == "table":
        main = ("<table width=\"980\" align=\"center\"><tr><td valign=\"top\" width=\"700\">%s</td>"
                "<td valign=\"top\" width=\"280\">%s</td></tr></table>" % (art, p.get("side", "")))
    else:
        main = "<div class=\"wrap\"><div class=\"main\">%s</div>%s</div>" % (
            art, ("<aside class=\"side\">%s</aside>" % p["side"]) if p.get("side") else "")
    doc = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>"
           "<style>%s%s</style></head>\n<body>\n%s\n%s\n%s\n%s\n%s\n</body></html>\n") % (
        "en" if p["lang"] == "en" else "zh-CN", e(p.get("doctitle", sep.join(p["title"]))), BASE_CSS,
        p.get("css", ""), p.get("head", ""), p.get("nav", ""), p.get("crumb", ""), main, p.get("foot", ""))
    g = {"id": p["id"], "set": "zh-blind174", "lang": p["lang"], "kind": p["kind"],
         "title": sep.join(p["title"]), "authors": p["authors"], "publish_time": p["time"],
         "body_paragraphs": gold}
    return doc, g

def all_pages():
    pages = []
    sys.path.insert(0, HERE)
    for m in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        pages += importlib.import_module(m).PAGES
    return pages

def main():
    pages = all_pages()
    for d in ("html", "gold"):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    for p in pages:
        doc, g = render(p)
        with open(os.path.join(OUT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(OUT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print("built", len(pages), "pages")

if __name__ == "__main__":
    main()
