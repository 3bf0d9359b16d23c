"""Building blocks for the zh-blind60 pages.

A page description (src/pages/xi-NN.py) defines ``PAGE = Page(...)``: the gold
fields (title, authors, publish_time), the furniture as HTML strings (``head``
opens the page up to the article text, ``tail`` closes it) and the article as a
list of blocks.  The same blocks are rendered into the HTML and turned into the
gold ``body_paragraphs``: body blocks (P, H, L, TB, BR, Q, R) give paragraphs,
non-body blocks (X, IMG) are rendered only.
"""
from __future__ import annotations

import html as _html
import re

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
WS = " \t\r\n\u00a0\u3000"


def text_of(fragment: str) -> str:
    """Plain text of an inline HTML fragment, as a paragraph of the gold."""
    t = re.sub(r"<br\s*/?>", " ", fragment)
    t = re.sub(r"<[^>]+>", "", t)
    t = _html.unescape(t)
    t = re.sub(r"[ \t\r\n\u00a0]+", " ", t)
    return t.strip(WS)


def attrs(cls=None, style=None):
    a = ""
    if cls:
        a += f' class="{cls}"'
    if style:
        a += f' style="{style}"'
    return a


# ---------------------------------------------------------------- blocks
class Block:
    body = True

    def paragraphs(self):
        return []

    def render(self, pg: "Page") -> str:
        raise NotImplementedError


class P(Block):
    """A body paragraph. ``raw=True``: no page indent/wrapping."""

    def __init__(self, text, cls=None, style=None, raw=False):
        self.text, self.cls, self.style, self.raw = text, cls, style, raw

    def paragraphs(self):
        return [text_of(self.text)]

    def render(self, pg):
        inner = self.text if self.raw else pg.wrap(pg.indent + self.text)
        st = self.style if self.style is not None else pg.pstyle
        return f"<{pg.ptag}{attrs(self.cls or pg.pcls, st)}>{inner}</{pg.ptag}>\n"


class H(Block):
    """A sub-heading inside the article."""

    def __init__(self, text, tag=None, cls=None, style=None):
        self.text, self.tag, self.cls, self.style = text, tag, cls, style

    def paragraphs(self):
        return [text_of(self.text)]

    def render(self, pg):
        tag = self.tag or pg.htag
        if tag == "strong":
            return (f"<{pg.ptag}{attrs(self.cls or pg.pcls, self.style or pg.pstyle)}>"
                    f"{pg.wrap(pg.indent + '<strong>' + self.text + '</strong>')}</{pg.ptag}>\n")
        if tag == "b-center":
            return f'<p style="text-align:center"><b>{self.text}</b></p>\n'
        return f"<{tag}{attrs(self.cls, self.style)}>{self.text}</{tag}>\n"


class R(Block):
    """A right-aligned body line (署名, 成文日期)."""

    def __init__(self, text, style="text-align:right"):
        self.text, self.style = text, style

    def paragraphs(self):
        return [text_of(self.text)]

    def render(self, pg):
        return f'<{pg.ptag} style="{self.style}">{pg.wrap(self.text)}</{pg.ptag}>\n'


class Q(Block):
    """A quoted passage (blockquote); each string one paragraph."""

    def __init__(self, *texts):
        self.texts = texts

    def paragraphs(self):
        return [text_of(t) for t in self.texts]

    def render(self, pg):
        return "<blockquote>" + "".join(f"<p>{t}</p>" for t in self.texts) + "</blockquote>\n"


class L(Block):
    """A list; every item a paragraph (list markers are not copied by a browser)."""

    def __init__(self, items, ordered=False, cls=None):
        self.items, self.ordered, self.cls = items, ordered, cls

    def paragraphs(self):
        return [text_of(i) for i in self.items]

    def render(self, pg):
        t = "ol" if self.ordered else "ul"
        return (f"<{t}{attrs(self.cls)}>" + "".join(f"<li>{i}</li>" for i in self.items) + f"</{t}>\n")


class TB(Block):
    """A data table; every row (header row too) a paragraph, cells joined by one space."""

    def __init__(self, rows, head=True, caption=None, cls="data", style=None):
        self.rows, self.head, self.caption, self.cls, self.style = rows, head, caption, cls, style

    def paragraphs(self):
        return [" ".join(text_of(c) for c in r) for r in self.rows]

    def render(self, pg):
        out = [f'<table{attrs(self.cls, self.style)} border="1" cellspacing="0" cellpadding="4">']
        for i, r in enumerate(self.rows):
            tag = "th" if (i == 0 and self.head) else "td"
            out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
        out.append("</table>\n")
        return "".join(out)


class BR(Block):
    """Several body paragraphs in one element, separated by <br> (old CMS output)."""

    def __init__(self, texts, sep="<br>", tag="div", cls=None, indent=None):
        self.texts, self.sep, self.tag, self.cls, self.ind = texts, sep, tag, cls, indent

    def paragraphs(self):
        return [text_of(t) for t in self.texts]

    def render(self, pg):
        ind = pg.indent if self.ind is None else self.ind
        return (f"<{self.tag}{attrs(self.cls)}>" + self.sep.join(ind + t for t in self.texts)
                + f"</{self.tag}>\n")


class X(Block):
    """Non-body HTML inside the article column (byline lines, editor lines, 原标题 …)."""

    body = False

    def __init__(self, html):
        self.html = html

    def render(self, pg):
        return self.html + "\n"


class IMG(Block):
    """A photo (alt text, no src or a 1x1 GIF) with an optional caption: not body."""

    body = False

    def __init__(self, alt, caption=None, gif=False, cap_tag="p", cls="pic"):
        self.alt, self.caption, self.gif, self.cap_tag, self.cls = alt, caption, gif, cap_tag, cls

    def render(self, pg):
        src = f' src="{GIF}" width="600" height="360"' if self.gif else ""
        s = f'<p class="{self.cls}" style="text-align:center"><img{src} alt="{_html.escape(self.alt)}"></p>\n'
        if self.caption:
            if self.cap_tag == "p":
                s += f'<p class="caption" style="text-align:center">{self.caption}</p>\n'
            else:
                s += f'<{self.cap_tag} class="caption">{self.caption}</{self.cap_tag}>\n'
        return s


# ---------------------------------------------------------------- page
class Page:
    def __init__(self, id, kind, title, authors, publish_time, head, body, tail,
                 lang="zh", css="", html_title=None, site="", features="",
                 ptag="p", pcls=None, pstyle=None, indent="", pwrap=None, htag="strong",
                 body_open='<div class="article-content">\n', body_close="</div>\n",
                 html_lang=None, body_cls=None):
        self.id, self.kind, self.title, self.authors, self.publish_time = id, kind, title, authors, publish_time
        self.head, self.body, self.tail = head, body, tail
        self.lang, self.css, self.site, self.features = lang, css, site, features
        self.html_title = html_title or f"{title}_{site}"
        self.ptag, self.pcls, self.pstyle, self.indent, self.pwrap, self.htag = ptag, pcls, pstyle, indent, pwrap, htag
        self.body_open, self.body_close = body_open, body_close
        self.html_lang = html_lang or ("zh-CN" if lang == "zh" else "en")
        self.body_cls = body_cls

    def wrap(self, inner):
        return self.pwrap.format(inner) if self.pwrap else inner

    def html(self) -> str:
        head = "".join(self.head) if isinstance(self.head, (list, tuple)) else self.head
        tail = "".join(self.tail) if isinstance(self.tail, (list, tuple)) else self.tail
        body = "".join(b.render(self) for b in self.body)
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{self.html_lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{_html.escape(self.html_title, quote=False)}</title>\n"
            f"<style>\n{self.css.strip()}\n</style>\n</head>\n"
            f"<body{attrs(self.body_cls)}>\n{head}\n{self.body_open}{body}{self.body_close}{tail}\n</body>\n</html>\n"
        )

    def gold(self) -> dict:
        paras = [p for b in self.body if b.body for p in b.paragraphs()]
        return {
            "id": self.id,
            "set": "zh-blind60",
            "lang": self.lang,
            "kind": self.kind,
            "title": self.title,
            "authors": list(self.authors),
            "publish_time": self.publish_time,
            "body_paragraphs": [p for p in paras if p],
        }


# ---------------------------------------------------------------- furniture helpers
def ul(items, cls=None, sep=""):
    """A <ul> of links (nav bars, lists)."""
    return f"<ul{attrs(cls)}>" + sep.join(f'<li><a href="#">{i}</a></li>' for i in items) + "</ul>\n"


def links(items, sep=" | ", cls=None):
    return f"<div{attrs(cls)}>" + sep.join(f'<a href="#">{i}</a>' for i in items) + "</div>\n"


def search(placeholder="请输入关键字", button="搜索", cls="search"):
    return (f'<form class="{cls}" action="#"><input type="text" placeholder="{placeholder}">'
            f'<button type="button">{button}</button></form>\n')


def crumbs(items, prefix="当前位置：", sep=" &gt; ", cls="crumbs"):
    return f'<div class="{cls}">{prefix}' + sep.join(f'<a href="#">{i}</a>' for i in items[:-1]) + \
        (sep if len(items) > 1 else "") + f"<span>{items[-1]}</span></div>\n"


def related(head, items, cls="related", dates=None, more=None):
    s = f'<div class="{cls}"><div class="rel-head">{head}'
    if more:
        s += f'<a class="more" href="#">{more}</a>'
    s += "</div><ul>"
    for i, t in enumerate(items):
        d = f'<span class="d">{dates[i]}</span>' if dates else ""
        s += f'<li><a href="#">{t}</a>{d}</li>'
    return s + "</ul></div>\n"


def qr(caption, alt="二维码", cls="qr"):
    return f'<div class="{cls}"><img src="{GIF}" width="90" height="90" alt="{alt}"><p>{caption}</p></div>\n'


def footer(lines, cls="footer"):
    return f'<div class="{cls}">' + "".join(f"<p>{l}</p>" for l in lines) + "</div>\n"


def share(label="分享到：", items=("微信", "微博", "QQ空间"), cls="share"):
    return f'<div class="{cls}">{label}' + "\n".join(f'<a href="#">{i}</a>' for i in items) + "</div>\n"


def prevnext(prev, nxt, p="上一篇：", n="下一篇：", cls="prevnext"):
    return (f'<div class="{cls}"><p>{p}<a href="#">{prev}</a></p>'
            f'<p>{n}<a href="#">{nxt}</a></p></div>\n')


def select(options):
    return "<select>" + "".join(f"<option>{o}</option>" for o in options) + "</select>"


# ---------------------------------------------------------------- style sheets
CSS_GOV = """
body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}
.topbar{background:#eef2f7;font-size:12px;padding:4px 0}
.topbar .w,.w{width:1200px;margin:0 auto}
.topbar .r{float:right}.topbar .r a{margin-left:12px}
.banner{height:120px;background:#1b5fb4;color:#fff;padding:20px 0}
.banner .site{font-size:32px;font-weight:bold}.banner .en{font-size:13px;opacity:.8}
.search{float:right;margin-top:-60px}
.nav{background:#144f9c;margin:0;padding:0;list-style:none;overflow:hidden}
.nav li{float:left}.nav a{display:block;color:#fff;padding:10px 22px;font-size:16px}
.crumbs{padding:10px 0;font-size:13px;color:#666}
.main{background:#fff;padding:30px 60px;min-height:600px}
h1.title{font-size:26px;text-align:center;color:#1b4f91;line-height:1.5}
.info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding:8px 0;margin-bottom:20px}
.info span{margin:0 8px}
.article-content{font-size:16px;line-height:2}
.article-content p{margin:0 0 12px}
table.data{border-collapse:collapse;margin:10px auto;font-size:14px}
table.data td,table.data th{border:1px solid #999;padding:4px 8px}
.share,.tools{margin-top:20px;font-size:13px;color:#666}.share a{margin-right:10px}
.prevnext{border-top:1px solid #eee;margin-top:20px;font-size:14px}
.related .rel-head{font-weight:bold;border-bottom:2px solid #1b5fb4;margin-top:20px}
.related ul{list-style:none;padding:0}.related .d{float:right;color:#999}
.qr{display:inline-block;text-align:center;font-size:12px;margin:10px}
.footer{background:#0f3f7d;color:#dfe6f0;text-align:center;font-size:12px;padding:16px 0;margin-top:30px}
.footer p{margin:2px 0}
"""

CSS_OLD = """
body{margin:0;font-size:12px;font-family:SimSun,宋体;background:#e9eef3}
a{color:#000;text-decoration:none}
table.frame{width:980px;margin:0 auto;background:#fff}
td.nav a{color:#fff;font-weight:bold;margin:0 10px}
td.nav{background:#b3261e;height:32px}
.article-content{font-size:14px;line-height:28px;padding:0 20px}
.article-content p{margin:0}
table.data{border-collapse:collapse}table.data td,table.data th{border:1px solid #666}
.footer{text-align:center;line-height:22px;border-top:3px solid #b3261e}
"""

CSS_MEDIA = """
body{margin:0;font:15px/1.7 "PingFang SC","Microsoft YaHei",sans-serif;color:#222}
a{color:#222;text-decoration:none}
.top{background:#c00;color:#fff;font-size:12px;padding:4px 0}.top a{color:#fff;margin-right:10px}
.w{width:1180px;margin:0 auto}
.logo{font-size:30px;font-weight:bold;color:#c00;padding:14px 0}
.nav{list-style:none;margin:0;padding:0;border-bottom:2px solid #c00;overflow:hidden}
.nav li{float:left;margin-right:18px;font-size:16px}
.crumbs{font-size:13px;color:#888;margin:12px 0}
.left{float:left;width:800px}.right{float:right;width:330px}
.clear{clear:both}
h1{font-size:30px;line-height:1.4;margin:10px 0}
.info{color:#777;font-size:13px;margin-bottom:16px}.info span{margin-right:14px}
.article-content{font-size:17px;line-height:1.9}
.article-content p{margin:0 0 1em}
.caption{color:#555;font-size:14px}
table.data{border-collapse:collapse}table.data td,table.data th{border:1px solid #aaa;padding:3px 6px}
.editor{color:#999;text-align:right;font-size:13px}
.share a{margin-right:8px}
.related .rel-head,.box h3{font-size:18px;border-left:4px solid #c00;padding-left:8px}
.related ul{padding-left:18px}
.footer{background:#f2f2f2;color:#777;font-size:12px;text-align:center;padding:20px 0;margin-top:30px}
.footer p{margin:3px 0}
"""


# ---------------------------------------------------------------- composite furniture
def gov_top(left, right, cls="topbar"):
    return (f'<div class="{cls}"><div class="w"><span class="l">{left}</span>\n<span class="r">'
            + "\n".join(f'<a href="#">{r}</a>' for r in right) + "</span></div></div>\n")


def gov_banner(site, en="", ph="请输入关键字", button="搜索", emblem=True):
    e = f'<img src="{GIF}" width="60" height="60" alt="国徽">' if emblem else ""
    en = f'<div class="en">{en}</div>' if en else ""
    return (f'<div class="banner"><div class="w">{e}<div class="site">{site}</div>{en}'
            f"{search(ph, button)}</div></div>\n")


def gov_footer(lines, badges=("党政机关", "政府网站找错"), cls="footer"):
    b = "".join(f'<img src="{GIF}" width="40" height="48" alt="{x}">' for x in badges)
    return f'<div class="{cls}"><div class="w">{b}' + "".join(f"<p>{l}</p>" for l in lines) + "</div></div>\n"

CSS_SELF = """
body{margin:0;font:16px/1.75 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#fff}
a{color:#406599;text-decoration:none}
.hd{border-bottom:1px solid #eee;padding:8px 20px;font-size:14px}.hd a{margin-right:14px;color:#222}
.wrap{width:680px;margin:0 auto;padding:20px 0}
h1{font-size:24px;line-height:1.45;margin:12px 0}
.meta{color:#888;font-size:14px;margin-bottom:18px}.meta span,.meta a{margin-right:8px}
.article-content p{margin:0 0 1.2em}
.article-content img{max-width:100%}
.caption{color:#999;font-size:13px;text-align:center}
.card{border:1px solid #eee;border-radius:6px;padding:10px;margin:20px 0;font-size:14px}
.bar{color:#888;font-size:13px;margin:16px 0}.bar a{margin-right:16px;color:#888}
.rec li{margin:6px 0}
.foot{color:#aaa;font-size:12px;text-align:center;margin:30px 0}
table.data{border-collapse:collapse;font-size:14px}table.data td,table.data th{border:1px solid #ddd;padding:4px 8px}
"""

CSS_EPAPER = """
body{margin:0;font:14px/1.7 SimSun,"Songti SC",serif;background:#e8e2d6;color:#222}
a{color:#1a1a1a;text-decoration:none}
.mast{background:#9b1c1c;color:#fff;padding:10px 20px}.mast .name{font-size:28px;font-weight:bold}
.mast a{color:#fff;margin-left:10px}
.datebar{background:#f4efe4;padding:6px 20px;font-size:13px}
.cols{width:1200px;margin:0 auto;background:#fff;overflow:hidden}
.lcol{float:left;width:360px;padding:10px;border-right:1px solid #ddd;font-size:13px}
.rcol{float:left;width:780px;padding:10px 20px}
.pagelist a{display:inline-block;width:160px}
.titles li{margin:4px 0}
.yin,.fu{font-size:16px;text-align:center;margin:4px 0;font-weight:normal}
.rcol h1{font-size:28px;text-align:center;margin:6px 0}
.byl{text-align:center;color:#444}
.article-content{font-size:16px;line-height:2}
.article-content p{margin:0 0 10px}
.pn{border-top:1px solid #ccc;margin-top:16px;font-size:13px}
.footer{clear:both;text-align:center;font-size:12px;color:#666;padding:16px}
table.data{border-collapse:collapse}table.data td,table.data th{border:1px solid #888;padding:3px 6px}
"""


def epaper_left(pages, titles, cur_page, plan_alt="版面图", head_titles="本版标题"):
    """Left column of an e-paper: 版面图, 版次 navigation, 本版标题 list."""
    s = f'<div class="lcol"><p><img src="{GIF}" width="340" height="480" alt="{plan_alt}"></p>\n'
    s += '<div class="pagenav"><a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">上一期</a>　<a href="#">下一期</a></div>\n'
    s += '<div class="pagelist"><p><b>版面导航</b></p>' + "\n".join(f'<a href="#">{p}</a>' for p in pages) + "</div>\n"
    s += f'<div class="titles"><p><b>{head_titles}</b>（{cur_page}）</p><ul>' + "".join(f'<li><a href="#">{t}</a></li>' for t in titles) + "</ul></div>\n"
    return s + "</div>\n"
