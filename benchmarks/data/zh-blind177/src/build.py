#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body markup (one block per line):  '## x' sub-heading, '- x' list line, '| a | b' table row,
'!x' photo (alt + caption, not body), '@x' non-body line (byline, editor, source, 原标题),
anything else a paragraph.  The gold body comes from the same blocks that are rendered."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C
from pages_d import PAGES as D

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
E = html.escape


def parse_body(text):
    blocks = []
    for line in text.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line.startswith("!"):
            blocks.append(("img", line[1:]))
        elif line.startswith("@"):
            blocks.append(("note", line[1:]))
        else:
            blocks.append(("p", line))
    return blocks


def gold_paras(blocks):
    out = []
    for kind, val in blocks:
        if kind in ("p", "h", "li"):
            out.append(val.replace("\u3000", " ").strip())
        elif kind == "table":
            out.extend(" ".join(c for c in row) for row in val)
    return out


def render_body(blocks, st):
    """st: style dict: indent (U+3000 text indent), hstyle, liststyle, imgstyle."""
    out = []
    ind = "\u3000\u3000" if st.get("indent") else ""
    i = 0
    while i < len(blocks):
        kind, val = blocks[i]
        if kind == "p":
            if st.get("br"):
                out.append(ind + E(val) + "<br><br>")
            elif st.get("div"):
                out.append(f'<div class="pa">{ind}{E(val)}</div>')
            else:
                out.append(f"<p>{ind}{E(val)}</p>")
        elif kind == "h":
            hs = st.get("h", "strong")
            if hs == "strong":
                out.append(f"<p><strong>{ind}{E(val)}</strong></p>")
            elif hs == "h3":
                out.append(f"<h3>{E(val)}</h3>")
            else:
                out.append(f'<p class="subt" style="font-weight:bold">{E(val)}</p>')
        elif kind == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(blocks[i][1]); i += 1
            i -= 1
            if st.get("ul"):
                out.append('<ul class="lst">' + "".join(f"<li>{E(x)}</li>" for x in items) + "</ul>")
            else:
                out.extend(f"<p>{ind}{E(x)}</p>" for x in items)
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in val)
            out.append(f'<table class="dt" border="1" cellspacing="0">{rows}</table>')
        elif kind == "img":
            if st.get("imgalt", True):
                out.append(f'<p class="pic" style="text-align:center"><img src="{GIF}" alt="{E(val)}"></p>')
            else:
                out.append(f'<p class="pic" style="text-align:center"><img src="{GIF}" alt=""></p>')
            out.append(f'<p class="cap" style="text-align:center">{E(val)}</p>')
        elif kind == "note":
            out.append(f'<p class="note">{E(val)}</p>')
        i += 1
    return "\n".join(out)


def ul(items, cls="nav", sep=None):
    if sep:
        return f'<div class="{cls}">' + sep.join(f'<a href="#">{E(x)}</a>' for x in items) + "</div>"
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + "</ul>"


def lines(items, cls):
    return f'<div class="{cls}">' + "".join(f"<p>{x}</p>" for x in items) + "</div>"


# ---------------------------------------------------------------- templates
def page_html(pg):
    blocks = parse_body(pg["body"])
    st = pg.get("style", {})
    tpl = pg["tpl"]
    s = pg["site"]
    title_html = pg.get("title_html") or E(pg["title"])
    head = ""
    if pg.get("kicker"):
        head += f'<p class="yt">{E(pg["kicker"])}</p>'
    head += f'<h1 class="{s.get("hcls","title")}">{title_html}</h1>'
    if pg.get("subtitle"):
        head += f'<p class="ft">{E(pg["subtitle"])}</p>'
    info = f'<div class="{s.get("icls","info")}">{pg["info"]}</div>' if pg.get("info") else ""
    if pg.get("info_above"):
        headblock = info + head
    else:
        headblock = head + info
    body = render_body(blocks, st)
    top = s.get("top", "")
    nav = ul(s["nav"], s.get("navcls", "nav"), s.get("navsep")) if s.get("nav") else ""
    crumb = f'<div class="crumb">{s["crumb"]}</div>' if s.get("crumb") else ""
    after = s.get("after", "")
    side = s.get("side", "")
    foot = lines(s.get("foot", []), "footer")
    banner = f'<div class="banner"><img src="{GIF}" alt="{E(s["logo"])}"><span>{E(s.get("bname",""))}</span></div>' if s.get("logo") else f'<div class="banner">{E(s.get("bname",""))}</div>'
    if tpl == "table":   # old table layout
        main = (f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td>{top}</td></tr>'
                f'<tr><td class="bn">{banner}</td></tr><tr><td>{nav}</td></tr><tr><td>{crumb}</td></tr>'
                f'<tr><td><table width="100%"><tr><td valign="top" class="ct">{headblock}<div class="content">{body}</div>{after}</td>'
                + (f'<td width="240" valign="top">{side}</td>' if side else "") +
                f'</tr></table></td></tr><tr><td>{foot}</td></tr></table>')
    elif tpl == "grid":  # 2010s portal with sidebar
        main = (f'<div class="topbar">{top}</div><div class="header">{banner}</div>{nav}<div class="wrap">{crumb}'
                f'<div class="left"><div class="article">{headblock}<div class="TRS_Editor">{body}</div></div>{after}</div>'
                f'<div class="right">{side}</div></div>{foot}')
    elif tpl == "modern":  # responsive 2020s
        main = (f'<header><div class="tools">{top}</div>{banner}<nav>{nav}</nav></header><main>{crumb}'
                f'<article>{headblock}<section class="article-content">{body}</section></article>{after}'
                f'<aside>{side}</aside></main><footer>{foot}</footer>')
    elif tpl == "app":  # app share page
        main = (f'<div class="appbar">{top}</div><div class="m-article">{headblock}<div class="rich">{body}</div></div>'
                f'{after}<div class="m-side">{side}</div><div class="m-foot">{foot}</div>')
    elif tpl == "epaper":
        main = (f'<div class="ep-top">{top}{banner}</div><table class="ep" width="100%"><tr>'
                f'<td class="ep-l" valign="top">{side}</td>'
                f'<td class="ep-r" valign="top">{crumb}{headblock}<div id="ozoom">{body}</div>{after}</td></tr></table>{foot}')
    else:
        raise ValueError(tpl)
    css = s.get("css", "body{font-family:SimSun,serif;font-size:14px}")
    css += " .dt td{padding:3px 6px} .lst{list-style:none;padding-left:0}"
    return (f'<!DOCTYPE html>\n<html lang="{"en" if pg["lang"]=="en" else "zh-CN"}"><head><meta charset="utf-8">'
            f'<title>{E(pg.get("doctitle", pg["title"]))}</title><style>{css}</style></head>\n<body>\n{main}\n</body></html>\n')


def gold(pg):
    blocks = parse_body(pg["body"])
    return {"id": pg["id"], "set": "zh-blind177", "lang": pg["lang"], "kind": pg["kind"],
            "title": pg["title"], "authors": pg["authors"], "publish_time": pg["time"],
            "body_paragraphs": gold_paras(blocks)}


def main():
    pages = A + B + C + D
    for pg in pages:
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(pg))
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(pg), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(pages), "pages")


if __name__ == "__main__":
    main()
