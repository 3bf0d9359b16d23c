"""HTML skeletons imitating kinds of Chinese sites. Each takes the page spec and the rendered body."""
from build import e, img, GIF

def g(p, k, d=""):
    return p.get(k, d)

def extra(p, k):
    v = p.get(k)
    if not v: return ""
    if isinstance(v, str): v = [v]
    return "\n".join('<p class="%s">%s</p>' % (k, e(x)) for x in v)

def related(p):
    r = p.get("related")
    if not r: return ""
    return '<div class="rel"><h4>%s</h4><ul>%s</ul></div>' % (e(p.get("related_h", "相关阅读")), "".join("<li><a href=\"#\">%s</a></li>" % e(x) for x in r))

def prevnext(p):
    pn = p.get("prevnext")
    if not pn: return ""
    return '<div class="pn"><p>上一篇：<a href="#">%s</a></p><p>下一篇：<a href="#">%s</a></p></div>' % (e(pn[0]), e(pn[1]))

def footer(p):
    return '<div class="foot">%s</div>' % "".join("<p>%s</p>" % e(x) for x in p["footer"])

def info(p, cls="info"):
    return '<div class="%s">%s</div>' % (cls, p["info"]) if p.get("info") else ""

def head(title, css):
    return '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>\n' % (e(title), css)

def article_core(p, body):
    pos = g(p, "info_pos", "below")
    s = []
    if pos == "above": s.append(info(p))
    s.append(extra(p, "kicker"))
    s.append('<h1 class="t">%s</h1>' % e(p.get("title_print", p["title"])))
    s.append(extra(p, "subtitle"))
    if pos == "below": s.append(info(p))
    s.append(extra(p, "docno"))
    s.append(extra(p, "byline_top"))
    s.append('<div class="content">%s</div>' % body)
    s.append(extra(p, "byline_end"))
    s.append(extra(p, "editor"))
    if pos == "bottom": s.append(info(p))
    return "\n".join(x for x in s if x)

# 1. 2010s table layout government site
def gov_table(p, body):
    css = "body{margin:0;font:14px/1.8 SimSun,serif;background:#f1f1f1}table.w{width:1000px;margin:0 auto;background:#fff}.ban{background:#b50000;color:#fff;font-size:30px;height:110px}.nav a{color:#fff;padding:0 14px}.nav{background:#8a0000}.t{font-size:22px;text-align:center;color:#c00}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.content p{text-indent:2em}.foot{text-align:center;font-size:12px;background:#ddd}table.dt{border-collapse:collapse;margin:auto}table.dt td,table.dt th{padding:3px 8px}.tools{text-align:right}"
    return head(p["title"] + "_" + p["site"], css) + """<body>
<table class="w" cellpadding="0" cellspacing="0"><tr><td class="ban">%s %s</td></tr>
<tr><td class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进%s</a></td></tr>
<tr><td>当前位置：%s</td></tr>
<tr><td>%s
<p class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
%s%s</td></tr>
<tr><td>%s</td></tr></table></body></html>""" % (img(p["site"] + "标识", 80, 80), e(p["site"]), e(p.get("place", "")), e(p["crumbs"]), article_core(p, body), related(p), prevnext(p), footer(p))

# 2. div portal with accessibility links
def gov_div(p, body):
    css = "body{margin:0;font:16px/1.9 'Microsoft YaHei',sans-serif}.top{background:#f5f5f5;font-size:12px;padding:4px 40px}.top a{margin-right:12px}.header{background:linear-gradient(#1d5fb4,#2a78d8);color:#fff;padding:26px 40px;font-size:28px}.search{float:right}.main{width:1100px;margin:0 auto}.crumb{font-size:13px;color:#666;padding:10px 0}.t{font-size:26px;text-align:center}.info{display:flex;justify-content:center;gap:24px;color:#888;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:8px}.content p{text-indent:2em}.sub{text-indent:0!important}.share{text-align:right;color:#999}.foot{background:#1d5fb4;color:#dfe8f5;text-align:center;font-size:12px;padding:16px}table.dt{border-collapse:collapse;width:100%}.rel li{list-style:square}"
    return head(p["title"], css) + """<body>
<div class="top"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">登录</a></div>
<div class="header">%s %s<form class="search"><input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div>
<div class="main"><div class="crumb">您当前的位置：%s</div>
%s
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> 【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
%s%s</div>%s</body></html>""" % (img("政府网站标识"), e(p["site"]), e(p["crumbs"]), article_core(p, body), prevnext(p), related(p), footer(p))

# 3. 信息公开 page with index table
def gov_xxgk(p, body):
    css = "body{font:14px/1.8 SimSun,serif;margin:0}.hd{background:#c4161c;color:#fff;padding:18px 60px;font-size:26px}.wrap{width:1000px;margin:0 auto}.idx{width:100%;border-collapse:collapse;background:#f8f8f8;margin:12px 0}.idx td{border:1px solid #ddd;padding:4px 8px;font-size:13px}.idx td.k{width:90px;color:#555}.t{font-size:22px;text-align:center;color:#0a3c8c}.docno{text-align:center}.content p{text-indent:2em}.foot{border-top:3px solid #c4161c;text-align:center;font-size:12px;padding:10px}table.dt{border-collapse:collapse;margin:auto}table.dt td,table.dt th{border:1px solid #666;padding:2px 6px}"
    rows = p["index"]
    trs = []
    for i in range(0, len(rows), 2):
        pair = rows[i:i+2]
        trs.append("<tr>%s</tr>" % "".join('<td class="k">%s</td><td>%s</td>' % (e(k), e(v)) for k, v in pair))
    return head(p["title"], css) + """<body><div class="hd">%s · 政府信息公开</div>
<div class="wrap"><p>首页 &gt; 政府信息公开 &gt; %s</p>
<table class="idx">%s</table>
%s
<p>附件：<a href="#">%s.pdf</a></p>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】 浏览次数：%s</p>
%s</div>%s</body></html>""" % (e(p["site"]), e(p["crumbs"]), "".join(trs), article_core(p, body), e(p["title"][:20]), p.get("views", "312"), related(p), footer(p))

# 4. 2010s div media portal with sidebar
def media_portal(p, body):
    css = "body{margin:0;font:15px/1.8 'Microsoft YaHei',sans-serif}.logo{padding:12px 30px;border-bottom:4px solid #d40000;font-size:26px;font-weight:bold;color:#d40000}.chan a{margin:0 10px;color:#333}.wrap{width:1200px;margin:0 auto;overflow:hidden}.left{float:left;width:820px}.right{float:right;width:330px;background:#fafafa}.t{font-size:30px}.info{color:#999;font-size:13px}.content p{text-indent:2em}.cap{text-align:center;color:#666;font-size:13px;text-indent:0!important}.pic{text-align:center}.foot{clear:both;background:#333;color:#aaa;text-align:center;font-size:12px;padding:14px}blockquote{border-left:4px solid #ddd;margin-left:1em;color:#555}"
    side = "".join("<li><a href=\"#\">%s</a></li>" % e(x) for x in p.get("hot", []))
    return head(p["title"] + "-" + p["site"], css) + """<body>
<div class="logo">%s %s <span class="chan"><a href="#">首页</a><a href="#">时政</a><a href="#">社会</a><a href="#">经济</a><a href="#">文旅</a><a href="#">视频</a><a href="#">评论</a></span></div>
<div class="wrap"><div class="left"><p class="crumb">%s</p>
%s
<p class="share">分享到： <a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a></p>
%s%s</div>
<div class="right"><h4>热点排行</h4><ol>%s</ol><p>%s</p><p>扫码下载客户端</p></div></div>
%s</body></html>""" % (img(p["site"] + " logo", 160, 50), e(p["site"]), e(p["crumbs"]), article_core(p, body), prevnext(p), related(p), side, img("客户端二维码", 100, 100), footer(p))

# 5. responsive flex media page
def media_flex(p, body):
    css = "*{box-sizing:border-box}body{margin:0;font:17px/1.85 -apple-system,'PingFang SC',sans-serif;color:#222}header{display:flex;align-items:center;justify-content:space-between;padding:10px 5vw;background:#0c4da2;color:#fff}header nav{display:flex;gap:18px}header nav a{color:#fff}main{display:flex;gap:40px;max-width:1180px;margin:24px auto;padding:0 16px}article{flex:1}aside{width:300px}.t{font-size:32px;line-height:1.35}.info{display:flex;flex-wrap:wrap;gap:16px;color:#8a8a8a;font-size:14px}.content p{margin:0 0 1.1em}.cap{font-size:14px;color:#777;text-align:center}.foot{background:#f2f2f2;padding:20px 5vw;font-size:13px;color:#666}.editor{color:#999;font-size:14px;text-align:right}.kicker{color:#0c4da2;font-size:15px}.subtitle{font-size:19px;color:#555}"
    return head(p["title"] + " - " + p["site"], css) + """<body>
<header><div>%s %s</div><nav><a href="#">要闻</a><a href="#">区县</a><a href="#">民生</a><a href="#">财经</a><a href="#">专题</a><a href="#">无障碍</a></nav></header>
<main><article><div class="crumb">%s</div>
%s
%s</article><aside>%s</aside></main>%s</body></html>""" % (img(p["site"], 140, 40), e(p["site"]), e(p["crumbs"]), article_core(p, body), prevnext(p), related(p), footer(p))

# 6. English page of a Chinese outlet
def en_page(p, body):
    css = "body{margin:0;font:17px/1.7 Georgia,serif}.bar{background:#a50f15;color:#fff;padding:8px 40px;font-family:Arial}.bar a{color:#fff;margin-right:16px}.wrap{max-width:900px;margin:20px auto}.t{font-size:34px;font-family:Arial}.info{color:#666;font-family:Arial;font-size:14px;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px 0}.cap{font-size:14px;color:#555;font-style:italic}.foot{background:#222;color:#aaa;padding:18px 40px;font-size:13px;font-family:Arial}"
    doc = head(p["title"] + " - " + p["site"], css).replace('lang="zh-CN"', 'lang="en"')
    return doc + """<body>
<div class="bar">%s <a href="#">Home</a><a href="#">China</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Opinion</a><a href="#">中文</a></div>
<div class="wrap"><p class="crumb">%s</p>
%s
<p class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></p>
%s</div>%s</body></html>""" % (e(p["site"]), e(p["crumbs"]), article_core(p, body), related(p), footer(p))

# 7. WeChat 公众号 article
def wx(p, body):
    css = "body{margin:0;background:#fff;font:17px/1.75 -apple-system,'PingFang SC',sans-serif;color:#333}.rich{max-width:677px;margin:0 auto;padding:20px}.t{font-size:22px;line-height:1.4;font-weight:400}.meta{color:rgba(0,0,0,.3);font-size:15px}.meta a{color:#576b95}.content p{margin:0 0 16px;letter-spacing:.5px}.sub{color:#0a7c5a}.qr{text-align:center;color:#999;font-size:14px}.tail{color:#999;font-size:14px}.foot{font-size:12px;color:#bbb}"
    m = p["meta"]
    return head(p["title"], css) + """<body><div class="rich">
<h1 class="t">%s</h1>
<div class="meta">%s</div>
%s
<div class="content">%s</div>
%s%s
<p class="qr">%s</p><p class="qr">%s</p>
<p class="tail">阅读原文 阅读 %s 分享 收藏 赞 %s 在看</p>
<p class="tail">%s</p>%s</div></body></html>""" % (e(p["title"]), m, extra(p, "byline_top"), body, extra(p, "byline_end"), extra(p, "editor"), img("公众号二维码", 160, 160), e(p.get("qrcap", "长按识别二维码关注我们")), p.get("reads", "1.2万"), p.get("likes", "86"), e(p.get("tail", "微信扫一扫关注该公众号")), footer(p) if p.get("footer") else "")

# 8. app share page (头条号/百家号/网易号/微博)
def app(p, body):
    css = "body{margin:0;font:18px/1.8 -apple-system,'PingFang SC',sans-serif;background:#f8f8f8}.openapp{position:sticky;top:0;background:#fff;display:flex;justify-content:space-between;padding:8px 14px;border-bottom:1px solid #eee;font-size:15px}.card{background:#fff;max-width:720px;margin:0 auto;padding:16px}.author{display:flex;gap:10px;align-items:center;font-size:14px;color:#666}.author b{color:#222;font-size:16px}.t{font-size:24px}.content p{margin:0 0 1em}.act{display:flex;justify-content:space-around;color:#888;font-size:14px}.cmt{font-size:14px;color:#555}.foot{font-size:12px;color:#aaa;text-align:center}"
    top = '<div class="openapp">%s<span>%s</span><span>打开APP</span></div>' % (img(p["site"] + "图标", 28, 28), e(p["site"]))
    au = '<div class="author">%s %s</div>' % (img("头像", 36, 36), p["meta"])
    title = '<h1 class="t">%s</h1>' % e(p["title"]) if not p.get("no_h1") else ""
    if p.get("meta_first"):
        core = au + title
    else:
        core = title + au
    cm = "".join('<p class="cmt">%s</p>' % e(c) for c in p.get("comments", []))
    return head(p["title"], css) + """<body>%s<div class="card">%s
%s
<div class="content">%s</div>
%s%s
<div class="act"><span>赞 %s</span><span>评论 %s</span><span>转发 %s</span></div>
<h4>全部评论</h4>%s
%s
<p>打开APP阅读更多精彩内容</p></div>%s</body></html>""" % (top, core, extra(p, "byline_top"), body, extra(p, "byline_end"), extra(p, "editor"), p.get("likes", "233"), p.get("ncomments", "41"), p.get("shares", "17"), cm, related(p), footer(p))

# 9. e-paper (数字报) frame
def epaper(p, body):
    css = "body{margin:0;font:14px/1.8 SimSun,serif;background:#e9e4d8}.mast{background:#7b1113;color:#fff;padding:10px 30px;font-size:24px}.bar{background:#fff;padding:4px 30px;font-size:13px}.frame{display:flex;width:1200px;margin:0 auto;background:#fff}.lcol{width:380px;border-right:1px solid #ccc;padding:10px}.rcol{flex:1;padding:14px 24px}.kicker{text-align:center;font-size:16px;margin:0}.t{text-align:center;font-size:28px;margin:6px 0}.subtitle{text-align:center;font-size:16px;margin:0}.content p{text-indent:2em}.pages a{display:block}.info{text-align:center;color:#555}.foot{text-align:center;font-size:12px;padding:10px}"
    pages = "".join('<a href="#">%s</a>' % e(x) for x in p["banci"])
    titles = "".join('<li><a href="#">%s</a></li>' % e(x) for x in p["bbtitles"])
    return head(p["site"] + "-" + p["title"], css) + """<body>
<div class="mast">%s %s</div>
<div class="bar">%s <a href="#">上一期</a> <a href="#">下一期</a> <a href="#">往期回顾</a> <a href="#">PDF版</a> 日期检索：<input type="text" value=""></div>
<div class="frame"><div class="lcol">%s<p>%s</p><div class="pages">%s</div><p>本版标题</p><ol>%s</ol></div>
<div class="rcol">%s
<p><a href="#">上一篇</a> <a href="#">下一篇</a> <a href="#">返回目录</a></p></div></div>%s</body></html>""" % (img(p["site"] + "报头", 200, 50), e(p["site"]), e(p["issue"]), img("版面缩略图", 360, 520), e(p["banci"][p.get("cur", 0)]), pages, titles, article_core(p, body), footer(p))

# 10. institution site
def inst(p, body):
    css = "body{margin:0;font:15px/1.9 'Microsoft YaHei',sans-serif}.top{background:%s;color:#fff;padding:16px 50px;font-size:24px;display:flex;justify-content:space-between}.top nav a{color:#fff;margin-left:14px;font-size:15px}.wrap{display:flex;width:1150px;margin:20px auto;gap:30px}.side{width:220px;background:#f3f6fa}.side li{list-style:none;padding:6px 0;border-bottom:1px solid #dde}.mainc{flex:1}.t{font-size:24px;color:#222;text-align:center}.info{text-align:center;color:#777;font-size:13px;background:#f7f7f7;padding:4px}.content p{text-indent:2em}.foot{background:#333;color:#bbb;text-align:center;font-size:12px;padding:14px}table.dt{border-collapse:collapse;width:100%%}table.dt td,table.dt th{border:1px solid #999;padding:3px 6px}" % p.get("color", "#003f88")
    side = "".join("<li><a href=\"#\">%s</a></li>" % e(x) for x in p["side"])
    return head(p["title"] + "-" + p["site"], css) + """<body>
<div class="top"><div>%s %s</div><nav><a href="#">首页</a><a href="#">概况</a><a href="#">新闻</a><a href="#">公告</a><a href="#">服务</a><a href="#">English</a></nav></div>
<div class="wrap"><div class="side"><h3>%s</h3><ul>%s</ul></div>
<div class="mainc"><p class="crumb">%s</p>
%s
%s%s</div></div>%s</body></html>""" % (img(p["site"] + "标志", 60, 60), e(p["site"]), e(p.get("side_h", "新闻中心")), side, e(p["crumbs"]), article_core(p, body), prevnext(p), related(p), footer(p))
