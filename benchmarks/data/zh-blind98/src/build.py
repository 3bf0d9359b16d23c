#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind98 from the page descriptions
in pages_*.py.  One description per page; the gold body is taken from the same body
blocks that are rendered as the article body, so the two cannot drift apart.

Body mini-language (one block per line, a tag, one space, the text):
  p   prose paragraph (body)          h   sub-heading (body)
  li  list line (body, <ul>)          ol  list line (body, <ol>, number printed in text)
  q   quoted passage (body)           r   right-aligned body line (署名, 成文日期)
  c   centred body line (主送 etc. are 'p'; this is e.g. a centred sub-title inside a doc)
  tr  table row, cells split by '|' (body: cells joined by one space; consecutive rows = 1 table)
  img alt|caption  picture + caption (not body)
  x   a line inside the article that is not body (byline, 原标题, editor, source, 文号)
  xc  the same, centred (文号 line)
Pages choose how paragraphs are indented (U+3000, nbsp or CSS) with 'indent'.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BODY_TAGS = {"p", "h", "li", "ol", "q", "r", "c", "tr"}


def e(s):
    """Escape; a run of two spaces (spaced-out names 王  静) is kept as two no-break spaces,
    as real pages print it, so the browser does not collapse it."""
    return html.escape(s, quote=True).replace("  ", "&nbsp;&nbsp;")


def parse_body(text):
    blocks = []
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        tag, _, rest = line.partition(" ")
        if tag not in BODY_TAGS | {"img", "x", "xc"}:
            raise ValueError("bad body tag: " + line)
        blocks.append((tag, rest.strip()))
    return blocks


def gold_paragraphs(blocks):
    out = []
    for tag, text in blocks:
        if tag == "tr":
            out.append(" ".join(c.strip() for c in text.split("|")))
        elif tag in BODY_TAGS:
            out.append(text)
    return out


def render_body(blocks, pg):
    ind = pg.get("indent", "")
    ptag = pg.get("ptag", "p")
    htag = pg.get("htag", "h3")
    out, i = [], 0
    while i < len(blocks):
        tag, text = blocks[i]
        if tag == "p":
            t = e(text)
            if ind == "u3000":
                t = "\u3000\u3000" + t
            elif ind == "nbsp":
                t = "&nbsp;&nbsp;&nbsp;&nbsp;" + t
            if ptag == "div":
                out.append(f"<div class=\"para\">{t}</div>")
            elif ptag == "br":
                out.append(f"{t}<br><br>")
            else:
                out.append(f"<p>{t}</p>")
        elif tag == "h":
            if htag == "strong":
                out.append(f"<p><strong>{e(text)}</strong></p>")
            else:
                out.append(f"<{htag}>{e(text)}</{htag}>")
        elif tag in ("li", "ol"):
            lt = "ul" if tag == "li" else "ol"
            items = []
            while i < len(blocks) and blocks[i][0] == tag:
                items.append(f"<li>{e(blocks[i][1])}</li>")
                i += 1
            style = ' style="list-style:none;padding-left:2em"' if tag == "ol" else ""
            out.append(f"<{lt}{style}>" + "".join(items) + f"</{lt}>")
            continue
        elif tag == "q":
            out.append(f"<blockquote>{e(text)}</blockquote>")
        elif tag == "r":
            out.append(f"<p style=\"text-align:right\">{e(text)}</p>")
        elif tag == "c":
            out.append(f"<p style=\"text-align:center\">{e(text)}</p>")
        elif tag == "tr":
            rows = []
            first = True
            while i < len(blocks) and blocks[i][0] == "tr":
                cells = [c.strip() for c in blocks[i][1].split("|")]
                ct = "th" if first and pg.get("th", True) else "td"
                rows.append("<tr>" + "".join(f"<{ct}>{e(c)}</{ct}>" for c in cells) + "</tr>")
                first = False
                i += 1
            out.append("<table class=\"data\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
            continue
        elif tag == "img":
            alt, _, cap = text.partition("|")
            out.append(f"<p class=\"pic\" style=\"text-align:center\"><img src=\"{GIF}\" alt=\"{e(alt)}\" width=\"600\" height=\"360\"></p>")
            if cap:
                out.append(f"<p class=\"caption\" style=\"text-align:center\">{e(cap)}</p>")
        elif tag == "x":
            out.append(f"<p class=\"note\">{e(text)}</p>")
        elif tag == "xc":
            out.append(f"<p class=\"note\" style=\"text-align:center\">{e(text)}</p>")
        i += 1
    return "\n".join(out)


# ---------------------------------------------------------------- furniture helpers
def links(items, sep=""):
    return sep.join(f"<a href=\"#\">{e(x)}</a>" for x in items)


def ul(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in items) + "</ul>"


def lines(items, tag="p"):
    return "\n".join(f"<{tag}>{e(x)}</{tag}>" for x in items)


def raw_or_lines(x):
    """Furniture given as a list of lines or as a raw HTML string (prefixed 'HTML:')."""
    if x is None:
        return ""
    if isinstance(x, str):
        return x[5:] if x.startswith("HTML:") else lines(x.split("\n"))
    return lines(x)


def info_html(pg):
    items = pg.get("info", [])
    style = pg.get("info_style", "sep")
    sep = pg.get("info_sep", "\u3000")
    tools = pg.get("tools", "")
    if style == "spans":  # inline spans, no text between them: copy glues them together
        s = "".join(f"<span style=\"margin-right:20px\">{e(x)}</span>" for x in items)
    elif style == "lines":
        s = "".join(f"<div>{e(x)}</div>" for x in items)
    elif style == "table":
        s = "<table class=\"infot\"><tr>" + "".join(f"<td>{e(x)}</td>" for x in items) + "</tr></table>"
    else:
        s = e(sep).join(e(x) for x in items)
    if tools:
        s += f"<span class=\"tools\">{e(tools)}</span>" if style != "lines" else f"<div class=\"tools\">{e(tools)}</div>"
    return f"<div class=\"info\">{s}</div>"


def title_html(pg, tag="h1"):
    parts = []
    if pg.get("kicker"):
        parts.append(f"<p class=\"kicker\">{e(pg['kicker'])}</p>")
    parts.append(f"<{tag} class=\"title\">" + "<br>".join(e(x) for x in pg["title_lines"]) + f"</{tag}>")
    if pg.get("subtitle"):
        parts.append(f"<p class=\"subtitle\">{e(pg['subtitle'])}</p>")
    return "\n".join(parts)


def head_block(pg):
    """Title and info bar in the order the page asks for."""
    t, i = title_html(pg, pg.get("title_tag", "h1")), info_html(pg) if pg.get("info") else ""
    pos = pg.get("info_pos", "below")
    if pos == "above":
        return i + "\n" + t
    if pos == "bottom":
        return t
    return t + "\n" + i


def article_block(pg):
    body = render_body(parse_body(pg["body"]), pg)
    a = [head_block(pg)]
    if pg.get("pre_body"):
        a.append(raw_or_lines(pg["pre_body"]))
    a.append(f"<div class=\"content\" id=\"zoom\">\n{body}\n</div>")
    if pg.get("info_pos") == "bottom":
        a.append(info_html(pg))
    if pg.get("after"):
        a.append(raw_or_lines(pg["after"]))
    return "\n".join(a)


def related_html(pg):
    out = []
    for head, items in pg.get("related", []):
        out.append(f"<div class=\"rel\"><h4>{e(head)}</h4>{ul(items)}</div>")
    return "\n".join(out)


def side_html(pg):
    out = []
    for head, items in pg.get("side", []):
        out.append(f"<div class=\"box\"><div class=\"bt\">{e(head)}</div>{ul(items)}</div>")
    return "\n".join(out)


def top_html(pg, navsep=""):
    out = []
    if pg.get("topbar"):
        out.append(f"<div class=\"topbar\">{links(pg['topbar'], pg.get('topsep', ''))}</div>")
    out.append(f"<div class=\"banner\">{raw_or_lines(pg.get('banner', [pg['site']]))}</div>")
    if pg.get("search"):
        out.append(f"<div class=\"search\"><input type=\"text\" placeholder=\"{e(pg['search'])}\"><button>搜索</button></div>")
    if pg.get("nav"):
        out.append(f"<div class=\"nav\">{links(pg['nav'], navsep)}</div>")
    if pg.get("crumb"):
        out.append(f"<div class=\"crumb\">{e(pg['crumb'])}</div>")
    return "\n".join(out)


def footer_html(pg):
    out = []
    if pg.get("footlinks"):
        out.append(f"<div class=\"flinks\">{links(pg['footlinks'], pg.get('footsep', ' | '))}</div>")
    out.append(raw_or_lines(pg.get("footer", [])))
    return "\n".join(out)


# ---------------------------------------------------------------- layouts
CSS = {
    "table": "body{margin:0;font:12px/1.8 SimSun,serif;background:#eee}table.wrap{background:#fff}"
             ".nav a{margin:0 8px;color:#fff}.title{font-size:22px;text-align:center;color:#c00}"
             ".info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.data td,.data th{padding:2px 6px}",
    "div": "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif}.w{width:1100px;margin:0 auto}"
           ".nav a{display:inline-block;padding:0 14px}.title{font-size:26px;text-align:center}"
           ".info{color:#888;text-align:center;margin:10px 0}.side{float:right;width:300px}.main{float:left;width:760px}"
           ".clear{clear:both}.data td,.data th{border:1px solid #999;padding:3px 8px}",
    "modern": "body{margin:0;font:16px/1.9 system-ui,sans-serif;color:#222}header,main,footer{max-width:1200px;margin:0 auto}"
              "nav a{margin-right:24px}main{display:flex;gap:40px}article{flex:1}aside{width:320px}"
              ".title{font-size:30px;line-height:1.4}.info{color:#999;font-size:14px}.data{border-collapse:collapse}"
              ".data td,.data th{border:1px solid #ddd;padding:4px 10px}",
    "mobile": "body{margin:0 auto;max-width:640px;font:17px/1.8 -apple-system,sans-serif}.title{font-size:22px}"
              ".info{color:#999;font-size:13px}.openapp{background:#f33;color:#fff;padding:6px}",
    "epaper": "body{margin:0;font:14px/1.8 SimSun,serif}.ep{display:flex}.left{width:420px}.right{flex:1}"
              ".kicker,.subtitle{font-size:16px;text-align:center}.title{font-size:28px;text-align:center}"
              ".banci a{margin-right:6px}",
}


def layout_table(pg):
    side = side_html(pg)
    side_td = f"<td width=\"240\" valign=\"top\" class=\"sidebar\">{side}</td>" if side else ""
    left = pg.get("side_left", True)
    cols = (side_td + f"<td valign=\"top\">{article_block(pg)}\n{related_html(pg)}</td>") if left else \
           (f"<td valign=\"top\">{article_block(pg)}\n{related_html(pg)}</td>" + side_td)
    return f"""<table class="wrap" width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td>{top_html(pg, pg.get('navsep', ' | '))}</td></tr>
<tr><td><table width="100%" cellpadding="8"><tr>{cols}</tr></table></td></tr>
<tr><td class="foot" align="center">{footer_html(pg)}</td></tr>
</table>"""


def layout_div(pg):
    return f"""<div class="header"><div class="w">{top_html(pg, pg.get('navsep', ''))}</div></div>
<div class="w">
<div class="main">{article_block(pg)}
{related_html(pg)}</div>
<div class="side">{side_html(pg)}</div>
<div class="clear"></div>
</div>
<div class="footer"><div class="w">{footer_html(pg)}</div></div>"""


def layout_modern(pg):
    aside = side_html(pg)
    return f"""<header>{top_html(pg, pg.get('navsep', ''))}</header>
<main><article>{article_block(pg)}
{related_html(pg)}</article>{f'<aside>{aside}</aside>' if aside else ''}</main>
<footer>{footer_html(pg)}</footer>"""


def layout_mobile(pg):
    return f"""<div class="openapp">{raw_or_lines(pg.get('banner', [pg['site']]))}</div>
<div class="page">{article_block(pg)}</div>
{related_html(pg)}
<div class="foot">{footer_html(pg)}</div>"""


def layout_epaper(pg):
    return f"""<div class="top">{top_html(pg, pg.get('navsep', ''))}</div>
<div class="ep">
<div class="left">{raw_or_lines(pg.get('left'))}</div>
<div class="right">{article_block(pg)}
{related_html(pg)}</div>
</div>
<div class="foot">{footer_html(pg)}</div>"""


LAYOUTS = {"table": layout_table, "div": layout_div, "modern": layout_modern,
           "mobile": layout_mobile, "epaper": layout_epaper}


def render_page(pg):
    body = LAYOUTS[pg["layout"]](pg)
    css = CSS[pg["layout"]] + pg.get("css", "")
    lang = "en" if pg.get("lang") == "en" else "zh-CN"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{e(pg.get('doc_title', pg['title'] + '_' + pg['site']))}</title>
<style>{css}</style>
</head>
<body>
{body}
</body>
</html>
"""


def load_pages():
    pages = []
    for mod in ("pages_gov", "pages_media", "pages_self_epaper", "pages_inst"):
        m = __import__(mod)
        pages.extend(m.PAGES)
    return pages


def main():
    pages = load_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in pages:
        if "title" not in pg:
            pg["title"] = (" " if pg.get("lang") == "en" else "").join(pg["title_lines"])
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render_page(pg))
        gold = {"id": pg["id"], "set": "zh-blind98", "lang": pg.get("lang", "zh"), "kind": pg["kind"],
                "title": pg["title"], "authors": pg["authors"], "publish_time": pg["time"],
                "body_paragraphs": gold_paragraphs(parse_body(pg["body"]))}
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
