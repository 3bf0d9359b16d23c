#!/usr/bin/env python3
"""Build html/ and gold/ from the page descriptions in ../pages/*.txt.

A page description is a list of lines "@key value". Body blocks (@p @h @li @tr @q)
are rendered as the article body AND written as gold body_paragraphs, so the two
cannot disagree. See README.md for the keys.
"""
import html, json, os, re, sys, glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
BODY_KEYS = {"p", "h", "li", "tr", "th", "q", "np"}

def esc(s):
    # a run of ASCII spaces inside a name (王  静) is kept as no-break spaces, as CMSs save it
    return re.sub(r"(?<=\S)( {2,})(?=\S)", lambda m: "&nbsp;" * len(m.group(1)), html.escape(s, quote=True))

def parse(path):
    pages, cur = [], None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("=== "):
            cur = {"id": line[4:].strip(), "blocks": []}
            pages.append(cur)
            continue
        if not line.strip() or line.startswith("#") or cur is None:
            continue
        m = re.match(r"@(\w+)\s?(.*)$", line)
        if not m:
            # continuation of previous block text
            k, v = cur["blocks"][-1]
            cur["blocks"][-1] = (k, v + line)
            continue
        k, v = m.group(1), m.group(2)
        cur["blocks"].append((k, v))
    return pages

def meta(page, key, default=None):
    for k, v in page["blocks"]:
        if k == key:
            return v
    return default

def cells(v):
    return [c.strip() for c in v.split("|")]

def render_line(k, v, L):
    """Furniture block -> html, shaped by the layout L."""
    if k in ("top", "nav", "links", "share", "tabs"):
        items = cells(v)
        if L in ("table", "table2"):
            return "<table class='%s' width='100%%'><tr>%s</tr></table>" % (k, "".join("<td>%s</td>" % esc(i) for i in items))
        if L in ("app", "wx"):
            return "<div class='%s'>%s</div>" % (k, " ".join("<span>%s</span>" % esc(i) for i in items))
        sep = {"div": " | ", "flex": "", "portal": " ", "epaper": "　"}.get(L, " ")
        return "<ul class='%s'>%s</ul>" % (k, "".join("<li>%s</li>" % esc(i) if sep == "" else "<li>%s%s</li>" % (esc(i), sep) for i in items))
    if k == "search":
        return "<form class='search'><input type='text' placeholder='%s'><button type='button'>搜索</button></form>" % esc(v)
    if k == "logo":
        return "<div class='logo'><img src='%s' alt='%s'></div>" % (GIF, esc(v))
    if k == "qr":
        return "<div class='qr'><img src='%s' alt='二维码'><p>%s</p></div>" % (GIF, esc(v))
    if k == "list":
        title, *items = cells(v)
        return "<div class='box'><h3>%s</h3><ul>%s</ul></div>" % (esc(title), "".join("<li><a>%s</a></li>" % esc(i) for i in items))
    if k == "grid":  # table of cells, e.g. e-paper 版次 navigation, rows separated by ||
        rows = [cells(r) for r in v.split("||")]
        return "<table class='grid'>%s</table>" % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows)
    # plain lines: text, crumb, info, byline, after, foot, kicker, sub, note ...
    tag = {"foot": "p", "after": "div", "byline": "div", "crumb": "div"}.get(k, "div")
    return "<%s class='%s'>%s</%s>" % (tag, k, esc(v), tag)

def render_body(blocks, L):
    out, rows, lis = [], [], []
    def flush():
        nonlocal rows, lis
        if rows:
            out.append("<table class='data' border='1'>%s</table>" % "".join(rows)); rows = []
        if lis:
            out.append("<ul class='items'>%s</ul>" % "".join(lis)); lis = []
    for k, v in blocks:
        if k not in ("tr", "th"):
            if rows: flush()
        if k != "li" and lis: flush()
        if k == "p":
            out.append(("<p style='text-indent:2em'>%s</p>" if L in ("table", "table2", "div") else "<p>%s</p>") % esc(v))
        elif k == "np":  # paragraph as a bare div with <br> (older CMS)
            out.append("%s<br><br>" % esc(v))
        elif k == "h":
            out.append("<p><strong>%s</strong></p>" % esc(v) if L in ("table", "div", "epaper") else "<h2>%s</h2>" % esc(v))
        elif k == "q":
            out.append("<blockquote>%s</blockquote>" % esc(v))
        elif k == "li":
            lis.append("<li>%s</li>" % esc(v))
        elif k in ("tr", "th"):
            t = "th" if k == "th" else "td"
            rows.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (t, esc(c), t) for c in cells(v)))
        elif k == "img":
            alt, _, cap = v.partition("||")
            out.append("<div class='pic'><img src='%s' alt='%s'>%s</div>" % (GIF, esc(alt.strip()), ("<p class='cap'>%s</p>" % esc(cap.strip())) if cap.strip() else ""))
        elif k in ("byline", "inline", "after", "note"):
            out.append("<div class='%s'>%s</div>" % (k, esc(v)))
    flush()
    return "\n".join(out)

def gold_body(blocks):
    paras = []
    for k, v in blocks:
        if k in ("p", "h", "li", "q", "np"):
            paras.append(v.strip())
        elif k in ("tr", "th"):
            paras.append(" ".join(c for c in cells(v) if c))
    return paras

def build(page):
    pid = page["id"]
    L = meta(page, "layout", "div")
    lang = meta(page, "lang", "zh")
    css = meta(page, "css", "")
    titles = [v for k, v in page["blocks"] if k == "title"]
    # split blocks: before body (head), body, after body
    blocks = page["blocks"]
    idx_body = [i for i, (k, v) in enumerate(blocks) if k == "body"]
    idx_end = [i for i, (k, v) in enumerate(blocks) if k == "endbody"]
    b0, b1 = idx_body[0], idx_end[0]
    skip = {"layout", "lang", "css", "kind", "authors", "time", "set", "gtitle", "htitle", "doctitle"}
    head = []
    for k, v in blocks[:b0]:
        if k in skip:
            continue
        if k == "title":
            continue
        if k == "TITLE":  # place where title lines go
            tt = [t for t in titles]
            tag = meta(page, "htitle", "h1")
            head.append("<%s class='title'>%s</%s>" % (tag, "<br>".join(esc(t) for t in tt), tag))
            continue
        head.append(render_line(k, v, L))
    body = render_body(blocks[b0 + 1:b1], L)
    tail = [render_line(k, v, L) for k, v in blocks[b1 + 1:] if k not in skip]
    title_text = meta(page, "doctitle", (" " if lang == "en" else "").join(titles))
    base_css = ("body{font-family:sans-serif;margin:0 auto;max-width:1100px;font-size:14px}"
                ".top li,.nav li,.links li,.share li,.tabs li{display:inline;margin-right:6px;list-style:none}"
                "ul{padding-left:18px}.title{font-size:24px}.info{color:#666}.foot{font-size:12px;color:#888}")
    if L == "flex":
        base_css += "ul.nav,ul.top{display:flex;gap:12px;padding:0}"
    doc = ("<!DOCTYPE html>\n<html lang='%s'>\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>%s%s</style>\n</head>\n<body class='%s'>\n%s\n<div class='article'>\n%s\n</div>\n%s\n</body>\n</html>\n"
           % ("en" if lang == "en" else "zh-CN", esc(title_text), base_css, css, L,
              "\n".join(head), body, "\n".join(tail)))
    gold = {
        "id": pid, "set": "zh-blind138", "lang": lang, "kind": meta(page, "kind"),
        "title": meta(page, "gtitle") or (" " if lang == "en" else "").join(t.strip() for t in titles),
        "authors": [a.strip() for a in meta(page, "authors", "").split(",") if a.strip()],
        "publish_time": meta(page, "time"),
        "body_paragraphs": gold_body(blocks[b0 + 1:b1]),
    }
    return doc, gold

def main():
    n = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "pages", "*.txt"))):
        for page in parse(path):
            doc, gold = build(page)
            open(os.path.join(ROOT, "html", page["id"] + ".html"), "w", encoding="utf-8").write(doc)
            with open(os.path.join(ROOT, "gold", page["id"] + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
            n += 1
    print("built", n, "pages")

if __name__ == "__main__":
    main()
