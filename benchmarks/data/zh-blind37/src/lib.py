"""Furniture helpers and page assembly for the zh-blind37 set.

A page is built from a list of HTML fragments; the string BODY in that list is
replaced by the rendered article body.  Body items:
  "text"                 -> <p>text</p>          (gold paragraph)
  ("h", text)            -> <h3>/<p><strong>     (gold paragraph: sub-heading)
  ("table", rows)        -> <table>               (gold: one paragraph per row, cells joined by a space)
  ("img", alt, caption)  -> <img alt> + caption   (not gold)
  ("x", html)            -> raw html inside the article (not gold: editor lines, credits ...)
  ("right", text)        -> right-aligned <p>     (gold paragraph: 署名 / 成文日期)
"""
import html as _h
import json
import re
import os

E = _h.escape

CSS = """
body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333;font-size:14px}
a{color:#333;text-decoration:none}
.top{background:#f2f2f2;font-size:12px;padding:4px 20px}
.top span{margin-right:12px}
.sticky{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;z-index:9}
.banner{background:#b71c1c;color:#fff;padding:18px 20px;font-size:26px}
.banner2{background:#1b4f9c;color:#fff;padding:14px 20px;font-size:24px}
.nav a{display:inline-block;padding:8px 14px}
.nav{background:#c62828}.nav a{color:#fff}
.crumb{padding:8px 20px;font-size:13px;color:#666}
.main{width:1000px;margin:0 auto}
.art{padding:10px 30px}
.art h1{font-size:24px;text-align:center;line-height:1.5}
.info{color:#888;font-size:13px;text-align:center;border-bottom:1px dashed #ccc;padding:6px}
.info span{margin:0 6px}
.art p{text-indent:2em;line-height:1.9}
.art p.r{text-align:right}
.art p.c{text-align:center;text-indent:0;color:#666;font-size:13px}
.side{font-size:13px}
.side li{list-style:none;line-height:1.8}
.foot{background:#eee;font-size:12px;text-align:center;padding:14px;color:#666;margin-top:20px}
.share span{display:inline-block;margin:0 4px;color:#999}
table.rec{border-collapse:collapse;width:100%;font-size:13px}
table.rec td,table.rec th{border:1px solid #ccc;padding:4px 8px}
table.dt{border-collapse:collapse;margin:0 auto}
table.dt td{border:1px solid #999;padding:3px 8px}
.m{max-width:480px;margin:0 auto}
.m .bar{display:flex;justify-content:space-between;padding:8px;background:#fafafa}
.tag{background:#e33;color:#fff;font-size:11px;padding:0 3px;margin-right:3px}
.sub{font-size:16px;text-align:center;color:#555}
.yin{font-size:15px;text-align:center;color:#555}
"""


def p(t, cls=None):
    return f'<p class="{cls}">{E(t)}</p>' if cls else f"<p>{E(t)}</p>"


def render_body(items):
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(p(it)); gold.append(it)
        elif it[0] == "h":
            out.append(f"<p><strong>{E(it[1])}</strong></p>"); gold.append(it[1])
        elif it[0] == "h3":
            out.append(f"<h3>{E(it[1])}</h3>"); gold.append(it[1])
        elif it[0] == "right":
            out.append(p(it[1], "r")); gold.append(it[1])
        elif it[0] == "noind":
            out.append(f'<p style="text-indent:0">{E(it[1])}</p>'); gold.append(it[1])
        elif it[0] == "table":
            rows = it[1]
            t = ['<table class="dt">']
            for r in rows:
                t.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            t.append("</table>")
            out.append("".join(t))
        elif it[0] == "img":
            out.append(f'<p class="c"><img src="data:," alt="{E(it[1])}" width="500" height="300"></p>')
            if len(it) > 2 and it[2]:
                out.append(p(it[2], "c"))
        elif it[0] == "x":
            out.append(it[1])
        else:
            raise ValueError(it)
    return "\n".join(out), gold


def ul(items, cls="side"):
    return f'<ul class="{cls}">' + "".join(f"<li><a href=\"#\">{E(i)}</a></li>" for i in items) + "</ul>"


def box(title, items):
    return f'<div class="side"><h4>{E(title)}</h4>{ul(items)}</div>'


def nav(items, cls="nav"):
    return f'<div class="{cls}">' + "".join(f'<a href="#">{E(i)}</a>' for i in items) + "</div>"


def search(ph, btn="搜索"):
    return f'<form><input type="text" placeholder="{E(ph)}"><button type="button">{E(btn)}</button></form>'


def qr(cap="扫一扫在手机打开当前页"):
    return f'<div class="qr"><img src="data:," alt="二维码" width="90" height="90"><p>{E(cap)}</p></div>'


def foot(*lines):
    return '<div class="foot">' + "".join(f"<p>{E(l)}</p>" for l in lines) + "</div>"


PAGES = []


def page(pid, lang, title, authors, ptime, body, parts, head_title=None, css_extra=""):
    from extra import EXTRA
    if pid in EXTRA:
        body = body[:-1] + EXTRA[pid] + body[-1:]
    bhtml, gold_body = render_body(body)
    frags = [bhtml if x == "BODY" else x for x in parts]
    doc = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n<title>%s</title>\n"
           "<style>%s%s</style></head>\n<body>\n%s\n</body></html>\n") % (
        "en" if lang == "en" else "zh-CN", E(head_title or title), CSS, css_extra, "\n".join(frags))
    # two spaces between CJK characters (spaced-out names such as 王  静) are kept as the
    # sites do it, with no-break spaces; a browser would otherwise collapse them
    body_part = doc.split("</style>", 1)
    doc = body_part[0] + "</style>" + re.sub(r"(?<=[\u4e00-\u9fff]) {2}(?=[\u4e00-\u9fff])", "&nbsp;&nbsp;", body_part[1])
    gold = {"id": pid, "set": "zh-blind37", "lang": lang, "title": title, "authors": authors,
            "publish_time": ptime, "body_paragraphs": gold_body}
    PAGES.append((pid, doc, gold))


def write_all(root):
    for pid, doc, gold in PAGES:
        with open(os.path.join(root, "html", pid + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(root, "gold", pid + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
