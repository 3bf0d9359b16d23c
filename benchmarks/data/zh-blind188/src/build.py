# -*- coding: utf-8 -*-
"""Build html/<id>.html and gold/<id>.json for zh-blind188 from the page data in pages_*.py.
One source of truth: the body blocks of each page are rendered both to HTML and to gold."""
import html as H
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape


def img(alt, cls="", w=1, h=1):
    return '<img src="%s" alt="%s" width="%d" height="%d" class="%s">' % (GIF, e(alt), w, h, cls)


# ---------------------------------------------------------------- body blocks
def blocks(p):
    """Parse the body markup into (type, data) blocks, applying in-paragraph bylines."""
    out = []
    for line in p["body"].strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("# "):
            out.append(("h", line[2:]))
        elif line.startswith("- "):
            out.append(("li", line[2:]))
        elif line.startswith("| "):
            out.append(("tr", [c.strip() for c in line[2:].split("|")]))
        elif line.startswith("> "):
            out.append(("q", line[2:]))
        elif line.startswith("@"):
            alt, cap = line[1:].split("|", 1)
            out.append(("img", (alt, cap)))
        else:
            out.append(("p", line))
    bp = p.get("byline_pos")
    if bp == "inpara_lead":
        i = next(i for i, b in enumerate(out) if b[0] == "p")
        out[i] = ("p", p["byline"] + out[i][1])
    if bp == "closing_paren":
        i = max(i for i, b in enumerate(out) if b[0] == "p")
        out[i] = ("p", out[i][1] + "（" + p["byline"] + "）")
    return out


def gold_paras(bl):
    res = []
    for t, d in bl:
        if t in ("p", "h", "li", "q"):
            res.append(d)
        elif t == "tr":
            res.append(" ".join(d))
    return res


def body_html(bl, style):
    """style: 'p' (plain <p>), 'indent' (full-width-space indents), 'div' (div lines), 'br' (br lines)."""
    o = []
    i = 0
    pref = "\u3000\u3000" if style == "indent" else ""
    while i < len(bl):
        t, d = bl[i]
        if t == "p":
            if style == "div":
                o.append("<div class=\"para\">%s</div>" % e(d))
            elif style == "br":
                o.append("%s%s<br><br>" % ("&nbsp;&nbsp;&nbsp;&nbsp;", e(d)))
            else:
                o.append("<p>%s%s</p>" % (pref, e(d)))
        elif t == "h":
            if style == "br":
                o.append("<b>%s</b><br><br>" % e(d))
            else:
                o.append("<h3 class=\"sub\">%s</h3>" % e(d) if style != "indent"
                         else "<p>%s<strong>%s</strong></p>" % (pref, e(d)))
        elif t == "q":
            o.append("<blockquote>%s</blockquote>" % e(d))
        elif t == "img":
            alt, cap = d
            o.append("<p class=\"pic\" style=\"text-align:center\">%s</p><p class=\"caption\">%s</p>" % (img(alt, "photo", 600, 360), e(cap)))
        elif t == "li":
            items = []
            while i < len(bl) and bl[i][0] == "li":
                items.append(bl[i][1])
                i += 1
            if style in ("indent", "br"):
                o.extend("<p>%s%s</p>" % (pref, e(x)) for x in items)
            else:
                o.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in items))
            continue
        elif t == "tr":
            rows = []
            while i < len(bl) and bl[i][0] == "tr":
                rows.append(bl[i][1])
                i += 1
            tr = ["<tr>%s</tr>" % "".join(("<th>%s</th>" if k == 0 else "<td>%s</td>") % e(c) for c in r) if False else
                  "<tr>%s</tr>" % "".join(("<th>%s</th>" if j == 0 else "<td>%s</td>") % e(c) for c in r)
                  for j, r in enumerate(rows)]
            o.append("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">%s</table>" % "".join(tr))
            continue
        i += 1
    return "\n".join(o)


# ---------------------------------------------------------------- furniture
def icp(p, n):
    prov = {"江苏": "苏", "四川": "蜀", "海南": "琼", "甘肃": "陇"}[p["province"]]
    code = {"江苏": "32", "四川": "51", "海南": "46", "甘肃": "62"}[p["province"]]
    num = int(p["id"][3:])
    return ("%sICP备%d号-%d" % (prov, 10382461 + num * 7919 % 900000, n),
            "%s公网安备 %s0%d02%06d号" % (prov, code, num % 9 + 1, 381200 + num * 311))


def views(p):
    return 300 + int(p["id"][3:]) * 137 % 4000


def info_text(p, sep):
    parts = []
    lab_t = "发布时间：" if p["kind"] == "government" else "时间："
    if p.get("byline_pos") == "info" and p.get("byline"):
        b = p["byline"]
        if "：" not in b and not b.startswith("文"):
            b = "作者：" + b
        parts.append(b)
    parts.insert(0, lab_t + p["time"])
    parts.append("来源：" + p["source"])
    return parts


def infobar(p, with_views=True, with_font=True):
    glued = p.get("info") == "glued"
    parts = info_text(p, "")
    spans = ["<span>%s</span>" % e(x) for x in parts]
    if with_views:
        spans.append("<span>浏览次数：%d</span>" % views(p))
    if with_font:
        spans.append('<span class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>')
    joiner = "" if glued else "&nbsp;&nbsp;&nbsp;&nbsp;"
    return '<div class="info">%s</div>' % joiner.join(spans)


def byline_line(p, where):
    bp = p.get("byline_pos")
    if bp == where and p.get("byline"):
        cls = "author" if where == "first" else "endauthor"
        return '<p class="%s">%s</p>' % (cls, e(p["byline"]))
    return ""


def arrange(p, h1, info, body):
    pos = p.get("info_pos", "below")
    first, closing = byline_line(p, "first"), byline_line(p, "closing")
    bottom = byline_line(p, "bottom")
    if pos == "above":
        return info + h1 + first + body + closing + bottom
    if pos == "bottom":
        return h1 + first + body + closing + bottom + info
    return h1 + info + first + body + closing + bottom


def page(title, css, body, charset="utf-8"):
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="%s">\n<title>%s</title>\n'
            '<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n' % (charset, e(title), css, body))


RELATED_G = ["关于公布2025年度区级部门预算的公告", "全县一季度经济运行情况分析", "我县召开安全生产工作会议",
             "2025年城乡居民养老保险缴费标准公布", "县政府常务会议研究部署近期重点工作"]
RELATED_M = ["暑期文旅消费持续升温", "城区新增12处口袋公园", "高考成绩明日起可查询", "今年首批“小巨人”企业名单公布",
             "一图读懂：新版医保目录"]

# ---------------------------------------------------------------- templates
CSS_GOV_TABLE = """body{margin:0;background:#e9eef4;font:12px/1.8 "宋体",SimSun,serif;color:#333}
.wrap{width:1000px;margin:0 auto;background:#fff}
.top td{font-size:12px;color:#666}.banner{height:110px;background:#0a57a4;color:#fff;font-size:32px;font-weight:bold;padding-left:30px}
.nav td{background:#c41a1a;color:#fff;text-align:center;font-size:14px;height:36px}
.pos{padding:8px 12px;border-bottom:1px dashed #ccc}
h1{font-size:22px;color:#c41a1a;text-align:center;margin:20px 0 10px}
.info{text-align:center;color:#888;border-bottom:1px solid #ddd;padding-bottom:8px}
.content{padding:10px 40px;font-size:16px;line-height:2}
.content p{margin:0 0 10px}.caption{text-align:center;font-size:13px;color:#666}
.tools{text-align:right;padding:10px 40px}.footer td{background:#0a57a4;color:#fff;text-align:center;font-size:12px}"""


def gov_table(p, bl):
    icp1, gab = icp(p, 1)
    nav = "".join("<td>%s</td>" % x for x in ["首页", "政务动态", "信息公开", "政务服务", "互动交流", "走进" + p["site"][:2]])
    h1 = "<h1>%s</h1>" % e(p["title"])
    body = '<div class="content">%s</div>' % body_html(bl, "indent")
    main = arrange(p, h1, infobar(p), body)
    html = """<table class="wrap" width="1000" cellspacing="0" cellpadding="0" align="center">
<tr class="top"><td>今天是：2025年 &nbsp; <a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">长者模式</a></td></tr>
<tr><td class="banner">%s</td></tr>
<tr><td><table class="nav" width="100%%" cellspacing="1"><tr>%s</tr></table></td></tr>
<tr><td class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">工作动态</a></td></tr>
<tr><td>%s
<div class="tools">【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</div>
<div style="padding:0 40px">上一篇：<a href="#">%s</a><br>下一篇：<a href="#">%s</a></div>
</td></tr>
<tr><td><table class="footer" width="100%%"><tr><td>主办：%s办公室 &nbsp; 承办：%s大数据中心<br>
网站标识码：%s &nbsp; <a href="#">%s</a> &nbsp; %s<br>地址：%s人民路88号 &nbsp; 联系电话：0%d-%d</td></tr></table></td></tr>
</table>""" % (e(p["site"]), nav, main, RELATED_G[0], RELATED_G[1], e(p["site"]), e(p["site"][:3]),
               "32%08d" % (int(p["id"][3:]) * 12347), icp1, gab, e(p["site"][:3]), 510 + int(p["id"][3:]), 5820000 + int(p["id"][3:]) * 313)
    return page(p["title"] + "_" + p["site"], CSS_GOV_TABLE, html, "gb2312")


CSS_GOV_DIV = """body{margin:0;font-family:"Microsoft YaHei",sans-serif;background:#f5f5f5;color:#222}
.topbar{background:#f0f0f0;border-bottom:1px solid #ddd;font-size:12px;padding:4px 10%}.topbar a{margin-right:12px;color:#555}
.head{background:linear-gradient(#1f6fc5,#0b4a94);color:#fff;padding:24px 10%;display:flex;justify-content:space-between;align-items:center}
.head .name{font-size:30px;font-weight:bold}.search input{width:220px;height:28px}.search button{height:32px}
.menu{background:#0b4a94;padding:0 10%}.menu a{color:#fff;display:inline-block;padding:10px 18px;text-decoration:none}
.main{width:80%;margin:16px auto;background:#fff;padding:20px 50px}
.crumb{font-size:13px;color:#777;margin-bottom:12px}
h1{font-size:26px;text-align:center;line-height:1.5}.info{font-size:13px;color:#999;text-align:center;margin:10px 0 20px;border-bottom:1px solid #eee;padding-bottom:10px}
.article p{text-indent:2em;font-size:17px;line-height:1.9;margin:0 0 14px}.article h3{font-size:17px;margin:14px 0}
.share{margin-top:20px;font-size:13px;color:#666}.qr{float:right;text-align:center;font-size:12px}
.related{margin-top:30px}.related li{font-size:14px}.foot{background:#333;color:#bbb;text-align:center;font-size:12px;padding:18px}
table.data{border-collapse:collapse;margin:10px auto}table.data td,table.data th{border:1px solid #999;padding:4px 10px}"""


def gov_div(p, bl):
    icp1, gab = icp(p, 1)
    h1 = "<h1>%s</h1>" % e(p["title"])
    body = '<div class="article">%s</div>' % body_html(bl, "p")
    main = arrange(p, h1, infobar(p, True, p["id"] != "sg-09"), body)
    qr = '<div class="qr">%s<br>扫一扫在手机打开当前页</div>' % img("二维码", "qr", 90, 90)
    html = """<div class="topbar"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">简</a>|<a href="#">繁</a><a href="#">English</a><a href="#">政务微博</a><a href="#">政务微信</a></div>
<div class="head"><div class="name">%s</div><form class="search"><input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div>
<div class="menu"><a href="#">首页</a><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">数据发布</a></div>
<div class="main"><div class="crumb">您现在的位置：首页 &gt; 新闻中心 &gt; %s</div>
%s
<div class="share">%s分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> &nbsp; <a href="#">【打印】</a> <a href="#">【关闭】</a></div>
<div class="related"><b>相关阅读</b><ul>%s</ul></div>
</div>
<div class="foot">版权所有：%s &nbsp; 主办：%s办公室 &nbsp; 网站标识码：%s<br>%s &nbsp; %s &nbsp; 建议使用1366×768分辨率浏览</div>""" % (
        e(p["site"]), "通知公告" if "通" in p["title"] or "公示" in p["title"] else "部门动态", main, qr,
        "".join("<li><a href=\"#\">%s</a></li>" % x for x in RELATED_G[1:4]),
        e(p["site"]), e(p["site"]), "51%08d" % (int(p["id"][3:]) * 32117), icp1, gab)
    return page(p["title"], CSS_GOV_DIV, html)


CSS_XXGK = """body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333;background:#fff}
.hd{background:#b81b22;color:#fff;padding:20px 60px;font-size:28px}.hd small{font-size:16px;margin-left:20px}
.crumb{padding:10px 60px;background:#f7f7f7;font-size:13px}
.wrap{padding:10px 60px}table.idx{width:100%;border-collapse:collapse;margin-bottom:20px;background:#f9f4ea}
table.idx td{border:1px solid #e0d3b8;padding:6px 10px;font-size:13px}table.idx td.k{width:110px;color:#8a6d3b;font-weight:bold}
h1{text-align:center;font-size:24px;color:#000}.docno{text-align:center;color:#555}
.doc p{font-size:16px;text-indent:2em;margin:0 0 10px}.doc h3{font-size:16px;margin:10px 0 10px 2em}
.doc p.sign{text-align:right;text-indent:0}.tools{text-align:right;color:#666}.ft{border-top:3px solid #b81b22;text-align:center;color:#666;font-size:12px;padding:14px}"""


def gov_xxgk(p, bl):
    icp1, gab = icp(p, 2)
    rows = [("索引号", p.get("index_no", ""), "主题分类", "综合政务"),
            ("发布机构", p.get("org", p["site"]), "生成日期", p["time"]),
            ("标题", p["title"], None, None),
            ("文号", p.get("docno") or "", "有效性", "有效")]
    tr = []
    for a, b, c, d in rows:
        if c is None:
            tr.append('<tr><td class="k">%s：</td><td colspan="3">%s</td></tr>' % (a, e(b)))
        else:
            tr.append('<tr><td class="k">%s：</td><td>%s</td><td class="k">%s：</td><td>%s</td></tr>' % (a, e(b), c, e(d)))
    bh = body_html(bl, "p")
    # signature lines right aligned: last two paragraphs of official documents
    n = len(bl)
    if p.get("docno") or "公告" in p["title"]:
        for t, d in bl[-2:]:
            bh = bh.replace("<p>%s</p>" % e(d), '<p class="sign">%s</p>' % e(d))
        first = bl[0][1]
        bh = bh.replace("<p>%s</p>" % e(first), '<p style="text-indent:0">%s</p>' % e(first), 1)
    docno = '<p class="docno">%s</p>' % e(p["docno"]) if p.get("docno") else ""
    html = """<div class="hd">%s<small>政府信息公开</small></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">%s</a></div>
<div class="wrap"><table class="idx">%s</table>
<h1>%s</h1>%s
<div class="doc">%s</div>
<div class="tools">【<a href="#">字体：大 中 小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】 &nbsp; 浏览次数：%d</div>
<p>附件：<a href="#">%s.pdf</a></p></div>
<div class="ft">%s &nbsp; 承办：%s &nbsp; 网站标识码：%s<br>%s &nbsp; %s</div>""" % (
        e(p["site"]), "政策解读" if "解读" in p["title"] else "通知公告", "".join(tr), e(p["title"]), docno, bh,
        views(p), e(p["title"]), "主办：" + e(p["site"]), "县政务服务和大数据管理局", "46%08d" % (int(p["id"][3:]) * 7771), icp1, gab)
    return page(p["title"], CSS_XXGK, html)


CSS_SPEECH = CSS_GOV_DIV + "\n.subtitle{text-align:center;font-size:16px;margin:0}.author{text-align:center;font-size:18px;font-family:KaiTi,serif}"


def gov_speech(p, bl):
    icp1, gab = icp(p, 1)
    h1 = "<h1>%s</h1><p class=\"subtitle\">%s</p>" % (e(p["title"]), e(p["subtitle"]))
    body = '<div class="article">%s</div>' % body_html(bl, "p")
    h1 = h1 + byline_line(p, "first")
    p2 = dict(p, byline_pos="none")
    main = arrange(p2, h1, infobar(p), body)
    html = """<div class="topbar"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">移动版</a></div>
<div class="head"><div class="name">%s</div><form class="search"><input type="text" value="" placeholder="站内搜索"><button type="button">搜索</button></form></div>
<div class="menu"><a href="#">首页</a><a href="#">领导之窗</a><a href="#">政务公开</a><a href="#">讲话</a></div>
<div class="main"><div class="crumb">首页 &gt; 领导之窗 &gt; 领导讲话</div>%s
<div class="share"><a href="#">【打印】</a> <a href="#">【关闭】</a></div></div>
<div class="foot">主办：%s办公室 &nbsp; %s &nbsp; %s &nbsp; 网站标识码：%s</div>""" % (
        e(p["site"]), main, e(p["site"]), icp1, gab, "51%08d" % 1010)
    return page(p["title"], CSS_SPEECH, html)


CSS_FLEX = """*{box-sizing:border-box}body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#fafafa}
header{display:flex;align-items:center;justify-content:space-between;padding:12px 6vw;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.08)}
header .logo{font-size:22px;font-weight:700;color:#c00}header nav a{margin:0 10px;color:#333;text-decoration:none}
.container{display:flex;gap:32px;max-width:1180px;margin:24px auto;padding:0 16px}
article{flex:1;background:#fff;padding:32px 40px;border-radius:6px}aside{width:300px}
.kicker{color:#c00;font-size:15px}h1{font-size:30px;line-height:1.35;margin:8px 0 14px}
.info{font-size:13px;color:#8a8a8a;margin:10px 0 22px}.info span{margin-right:14px}
article p{font-size:17px;line-height:1.9;margin:0 0 18px}article h3.sub{font-size:18px;border-left:4px solid #c00;padding-left:10px}
.caption{color:#666;font-size:14px;text-align:center}.author,.endauthor{color:#555}
.sharebar{display:flex;gap:10px;margin-top:24px}.sharebar span{border:1px solid #ddd;border-radius:16px;padding:2px 12px;font-size:13px}
.editor{color:#999;font-size:13px;text-align:right}aside h4{border-bottom:2px solid #c00}aside li{margin:6px 0;font-size:14px}
footer{background:#222;color:#aaa;font-size:12px;text-align:center;padding:20px}"""


def flexpage(p, bl, logo, navs, aside_title, related):
    icp1, gab = icp(p, 3)
    kicker = '<div class="kicker">%s</div>' % e(p["kicker"]) if p.get("kicker") else ""
    h1 = kicker + "<h1>%s</h1>" % e(p["title"])
    body = body_html(bl, "p")
    main = arrange(p, h1, infobar(p, p["kind"] == "government", p["kind"] == "government"), body)
    editor = '<p class="editor">%s</p>' % e(p["editor"]) if p.get("editor") else ""
    return """<header><div class="logo">%s</div><nav>%s</nav><div class="tool"><a href="#">登录</a> <a href="#">长者模式</a></div></header>
<div class="container"><article>%s%s
<div class="sharebar"><span>分享到微信</span><span>微博</span><span>复制链接</span><span>点赞 %d</span></div>
<p class="qr">%s 扫码关注%s客户端</p></article>
<aside><h4>%s</h4><ul>%s</ul></aside></div>
<footer>%s 版权所有 &nbsp; 未经授权禁止转载 &nbsp; %s &nbsp; %s<br>互联网新闻信息服务许可证：%s12020%03d &nbsp; 违法和不良信息举报电话：12377</footer>""" % (
        e(logo), "".join('<a href="#">%s</a>' % x for x in navs), main, editor, views(p) // 7,
        img("二维码", "", 80, 80), e(logo), aside_title, "".join("<li><a href=\"#\">%s</a></li>" % x for x in related),
        e(logo), icp1, gab, "51", int(p["id"][3:]))


def gov_flex(p, bl):
    return page(p["title"], CSS_FLEX, flexpage(p, bl, p["site"], ["首页", "街道概况", "政务公开", "办事服务", "民生热线"],
                                                "热点推荐", RELATED_G[2:]))


def media_flex(p, bl):
    return page(p["title"] + " - " + p["site"], CSS_FLEX,
                flexpage(p, bl, p["site"], ["首页", "时政", "民生", "经济", "文旅", "视频", "评论"], "24小时热榜", RELATED_M))


CSS_PORTAL = """body{margin:0;font:14px/1.7 "Microsoft YaHei",Arial,sans-serif;color:#222}
.top{background:#222;color:#ccc;font-size:12px;padding:4px 0}.w{width:1100px;margin:0 auto}
.logo{font-size:34px;color:#d00;font-weight:bold;padding:16px 0;border-bottom:3px solid #d00}
.channel a{display:inline-block;padding:8px 12px;color:#333;font-size:15px}
.crumb{color:#888;font-size:12px;margin:10px 0}.left{float:left;width:740px}.right{float:right;width:320px}
h1{font-size:28px;line-height:1.4;margin:16px 0 10px}.info{color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:10px}
.art p{font-size:16px;line-height:2;text-indent:2em;margin:12px 0}.art h3{font-size:16px}.caption{text-align:center;text-indent:0 !important;color:#555;font-size:14px}
.editor{text-align:right;color:#666}.right .box{border:1px solid #eee;margin-bottom:14px;padding:8px}.clear{clear:both}
.pn{margin:16px 0;color:#555}.ft{clear:both;background:#f2f2f2;text-align:center;font-size:12px;color:#777;padding:14px;margin-top:30px}"""


def media_portal(p, bl):
    icp1, gab = icp(p, 1)
    h1 = "<h1>%s</h1>" % e(p["title"])
    body = '<div class="art">%s</div>' % body_html(bl, "p")
    main = arrange(p, h1, infobar(p, False, False), body)
    html = """<div class="top"><div class="w">%s &nbsp;|&nbsp; <a href="#">客户端下载</a> | <a href="#">投稿</a> | <a href="#">数字报</a></div></div>
<div class="w"><div class="logo">%s</div>
<div class="channel"><a href="#">首页</a><a href="#">本地</a><a href="#">国内</a><a href="#">国际</a><a href="#">财经</a><a href="#">体育</a><a href="#">图片</a><a href="#">专题</a></div>
<div class="crumb">%s &gt; 新闻中心 &gt; 本地新闻 &gt; 正文</div>
<div class="left">%s<p class="editor">%s</p>
<div class="pn">上一篇：<a href="#">%s</a><br>下一篇：<a href="#">%s</a></div>
<div><b>相关新闻</b><ul>%s</ul></div></div>
<div class="right"><div class="box"><b>热点排行</b><ol>%s</ol></div><div class="box">%s<br>扫码下载客户端</div></div>
<div class="clear"></div></div>
<div class="ft">关于我们 | 联系我们 | 广告服务 | 版权声明<br>Copyright © 2025 %s All Rights Reserved &nbsp; %s &nbsp; %s</div>""" % (
        "2025年", e(p["site"]), e(p["site"]), main, e(p.get("editor", "")), RELATED_M[0], RELATED_M[1],
        "".join("<li><a href=\"#\">%s</a></li>" % x for x in RELATED_M[2:]),
        "".join("<li>%s</li>" % x for x in RELATED_M), img("客户端二维码", "", 100, 100), e(p["site"]), icp1, gab)
    return page(p["title"] + "_" + p["site"], CSS_PORTAL, html)


CSS_MTABLE = """body{margin:0;background:#fff;font:12px/1.6 SimSun,serif}a{color:#036}
.head td{background:#900;color:#fff}.head .logo{font-size:30px;font-weight:bold;padding:10px 20px}
.nav td{background:#eee;text-align:center;font-size:14px;border-right:1px solid #ccc;height:30px}
.title{font-size:24px;font-weight:bold;text-align:center;padding:18px 0 6px;font-family:"Microsoft YaHei"}
.info{text-align:center;color:#666;font-size:12px;background:#f6f6f6;padding:4px}
.con{font-size:15px;line-height:28px;padding:10px 30px}.author{text-align:left;color:#333}.endauthor{text-align:right}
.ed{text-align:right;color:#666;padding:0 30px}.foot td{border-top:2px solid #900;text-align:center;color:#555;padding:10px}"""


def media_table(p, bl):
    icp1, gab = icp(p, 1)
    h1 = '<div class="title">%s</div>' % e(p["title"])
    body = '<div class="con">%s</div>' % body_html(bl, "br" if p["id"] == "sg-16" else "indent")
    main = arrange(p, h1, infobar(p, True, True), body)
    html = """<table width="960" align="center" cellspacing="0" cellpadding="0">
<tr class="head"><td class="logo">%s</td><td align="right">%s &nbsp; <a href="#" style="color:#fff">电子版</a> | <a href="#" style="color:#fff">网站地图</a></td></tr>
<tr><td colspan="2"><table class="nav" width="100%%" cellspacing="0"><tr><td>首页</td><td>新闻</td><td>视频</td><td>直播</td><td>专题</td><td>问政</td></tr></table></td></tr>
<tr><td colspan="2" style="padding:6px 10px">您当前的位置 ：<a href="#">首页</a> &gt;&gt; <a href="#">本地新闻</a></td></tr>
<tr><td colspan="2">%s<div class="ed">%s</div>
<div style="padding:10px 30px">【<a href="#">打印</a>】 【<a href="#">关闭</a>】 【<a href="#">顶部</a>】</div></td></tr>
<tr class="foot"><td colspan="2">%s 版权所有 不得转载<br>%s &nbsp; %s &nbsp; 广播电视节目制作经营许可证 （甘）字第%05d号</td></tr>
</table>""" % (e(p["site"]), img("天气", "", 16, 16) + "今日晴", main, e(p.get("editor", "")), e(p["site"]), icp1, gab, 311 + int(p["id"][3:]))
    return page(p["title"], CSS_MTABLE, html, "gb2312")


CSS_EN = """body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#111;background:#fff}
.mast{border-bottom:1px solid #ccc;padding:14px 8%;display:flex;justify-content:space-between;align-items:center}
.mast .logo{font-size:30px;font-weight:bold;letter-spacing:1px}.sec a{font-family:Arial,sans-serif;font-size:13px;margin:0 8px;color:#333;text-transform:uppercase}
.story{max-width:760px;margin:30px auto}.crumb{font-family:Arial;font-size:12px;color:#a00;text-transform:uppercase}
h1{font-size:36px;line-height:1.2}.info{font-family:Arial;font-size:13px;color:#666;margin:12px 0 24px}.info span{margin-right:12px}
.story p{font-size:18px;line-height:1.7}.tags{font-family:Arial;font-size:12px}.more li{font-family:Arial;font-size:14px}
footer{background:#0d2240;color:#ccd;padding:20px 8%;font-family:Arial;font-size:12px}"""


def media_en(p, bl):
    icp1, gab = icp(p, 1)
    h1 = "<h1>%s</h1>" % e(p["title"])
    glued = p.get("info") == "glued"
    parts = [p["byline"], ("Updated: " if glued else "") + p["time"]]
    info = '<div class="info">%s</div>' % ("".join if glued else " | ".join)(["<span>%s</span>" % e(x) for x in parts])
    body = body_html(bl, "p")
    main = arrange(dict(p, byline_pos="none"), h1, info, body)
    html = """<div class="mast"><div class="logo">%s</div><div class="sec"><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">中文</a></div></div>
<div class="story"><div class="crumb">Home / Business / Economy</div>%s
<div class="tags">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WeChat</a> <a href="#">Email</a></div>
<div class="more"><h4>Related stories</h4><ul><li><a href="#">Province unveils plan to boost new energy vehicles</a></li><li><a href="#">Port cargo volume hits record high</a></li></ul></div></div>
<footer>Copyright 2025 %s. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to %s.<br>%s &nbsp; %s</footer>""" % (
        e(p["site"]), main, e(p["site"]), e(p["site"]), icp1, gab)
    return page(p["title"], CSS_EN, html).replace('lang="zh-CN"', 'lang="en"')


CSS_WX = """body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC",sans-serif;color:#333}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
h1.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.meta{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}.meta a{color:#576b95;text-decoration:none}.meta span{margin-right:8px}
.rich_media_content p{font-size:17px;line-height:1.75;letter-spacing:.5px;margin:0 0 16px}
.rich_media_content h3.sub{font-size:17px;color:#fff;background:#2f8fdd;display:inline-block;padding:2px 12px;border-radius:4px}
blockquote{border-left:3px solid #dbdbdb;color:#888;padding-left:12px;margin:10px 0}
.author{color:#888;font-size:15px}.tail{font-size:14px;color:#888;margin-top:24px}.tail span{margin-right:16px}
.qr_code{text-align:center;font-size:13px;color:#888;margin-top:20px}"""


def sm_wechat(p, bl):
    body = body_html(bl, "p")
    first = byline_line(p, "first")
    html = """<div class="rich_media"><h1 class="rich_media_title">%s</h1>
<div class="meta"><span>原创</span><span><a href="#">%s</a></span><em>%s</em> <span>%s</span></div>
<div class="rich_media_content">%s%s
<p style="text-align:center">%s</p></div>
<p class="qr_code">%s<br>长按识别二维码关注我们</p>
<div class="tail"><span>阅读 %d</span><span>分享</span><span>推荐</span><span>在看 %d</span></div>
<div class="tail">留言 &nbsp; 写留言</div></div>""" % (
        e(p["title"]), e(p["site"]), e(p["time"]), "江苏" if p["province"] == "江苏" else "甘肃",
        first, body, "— END —", img(p["site"] + "二维码", "", 120, 120), views(p) * 3, views(p) // 20)
    return page(p["title"], CSS_WX, html)


CSS_TT = """body{margin:0;font-family:"PingFang SC",Arial,sans-serif;background:#f8f8f8;color:#222}
.bar{display:flex;justify-content:space-between;align-items:center;background:#fff;padding:10px 20px;border-bottom:1px solid #eee}
.bar .brand{color:#f04142;font-weight:bold;font-size:20px}.openapp{background:#f04142;color:#fff;padding:4px 14px;border-radius:14px}
.article{max-width:680px;margin:16px auto;background:#fff;padding:24px}
h1{font-size:26px;line-height:1.4}.user{display:flex;align-items:center;gap:10px;color:#999;font-size:13px;margin-bottom:20px}
.user .name{color:#222;font-size:15px}.follow{border:1px solid #f04142;color:#f04142;padding:0 10px;border-radius:4px}
.article p{font-size:17px;line-height:1.8;margin:0 0 16px}.article h3.sub{font-size:18px}
table.data{border-collapse:collapse;width:100%}table.data td,table.data th{border:1px solid #ccc;padding:6px}
.actions{display:flex;gap:20px;color:#666;font-size:14px;border-top:1px solid #eee;padding-top:12px}
.comments{max-width:680px;margin:0 auto;background:#fff;padding:16px 24px;font-size:14px}.declare{color:#999;font-size:13px}"""


def sm_toutiao(p, bl):
    body = body_html(bl, "p")
    brand = p["site"]
    html = """<div class="bar"><span class="brand">%s</span><span class="openapp">打开APP</span></div>
<div class="article"><h1>%s</h1>
<div class="user">%s<span class="name">%s</span><span>%s</span><span>·</span><span>%s</span><span class="follow">+ 关注</span></div>
%s
<p class="declare">本文为%s作者原创，未经授权不得转载</p>
<div class="actions"><span>赞 %d</span><span>评论 %d</span><span>收藏</span><span>分享</span></div></div>
<div class="comments"><b>全部评论（%d）</b><p>用户6203***：说得太对了，做生意就是要实在。</p><p>走遍大西北：收藏了，下个月去！</p><p>展开更多评论</p></div>""" % (
        e(brand), e(p["title"]), img("头像", "", 36, 36), e(p["authors"][0]), e(p["time"]), "发布于" + ("四川" if p["province"] == "四川" else "甘肃"),
        body, e(brand), views(p) // 3, views(p) // 50, views(p) // 50)
    return page(p["title"], CSS_TT, html)


CSS_WB = """body{margin:0;background:#f2f2f5;font-family:"PingFang SC","Microsoft YaHei",sans-serif;font-size:14px}
.nav{background:#fff;padding:8px 10%;display:flex;gap:20px;border-bottom:1px solid #e6e6e6}.nav .logo{color:#e6162d;font-weight:bold}
.card{max-width:600px;margin:16px auto;background:#fff;border-radius:4px;padding:16px}
.head{display:flex;gap:10px;align-items:center}.nick{font-weight:bold;color:#333}.from{color:#939393;font-size:12px}
.detail p{font-size:15px;line-height:1.7;margin:8px 0}.pics img{width:120px;height:120px;background:#ddd;margin:2px}
.toolbar{display:flex;justify-content:space-around;border-top:1px solid #f0f0f0;margin-top:12px;padding-top:8px;color:#808080}
.cmt{max-width:600px;margin:0 auto;background:#fff;padding:10px 16px;color:#333}"""


def sm_weibo(p, bl):
    body = body_html(bl, "p")
    html = """<div class="nav"><span class="logo">微博</span><span>首页</span><span>热门</span><span>大家正在搜：台风</span><span>登录/注册</span></div>
<div class="card"><div class="head">%s<div><div class="nick">%s</div><div class="from">%s 来自 微博视频号 已编辑</div></div><span>+关注</span></div>
<div class="detail">%s</div>
<div class="pics">%s%s%s</div>
<div class="toolbar"><span>转发 %d</span><span>评论 %d</span><span>赞 %d</span></div></div>
<div class="cmt"><b>按热度</b><p>海边小椰：太好了，希望小玳瑁平安长大！</p><p>潜水员阿凯：我们去年在这片海也见过海龟。</p><p>查看全部%d条评论</p></div>""" % (
        img("头像", "", 40, 40), e(p["authors"][0]), e(p["time"]), body,
        img("玳瑁在沙滩上产卵"), img("工作人员设置警戒线"), img("产卵区域围护"), views(p), views(p) // 4, views(p) * 5, views(p) // 4)
    return page(p["title"], CSS_WB, html)


CSS_APP = """body{margin:0;background:#fff;font-family:"PingFang SC",sans-serif}
.dl{position:sticky;top:0;display:flex;justify-content:space-between;align-items:center;background:#1d5fbf;color:#fff;padding:8px 14px}
.dl b{font-size:16px}.dl .btn{background:#fff;color:#1d5fbf;border-radius:12px;padding:2px 12px}
.wrap{padding:16px 18px}h1{font-size:23px;line-height:1.4}.src{color:#888;font-size:13px;display:flex;flex-wrap:wrap;gap:8px}
.wrap p{font-size:17px;line-height:1.8}.cover img{width:100%;height:200px;background:#ddd}
.hot{border-top:8px solid #f4f4f4;padding:12px 18px}.hot li{font-size:15px;margin:8px 0}.bottom{text-align:center;color:#aaa;font-size:12px;padding:16px}"""


def sm_app(p, bl):
    body = body_html(bl, "p")
    html = """<div class="dl"><b>%s</b><span>打开APP阅读全文</span><span class="btn">下载</span></div>
<div class="wrap"><div class="cover">%s</div><h1>%s</h1>
<div class="src"><span>%s</span><span>%s</span><span>阅读 %d</span></div>
%s
<p style="color:#999;font-size:14px">责任编辑：周晴</p></div>
<div class="hot"><b>热门推荐</b><ul>%s</ul></div>
<div class="bottom">%s · 苏州新闻客户端</div>""" % (
        e(p["site"]), img("大儒巷微更新后的街景", "", 360, 200), e(p["title"]), e(p["byline"]), e(p["time"]), views(p) * 9, body,
        "".join("<li>%s</li>" % x for x in RELATED_M[:4]), e(p["site"]))
    return page(p["title"], CSS_APP, html)


CSS_EP = """body{margin:0;background:#e8e2d4;font-family:SimSun,"宋体",serif;font-size:14px}
.top{background:#8b0000;color:#fff;padding:10px 20px;display:flex;justify-content:space-between;align-items:center}
.top .paper{font-size:28px;font-weight:bold;letter-spacing:4px}
.bar{background:#f5efe0;padding:6px 20px;border-bottom:1px solid #c9b98f}
.frame{display:flex;gap:10px;padding:10px}.left{width:360px;background:#fff;padding:10px;border:1px solid #c9b98f}
.pagepic{width:340px;height:480px;background:#ddd}.center{flex:1;background:#fff;padding:20px 30px;border:1px solid #c9b98f}
.right{width:240px;background:#fff;padding:10px;border:1px solid #c9b98f}.right li{margin:6px 0}
.yinti{text-align:center;font-size:16px;color:#333}.zhuti{text-align:center;font-size:28px;font-weight:bold;font-family:"Microsoft YaHei";margin:8px 0}
.futi{text-align:center;font-size:16px;color:#555}.author{text-align:center;font-family:KaiTi,serif}.endauthor{text-align:right}
.center p{font-size:16px;line-height:1.9;text-indent:2em;margin:0 0 10px}.center p.author,.center p.endauthor{text-indent:0}
.pages a{margin-right:6px}.foot{text-align:center;color:#666;font-size:12px;padding:14px}"""


def epaper(p, bl, listfirst):
    icp1, gab = icp(p, 1)
    stack = ""
    if p.get("kicker"):
        stack += '<p class="yinti">%s</p>' % e(p["kicker"])
    stack += '<div class="zhuti">%s</div>' % e(p["title"])
    if p.get("subtitle"):
        stack += '<p class="futi">%s</p>' % e(p["subtitle"])
    first = byline_line(p, "first")
    closing = byline_line(p, "closing")
    titles = [p["title"]] + p.get("others", [])
    pagelist = "".join('<li><a href="#">%s</a></li>' % e(t) for t in titles)
    pages = " ".join('<a href="#">%s</a>' % x for x in (["A01：要闻", "A02：要闻", "A03：自贸港", "A04：综合", "B01：城事", "B02：城事"]
                                                            if p["page_no"].startswith(("A", "B")) else
                                                            ["第01版：一版要闻", "第02版：经济新闻", "第03版：综合", "第04版：专题", "第05版：乡村振兴", "第06版：副刊"]))
    right = '<div class="right"><b>本版标题</b><ul>%s</ul><p><a href="#">上一版</a> <a href="#">下一版</a></p><p><a href="#">往期回顾</a></p></div>' % pagelist
    left = '<div class="left"><div>%s：%s</div>%s<p>PDF版 <a href="#">下载</a></p></div>' % (
        e(p["page_no"]), e(p["page_name"]), img("版面缩略图", "pagepic", 340, 480))
    center = '<div class="center">%s%s%s%s<p style="text-indent:0;color:#888">%s</p></div>' % (
        stack, first, body_html(bl, "p"), closing, "【返回目录】 【上一篇】 【下一篇】")
    mid = (right + center + left) if listfirst else (left + center + right)
    html = """<div class="top"><span class="paper">%s</span><span>%s &nbsp; %s</span></div>
<div class="bar">日期：%s &nbsp; <span class="pages">版次导航：%s</span> &nbsp; 当前：%s %s</div>
<div class="frame">%s</div>
<div class="foot">%s 版权所有 &nbsp; %s &nbsp; %s</div>""" % (
        e(p["site"]), e(p["issue"]), "<a href=\"#\" style=\"color:#fff\">返回首页</a>",
        e(p["time"]), pages, e(p["page_no"]), e(p["page_name"]), mid, e(p["site"]), icp1, gab)
    return page(p["title"] + " - " + p["site"], CSS_EP, html)


def epaper_frame(p, bl):
    return epaper(p, bl, False)


def epaper_list(p, bl):
    return epaper(p, bl, True)


def inst_uni(p, bl):
    css = CSS_PORTAL.replace("#d00", "#154a8a") + "\n.review{color:#666;text-align:right}"
    icp1, gab = icp(p, 1)
    h1 = "<h1>%s</h1>" % e(p["title"])
    main = arrange(p, h1, infobar(p, True, False), '<div class="art">%s</div>' % body_html(bl, "p"))
    html = """<div class="w"><div class="logo">%s · 新闻网</div>
<div class="channel"><a href="#">首页</a><a href="#">学校要闻</a><a href="#">综合新闻</a><a href="#">学院动态</a><a href="#">媒体江理</a><a href="#">校园文化</a></div>
<div class="crumb">当前位置：首页 &gt; 综合新闻</div>%s<p class="review">%s</p>
<div class="pn">上一条：<a href="#">学校召开2025年暑期工作会议</a><br>下一条：<a href="#">我校新增3个国家级一流本科专业建设点</a></div>
<div class="ft">版权所有 %s 党委宣传部 &nbsp; 地址：江苏省淮溪市学府路1号 &nbsp; 邮编：223001<br>%s &nbsp; %s</div></div>""" % (
        e(p["site"]), main, e(p["editor"]), e(p["site"]), icp1, gab)
    return page(p["title"] + "-" + p["site"], css, html)


def inst_hospital(p, bl):
    css = CSS_GOV_DIV.replace("#1f6fc5", "#12a39a").replace("#0b4a94", "#0d7d75")
    icp1, gab = icp(p, 1)
    h1 = "<h1>%s</h1>" % e(p["title"])
    main = arrange(p, h1, infobar(p, True, True), '<div class="article">%s</div>' % body_html(bl, "p"))
    html = """<div class="topbar"><a href="#">预约挂号</a><a href="#">就诊指南</a><a href="#">长者模式</a>服务热线：028-8639 2120</div>
<div class="head"><div class="name">%s</div><form class="search"><input type="text" placeholder="搜索科室、医生"><button type="button">搜索</button></form></div>
<div class="menu"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻动态</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">健康科普</a></div>
<div class="main"><div class="crumb">首页 &gt; 新闻动态 &gt; 医院新闻</div>%s
<div class="share">%s 关注医院微信公众号 &nbsp; <a href="#">【打印】</a></div></div>
<div class="foot">%s &nbsp; 地址：锦江市青石区健康路36号 &nbsp; %s &nbsp; %s<br>本网站信息仅供参考，不能作为诊断及医疗的依据</div>""" % (
        e(p["site"]), main, img("医院公众号二维码", "", 80, 80), e(p["site"]), icp1, gab)
    return page(p["title"], css, html)


def inst_soe(p, bl):
    return page(p["title"], CSS_FLEX.replace("#c00", "#0a5ca8"),
                flexpage(p, bl, p["site"], ["首页", "走进港航", "新闻中心", "党建工作", "业务板块", "联系我们"], "新闻中心", RELATED_M[:3]))


def inst_court(p, bl):
    css = CSS_GOV_TABLE.replace("#0a57a4", "#7a1010").replace("#c41a1a", "#a0001c")
    return gov_table(dict(p, site=p["site"]), bl).replace(CSS_GOV_TABLE, css).replace("政务动态", "法院新闻").replace("信息公开", "审判执行").replace("政务服务", "诉讼服务")


def inst_assoc(p, bl):
    icp1, gab = icp(p, 1)
    docno = '<p class="docno">%s</p>' % e(p["docno"])
    h1 = "<h1>%s</h1>" % e(p["title"])
    bh = body_html(bl, "p")
    for t, d in bl[-2:]:
        bh = bh.replace("<p>%s</p>" % e(d), '<p class="sign">%s</p>' % e(d))
    css = CSS_XXGK.replace("#b81b22", "#3b7a2a") + "\n.info{text-align:center;color:#888}"
    main = arrange(p, docno + h1, infobar(p, True, False), '<div class="doc">%s</div>' % bh)
    html = """<div class="hd">%s<small>Jiangsu Tea Industry Association</small></div>
<div class="crumb">首页 &gt; 通知公告</div><div class="wrap">%s
<p>附件：<a href="#">2025年第六届“江苏好茶”评选报名表.docx</a></p></div>
<div class="ft">%s 秘书处 &nbsp; 地址：南京市玄武区茶韵路9号 &nbsp; %s</div>""" % (e(p["site"]), main, e(p["site"]), icp1)
    return page(p["title"], css, html)


TPL = {k: v for k, v in globals().items() if callable(v) and k in (
    "gov_table", "gov_div", "gov_xxgk", "gov_speech", "gov_flex", "media_portal", "media_flex", "media_table",
    "media_en", "sm_wechat", "sm_toutiao", "sm_weibo", "sm_app", "epaper_frame", "epaper_list",
    "inst_uni", "inst_hospital", "inst_soe", "inst_court", "inst_assoc")}

ALL = A + B + C


def gold(p, bl):
    lang = p.get("lang", "zh")
    authors = [a if lang == "en" else a.replace(" ", "").replace("\u3000", "") for a in p["authors"]]
    return {"id": p["id"], "set": "zh-blind188", "lang": lang, "kind": p["kind"], "title": p["title"],
            "authors": authors, "publish_time": p["time"], "body_paragraphs": gold_paras(bl)}


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in ALL:
        bl = blocks(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(TPL[p["tpl"]](p, bl))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(p, bl), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("built", len(ALL), "pages")


if __name__ == "__main__":
    main()
