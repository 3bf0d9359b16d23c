# Page templates (builders) for zh-blind20.
from make_lib import *

def title_html(p, tag="h1", cls=""):
    t = p.get("title_lines") or [p["title"]]
    return "<%s%s>%s</%s>" % (tag, (" class=" + cls) if cls else "", "<br>".join(esc(x) for x in t), tag)

def rec_table(p):
    r = p["rec"]; colon = "：" if p.get("rec_colon", True) else ""
    cells = [("索引号", r[0]), ("主题分类", r[1]), ("发文机关", r[2]), ("成文日期", r[3]), ("标题", p["title"]), ("发文字号", r[4]), ("发布日期", r[5])]
    rows = []
    for i in range(0, len(cells), 2):
        rows.append("<tr>" + "".join("<td>%s%s</td><td>%s</td>" % (k, colon, esc(v)) for k, v in cells[i:i + 2]) + "</tr>")
    return "<table class=rec>%s</table>" % "".join(rows)

def gov_new(p):
    body, gold = body_html(p["body"], sub=p.get("sub", "h4"))
    parts = [gov_top(p.get("top", 0)),
             "<div class=ban>%s <span style=font-size:14px>%s</span></div>" % (esc(p["site"]), esc(p.get("slogan", ""))),
             search(p.get("ph", "请输入关键词")),
             "<div class=nav><ul>%s</ul></div>" % "".join("<li>%s</li>" % n for n in p.get("nav", ["首页", "走进" + p["site"].replace("人民政府", ""), "政务公开", "政务服务", "互动交流", "专题专栏"])),
             "<div class=main>",
             "<div class=crumb>%s</div>" % p["crumb"]]
    if p.get("rec"):
        parts.append(rec_table(p))
    info = "<div class=info>%s</div>" % p["info"]
    tools = p.get("tools", "")
    if p.get("label"):
        parts.append("<div class=label style=\"color:#c00\">%s</div>" % esc(p["label"]))
    if p.get("title_pos", "above") == "above":
        parts += [title_html(p), info]
    else:
        parts += [info, title_html(p)]
    if p.get("subtitle_line"):
        parts.append("<p style=text-align:center>%s</p>" % p["subtitle_line"])
    parts.append(tools)
    parts.append("<div class=art>%s</div>" % body)
    parts.append(p.get("after", ""))
    parts.append("<div class=pn>上一篇：<a href=#>%s</a><br>下一篇：<a href=#>%s</a></div>" % tuple(p.get("pn", ["暂无", "暂无"])))
    if p.get("rel"):
        parts.append("<h3>相关链接</h3>" + ul(p["rel"]))
    parts.append("<p>扫一扫在手机打开当前页</p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"二维码\">")
    parts.append("</div>")
    parts.append(p["foot"])
    return doc(p.get("tab", p["title"] + "_" + p["site"]), "new", "\n".join(parts)), gold

def gov_old(p):
    body, gold = body_html(p["body"], indent=True, sub="strong")
    twice = ("<tr><td style=\"background:#dde\">%s</td></tr>" % esc(p["title"])) if p.get("twice") else ""
    inner = ("<table width=980 align=center><tr><td><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"%s\"></td></tr>"
             "<tr><td class=nav>%s</td></tr>"
             "<tr><td>%s　%s</td></tr></table>\n"
             "<table width=980 align=center border=0><tr><td width=200 valign=top>%s</td><td valign=top>"
             "<table width=100%%><tr><td>当前位置：%s</td></tr>%s"
             "<tr><td class=t>%s</td></tr>"
             "<tr><td align=center>%s</td></tr>"
             "<tr><td>%s</td></tr>"
             "<tr><td align=right>%s</td></tr></table></td></tr></table>\n"
             "<table width=980 align=center><tr><td class=f>%s</td></tr></table>"
             % (esc(p["site"]), links(p.get("nav", ["首页", "政务公开", "新闻中心", "招商引资", "便民服务", "领导信箱"])),
                p.get("date_bar", "今天是：2025年6月3日 星期二"), search(p.get("ph", "站内搜索")),
                ul(p.get("leftmenu", ["政务动态", "乡镇动态", "部门动态", "通知公告"]), "lm"),
                p["crumb"], twice, title_html(p, "span"), p["info"], body,
                p.get("tools", "【<a href=#>打印本页</a>】【<a href=#>关闭窗口</a>】"), p["foot"]))
    return doc(p.get("tab", p["title"]), "old", inner), gold

def news(p):
    body, gold = body_html(p["body"], sub=p.get("sub", "h3"))
    en = p.get("lang") == "en"
    parts = ["<div class=hd>%s %s</div>" % (links(p["nav"]), search(p.get("ph", "搜索"), "Go" if en else "搜索"))]
    if p.get("channel"):
        parts.append("<div class=ch>%s</div>" % p["channel"])
    parts.append("<div class=side><h4>%s</h4>%s</div>" % ("Most Popular" if en else "热点排行", ul(p.get("hot", []))))
    parts.append(title_html(p))
    parts.append("<div class=meta>%s</div>" % p["meta"])
    parts.append(p.get("under", ""))
    parts.append("<div class=cont>%s</div>" % body)
    parts.append(p.get("after", ""))
    parts.append("<h4>%s</h4>%s" % (p.get("rel_h", "相关新闻"), ul(p.get("rel", []))))
    parts.append("<div class=foot>%s</div>" % p["foot"])
    return doc(p.get("tab", p["title"]), "news", "\n".join(parts)), gold

def sm(p):
    body, gold = body_html(p["body"], sub=p.get("sub", "h3"))
    parts = ["<div class=bar>%s</div>" % p["bar"], title_html(p), "<div class=acc>%s</div>" % p["meta"],
             p.get("under", ""), "<div class=art>%s</div>" % body, p.get("after", ""), "<div class=foot>%s</div>" % p["foot"]]
    return doc(p.get("tab", p["title"]), "sm", "\n".join(parts)), gold

def ep(p):
    body, gold = body_html(p["body"], sub="strong")
    parts = ["<div class=ephead>%s 电子版 %s</div>" % (esc(p["paper"]), p["date_bar"]),
             "<div class=bm>%s <a href=#>上一版</a> <a href=#>下一版</a> <a href=#>上一期</a> <a href=#>下一期</a> <a href=#>往期回顾</a> <a href=#>PDF版</a></div>" % p["ban"],
             "<div class=left><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"版面缩略图\"><h4>本版新闻</h4>%s</div>" % ul(p["list"]),
             "<div class=ct>"]
    if p.get("yt"):
        parts.append("<div class=yt>%s</div>" % esc(p["yt"]))
    parts.append(title_html(p, "div", "zt"))
    if p.get("ft"):
        parts.append("<div class=ft>%s</div>" % esc(p["ft"]))
    if p.get("au"):
        parts.append("<div class=au>%s</div>" % p["au"])
    parts += [body, "</div>", "<p>%s</p>" % p["zb"], "<div>%s</div>" % p["foot"]]
    return doc(p.get("tab", p["paper"]), "ep", "\n".join(parts)), gold

def inst(p):
    body, gold = body_html(p["body"], sub=p.get("sub", "strong"))
    parts = ["<div class=logo>%s</div>" % esc(p["site"]), "<div class=menu>%s %s</div>" % (links(p["nav"]), search(p.get("ph", "请输入搜索内容"))),
             "<div class=pos>%s</div>" % p["crumb"]]
    if p.get("title_pos", "above") == "above":
        parts += [title_html(p, "h2"), "<div class=sub>%s</div>" % p["meta"]]
    else:
        parts += ["<div class=sub>%s</div>" % p["meta"], title_html(p, "h2")]
    parts += ["<div class=txt>%s</div>" % body, p.get("after", ""), "<div class=bot>%s</div>" % p["foot"]]
    return doc(p.get("tab", p["title"]), "inst", "\n".join(parts)), gold
