#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages_*.txt.

A page description is a block starting with `@id kind lang layout`, then `key: value`
lines (furniture and metadata), then `--`, then body blocks, one per line:
  p TEXT    body paragraph            h TEXT   body sub-heading
  li TEXT   body list line            q TEXT   body quoted passage
  r TEXT    body line, right-aligned (署名, 成文日期)
  tr A|B|C  body table row (consecutive rows make one table; first row is the header)
  img CAP   photo (alt text + caption), not body
  x TEXT    a line inside the article that is not body (byline line, editor, source, 原标题)
  xr TEXT   the same, right-aligned
The gold body is taken from exactly the blocks that are rendered as body.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
KIND = {"gov": "government", "media": "media", "self": "self-media", "epaper": "e-paper",
        "inst": "institution"}
MULTI = {"title", "kicker", "sub", "meta", "rel", "foot", "qr", "top", "side", "metarow", "extra",
         "after", "tags"}


def esc(s):
    return html.escape(s, quote=True)


def parse(text):
    pages = []
    for chunk in re.split(r"(?m)^(?=@ua-)", text):
        chunk = chunk.strip("\n")
        if not chunk.startswith("@"):
            continue
        head, _, body = chunk.partition("\n--\n")
        lines = head.split("\n")
        pid, kind, lang, layout = lines[0][1:].split()
        P = {"id": pid, "kind": KIND[kind], "lang": lang, "layout": layout, "blocks": []}
        for k in MULTI:
            P[k] = []
        for ln in lines[1:]:
            if not ln.strip() or ln.startswith("#"):
                continue
            k, _, v = ln.partition(":")
            k = k.strip()
            v = v[1:] if v.startswith(" ") else v
            if k in MULTI:
                P[k].append(v)
            else:
                P[k] = v
        for ln in body.split("\n"):
            if not ln.strip():
                continue
            tag, _, v = ln.partition(" ")
            P["blocks"].append((tag, v))
        pages.append(P)
    return pages


# ---------------------------------------------------------------- body rendering

def render_body(P, pstyle=""):
    out, rows = [], []
    indent = P.get("indent") == "1"

    def flush():
        if rows:
            t = ['<table class="bt" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                cell = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in r.split("|")) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            rows.clear()

    for tag, v in P["blocks"]:
        if tag != "tr":
            flush()
        ind = "\u3000\u3000" if indent and tag in ("p",) else ""
        if tag == "p":
            out.append(f'<p{pstyle}>{esc(ind + v)}</p>')
        elif tag == "h":
            out.append(f'<p class="sh"><strong>{esc(v)}</strong></p>' if P.get("hstyle") == "strong"
                       else f'<h3 class="sh">{esc(v)}</h3>')
        elif tag == "li":
            out.append(f'<div class="li">{esc(v)}</div>')
        elif tag == "q":
            out.append(f'<blockquote>{esc(v)}</blockquote>')
        elif tag == "r":
            out.append(f'<p style="text-align:right">{esc(v)}</p>')
        elif tag == "tr":
            rows.append(v)
        elif tag == "img":
            out.append(f'<div class="pic"><img src="{GIF}" alt="{esc(v)}" width="1" height="1">'
                       f'<p class="cap">{esc(v)}</p></div>')
        elif tag == "x":
            out.append(f'<p class="nb">{esc(v)}</p>')
        elif tag == "xr":
            out.append(f'<p class="nb" style="text-align:right">{esc(v)}</p>')
        else:
            raise ValueError(f"{P['id']}: bad block tag {tag}")
    flush()
    return "\n".join(out)


def gold_body(P):
    out = []
    for tag, v in P["blocks"]:
        if tag in ("p", "h", "li", "q", "r"):
            out.append(v.strip())
        elif tag == "tr":
            out.append(" ".join(c.strip() for c in v.split("|")))
    return out


# ---------------------------------------------------------------- furniture helpers

def links(items, sep=""):
    return sep.join(f'<a href="#">{esc(i)}</a>' for i in items.split("|") if i)


def ul(items, cls="list"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{esc(i)}</a></li>' for i in items.split("|") if i) + "</ul>"


def rel_blocks(P, cls="rel"):
    out = []
    for r in P["rel"]:
        head, _, items = r.partition("|")
        out.append(f'<div class="{cls}"><h4>{esc(head)}</h4>{ul(items)}</div>')
    return "\n".join(out)


def lines_div(L, cls):
    return "\n".join(f'<div class="{cls}">{esc(x)}</div>' for x in L)


def title_html(P, tag="h1", cls="title"):
    t = P["title"]
    inner = "<br>".join(esc(x) for x in t) if P.get("titlebr") == "1" else "".join(
        f'<span class="tl">{esc(x)}</span>' if len(t) > 1 else esc(x) for x in t)
    if len(t) > 1 and P.get("titlebr") != "1":
        inner = "".join(f'<div class="tl">{esc(x)}</div>' for x in t)
    k = "".join(f'<div class="kicker">{esc(x)}</div>' for x in P["kicker"])
    s = "".join(f'<div class="subt">{esc(x)}</div>' for x in P["sub"])
    return f'{k}<{tag} class="{cls}">{inner}</{tag}>{s}'


def meta_html(P, cls="info"):
    out = []
    for m in P["meta"]:
        parts = m.split("¦")
        if len(parts) == 1:
            out.append(f'<div class="{cls}">{esc(m)}</div>')
        else:
            out.append(f'<div class="{cls}">' + "".join(f'<span>{esc(x)}</span>' for x in parts) + "</div>")
    return "\n".join(out)


def metatable(P):
    if not P["metarow"]:
        return ""
    rows = []
    for r in P["metarow"]:
        cells = r.split("|")
        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    return '<table class="mt" border="1" cellspacing="0">' + "".join(rows) + "</table>"


def article_core(P, tcls="title"):
    pos = P.get("metapos", "below")
    t = title_html(P, "h1", tcls)
    m = meta_html(P)
    parts = [metatable(P)]
    if pos == "above":
        parts += [m, t]
    else:
        parts += [t] + ([m] if pos == "below" else [])
    parts.append(lines_div(P["extra"], "lead"))
    parts.append(f'<div class="content" id="zoom">{render_body(P)}</div>')
    if pos == "end":
        parts.append(m)
    parts.append(lines_div(P["after"], "after"))
    if P["tags"]:
        parts.append('<div class="tags">' + " ".join(esc(t) for t in P["tags"]) + "</div>")
    if P.get("share"):
        parts.append(f'<div class="share">{links(P["share"], " ")}</div>')
    if P.get("pn"):
        a, _, b = P["pn"].partition("|")
        parts.append(f'<div class="pn"><div>{esc(a)}</div><div>{esc(b)}</div></div>')
    return "\n".join(x for x in parts if x)


def footer(P, cls="footer"):
    q = "".join(f'<div class="qr"><img src="{GIF}" alt="" width="1" height="1"><span>{esc(x)}</span></div>' for x in P["qr"])
    return f'<footer class="{cls}">{q}' + "".join(f"<p>{esc(x)}</p>" for x in P["foot"]) + "</footer>"


def topbar(P):
    return f'<div class="top">{links("|".join(P["top"]), " | ")}</div>' if P["top"] else ""


# ---------------------------------------------------------------- layouts

def lay_table(P):
    """2000s/2010s table layout: nested tables, font tags, fixed width."""
    side = rel_blocks(P)
    foot = "<br>".join(esc(x) for x in P["foot"])
    nav = links(P.get("nav", ""), " | ")
    return f"""<table width="980" align="center" cellspacing="0" cellpadding="0" border="0">
<tr><td class="top">{links("|".join(P["top"]), "　")}</td></tr>
<tr><td class="banner"><font size="6"><b>{esc(P.get("site", ""))}</b></font></td></tr>
<tr><td class="nav">{nav}</td></tr>
<tr><td class="crumb">{esc(P.get("crumb", ""))}</td></tr>
<tr><td><table width="100%" cellspacing="0" cellpadding="8"><tr>
<td valign="top" class="main">{article_core(P)}</td>
{f'<td width="240" valign="top" class="side">{side}</td>' if side else ''}
</tr></table></td></tr>
<tr><td class="foot" align="center">{"".join(f'<span>{esc(x)}</span><br>' for x in P["qr"])}{foot}</td></tr>
</table>"""


def lay_portal(P):
    """2010s div portal: header, nav bar, breadcrumb, left article, right sidebar."""
    return f"""<div class="wrap">{topbar(P)}
<div class="header"><div class="logo">{esc(P.get("site", ""))}</div>
<div class="search"><input type="text" placeholder="{esc(P.get("search", "请输入关键字"))}"><button>搜索</button></div></div>
<div class="nav">{links(P.get("nav", ""))}</div>
<div class="crumb">{esc(P.get("crumb", ""))}</div>
<div class="cols"><div class="left">{article_core(P)}</div>
<div class="right">{rel_blocks(P)}{lines_div(P["side"], "sidebox")}</div></div>
{footer(P)}</div>"""


def lay_resp(P):
    """2020s responsive: header/nav/main/aside/footer semantic markup."""
    return f"""<header class="hd">{topbar(P)}<div class="brand">{esc(P.get("site", ""))}</div>
<nav class="mn">{ul(P.get("nav", ""), "menu")}</nav></header>
<main class="container"><div class="bread">{esc(P.get("crumb", ""))}</div>
<article class="art">{article_core(P, "art-title")}</article>
<aside class="aside">{rel_blocks(P, "card")}{lines_div(P["side"], "card")}</aside></main>
{footer(P, "ft")}"""


def lay_app(P):
    """app share page: narrow column, open-in-app bars, comment and recommend blocks."""
    return f"""<div class="app"><div class="openbar">{esc(P.get("site", ""))}　{esc(P.get("appbar", "打开APP 阅读更多精彩内容"))}</div>
<div class="body">{lines_div(P["top"], "chan")}{article_core(P)}</div>
{rel_blocks(P, "reco")}{lines_div(P["side"], "cmt")}{footer(P, "appfoot")}</div>"""


def lay_epaper(P):
    """digital newspaper: 版次 navigation left, article centre, 本版标题 list right."""
    return f"""<div class="ep">{topbar(P)}
<div class="ephead"><b>{esc(P.get("site", ""))}</b> <span>{esc(P.get("issue", ""))}</span></div>
<table class="eptab" width="100%"><tr>
<td class="bc" valign="top" width="220">{rel_blocks(P, "banci")}</td>
<td class="epart" valign="top">{article_core(P)}</td>
<td class="bbt" valign="top" width="260">{lines_div(P["side"], "bbt-i")}</td></tr></table>
{footer(P, "epfoot")}</div>"""


def lay_self(P):
    """self-media platform article: platform bar, author card, follow button, reco list."""
    return f"""<div class="plat"><div class="pbar">{esc(P.get("site", ""))} {links(P.get("nav", ""), " ")}</div>
<div class="pmain"><div class="pleft">{article_core(P)}</div>
<div class="pright"><div class="acard">{lines_div(P["side"], "ac")}</div>{rel_blocks(P, "hot")}</div></div>
{footer(P, "pfoot")}</div>"""


LAYOUTS = {"table": lay_table, "portal": lay_portal, "resp": lay_resp, "app": lay_app,
           "epaper": lay_epaper, "self": lay_self}

BASECSS = """body{margin:0;font-family:sans-serif;color:#222}a{color:#234;text-decoration:none}
.nav a,.menu a{margin:0 8px}.menu{list-style:none;display:flex;padding:0}.cols{display:flex}
.left{flex:1}.right{width:300px}.tl{display:block}.kicker,.subt{color:#555}.pic .cap{color:#666;font-size:13px}
.li{margin:4px 0 4px 2em}.share a{margin-right:10px}.container{display:grid;grid-template-columns:1fr 300px}
.bt td,.bt th{border:1px solid #999}.mt td{border:1px solid #ccc;padding:3px}"""


def build(P):
    body = LAYOUTS[P["layout"]](P)
    css = BASECSS + "\n" + P.get("css", "").replace("\\n", "\n")
    doc = f"""<!DOCTYPE html>
<html lang="{'en' if P['lang'] == 'en' else 'zh-CN'}"><head><meta charset="utf-8">
<title>{esc(P.get('doctitle', '_'.join(P['title']) + '_' + P.get('site', '')))}</title>
<style>
{css}
</style></head>
<body class="{P['layout']}">
{body}
</body></html>
"""
    sep = " " if P["lang"] == "en" else ""
    gold = {"id": P["id"], "set": "zh-blind130", "lang": P["lang"], "kind": P["kind"],
            "title": P.get("gtitle") or sep.join(t.strip() for t in P["title"]),
            "authors": [a for a in P.get("authors", "").split("|") if a],
            "publish_time": P.get("time") or None,
            "body_paragraphs": gold_body(P)}
    return doc, gold


def main():
    pages = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith("pages_") and fn.endswith(".txt"):
            with open(os.path.join(HERE, fn), encoding="utf-8") as f:
                pages += parse(f.read())
    seen = set()
    for P in pages:
        assert P["id"] not in seen, P["id"]
        seen.add(P["id"])
        doc, gold = build(P)
        with open(os.path.join(ROOT, "html", P["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", P["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
