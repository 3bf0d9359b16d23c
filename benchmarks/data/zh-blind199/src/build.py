#!/usr/bin/env python3
"""Build html/ and gold/ for zh-blind199 from the page texts in pages_*.txt (one source of truth)."""
import glob, html, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape

def parse():
    pages = []
    for fn in sorted(glob.glob(os.path.join(HERE, "pages_*.txt"))):
        txt = open(fn, encoding="utf-8").read()
        for chunk in txt.split("=== ")[1:]:
            head, body = chunk.split("\n---\n", 1)
            lines = head.split("\n")
            pid, kind, lang, tpl = lines[0].split()
            m = {"id": pid, "kind": kind, "lang": lang, "tpl": tpl}
            for ln in lines[1:]:
                if ":" in ln:
                    k, v = ln.split(":", 1)
                    m[k.strip()] = v.strip()
            blocks = []
            for ln in body.strip().split("\n"):
                ln = ln.strip()
                if not ln:
                    continue
                if ln.startswith("## "): blocks.append(("h", ln[3:]))
                elif ln.startswith("- "): blocks.append(("li", ln[2:]))
                elif ln.startswith("| "): blocks.append(("tr", [c.strip() for c in ln[2:].split(" | ")]))
                elif ln.startswith("> "): blocks.append(("q", ln[2:]))
                elif ln.startswith("! "): blocks.append(("img", ln[2:]))
                elif ln.startswith("@ "): blocks.append(("r", ln[2:]))  # right-aligned 署名/日期 lines
                else: blocks.append(("p", ln))
            m["blocks"] = blocks
            if "time" not in m and m.get("pdate"): m["time"] = m["pdate"]
            if m.get("title2"): m["title"] = m["title"] + m["title2"]
            m["authors"] = [a for a in m.get("authors", "").split("、") if a] if m.get("authors") else []
            pages.append(m)
    return pages

def gold_paras(blocks):
    out = []
    for t, v in blocks:
        if t == "img": continue
        out.append(" ".join(v) if t == "tr" else v)
    return out

def body_html(blocks, indent=True, hcls="h", table_head=True):
    out, i = [], 0
    while i < len(blocks):
        t, v = blocks[i]
        if t == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append("<li>%s</li>" % E(blocks[i][1])); i += 1
            out.append("<ul>%s</ul>" % "".join(items)); continue
        if t == "tr":
            rows = []; first = True
            while i < len(blocks) and blocks[i][0] == "tr":
                tag = "th" if (first and table_head) else "td"
                rows.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, E(c), tag) for c in blocks[i][1]))
                first = False; i += 1
            out.append('<table class="dt" border="1" cellspacing="0">%s</table>' % "".join(rows)); continue
        if t == "p": out.append('<p%s>%s</p>' % (' style="text-indent:2em"' if indent else "", E(v)))
        elif t == "h": out.append('<p class="%s"><strong>%s</strong></p>' % (hcls, E(v)))
        elif t == "q": out.append("<blockquote><p>%s</p></blockquote>" % E(v))
        elif t == "r": out.append('<p style="text-align:right">%s</p>' % E(v))
        elif t == "img": out.append('<p class="pic" style="text-align:center"><img src="%s" alt="%s" width="600" height="360"></p><p class="cap" style="text-align:center;color:#666;font-size:13px">%s</p>' % (GIF, E(v), E(v)))
        i += 1
    return "\n".join(out)

def img(alt, w=120, h=60, extra=""):
    return '<img src="%s" alt="%s" width="%d" height="%d"%s>' % (GIF, E(alt), w, h, extra)

def doc(title, style, body, lang="zh-CN", charset="utf-8"):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="%s">\n<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, charset, E(title), style, body))

def byline_bits(m):
    """Return (first_line_html, closing_html) for standalone bylines."""
    first = closing = ""
    if m.get("first"): first = '<p class="byl">%s</p>' % E(m["first"])
    if m.get("closing"): closing = '<p class="byl" style="text-align:right">%s</p>' % E(m["closing"])
    return first, closing

def footer_gov(m):
    site = m.get("site", "")
    return ('<div class="foot"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>'
            '<p>主办：%s　承办：%s</p><p>%s　%s　网站标识码：%s</p><p>地址：%s　电话：%s</p>'
            '<p>%s <span>党政机关</span></p></div>') % (E(site), E(m.get("chengban", site + "办公室")), E(m.get("icp", "京ICP备10024881号-3")),
            E(m.get("ga", "京公网安备11010902000418号")), E(m.get("bsm", "1101090031")), E(m.get("addr", "")), E(m.get("tel", "")), img("党政机关标识", 40, 40))

# ---------------- templates ----------------
def t_gov_table(m):
    info = '发布时间：%s　　来源：%s　　%s浏览次数：%s　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】' % (
        E(m["time"]), E(m.get("source", "")), ("作者：%s　　" % E(m["by"])) if m.get("by") else "", E(m.get("views", "1024")))
    first, closing = byline_bits(m)
    infop = '<tr><td class="info">%s</td></tr>' % info
    top = infop if m.get("info") == "above" else ""
    below = infop if m.get("info", "below") == "below" else ""
    bottom = ('<tr><td class="info" style="text-align:right">%s</td></tr>' % info) if m.get("info") == "bottom" else ""
    body = '''<table width="1000" align="center" cellpadding="0" cellspacing="0" class="top"><tr><td>%s</td><td class="tl"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">设为首页</a> | <a href="#">加入收藏</a></td></tr></table>
<table width="1000" align="center" class="nav"><tr><td><a href="#">首页</a></td><td><a href="#">政务公开</a></td><td><a href="#">政务服务</a></td><td><a href="#">互动交流</a></td><td><a href="#">走进%s</a></td><td><input type="text" value="请输入关键字"><input type="button" value="搜索"></td></tr></table>
<table width="1000" align="center" class="crumb"><tr><td>当前位置：%s</td></tr></table>
<table width="1000" align="center" class="main" cellpadding="10"><tr><td>
<table width="100%%">%s<tr><td class="tt">%s</td></tr>%s%s<tr><td class="con">%s
%s
%s
<p class="ed">%s</p></td></tr>%s
<tr><td class="tools">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</td></tr>
<tr><td class="pn">上一篇：<a href="#">%s</a><br>下一篇：<a href="#">%s</a></td></tr></table>
</td></tr></table>
<table width="1000" align="center" class="ft"><tr><td>%s</td></tr></table>''' % (
        img(m["site"] + "门户网站", 400, 80), E(m.get("short", "")), E(m.get("crumb", "首页")), top,
        E(m["title"]) if not m.get("title2") else E(m["title"]).replace(E(m["title2"]), "<br>" + E(m["title2"]), 1),
        ('<tr><td class="sub">%s</td></tr>' % E(m["sub"])) if m.get("sub") else "", below, first, body_html(m["blocks"]), closing,
        E(m.get("editor", "")), bottom, E(m.get("prev", "关于开展春季爱国卫生运动的通知")), E(m.get("next", "区政府召开第12次常务会议")), footer_gov(m))
    style = '''body{margin:0;font:14px/1.8 "宋体",SimSun,serif;background:#eef3f8}table.top{background:#fff}td.tl{text-align:right;font-size:12px}
table.nav{background:#b5151b}table.nav a{color:#fff;font-weight:bold}.crumb{font-size:12px;color:#555}.main{background:#fff}
td.tt{font:bold 24px/1.5 "微软雅黑",sans-serif;color:#b5151b;text-align:center;padding:20px 0 10px}td.sub{text-align:center;font-size:16px}
td.info{text-align:center;font-size:12px;color:#888;border-bottom:1px dashed #ccc}td.con{font-size:16px;line-height:2}.h{margin:0}
table.dt{border-collapse:collapse;margin:auto}table.dt td,table.dt th{padding:4px 8px;font-size:14px}p.ed{text-align:right;color:#666}
td.tools{text-align:right}td.pn{font-size:13px}.ft{background:#dde4ec;text-align:center;font-size:12px}'''
    return doc(m["title"] + "_" + m["site"], style, body, charset=m.get("charset", "utf-8"))

def t_gov_div(m):
    first, closing = byline_bits(m)
    glue = m.get("glue") == "1"
    parts = ["来源：" + m.get("source", "")] if m.get("source") else []
    if m.get("by"): parts.append("作者：" + m["by"])
    parts.insert(0 if m.get("timefirst") else len(parts), "发布时间：" + m["time"])
    if glue:
        info = '<div class="info">%s</div>' % "".join("<span>%s</span>" % E(p) for p in parts)
    else:
        info = '<div class="info">%s<span class="fs">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span><span class="sh">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></span></div>' % "".join('<span class="it">%s</span>' % E(p) for p in parts)
    above = m.get("info") == "above"
    bottom = m.get("info") == "bottom"
    rel = "".join('<li><a href="#">%s</a><span>%s</span></li>' % (E(x), "2025-0%d-1%d" % (i % 8 + 1, i)) for i, x in enumerate(m.get("related", "区领导调研重点项目建设|区召开安全生产工作会议|我区举办就业招聘会").split("|")))
    body = '''<div class="topbar"><div class="w"><span>今天是：2025年</span><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">English</a><a href="#">登录</a></div></div>
<div class="banner"><div class="w">%s<h2 class="sn">%s</h2><div class="search"><input type="text" placeholder="请输入搜索内容"><button>搜索</button></div></div></div>
<div class="menu"><div class="w"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">专题专栏</a></div></div>
<div class="w crumb">您当前的位置：%s</div>
<div class="w art">
%s<h1>%s</h1>%s%s
<div class="content">%s
%s
%s</div>
%s<div class="edit">%s</div>
<div class="tool"><a href="#">【打印】</a><a href="#">【关闭】</a><a href="#">【收藏】</a></div>
<div class="qr">%s<p>扫一扫在手机打开当前页</p></div>
<div class="pn"><p>上一篇：<a href="#">%s</a></p><p>下一篇：<a href="#">%s</a></p></div>
<div class="rel"><h3>相关阅读</h3><ul>%s</ul></div>
</div>
%s''' % (img(m["site"] + "标识", 80, 80), E(m["site"]), E(m.get("crumb", "首页")),
        ('<p class="yt">%s</p>' % E(m["yin"])) if m.get("yin") else "",
        E(m["title"]), ('<p class="sub">%s</p>' % E(m["sub"])) if m.get("sub") else "", info if above or not bottom and not m.get("info") == "below2" and True else "",
        first, body_html(m["blocks"]), closing, info if bottom else "", E(m.get("editor", "")), img("二维码", 100, 100),
        E(m.get("prev", "关于调整部分公交线路的公告")), E(m.get("next", "2025年第一季度重点工作推进情况")), rel, footer_gov(m))
    style = '''body{margin:0;font:15px/1.8 "Microsoft YaHei",sans-serif;color:#333}.w{width:1200px;margin:0 auto}.topbar{background:#f2f2f2;font-size:12px}.topbar a{margin-left:12px}
.banner{background:linear-gradient(#1d5fae,#3b86d6);color:#fff;height:110px}.sn{display:inline-block;font-size:30px;margin:30px 20px}.search{float:right;margin-top:40px}
.menu{background:#0d4a91}.menu a{color:#fff;display:inline-block;padding:10px 24px}.crumb{font-size:13px;padding:10px 0;color:#666}
.art{background:#fff;border:1px solid #e5e5e5;padding:30px 60px}.art h1{text-align:center;font-size:26px;color:#1d5fae;line-height:1.5}.yt,.sub{text-align:center;color:#555}
.info{text-align:center;font-size:13px;color:#999;border-bottom:1px solid #ddd;padding-bottom:10px}.info .it,.info .fs,.info .sh{margin:0 10px}
.content{font-size:17px;line-height:2}.content .h{margin:1em 0 .3em}table.dt{border-collapse:collapse;width:100%}table.dt td,table.dt th{border:1px solid #999;padding:5px}
.edit{text-align:right;color:#888}.tool{text-align:right}.tool a{margin-left:8px}.qr{float:right;text-align:center;font-size:12px}.rel li span{float:right;color:#999}
.foot{background:#0d4a91;color:#dfe8f5;text-align:center;font-size:13px;padding:20px;clear:both}.foot a{color:#fff}'''
    return doc(m["title"] + "-" + m["site"], style, body)

def t_gov_xxgk(m):
    idx = [("索引号", m.get("suoyin", "")), ("主题分类", m.get("fenlei", "综合政务")), ("发布机构", m.get("jigou", "")), ("成文日期", m.get("chengwen", "")),
           ("标题", m["title"]), ("文号", m.get("wenhao", "")), ("发布日期", m["time"]), ("有效性", "有效")]
    rows = "".join('<tr><th>%s：</th><td>%s</td><th>%s：</th><td>%s</td></tr>' % (E(idx[i][0]), E(idx[i][1]), E(idx[i+1][0]), E(idx[i+1][1])) if idx[i][0] != "标题" else
                   '<tr><th>标题：</th><td colspan="3">%s</td></tr><tr><th>文号：</th><td>%s</td><th>发布日期：</th><td>%s</td></tr>' % (E(m["title"]), E(idx[i+1][1]), E(idx[i+2][1]))
                   for i in (0, 2, 4) ) + '<tr><th>有效性：</th><td colspan="3">有效</td></tr>'
    wh = ('<p class="wh">%s</p>' % E(m["wenhao"])) if m.get("wenhao") and m.get("showwh", "1") == "1" else ""
    body = '''<div class="hd"><div class="w">%s<span class="old"><a href="#">长者模式</a> <a href="#">无障碍</a> <a href="#">繁體</a></span></div></div>
<div class="w nav">政府信息公开 &gt; <a href="#">法定主动公开内容</a> &gt; %s</div>
<div class="w box"><table class="idx">%s</table>
<div class="doc"><h1>%s</h1>%s
<div class="txt">%s</div>
<div class="att"><p>附件：<a href="#">%s</a></p></div>
<div class="tl"><span>【<a href="#">打印</a>】</span><span>【<a href="#">关闭</a>】</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<p class="jd">相关解读：<a href="#">%s</a></p></div></div>
%s''' % (img(m["site"], 500, 70), E(m.get("crumb", "通知公告")), rows, E(m["title"]), wh, body_html(m["blocks"], hcls="h"),
         E(m.get("att", "相关表格.docx")), E(m.get("jd", "一图读懂")), footer_gov(m))
    style = '''body{margin:0;font:14px/1.8 "SimSun",serif;background:#f4f4f4}.w{width:1100px;margin:0 auto}.hd{background:#a0191d;height:90px}.old{float:right;color:#fff}.old a{color:#fff}
.nav{padding:8px 0;font-size:13px}.box{background:#fff;padding:20px 40px}table.idx{width:100%;border-collapse:collapse;background:#f9f9f9;font-size:13px}table.idx th,table.idx td{border:1px solid #ddd;padding:5px;text-align:left}
table.idx th{width:90px;color:#555}.doc h1{text-align:center;color:#c00;font-size:24px;margin-top:30px}.wh{text-align:center}.txt{font:16px/2.1 "FangSong",serif}
.txt .h{font-family:"SimHei";margin:0}table.dt{border-collapse:collapse;margin:auto}table.dt td,table.dt th{border:1px solid #000;padding:3px 8px}
.tl{text-align:right}.foot{background:#a0191d;color:#fff;text-align:center;font-size:12px;padding:14px}.foot a{color:#fff}'''
    return doc(m["title"], style, body)

def t_media(m):
    first, closing = byline_bits(m)
    bits = []
    t = '<span class="time">%s</span>' % E(m["time"])
    if m.get("source"): bits.append('<span class="src">来源：%s</span>' % E(m["source"]))
    if m.get("by"): bits.append('<span class="au">%s</span>' % E(m["by"]))
    info = '<div class="meta">%s%s</div>' % (t, "".join(bits)) if m.get("glue") != "1" else '<div class="meta">%s</div>' % E(" ".join([m["time"]] + ([("来源：" + m["source"])] if m.get("source") else []) + ([m["by"]] if m.get("by") else [])))
    above = m.get("info") == "above"
    bottom = m.get("info") == "bottom"
    hot = "".join('<li><em>%d</em><a href="#">%s</a></li>' % (i + 1, E(x)) for i, x in enumerate(m.get("hot", "春运返程高峰到来|多地出台楼市新政|这所学校火了|气象台发布大风蓝色预警|新能源车下乡活动启动").split("|")))
    body = '''<div class="top"><div class="w"><a href="#">首页</a><a href="#">时政</a><a href="#">社会</a><a href="#">财经</a><a href="#">文旅</a><a href="#">视频</a><a href="#">数字报</a><span class="r"><a href="#">登录</a> <a href="#">注册</a> <a href="#">客户端下载</a></span></div></div>
<div class="logo w">%s<div class="ad">%s</div></div>
<div class="w path"><a href="#">%s</a> &gt; <a href="#">%s</a> &gt; 正文</div>
<div class="w cols"><div class="left">
%s<h1>%s</h1>%s%s
<div class="share"><a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a><a href="#">复制链接</a></div>
<div class="article">%s
%s
%s</div>
%s<p class="editor">%s</p>
<div class="statement">%s</div>
<div class="related"><h3>相关新闻</h3><ul>%s</ul></div>
</div>
<div class="right"><div class="box"><h3>热点排行</h3><ol>%s</ol></div><div class="box">%s<p>扫码下载客户端</p></div></div></div>
<div class="footer"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a> | <a href="#">违法和不良信息举报</a></p><p>%s</p><p>%s　%s　互联网新闻信息服务许可证：%s</p><p>%s</p></div>''' % (
        img(m["site"], 260, 70), img("广告", 600, 70), E(m["site"]), E(m.get("chan", "本地新闻")),
        ('<p class="yt">%s</p>' % E(m["yin"])) if m.get("yin") else "", E(m["title"]),
        ('<p class="fu">%s</p>' % E(m["sub"])) if m.get("sub") else "",
        info if not above and not bottom else "",
        first, body_html(m["blocks"], indent=m.get("indent", "1") == "1"), closing, info if bottom else "",
        E(m.get("editor", "")), E(m.get("statement", "")),
        "".join('<li><a href="#">%s</a></li>' % E(x) for x in m.get("related", "我市启动城市更新行动|一批重点项目集中开工").split("|")),
        hot, img("客户端二维码", 120, 120), E(m.get("copy", "Copyright © 2025 版权所有")), E(m.get("icp", "京ICP备12006631号")), E(m.get("ga", "")), E(m.get("xkz", "11120170003")), E(m.get("addr", "")))
    if above:
        body = body.replace("<h1>", info + "<h1>", 1)
    style = '''body{margin:0;font:16px/1.75 "PingFang SC","Microsoft YaHei",sans-serif;color:#222}.w{width:1180px;margin:0 auto}.top{background:#c40000}.top a{color:#fff;margin-right:18px}.top .r{float:right}
.logo{height:80px;padding:10px 0}.ad{float:right}.path{font-size:13px;color:#888;border-bottom:2px solid #c40000}.cols{display:flex;gap:30px}.left{flex:1}.right{width:300px}
h1{font-size:30px;line-height:1.4;margin:20px 0 8px}.yt,.fu{color:#555;margin:0}.meta{color:#999;font-size:14px;margin-bottom:10px}.meta span{margin-right:16px}
.share a{margin-right:10px;font-size:13px;color:#666}.article p{margin:0 0 1.1em}.article .h{color:#c40000}table.dt{border-collapse:collapse;width:100%}table.dt td,table.dt th{border:1px solid #ccc;padding:4px}
blockquote{border-left:4px solid #ddd;margin:0;padding-left:14px;color:#555}.editor{text-align:right;color:#888;font-size:14px}.statement{font-size:12px;color:#aaa}
.box{border:1px solid #eee;padding:10px;margin-bottom:20px}.box ol{padding-left:0;list-style:none}.box em{color:#c40000;margin-right:6px}.footer{background:#333;color:#aaa;text-align:center;font-size:12px;padding:20px;margin-top:30px}.footer a{color:#ccc}'''
    return doc(m["title"] + "_" + m["site"], style, body)

def t_media_en(m):
    first, closing = byline_bits(m)
    by = '<p class="by">%s</p>' % E(m["by"]) if m.get("by") else ""
    body = '''<header><div class="w"><div class="logo">%s</div><nav><a href="#">Home</a><a href="#">China</a><a href="#">World</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Sports</a><a href="#">Opinion</a></nav><div class="s"><input placeholder="Search"><a href="#">中文</a></div></div></header>
<main class="w"><div class="crumb"><a href="#">Home</a> / <a href="#">%s</a></div>
<article><h1>%s</h1>%s<div class="meta">%s<span>%s</span><span class="upd">%s</span></div>
<div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<div class="body">%s
%s
%s</div>
<p class="ed">%s</p>
<section class="more"><h2>Related Stories</h2><ul>%s</ul></section></article>
<aside><h3>Most Popular</h3><ol><li><a href="#">Spring travel rush sets record</a></li><li><a href="#">New metro line opens to the public</a></li><li><a href="#">Panda cub makes debut</a></li></ol></aside></main>
<footer><p><a href="#">About Us</a> | <a href="#">Contact Us</a> | <a href="#">Terms of Use</a></p><p>%s</p><p>%s</p></footer>''' % (
        img(m["site"], 240, 50), E(m.get("chan", "China")), E(m["title"]), ('<p class="dek">%s</p>' % E(m["sub"])) if m.get("sub") else "",
        by, E(m.get("timelabel", "") + m["time"]), E(m.get("upd", "")), first, body_html(m["blocks"], indent=False), closing, E(m.get("editor", "")),
        "".join('<li><a href="#">%s</a></li>' % E(x) for x in m.get("related", "").split("|")), E(m.get("copy", "")), E(m.get("icp", "")))
    style = '''body{margin:0;font:17px/1.6 Georgia,serif;color:#111}.w{max-width:1140px;margin:0 auto}header{border-bottom:3px solid #003a70}header nav a{margin-right:16px;font:600 14px Arial,sans-serif}
main{display:flex;gap:40px;flex-wrap:wrap}article{flex:1 1 700px}aside{flex:0 0 280px;font-family:Arial}h1{font-size:34px;line-height:1.2}.dek{font-size:19px;color:#444}
.meta{font:13px Arial,sans-serif;color:#666}.meta span,.meta p{margin-right:14px}.by{font:bold 14px Arial;margin:0}.body .h{font-size:19px}.ed{color:#777;font-size:14px}footer{background:#003a70;color:#cfd8e3;text-align:center;font:12px Arial;padding:20px;margin-top:30px}'''
    return doc(m["title"] + " - " + m["site"], style, body, lang="en")

def t_wechat(m):
    body = '''<div class="rich_media"><div class="inner"><h1 class="rich_media_title">%s</h1>
<div class="rich_media_meta_list">%s<span class="meta_nick"><a href="#">%s</a></span> <em class="pt">%s</em> <em class="ip">%s</em></div>
<div class="rich_media_content">%s
%s
%s</div>
<div class="qr_area">%s<p>%s</p></div>
<div class="tool_bar"><span>阅读 %s</span> <a href="#">分享</a> <a href="#">赞</a> <a href="#">推荐</a> <a href="#">写留言</a></div>
<div class="copyr"><p>%s</p></div></div></div>''' % (
        E(m["title"]), ('<span class="orig">原创</span> <span class="au">%s</span> ' % E(m["by"])) if m.get("by") else "", E(m["acct"]), E(m["time"]), E(m.get("ip", "")),
        ('<section class="lead"><p>%s</p></section>' % E(m["lead"])) if m.get("lead") else "", body_html(m["blocks"], indent=False, hcls="st"),
        ('<section class="end"><p>%s</p></section>' % E(m["endnote"])) if m.get("endnote") else "",
        img("公众号二维码", 160, 160), E(m.get("qr", "长按识别二维码　关注我们")), E(m.get("reads", "1.2万")), E(m.get("copy", "")))
    style = '''body{margin:0;background:#ededed;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:#333}.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5);margin-bottom:22px}.orig{background:#eee;font-size:12px;padding:0 3px}
.meta_nick a{color:#576b95;text-decoration:none}em{font-style:normal}.rich_media_content p{margin:0 0 1em;letter-spacing:.5px}.st strong{display:block;border-left:4px solid #07c160;padding-left:8px;color:#07c160}
.lead p{color:#888;font-size:15px}.end p{color:#888;font-size:14px}.qr_area{text-align:center;font-size:13px;color:#888}.tool_bar{font-size:15px;color:#888}.tool_bar a{margin-left:16px;color:#576b95}.copyr{font-size:12px;color:#aaa}
table.dt{border-collapse:collapse;width:100%;font-size:14px}table.dt td,table.dt th{border:1px solid #ddd;padding:4px}'''
    return doc(m["title"], style, body)

def t_feed(m):
    """头条号/百家号/网易号 style article, or app share page (variant=app) or weibo (variant=weibo)."""
    v = m.get("variant", "toutiao")
    if v == "weibo":
        body = '''<div class="wb-top"><span class="lg">微博</span><input placeholder="搜索微博"><a href="#">首页</a><a href="#">热门</a><a href="#">登录</a> <a href="#">注册</a></div>
<div class="card">%s<div class="nm"><a href="#">%s</a> <span class="v">%s</span></div><div class="tm">%s <span>来自 %s</span></div>
<div class="txt"><p class="t0"><b>%s</b></p>%s</div>
<div class="act"><a href="#">转发 %s</a><a href="#">评论 %s</a><a href="#">赞 %s</a></div></div>
<div class="card cm"><p>按热度 按时间</p><p><a href="#">小雨点0523</a>：点赞！为家乡骄傲 <span>3-18 21:07</span></p><p><a href="#">沈城老李</a>：希望多搞几次 <span>3-18 21:30</span></p></div>''' % (
            img("头像", 50, 50), E(m["acct"]), E(m.get("vtag", "")), E(m["time"]), E(m.get("client", "微博 weibo.com")), E(m["title"]),
            body_html(m["blocks"], indent=False), m.get("zf", "128"), m.get("pl", "356"), m.get("zan", "2041"))
        style = 'body{background:#f2f2f5;font:15px/1.7 sans-serif;margin:0}.wb-top{background:#fff;padding:8px 20%}.wb-top a{margin-left:12px}.card{background:#fff;width:600px;margin:12px auto;padding:16px;border-radius:6px}.nm a{color:#eb7350;font-weight:bold}.v{color:#ff8200;font-size:12px}.tm{color:#939393;font-size:12px}.act{display:flex;justify-content:space-around;border-top:1px solid #eee;color:#808080;padding-top:8px}.cm{font-size:13px}.cm span{color:#aaa}'
        return doc(m["title"], style, body)
    if v == "app":
        body = '''<div class="openbar">%s<span class="an">%s</span><span class="slg">%s</span><a class="ob" href="#">打开APP</a></div>
<div class="page"><h1>%s</h1><div class="auth">%s<div><p class="acct">%s</p><p class="tm">%s</p></div><a class="fw" href="#">+ 关注</a></div>
<div class="ct">%s</div>
<p class="stmt">%s</p>
<div class="more"><a href="#">打开APP阅读全文，查看更多精彩内容</a></div>
<div class="rec"><h3>为你推荐</h3><ul><li><a href="#">%s</a></li><li><a href="#">一家三代人的守岛故事</a></li></ul></div>
<div class="bottom"><a href="#">评论 %s</a> <a href="#">点赞 %s</a> <a href="#">分享</a></div></div>''' % (
            img(m["app"] + "图标", 36, 36), E(m["app"]), E(m.get("slogan", "")), E(m["title"]), img("头像", 40, 40), E(m["acct"]), E(m["time"]),
            body_html(m["blocks"], indent=False), E(m.get("statement", "")), E(m.get("rec", "春日踏青好去处")), m.get("pl", "86"), m.get("zan", "1.3万"))
        style = 'body{margin:0;font:17px/1.8 sans-serif;background:#fff}.openbar{position:sticky;top:0;background:#fff;display:flex;align-items:center;gap:8px;padding:8px;box-shadow:0 1px 4px #ccc}.ob{margin-left:auto;background:#e6162d;color:#fff;border-radius:14px;padding:2px 12px}.slg{font-size:12px;color:#999}.page{max-width:720px;margin:0 auto;padding:12px 16px}h1{font-size:24px;line-height:1.4}.auth{display:flex;gap:10px;align-items:center}.auth p{margin:0}.acct{font-weight:bold}.tm{font-size:12px;color:#999}.fw{margin-left:auto;color:#e6162d}.stmt{font-size:12px;color:#aaa}.more{text-align:center}.bottom{display:flex;justify-content:space-around;border-top:1px solid #eee}'
        return doc(m["title"], style, body)
    body = '''<div class="hdr"><span class="lg">%s</span><a href="#">首页</a><a href="#">推荐</a><a href="#">热榜</a><input placeholder="搜索"><a href="#">登录</a></div>
<div class="wrap"><div class="side">%s<p class="an">%s</p><p>%s</p><a href="#">关注</a></div>
<div class="main"><h1>%s</h1><div class="info"><span class="src">%s</span> <span class="tm">%s</span>%s</div>
<div class="art">%s</div>
<p class="stmt">%s</p>
<div class="ops"><a href="#">举报/反馈</a> <a href="#">点赞 %s</a> <a href="#">评论</a> <a href="#">分享</a></div>
<div class="rec"><h3>相关推荐</h3><ul><li><a href="#">%s</a></li><li><a href="#">这条老街藏着城市记忆</a></li></ul></div></div></div>''' % (
        E(m.get("platform", "今日头条")), img("头像", 60, 60), E(m["acct"]), E(m.get("acctdesc", "")), E(m["title"]), E(m["acct"]), E(m["time"]),
        (' <span class="ip">%s</span>' % E(m["ip"])) if m.get("ip") else "", body_html(m["blocks"], indent=False), E(m.get("statement", "")), m.get("zan", "356"), E(m.get("rec", "家门口的公园又添新景")))
    style = 'body{margin:0;font:18px/1.8 "PingFang SC",sans-serif;color:#222;background:#f8f8f8}.hdr{background:#fff;padding:10px 40px;border-bottom:1px solid #eee}.hdr a{margin-left:16px}.lg{color:#f04142;font-weight:bold}.wrap{display:flex;max-width:1100px;margin:20px auto;gap:24px}.side{width:200px;background:#fff;padding:12px}.main{flex:1;background:#fff;padding:24px 40px}h1{font-size:28px;line-height:1.4}.info{color:#999;font-size:14px}.art p{margin:0 0 1.2em}.art .h{font-size:19px}.stmt{font-size:13px;color:#999}.ops a{margin-right:16px;color:#666}table.dt{border-collapse:collapse}table.dt td,table.dt th{border:1px solid #ddd;padding:4px 8px}'
    return doc(m["title"], style, body)

def t_epaper(m):
    bans = m.get("bans", "第01版：要闻|第02版：要闻|第03版：综合|第04版：区县|第05版：经济|第06版：民生|第07版：文化|第08版：体育").split("|")
    cur = m.get("banci", bans[0])
    titles = [m["title"]] + m.get("others", "").split("|")
    bylines = ('<p class="au">%s</p>' % E(m["first"])) if m.get("first") else ""
    closing = ('<p class="au2">%s</p>' % E(m["closing"])) if m.get("closing") else ""
    body = '''<table class="frame" width="1300" align="center" cellspacing="0" cellpadding="0"><tr><td colspan="3" class="mast">%s<div class="dt">%s　<a href="#">往期回顾</a>　<a href="#">PDF下载</a></div></td></tr>
<tr><td class="lft" width="330" valign="top"><div class="pg">%s</div><p class="pager"><a href="#">上一版</a>　<a href="#">下一版</a></p><p class="cur">%s</p>
<div class="bt"><h4>本版标题</h4><ul>%s</ul></div><div class="bl"><h4>版面导航</h4><ul>%s</ul></div></td>
<td class="mid" valign="top"><div class="art"><p class="yin">%s</p><h1>%s</h1><p class="fu">%s</p>%s
<div class="txt">%s</div>%s</div>
<div class="nav2"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a>　<a href="#">放大</a>　<a href="#">缩小</a>　<a href="#">默认</a></div></td></tr>
<tr><td colspan="3" class="ft">%s　版权所有　未经书面授权不得复制或建立镜像　%s</td></tr></table>''' % (
        img(m["paper"] + "数字报", 500, 60), E(m["pdate"]), img("版面缩略图 " + cur, 300, 420), E(cur),
        "".join('<li><a href="#">%s</a></li>' % E(t) for t in titles if t),
        "".join('<li><a href="#"%s>%s</a></li>' % (' class="on"' if b == cur else "", E(b)) for b in bans),
        E(m.get("yin", "")), E(m["title"]), E(m.get("fu", "")), bylines, body_html(m["blocks"]), closing,
        E(m["paper"] + "社"), E(m.get("icp", "")))
    style = '''body{margin:0;background:#e9e4d8;font:14px/1.8 "宋体",serif}.frame{background:#fff}.mast{background:#8b0000;color:#fff;padding:8px}.dt{float:right}.dt a{color:#fff}
.lft{background:#f6f2e8;padding:10px;font-size:13px}.cur{font-weight:bold;color:#8b0000}.bt ul,.bl ul{padding-left:18px}.bl .on{color:#c00;font-weight:bold}
.mid{padding:20px 40px}.yin,.fu{text-align:center;font-size:16px;margin:4px 0;color:#333}h1{text-align:center;font:bold 28px/1.4 "黑体",sans-serif;margin:4px 0}.au,.au2{text-align:center;color:#555}
.txt{font-size:16px;line-height:2}.txt .h{margin:0}.nav2{text-align:center;font-size:12px;border-top:1px solid #ccc;padding-top:6px}.ft{background:#ddd;text-align:center;font-size:12px;padding:8px}
table.dt{border-collapse:collapse;margin:auto}table.dt td,table.dt th{border:1px solid #666;padding:2px 6px}'''
    return doc(m["pdate"] + " " + m["title"] + " - " + m["paper"], style, body)

def t_inst(m):
    first, closing = byline_bits(m)
    info = '<div class="ainfo">%s</div>' % "".join('<span>%s</span>' % E(x) for x in m.get("infoline", "").split("|") if x)
    pos = m.get("info", "below")
    body = '''<div class="head" style="background:%s"><div class="w">%s<span class="nm">%s</span><span class="links"><a href="#">%s</a></span></div></div>
<div class="nv" style="background:%s"><div class="w">%s</div></div>
<div class="w pos">%s</div>
<div class="w box"><div class="side"><h3>%s</h3><ul>%s</ul></div><div class="arti">
<h2>%s</h2>%s%s
<div class="v_news_content">%s
%s</div>%s
<p class="zr">%s</p>
<div class="pn">上一条：<a href="#">%s</a><br>下一条：<a href="#">%s</a></div><p class="cl"><a href="#">【关闭】</a></p></div></div>
<div class="foot" style="background:%s"><p>%s</p><p>%s</p></div>''' % (
        m.get("color", "#00457c"), img(m["site"] + "校徽", 70, 70), E(m["site"]), "</a> | <a href=\"#\">".join(E(x) for x in m.get("toplinks", "首页|English|信息门户").split("|")),
        m.get("color", "#00457c"), "".join('<a href="#">%s</a>' % E(x) for x in m.get("menu", "首页|概况|新闻|通知公告|联系我们").split("|")),
        E(m.get("crumb", "")), E(m.get("sidet", "新闻中心")), "".join('<li><a href="#">%s</a></li>' % E(x) for x in m.get("side", "综合新闻|媒体报道|通知公告").split("|")),
        E(m["title"]), info if pos == "below" else "", first, body_html(m["blocks"]), closing, info if pos == "bottom" else "",
        E(m.get("editor", "")), E(m.get("prev", "无")), E(m.get("next", "无")), m.get("color", "#00457c"), E(m.get("addr", "")), E(m.get("icp", "")))
    style = '''body{margin:0;font:15px/1.9 "Microsoft YaHei",sans-serif;color:#333}.w{width:1200px;margin:0 auto}.head{color:#fff;height:90px}.nm{font-size:28px;margin-left:10px;vertical-align:top;line-height:80px}.links{float:right;font-size:12px}.links a,.nv a{color:#fff}
.nv a{display:inline-block;padding:8px 22px}.pos{font-size:13px;color:#777;padding:8px 0}.box{display:flex;gap:30px}.side{width:220px;background:#f3f5f8}.arti{flex:1}.arti h2{text-align:center;font-size:24px}
.ainfo{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}.ainfo span{margin:0 12px}.v_news_content p{margin:0 0 .8em}.zr{text-align:right;color:#777}
table.dt{border-collapse:collapse;width:100%}table.dt td,table.dt th{border:1px solid #bbb;padding:4px}.foot{color:#eee;text-align:center;font-size:12px;padding:16px;margin-top:30px}'''
    return doc(m["title"] + "-" + m["site"], style, body)

TPL = {"gov_table": t_gov_table, "gov_div": t_gov_div, "gov_xxgk": t_gov_xxgk, "media": t_media, "media_en": t_media_en,
       "wechat": t_wechat, "feed": t_feed, "epaper": t_epaper, "inst": t_inst}

def main():
    pages = parse()
    for m in pages:
        h = TPL[m["tpl"]](m)
        open(os.path.join(ROOT, "html", m["id"] + ".html"), "w", encoding="utf-8").write(h)
        g = {"id": m["id"], "set": "zh-blind199", "lang": m["lang"], "kind": m["kind"], "title": m["title"], "authors": m["authors"],
             "publish_time": m["time"], "body_paragraphs": gold_paras(m["blocks"])}
        open(os.path.join(ROOT, "gold", m["id"] + ".json"), "w", encoding="utf-8").write(json.dumps(g, ensure_ascii=False, indent=2) + "\n")
    print("built", len(pages), "pages")

if __name__ == "__main__":
    main()
