#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

A page description is a dict.  Body blocks are tuples:
  ("p", text)            paragraph (body)            ("h", text)   sub-heading (body)
  ("li", [items])        list lines (body)          ("table", [[cells], ...]) rows (body)
  ("q", text)            quoted passage (body)      ("pi", text)  paragraph with U+3000 indent (body)
  ("cap", text)          photo + caption (not body) ("by", text)  byline on its own line (not body)
  ("note", text)         editor/source/原标题 line (not body)
The gold body comes from exactly the blocks that are rendered as body.
"""
import html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="

KIND = {"gov": "government", "media": "media", "self": "self-media", "epaper": "e-paper", "inst": "institution"}


def e(s):
    return html.escape(s, quote=False)


def nospace(s):
    return "".join(s.split())


def body_html(blocks, style):
    out, gold = [], []
    for b in blocks:
        t, v = b[0], b[1]
        if t in ("p", "pi"):
            ind = "\u3000\u3000" if t == "pi" else ""
            if style == "div":
                out.append(f"<div class=\"para\">{ind}{e(v)}</div>")
            elif style == "br":
                out.append(f"{ind}{e(v)}<br><br>")
            else:
                out.append(f"<p>{ind}{e(v)}</p>")
            gold.append(v)
        elif t == "h":
            out.append(f"<p class=\"sub\"><strong>{e(v)}</strong></p>" if style != "h3" else f"<h3>{e(v)}</h3>")
            gold.append(v)
        elif t == "q":
            out.append(f"<blockquote><p>{e(v)}</p></blockquote>")
            gold.append(v)
        elif t == "li":
            out.append("<ul class=\"lst\">" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>")
            gold.extend(v)
        elif t == "table":
            rows = []
            for i, r in enumerate(v):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            out.append("<table class=\"dt\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
        elif t == "cap":
            out.append(f"<p class=\"pic\"><img src=\"{GIF}\" alt=\"{e(v)}\"></p><p class=\"caption\">{e(v)}</p>"
                       if len(b) < 3 else f"<p class=\"pic\"><img alt=\"{e(b[2])}\"></p><p class=\"caption\">{e(v)}</p>")
        elif t in ("by", "note"):
            out.append(f"<p class=\"{t}\">{e(v)}</p>")
        elif t == "raw":
            out.append(v)
        else:
            raise ValueError(t)
    return "\n".join(out), gold


def lst(items, cls="", tag="ul"):
    return f"<{tag} class=\"{cls}\">" + "".join(f"<li>{x}</li>" for x in items) + f"</{tag}>"


def render(p):
    lay = p.get("layout", "div")
    css = p.get("css", "") + "\nbody{font-family:sans-serif;margin:0}.dt td,.dt th{padding:4px}.caption{text-align:center;color:#666}"
    parts = []
    for block in p.get("top", []):
        parts.append(block)
    if p.get("nav"):
        parts.append(f"<div class=\"nav\">{lst(p['nav'])}</div>" if lay != "table" else
                     "<table width=\"100%\" class=\"navt\"><tr>" + "".join(f"<td>{x}</td>" for x in p["nav"]) + "</tr></table>")
    if p.get("crumb"):
        parts.append(f"<div class=\"crumb\">{p['crumb']}</div>")
    head = []
    if p.get("pretitle"):
        head.append(f"<p class=\"yt\">{e(p['pretitle'])}</p>")
    tl = p.get("title_lines") or [p["title"]]
    head.append(f"<h1 class=\"title\">" + "<br>".join(e(x) for x in tl) + "</h1>")
    if p.get("subtitle"):
        head.append(f"<p class=\"ft\">{e(p['subtitle'])}</p>")
    info = p.get("info", "")
    if p.get("info_pos", "below") == "above":
        head.insert(0, f"<div class=\"info\">{info}</div>")
    elif info:
        head.append(f"<div class=\"info\">{info}</div>")
    bh, gold = body_html(p["body"], p.get("bstyle", "p"))
    after = "".join(p.get("after", []))
    article = "\n".join(head) + f"\n<div class=\"content\">\n{bh}\n</div>\n" + after
    side = "".join(p.get("side", []))
    if lay == "table":
        main = (f"<table width=\"960\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
                f"<td valign=\"top\" width=\"720\">{article}</td><td valign=\"top\">{side}</td></tr></table>")
    elif lay == "modern":
        main = f"<main class=\"wrap\"><article>{article}</article><aside>{side}</aside></main>"
    elif lay == "epaper":
        main = (f"<div class=\"ep\"><div class=\"epl\">{side}</div><div class=\"epr\">{article}</div></div>")
    else:
        main = f"<div class=\"main\"><div class=\"left\">{article}</div><div class=\"right\">{side}</div></div>"
    parts.append(main)
    parts.extend(p.get("bottom", []))
    if p.get("footer"):
        parts.append("<div class=\"footer\">" + "".join(f"<p>{x}</p>" for x in p["footer"]) + "</div>")
    doc = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>\n<style>%s</style></head>\n"
           "<body>\n%s\n</body></html>\n") % ("en" if p.get("lang") == "en" else "zh-CN",
                                              e(p.get("doctitle", p["title"])), css, "\n".join(parts))
    title = p["title"]
    g = {"id": p["id"], "set": "zh-blind159", "lang": p.get("lang", "zh"), "kind": KIND[p["kind"]],
         "title": title, "authors": p["authors"], "publish_time": p["publish_time"], "body_paragraphs": gold}
    return doc, g


def main():
    import pages_a, pages_b
    pages = pages_a.PAGES + pages_b.PAGES
    for p in pages:
        doc, g = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(pages), "pages built")


if __name__ == "__main__":
    main()
