#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body mini-language (one block per line of a page's ``body``):
  plain line      -> paragraph (body; leading U+3000 kept in HTML, stripped in gold)
  ``## text``     -> sub-heading (body)
  ``- text``      -> list item (body; consecutive items form one list)
  ``|a|b``        -> table row (body; cells joined by one space; consecutive rows = one table)
  ``> text``      -> right-aligned line, e.g. 署名/成文日期 (body)
  ``! alt || cap``-> photo with caption (not body)
  ``x text``      -> non-body line inside the article (editor line, byline line, 原标题, 来源 …)
"""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
e = html.escape


def furn(items):
    out = []
    for it in items or []:
        if isinstance(it, str):
            out.append(f"<div class=\"ln\">{e(it)}</div>")
            continue
        t = it[0]
        if t == "nav":
            out.append("<ul class=\"nav\">" + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in it[1]) + "</ul>")
        elif t == "links":
            sep = it[2] if len(it) > 2 else " | "
            out.append("<div class=\"links\">" + e(sep).join(f"<a href=\"#\">{e(x)}</a>" for x in it[1]) + "</div>")
        elif t == "search":
            out.append(f"<form class=\"so\"><input type=\"text\" placeholder=\"{e(it[1])}\"><button type=\"button\">{e(it[2] if len(it) > 2 else '搜索')}</button></form>")
        elif t == "list":
            out.append(f"<div class=\"box\"><h3>{e(it[1])}</h3><ul>" + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in it[2]) + "</ul></div>")
        elif t == "qr":
            out.append(f"<div class=\"qr\"><img src=\"{GIF}\" alt=\"{e(it[1])}\" width=\"90\" height=\"90\"><p>{e(it[2])}</p></div>")
        elif t == "img":
            out.append(f"<img src=\"{GIF}\" alt=\"{e(it[1])}\" width=\"200\" height=\"40\">")
        elif t == "cells":
            out.append("<table class=\"cells\"><tr>" + "".join(f"<td>{e(x)}</td>" for x in it[1]) + "</tr></table>")
        elif t == "html":
            out.append(it[1])
        else:
            raise ValueError(t)
    return "\n".join(out)


def parse_body(text):
    blocks = []
    for ln in text.strip("\n").split("\n"):
        if not ln.strip():
            continue
        if ln.startswith("## "):
            blocks.append(("h", ln[3:]))
        elif ln.startswith("- "):
            blocks.append(("li", ln[2:]))
        elif ln.startswith("|"):
            blocks.append(("tr", [c.strip() for c in ln.strip("|").split("|")]))
        elif ln.startswith("> "):
            blocks.append(("pr", ln[2:]))
        elif ln.startswith("! "):
            alt, cap = ln[2:].split("||")
            blocks.append(("img", (alt.strip(), cap.strip())))
        elif ln.startswith("x "):
            blocks.append(("x", ln[2:]))
        else:
            blocks.append(("p", ln))
    return blocks


def body_html(blocks, hstyle):
    out, i = [], 0
    while i < len(blocks):
        k, v = blocks[i]
        if k == "p":
            out.append(f"<p>{e(v)}</p>")
        elif k == "h":
            out.append(f"<h3 class=\"st\">{e(v)}</h3>" if hstyle == "h3" else f"<p><strong>{e(v)}</strong></p>")
        elif k == "pr":
            out.append(f"<p style=\"text-align:right\">{e(v)}</p>")
        elif k == "x":
            out.append(f"<p class=\"x\">{e(v)}</p>")
        elif k == "img":
            out.append(f"<div class=\"pic\"><img src=\"{GIF}\" alt=\"{e(v[0])}\" width=\"600\" height=\"20\"><p class=\"cap\">{e(v[1])}</p></div>")
        elif k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li>{e(blocks[i][1])}</li>")
                i += 1
            out.append("<ul class=\"bl\">" + "".join(items) + "</ul>")
            continue
        elif k == "tr":
            rows = []
            while i < len(blocks) and blocks[i][0] == "tr":
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in blocks[i][1]) + "</tr>")
                i += 1
            out.append("<table class=\"dt\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
            continue
        i += 1
    return "\n".join(out)


def gold_body(blocks):
    out = []
    for k, v in blocks:
        if k in ("p", "h", "li", "pr"):
            out.append(v.strip(" \u3000"))
        elif k == "tr":
            out.append(" ".join(v))
    return out


def info_html(p):
    items = p.get("info") or []
    sep = p.get("infosep", "  ")
    if not items:
        return ""
    if sep == "lines":
        return "<div class=\"info\">" + "".join(f"<div>{e(x)}</div>" for x in items) + "</div>"
    if sep == "cells":
        return "<table class=\"info\"><tr>" + "".join(f"<td>{e(x)}</td>" for x in items) + "</tr></table>"
    return "<div class=\"info\">" + e(sep).join(f"<span>{e(x)}</span>" for x in items) + "</div>"


def article(p, blocks):
    t = p["title"]
    lines = t if isinstance(t, list) else [t]
    parts = []
    pos = p.get("infopos", "below")
    if p.get("crumb"):
        parts.append(f"<div class=\"crumb\">{e(p['crumb'])}</div>")
    if pos == "above":
        parts.append(info_html(p))
    if p.get("kicker"):
        parts.append(f"<p class=\"kicker\">{e(p['kicker'])}</p>")
    parts.append("<h1>" + "<br>".join(e(x) for x in lines) + "</h1>")
    if p.get("sub"):
        parts.append(f"<p class=\"sub\">{e(p['sub'])}</p>")
    if pos == "below":
        parts.append(info_html(p))
    parts.append(furn(p.get("pre_body")))
    parts.append(f"<div class=\"content\">{body_html(blocks, p.get('hstyle', 'strong'))}</div>")
    if pos == "end":
        parts.append(info_html(p))
    parts.append(furn(p.get("after")))
    return "\n".join(x for x in parts if x)


CSS = {
    "table": "body{margin:0;font:12px SimSun,serif;background:#e8eef4}table{border-collapse:collapse}.nav li{display:inline;margin:0 8px}.nav{background:#1b5ea8;padding:6px;margin:0}.nav a{color:#fff}h1{font-size:20px;color:#c00;text-align:center}.info{text-align:center;color:#666}.content p{line-height:2;font-size:14px}.dt td,.dt th{padding:3px 8px}.box li{list-style:square}",
    "div": "body{margin:0;font:14px 'Microsoft YaHei',sans-serif}.wrap{width:1000px;margin:0 auto}.nav{display:flex;gap:18px;list-style:none;background:#a00;padding:8px}.nav a{color:#fff}.main{display:flex}.left{width:700px}.right{width:280px;margin-left:20px}h1{font-size:24px}.info{color:#888;border-bottom:1px solid #ddd}.content p{text-indent:2em;line-height:1.9}.cap{text-align:center;color:#555;text-indent:0}",
    "resp": ":root{--c:#0b6b58}body{margin:0;font:16px/1.8 system-ui,sans-serif;color:#222}header,footer{padding:12px 5vw}header{border-bottom:3px solid var(--c)}.nav{display:flex;flex-wrap:wrap;gap:14px;list-style:none;padding:0}main{display:grid;grid-template-columns:minmax(0,3fr) 1fr;gap:32px;padding:0 5vw}h1{font-size:2rem;line-height:1.3}.info span{margin-right:1em}.info{color:#777;font-size:14px}.kicker,.sub{color:#555}footer{background:#f2f2f2;font-size:13px}.st{font-size:1.1rem;border-left:4px solid var(--c);padding-left:8px}",
    "app": "body{margin:0 auto;max-width:640px;font:17px/1.75 -apple-system,'PingFang SC',sans-serif}.bar{display:flex;justify-content:space-between;padding:10px;background:#fafafa}h1{font-size:22px;padding:0 16px}.info,.content,.after{padding:0 16px}.info{color:#999;font-size:13px}.content p{margin:0 0 1em}.open{background:#f04142;color:#fff;border-radius:16px;padding:4px 12px}",
    "epaper": "body{margin:0;font:14px SimSun,serif;background:#f5f0e6}.top{background:#7a1b1b;color:#fff;padding:6px 12px}.cols{display:flex}.lcol{width:230px}.mcol{flex:1;background:#fff;padding:10px 24px}.rcol{width:250px}.kicker,.sub{text-align:center;color:#333}h1{text-align:center;font-size:26px;margin:4px 0}.content p{text-indent:2em;line-height:1.8}.box ul{padding-left:16px}",
}


def page_html(p, blocks):
    lay = p["layout"]
    css = CSS[lay] + p.get("css", "")
    head = furn(p.get("head"))
    side = furn(p.get("side"))
    foot = furn(p.get("foot"))
    art = article(p, blocks)
    if lay == "table":
        inner = (f"<table width=\"980\" align=\"center\" bgcolor=\"#ffffff\"><tr><td colspan=\"2\">{head}</td></tr>"
                 + (f"<tr><td width=\"220\" valign=\"top\">{side}</td><td valign=\"top\">{art}</td></tr>" if side
                    else f"<tr><td colspan=\"2\">{art}</td></tr>")
                 + f"<tr><td colspan=\"2\" align=\"center\">{foot}</td></tr></table>")
    elif lay == "div":
        inner = (f"<div class=\"wrap\"><div class=\"header\">{head}</div><div class=\"main\"><div class=\"left\">{art}</div>"
                 f"<div class=\"right\">{side}</div></div><div class=\"footer\">{foot}</div></div>")
    elif lay == "resp":
        inner = f"<header>{head}</header><main><article>{art}</article><aside>{side}</aside></main><footer>{foot}</footer>"
    elif lay == "app":
        inner = f"<div class=\"bar\">{head}</div><article>{art}</article><section class=\"after\">{side}</section><footer>{foot}</footer>"
    elif lay == "epaper":
        inner = (f"<div class=\"top\">{head}</div><div class=\"cols\"><div class=\"lcol\">{furn(p.get('left'))}</div>"
                 f"<div class=\"mcol\">{art}</div><div class=\"rcol\">{side}</div></div><div class=\"foot\">{foot}</div>")
    else:
        raise ValueError(lay)
    lang = "en" if p.get("lang") == "en" else "zh-CN"
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{e(p['page_title'])}</title>\n"
            f"<style>{css}</style>\n</head>\n<body>\n{inner}\n</body>\n</html>\n")


def load_pages():
    pages = []
    for mod in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        pages += __import__(mod).PAGES
    return pages


def main():
    pages = load_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in pages:
        blocks = parse_body(p["body"])
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p, blocks))
        t = p["title"]
        sep = " " if p.get("lang") == "en" else ""
        title = sep.join(t) if isinstance(t, list) else t
        gold = {"id": p["id"], "set": "zh-blind162", "lang": p.get("lang", "zh"), "kind": p["kind"],
                "title": title, "authors": p["authors"], "publish_time": p["time"],
                "body_paragraphs": gold_body(blocks)}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
