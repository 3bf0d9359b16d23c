"""Render one page description (a dict) to HTML and to its gold record.

Body blocks (rendered as article body AND written to the gold body):
  ('p', text)        paragraph            ('pi', text)  paragraph printed with two U+3000 indent
  ('h', text)        sub-heading          ('r', text)   right-aligned line (署名 / 成文日期)
  ('ul', [items])    bullet list          ('ol', [items]) numbered list (numbers are in the text)
  ('table', rows)    table; every row (header row too) is one gold paragraph, cells joined by one space
  ('q', text)        block quote paragraph
Non-body blocks (rendered inside the article area, never gold):
  ('img', alt, caption)   picture with alt text and optional caption
  ('meta', html)          an editor / source / byline / 原标题 line
  ('raw', html)           any markup
"""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BODY_KINDS = {"p", "pi", "h", "r", "ul", "ol", "table", "q"}


def esc(s):
    return H.escape(s, quote=False)


def img(alt, src=True):
    return '<img alt="%s"%s>' % (H.escape(alt), (' src="%s"' % GIF) if src else "")


def gold_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "pi", "h", "r", "q"):
            out.append(b[1])
        elif k in ("ul", "ol"):
            out.extend(b[1])
        elif k == "table":
            out.extend(" ".join(c.strip() for c in row) for row in b[1])
    return out


def render_blocks(p):
    c = p.get("cls", "a")
    out = []
    for b in p["blocks"]:
        k = b[0]
        if k == "p":
            out.append("<p>%s</p>" % esc(b[1]))
        elif k == "pi":
            out.append('<p class="%s-ind">\u3000\u3000%s</p>' % (c, esc(b[1])))
        elif k == "h":
            tag = p.get("htag", "h3")
            if tag == "pb":
                out.append("<p><strong>%s</strong></p>" % esc(b[1]))
            else:
                out.append("<%s>%s</%s>" % (tag, esc(b[1]), tag))
        elif k == "r":
            out.append('<p style="text-align:right">%s</p>' % esc(b[1]))
        elif k == "q":
            out.append("<blockquote>%s</blockquote>" % esc(b[1]))
        elif k in ("ul", "ol"):
            if p.get("list_as_p"):
                out.extend("<p>%s</p>" % esc(i) for i in b[1])
            else:
                out.append('<ul class="%s-l">%s</ul>' % (c, "".join("<li>%s</li>" % esc(i) for i in b[1])))
        elif k == "table":
            rows = []
            for i, row in enumerate(b[1]):
                t = "th" if i == 0 and p.get("th", True) else "td"
                rows.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (t, esc(x), t) for x in row))
            out.append('<table class="%s-t" border="1" cellspacing="0">%s</table>' % (c, "".join(rows)))
        elif k == "img":
            s = '<div class="%s-pic">%s' % (c, img(b[1], p.get("imgsrc", True)))
            if len(b) > 2 and b[2]:
                s += '<p class="%s-cap">%s</p>' % (c, esc(b[2]))
            out.append(s + "</div>")
        elif k == "meta":
            out.append('<p class="%s-meta">%s</p>' % (c, b[1]))
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out)


def links(items, sep=""):
    return sep.join('<a href="#">%s</a>' % esc(x) for x in items)


def render(p):
    c = p.get("cls", "a")
    parts = []
    head = ""
    if p.get("kicker"):
        head += '<p class="%s-kicker">%s</p>' % (c, esc(p["kicker"]))
    tl = p.get("title_lines") or [p["title"]]
    head += '<h1 class="%s-title">%s</h1>' % (c, "<br>".join(esc(x) for x in tl))
    if p.get("subtitle"):
        head += '<h2 class="%s-sub">%s</h2>' % (c, esc(p["subtitle"]))
    secs = {
        "head": head,
        "info": '<div class="%s-info">%s</div>' % (c, p.get("info", "")),
        "body": '<div class="%s-body">\n%s\n</div>' % (c, render_blocks(p)),
    }
    for name in p["order"]:
        if name in secs:
            parts.append(secs[name])
        else:
            parts.append(name)  # literal markup
    main = "\n".join(parts)
    if p.get("layout") == "table":
        main = '<table width="1000" align="center" cellpadding="0" cellspacing="0" class="%s-wrap"><tr><td>\n%s\n</td></tr></table>' % (c, main)
    pre = "\n".join(p.get("pre", []))
    post = "\n".join(p.get("post", []))
    css = BASE_CSS.replace("CLS", c) + p.get("css", "")
    doc = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>\n<style>%s</style></head>\n'
           '<body>\n%s\n%s\n%s\n</body></html>\n') % (
        "en" if p.get("lang") == "en" else "zh-CN", esc(p.get("doctitle", p["title"])), css, pre, main, post)
    return doc


BASE_CSS = """body{margin:0;font-family:sans-serif;font-size:15px;color:#222}
a{color:#234;text-decoration:none;margin:0 6px}
.CLS-title{font-size:26px;text-align:center}
.CLS-kicker,.CLS-sub{text-align:center;font-size:17px}
.CLS-info{color:#777;font-size:13px;text-align:center}
.CLS-body{line-height:1.9;max-width:900px;margin:0 auto}
.CLS-cap{text-align:center;color:#555;font-size:13px}
.CLS-pic{text-align:center}
.CLS-meta{color:#666}
.CLS-t td,.CLS-t th{padding:3px 8px}
"""


def gold(p, setname="zh-blind118"):
    return {
        "id": p["id"], "set": setname, "lang": p.get("lang", "zh"), "kind": p["kind"],
        "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
        "body_paragraphs": gold_body(p["blocks"]),
    }
