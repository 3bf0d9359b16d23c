"""Rendering helpers for the zh-blind53 pages.

A page is a dict:
  id, kind, lang, title, authors, publish_time, body (list of items), html (full page string
  built by one of the skeletons below, which call render_body(body)).
Body items:
  "text"                         -> <p>text</p>, gold paragraph
  ("h", text)                    -> sub-heading (<h3> or <p><strong>), gold paragraph
  ("table", rows, gold_from)     -> <table>, each row from index gold_from on is a gold paragraph
                                    (cells joined by one space); rows before gold_from are header
                                    rows that also go to gold (header counts as a table row)
  ("lead", bold, rest)           -> <p><b>bold</b>rest</p>, gold = bold + rest
  ("img", alt, caption)          -> picture with alt text and caption: NOT gold
  ("raw", html, gold_or_None)    -> verbatim html; gold text if given
  ("center", text)               -> right/centre aligned paragraph (署名, 成文日期), gold
"""
import html as _h

E = _h.escape

CSS_BASE = """
body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333;font-size:14px}
a{color:#333;text-decoration:none} ul{list-style:none;margin:0;padding:0}
.w{width:1100px;margin:0 auto}
.top{background:#f2f2f2;font-size:12px;padding:4px 0}
.top span,.top a{margin-right:14px}
.banner{height:90px;background:#b8242a;color:#fff;font-size:30px;line-height:90px;padding-left:30px}
.nav li{display:inline-block;padding:8px 16px;background:#a01e23;color:#fff}
.crumb{font-size:13px;padding:10px 0;border-bottom:1px solid #ddd}
.art h1{font-size:26px;text-align:center;color:#0b4a8a}
.info{text-align:center;font-size:13px;color:#777;border-bottom:1px dashed #ccc;padding:6px}
.con p{text-indent:2em;line-height:2;font-size:16px}
.con table{border-collapse:collapse;margin:10px auto} .con td,.con th{border:1px solid #999;padding:4px 8px}
.cap{text-align:center;font-size:13px;color:#666;text-indent:0!important}
.r{text-align:right}
.foot{background:#eee;text-align:center;font-size:12px;padding:14px;margin-top:20px;line-height:2}
.side li{padding:3px 0;font-size:13px}
.nosel{user-select:none}
"""


def render_body(body, sub="h3"):
    out = []
    for it in body:
        if isinstance(it, str):
            out.append(f"<p>{E(it)}</p>")
            continue
        k = it[0]
        if k == "h":
            if sub == "strong":
                out.append(f"<p><strong>{E(it[1])}</strong></p>")
            else:
                out.append(f"<{sub}>{E(it[1])}</{sub}>")
        elif k == "table":
            rows = it[1]
            t = ["<table>"]
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif k == "lead":
            out.append(f"<p><b>{E(it[1])}</b>{E(it[2])}</p>")
        elif k == "img":
            out.append(f'<p class="cap"><img src="pic/{sum(map(ord,it[1]))%100000}.jpg" alt="{E(it[1])}" width="600" height="1"></p>')
            if it[2]:
                out.append(f'<p class="cap">{E(it[2])}</p>')
        elif k == "raw":
            out.append(it[1])
        elif k == "center":
            out.append(f'<p class="r">{E(it[1])}</p>')
        elif k == "lines":  # short lines of a rhyme, one <p> each without indent
            out.append('<div class="sk">' + "".join(f"<p>{E(x)}</p>" for x in it[1]) + "</div>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def gold_body(body):
    g = []
    for it in body:
        if isinstance(it, str):
            g.append(it)
            continue
        k = it[0]
        if k in ("h", "center"):
            g.append(it[1])
        elif k == "table":
            for r in it[1]:
                g.append(" ".join(c for c in r if c != ""))
        elif k == "lead":
            g.append(it[1] + it[2])
        elif k == "raw":
            if it[2]:
                if isinstance(it[2], list):
                    g.extend(it[2])
                else:
                    g.append(it[2])
        elif k == "lines":
            g.extend(it[1])
        elif k == "img":
            pass
    return g


def page(title_tag, css, body_html, lang="zh-CN"):
    import re
    # two spaces inside a name (王  静) survive a copy only as no-break spaces, as sites write them
    body_html = re.sub(r"(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])", "&nbsp;&nbsp;", body_html)
    # no external resources: every picture is a 1x1 data: GIF (its alt text is what a copy keeps)
    body_html = re.sub(r'src="[^"]*"', 'src="data:image/gif;base64,R0lGODlhAQABAAAAACw="', body_html)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">\n'
            f"<title>{E(title_tag)}</title>\n<style>{CSS_BASE}{css}</style></head>\n"
            f"<body>\n{body_html}\n</body></html>\n")


def ul(items, cls=""):
    return f'<ul class="{cls}">' + "\n".join(f"<li><a href=\"#\">{E(x)}</a></li>" for x in items) + "</ul>"


def gov_footer(host, code, icp, gongan, extra=""):
    return (f'<div class="foot">{extra}<p>主办单位：{E(host)}　承办：{E(host if host.endswith("办公室") else host + "办公室")}</p>'
            f"<p>网站标识码：{code}　<a href='#'>{E(icp)}</a>　<a href='#'>{E(gongan)}</a></p>"
            f"<p>地址、电话及邮编请见联系我们　建议使用1366×768分辨率浏览本站</p>"
            f'<p><img src="jiucuo.png" alt="政府网站找错"> <img src="dzjg.png" alt="党政机关"></p></div>')
