"""Build html/<id>.html and gold/<id>.json from page descriptions (pages_*.py).

A page description is a dict:
  id, kind, lang, title, authors, publish_time        -> gold metadata
  css                                                 -> the page's one <style>
  top, head, after, bottom                            -> furniture / title area HTML (strings)
  body                                                -> list of block strings (see below)
  pstyle                                              -> how paragraphs are rendered
  wrap_body                                           -> (open, close) html around the body
Block strings:
  "text"            paragraph (body)
  "## text"         sub-heading (body)
  "- text"          list item; consecutive ones form one <ul> (body, one paragraph each)
  "|a|b|c"          table row; consecutive ones form one <table> (body, cells joined by a space)
  "> text"          quoted passage in <blockquote> (body)
  "!alt|caption"    image with alt text and caption (NOT body)
  "~html"           raw html inside the body area (NOT body: e.g. an editor line)
  "=text"           paragraph rendered right-aligned (署名/日期 of documents; body)
The gold body is computed from the same blocks that are rendered.
"""
import html as H
import json
import os

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def e(s):
    return H.escape(s, quote=False)


def para(text, style):
    t = e(text)
    if style == "indent":
        return f'<p style="text-indent:2em">{t}</p>'
    if style == "u3000":
        return f'<p>\u3000\u3000{t}</p>'
    if style == "div":
        return f'<div class="para">{t}</div>'
    if style == "br":
        return f'\u3000\u3000{t}<br><br>\n'
    if style == "nbsp":
        return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>'
    if style == "span":
        return f'<p><span style="font-size:16px;font-family:仿宋">{t}</span></p>'
    return f'<p>{t}</p>'


def render_body(blocks, style):
    out, gold = [], []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("## "):
            t = b[3:]
            if style == "br":
                out.append(f'<b>{e(t)}</b><br><br>\n')
            else:
                out.append(f'<p class="sub"><strong>{e(t)}</strong></p>')
            gold.append(t)
        elif b.startswith("- "):
            items = []
            while i < len(blocks) and blocks[i].startswith("- "):
                items.append(blocks[i][2:]); i += 1
            i -= 1
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
            gold.extend(items)
        elif b.startswith("|"):
            rows = []
            while i < len(blocks) and blocks[i].startswith("|"):
                rows.append(blocks[i][1:].split("|")); i += 1
            i -= 1
            h = '<table class="dt" border="1" cellspacing="0" cellpadding="4">'
            for k, r in enumerate(rows):
                tag = "th" if k == 0 else "td"
                h += "<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>"
            out.append(h + "</table>")
            gold.extend(" ".join(c.strip() for c in r) for r in rows)
        elif b.startswith("> "):
            out.append(f"<blockquote>{e(b[2:])}</blockquote>")
            gold.append(b[2:])
        elif b.startswith("!"):
            alt, _, cap = b[1:].partition("|")
            out.append(f'<p class="pic" style="text-align:center"><img alt="{H.escape(alt)}" src="{GIF}" width="1" height="1"></p>'
                       + (f'<p class="pic-cap" style="text-align:center">{e(cap)}</p>' if cap else ""))
        elif b.startswith("~"):
            out.append(b[1:])
        elif b.startswith("="):
            out.append(f'<p style="text-align:right">{e(b[1:])}</p>')
            gold.append(b[1:])
        else:
            out.append(para(b, style))
            gold.append(b)
        i += 1
    return "\n".join(out), gold


def build(p, kind_name):
    body_html, gold_body = render_body(p["body"], p.get("pstyle", "p"))
    wo, wc = p.get("wrap_body", ('<div class="article-content">', "</div>"))
    lang = p.get("lang", "zh")
    doc = f"""<!DOCTYPE html>
<html lang="{'zh-CN' if lang == 'zh' else 'en'}">
<head>
<meta charset="utf-8">
<title>{e(p.get('doc_title', p['title']))}</title>
<style>
{p.get('css', '')}
</style>
</head>
<body>
{p.get('top', '')}
{p.get('head', '')}
{wo}
{body_html}
{wc}
{p.get('after', '')}
{p.get('bottom', '')}
</body>
</html>
"""
    with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    gold = {"id": p["id"], "set": "zh-blind122", "lang": lang, "kind": kind_name,
            "title": p["title"], "authors": p["authors"], "publish_time": p["publish_time"],
            "body_paragraphs": gold_body}
    with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
