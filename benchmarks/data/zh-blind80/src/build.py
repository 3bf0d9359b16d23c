#!/usr/bin/env python3
"""Build html/<id>.html, gold/<id>.json and README.md of zh-blind80 from the page
descriptions in pages_*.py.  The gold body is taken from the same blocks that are
rendered as the article body, so the two cannot drift apart.

Block syntax in a page's "body" list (one string per block):
  p:TEXT     body paragraph            h:TEXT   sub-heading (body)
  li:TEXT    list line (body)          t:A|B|C  table row (body; cells joined by one space)
  c:TEXT     centred body line (署名)  r:TEXT   right-aligned body line (成文日期)
  img:ALT|CAPTION  picture with caption (not body)
  x:TEXT     a non-body line inside the article (editor, byline, 原标题, source ...)
  raw:HTML   any non-body HTML inside the article
"""
import html as H
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = H.escape


def body_gold(blocks):
    out = []
    for b in blocks:
        k, _, v = b.partition(":")
        if k in ("p", "h", "li", "c", "r"):
            out.append(v.strip())
        elif k == "t":
            out.append(" ".join(c.strip() for c in v.split("|")))
    return out


def render_body(pg):
    o = pg.get("opt", {})
    p = pg["cls"]
    ind = {"u3000": "\u3000\u3000", "nbsp": "&nbsp;&nbsp;&nbsp;&nbsp;", "emsp": "&emsp;&emsp;"}.get(o.get("indent"), "")
    htag = o.get("htag", "h3")
    out, i, bl = [], 0, pg["body"]
    brmode = o.get("br")  # old CMS: paragraphs as text lines separated by <br>
    while i < len(bl):
        k, _, v = bl[i].partition(":")
        if k in ("li",):
            items = []
            while i < len(bl) and bl[i].startswith("li:"):
                items.append(bl[i][3:]); i += 1
            if o.get("listp"):
                out += [f"<p>{ind}{E(x)}</p>" for x in items]
            else:
                out.append("<ul class=\"%slist\">" % p + "".join(f"<li>{E(x)}</li>" for x in items) + "</ul>")
            continue
        if k == "t":
            rows = []
            while i < len(bl) and bl[i].startswith("t:"):
                rows.append(bl[i][2:].split("|")); i += 1
            tr = []
            for n, r in enumerate(rows):
                tag = "th" if n == 0 and o.get("th", True) else "td"
                tr.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
            out.append(f"<table class=\"{p}tb\" border=\"1\" cellspacing=\"0\">" + "".join(tr) + "</table>")
            continue
        if k == "p":
            out.append(f"{ind}{E(v)}<br><br>" if brmode else f"<p>{ind}{E(v)}</p>")
        elif k == "h":
            if htag == "strong":
                out.append(f"<p>{ind}<strong>{E(v)}</strong></p>")
            else:
                out.append(f"<{htag} class=\"{p}sub\">{E(v)}</{htag}>")
        elif k == "c":
            out.append(f"<p style=\"text-align:center\">{E(v)}</p>")
        elif k == "r":
            out.append(f"<p style=\"text-align:right\">{E(v)}</p>")
        elif k == "img":
            alt, _, cap = v.partition("|")
            out.append(f"<p style=\"text-align:center\"><img alt=\"{E(alt)}\" src=\"{GIF}\" width=\"600\" height=\"1\"></p>")
            if cap:
                out.append(f"<p class=\"{p}cap\" style=\"text-align:center\">{E(cap)}</p>")
        elif k == "x":
            out.append(f"<p class=\"{p}note\">{E(v)}</p>")
        elif k == "raw":
            out.append(v)
        else:
            raise ValueError(f"{pg['id']}: bad block {bl[i][:30]}")
        i += 1
    return "\n".join(out)


def lst(items, cls, tag="ul"):
    if not items:
        return ""
    return f"<{tag} class=\"{cls}\">" + "".join(f"<li>{x}</li>" for x in items) + f"</{tag}>"


def section(name, pg):
    p = pg["cls"]
    L = pg.get("layout", "div")
    if name == "top":
        t = pg.get("top")
        if not t:
            return ""
        sep = pg.get("topsep", " | ")
        return f"<div class=\"{p}topbar\">" + sep.join(f"<a>{E(x)}</a>" for x in t) + "</div>"
    if name == "banner":
        b = pg.get("banner", "")
        s = pg.get("search")
        out = f"<div class=\"{p}banner\"><div class=\"{p}logo\">"
        if pg.get("logo_alt"):
            out += f"<img alt=\"{E(pg['logo_alt'])}\" src=\"{GIF}\">"
        out += f"{b}</div>"
        if s:
            out += f"<div class=\"{p}search\"><input type=\"text\" placeholder=\"{E(s)}\"><button>搜索</button></div>"
        return out + "</div>"
    if name == "nav":
        n = pg.get("nav")
        if not n:
            return ""
        if L == "table":
            return f"<table class=\"{p}nav\" width=\"100%\"><tr>" + "".join(f"<td><a>{E(x)}</a></td>" for x in n) + "</tr></table>"
        return f"<nav class=\"{p}nav\">" + lst([f"<a>{E(x)}</a>" for x in n], p + "navul") + "</nav>"
    if name == "crumb":
        c = pg.get("crumb")
        return f"<div class=\"{p}crumb\">{c}</div>" if c else ""
    if name == "title":
        out = f"<div class=\"{p}headline\">"
        if pg.get("pre"):
            out += f"<p class=\"{p}pre\">{E(pg['pre'])}</p>"
        tl = pg.get("title_html") or E(pg["title"])
        tag = pg.get("ttag", "h1")
        out += f"<{tag} class=\"{p}title\">{tl}</{tag}>"
        if pg.get("sub"):
            out += f"<p class=\"{p}subtitle\">{E(pg['sub'])}</p>"
        return out + "</div>"
    if name == "info":
        return f"<div class=\"{p}info\">{pg['info']}</div>" if pg.get("info") else ""
    if name == "body":
        return f"<div class=\"{p}content\" id=\"{p}zoom\">\n{render_body(pg)}\n</div>"
    if name == "after":
        return "\n".join(pg.get("after", []))
    if name == "side":
        out = ""
        for title, items in pg.get("side", []):
            out += f"<div class=\"{p}box\"><div class=\"{p}boxt\">{E(title)}</div>{lst([E(x) for x in items], p + 'boxl')}</div>"
        return out
    if name == "footer":
        return f"<div class=\"{p}foot\">" + "".join(f"<p>{x}</p>" for x in pg.get("footer", [])) + "</div>"
    raise ValueError(name)


def render(pg):
    p = pg["cls"]
    L = pg.get("layout", "div")
    order = pg.get("order", ["crumb", "title", "info", "body", "after"])
    art = "\n".join(section(n, pg) for n in order)
    head = "\n".join(section(n, pg) for n in pg.get("head", ["top", "banner", "nav"]))
    side = section("side", pg)
    foot = section("footer", pg)
    css = pg.get("css", "") + f"""
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333}}
.{p}wrap{{width:1100px;margin:0 auto}} .{p}title{{font-size:24px;text-align:center}}
.{p}info{{color:#888;text-align:center;margin:8px 0}} .{p}content p{{line-height:2;{pg.get('pcss','text-indent:2em')}}}
.{p}crumb{{color:#666;padding:6px 0}} .{p}foot{{background:#eee;text-align:center;font-size:12px;padding:10px}}
.{p}box{{border:1px solid #ddd;margin:6px 0}} .{p}nav li, .{p}boxl li{{display:{pg.get('navdisp','inline-block')};margin:0 8px}}
.{p}cap{{color:#666;font-size:13px}} .{p}side{{width:260px}} .{p}tb td,.{p}tb th{{padding:3px 8px}}
"""
    if L == "table":
        mid = (f"<table class=\"{p}main\" width=\"1000\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
               + (f"<td class=\"{p}side\" valign=\"top\">{side}</td>" if pg.get("side_first") and side else "")
               + f"<td valign=\"top\">{art}</td>"
               + (f"<td class=\"{p}side\" valign=\"top\">{side}</td>" if not pg.get("side_first") and side else "")
               + "</tr></table>")
        bodyhtml = f"<table class=\"{p}outer\" width=\"1000\" align=\"center\"><tr><td>{head}</td></tr></table>\n{mid}\n{foot}"
    elif L == "h5":
        bodyhtml = (f"<header class=\"{p}hd\">{head}</header>\n<main class=\"{p}wrap\"><article class=\"{p}art\">{art}</article>"
                    + (f"<aside class=\"{p}side\">{side}</aside>" if side else "") + f"</main>\n<footer>{foot}</footer>")
    else:
        sidehtml = f"<div class=\"{p}side\">{side}</div>" if side else ""
        inner = (sidehtml + f"<div class=\"{p}left\">{art}</div>") if pg.get("side_first") else (f"<div class=\"{p}left\">{art}</div>" + sidehtml)
        bodyhtml = f"<div class=\"{p}head\">{head}</div>\n<div class=\"{p}wrap\">{inner}</div>\n{foot}"
    doc_title = pg.get("doc_title") or f"{pg['title']}_{pg.get('site_name', '')}"
    lang = "en" if pg.get("lang") == "en" else "zh-CN"
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(doc_title)}</title>\n"
            f"<style>{css}</style>\n</head>\n<body>\n{bodyhtml}\n</body>\n</html>\n")


def load_pages():
    pages = []
    sys.path.insert(0, HERE)
    for mod in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError:
            continue
        pages += m.PAGES
    return pages


def main():
    pages = load_pages()
    ids = [pg["id"] for pg in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for pg in pages:
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(pg))
        gold = {"id": pg["id"], "set": "zh-blind80", "lang": pg.get("lang", "zh"), "kind": pg["kind"],
                "title": pg["title"], "authors": pg["authors"], "publish_time": pg["time"],
                "body_paragraphs": body_gold(pg["body"])}
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    import readme
    readme.write(pages, ROOT)
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
