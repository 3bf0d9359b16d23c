#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages/*.txt.

Page description format (one file may hold many pages, each starting with '=== <id>'):
  key: value          header fields (kind, lang, layout, css, site, top, nav, crumb, pre, title,
                      sub, authors, time, info, info2, infopos, infosep, share, prevnext,
                      related, qr, foot, side, extra)
  body:               then one block per line:
    p TEXT            paragraph (body)            h TEXT   sub-heading (body)
    li TEXT           list line (body)            tr A|B|C table row (body; first tr = header)
    sig TEXT          signature/date line (body)  wh TEXT  文号 line (not body)
    img ALT|CAPTION   picture + caption (not body) by TEXT  byline line (not body)
    ed TEXT           editor/source line (not body) src TEXT 原标题 / source line (not body)
Repeated keys (info, foot, related, side, top, extra) accumulate.  'title' may contain '||' for a
headline printed on several lines.  Values are plain text (HTML-escaped) except 'extra' (raw HTML).
"""
import glob
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
MULTI = {"info", "foot", "related", "side", "top", "extra", "nav2"}


def esc(s):
    return html.escape(s, quote=True)


def parse(path):
    pages = []
    cur = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("=== "):
            cur = {"id": line[4:].strip(), "blocks": [], "_body": False}
            for k in MULTI:
                cur[k] = []
            pages.append(cur)
            continue
        if cur is None or not line.strip() or line.startswith("#"):
            continue
        if cur["_body"]:
            tag, _, text = line.partition(" ")
            cur["blocks"].append((tag, text))
            continue
        if line.strip() == "body:":
            cur["_body"] = True
            continue
        k, _, v = line.partition(":")
        k, v = k.strip(), v.strip()
        if k in MULTI:
            cur[k].append(v)
        else:
            cur[k] = v
    return pages


def title_text(p):
    parts = [x.strip() for x in p["title"].split("||")]
    return (" " if p.get("lang") == "en" else "").join(parts)


def gold_of(p):
    body = []
    for tag, text in p["blocks"]:
        if tag in ("p", "h", "li", "sig"):
            body.append(re.sub(r"\s+", " ", text).strip())
        elif tag == "tr":
            body.append(" ".join(c.strip() for c in text.split("|")))
    authors = [a.strip() for a in p.get("authors", "").split(";") if a.strip()]
    return {
        "id": p["id"], "set": "zh-blind115", "lang": p.get("lang", "zh"), "kind": p["kind"],
        "title": title_text(p), "authors": authors,
        "publish_time": p.get("time") or None, "body_paragraphs": body,
    }


# ---------------------------------------------------------------- rendering pieces
def body_html(p, ptag="p", indent=False):
    out, rows = [], []

    def flush():
        if rows:
            t = ['<table class="dt" border="1" cellspacing="0">']
            for i, r in enumerate(rows):
                cell = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{cell}>{esc(c.strip())}</{cell}>" for c in r.split("|")) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
            rows.clear()
    lis = []

    def flushli():
        if lis:
            out.append("<ul class=\"bl\">" + "".join(f"<li>{esc(x)}</li>" for x in lis) + "</ul>")
            lis.clear()
    for tag, text in p["blocks"]:
        if tag != "tr":
            flush()
        if tag != "li":
            flushli()
        ind = "\u3000\u3000" if indent else ""
        if tag == "p":
            out.append(f"<{ptag}>{ind}{esc(text)}</{ptag}>")
        elif tag == "h":
            out.append(f'<{ptag} class="sub"><strong>{esc(text)}</strong></{ptag}>')
        elif tag == "li":
            lis.append(text)
        elif tag == "tr":
            rows.append(text)
        elif tag == "sig":
            out.append(f'<{ptag} style="text-align:right">{esc(text)}</{ptag}>')
        elif tag == "wh":
            out.append(f'<div class="wh" style="text-align:center">{esc(text)}</div>')
        elif tag == "img":
            alt, _, cap = text.partition("|")
            out.append(f'<div class="pic"><img alt="{esc(alt)}" src="{GIF}" width="1" height="1">'
                       + (f'<div class="cap">{esc(cap)}</div>' if cap else "") + "</div>")
        elif tag in ("by", "ed", "src"):
            out.append(f'<{ptag} class="{tag}">{esc(text)}</{ptag}>')
    flush()
    flushli()
    return "\n".join(out)


def info_html(p):
    sep = p.get("infosep", "sp")
    res = []
    for line in p["info"]:
        items = [x.strip() for x in line.split("¦")]
        if sep == "glue":
            res.append("<div class=\"info\">" + "".join(f"<span>{esc(i)}</span>" for i in items) + "</div>")
        elif sep == "bar":
            res.append("<div class=\"info\">" + " | ".join(f"<span>{esc(i)}</span>" for i in items) + "</div>")
        else:
            res.append("<div class=\"info\">" + "&nbsp;&nbsp;&nbsp;".join(f"<span>{esc(i)}</span>" for i in items) + "</div>")
    return "\n".join(res)


def title_html(p, tag="h1"):
    parts = [esc(x.strip()) for x in p["title"].split("||")]
    t = f'<{tag} class="tit">' + "<br>".join(parts) + f"</{tag}>"
    if p.get("pre"):
        t = f'<div class="pre">{esc(p["pre"])}</div>\n' + t
    if p.get("sub"):
        t += f'\n<div class="subt">{esc(p["sub"])}</div>'
    return t


def lst(items, cls):
    return f'<ul class="{cls}">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def nav_html(p, cls="nav"):
    if not p.get("nav"):
        return ""
    return f'<div class="{cls}">' + "\n".join(f'<a href="#">{esc(n.strip())}</a>' for n in p["nav"].split("|")) + "</div>"


def related_html(p):
    if not p["related"]:
        return ""
    head, items = p["related"][0], p["related"][1:]
    return f'<div class="rel"><h3>{esc(head)}</h3>' + lst(items, "rl") + "</div>"


def common_bits(p):
    d = {}
    d["top"] = "".join(f'<div class="topbar">{esc(t)}</div>' for t in p["top"])
    d["site"] = f'<div class="site">{esc(p.get("site", ""))}</div>'
    d["search"] = f'<form class="search"><input type="text" placeholder="{esc(p.get("ph", "请输入关键字"))}"><button type="button">搜索</button></form>' if p.get("ph", "y") != "none" else ""
    d["nav"] = nav_html(p)
    d["nav2"] = "".join(f'<div class="nav2">{esc(n)}</div>' for n in p["nav2"])
    d["crumb"] = f'<div class="crumb">{esc(p["crumb"])}</div>' if p.get("crumb") else ""
    d["title"] = title_html(p)
    d["info"] = info_html(p)
    d["body"] = body_html(p, indent=p.get("indent") == "y")
    d["share"] = f'<div class="share">{esc(p["share"])}</div>' if p.get("share") else ""
    d["prevnext"] = "".join(f'<div class="pn">{esc(x.strip())}</div>' for x in p.get("prevnext", "").split("¦") if x.strip())
    d["related"] = related_html(p)
    d["qr"] = f'<div class="qr"><img alt="二维码" src="{GIF}" width="1" height="1"><p>{esc(p["qr"])}</p></div>' if p.get("qr") else ""
    d["side"] = ""
    if p["side"]:
        d["side"] = f'<div class="side"><h4>{esc(p["side"][0])}</h4>' + lst(p["side"][1:], "sl") + "</div>"
    d["foot"] = '<div class="foot">' + "".join(f"<p>{esc(f)}</p>" for f in p["foot"]) + "</div>"
    d["extra"] = "\n".join(p["extra"])
    return d


CSS = {
 "table": "body{font:12px 宋体;margin:0}table.frame{width:980px;margin:0 auto}.tit{font-size:20px;color:#c00;text-align:center}.info{text-align:center;color:#666}.foot{text-align:center;border-top:2px solid #c00}.dt td,.dt th{border:1px solid #999}.nav a{margin:0 8px}",
 "div": "body{font:14px 微软雅黑;margin:0}.wrap{width:1200px;margin:auto}.nav a{display:inline-block;padding:0 14px}.tit{font-size:26px}.info{color:#888;font-size:13px}.side{float:right;width:280px}.foot{background:#333;color:#ccc;text-align:center}.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #ccc;padding:4px}",
 "flex": "body{font-family:PingFang SC,sans-serif;margin:0}header{display:flex;justify-content:space-between}.nav{display:flex;gap:20px}main{max-width:860px;margin:0 auto}.tit{font-size:30px;line-height:1.4}.info{display:flex;gap:16px;color:#999}.foot{padding:30px;background:#f4f4f4}.dt{width:100%}",
 "mobile": "body{font-size:17px;margin:0;max-width:640px}.tit{font-size:22px;font-weight:700}.acct{display:flex;align-items:center;gap:8px}.info{color:#999;font-size:13px}.openapp{position:sticky;bottom:0;background:#f85959;color:#fff;text-align:center}",
 "epaper": "body{font:13px 宋体;margin:0}.cols{display:flex}.left{width:300px}.right{flex:1}.pre,.subt{color:#555;text-align:center}.tit{text-align:center;font-size:24px}.bantitle li{list-style:none}",
}


def page_html(p):
    d = common_bits(p)
    lay = p.get("layout", "div")
    css = CSS[{"table": "table", "div": "div", "flex": "flex", "mobile": "mobile", "epaper": "epaper", "en": "flex"}[lay]]
    css += p.get("css", "")
    above = p.get("infopos", "below") == "above"
    head_title = d["info"] + "\n" + d["title"] if above else d["title"] + "\n" + d["info"]
    if lay == "table":
        inner = f"""<table class="frame" cellpadding="0" cellspacing="0">
<tr><td>{d['top']}</td></tr>
<tr><td><table width="100%"><tr><td>{d['site']}</td><td align="right">{d['search']}</td></tr></table></td></tr>
<tr><td>{d['nav']}{d['nav2']}</td></tr>
<tr><td>{d['crumb']}</td></tr>
<tr><td><table width="100%" class="art"><tr><td>
{head_title}
<div class="hr"></div>
<div class="content">{d['body']}</div>
{d['extra']}
{d['share']}
{d['prevnext']}
</td></tr></table></td></tr>
<tr><td>{d['related']}{d['qr']}</td></tr>
<tr><td>{d['foot']}</td></tr>
</table>"""
    elif lay == "div":
        inner = f"""<div class="topwrap">{d['top']}</div>
<div class="header wrap">{d['site']}{d['search']}</div>
{d['nav']}{d['nav2']}
<div class="wrap">{d['crumb']}
<div class="main">
{d['side']}
<div class="article">
{head_title}
<div class="TRS_Editor">{d['body']}</div>
{d['extra']}
{d['share']}
{d['prevnext']}
</div>
{d['related']}
</div>
{d['qr']}
</div>
{d['foot']}"""
    elif lay in ("flex", "en"):
        inner = f"""<header>{d['site']}{d['nav']}{d['search']}</header>
{d['top']}{d['nav2']}
<main>{d['crumb']}
<article>
{head_title}
{d['share']}
<section class="article-body">{d['body']}</section>
{d['extra']}
</article>
{d['prevnext']}
{d['related']}
<aside>{d['side']}{d['qr']}</aside>
</main>
<footer>{d['foot']}</footer>"""
    elif lay == "mobile":
        inner = f"""{d['top']}
<div class="m-head">{d['site']}</div>
<div class="m-art">
{d['title']}
<div class="acct">{d['info']}</div>
<div class="m-body">{d['body']}</div>
{d['extra']}
{d['share']}
</div>
{d['related']}
{d['qr']}
{d['foot']}"""
    elif lay == "epaper":
        inner = f"""{d['top']}
<div class="ephead">{d['site']}{d['nav']}</div>
{d['nav2']}
<div class="cols">
<div class="left">{d['side']}{d['extra']}</div>
<div class="right">
{d['crumb']}
{head_title}
<div class="ep-body">{d['body']}</div>
{d['share']}{d['prevnext']}
</div>
</div>
{d['related']}
{d['foot']}"""
    lang = "en" if p.get("lang") == "en" else "zh-CN"
    doc_title = esc(title_text(p) + (" - " + p["site"] if p.get("site") else ""))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{doc_title}</title>
<style>{css}</style>
</head>
<body>
{inner}
</body>
</html>
"""


def main():
    pages = []
    for f in sorted(glob.glob(os.path.join(HERE, "pages", "*.txt"))):
        pages.extend(parse(f))
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in pages:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as fh:
            fh.write(page_html(p))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold_of(p), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(f"built {len(pages)} pages", file=sys.stderr)


if __name__ == "__main__":
    main()
