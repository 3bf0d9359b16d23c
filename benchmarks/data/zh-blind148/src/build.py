#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body markup (one string per block):
  "## text"        sub-heading (body)
  "- text"         list line (body; the marker, if any, is part of the text)
  "| a | b | c"    table row (consecutive rows form one table; each row is one body paragraph)
  "> text"         quoted passage (body)
  "!img alt|caption"  photo: alt text and caption (not body)
  "~ text"         a non-body line inside the article area (editor/source/byline)
  "%sign text"     right-aligned line (署名/成文日期, body)
  anything else    a paragraph (body)
"""
import html, json, os, sys, glob, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape


def load_pages():
    pages = []
    for fn in sorted(glob.glob(os.path.join(HERE, "pages_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(fn)[:-3], fn)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        pages.extend(m.PAGES)
    return pages


def sp(s):
    """Keep runs of spaces inside names as no-break spaces (as pages print them)."""
    return e(s).replace("  ", "&nbsp;&nbsp;")


def body_html(p):
    out, gold, table = [], [], []
    ind = p.get("indent", "")
    def flush():
        if table:
            rows = []
            for i, r in enumerate(table):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>")
            table.clear()
    for b in p["body"]:
        if b.startswith("| "):
            table.append([c.strip() for c in b[2:].split("|")])
            continue
        flush()
        if b.startswith("## "):
            out.append(f'<p class="sub"><strong>{e(b[3:])}</strong></p>'); gold.append(b[3:])
        elif b.startswith("- "):
            out.append(f'<p class="li">{ind}{e(b[2:])}</p>'); gold.append(b[2:])
        elif b.startswith("> "):
            out.append(f'<blockquote>{e(b[2:])}</blockquote>'); gold.append(b[2:])
        elif b.startswith("!img "):
            alt, _, cap = b[5:].partition("|")
            out.append(f'<p class="pic"><img src="{GIF}" alt="{e(alt)}" width="600" height="1"></p>')
            if cap:
                out.append(f'<p class="cap">{sp(cap)}</p>')
        elif b.startswith("~ "):
            out.append(f'<p class="note">{sp(b[2:])}</p>')
        elif b.startswith("%sign "):
            out.append(f'<p class="sign" style="text-align:right">{e(b[6:])}</p>'); gold.append(b[6:])
        else:
            out.append(f"<p>{ind}{sp(b)}</p>"); gold.append(b.replace("  ", "  "))
    flush()
    return "\n".join(out), gold


def ul(items, cls="lst", glue=False):
    return f'<ul class="{cls}">' + ("" if glue else "\n").join(f"<li>{e(i)}</li>" for i in items) + "</ul>"


def render(p):
    css = p.get("css", "") 
    base = ("body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}"
            "a{color:inherit;text-decoration:none}ul{list-style:none;margin:0;padding:0}"
            ".nav li,.top li,.share span{display:inline-block;margin:0 8px}"
            ".dt{border-collapse:collapse}.dt td,.dt th{padding:2px 6px}.cap{text-align:center;color:#666}")
    parts = []
    top = p.get("top")
    if top:
        parts.append('<div class="top">' + ul(top, "top", p.get("glue", False)) + "</div>")
    banner = p.get("banner")
    if banner:
        parts.append(f'<div class="banner"><img src="{GIF}" alt="{e(p.get("logo_alt", banner))}" width="1" height="1">\n'
                     f'<span class="sitename">{e(banner)}</span></div>')
    if p.get("search"):
        parts.append(f'<form class="search"><input type="text" placeholder="{e(p["search"])}"><button type="button">{"Go" if p.get("lang") == "en" else "搜索"}</button></form>')
    if p.get("nav"):
        parts.append('<div class="nav">' + ul(p["nav"], "nav", p.get("glue", False)) + "</div>")
    if p.get("crumb"):
        parts.append(f'<div class="crumb">{e(p["crumb"])}</div>')
    # article head
    head = []
    if p.get("kicker"):
        head.append(f'<p class="kicker">{e(p["kicker"])}</p>')
    t = p["title"]
    lines = t if isinstance(t, list) else [t]
    head.append(f'<h1 class="title">' + "<br>".join(e(x) for x in lines) + "</h1>")
    if p.get("subtitle"):
        head.append(f'<p class="subtitle">{e(p["subtitle"])}</p>')
    info = p.get("info")
    info_html = ""
    if info:
        if isinstance(info, str):
            info_html = f'<div class="info">{sp(info)}</div>'
        else:
            info_html = '<div class="info">' + "".join(f"<span>{sp(x)}</span>" for x in info) + "</div>"
    if p.get("info_pos") == "above":
        head.insert(0, info_html)
    else:
        head.append(info_html)
    if p.get("docno"):
        head.append(f'<p class="docno">{e(p["docno"])}</p>')
    if p.get("byline"):
        head.append(f'<p class="byline">{sp(p["byline"])}</p>')
    if p.get("lead"):
        head.append(f'<div class="lead">{e(p["lead"])}</div>')
    bh, gold_body = body_html(p)
    after = "".join(f'<p class="after">{sp(x)}</p>' for x in p.get("after", []))
    tail = []
    if p.get("share"):
        tail.append('<div class="share">' + "\n".join(f"<span>{e(x)}</span>" for x in p["share"]) + "</div>")
    if p.get("tools"):
        tail.append(f'<div class="tools">{e(p["tools"])}</div>')
    if p.get("prevnext"):
        tail.append('<div class="pn">' + "".join(f"<p>{e(x)}</p>" for x in p["prevnext"]) + "</div>")
    if p.get("related"):
        h, items = p["related"]
        tail.append(f'<div class="rel"><h3>{e(h)}</h3>{ul(items)}</div>')
    if p.get("qr"):
        tail.append(f'<div class="qr"><img src="{GIF}" alt="二维码" width="1" height="1"><p>{e(p["qr"])}</p></div>')
    article = ("\n".join(head) + f'\n<div class="content">\n{bh}\n</div>\n' + after + "\n" + "\n".join(tail))
    side = ""
    if p.get("side"):
        sb = []
        for h, items in p["side"]:
            sb.append(f"<h3>{e(h)}</h3>{ul(items)}")
        side = "".join(sb)
    if p.get("layout") == "table":
        main = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="720" valign="top" class="art">{article}</td>'
                + (f'<td width="260" valign="top" class="side">{side}</td>' if side else "") + "</tr></table>")
    else:
        main = (f'<div class="wrap"><main class="art">{article}</main>'
                + (f'<aside class="side">{side}</aside>' if side else "") + "</div>")
    parts.append(main)
    if p.get("footer"):
        parts.append('<div class="footer">' + "".join(f"<p>{e(x)}</p>" for x in p["footer"]) + "</div>")
    lang = "en" if p.get("lang") == "en" else "zh-CN"
    doc = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{e(p.get("doctitle", (" ".join(lines) if p.get("lang")=="en" else "".join(lines)) + "_" + (p.get("banner") or "")))}</title>\n'
           f"<style>{base}{css}</style>\n</head>\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n")
    g = {
        "id": p["id"], "set": "zh-blind148", "lang": p.get("lang", "zh"), "kind": p["kind"],
        "title": p.get("gold_title", (" " if p.get("lang") == "en" else "").join(lines)),
        "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body,
    }
    return doc, g


def main():
    pages = load_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in pages:
        doc, g = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
