#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict: id, kind, lang, layout, css, head (furniture before the article),
art (article blocks), side (optional sidebar), tail (furniture after), and the gold
metadata title/authors/publish_time.  body_paragraphs are taken from the article
blocks whose type is a body type, so gold body and rendered body come from the same text.
"""
import html, json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
E = html.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BODY_TYPES = {"p", "h", "li", "ol", "table", "quote", "sign", "zhusong", "pi"}

def strip_ind(t):
    return t.strip().lstrip("\u3000").strip()

def furn(item, c):
    k = item[0]
    if k == "raw":
        return item[1]
    if k == "top":
        return f'<div class="{c}-top">{E(item[1])}</div>'
    if k == "links":
        sep = item[2] if len(item) > 2 else " | "
        return f'<div class="{c}-links">' + E(sep).join(f'<a href="#">{E(x)}</a>' for x in item[1]) + "</div>"
    if k == "banner":
        alt = item[2] if len(item) > 2 else ""
        return f'<div class="{c}-banner"><img src="{GIF}" alt="{E(alt)}"><span class="{c}-sn">{E(item[1])}</span></div>'
    if k == "logo":
        return f'<div class="{c}-logo"><img alt="{E(item[1])}"></div>'
    if k == "search":
        btn = item[2] if len(item) > 2 else "搜索"
        return f'<form class="{c}-so"><input type="text" placeholder="{E(item[1])}"><button type="button">{E(btn)}</button></form>'
    if k == "nav":
        return f'<ul class="{c}-nav">' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in item[1]) + "</ul>"
    if k == "navtd":
        return f'<table class="{c}-navt" cellspacing="0"><tr>' + "".join(f'<td><a href="#">{E(x)}</a></td>' for x in item[1]) + "</tr></table>"
    if k == "crumb":
        return f'<div class="{c}-crumb">{E(item[1])}</div>'
    if k == "line":
        return f'<div class="{c}-line">{E(item[1])}</div>'
    if k == "share":
        return f'<div class="{c}-share">{E(item[1])}</div>'
    if k == "prevnext":
        return f'<div class="{c}-pn"><p>{E(item[1])}</p><p>{E(item[2])}</p></div>'
    if k == "related":
        return (f'<div class="{c}-rel"><h3>{E(item[1])}</h3><ul>' +
                "".join(f'<li><a href="#">{E(x)}</a></li>' for x in item[2]) + "</ul></div>")
    if k == "qr":
        return f'<div class="{c}-qr"><img src="{GIF}" alt="{E(item[2] if len(item)>2 else "二维码")}"><p>{E(item[1])}</p></div>'
    if k == "footer":
        return f'<div class="{c}-foot">' + "".join(f"<p>{E(x)}</p>" for x in item[1]) + "</div>"
    if k == "tdfooter":
        return (f'<table class="{c}-ft" width="100%"><tr><td align="center">' +
                "<br>".join(E(x) for x in item[1]) + "</td></tr></table>")
    raise ValueError(k)

def block(b, c):
    k = b[0]
    if k == "pre":
        return f'<p class="{c}-yt">{E(b[1])}</p>'
    if k == "title":
        parts = b[1] if isinstance(b[1], list) else [b[1]]
        tag = b[2] if len(b) > 2 else "h1"
        return f'<{tag} class="{c}-tt">' + "<br>".join(E(x) for x in parts) + f"</{tag}>"
    if k == "sub":
        return f'<p class="{c}-ft2">{E(b[1])}</p>'
    if k == "info":
        # b[1]: list of spans (rendered side by side) or a str
        if isinstance(b[1], str):
            return f'<div class="{c}-info">{E(b[1])}</div>'
        sep = b[2] if len(b) > 2 else ""
        return f'<div class="{c}-info">' + sep.join(f"<span>{E(x)}</span>" for x in b[1]) + "</div>"
    if k == "infotd":
        return (f'<table class="{c}-infot" width="100%"><tr>' +
                "".join(f"<td>{E(x)}</td>" for x in b[1]) + "</tr></table>")
    if k in ("p", "zhusong", "sign", "pi"):
        cls = {"p": "", "zhusong": ' class="zs"', "sign": ' style="text-align:right"', "pi": ""}[k]
        txt = b[1]
        if k == "pi":
            txt = "\u3000\u3000" + txt
        return f"<p{cls}>{E(txt)}</p>"
    if k == "h":
        tag = b[2] if len(b) > 2 else "p"
        if tag == "p":
            return f"<p><strong>{E(b[1])}</strong></p>"
        return f"<{tag}>{E(b[1])}</{tag}>"
    if k == "li":
        return "<ul>" + "".join(f"<li>{E(x)}</li>" for x in b[1]) + "</ul>"
    if k == "ol":
        return "<div class=\"ol\">" + "".join(f"<p>{E(x)}</p>" for x in b[1]) + "</div>"
    if k == "table":
        rows = b[1]
        out = ['<table border="1" cellspacing="0" cellpadding="4" class="dt">']
        for i, r in enumerate(rows):
            tg = "th" if i == 0 else "td"
            out.append("<tr>" + "".join(f"<{tg}>{E(x)}</{tg}>" for x in r) + "</tr>")
        return "".join(out) + "</table>"
    if k == "quote":
        return f"<blockquote><p>{E(b[1])}</p></blockquote>"
    if k == "img":
        cap = f'<p class="{c}-cap">{E(b[2])}</p>' if len(b) > 2 and b[2] else ""
        return f'<div class="{c}-pic"><img src="{GIF}" alt="{E(b[1])}">{cap}</div>'
    if k in ("byline", "editor", "src", "docno", "note", "orig"):
        al = ' style="text-align:right"' if k == "editor" else ""
        return f'<p class="{c}-{k}"{al}>{E(b[1])}</p>'
    if k == "rawart":
        return b[1]
    raise ValueError(k)

def gold_body(art):
    out = []
    for b in art:
        k = b[0]
        if k not in BODY_TYPES:
            continue
        if k in ("li", "ol"):
            out.extend(strip_ind(x) for x in b[1])
        elif k == "table":
            out.extend(" ".join(x.strip() for x in r) for r in b[1])
        else:
            out.append(strip_ind(b[1]))
    return out

def render(pg):
    c = pg.get("c", "x")
    head = "\n".join(furn(x, c) for x in pg.get("head", []))
    art = "\n".join(block(b, c) for b in pg["art"])
    side = "\n".join(furn(x, c) for x in pg.get("side", []))
    tail = "\n".join(furn(x, c) for x in pg.get("tail", []))
    foot = "\n".join(furn(x, c) for x in pg.get("foot", []))
    lay = pg.get("layout", "div")
    if lay == "table":
        main = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0" class="{c}-wrap"><tr>'
                f'<td colspan="2">{head}</td></tr><tr><td valign="top" class="{c}-main">{art}\n{tail}</td>'
                f'<td valign="top" width="240" class="{c}-side">{side}</td></tr><tr><td colspan="2">{foot}</td></tr></table>')
    elif lay == "sideleft":
        main = (f'<header>{head}</header><div class="{c}-body"><aside class="{c}-side">{side}</aside>'
                f'<article class="{c}-main">{art}\n{tail}</article></div><footer>{foot}</footer>')
    else:
        sd = f'<aside class="{c}-side">{side}</aside>' if side else ""
        main = (f'<header class="{c}-hd">{head}</header><div class="{c}-body"><main class="{c}-main">'
                f'<article>{art}</article>\n{tail}</main>{sd}</div><footer class="{c}-fd">{foot}</footer>')
    lang = "en" if pg["lang"] == "en" else "zh-CN"
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{E(pg["doctitle"])}</title><style>{pg.get("css", "")}</style></head>'
            f'<body>\n{main}\n</body></html>\n')

def main():
    pages = []
    for m in ["pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"]:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        pages.extend(mod.PAGES)
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in pages:
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(pg))
        g = {"id": pg["id"], "set": "zh-blind124", "lang": pg["lang"], "kind": pg["kind"],
             "title": pg["title"], "authors": pg["authors"], "publish_time": pg["time"],
             "body_paragraphs": gold_body(pg["art"])}
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(pages), "pages")

if __name__ == "__main__":
    main()
