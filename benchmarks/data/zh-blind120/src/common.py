"""Shared helpers: turn one page description into html + gold.

A page description is a dict:
  id, kind, lang, title, authors, publish_time  (the gold metadata, typed by hand)
  css        extra CSS for this template (one <style> per page)
  skel       the whole page HTML with the placeholder {BODY} where the article body goes
  body       the article body in a tiny line format (see parse_body)
  pstyle     how paragraphs are rendered: p | indent | br | div | font
  hstyle     how sub-headings are rendered: h3 | strong | b | h4
  features   short text for the README

Body lines (one block per line, blank lines ignored):
  text            a paragraph (gold)
  ## text         a sub-heading (gold)
  - text          a list item (gold); consecutive ones form one <ul>
  1. text         an ordered list item (gold, printed with its number by the browser? no:
                  we print the number ourselves in the text so the gold contains it)
  | a | b | c     a table row (gold: cells joined by one space); consecutive rows form one table
  > text          a quoted passage in <blockquote> (gold)
  !img alt        an image with alt text (not gold)
  !cap text       a photo caption (not gold)
  !x html         raw non-body html inside the article box (bylines, editors, sources)
"""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

BASE_CSS = """body{margin:0;font:14px/1.7 "Microsoft YaHei",SimSun,sans-serif;color:#333}
a{color:#333;text-decoration:none}ul{margin:0;padding:0 0 0 18px}
"""


def esc(s):
    return H.escape(s, quote=False)


def parse_body(text):
    blocks = []
    for line in text.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:].strip()))
        elif line.startswith("- "):
            blocks.append(("li", line[2:].strip()))
        elif line.startswith("| "):
            cells = [c.strip() for c in line.strip("|").split("|")]
            blocks.append(("tr", cells))
        elif line.startswith("> "):
            blocks.append(("q", line[2:].strip()))
        elif line.startswith("!img "):
            blocks.append(("img", line[5:].strip()))
        elif line.startswith("!cap "):
            blocks.append(("cap", line[5:].strip()))
        elif line.startswith("!x "):
            blocks.append(("x", line[3:].strip()))
        else:
            blocks.append(("p", line))
    return blocks


def gold_paragraphs(blocks):
    out = []
    for kind, val in blocks:
        if kind in ("p", "h", "li", "q"):
            out.append(val)
        elif kind == "tr":
            out.append(" ".join(val))
    return out


def render_body(blocks, pstyle="p", hstyle="h3", lang="zh"):
    out = []
    i = 0
    n = len(blocks)
    while i < n:
        kind, val = blocks[i]
        if kind == "li":
            items = []
            while i < n and blocks[i][0] == "li":
                items.append("<li>%s</li>" % esc(blocks[i][1]))
                i += 1
            out.append("<ul class=\"blist\">%s</ul>" % "".join(items))
            continue
        if kind == "tr":
            rows = []
            first = True
            while i < n and blocks[i][0] == "tr":
                tag = "th" if first else "td"
                rows.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in blocks[i][1]))
                first = False
                i += 1
            out.append("<table class=\"btab\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">%s</table>" % "".join(rows))
            continue
        if kind == "p":
            t = esc(val)
            if pstyle == "p":
                out.append("<p>%s</p>" % t)
            elif pstyle == "indent":
                out.append("<p>\u3000\u3000%s</p>" % t)
            elif pstyle == "br":
                out.append("\u3000\u3000%s<br><br>" % t)
            elif pstyle == "div":
                out.append("<div class=\"para\">%s</div>" % t)
            elif pstyle == "font":
                out.append("<p style=\"text-indent:2em\"><font size=\"3\">%s</font></p>" % t)
            elif pstyle == "section":
                out.append("<section><span>%s</span></section>" % t)
        elif kind == "h":
            t = esc(val)
            if hstyle == "h3":
                out.append("<h3>%s</h3>" % t)
            elif hstyle == "h4":
                out.append("<h4>%s</h4>" % t)
            elif hstyle == "strong":
                out.append("<p><strong>%s</strong></p>" % t)
            elif hstyle == "b":
                out.append("<p style=\"text-indent:2em\"><b>%s</b></p>" % t)
        elif kind == "q":
            out.append("<blockquote>%s</blockquote>" % esc(val))
        elif kind == "img":
            out.append("<p class=\"pic\" style=\"text-align:center\"><img src=\"%s\" alt=\"%s\" width=\"600\" height=\"1\"></p>" % (GIF, H.escape(val)))
        elif kind == "cap":
            out.append("<p class=\"pic-cap\" style=\"text-align:center;color:#666\">%s</p>" % esc(val))
        elif kind == "x":
            out.append(val)
        i += 1
    return "\n".join(out)


def build_page(pg):
    blocks = parse_body(pg["body"])
    body_html = render_body(blocks, pg.get("pstyle", "p"), pg.get("hstyle", "h3"), pg.get("lang", "zh"))
    lang = pg.get("lang", "zh")
    doc = ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
           "<style>\n%s%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n") % (
        "zh-CN" if lang == "zh" else "en", esc(pg.get("doctitle", pg["title"])),
        BASE_CSS, pg.get("css", ""), pg["skel"].replace("{BODY}", body_html))
    gold = {
        "id": pg["id"], "set": "zh-blind120", "lang": lang, "kind": pg["kind"],
        "title": pg["title"], "authors": pg["authors"], "publish_time": pg["publish_time"],
        "body_paragraphs": gold_paragraphs(blocks),
    }
    return doc, gold
