#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind64 from src/pages/<id>.py.

Each page description is a small Python file that defines

  META      dict: id, kind, lang, title, authors, publish_time (the gold fields)
  HTML_TITLE  text of <title>
  CSS       the one embedded style sheet
  TEMPLATE  the page's body markup; {{BODY}} marks where the article blocks go
            ({{TITLE}} and {{DATE}} may be used for the headline / info-bar date;
            @@BODY@@, @@TITLE@@, @@DATE@@ are the same, for f-strings)
  BODY      the article as block lines (see parse_blocks)
  OPTS      optional dict of rendering options (pstyle, hstyle, lstyle, tstyle, ...)
  HEAD_EXTRA optional extra <head> markup (meta tags only)

The gold body_paragraphs are taken from the same blocks that are rendered as the
article body, so the gold and the page cannot drift apart.

Block lines (one block per line, tag, one space, content):
  p     body paragraph (inline HTML allowed; tags are stripped for the gold)
  h     body sub-heading
  q     body quoted passage (blockquote)
  li    body list line (consecutive li lines form one list)
  tr    body table row, cells separated by " | " (consecutive tr lines form one
        table; the first row is the header row)
  sign  body line set flush right (署名, 成文日期)
  img   an image: alt text (not body)
  cap   a photo caption (not body)
  x     a non-body line inside the article (byline, 原标题, editor, source ...)
  html  raw HTML inside the article (not body)
Lines starting with '#' and blank lines are ignored.

Usage: python3 src/build.py [ids...]   (from the set folder or anywhere)
"""
import html as htmlmod
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SET = "zh-blind64"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BODY_TAGS = {"p", "h", "q", "li", "tr", "sign"}
ALL_TAGS = BODY_TAGS | {"img", "cap", "x", "html"}
KINDS = {"government", "media", "self-media", "e-paper", "institution"}

sys.path.insert(0, HERE)


def parse_blocks(spec):
    blocks = []
    for raw in spec.split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        tag, _, text = line.partition(" ")
        if tag not in ALL_TAGS:
            raise ValueError(f"unknown block tag {tag!r} in line {raw!r}")
        blocks.append((tag, text.strip()))
    return blocks


def plain(s):
    """Gold text of an inline-HTML fragment."""
    s = re.sub(r"<br\s*/?>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = htmlmod.unescape(s)
    return re.sub(r"[ \t\n]+", " ", s).strip()


PREFIX = {
    "p": "", "div": "", "section": "",
    "indent": "\u3000\u3000",
    "nbsp": "&nbsp;&nbsp;&nbsp;&nbsp;",
    "nbsp8": "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;",
    "mso": "", "br": "\u3000\u3000", "br2": "\u3000\u3000", "brplain": "",
}


def wrap_para(text, o, cls=None):
    ps = o.get("pstyle", "p")
    pre = PREFIX.get(ps, "")
    c = f' class="{cls}"' if cls else ""
    if ps == "div":
        c = c or ' class="para"'
        return f"<div{c}>{pre}{text}</div>"
    if ps == "section":
        return f'<section{c} style="margin:0 0 16px"><span style="font-size:15px;color:#333">{text}</span></section>'
    if ps == "mso":
        return (f'<p class="MsoNormal{(" " + cls) if cls else ""}" style="text-indent:32pt;line-height:28pt">'
                f'<span style="font-family:仿宋_GB2312;font-size:16pt">{text}</span></p>')
    return f"<p{c}>{pre}{text}</p>"


def render_heading(text, o):
    hs = o.get("hstyle", "strong")
    if hs == "strong":
        return wrap_para(f"<strong>{text}</strong>", o)
    if hs in ("h2", "h3", "h4"):
        return f"<{hs}>{text}</{hs}>"
    if hs == "hei":  # official documents: 黑体 first-level headings
        return (f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt">'
                f'<span style="font-family:黑体;font-size:16pt">{text}</span></p>')
    if hs == "div":
        return f'<div class="subtit">{text}</div>'
    if hs == "section":
        return (f'<section style="margin:20px 0 10px"><span style="font-weight:bold;color:#b5272d">'
                f'{text}</span></section>')
    raise ValueError(hs)


def split_cells(row):
    return [c.strip() for c in re.split(r"\|", row)]


def render_table(rows, o):
    ts = o.get("tstyle", "plain")
    out = ['<table class="art-table" border="1" cellspacing="0" cellpadding="4">' if ts != "mso" else
           '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for i, row in enumerate(rows):
        cells = split_cells(row)
        tag = "th" if (i == 0 and ts in ("plain", "th")) else "td"
        if ts == "mso":
            tds = "".join(f'<td valign="top"><p class="MsoNormal" align="center"><span>{c}</span></p></td>' for c in cells)
        elif ts == "bold" and i == 0:
            tds = "".join(f"<td><strong>{c}</strong></td>" for c in cells)
        else:
            tds = "".join(f"<{tag}>{c}</{tag}>" for c in cells)
        out.append(f"<tr>{tds}</tr>")
    out.append("</table>")
    return "\n".join(out)


def render_list(items, o):
    ls = o.get("lstyle", "ul")
    if ls == "ul":
        return '<ul class="art-list">' + "".join(f"<li>{t}</li>" for t in items) + "</ul>"
    if ls == "p":
        return "\n".join(wrap_para(t, o) for t in items)
    if ls == "div":
        return "\n".join(f'<div class="li">{t}</div>' for t in items)
    raise ValueError(ls)


def render_image(alt, o):
    ist = o.get("istyle", "p")
    img = f'<img alt="{htmlmod.escape(alt, quote=True)}" src="{GIF}" width="600" height="400">'
    if ist == "figure":
        return f"<figure>{img}"  # closed by caption or by render_body
    if ist == "div":
        return f'<div class="pic">{img}</div>'
    return f'<p style="text-align:center">{img}</p>'


def render_body(spec, o):
    blocks = parse_blocks(spec)
    gold = []
    out = []
    ps = o.get("pstyle", "p")
    brmode = ps in ("br", "br2", "brplain")
    sep = "<br><br>\n" if ps == "br2" else "<br>\n"
    buf = []  # br-mode text lines

    def flush():
        if buf:
            out.append('<div class="brtext">' + sep.join(buf) + "</div>")
            buf.clear()

    i = 0
    figure_open = False
    while i < len(blocks):
        tag, text = blocks[i]
        if figure_open and tag != "cap":
            out.append("</figure>")
            figure_open = False
        if tag in ("li", "tr"):
            flush()
            j = i
            group = []
            while j < len(blocks) and blocks[j][0] == tag:
                group.append(blocks[j][1])
                j += 1
            if tag == "li":
                out.append(render_list(group, o))
                gold.extend(plain(t) for t in group)
            else:
                out.append(render_table(group, o))
                gold.extend(" ".join(c for c in (plain(c) for c in split_cells(r)) if c) for r in group)
            i = j
            continue
        if tag in ("p", "h", "x", "sign") and brmode:
            if tag == "h" and o.get("hstyle") != "inline":
                flush()
                out.append(render_heading(text, o))
            elif tag == "sign":
                flush()
                out.append(f'<div style="text-align:right">{text}</div>')
            else:
                buf.append(PREFIX[ps] + text if tag == "p" else text)
        elif tag == "p":
            out.append(wrap_para(text, o))
        elif tag == "h":
            out.append(render_heading(text, o))
        elif tag == "q":
            out.append(f"<blockquote>{text}</blockquote>")
        elif tag == "sign":
            if ps == "mso":
                out.append(f'<p class="MsoNormal" align="right" style="text-align:right;line-height:28pt">'
                           f'<span style="font-family:仿宋_GB2312;font-size:16pt">{text}</span></p>')
            else:
                out.append(f'<p style="text-align:right">{text}</p>')
        elif tag == "img":
            flush()
            out.append(render_image(text, o))
            figure_open = o.get("istyle") == "figure"
        elif tag == "cap":
            flush()
            if figure_open:
                out.append(f"<figcaption>{text}</figcaption></figure>")
                figure_open = False
            else:
                cst = o.get("capstyle", "p")
                if cst == "p":
                    out.append(f'<p class="pic-cap" style="text-align:center">{text}</p>')
                else:
                    out.append(f'<div class="pic-cap">{text}</div>')
        elif tag == "x":
            out.append(f'<p class="{o.get("xclass", "art-note")}">{text}</p>')
        elif tag == "html":
            flush()
            out.append(text)
        if tag in BODY_TAGS:
            gold.append(plain(text))
        i += 1
    flush()
    if figure_open:
        out.append("</figure>")
    return "\n".join(out), gold


def load_page(path):
    ns = {"__file__": path}
    with open(path, encoding="utf-8") as f:
        code = f.read()
    exec(compile(code, path, "exec"), ns)
    return ns


def build(pid):
    ns = load_page(os.path.join(HERE, "pages", pid + ".py"))
    meta = ns["META"]
    assert meta["id"] == pid, (meta["id"], pid)
    assert meta["kind"] in KINDS, meta["kind"]
    o = ns.get("OPTS", {})
    body_html, paras = render_body(ns["BODY"], o)
    tpl = ns["TEMPLATE"]
    for k in ("BODY", "TITLE", "DATE"):  # f-string friendly aliases
        tpl = tpl.replace(f"@@{k}@@", "{{" + k + "}}")
    assert tpl.count("{{BODY}}") == 1, pid
    page = (tpl.replace("{{BODY}}", body_html)
               .replace("{{TITLE}}", htmlmod.escape(meta["title"], quote=False))
               .replace("{{DATE}}", meta["publish_time"] or ""))
    lang = meta.get("lang", "zh")
    doc = (f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{htmlmod.escape(ns["HTML_TITLE"], quote=False)}</title>\n'
           f'{ns.get("HEAD_EXTRA", "").strip()}\n<style>\n{ns["CSS"].strip()}\n</style>\n</head>\n'
           f'<body{ns.get("BODY_ATTR", "")}>\n{page.strip()}\n</body>\n</html>\n')
    gold = {
        "id": pid, "set": SET, "lang": lang, "kind": meta["kind"],
        "title": meta["title"], "authors": meta["authors"],
        "publish_time": meta["publish_time"], "body_paragraphs": paras,
    }
    with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)
    with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold


def main(argv):
    ids = argv or sorted(fn[:-3] for fn in os.listdir(os.path.join(HERE, "pages"))
                         if fn.startswith("xm-") and fn.endswith(".py"))
    for d in ("html", "gold"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for pid in ids:
        g = build(pid)
        print(f"{pid}: {g['kind']:<11} {len(g['body_paragraphs']):>3} paras  {g['title']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
