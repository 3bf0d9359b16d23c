"""Small HTML building blocks for the zh-blind12 pages."""
import html as _h

PAGES = []

CSS = {
"modern": """body{margin:0;font-family:'Microsoft YaHei',sans-serif;color:#333;background:#f4f6f9}
.top{background:#eee;font-size:12px;padding:4px 30px}.top span{margin-right:14px}
.sticky{position:sticky;top:0;background:#fff}.banner{background:#b71c1c;color:#fff;padding:20px 30px;font-size:28px}
.banner small{font-size:13px;display:block}.nav a{display:inline-block;padding:8px 14px;color:#fff;background:#c62828}
.crumb{padding:8px 30px;font-size:13px;color:#666}.main{background:#fff;margin:0 30px;padding:20px 40px}
h1{font-size:26px;text-align:center;color:#1a1a1a}.info{font-size:13px;color:#888;text-align:center;border-bottom:1px dashed #ccc;padding-bottom:8px}
.info span{margin:0 6px}.art p{text-indent:2em;line-height:1.9;font-size:16px}.cap{text-align:center;font-size:13px;color:#666;text-indent:0!important}
.side{float:right;width:260px}.foot{background:#333;color:#bbb;font-size:12px;padding:18px 30px;text-align:center}
.label{color:#c62828;font-weight:bold}.rel li{font-size:14px}table.data td,table.data th{border:1px solid #999;padding:4px 8px}
.disc td{border:1px solid #ddd;padding:4px 8px;font-size:13px}.tools span{margin-right:10px;font-size:13px}""",
"old": """body{margin:0;font-family:SimSun,serif;font-size:12px;background:#fff}table{border-collapse:collapse}
.banner{background:#1e5aa8;color:#fff;font-size:26px;padding:14px}.nav td{background:#2b6cc4;color:#fff;padding:4px 10px}
.tt{font-size:20px;font-weight:bold;color:#c00;text-align:center}.art p{text-indent:2em;font-size:14px;line-height:1.8}
.info{text-align:center;color:#666}.foot{background:#e8e8e8;text-align:center;padding:10px}""",
"paper": """body{margin:0;font-family:serif;background:#f7f2e8}.ph{background:#8b0000;color:#fff;padding:10px 20px;font-size:22px}
.bar{background:#ddd;padding:4px 20px;font-size:13px}.cols{display:flex}.left{width:300px;font-size:13px;padding:10px}
.right{flex:1;padding:10px 30px;background:#fff}.yin,.fu{text-align:center;font-size:16px;color:#555}
h1{text-align:center;font-size:28px;margin:6px}.art p{text-indent:2em;line-height:1.9}.foot{font-size:12px;text-align:center;padding:10px}""",
"media": """body{margin:0;font-family:'PingFang SC',sans-serif;background:#fff;color:#222}.top{background:#222;color:#ccc;font-size:12px;padding:5px 40px}
.logo{font-size:30px;color:#d00;padding:14px 40px}.nav a{margin-right:16px;font-size:15px}.wrap{display:flex;padding:0 40px}
.main{flex:1;padding-right:30px}.aside{width:300px;font-size:14px}h1{font-size:30px;line-height:1.4}.meta{color:#999;font-size:13px}
.meta span{margin-right:12px}.art p{line-height:2;font-size:17px}.rel li,.hot li{margin:4px 0}.foot{border-top:2px solid #d00;font-size:12px;color:#888;padding:14px 40px}""",
"plain": """body{font-family:sans-serif;max-width:900px;margin:10px auto;font-size:14px}.post{border:1px solid #cde;padding:10px;margin:8px 0}
.uinfo{float:left;width:140px;font-size:12px;color:#666}.pc{margin-left:160px}.pc p{line-height:1.8}""",
}


def esc(s):
    # runs of spaces in printed names (王  静) are kept the way sites keep them: no-break spaces
    return _h.escape(s, quote=False).replace("  ", "\xa0\xa0")


def top(*items, cls="top"):
    return '<div class="%s">%s</div>' % (cls, "".join("<span>%s</span>" % esc(i) for i in items))


def banner(name, sub=""):
    return '<div class="banner">%s%s</div>' % (esc(name), "<small>%s</small>" % esc(sub) if sub else "")


def search(ph, btn="搜索"):
    return '<form class="search"><input type="text" placeholder="%s"><button type="button">%s</button></form>' % (esc(ph), esc(btn))


def nav(items, cls="nav"):
    return '<div class="%s">%s</div>' % (cls, "".join('<a href="#">%s</a>' % esc(i) for i in items))


def div(text, cls=""):
    return '<div class="%s">%s</div>' % (cls, esc(text))


def raw(s):
    return s


def ul(title, items, cls="rel"):
    t = "<h3>%s</h3>" % esc(title) if title else ""
    return '<div class="%s">%s<ul>%s</ul></div>' % (cls, t, "".join('<li><a href="#">%s</a></li>' % esc(i) for i in items))


def img(alt, cap=None):
    s = '<p class="cap"><img alt="%s" width="600" height="360"></p>' % esc(alt)
    if cap:
        s += '<p class="cap">%s</p>' % esc(cap)
    return s


def table_html(rows, cls="data"):
    out = ['<table class="%s">' % cls]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def body(items, wrap='<div class="art">%s</div>', pcls=""):
    """items: str (paragraph), ('img', alt, cap), ('tbl', rows), ('h', text) sub-heading,
    ('raw', html) non-body html, ('pr', text, style) paragraph with inline style.
    Returns (html, gold paragraphs)."""
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append("<p%s>%s</p>" % (' class="%s"' % pcls if pcls else "", esc(it)))
            gold.append(it)
        elif it[0] == "img":
            out.append(img(it[1], it[2] if len(it) > 2 else None))
        elif it[0] == "tbl":
            out.append(table_html(it[1]))
            gold.extend(" ".join(r) for r in it[1])
        elif it[0] == "h":
            out.append("<p><strong>%s</strong></p>" % esc(it[1]))
            gold.append(it[1])
        elif it[0] == "pr":
            out.append('<p style="%s">%s</p>' % (it[2], esc(it[1])))
            gold.append(it[1])
        elif it[0] == "raw":
            out.append(it[1])
    return wrap % "".join(out), gold


def foot(*lines):
    return '<div class="foot">%s</div>' % "".join("<p>%s</p>" % esc(l) for l in lines)


def add(pid, kind, title, authors, date, bodyres, parts, css="modern", lang="zh", wintitle=None):
    bhtml, gold = bodyres
    html = "".join(p if p != "BODY" else bhtml for p in parts)
    html = __import__("re").sub("(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])", "\xa0\xa0", html)
    doc = ('<!DOCTYPE html><html lang="%s"><head><meta charset=utf-8><title>%s</title><style>%s</style></head>'
           '<body>%s</body></html>\n') % ("en" if lang == "en" else "zh-CN", esc(wintitle or title), CSS[css], html)
    PAGES.append(dict(id=pid, kind=kind, lang=lang, title=title, authors=authors, publish_time=date,
                      body_paragraphs=gold, html=doc))
