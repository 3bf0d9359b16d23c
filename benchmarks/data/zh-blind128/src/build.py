#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind128 from the page descriptions
in src/pages_*.py.  Each page description has furniture (header, nav, breadcrumb, info bar,
share, related, footer) and one list of body blocks; the same blocks are rendered as the
article body and turned into gold body_paragraphs, so the gold cannot drift from the page.

Body block syntax (strings):
  "text"            paragraph (body)
  "## text"         sub-heading (body)
  "- text"          list item (body; rendered in <ul>/<ol>, consecutive items grouped)
  "| a | b | c"     table row (body: cells joined by one space; consecutive rows grouped)
  "> text"          quoted passage (body, blockquote)
  "![alt](caption)" photo: <img alt> plus caption (not body)
  "@ text"          a line in the body area that is not body (byline, editor, source, 原标题)
  "@@ html"         raw html in the body area, not body
"""
import glob, html, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape


def load_pages():
    pages = []
    for f in sorted(glob.glob(os.path.join(HERE, "pages_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        pages.extend(m.PAGES)
    return pages


def strip_inline(s):
    return re.sub(r"<[^>]+>", "", s)


def render_body(blocks, pstyle="p", indent=False):
    out, gold = [], []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("- ") or b.startswith("1. "):
            ordered = b.startswith("1. ")
            items = []
            while i < len(blocks) and (blocks[i].startswith("- ") or blocks[i].startswith("1. ")):
                items.append(blocks[i].split(" ", 1)[1]); i += 1
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{x}</li>" for x in items) + f"</{tag}>")
            gold.extend(strip_inline(x) for x in items)
            continue
        if b.startswith("|"):
            rows = []
            while i < len(blocks) and blocks[i].startswith("|"):
                rows.append([c.strip() for c in blocks[i].strip("|").split("|")]); i += 1
            t = ['<table class="dt" border="1" cellspacing="0" cellpadding="4">']
            for r, row in enumerate(rows):
                cell = "th" if r == 0 else "td"
                t.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in row) + "</tr>")
                gold.append(" ".join(strip_inline(c) for c in row))
            t.append("</table>")
            out.append("".join(t))
            continue
        i += 1
        if b.startswith("## "):
            out.append(f'<p class="sub"><strong>{b[3:]}</strong></p>' if pstyle == "p" else f"<h3>{b[3:]}</h3>")
            gold.append(strip_inline(b[3:]))
        elif b.startswith("> "):
            out.append(f"<blockquote><p>{b[2:]}</p></blockquote>")
            gold.append(strip_inline(b[2:]))
        elif b.startswith("!["):
            m = re.match(r"!\[(.*?)\]\((.*?)\)", b)
            cap = f'<p class="cap">{m.group(2)}</p>' if m.group(2) else ""
            out.append(f'<div class="pic"><img src="{GIF}" alt="{e(m.group(1))}" width="600" height="360">{cap}</div>')
        elif b.startswith("@@ "):
            out.append(b[3:])
        elif b.startswith("@ "):
            out.append(f'<p class="note">{b[2:]}</p>')
        else:
            ind = "\u3000\u3000" if indent else ""
            if pstyle == "div":
                out.append(f"<div>{ind}{b}</div>")
            elif pstyle == "br":
                out.append(f"{ind}{b}<br><br>")
            else:
                out.append(f"<p>{ind}{b}</p>")
            gold.append(strip_inline(b))
    gold = [re.sub(r"\s+", " ", g).strip() for g in gold]
    return "\n".join(out), gold


def lst(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def render(p):
    body_html, gold_body = render_body(p["body"], p.get("pstyle", "p"), p.get("indent", False))
    L = p.get("layout", "div")
    css = p.get("css", "")
    title_html = p.get("title_html") or e(p["title"])
    stack = ""
    if p.get("yin"):
        stack += f'<p class="yin">{p["yin"]}</p>'
    stack += f'<h1>{title_html}</h1>'
    if p.get("fu"):
        stack += f'<p class="fu">{p["fu"]}</p>'
    info = "".join(f'<div class="info">{x}</div>' for x in p.get("info", []))
    if p.get("info_pos", "below") == "above":
        head = info + stack
    else:
        head = stack + info
    pre = "".join(p.get("pre_body", []))
    post = "".join(f'<p class="after">{x}</p>' for x in p.get("after", []))
    share = p.get("share", "")
    pn = p.get("prevnext", "")
    rel = ""
    for title, items in p.get("related", []):
        rel += f'<div class="rel"><h4>{title}</h4>{lst(items)}</div>'
    side = ""
    for title, items in p.get("side", []):
        side += f'<div class="box"><h4>{title}</h4>{lst(items)}</div>'
    top = " | ".join(p.get("top", []))
    nav = "".join(f"<li>{x}</li>" for x in p.get("nav", []))
    crumb = p.get("crumb", "")
    banner = p.get("banner", "")
    footer = "".join(f"<p>{x}</p>" for x in p.get("footer", []))
    article = f'<div class="article">{head}{pre}<div class="content">{body_html}</div>{post}{share}{pn}</div>'
    if L == "table":
        page = f'''<table width="980" align="center" cellpadding="0" cellspacing="0" class="topbar"><tr><td>{top}</td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="banner">{banner}</td></tr>
<tr><td><ul class="nav">{nav}</ul></td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="crumb">{crumb}</td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">{article}{rel}</td><td width="20"></td><td width="260" valign="top">{side}</td></tr></table>
<table width="980" align="center" cellpadding="0" cellspacing="0" class="foot"><tr><td>{footer}</td></tr></table>'''
    elif L == "epaper":
        page = f'''<div class="ep-top">{top}</div><div class="ep-banner">{banner}</div>
<div class="ep-nav">{crumb}</div>
<div class="ep-wrap"><div class="ep-left">{side}</div><div class="ep-main">{article}{rel}</div></div>
<div class="foot">{footer}</div>'''
    elif L == "app":
        page = f'''<div class="appbar">{banner}</div><main class="m">{article}{rel}</main><div class="foot">{footer}</div>'''
    elif L == "modern":
        page = f'''<header><div class="util">{top}</div><div class="brand">{banner}</div><nav><ul>{nav}</ul></nav></header>
<main><div class="crumb">{crumb}</div><div class="grid"><article>{article}</article><aside>{side}</aside></div>{rel}</main>
<footer>{footer}</footer>'''
    else:
        page = f'''<div class="top">{top}</div><div class="head">{banner}</div><div class="navbar"><ul>{nav}</ul></div>
<div class="wrap"><div class="crumb">{crumb}</div><div class="left">{article}{rel}</div><div class="right">{side}</div></div>
<div class="foot">{footer}</div>'''
    base_css = ("body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}ul{list-style:none;padding:0}"
                ".nav li,.navbar li,nav li{display:inline-block;margin:0 10px}h1{font-size:24px;text-align:center}"
                ".info{color:#888;text-align:center;font-size:13px}.cap{text-align:center;color:#666}"
                ".left{float:left;width:70%}.right{float:right;width:28%}.wrap{overflow:hidden;width:1100px;margin:auto}"
                ".grid{display:flex;gap:24px}.ep-wrap{display:flex}.ep-left{width:300px}.yin,.fu{text-align:center}"
                ".dt{border-collapse:collapse;margin:auto}")
    doc = f'''<!DOCTYPE html>
<html lang="{'en' if p.get('lang') == 'en' else 'zh-CN'}">
<head>
<meta charset="utf-8">
<title>{e(p.get("doc_title", p["title"]))}</title>
<style>{base_css}{css}</style>
</head>
<body>
{page}
</body>
</html>
'''
    gold = {"id": p["id"], "set": "zh-blind128", "lang": p.get("lang", "zh"), "kind": p["kind"],
            "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
            "body_paragraphs": gold_body}
    return doc, gold


def main():
    pages = load_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in pages:
        doc, gold = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
