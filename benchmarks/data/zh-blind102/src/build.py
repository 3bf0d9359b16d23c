#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description is a dict: id, kind, lang, title, authors, time (publish_time as printed),
css (the page's one <style>), html (the page skeleton, with @@BODY@@ where the article body goes),
body (block markup, see below), style (how body paragraphs are rendered), htag (sub-heading tag).

Body markup, one block a line:
  text        body paragraph            # text   sub-heading (body)
  * text      list item (body)          | a | b  table row (body; first row of a run = header)
  > text      quoted paragraph (body)   + text   right-aligned body line (署名, 成文日期)
  ! text      image (alt="") + caption (not body)
  !! text     image with alt=text + caption (not body)
  ~ text      a line inside the article that is not body (editor, source, byline, 原标题)
  = html      raw HTML inside the article (not body)
The gold body is taken from the same blocks that are rendered, so the two cannot drift apart.
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
KIND_NAMES = {"gov": "government", "media": "media", "self": "self-media", "epaper": "e-paper",
              "inst": "institution"}


def esc(s):
    return H.escape(s, quote=False)


def para(text, style):
    t = esc(text)
    if style == "u3000":
        return f"<p>\u3000\u3000{t}</p>"
    if style == "indent":
        return f'<p style="text-indent:2em">{t}</p>'
    if style == "div":
        return f'<div class="para">{t}</div>'
    if style == "span":
        return f'<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'
    if style == "br":
        return f"\u3000\u3000{t}<br>"
    if style == "nbsp":
        return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>"
    return f"<p>{t}</p>"


def render(page):
    style = page.get("style", "p")
    htag = page.get("htag", "h3")
    out, gold = [], []
    lines = [l.rstrip() for l in page["body"].strip("\n").split("\n")]
    i = 0
    while i < len(lines):
        l = lines[i].strip()
        if not l:
            i += 1
            continue
        if l.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = ['<table class="tb" border="1" cellspacing="0" cellpadding="4">']
            for k, r in enumerate(rows):
                cell = "th" if k == 0 else "td"
                t.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            t.append("</table>")
            out.append("\n".join(t))
            continue
        if l.startswith("* "):
            items = []
            while i < len(lines) and lines[i].strip().startswith("* "):
                items.append(lines[i].strip()[2:])
                i += 1
            out.append('<ul class="lst">' + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>")
            gold.extend(items)
            continue
        i += 1
        if l.startswith("# "):
            t = l[2:]
            if htag == "strong":
                out.append(f"<p><strong>{esc(t)}</strong></p>")
            elif htag == "u3000strong":
                out.append(f"<p>\u3000\u3000<strong>{esc(t)}</strong></p>")
            elif style == "br" and htag == "b":
                out.append(f"\u3000\u3000<b>{esc(t)}</b><br>")
            else:
                out.append(f"<{htag}>{esc(t)}</{htag}>")
            gold.append(t)
        elif l.startswith("> "):
            out.append(f"<blockquote><p>{esc(l[2:])}</p></blockquote>")
            gold.append(l[2:])
        elif l.startswith("+ "):
            out.append(f'<p style="text-align:right">{esc(l[2:])}</p>')
            gold.append(l[2:])
        elif l.startswith("!! "):
            out.append(f'<p class="pic" style="text-align:center"><img src="{GIF}" alt="{H.escape(l[3:])}" width="600" height="1"></p>'
                       f'<p class="pic-cap" style="text-align:center">{esc(l[3:])}</p>')
        elif l.startswith("! "):
            out.append(f'<p class="pic" style="text-align:center"><img src="{GIF}" alt="" width="600" height="1"></p>'
                       f'<p class="pic-cap" style="text-align:center">{esc(l[2:])}</p>')
        elif l.startswith("~ "):
            out.append(f'<p class="note">{esc(l[2:])}</p>')
        elif l.startswith("= "):
            out.append(l[2:])
        else:
            out.append(para(l, style))
            gold.append(l)
    if style == "br":
        out = ['<div class="TRS_Editor">'] + out + ["</div>"]
    return "\n".join(out), gold


def build(page):
    body_html, gold_body = render(page)
    doc = page["html"].replace("@@BODY@@", body_html).replace("@@CSS@@", page["css"])
    assert "@@" not in doc, page["id"]
    assert "<script" not in doc.lower(), page["id"]
    gold = {"id": page["id"], "set": "zh-blind102", "lang": page.get("lang", "zh"),
            "kind": KIND_NAMES[page["kind"]], "title": page["title"], "authors": page["authors"],
            "publish_time": page["time"], "body_paragraphs": gold_body}
    with open(os.path.join(ROOT, "html", page["id"] + ".html"), "w", encoding="utf-8") as f:
        f.write(doc.strip() + "\n")
    with open(os.path.join(ROOT, "gold", page["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def all_pages():
    import importlib
    pages = []
    for mod in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        try:
            pages.extend(importlib.import_module(mod).PAGES)
        except ModuleNotFoundError as e:
            print("missing", mod, e, file=sys.stderr)
    return pages


if __name__ == "__main__":
    ps = all_pages()
    ids = [p["id"] for p in ps]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in ps:
        build(p)
    print(f"built {len(ps)} pages")
