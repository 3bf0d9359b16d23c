"""Helpers shared by the page descriptions in src/pages/.

A page description (src/pages/xk-NN.py) builds its body with ``Body(blocks, style)`` and
its whole page with the furniture helpers below, then sets ``PAGE = dict(...)``.  The gold
body is ``Body.paras``: the same blocks that were rendered as the article body, so the
HTML and the gold cannot drift apart.

Block types (tuples; first item is the type):

  body blocks (go into the gold, one paragraph each unless noted)
    ("p", text)                  paragraph
    ("pc", text)                 centred paragraph (attachment title, 会议纪要 heading ...)
    ("h", text)                  sub-heading
    ("lead", bold, rest)         paragraph opening with a bold run (gold: bold + rest)
    ("ul", [items]) / ("ol", [items])   list, one paragraph per item
    ("lines", [items])           list lines written as separate <p>/<div>/<br> lines
    ("table", rows[, opts])      table, one paragraph per row (header row too), cells joined by one space
    ("zhusong", [line, line])    主送 line, printed on one or two lines, ONE paragraph (joined without space)
    ("sign", [office, ...])      署名 lines, right-aligned, one paragraph each
    ("sign1", [office, ...])     several offices on ONE line, spaced apart; one paragraph (joined by one space)
    ("date", text)               成文日期, right-aligned
    ("attach", [lines])          附件说明 lines, one paragraph each
    ("note", text)               附注 such as （此件公开发布）
    ("quote", text)              block quotation
  non-body blocks (rendered, never in the gold)
    ("img", alt[, caption])      image (no src / 1x1 GIF) and optional caption line
    ("byline", text)             byline / credit line on its own
    ("nb", text[, cls])          any other non-body line (编辑, 来源, 原标题, 图片说明 ...)
    ("banji", [lines])           版记: 抄送 / 印发 lines between rules
    ("wenhao", text)             文号 line
    ("html", raw_html)           raw non-body HTML (video placeholder, ad box ...)
"""
from __future__ import annotations

import html as _html

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
IDEO = "\u3000\u3000"


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def q(s: str) -> str:
    return _html.escape(s, quote=True)


def t(tag: str, inner: str = "", cls: str | None = None, **kw) -> str:
    a = f' class="{cls}"' if cls else ""
    for k, v in kw.items():
        k = k.rstrip("_").replace("_", "-")
        a += f' {k}="{q(str(v))}"'
    if tag in ("img", "input", "br", "hr", "meta"):
        return f"<{tag}{a}>"
    return f"<{tag}{a}>{inner}</{tag}>"


def a(text: str, href: str = "#", cls: str | None = None) -> str:
    return t("a", esc(text), cls, href=href)


def img(alt: str, gif: bool = False, cls: str | None = None, **kw) -> str:
    if gif:
        return t("img", cls=cls, src=GIF, alt=alt, width=kw.pop("width", 120), height=kw.pop("height", 90), **kw)
    return t("img", cls=cls, alt=alt, **kw)


def div(inner: str, cls: str | None = None, **kw) -> str:
    return t("div", inner, cls, **kw)


def span(text: str, cls: str | None = None, raw: bool = False, **kw) -> str:
    return t("span", text if raw else esc(text), cls, **kw)


def links(items, sep: str = "", cls: str | None = None, tag: str = "div") -> str:
    """Inline links separated by ``sep`` (escaped text, may be '' or ' | ')."""
    parts = [x if x.startswith("<") else a(x) for x in items]
    inner = esc(sep).join(parts) if sep else "".join(parts)
    return t(tag, inner, cls) if tag else inner


def ul(items, cls: str | None = None, link: bool = True) -> str:
    lis = []
    for x in items:
        if isinstance(x, tuple):  # (text, date)
            txt, date = x
            lis.append(t("li", (a(txt) if link else esc(txt)) + span(date, "date")))
        elif x.startswith("<"):
            lis.append(t("li", x))
        else:
            lis.append(t("li", a(x) if link else esc(x)))
    return t("ul", "".join(lis), cls)


def search(placeholder: str = "请输入关键字", button: str = "搜索", cls: str = "search", extra: str = "") -> str:
    return div(t("input", type="text", placeholder=placeholder) + t("button", esc(button), type="button") + extra, cls)


def crumb(parts, prefix: str = "当前位置：", sep: str = " > ", cls: str = "crumb", last_plain: bool = True) -> str:
    items = []
    for i, p in enumerate(parts):
        if last_plain and i == len(parts) - 1:
            items.append(span(p))
        else:
            items.append(a(p))
    return div(span(prefix) + esc(sep).join(items) if prefix else esc(sep).join(items), cls)


def listbox(title: str, items, more: str | None = "更多>>", cls: str = "listbox", title_tag: str = "h3") -> str:
    head = t(title_tag, esc(title) + (a(more, cls="more") if more else ""))
    return div(head + ul(items), cls)


def qr(captions, cls: str = "qr", gif: bool = True) -> str:
    return div("".join(div(img(c[0], gif=gif, width=100, height=100) + t("p", esc(c[1]))) for c in captions), cls)


def lines_div(lines, cls: str | None = None, tag: str = "p") -> str:
    return div("".join(t(tag, x if x.startswith("<") else esc(x)) for x in lines), cls)


def record(pairs, style: str = "grid", cls: str = "record", cols: int = 2, sep: str = "　") -> str:
    """政府信息公开 record: pairs of (label, value).

    grid  : a table, ``cols`` label/value pairs per row (a pair with value None spans the row)
    line  : all pairs on one line, label glued to value, pairs separated by ``sep``
    lines : one pair per line
    cells : every label and every value in its own block (one cell per line)
    """
    if style == "grid":
        rows, row = [], []
        for lab, val in pairs:
            if isinstance(val, tuple):  # (value, 'wide')
                if row:
                    rows.append("".join(row))
                    row = []
                rows.append(t("th", esc(lab)) + t("td", esc(val[0]), colspan=cols * 2 - 1))
                continue
            row.append(t("th", esc(lab)) + t("td", esc(val)))
            if len(row) == cols:
                rows.append("".join(row))
                row = []
        if row:
            rows.append("".join(row))
        return t("table", "".join(t("tr", r) for r in rows), cls, cellspacing="0", cellpadding="0")
    if style == "line":
        return div(esc(sep).join(span(lab, "lab") + span(val, "val") for lab, val in pairs), cls)
    if style == "lines":
        return div("".join(div(span(lab, "lab") + span(val, "val")) for lab, val in pairs), cls)
    if style == "cells":
        return div("".join(div(div(esc(lab), "lab") + div(esc(val), "val"), "cell") for lab, val in pairs), cls)
    raise ValueError(style)


def title_html(lines, tag: str = "h1", cls: str | None = "title", sep: str = "<br>") -> str:
    return t(tag, sep.join(esc(x) for x in lines), cls)


class Body:
    """Render body blocks to HTML and keep the gold paragraphs they stand for."""

    def __init__(self, blocks, style: dict | None = None, cls: str = "article-content", tag: str = "div"):
        st = dict(container="p", indent="css", heading="strong", table_cls="tbl", list_style="plain")
        st.update(style or {})
        self.style = st
        self.paras: list[str] = []
        self.html = t(tag, self._render(blocks), cls)

    # ------------------------------------------------------------------
    def _ind(self) -> str:
        return {"ideo": IDEO, "nbsp": "&nbsp;&nbsp;&nbsp;&nbsp;", "css": "", "none": "", "ideo1": "\u3000"}[self.style["indent"]]

    def _para(self, inner: str, cls: str | None = None, style: str | None = None) -> str:
        c = self.style["container"]
        tag = "div" if c == "div" else "p"
        kw = {"style": style} if style else {}
        return t(tag, inner, cls, **kw)

    def _render(self, blocks) -> str:
        out: list[str] = []
        group: list[str] = []  # for container == 'br'
        st = self.style

        def flush():
            if group:
                sep = "<br><br>" if st.get("brbr", True) else "<br>"
                out.append(t("p" if st.get("br_tag", "p") == "p" else "div", sep.join(group)))
                group.clear()

        def text_para(inner: str, gold: str | None, cls=None, style=None, groupable=True):
            if gold is not None:
                self.paras.append(gold)
            if st["container"] == "br" and groupable and not style:
                group.append(inner)
            else:
                flush()
                out.append(self._para(inner, cls, style))

        ind = self._ind()
        for b in blocks:
            kind = b[0]
            if kind == "p":
                text_para(ind + esc(b[1]), b[1].strip())
            elif kind == "pc":
                text_para(esc(b[1]), b[1].strip(), style="text-align:center", groupable=False)
            elif kind == "h":
                h = st["heading"]
                if h == "strong":
                    text_para(ind + t("strong", esc(b[1])), b[1])
                elif h == "plain":
                    text_para(ind + esc(b[1]), b[1])
                elif h == "bold-noindent":
                    text_para(t("b", esc(b[1])), b[1])
                else:  # h2/h3/h4 tag
                    flush()
                    out.append(t(h, esc(b[1])))
                    self.paras.append(b[1])
            elif kind == "lead":
                text_para(ind + t("strong", esc(b[1])) + esc(b[2]), b[1] + b[2])
            elif kind in ("ul", "ol"):
                flush()
                out.append(t(kind, "".join(t("li", esc(x)) for x in b[1]), "list"))
                self.paras.extend(x.strip() for x in b[1])
            elif kind == "lines":
                for x in b[1]:
                    text_para(ind + esc(x), x.strip())
            elif kind == "table":
                flush()
                rows = b[1]
                opts = b[2] if len(b) > 2 else {}
                trs = []
                for i, r in enumerate(rows):
                    cell = "th" if (i == 0 and opts.get("header", True) and not opts.get("td_header")) else "td"
                    cells = []
                    for c in r:
                        if isinstance(c, tuple):  # (text, colspan)
                            cells.append(t(cell, esc(c[0]), colspan=c[1]))
                        else:
                            cells.append(t(cell, esc(c)))
                    trs.append(t("tr", "".join(cells)))
                    txt = " ".join((c[0] if isinstance(c, tuple) else c).strip() for c in r
                                   if (c[0] if isinstance(c, tuple) else c).strip())
                    self.paras.append(txt)
                kw = dict(border="1", cellspacing="0", cellpadding="4") if opts.get("border", True) else {}
                out.append(t("table", t("tbody", "".join(trs)), opts.get("cls", st["table_cls"]), **kw))
            elif kind == "zhusong":
                ls = b[1] if isinstance(b[1], list) else [b[1]]
                text_para("<br>".join(esc(x) for x in ls), "".join(x.strip() for x in ls), groupable=False)
            elif kind == "sign":
                for x in b[1]:
                    text_para(esc(x), x.strip(), style="text-align:right;padding-right:4em", groupable=False)
            elif kind == "sign1":
                text_para("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(esc(x) for x in b[1]), " ".join(b[1]),
                          style="text-align:right;padding-right:2em", groupable=False)
            elif kind == "date":
                text_para(esc(b[1]), b[1].strip(), style="text-align:right;padding-right:4em", groupable=False)
            elif kind == "attach":
                for i, x in enumerate(b[1]):
                    pad = "" if i == 0 else ("\u3000\u3000\u3000" if st["indent"] in ("ideo", "ideo1") else "")
                    style = None if i == 0 else "padding-left:5em"
                    text_para(ind + pad + esc(x), x.strip(), style=style, groupable=style is None)
            elif kind == "note":
                text_para(ind + esc(b[1]), b[1].strip())
            elif kind == "quote":
                flush()
                out.append(t("blockquote", esc(b[1])))
                self.paras.append(b[1].strip())
            # ---------------- non-body
            elif kind == "img":
                flush()
                gif = len(b) > 3 and b[3] == "gif"
                out.append(div(img(b[1], gif=gif, width=600, height=400) if gif else img(b[1]), "pic", style="text-align:center"))
                if len(b) > 2 and b[2]:
                    out.append(self._para(esc(b[2]), "caption", "text-align:center"))
            elif kind == "byline":
                flush()
                out.append(self._para(esc(b[1]), "byline"))
            elif kind == "nb":
                flush()
                out.append(self._para(esc(b[1]), b[2] if len(b) > 2 else "nb"))
            elif kind == "banji":
                flush()
                out.append(div("".join(t("p", esc(x)) for x in b[1]), "banji"))
            elif kind == "wenhao":
                flush()
                out.append(self._para(esc(b[1]), "wenhao", "text-align:center"))
            elif kind == "html":
                flush()
                out.append(b[1])
            else:
                raise ValueError(f"unknown block {kind}")
        flush()
        return "".join(out)


def doc(title: str, css: str, body: str, lang: str = "zh-CN", head_extra: str = "", body_cls: str | None = None) -> str:
    b = f'<body class="{body_cls}">' if body_cls else "<body>"
    return ("<!DOCTYPE html>\n"
            f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"{head_extra}"
            f"<style>\n{css.strip()}\n</style>\n</head>\n{b}\n{body}\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# Style sheets for the site generations.  Each page uses one plus its own extras.

CSS_BASE = """
body{margin:0;font-family:"Microsoft YaHei","PingFang SC",SimSun,sans-serif;font-size:14px;color:#333}
a{color:#333;text-decoration:none}
ul{list-style:none;margin:0;padding:0}
.list{list-style:none;padding-left:2em}
.hide,.m-only{display:none}
.tbl{border-collapse:collapse;margin:10px auto}
.tbl td,.tbl th{border:1px solid #999;padding:4px 8px}
.banji{border-top:1px solid #000;border-bottom:1px solid #000;margin:20px 0}
.caption{color:#666;font-size:13px}
"""

CSS_GOV_TABLE = CSS_BASE + """
/* 2010s table layout */
body{background:#e9eef3;font-size:12px}
.wrap{width:1000px;margin:0 auto;background:#fff}
.topbar td{font-size:12px;color:#666}
.banner{height:120px;background:#b40000;color:#fff}
.nav td{background:#c00;color:#fff;text-align:center;height:36px}
.nav a{color:#fff;font-size:14px}
.crumb{padding:8px 10px;border-bottom:1px dashed #ccc}
.title{font-size:22px;color:#c00;text-align:center;line-height:36px}
.info{text-align:center;color:#888;border-bottom:1px solid #ddd;padding:6px}
.article-content p{text-indent:2em;line-height:28px;font-size:16px}
.record{width:95%;margin:10px auto;border-collapse:collapse}
.record th,.record td{border:1px solid #c7d8ee;padding:5px;font-size:12px}
.record th{background:#f2f6fb;width:90px}
.footer{background:#f2f2f2;text-align:center;line-height:24px;padding:10px}
"""

CSS_GOV_2018 = CSS_BASE + """
/* 2016-2020 div layout */
.header{background:#0b58a8;color:#fff}
.header .top{width:1200px;margin:0 auto;display:flex;justify-content:space-between}
.header a{color:#fff}
.logo{font-size:30px;font-weight:bold;padding:20px 0}
.nav{background:#0a4c92}
.nav ul{display:flex;width:1200px;margin:0 auto}
.nav li{flex:1;text-align:center;line-height:46px}
.nav a{color:#fff;font-size:16px}
.main{width:1200px;margin:0 auto}
.crumb{line-height:40px;color:#666}
.record{width:100%;border:1px solid #dde4ee;margin:10px 0}
.record .cell{display:inline-block;width:49%}
.record .lab{color:#666}
.record th{background:#f4f7fb;text-align:right;width:120px;font-weight:normal}
.record td,.record th{padding:6px;border:1px solid #dde4ee}
.title{font-size:26px;text-align:center;color:#0b58a8;line-height:40px}
.info{text-align:center;color:#999;font-size:13px;margin:10px 0}
.article-content{font-size:16px;line-height:2}
.article-content p{text-indent:2em;margin:0 0 10px}
.side{float:right;width:300px}
.footer{background:#0b58a8;color:#fff;text-align:center;padding:20px 0;line-height:26px;clear:both}
.footer a{color:#fff}
"""

CSS_GOV_MODERN = CSS_BASE + """
/* 2022-2025 portal */
:root{--main:#a9151b}
.toolbar{background:#f5f5f5;font-size:13px}
.toolbar .in{width:1200px;margin:0 auto;display:flex;justify-content:space-between;line-height:34px}
.toolbar a{margin-left:14px;color:#555}
.head{background:linear-gradient(#fff,#fbeaea);height:150px}
.head .in{width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between}
.site-name{font-size:36px;color:var(--main);font-weight:700}
.search input{width:260px;height:34px;border:1px solid var(--main)}
.search button{height:38px;background:var(--main);color:#fff;border:0}
.nav{background:var(--main)}
.nav ul{display:flex;width:1200px;margin:0 auto}
.nav li{flex:1;text-align:center}
.nav a{display:block;color:#fff;font-size:18px;line-height:54px}
.container{width:1200px;margin:0 auto}
.crumb{padding:14px 0;color:#666}
.record{width:100%;border-collapse:collapse;background:#fafafa;margin-bottom:20px}
.record th{color:#666;font-weight:normal;text-align:right;width:100px;padding:8px}
.record td{padding:8px}
.record .cell{display:flex}
.record .cell .lab{width:100px;color:#666}
.title{font-size:28px;line-height:44px;text-align:center;color:#222}
.info{display:flex;justify-content:space-between;border-bottom:1px solid #eee;color:#888;padding:10px 0;font-size:14px}
.info span{margin-right:16px}
.article-content{font-size:18px;line-height:2;color:#222}
.article-content p{text-indent:2em;margin:0 0 16px}
.article-content .caption,.article-content .wenhao{text-indent:0}
.tools{text-align:right;color:#666}
.related{border-top:3px solid var(--main);margin-top:30px}
.footer{background:#2b2b2b;color:#bbb;padding:30px 0;text-align:center;line-height:28px;font-size:13px}
.footer a{color:#bbb}
.footer .blue-badge{display:inline-block}
"""

CSS_MEDIA = CSS_BASE + """
/* news portal */
.topnav{background:#222;color:#ccc;font-size:12px;line-height:30px}
.topnav a{color:#ccc;margin:0 8px}
.masthead{width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:90px}
.logo{font-size:32px;color:#c00;font-weight:900}
.channel{border-top:2px solid #c00;border-bottom:1px solid #ddd}
.channel ul{display:flex;flex-wrap:wrap;width:1200px;margin:0 auto}
.channel li{padding:0 12px;line-height:40px;font-size:16px}
.main{width:1200px;margin:0 auto;display:flex}
.left{width:820px}
.right{width:340px;margin-left:40px}
.crumb{color:#888;padding:10px 0}
.title{font-size:32px;line-height:46px;margin:10px 0;font-weight:700}
.info{color:#888;font-size:14px;margin-bottom:20px}
.info span{margin-right:12px}
.article-content{font-size:18px;line-height:32px}
.article-content p{margin:0 0 22px;text-indent:2em}
.editor{text-align:right;color:#888}
.share span{display:inline-block;margin-right:10px}
.listbox h3{border-left:4px solid #c00;padding-left:8px;font-size:18px}
.listbox li{line-height:30px}
.listbox .date{float:right;color:#999}
.footer{background:#f4f4f4;color:#666;text-align:center;padding:24px 0;line-height:26px;font-size:12px}
"""

CSS_EPAPER = CSS_BASE + """
/* digital newspaper */
body{background:#eae4d3;font-size:13px}
.paper{width:1240px;margin:0 auto;background:#fff}
.ptop{background:#8c1515;color:#fff;height:80px;display:flex;align-items:center;justify-content:space-between;padding:0 20px}
.ptop a{color:#fff}
.pdate{font-size:14px}
.cols{display:flex}
.pagecol{width:480px;border-right:1px solid #ddd;padding:10px}
.artcol{flex:1;padding:10px 20px}
.pagenav a{display:inline-block;width:46%;line-height:24px}
.yinti,.futi{text-align:center;font-size:16px;color:#333;margin:4px 0}
.title{text-align:center;font-size:28px;line-height:40px;margin:6px 0;color:#000}
.author{text-align:center;color:#555}
.article-content{font-size:16px;line-height:30px}
.article-content p{margin:0 0 10px}
.titlelist li{line-height:26px;border-bottom:1px dotted #ccc}
.pfoot{text-align:center;color:#666;font-size:12px;padding:12px;border-top:1px solid #ccc}
"""

CSS_EDU = CSS_BASE + """
/* institution site */
.top{background:#003f88;color:#fff;height:110px;display:flex;align-items:center;justify-content:space-between;padding:0 80px}
.top a{color:#fff}
.sname{font-size:30px;font-weight:bold;letter-spacing:2px}
.nav{background:#002e66}
.nav ul{display:flex;justify-content:center}
.nav li{padding:0 22px;line-height:50px}
.nav a{color:#fff;font-size:16px}
.wrap{width:1100px;margin:0 auto;display:flex}
.sidebar{width:240px}
.sidebar h2{background:#003f88;color:#fff;margin:0;padding:14px}
.sidebar li{border-bottom:1px solid #e5e5e5;line-height:44px;padding-left:20px}
.content{flex:1;margin-left:30px}
.crumb{border-bottom:1px solid #ddd;line-height:44px;color:#888}
.title{font-size:24px;text-align:center;line-height:38px;margin-top:24px}
.info{text-align:center;color:#888;font-size:13px;margin:12px 0 20px;padding-bottom:12px;border-bottom:1px dashed #ccc}
.article-content{font-size:16px;line-height:30px}
.article-content p{text-indent:2em;margin:0 0 12px}
.footer{background:#003f88;color:#d5e2f3;text-align:center;padding:24px;line-height:26px;margin-top:40px}
.footer a{color:#d5e2f3}
"""

CSS_EN = CSS_BASE + """
/* English-language site of a Chinese outlet */
body{font-family:Georgia,"Times New Roman",serif;font-size:16px}
.topline{background:#0d2a4e;color:#fff;font:13px Arial,sans-serif;line-height:32px}
.topline a{color:#fff;margin:0 10px}
.mast{width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:90px}
.brand{font:700 34px Arial,sans-serif;color:#0d2a4e}
.sections ul{display:flex;width:1200px;margin:0 auto;border-top:1px solid #ccc;border-bottom:3px solid #0d2a4e}
.sections li{padding:0 14px;line-height:44px;font:15px Arial,sans-serif}
.main{width:1200px;margin:0 auto;display:flex}
.story{width:800px}
.rail{width:340px;margin-left:60px;font-family:Arial,sans-serif}
.title{font-size:36px;line-height:44px;margin:20px 0 10px}
.info{font:13px Arial,sans-serif;color:#666;margin-bottom:16px}
.info span{margin-right:14px}
.article-content{font-size:18px;line-height:30px}
.article-content p{margin:0 0 18px}
.footer{background:#0d2a4e;color:#ccd;text-align:center;padding:24px;font:12px Arial,sans-serif;line-height:22px}
.footer a{color:#ccd}
"""
