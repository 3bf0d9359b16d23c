"""Page templates for zh-blind52. Each page spec is a dict; body items:
  "text"                 paragraph (gold)
  ("h", text)            sub-heading (gold)
  ("b", t, text)         bold time + text (gold: "t text")
  ("r", text)            right-aligned line: 署名/成文日期 (gold)
  ("table", rows, hdr)   table; every row (header too) is gold, cells joined by a space
  ("img", alt, caption)  image + caption (not gold)
  ("x", html)            furniture inside the article (not gold)
"""
import html as H

def esc(s): return H.escape(s, quote=True)

CSS = """body{margin:0;font:14px/1.7 "Microsoft YaHei",SimSun,sans-serif;color:#333}
a{color:#333;text-decoration:none}.w{width:1100px;margin:0 auto}
.top{background:#f2f2f2;font-size:12px;padding:4px 0}.top span{margin-right:14px}
.ban{background:%s;color:#fff;padding:18px 0;font-size:28px;font-weight:bold}
.ban small{font-size:14px;font-weight:normal;margin-left:20px}
.nav{background:%s}.nav a{color:#fff;display:inline-block;padding:8px 16px}
.crumb{padding:8px 0;font-size:13px;color:#666}.art{padding:10px 30px}
h1{font-size:24px;text-align:center;margin:14px 0}.meta{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}
.body p{text-indent:2em;margin:0 0 12px}.body p.r{text-align:right}.body p.cap{text-align:center;text-indent:0;color:#666;font-size:13px}
.body img{display:block;margin:10px auto;width:500px;height:300px;background:#ddd}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}
.side{font-size:13px}.side li{list-style:none}.foot{background:#eee;font-size:12px;text-align:center;padding:14px;margin-top:20px}
.kick{text-align:center;color:#a00;font-size:16px}.sub{text-align:center;font-size:17px}
.btn{border:1px solid #ccc;padding:1px 6px;margin-left:8px;font-size:12px}
"""

def body_html(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append("<p>%s</p>" % esc(it))
        elif it[0] == "h":
            out.append("<p><strong>%s</strong></p>" % esc(it[1]))
        elif it[0] == "b":
            out.append("<p><b>%s</b> %s</p>" % (esc(it[1]), esc(it[2])))
        elif it[0] == "r":
            out.append('<p class="r">%s</p>' % esc(it[1]))
        elif it[0] == "table":
            rows = it[1]
            t = ['<table align="center">']
            for i, row in enumerate(rows):
                tag = "th" if i == 0 and (len(it) > 2 and it[2]) else "td"
                t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in row) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif it[0] == "img":
            out.append('<img src="data:," alt="%s">' % esc(it[1]))
            if it[2]:
                out.append('<p class="cap">%s</p>' % esc(it[2]))
        elif it[0] == "x":
            out.append(it[1])
    return "\n".join(out)

def gold_body(items):
    g = []
    for it in items:
        if isinstance(it, str): g.append(it)
        elif it[0] in ("h", "r"): g.append(it[1])
        elif it[0] == "b": g.append(it[1] + " " + it[2])
        elif it[0] == "table": g.extend(" ".join(r) for r in it[1])
    return g

def title_html(t, tag="h1", cls=""):
    if isinstance(t, (list, tuple)):
        inner = "<br>".join(esc(x) for x in t)
    else:
        inner = esc(t)
    return "<%s%s>%s</%s>" % (tag, (' class="%s"' % cls) if cls else "", inner, tag)

def page(spec, inner):
    css = CSS % (spec.get("color", "#b0201a"), spec.get("color2", "#8c1510")) + spec.get("css", "")
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>\n<style>%s</style></head>\n<body>\n%s\n</body></html>\n'
            % (spec.get("lang", "zh-CN"), esc(spec.get("doctitle", spec["gold_title"] + "_" + spec["site"])), css, inner))

def ul(items):
    return "<ul>" + "".join("<li><a href=\"#\">%s</a></li>" % esc(x) for x in items) + "</ul>"

def navbar(items, sep="\n"):
    return '<div class="nav"><div class="w">' + sep.join('<a href="#">%s</a>' % esc(x) for x in items) + "</div></div>"

# ---------------- families ----------------

def gov_new(s):
    """2020s portal: top bar with 长者模式, banner, search, nav, breadcrumb."""
    top = '<div class="top"><div class="w">' + "".join("<span>%s</span>" % esc(x) for x in s.get("topbar", ["欢迎访问" + s["site"], "无障碍", "长者模式", "繁體", "移动版", "登录", "注册"])) + "</div></div>"
    ban = '<div class="ban"><div class="w">%s<small>%s</small> <input type="text" placeholder="%s"><button>搜索</button></div></div>' % (
        esc(s["site"]), esc(s.get("slogan", "")), esc(s.get("placeholder", "请输入关键词")))
    crumb = '<div class="w crumb">%s</div>' % esc(s["crumb"])
    art = ['<div class="w art">']
    art.append(s.get("pre_title", ""))
    if s.get("meta_above"):
        art.append('<div class="meta">%s</div>' % s["meta"])
        art.append(title_html(s["title"]))
    else:
        art.append(title_html(s["title"]))
        art.append('<div class="meta">%s</div>' % s["meta"])
    art.append('<div class="body">%s</div>' % body_html(s["body"]))
    art.append(s.get("after", ""))
    art.append('<div>%s</div>' % s.get("tools", "【打印本页】 【关闭窗口】"))
    if s.get("prevnext"):
        art.append("<p>上一篇：%s</p><p>下一篇：%s</p>" % tuple(map(esc, s["prevnext"])))
    if s.get("related"):
        art.append('<div class="side"><h3>%s</h3>%s</div>' % (esc(s.get("related_head", "相关链接")), ul(s["related"])))
    art.append("</div>")
    qr = '<div class="w"><img src="data:," alt="二维码" width="90" height="90"><p>扫一扫在手机打开当前页</p></div>' if s.get("qr", True) else ""
    foot = '<div class="foot">%s</div>' % s["footer"]
    return page(s, top + ban + navbar(s["nav"]) + crumb + "\n".join(art) + qr + foot)

def gov_old(s):
    """2010s table layout with 【字体：大 中 小】【打印】【关闭】."""
    rows = []
    rows.append('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td bgcolor="%s" height="90"><font size="6" color="#fff"><b>%s</b></font></td><td bgcolor="%s" align="right"><font color="#fff">%s</font></td></tr></table>'
                % (s.get("color", "#1a4f9c"), esc(s["site"]), s.get("color", "#1a4f9c"), esc(s.get("topright", "设为首页 | 加入收藏 | 联系我们"))))
    rows.append('<table width="980" align="center"><tr>' + "".join('<td align="center" bgcolor="#ddd"><a href="#">%s</a></td>' % esc(x) for x in s["nav"]) + "</tr></table>")
    rows.append('<table width="980" align="center"><tr><td>%s</td><td align="right">站内搜索：<input type="text" value="" placeholder="%s"> <input type="submit" value="搜 索"></td></tr></table>'
                % (esc(s["crumb"]), esc(s.get("placeholder", "请输入搜索内容"))))
    main = ['<table width="980" align="center" cellpadding="10"><tr><td>']
    if s.get("record"):
        main.append(s["record"])
    main.append(title_html(s["title"]))
    main.append('<table width="100%%"><tr><td align="center"><font color="#666">%s</font></td></tr></table>' % s["meta"])
    main.append('<div class="body">%s</div>' % body_html(s["body"]))
    main.append(s.get("after", ""))
    main.append('<table width="100%%"><tr><td align="right">%s</td></tr></table>' % s.get("tools", "【字体：大 中 小】【打印】【关闭】"))
    if s.get("prevnext"):
        main.append("<div>上一篇：%s<br>下一篇：%s</div>" % tuple(map(esc, s["prevnext"])))
    if s.get("related"):
        main.append('<div class="side"><b>%s</b>%s</div>' % (esc(s.get("related_head", "相关文章")), ul(s["related"])))
    main.append("</td></tr></table>")
    foot = '<table width="980" align="center" bgcolor="#eee"><tr><td align="center"><font size="2">%s</font></td></tr></table>' % s["footer"]
    return page(s, "\n".join(rows) + "\n".join(main) + foot)

def record_table(fields, colon=True, cols=2):
    """Information-disclosure record table: 索引号/发文机关/... fields list of (k, v)."""
    sep = "：" if colon else ""
    cells = ['<td bgcolor="#f4f4f4">%s%s</td><td>%s</td>' % (esc(k), sep, esc(v)) for k, v in fields]
    trs = ["<tr>" + "".join(cells[i:i + cols]) + "</tr>" for i in range(0, len(cells), cols)]
    return '<table width="100%" class="rec">' + "".join(trs) + "</table>"

def portal(s):
    """News portal: logo row, channel nav, article with side hot list."""
    top = '<div class="top"><div class="w">%s</div></div>' % s.get("topbar", "")
    ban = '<div class="ban"><div class="w">%s <small>%s</small></div></div>' % (esc(s["site"]), esc(s.get("slogan", "")))
    art = ['<div class="w" style="display:flex"><div class="art" style="width:760px">']
    art.append('<div class="crumb">%s</div>' % esc(s["crumb"]))
    art.append(s.get("pre_title", ""))
    if s.get("kicker"):
        art.append('<div class="kick">%s</div>' % s["kicker"])
    art.append(title_html(s["title"]))
    if s.get("subtitle"):
        art.append('<div class="sub">%s</div>' % esc(s["subtitle"]))
    art.append('<div class="meta">%s</div>' % s["meta"])
    art.append('<div class="body">%s</div>' % body_html(s["body"]))
    art.append(s.get("after", ""))
    if s.get("related"):
        art.append('<div class="side"><h3>%s</h3>%s</div>' % (esc(s.get("related_head", "相关新闻")), ul(s["related"])))
    art.append('</div><div class="side" style="width:300px">')
    if s.get("hot"):
        art.append("<h3>%s</h3>%s" % (esc(s.get("hot_head", "热点排行")), ul(s["hot"])))
    art.append("</div></div>")
    foot = '<div class="foot">%s</div>' % s["footer"]
    return page(s, top + ban + navbar(s["nav"], s.get("navsep", "")) + "\n".join(art) + foot)

def selfmedia(s):
    """Platform article page; s['head'] is the html above the title, s['meta'] below it."""
    css_extra = ".art{width:680px;margin:0 auto}h1{text-align:left}.meta{text-align:left;border:0}"
    s = dict(s); s["css"] = s.get("css", "") + css_extra
    inner = ['<div class="top"><div class="w">%s</div></div>' % s.get("topbar", "")]
    inner.append('<div class="art">')
    inner.append(s.get("head", ""))
    inner.append(title_html(s["title"]))
    inner.append('<div class="meta">%s</div>' % s["meta"])
    inner.append('<div class="body">%s</div>' % body_html(s["body"]))
    inner.append(s.get("after", ""))
    if s.get("related"):
        inner.append('<div class="side"><h3>%s</h3>%s</div>' % (esc(s.get("related_head", "相关推荐")), ul(s["related"])))
    inner.append("</div>")
    inner.append('<div class="foot">%s</div>' % s["footer"])
    return page(s, "\n".join(inner))

def epaper(s):
    """E-paper: edition bar, page list, article with 引题/主标题/副题."""
    head = '<div class="ban"><div class="w">%s <small>%s</small></div></div>' % (esc(s["site"]), esc(s["edition"]))
    bar = '<div class="w crumb">%s</div>' % s["pagebar"]
    left = '<div style="width:330px" class="side"><img src="data:," alt="%s" width="300" height="420"><p>本版标题导航</p>%s</div>' % (esc(s.get("page_img_alt", "版面图")), ul(s["page_titles"]))
    art = ['<div class="art" style="width:720px">']
    art.append(s.get("pre_article", ""))
    if s.get("kicker"):
        art.append('<div class="kick">%s</div>' % esc(s["kicker"]))
    art.append(title_html(s["title"]))
    if s.get("subtitle"):
        art.append('<div class="sub">%s</div>' % esc(s["subtitle"]))
    art.append('<div class="meta">%s</div>' % s.get("meta", ""))
    art.append('<div class="body">%s</div>' % body_html(s["body"]))
    art.append(s.get("after", ""))
    art.append("</div>")
    foot = '<div class="foot">%s</div>' % s["footer"]
    return page(s, head + bar + '<div class="w" style="display:flex">' + left + "\n".join(art) + "</div>" + foot)

FAMILIES = {"gov_new": gov_new, "gov_old": gov_old, "portal": portal, "selfmedia": selfmedia, "epaper": epaper}
