"""Shared pieces for building the zh-blind73 pages.

A page description (src/pages/xv_NN.py) gives
  PAGE  - metadata (id, kind, lang, title, authors, publish_time, doc_title, css)
  BODY  - the article body in a small line markup (see render_body)
  FMT   - optional overrides of how body blocks are rendered
  page(body_html) - returns the HTML inside <body>, with the rendered body placed in it

The gold body is taken from the same parsed blocks that are rendered, so the two cannot drift.
"""
from __future__ import annotations

import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

# ---------------------------------------------------------------- body markup
# One block per line: "TAG text".  Tags that are body (go to gold):
#   p     paragraph                      h     sub-heading
#   pf    paragraph printed with a literal "　　" indent (indent not in gold)
#   li    list line (consecutive li -> one list)
#   th/tr table header row / table row, cells split on "|" (consecutive -> one table)
#   quote block quotation                sign  署名 line (right aligned)
#   date  成文日期 under the 署名          main  主送 line of an official document
# Tags that are rendered but are not body:
#   img   "alt | caption" (caption optional)   cap   a caption on its own
#   by    byline line       ed    editor/reviewer line     src   source line
#   orig  原标题 line        wh    文号 line                 x     raw HTML
#   note  a small note that is not body (e.g. 附件 links, 图片来源)
BODY_TAGS = {"p", "pf", "h", "li", "th", "tr", "quote", "sign", "date", "main"}
ALL_TAGS = BODY_TAGS | {"img", "cap", "by", "ed", "src", "orig", "wh", "x", "note"}

DEFAULT_FMT = {
    "p": "<p>{}</p>",
    "pf": "<p>\u3000\u3000{}</p>",
    "h": "<p><strong>{}</strong></p>",
    "ul_open": '<ul class="lst">', "ul_close": "</ul>",
    "li": "<li>{}</li>",
    "table_open": '<table class="dt" border="1" cellspacing="0" cellpadding="4">', "table_close": "</table>",
    "th_cell": "<th>{}</th>", "tr_cell": "<td>{}</td>",
    "quote": "<blockquote><p>{}</p></blockquote>",
    "sign": '<p class="sign">{}</p>',
    "date": '<p class="sign">{}</p>',
    "main": "<p>{}</p>",
    "img": '<div class="pic"><img src="' + GIF + '" alt="{alt}" width="600" height="360"></div>',
    "img_cap": '<div class="pic"><img src="' + GIF + '" alt="{alt}" width="600" height="360"><p class="cap">{cap}</p></div>',
    "cap": '<p class="cap">{}</p>',
    "by": '<p class="by">{}</p>',
    "ed": '<p class="ed">{}</p>',
    "src": '<p class="ed">{}</p>',
    "orig": '<p class="orig">{}</p>',
    "wh": '<p class="wh">{}</p>',
    "note": '<p class="note">{}</p>',
}

_TAG_RE = re.compile(r"<[^>]+>")
_WS_RE = re.compile(r"\s+")


def text_of(fragment: str) -> str:
    """Visible text of an inline HTML fragment, white space folded."""
    t = _TAG_RE.sub("", fragment)
    t = _html.unescape(t).replace("\u00a0", " ")
    return _WS_RE.sub(" ", t).strip()


def parse(markup: str):
    blocks = []
    for line in markup.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        if tag not in ALL_TAGS:
            raise ValueError(f"unknown body tag {tag!r} in line {line[:40]!r}")
        blocks.append((tag, rest.strip()))
    return blocks


def render_body(markup: str, fmt: dict | None = None):
    """-> (html, gold paragraphs)"""
    f = dict(DEFAULT_FMT)
    if fmt:
        f.update(fmt)
    out, gold = [], []
    blocks = parse(markup)
    i = 0
    while i < len(blocks):
        tag, text = blocks[i]
        if tag == "li":
            out.append(f["ul_open"])
            while i < len(blocks) and blocks[i][0] == "li":
                out.append(f["li"].format(blocks[i][1]))
                gold.append(text_of(blocks[i][1]))
                i += 1
            out.append(f["ul_close"])
            continue
        if tag in ("th", "tr"):
            out.append(f["table_open"])
            while i < len(blocks) and blocks[i][0] in ("th", "tr"):
                t, row = blocks[i]
                cells = [c.strip() for c in row.split("|")]
                out.append("<tr>" + "".join(f[t + "_cell"].format(c) for c in cells) + "</tr>")
                gold.append(" ".join(t for t in (text_of(c) for c in cells) if t))
                i += 1
            out.append(f["table_close"])
            continue
        if tag == "img":
            alt, _, cap = text.partition(" | ")
            if cap:
                out.append(f["img_cap"].format(alt=_html.escape(alt), cap=cap))
            else:
                out.append(f["img"].format(alt=_html.escape(alt)))
        elif tag == "x":
            out.append(text)
        else:
            out.append(f[tag].format(text))
            if tag in BODY_TAGS:
                gold.append(text_of(text))
        i += 1
    return "\n".join(out), gold


# ---------------------------------------------------------------- furniture helpers
def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def links(items, sep="", cls=None, tag="a"):
    c = f' class="{cls}"' if cls else ""
    return sep.join(f'<{tag}{c} href="#">{esc(t)}</{tag}>' if tag == "a" else f"<{tag}{c}>{esc(t)}</{tag}>" for t in items)


def ul(items, cls="", li_cls=""):
    lc = f' class="{li_cls}"' if li_cls else ""
    return f'<ul class="{cls}">' + "".join(f'<li{lc}><a href="#">{esc(t)}</a></li>' for t in items) + "</ul>"


def dated_list(items, cls="rel", date_first=False):
    """items: (title, date) pairs -> <ul> with a date span in each li."""
    out = [f'<ul class="{cls}">']
    for t, d in items:
        if date_first:
            out.append(f'<li><span class="d">{esc(d)}</span><a href="#">{esc(t)}</a></li>')
        else:
            out.append(f'<li><a href="#">{esc(t)}</a><span class="d">{esc(d)}</span></li>')
    out.append("</ul>")
    return "".join(out)


def img(alt, w=120, h=40, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f'<img{c} src="{GIF}" alt="{esc(alt)}" width="{w}" height="{h}">'


def qr(caption, alt="二维码"):
    return f'<div class="qr">{img(alt, 100, 100)}<p>{esc(caption)}</p></div>'


def search(placeholder="请输入关键词", button="搜索"):
    return (f'<form class="search" action="#"><input type="text" placeholder="{esc(placeholder)}">'
            f'<button type="button">{esc(button)}</button></form>')


def document(meta: dict, css: str, body_inner: str) -> str:
    lang = "en" if meta.get("lang") == "en" else "zh-CN"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(meta['doc_title'])}</title>\n"
        f"<style>\n{css.strip()}\n</style>\n</head>\n<body>\n{body_inner.strip()}\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------- themes (CSS)
BASE = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.7 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;color:#333;background:#fff}
a{color:inherit;text-decoration:none}
ul{list-style:none;margin:0;padding:0}
.w{width:1200px;margin:0 auto}
.pic{text-align:center;margin:12px 0}
.pic img{background:#ddd;display:inline-block}
.cap{text-align:center;color:#666;font-size:13px;text-indent:0!important}
.sign{text-align:right;text-indent:0!important}
.wh{text-align:center;text-indent:0!important}
.by,.ed,.orig,.note{color:#888;font-size:13px;text-indent:0!important}
table.dt{border-collapse:collapse;margin:10px auto;text-indent:0}
table.dt td,table.dt th{border:1px solid #999;padding:4px 8px}
ul.lst li{margin:4px 0 4px 2em}
.qr{display:inline-block;text-align:center;font-size:12px;margin:0 10px}
.qr img{background:#eee}
.search input{width:220px;height:30px;border:1px solid #ccc;padding:0 8px}
.search button{height:30px}
"""

GOV_OLD = BASE + """
body{background:#eef2f7;font-size:12px;font-family:SimSun,"宋体",serif}
.top{background:#f3f3f3;border-bottom:1px solid #ddd;height:28px;line-height:28px}
.top a{margin:0 6px}
.banner{height:120px;background:#b81c22;color:#fff}
.banner td{color:#fff}
.nav{background:#9e1015;height:36px}
.nav a{color:#fff;font-size:14px;font-weight:bold;padding:0 16px;line-height:36px}
.main{background:#fff;padding:10px}
.crumb{border-bottom:1px dashed #ccc;padding:6px 0}
.tit{font-size:22px;color:#b81c22;text-align:center;font-weight:bold;padding:18px 0 8px}
.info{text-align:center;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}
.content p{text-indent:2em;font-size:14px;line-height:2}
.foot{background:#ddd;text-align:center;padding:12px;color:#555}
"""

GOV_NEW = BASE + """
body{background:#f5f7fa}
.topbar{background:#fff;border-bottom:1px solid #e5e5e5;font-size:13px}
.topbar .w{display:flex;justify-content:space-between;height:36px;align-items:center}
.topbar a{margin-left:14px}
.head{background:linear-gradient(#1559b2,#0d3f8f);color:#fff;padding:22px 0}
.head .w{display:flex;justify-content:space-between;align-items:center}
.sitename{font-size:30px;font-weight:bold;letter-spacing:2px}
.mainnav{background:#0b3a80}
.mainnav ul{display:flex}
.mainnav li{flex:1;text-align:center}
.mainnav a{color:#fff;font-size:16px;line-height:48px;display:block}
.crumb{padding:14px 0;color:#666}
.article{background:#fff;padding:30px 60px;margin-bottom:20px}
.article h1{font-size:26px;text-align:center;color:#1a1a1a;margin:10px 0 16px;line-height:1.5}
.meta{color:#888;text-align:center;border-bottom:1px solid #eee;padding-bottom:12px;margin-bottom:20px}
.meta span{margin:0 10px}
.content p{text-indent:2em;font-size:16px;line-height:2;margin:0 0 12px}
.tools{border-top:1px solid #eee;margin-top:24px;padding-top:12px;color:#666;text-align:right}
.tools a{margin-left:10px}
.pn{border-top:1px dashed #ddd;padding:12px 0}
.side h3,.box h3{font-size:17px;border-left:4px solid #1559b2;padding-left:10px}
.rel li{display:flex;justify-content:space-between;border-bottom:1px dotted #ddd;line-height:36px}
.footer{background:#2b2f36;color:#aaa;text-align:center;padding:24px 0;font-size:13px}
.footer p{margin:4px 0}
"""

MEDIA = BASE + """
.topline{background:#222;color:#ccc;font-size:12px;line-height:30px}
.topline a{color:#ccc;margin-right:14px}
.logo-row{display:flex;align-items:center;justify-content:space-between;padding:18px 0}
.logo-row img{background:#c00}
.chan{border-top:3px solid #c00;border-bottom:1px solid #ddd;line-height:42px;font-size:15px}
.chan a{margin-right:22px}
.layout{display:flex;gap:40px;margin-top:20px}
.maincol{flex:1}
.sidecol{width:320px}
h1.headline{font-size:30px;line-height:1.4;margin:8px 0 14px;color:#111}
.byline{color:#777;font-size:13px;margin-bottom:18px}
.byline span{margin-right:14px}
.text p{font-size:17px;line-height:1.9;margin:0 0 18px}
.text h3{font-size:18px}
.editor{color:#999;text-align:right;font-size:13px}
.share{margin:18px 0;color:#999}
.share a{margin-right:10px}
.sidecol h4{border-bottom:2px solid #c00;font-size:16px}
.rel li{line-height:30px;border-bottom:1px dotted #ddd}
.rel .d{color:#999;margin-left:8px;font-size:12px}
.footer{margin-top:40px;background:#f2f2f2;color:#777;text-align:center;padding:20px;font-size:12px}
.footer p{margin:4px 0}
"""

SELF = BASE + """
body{background:#f4f5f6}
.hdr{background:#fff;height:60px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 24px;gap:24px}
.wrap{width:1000px;margin:20px auto;display:flex;gap:24px}
.art{flex:1;background:#fff;padding:28px 36px}
.art h1{font-size:28px;line-height:1.45;margin:0 0 12px;color:#222}
.author-row{display:flex;align-items:center;gap:10px;color:#999;font-size:13px;margin-bottom:20px}
.author-row img{border-radius:50%;background:#ccc}
.author-row .name{color:#406599;font-size:15px}
.body p{font-size:17px;line-height:1.8;margin:0 0 16px;color:#222}
.body h3{font-size:18px}
.side{width:300px}
.card{background:#fff;padding:16px;margin-bottom:16px}
.card h4{margin:0 0 10px;font-size:15px}
.rel li{line-height:28px}
.rel .d{color:#aaa;font-size:12px;margin-left:6px}
.follow{background:#f04142;color:#fff;border:0;border-radius:4px;padding:4px 14px}
.stmt{color:#999;font-size:12px;border-top:1px solid #eee;padding-top:10px}
.acts{color:#666;margin:20px 0}
.acts span{margin-right:18px}
"""

EPAPER = BASE + """
body{background:#e9e4d8;font-family:SimSun,"宋体",serif}
.ep-top{background:#7a1010;color:#fff;padding:10px 0}
.ep-top .w{display:flex;justify-content:space-between;align-items:center}
.ep-name{font-size:32px;font-weight:bold;letter-spacing:4px}
.ep-bar{background:#f7f3ea;border-bottom:1px solid #cbbf9f;padding:6px 0;font-size:13px}
.ep-bar a{margin:0 6px;color:#7a1010}
.ep-main{display:flex;gap:16px;margin-top:12px}
.ep-left{width:420px}
.ep-page{background:#fff;border:1px solid #cbbf9f;height:560px;text-align:center}
.ep-page img{background:#ddd}
.ep-right{flex:1;background:#fff;border:1px solid #cbbf9f;padding:20px 30px}
.yin,.fu{text-align:center;font-size:16px;color:#555;margin:4px 0}
.zhu{text-align:center;font-size:28px;margin:6px 0;color:#111}
.ep-auth{text-align:center;color:#666;margin:8px 0 16px}
.ep-text p{text-indent:2em;font-size:15px;line-height:1.9;margin:0 0 10px}
.titlelist li{line-height:28px;border-bottom:1px dotted #ccc}
.ep-foot{text-align:center;color:#666;font-size:12px;padding:16px}
"""

INST = BASE + """
.ihead{background:#003b71;color:#fff}
.ihead .w{display:flex;justify-content:space-between;align-items:center;height:100px}
.iname{font-size:28px;font-weight:bold}
.inav{background:#002a52}
.inav a{color:#fff;display:inline-block;padding:0 22px;line-height:46px;font-size:15px}
.ibody{display:flex;gap:30px;margin:20px auto}
.ileft{width:240px}
.ileft h3{background:#003b71;color:#fff;margin:0;padding:12px;font-size:18px}
.ileft li a{display:block;border-bottom:1px solid #e3e3e3;padding:10px 14px}
.iright{flex:1}
.pos{border-bottom:2px solid #003b71;padding:8px 0;color:#666}
.atitle{font-size:24px;text-align:center;margin:24px 0 10px;color:#003b71}
.ainfo{text-align:center;color:#999;font-size:13px;margin-bottom:20px}
.ainfo span{margin:0 8px}
.acontent p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px}
.ifoot{background:#003b71;color:#cfd8e3;text-align:center;padding:20px;font-size:13px}
.ifoot p{margin:4px 0}
"""

EN = BASE + """
body{font-family:Georgia,"Times New Roman",serif}
.mast{border-bottom:1px solid #ddd;padding:14px 0;display:flex;justify-content:space-between;align-items:center}
.mast img{background:#0a4a8a}
.sections a{margin-right:16px;font-family:Arial,sans-serif;font-size:14px;text-transform:uppercase}
.story{width:760px;margin:24px auto}
.story h1{font-size:34px;line-height:1.25;margin:6px 0 14px}
.kicker{font-family:Arial,sans-serif;color:#0a4a8a;font-size:13px;text-transform:uppercase}
.dek{font-size:18px;color:#555;margin:0 0 16px}
.info{font-family:Arial,sans-serif;font-size:13px;color:#777;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:8px 0;margin-bottom:20px}
.story p{font-size:18px;line-height:1.65;margin:0 0 18px}
.story h3{font-size:20px}
.rel li{font-family:Arial,sans-serif;line-height:30px;border-bottom:1px solid #eee}
.rel .d{color:#999;margin-left:8px;font-size:12px}
.foot{background:#0b2540;color:#bcd;font-family:Arial,sans-serif;font-size:12px;padding:20px 0;text-align:center}
.foot p{margin:4px 0}
"""
