"""Building blocks for the zh-blind79 pages.

A page description is a dict (see pages/*.py) with
  id, kind, lang, region, site, features (list of str, for the README),
  title   : list of headline lines as printed (gold title = lines joined with
            "" for Chinese, " " for English),
  authors : gold authors, publish_time: gold date string as printed,
  mode    : how body paragraphs are marked up (see render_body),
  body    : list of blocks (see below),
  html    : the page <body> markup with the placeholders
            {{TITLE}} (lines joined with <br>), {{TITLE1}} {{TITLE2}} {{TITLE3}},
            {{TITLE_TEXT}} (joined, for breadcrumbs), {{TIME}} and {{BODY}},
  css     : name of a theme in THEMES (+ optional extra_css).

Body blocks (tuples):
  ("p", html)            paragraph                      -> gold paragraph
  ("h", html)            sub-heading                    -> gold paragraph
  ("li", html)           list line (rendered like a p)  -> gold paragraph
  ("ul", [html, ...])    <ul> list                      -> one gold paragraph per item
  ("q", html)            quoted passage (blockquote)    -> gold paragraph
  ("sign", html)         right-aligned 署名 / 成文日期    -> gold paragraph
  ("table", rows)        table, first row = header      -> one gold paragraph per row,
                                                          cells joined by one space
  ("img", alt, caption)  picture + caption (caption may be None) -> not gold
  ("x", html)            any other markup inside the body area    -> not gold
"""
from __future__ import annotations

import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

GOLD_KINDS = {"p", "h", "li", "ul", "q", "sign", "table"}


def text_of(fragment: str) -> str:
    """The text a fragment of inline markup shows (tags dropped, entities decoded)."""
    t = re.sub(r"<br\s*/?>", " ", fragment)
    t = re.sub(r"<[^>]+>", "", t)
    t = _html.unescape(t)
    t = t.replace("\xa0", " ")
    t = re.sub(r"[ \t\r\n]+", " ", t).strip(" ")
    return t


# --------------------------------------------------------------------------- body
def render_body(blocks, mode: str = "p") -> str:
    """Render body blocks.

    modes: p       <p>text</p>
           u3000   <p>　　text</p>  (indent typed as two U+3000)
           indent  <p style="text-indent:2em">text</p>
           div     <div>text</div>, no margins (no blank lines in a copy)
           br      one <div>, paragraphs separated by <br><br>, U+3000 indents
           wx      WeChat: <section><p><span>text</span></p></section>
           td      2010s: <p> inside a table cell with &nbsp; indents
    """
    out = []
    br_open = False

    def close_br():
        nonlocal br_open
        if br_open:
            out.append("</div>")
            br_open = False

    for b in blocks:
        k = b[0]
        if mode == "br" and k in ("p", "h", "li"):
            if not br_open:
                out.append('<div class="brtext">')
                br_open = True
            else:
                out.append("<br><br>")
            t = b[1] if k != "h" else f"<b>{b[1]}</b>"
            out.append("\u3000\u3000" + t)
            continue
        close_br()
        if k == "p" or k == "li":
            t = b[1]
            if mode == "p":
                out.append(f"<p>{t}</p>")
            elif mode == "u3000":
                out.append(f"<p>\u3000\u3000{t}</p>")
            elif mode == "indent":
                out.append(f'<p style="text-indent:2em">{t}</p>')
            elif mode == "div":
                out.append(f'<div class="para">{t}</div>')
            elif mode == "wx":
                out.append(f'<section style="margin-bottom:16px;"><p style="line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">{t}</span></p></section>')
            elif mode == "td":
                out.append(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>')
            else:
                raise ValueError(mode)
        elif k == "h":
            t = b[1]
            if mode in ("p", "div"):
                out.append(f'<h3 class="subhead">{t}</h3>')
            elif mode == "wx":
                out.append(f'<section style="margin:20px 0 12px;"><p style="text-align:center;"><strong><span style="color:#1e6fb8;font-size:17px;">{t}</span></strong></p></section>')
            elif mode == "u3000":
                out.append(f"<p>\u3000\u3000<strong>{t}</strong></p>")
            elif mode == "td":
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<b>{t}</b></p>")
            else:
                out.append(f'<p style="text-indent:2em"><strong>{t}</strong></p>')
        elif k == "ul":
            out.append('<ul class="blist">' + "".join(f"<li>{i}</li>" for i in b[1]) + "</ul>")
        elif k == "q":
            out.append(f'<blockquote class="bq"><p>{b[1]}</p></blockquote>')
        elif k == "sign":
            out.append(f'<p class="sign" style="text-align:right">{b[1]}</p>')
        elif k == "table":
            rows = b[1]
            cls = b[2] if len(b) > 2 else "btable"
            h = [f'<table class="{cls}" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                h.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
            h.append("</table>")
            out.append("\n".join(h))
        elif k == "img":
            alt, cap = b[1], b[2] if len(b) > 2 else None
            src = f' src="{GIF}"' if (len(alt) % 2 == 0) else ""
            fig = f'<div class="pic" style="text-align:center"><img alt="{_html.escape(alt)}"{src} width="600" height="400">'
            if cap:
                fig += f'<p class="caption">{cap}</p>'
            fig += "</div>"
            out.append(fig)
        elif k == "x":
            out.append(b[1])
        else:
            raise ValueError(k)
    close_br()
    return "\n".join(out)


def gold_body(blocks) -> list:
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "li", "q", "sign"):
            out.append(text_of(b[1]))
        elif k == "ul":
            out.extend(text_of(i) for i in b[1])
        elif k == "table":
            for r in b[1]:
                out.append(" ".join(text_of(c) for c in r))
    return [p for p in out if p]


# --------------------------------------------------------------------------- furniture helpers
def ul(items, cls="nav", sep=""):
    """A <ul> of links; items are strings."""
    return f'<ul class="{cls}">' + sep.join(f'<li><a href="#">{i}</a></li>' for i in items) + "</ul>"


def links(items, sep=" | ", cls="links"):
    return f'<div class="{cls}">' + sep.join(f'<a href="#">{i}</a>' for i in items) + "</div>"


def crumb(parts, label="当前位置：", sep=" &gt; ", cls="crumb"):
    inner = sep.join(f'<a href="#">{p}</a>' if i < len(parts) - 1 else f"<span>{p}</span>"
                     for i, p in enumerate(parts))
    return f'<div class="{cls}">{label}{inner}</div>'


def related(head, items, cls="related", dates=True):
    lis = []
    for it in items:
        if isinstance(it, tuple):
            t, d = it
            lis.append(f'<li><a href="#">{t}</a><span class="d">{d}</span></li>')
        else:
            lis.append(f'<li><a href="#">{it}</a></li>')
    return f'<div class="{cls}"><h4>{head}</h4><ul>' + "".join(lis) + "</ul></div>"


def img(alt, w=120, h=40, gif=False):
    src = f' src="{GIF}"' if gif else ""
    return f'<img alt="{_html.escape(alt)}"{src} width="{w}" height="{h}">'


def search(placeholder="请输入关键字", button="搜索"):
    return (f'<div class="search"><input type="text" placeholder="{placeholder}">'
            f'<button type="button">{button}</button></div>')


# --------------------------------------------------------------------------- themes
BASE = """
*{box-sizing:border-box}
body{margin:0;font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;font-size:14px;color:#333;background:#fff}
a{color:#333;text-decoration:none}
ul{list-style:none;margin:0;padding:0}
.w{width:1200px;margin:0 auto}
.nav li{display:inline-block;margin:0 12px}
.links a{margin:0 4px}
.crumb{padding:10px 0;color:#666}
.related li{line-height:28px}
.related .d{float:right;color:#999}
.caption{color:#666;font-size:13px;text-align:center}
.btable{border-collapse:collapse;margin:10px auto}
.btable td,.btable th{border:1px solid #999;padding:4px 8px}
.para{line-height:2em}
.blist li{list-style:disc;margin-left:2em;line-height:2em}
.bq{border-left:4px solid #ddd;margin:12px 0;padding:4px 14px;color:#555}
.search input{width:220px;height:28px}
.fl{float:left}.fr{float:right}.clear{clear:both}
"""

THEMES = {
    "gov_table": BASE + """
body{font-family:"宋体",SimSun,serif;font-size:12px;background:#eef3f8}
.w{width:1000px;background:#fff}
table.layout{width:1000px;margin:0 auto;background:#fff}
.top{background:#1a5ea8;color:#fff;height:26px;line-height:26px}
.top a{color:#fff}
.banner{height:120px;background:#2f79c8;color:#fff;font-size:30px;padding:30px}
.nav{background:#0f4c8f}.nav a{color:#fff;font-size:14px;line-height:34px}
.atitle{font-size:20px;font-weight:bold;color:#b00;text-align:center;padding:16px 0 8px}
.ainfo{text-align:center;color:#666;border-bottom:1px dashed #ccc;padding:6px}
.acontent p{font-size:14px;line-height:28px}
.foot{background:#1a5ea8;color:#fff;text-align:center;line-height:24px;padding:10px}
.foot a{color:#fff}
""",
    "gov_modern": BASE + """
body{background:#f4f6f9}
.topbar{background:#f2f2f2;height:34px;line-height:34px;font-size:12px;color:#666}
.topbar a{margin:0 6px;color:#666}
.header{height:150px;background:linear-gradient(#c8102e,#a30b23);color:#fff}
.header .logo{font-size:34px;padding:40px 0 0;font-weight:bold}
.mainnav{background:#a30b23}.mainnav a{color:#fff;font-size:16px;line-height:48px}
.article{background:#fff;padding:30px 60px;margin:14px auto}
.article h1{font-size:26px;text-align:center;line-height:40px;color:#222}
.info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #e5e5e5;padding:12px 0}
.info span{margin:0 8px}
.content{font-size:16px;line-height:2em;padding:20px 0}
.content p{margin:0 0 1em}
.subhead{font-size:16px}
.tools{text-align:right;color:#666;padding:10px 0;border-top:1px solid #eee}
.footer{background:#2d3a4b;color:#c8ccd2;padding:24px 0;text-align:center;line-height:26px;font-size:13px}
.footer a{color:#c8ccd2}
""",
    "gov_2025": BASE + """
body{background:#f7f8fa;font-size:15px}
.toolbar{background:#0b5cad;color:#fff;font-size:13px;height:36px;line-height:36px}
.toolbar a{color:#fff;margin-left:14px}
.hero{height:180px;background:#e8f1fb;position:relative}
.hero .site{font-size:36px;color:#0b5cad;font-weight:bold;padding-top:56px}
.menu{background:#fff;border-bottom:3px solid #0b5cad}.menu a{font-size:17px;line-height:56px;color:#1f2d3d}
.card{background:#fff;border-radius:8px;padding:36px 72px;margin:20px auto;box-shadow:0 2px 10px rgba(0,0,0,.05)}
.card h1{font-size:28px;text-align:center;line-height:42px;margin:0 0 16px}
.meta{display:flex;justify-content:center;gap:24px;color:#8a94a6;font-size:14px;padding-bottom:16px;border-bottom:1px solid #edf0f5}
.body{font-size:17px;line-height:1.9;color:#262626;padding-top:20px}
.body p{margin:0 0 18px}
.subhead{font-size:17px;color:#0b5cad}
.pagefoot{background:#16202e;color:#9aa5b5;font-size:13px;padding:30px 0;line-height:26px}
.pagefoot a{color:#9aa5b5}
""",
    "media": BASE + """
body{font-family:"Microsoft YaHei",sans-serif}
.top{height:30px;line-height:30px;background:#f5f5f5;font-size:12px}
.masthead{height:90px;border-bottom:2px solid #c00}
.masthead .logo{font-size:32px;color:#c00;font-weight:bold;line-height:90px}
.channel a{font-size:15px;line-height:40px;margin-right:18px}
.main{width:860px;float:left}.side{width:300px;float:right}
h1.t{font-size:30px;line-height:44px;color:#000;margin:18px 0 10px}
.sub{font-size:18px;color:#555}
.infobar{color:#999;font-size:13px;padding:8px 0 14px;border-bottom:1px solid #eee}
.infobar span{margin-right:14px}
.text{font-size:17px;line-height:1.9;color:#222;padding:16px 0}
.text p{margin:0 0 20px}
.share{color:#999;font-size:12px;user-select:none}
.editor{color:#888;text-align:right;font-size:13px}
.box{border-top:2px solid #c00;margin-top:20px}
.box h4{font-size:16px;margin:8px 0}
.cmt{border-bottom:1px dashed #ddd;padding:10px 0}
.cmt .u{color:#1a5ea8}.cmt .tm{color:#aaa;font-size:12px;margin-left:10px}
.copyright{clear:both;background:#f0f0f0;text-align:center;color:#777;font-size:12px;line-height:24px;padding:18px 0;margin-top:30px}
""",
    "media_modern": BASE + """
body{background:#fff;font-family:-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif}
.hd{height:64px;border-bottom:1px solid #eee;display:flex;align-items:center;gap:30px;padding:0 40px}
.hd .logo{font-weight:bold;font-size:24px;color:#e60012}
.col{width:760px;margin:30px auto}
.kick{color:#e60012;font-size:14px}
h1.t{font-size:32px;line-height:1.4;margin:10px 0 18px}
.by{display:flex;gap:12px;align-items:center;color:#666;font-size:14px}
.by .name{color:#222;font-weight:600}
.text{font-size:18px;line-height:1.85;color:#1a1a1a}
.text p{margin:0 0 22px}
.subhead{font-size:19px}
.tags a{display:inline-block;border:1px solid #ddd;border-radius:14px;padding:2px 10px;margin:4px;font-size:13px}
.authorbox{border:1px solid #eee;padding:14px;margin:20px 0;border-radius:6px}
.cmt{border-bottom:1px solid #f0f0f0;padding:12px 0}
.cmt .u{font-weight:600}.cmt .tm{color:#999;font-size:12px}
.ft{background:#fafafa;color:#888;font-size:12px;text-align:center;padding:24px 0;line-height:22px}
""",
    "en": BASE + """
body{font-family:Georgia,"Times New Roman",serif;font-size:16px}
.masthead{height:80px;border-bottom:3px solid #003a70;font-size:34px;color:#003a70;line-height:80px;font-weight:bold}
.sections a{font-family:Arial,sans-serif;font-size:13px;margin-right:16px;line-height:36px}
h1{font-size:34px;line-height:1.25;margin:20px 0 10px}
.dek{font-size:19px;color:#555;margin:0 0 12px}
.byline{font-family:Arial,sans-serif;font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:10px}
.story{font-size:18px;line-height:1.7}
.story p{margin:0 0 18px}
.subhead{font-family:Arial,sans-serif;font-size:18px}
.foot{font-family:Arial,sans-serif;font-size:12px;color:#777;background:#f3f3f3;padding:20px 0;text-align:center;line-height:22px}
""",
    "self": BASE + """
body{background:#f8f8f8;font-family:"PingFang SC","Noto Sans CJK SC",sans-serif}
.gh{background:#fff;height:60px;border-bottom:1px solid #eee}
.gh a{line-height:60px;margin:0 12px}
.wrap{width:1000px;margin:0 auto;display:flex;gap:20px}
.left{width:680px;background:#fff;padding:30px 40px}
.right{width:300px}
.acct{display:flex;gap:10px;align-items:center;padding:10px 0}
.acct .nm{font-weight:bold;font-size:16px}
.acct .desc{color:#999;font-size:12px}
h1.at{font-size:28px;line-height:1.45;margin:16px 0}
.meta{color:#999;font-size:13px}
.meta span{margin-right:10px}
.article{font-size:17px;line-height:1.85;color:#222}
.article p{margin:0 0 1.2em}
.subhead{font-size:18px}
.op{color:#999;font-size:13px;user-select:none}
.card{background:#fff;padding:16px;margin-bottom:16px}
.cmt{border-bottom:1px solid #f0f0f0;padding:10px 0;font-size:14px}
.cmt .u{color:#406599}.cmt .tm{color:#aaa;font-size:12px}
.ft{color:#aaa;font-size:12px;text-align:center;padding:20px;line-height:22px}
""",
    "wechat": BASE + """
body{background:#fff;font-family:-apple-system,"PingFang SC",sans-serif}
.rich_media{width:677px;margin:0 auto;padding:20px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:400}
.rich_media_meta_list{color:rgba(0,0,0,.3);font-size:15px;margin-bottom:22px}
.rich_media_meta{margin-right:8px}
.rich_media_meta_nickname a{color:#576b95}
.rich_media_content{font-size:17px;color:#333;line-height:1.6}
.qr_code_pc{position:absolute;left:1080px;top:200px;width:140px;font-size:13px;color:#888;text-align:center}
.rich_media_tool{color:#888;font-size:14px;margin-top:30px}
.weui-cmt{border-top:1px solid #eee;margin-top:24px}
.cmt{padding:10px 0;font-size:14px}.cmt .u{color:#888}
""",
    "weibo": BASE + """
body{background:#f2f2f5;font-family:"PingFang SC",sans-serif}
.wbtop{background:#fff;height:56px;line-height:56px;box-shadow:0 1px 2px rgba(0,0,0,.05)}
.wbtop a{margin:0 14px}
.wbmain{width:700px;margin:16px auto;background:#fff;padding:30px 50px}
.wbcover{height:200px;background:#ccd}
h1.title{font-size:28px;line-height:1.4}
.wbauthor{display:flex;gap:10px;align-items:center;color:#808080;font-size:13px}
.wbauthor .nm{color:#eb7350;font-size:15px}
.WB_editor_iframe{font-size:16px;line-height:1.9;color:#333}
.WB_editor_iframe p{margin:0 0 16px}
.subhead{font-size:17px}
.wbfoot{color:#808080;font-size:13px;border-top:1px solid #eee;padding-top:12px}
.cmt{border-bottom:1px solid #f2f2f5;padding:10px 0;font-size:14px}
.cmt .u{color:#eb7350}.cmt .tm{color:#999;font-size:12px}
""",
    "epaper": BASE + """
body{background:#e9e4d8;font-family:"宋体",SimSun,serif;font-size:13px}
.ep-head{background:#8b0000;color:#fff;height:70px;line-height:70px;font-size:28px;padding-left:20px}
.ep-date{background:#f5efe0;height:30px;line-height:30px;padding:0 20px;color:#5a3d00}
.ep-left{float:left;width:420px;padding:10px}
.ep-right{float:right;width:760px;background:#fff;padding:20px 40px;min-height:900px}
.pagenav a{display:inline-block;width:190px;line-height:24px}
.titlelist li{line-height:24px;border-bottom:1px dotted #ccc}
.yinti{font-size:16px;text-align:center;color:#333}
.zhuti{font-size:28px;font-weight:bold;text-align:center;line-height:40px;margin:8px 0;color:#000}
.futi{font-size:16px;text-align:center;color:#333}
.zuozhe{text-align:center;color:#555;margin:8px 0}
.ep-text{font-size:16px;line-height:2em;border-top:1px solid #ccc;padding-top:14px}
.ep-text p{margin:0 0 .6em}
.ep-foot{clear:both;text-align:center;color:#666;font-size:12px;line-height:22px;padding:20px}
""",
    "inst": BASE + """
body{background:#f3f3f3}
.ihead{height:110px;background:#0a3d7a;color:#fff}
.ihead .logo{font-size:30px;line-height:110px;font-weight:bold}
.inav{background:#082f5e}.inav a{color:#fff;font-size:15px;line-height:44px}
.icont{background:#fff;margin:16px auto;padding:24px 50px;overflow:hidden}
.iside{float:left;width:220px}.imain{float:right;width:860px}
.iside li{line-height:40px;border-bottom:1px solid #eee;padding-left:14px}
.ititle{font-size:24px;text-align:center;line-height:38px;color:#0a3d7a;margin:10px 0}
.iinfo{text-align:center;font-size:13px;color:#888;background:#f7f7f7;padding:8px;margin-bottom:16px}
.iinfo span{margin:0 6px}
.itext{font-size:16px;line-height:2em}
.itext p{margin:0 0 1em}
.subhead{font-size:16px}
.ifoot{background:#0a3d7a;color:#cfd8e6;text-align:center;padding:20px 0;line-height:24px;font-size:13px}
""",
}


def document(page: dict) -> str:
    title_text = page_title_text(page)
    body = page["html"]
    reps = {
        "{{TITLE}}": "<br>".join(page["title"]),
        "{{TITLE_TEXT}}": title_text,
        "{{TIME}}": page["publish_time"] or "",
        "{{BODY}}": render_body(page["body"], page.get("mode", "p")),
    }
    for i, line in enumerate(page["title"], 1):
        reps["{{TITLE%d}}" % i] = line
    for k, v in reps.items():
        body = body.replace(k, v)
    left = re.findall(r"\{\{[A-Z_0-9]+\}\}", body)
    if left:
        raise ValueError(f"{page['id']}: unreplaced {left}")
    css = THEMES[page["css"]] + page.get("extra_css", "")
    head_title = page.get("head_title") or f"{title_text}_{page['site']}"
    metas = "".join(f'<meta name="{k}" content="{_html.escape(v)}">\n' for k, v in page.get("metas", {}).items())
    lang = "en" if page["lang"] == "en" else "zh-CN"
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_html.escape(head_title)}</title>\n{metas}<style>{css}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


def page_title_text(page: dict) -> str:
    sep = " " if page["lang"] == "en" else ""
    return sep.join(text_of(t) for t in page["title"])


def gold(page: dict, set_name: str) -> dict:
    return {
        "id": page["id"],
        "set": set_name,
        "lang": page["lang"],
        "kind": page["kind"],
        "title": page_title_text(page),
        "authors": list(page["authors"]),
        "publish_time": page["publish_time"],
        "body_paragraphs": gold_body(page["body"]),
    }
