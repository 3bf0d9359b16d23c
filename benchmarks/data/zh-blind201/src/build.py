#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind201 from pages_*.py (one source of truth)."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pages_a, pages_b, pages_c
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_a.P + pages_b.P + pages_c.P
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def blocks(p):
    out = []
    for line in p["body"].split("\n"):
        line = line.strip()
        if not line: continue
        if line.startswith("# "): out.append(("h", line[2:]))
        elif line.startswith("- "): out.append(("li", line[2:]))
        elif line.startswith("|"): out.append(("tr", line[1:].split("|")))
        elif line.startswith("> "): out.append(("q", line[2:]))
        else: out.append(("p", line))
    return out

def gold_paras(p):
    r = []
    for k, v in blocks(p):
        r.append(" ".join(v) if k == "tr" else v)
    return r

def img(alt, cls="", w=1, h=1):
    return f'<img src="{GIF}" alt="{e(alt)}" class="{cls}" width="{w}" height="{h}">'

def body_html(p, pstyle="p", indent=True):
    out, i, bl = [], 0, blocks(p)
    while i < len(bl):
        k, v = bl[i]
        if k == "h": out.append(f'<h3 class="sub">{e(v)}</h3>' if pstyle == "p" else f'<p><strong>{e(v)}</strong></p>')
        elif k == "q": out.append(f"<blockquote>{e(v)}</blockquote>")
        elif k == "li":
            items = []
            while i < len(bl) and bl[i][0] == "li": items.append(bl[i][1]); i += 1
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"); continue
        elif k == "tr":
            rows = []
            while i < len(bl) and bl[i][0] == "tr": rows.append(bl[i][1]); i += 1
            t = '<table class="dt" border="1" cellspacing="0">'
            for j, r in enumerate(rows):
                tag = "th" if j == 0 else "td"
                t += "<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>"
            out.append(t + "</table>"); continue
        else:
            if pstyle == "p": out.append(("<p style=\"text-indent:2em\">" if indent else "<p>") + e(v) + "</p>")
            elif pstyle == "div": out.append(f'<div class="para">{e(v)}</div>')
            else: out.append(f'<section><span>{e(v)}</span></section>')
        i += 1
    return "\n".join(out)

def byl(p, where):
    """Standalone byline lines placed before/after the body."""
    if where == "before" and p["bypos"] in ("first", "wentu"):
        return f'<p class="byline">{e(p["byline"])}</p>'
    if where == "after" and p["bypos"] == "closing":
        return f'<p class="byline-end">{e(p["byline"])}</p>'
    return ""

def infobar(p, labels=True, views="1268"):
    items = []
    t = ("发布时间：" if labels else "") + p["time"]
    items.append(t)
    if p.get("src"): items.append("来源：" + p["src"])
    if p["bypos"] == "bar": items.append(p["byline"])
    if views: items.append(f"浏览次数：{views}")
    sep = "" if p.get("glue") else "　　"
    if p.get("glue"):
        return "".join(f"<span>{e(x)}</span>" for x in items)
    return sep.join(f"<span>{e(x)}</span>" for x in items)

def footer_gov(p, n):
    return (f'<div class="footer"><p>主办：{e(p["site"])}　承办：{e(p["site"])}办公室　</p>'
            f'<p>地址：县府路{n}号　联系电话：0{510+n}-8{n:02d}61234　邮编：2{n:02d}300</p>'
            f'<p>ICP备案号：苏ICP备1{n:02d}23456号-1　{img("公安备案图标")}公网安备 3{n:02d}10202000{n:03d}号　网站标识码：32{n:02d}000021</p>'
            f'<p>{img("党政机关标识")} {img("政府网站找错")}</p></div>')

CSS = {
"gov_table": "body{margin:0;font:12px/1.8 SimSun,serif;background:#e9eef3}table.main{width:1000px;margin:0 auto;background:#fff}.banner{background:#b50e0e;color:#fff;height:120px;font-size:30px;text-align:center}.nav td{background:#c7151a;color:#fff;text-align:center;padding:6px}h1{font-size:22px;color:#b00;text-align:center}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.content{padding:10px 40px;font-size:14px}.footer{background:#eee;text-align:center;color:#555;padding:10px}table.dt{border-collapse:collapse;margin:8px auto}table.dt td,table.dt th{padding:3px 10px}",
"gov_div": "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}.topbar{background:#f3f3f3;font-size:12px;padding:4px 40px}.topbar a{margin-right:12px;color:#555}.header{background:linear-gradient(#0a5bb5,#0d73d9);color:#fff;padding:30px 40px;font-size:28px}.nav a{display:inline-block;padding:10px 18px;color:#fff;background:#0a4f9e}.wrap{width:1100px;margin:0 auto}.crumb{padding:10px 0;color:#888}h1{text-align:center;font-size:24px}.info{text-align:center;color:#888;font-size:13px;margin:8px 0}.tools{text-align:right;color:#999}.article p{margin:0 0 1em}.pn{border-top:1px solid #ddd;margin-top:20px}.footer{background:#0a4f9e;color:#cfe0f7;text-align:center;padding:20px;font-size:12px}.share span{margin-right:8px}table.dt{border-collapse:collapse}",
"gov_flex": "*{box-sizing:border-box}body{margin:0;font:16px/1.75 -apple-system,'PingFang SC',sans-serif;background:#f7f8fa}header{display:flex;justify-content:space-between;align-items:center;padding:16px 5vw;background:#fff;border-bottom:3px solid #c00}.logo{font-size:22px;font-weight:700;color:#c00}.acc a{margin-left:14px;font-size:13px}nav{display:flex;gap:24px;background:#c00;padding:10px 5vw}nav a{color:#fff}main{display:flex;gap:24px;max-width:1200px;margin:20px auto}article{flex:3;background:#fff;padding:32px}aside{flex:1;background:#fff;padding:16px}h1{font-size:26px;line-height:1.4}.meta{display:flex;gap:20px;color:#888;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}footer{background:#333;color:#aaa;text-align:center;padding:24px;font-size:13px}table.dt{border-collapse:collapse;width:100%}td,th{padding:6px}",
}
CSS["gov_xxgk"] = CSS["gov_table"] + ".idx{width:900px;margin:10px auto;border-collapse:collapse;font-size:12px}.idx td{border:1px solid #d5d5d5;padding:4px 8px}.idx .k{background:#f2f6fa;width:90px}.wh{text-align:center;color:#333}.sign{text-align:right}"
CSS["gov_speech"] = CSS["gov_div"] + ".sp{text-align:center;font-size:16px}"

def head(p, css):
    title = p["title"] + "_" + p["site"]
    return (f'<!DOCTYPE html>\n<html lang="{"en" if p.get("lang")=="en" else "zh-CN"}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{e(title)}</title><style>{css}</style></head>\n<body>\n')

def t_gov_table(p, n):
    info = f'<tr><td class="info">{infobar(p, views=str(300+n*17))}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>'
    rows = [f'<tr><td class="banner">{img(p["site"]+"门户网站")}<br>{e(p["site"])}</td></tr>',
            '<tr><td><table class="nav" width="100%"><tr>' + "".join(f"<td>{x}</td>" for x in ["网站首页","政务公开","政务服务","互动交流","走进"+p["site"][:3]]) + "</tr></table></td></tr>",
            f'<tr><td>当前位置：<a href="#">首页</a> &gt; <a href="#">{e(p["col"])}</a> &gt; 正文</td></tr>']
    if p["bar"] == "above": rows.append(info)
    rows.append(f'<tr><td><h1>{e(p["title"])}</h1></td></tr>')
    if p["bar"] == "below": rows.append(info)
    rows.append(f'<tr><td class="content">{byl(p,"before")}{body_html(p)}{byl(p,"after")}</td></tr>')
    rows.append('<tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>')
    rows.append(f'<tr><td>{footer_gov(p,n)}</td></tr>')
    return head(p, CSS["gov_table"]) + '<table class="main" cellpadding="0" cellspacing="0">' + "\n".join(rows) + "</table></body></html>\n"

def t_gov_xxgk(p, n):
    idx = [("索 引 号：", p["index"]), ("发布机构：", p["org"]), ("文　　号：", p["wenhao"]), ("成文日期：", p["written"]), ("发布日期：", p["time"]), ("主题分类：", "综合政务/通知")]
    t = '<table class="idx">'
    for i in range(0, 6, 2):
        t += f'<tr><td class="k">{e(idx[i][0])}</td><td>{e(idx[i][1])}</td><td class="k">{e(idx[i+1][0])}</td><td>{e(idx[i+1][1])}</td></tr>'
    t += f'<tr><td class="k">名　　称：</td><td colspan="3">{e(p["title"])}</td></tr></table>'
    bl = body_html(p)
    return (head(p, CSS["gov_xxgk"]) + f'<div style="background:#b50e0e;color:#fff;padding:20px;font-size:26px">{img("国徽")}{e(p["site"])}政府信息公开</div>'
            f'<div style="padding:6px 40px">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">{e(p["col"])}</a></div>\n'
            f'{t}\n<div class="content" style="width:900px;margin:0 auto"><h1>{e(p["title"])}</h1><p class="wh">{e(p["wenhao"])}</p>{bl}</div>'
            f'<div style="text-align:center">【<a href="#">打印</a>】【<a href="#">关闭</a>】　<a href="#">下载附件：{e(p["title"][:10])}….pdf</a></div>'
            f'{footer_gov(p,n)}</body></html>\n')

def topbar():
    return '<div class="topbar"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">简体</a><a href="#">繁體</a><a href="#">登录</a><form style="display:inline"><input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div>'

def t_gov_div(p, n, speech=False):
    info = f'<div class="info">{infobar(p, views=str(n*53))}</div>'
    h = head(p, CSS["gov_speech" if speech else "gov_div"]) + topbar()
    h += f'<div class="header">{img("政府门户网站标志")} {e(p["site"])}</div><div class="nav"><a href="#">首页</a><a href="#">新闻中心</a><a href="#">信息公开</a><a href="#">办事服务</a><a href="#">政民互动</a></div>'
    h += f'<div class="wrap"><div class="crumb">您现在的位置：首页 &gt; 新闻中心 &gt; {e(p["col"])}</div>'
    if p["bar"] == "above": h += info
    h += f'<h1>{e(p["title"])}</h1>'
    if speech: h += f'<p class="sp">{e(p["sub"])}</p><p class="sp">{e(p["byline"])}</p>'
    if p["bar"] == "below": h += info
    h += '<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">收藏</a>】</div>'
    h += f'<div class="article">{byl(p,"before")}{body_html(p)}{byl(p,"after")}</div>'
    if p["bar"] == "bottom": h += info
    h += f'<div class="share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span></div><div>{img("扫一扫在手机打开当前页")}<br>扫一扫在手机打开当前页</div>'
    h += f'<div class="pn"><p>上一篇：{e(p["site"][:2])}召开{n}月份重点工作调度会</p><p>下一篇：关于调整部分办事窗口工作时间的公告</p></div></div>'
    return h + footer_gov(p, n) + "</body></html>\n"

def t_gov_flex(p, n):
    meta = f'<div class="meta"><span>{e(p["time"])}</span>' + (f'<span>来源：{e(p["src"])}</span>' if p["src"] else "") + (f'<span>{e(p["byline"])}</span>' if p["bypos"]=="bar" else "") + '<span>字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a></span></div>'
    h = head(p, CSS["gov_flex"]) + f'<header><div class="logo">{img("徽标")} {e(p["site"])}</div><div class="acc"><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">English</a><input placeholder="搜索"></div></header>'
    h += '<nav><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a></nav><main><article>'
    h += f'<div class="crumb">首页 › {e(p["col"])}</div>'
    if p["bar"] == "above": h += meta
    h += f'<h1>{e(p["title"])}</h1>'
    if p["bar"] == "below": h += meta
    h += byl(p, "before") + body_html(p) + byl(p, "after")
    if p["bar"] == "bottom": h += f'<div class="meta"><span>发布日期：{e(p["time"])}</span><span>信息来源：{e(p["src"])}</span></div>'
    h += f'<p class="ed">责任编辑：张{n}　审核：刘{n}</p></article><aside><h4>相关阅读</h4><ul><li>全区春季植树活动启动</li><li>2025年民生实事项目公布</li><li>政务服务“好差评”情况通报</li></ul>{img("政务微信二维码")}<p>扫码关注政务微信</p></aside></main>'
    h += f'<footer>主办单位：{e(p["site"])}办公室　网站标识码：65{n:03d}00011<br>新ICP备1{n:03d}0087号-1　新公网安备 650{n:02d}02000{n:03d}号<br>建议使用1920×1080分辨率浏览</footer></body></html>\n'
    return h

MCSS = "body{margin:0;font:15px/1.8 'Microsoft YaHei',sans-serif;color:#222}.top{background:#222;color:#ccc;font-size:12px;padding:4px 30px}.mast{background:#fff;border-bottom:4px solid #d00;padding:14px 30px;font-size:30px;color:#d00;font-weight:bold}.chan a{margin:0 10px;color:#333}.wrap{width:1160px;margin:0 auto;display:flex;gap:30px}.main{flex:1}.side{width:300px}h1{font-size:28px}.info{color:#888;font-size:13px}.info span{margin-right:14px}.caption{text-align:center;color:#666;font-size:13px}.ed{text-align:right;color:#999}.rel li{line-height:2}.foot{background:#f2f2f2;color:#777;text-align:center;font-size:12px;padding:20px}blockquote{border-left:3px solid #d00;margin:0;padding-left:12px}"

def minfo(p, n):
    items = [p["time"]]
    if p["src"]: items.append("来源：" + p["src"])
    if p["bypos"] == "bar": items.append(p["byline"])
    if p.get("glue"): return '<div class="info">' + "".join(f"<span style=\"margin:0\">{e(x)}</span>" for x in items) + f'<span style="margin:0">阅读：{n*311}</span></div>'
    return '<div class="info">' + "".join(f"<span>{e(x)}</span>" for x in items) + '<span>分享：微信 微博 QQ</span></div>'

def mfoot(p, n):
    return (f'<div class="foot">关于我们 | 广告服务 | 联系我们 | 版权声明<br>互联网新闻信息服务许可证：{30+n}120170{n:03d}　信息网络传播视听节目许可证：1{n:02d}8312<br>'
            f'ICP备1{n:03d}5587号-{n%4+1}　公网安备 {22+n%9}0102020{n:05d}号　违法和不良信息举报电话：0{n:02d}-123456{n%10}<br>Copyright © 2010-2025 {e(p["site"])} All Rights Reserved</div>')

def t_media_div(p, n):
    h = head(p, MCSS) + f'<div class="top">{e(p["site"])}　|　手机版　|　数字报　|　登录 注册</div><div class="mast">{img(p["site"]+" logo")} {e(p["site"])}</div>'
    h += '<div class="chan"><a href="#">首页</a><a href="#">时政</a><a href="#">本地</a><a href="#">经济</a><a href="#">文旅</a><a href="#">评论</a><a href="#">视频</a></div>'
    h += f'<div class="wrap"><div class="main"><div>{e(p["site"])} &gt; {e(p["col"])} &gt; 正文</div>'
    if p["bar"] == "above": h += minfo(p, n)
    h += f'<h1>{e(p["title"])}</h1>'
    if p["bar"] == "below": h += minfo(p, n)
    h += f'<div class="art">{byl(p,"before")}<p class="caption">{img("新闻图片")}<br>图为活动现场。（资料图）</p>{body_html(p)}{byl(p,"after")}</div>'
    if p["bar"] == "bottom": h += minfo(p, n)
    h += f'<p class="ed">{e(p["editor"])}</p><h4>相关新闻</h4><ul class="rel"><li>本地今年新增城市绿地120公顷</li><li>多部门联合开展夏季消防安全检查</li><li>市区新增公共停车泊位2000个</li></ul></div>'
    h += f'<div class="side"><h4>热点排行</h4><ol><li>地铁新线路试运行</li><li>高考志愿填报指南发布</li><li>暑期文旅消费券开抢</li></ol>{img("扫码下载客户端")}<p>扫码下载客户端</p></div></div>'
    return h + mfoot(p, n) + "</body></html>\n"

FCSS = "*{box-sizing:border-box}body{margin:0;font:17px/1.8 system-ui,'PingFang SC',sans-serif;color:#1a1a1a}.hd{display:flex;align-items:center;justify-content:space-between;padding:12px 4vw;border-bottom:1px solid #eee}.hd .lg{font-size:24px;font-weight:800;color:#0a5}.hd nav a{margin-left:16px;color:#333}.box{display:grid;grid-template-columns:1fr 320px;gap:40px;max-width:1180px;margin:24px auto;padding:0 16px}h1{font-size:30px;line-height:1.35;margin:8px 0}.meta{display:flex;flex-wrap:wrap;gap:12px;color:#777;font-size:14px}.sub{font-size:19px;border-left:4px solid #0a5;padding-left:8px}.sharebar{display:flex;gap:10px;color:#999;font-size:13px;margin:20px 0}.hot li{margin:8px 0}.ft{background:#111;color:#888;padding:28px;text-align:center;font-size:13px}"

def t_media_flex(p, n):
    meta = '<div class="meta">' + (f'<span>{e(p["byline"])}</span>' if p["bypos"]=="bar" else "") + f'<span>{e(p["time"])}</span>' + (f'<span>来源：{e(p["src"])}</span>' if p["src"] else "") + '</div>'
    if p.get("glue"): meta = '<div class="meta" style="gap:0">' + (f'<span>{e(p["byline"])}</span>' if p["bypos"]=="bar" else "") + f'<span>{e(p["time"])}</span><span>来源：{e(p["src"])}</span></div>'
    h = head(p, FCSS) + f'<div class="hd"><span class="lg">{e(p["site"])}</span><nav><a href="#">要闻</a><a href="#">{e(p["col"])}</a><a href="#">视频</a><a href="#">直播</a><a href="#">客户端</a></nav></div><div class="box"><div>'
    h += f'<div class="crumb">{e(p["site"])} / {e(p["col"])}</div>'
    if p["bar"] == "above": h += meta
    h += f'<h1>{e(p["title"])}</h1>'
    if p["bar"] == "below": h += meta
    h += byl(p, "before") + f'<figure>{img("现场图片")}<figcaption>现场图。受访者供图</figcaption></figure>' + body_html(p, indent=False) + byl(p, "after")
    h += f'<p class="ed">{e(p["editor"])}</p><div class="sharebar"><span>分享到</span><span>微信</span><span>朋友圈</span><span>微博</span><span>复制链接</span></div>'
    h += '<div class="pn">上一篇：全省文旅项目集中签约　下一篇：春运返程高峰平稳有序</div></div>'
    h += f'<aside><h3>24小时热榜</h3><ol class="hot"><li>多地迎来降温降雨</li><li>新学期开学安全提示</li><li>这些新规下月起施行</li></ol>{img("APP下载二维码")}<p>下载{e(p["site"])}客户端</p></aside></div>'
    return h + f'<div class="ft">{e(p["site"])}版权所有，未经授权禁止转载　湘ICP备1{n:03d}8866号　湘公网安备 430{n:03d}02000{n:03d}号<br>网络文化经营许可证 湘网文〔2023〕{n}号</div></body></html>\n'

def t_media_table(p, n):
    info = f'<tr><td align="center" class="info">{e(p["time"])}{"" if p.get("glue") else "　　"}来源：{e(p["src"])}{"" if p.get("glue") else "　　"}' + (e(p["byline"]) if p["bypos"]=="bar" else "") + "</td></tr>"
    h = head(p, "body{margin:0;font:14px/1.9 SimSun,serif;background:#dde}table.w{width:960px;margin:0 auto;background:#fff}h1{font-size:24px;text-align:center;color:#036}.info{color:#777;font-size:12px;border-bottom:1px solid #ccc}.c{padding:10px 30px}.f{background:#036;color:#fff;text-align:center;font-size:12px}table.dt{border-collapse:collapse}")
    h += f'<table class="w"><tr><td>{img(p["site"])}<b style="font-size:28px;color:#036">{e(p["site"])}</b>　　<a href="#">设为首页</a> <a href="#">加入收藏</a></td></tr>'
    h += '<tr><td style="background:#036;color:#fff">首页 | 新闻 | 专题 | 图片 | 视频 | 旅游 | 论坛</td></tr>'
    h += f'<tr><td>您的位置：<a href="#">首页</a> &gt;&gt; <a href="#">{e(p["col"])}</a></td></tr>'
    if p["bar"] == "above": h += info
    h += f'<tr><td><h1>{e(p["title"])}</h1></td></tr>'
    if p["bar"] == "below": h += info
    h += f'<tr><td class="c">{byl(p,"before")}{body_html(p)}{byl(p,"after")}</td></tr>'
    if p["bar"] == "bottom": h += f'<tr><td align="right" class="info">发布时间：{e(p["time"])}　来源：{e(p["src"])}</td></tr>'
    h += f'<tr><td align="right">{e(p["editor"])}</td></tr><tr><td>【<a href="#">我要纠错</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>'
    h += '<tr><td><b>相关文章</b><br>· 春季旅游线路推荐发布<br>· 全市文明城市创建推进会召开</td></tr>'
    h += f'<tr><td class="f">{e(p["site"])} 版权所有 Copyright 2008-2025<br>ICP证：苏B2-2008{n:04d}　苏公网安备 32080{n:03d}0{n:05d}号</td></tr></table></body></html>\n'
    return h

def t_en(p, n):
    h = head(p, "body{margin:0;font:17px/1.7 Georgia,serif}.bar{background:#00305f;color:#fff;padding:14px 5vw;font:bold 26px Arial}.bar a{color:#cde;font-size:14px;margin-left:18px}.w{max-width:820px;margin:30px auto}h1{font:700 34px/1.2 Arial}.by{color:#555;font:14px Arial}.cap{font:13px Arial;color:#666}.ft{background:#eee;font:12px Arial;padding:20px;text-align:center}")
    h += f'<div class="bar">{e(p["site"])}<a href="#">Home</a><a href="#">China</a><a href="#">{e(p["col"])}</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">中文</a></div><div class="w">'
    h += f'<p>Home / {e(p["col"])}</p>'
    by = '<p class="by">' + (f'<span>{e(p["byline"])}</span> | ' if p["byline"] else "") + f'<span>Updated: {e(p["time"])}</span>' + (f' | <span>Source: {e(p["src"])}</span>' if p["src"] else "") + '</p>'
    if p["bar"] == "above": h += by
    h += f'<h1>{e(p["title"])}</h1>'
    if p["bar"] == "below": h += by
    h += f'<p class="cap">{img("Photo")}<br>Visitors at the site. [Photo provided to {e(p["site"])}]</p>' + body_html(p, indent=False)
    if p["editor"]: h += f'<p class="by">{e(p["editor"])}</p>'
    h += '<p>Share: Facebook | X | LinkedIn | Email</p><h3>Related Stories</h3><ul><li>New rail link to speed up regional travel</li><li>Spring farming in full swing across province</li></ul></div>'
    return h + f'<div class="ft">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to {e(p["site"])}.<br>京ICP备1{n:03d}0417号-1</div></body></html>\n'

def t_wx(p, n):
    h = head(p, "body{margin:0;background:#fff;font:17px/1.75 -apple-system,'PingFang SC',sans-serif;color:#333}.rich{max-width:677px;margin:0 auto;padding:20px 16px}h1{font-size:22px;line-height:1.4;margin-bottom:14px}.meta{font-size:15px;color:rgba(0,0,0,.3)}.meta a{color:#576b95;margin:0 6px}.orig{background:#f2f2f2;padding:0 4px;font-size:12px}section{margin:0 0 20px}ul{padding-left:20px}.sub{color:#07c160;font-size:18px}.qr{text-align:center;color:#888;font-size:14px}.bottom{display:flex;justify-content:space-between;color:#576b95;font-size:15px}")
    h += f'<div class="rich"><h1>{e(p["title"])}</h1><div class="meta"><span class="orig">原创</span> {e(p.get("acctline", p["acct"]))} <a href="#">{e(p["acct"])}</a> <em>{e(p["time"])}</em> <em>{"江苏" if n<26 else "吉林"}</em></div>'
    h += f'<section>{img("封面图")}</section>' + byl(p, "before") + body_html(p, pstyle="p", indent=False)
    h += f'<p style="color:#888;font-size:14px">{e(p["editor"])}</p><p class="qr">{img("二维码")}<br>长按识别二维码关注我们</p>'
    h += '<div class="bottom"><span>阅读原文</span><span>阅读 1.2万</span><span>赞 326</span><span>分享</span><span>推荐 88</span></div><p style="color:#888">留言</p><p>写留言</p></div></body></html>\n'
    return h

def t_app(p, n):
    h = head(p, "body{margin:0;font:18px/1.8 sans-serif;background:#fff;max-width:640px;margin:0 auto}.open{position:sticky;top:0;background:#f85959;color:#fff;display:flex;justify-content:space-between;padding:8px 14px;font-size:14px}h1{font-size:24px;padding:0 14px}.au{display:flex;gap:10px;align-items:center;padding:0 14px;font-size:14px;color:#999}.au b{color:#222}.txt{padding:0 14px}.more{text-align:center;color:#f85959;border:1px solid #f85959;margin:20px;border-radius:20px}.cm{padding:14px;font-size:14px;color:#555}")
    h += f'<div class="open"><span>{img(p["site"]+"图标")} {e(p["site"])}</span><span>打开APP</span></div><h1>{e(p["title"])}</h1>'
    h += f'<div class="au">{img("头像", w=1)}<b>{e(p["acct"])}</b><span>{e(p["time"])}</span><span>关注</span></div>'
    h += '<div class="txt">' + byl(p, "before") + body_html(p, pstyle="section") + '</div>'
    h += f'<p class="more">打开{e(p["site"])}APP，阅读更多精彩内容</p><div class="cm"><p>全部评论 56</p><p>湘水人家：手艺人了不起！ 赞12</p><p>旅行的猫：去过，很值得一看 赞5</p></div>'
    return h + '<p style="font-size:12px;color:#aaa;text-align:center">本文为作者原创，未经授权禁止转载　举报</p></body></html>\n'

def t_weibo(p, n):
    h = head(p, "body{margin:0;background:#f2f2f2;font:15px/1.7 'Microsoft YaHei',sans-serif}.card{max-width:600px;margin:20px auto;background:#fff;padding:16px;border-radius:6px}.nm{font-weight:bold;color:#eb7350}.from{color:#999;font-size:12px}.ops{display:flex;justify-content:space-around;color:#808080;border-top:1px solid #eee;padding-top:8px}.tt{display:none}")
    h += f'<div class="card"><div>{img("头像")} <span class="nm">{e(p["acct"])}</span> <span>V</span> <span>+关注</span></div><div class="from">{e(p["time"])} 来自 微博网页版</div><h2>{e(p["title"])}</h2>'
    body = body_html(p, pstyle="div")
    h += f'<div class="wb">{body}</div><div>{img("图片1")}{img("图片2")}{img("图片3")}</div>'
    return h + '<div class="ops"><span>转发 128</span><span>评论 56</span><span>赞 430</span></div></div><p style="text-align:center;color:#999;font-size:12px">微博 随时随地发现新鲜事</p></body></html>\n'

def t_wangyi(p, n):
    h = head(p, "body{margin:0;font:16px/1.9 'PingFang SC',sans-serif}.hd{background:#c4161c;color:#fff;padding:10px 30px}.w{width:860px;margin:0 auto}h1{font-size:28px}.post_info{color:#888;font-size:14px}.post_info a{color:#315efb}.declare{color:#aaa;font-size:13px;border-top:1px solid #eee}")
    h += f'<div class="hd">{e(p["site"])}首页 | 新闻 | 体育 | 娱乐 | 财经 | 汽车 | 科技 | 手机</div><div class="w"><h1>{e(p["title"])}</h1>'
    h += f'<div class="post_info">{e(p["time"])}　来源: <a href="#">{e(p["acct"])}</a>　<span>举报</span> <span>0</span> <span>分享至</span></div>'
    h += body_html(p, indent=False)
    return h + f'<p class="declare">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p><p>相关推荐</p><ul><li>湖南十大美食你吃过几种？</li><li>这座小城的早餐太丰富了</li></ul><p>网易公司版权所有 ©1997-2025</p></div></body></html>\n'

def t_epaper(p, n):
    css = "body{margin:0;font:14px/1.8 SimSun,serif;background:#efe9da}.hd{background:#8b0000;color:#fff;padding:8px 20px}.hd b{font-size:26px}.frame{display:flex;gap:0;width:1200px;margin:0 auto;background:#fff}.left{width:380px;border-right:1px solid #ccc;padding:10px}.pagemap{width:340px;height:480px;background:#ddd}.right{flex:1;padding:16px 30px}.yt,.ft{text-align:center;font-size:16px;color:#333}.zt{text-align:center;font-size:28px;font-weight:bold;margin:4px 0}.list li{line-height:2}.nav{display:flex;justify-content:space-between;color:#8b0000}"
    wk = "星期" + "一二三四五六日"[n % 7]
    h = head(p, css) + f'<div class="hd"><b>{e(p["site"])}</b>　数字报　{e(p["time"])} {wk}　<a href="#" style="color:#fff">往期回顾</a>　<a href="#" style="color:#fff">PDF下载</a></div>'
    h += '<div class="frame"><div class="left"><div class="nav"><a href="#">上一版</a><a href="#">下一版</a></div>'
    h += f'<p>{img("版面缩略图", cls="pagemap")}</p><p><b>版面导航</b></p><table>' + "".join(f'<tr><td><a href="#">{e(x)}</a></td></tr>' for x in p["pagelist"]) + "</table>"
    h += f'<p><b>本版标题</b></p><ul class="list"><li><a href="#">{e(p["title"])}</a></li>' + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in p["others"]) + "</ul></div>"
    h += f'<div class="right"><div>{e(p["col"])}　　{e(p["time"])}</div>'
    if p["pre"]: h += f'<p class="yt">{e(p["pre"])}</p>'
    h += f'<p class="zt">{e(p["title"])}</p>'
    if p["sub"]: h += f'<p class="ft">——{e(p["sub"])}</p>' if n % 2 else f'<p class="ft">{e(p["sub"])}</p>'
    h += byl(p, "before") + body_html(p) + byl(p, "after")
    h += f'<p class="cap">{img("新闻照片")}<br>图片说明：资料图片</p><div class="nav"><a href="#">上一篇</a><a href="#">下一篇</a><a href="#">返回目录</a></div></div></div>'
    return h + f'<p style="text-align:center;font-size:12px">{e(p["site"])}社版权所有　未经书面授权不得转载　ICP备0{n:04d}133号</p></body></html>\n'

def t_inst(p, n, v2=False):
    col = "#004b8d" if not v2 else "#1c7c54"
    css = f"body{{margin:0;font:15px/1.8 'Microsoft YaHei',sans-serif}}.top{{background:{col};color:#fff;padding:18px 6vw;display:flex;justify-content:space-between}}.top b{{font-size:26px}}.menu a{{color:#fff;margin-left:18px}}.w{{max-width:1000px;margin:20px auto;background:#fff}}h2.t{{text-align:center;font-size:24px;color:{col}}}.xx{{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:8px}}.xx span{{margin:0 10px}}.foot{{background:#222;color:#999;text-align:center;font-size:12px;padding:20px}}"
    items = []
    if p["bypos"] == "bar": items.append(p["byline"])
    if p["src"]: items.append("来源：" + p["src"])
    items.append("发布时间：" + p["time"])
    items.append(f"点击数：{n*29}")
    if p.get("glue"): xx = '<div class="xx">' + "".join(f"<span style=\"margin:0\">{e(x)}</span>" for x in items) + "</div>"
    else: xx = '<div class="xx">' + "".join(f"<span>{e(x)}</span>" for x in items) + "</div>"
    h = head(p, css) + f'<div class="top"><b>{img("校徽/标志")} {e(p["site"])}{e(p["sitecol"])}</b><span class="menu"><a href="#">首页</a><a href="#">{e(p["col"])}</a><a href="#">通知公告</a><a href="#">媒体报道</a><a href="#">English</a></span></div>'
    h += f'<div class="w"><p>当前位置: 首页 &gt;&gt; {e(p["col"])} &gt;&gt; 正文</p>'
    if p["bar"] == "above": h += xx
    h += f'<h2 class="t">{e(p["title"])}</h2>'
    if p["bar"] == "below": h += xx
    h += byl(p, "before") + body_html(p) + byl(p, "after")
    if p["bar"] == "bottom": h += xx
    if p["editor"]: h += f'<p style="text-align:right">{e(p["editor"])}</p>'
    h += '<p>上一条：关于2025年端午节放假安排的通知</p><p>下一条：我单位开展“学雷锋”志愿服务活动</p><p style="text-align:right">【<a href="#">关闭窗口</a>】</p></div>'
    return h + f'<div class="foot">版权所有 © {e(p["site"])}　地址：建设路{n}号　电话：0{n:03d}-6688{n:03d}　ICP备1{n:03d}2233号-1　公网安备 2201{n:04d}0200{n:02d}号</div></body></html>\n'

T = {"gov_table": t_gov_table, "gov_xxgk": t_gov_xxgk, "gov_div": t_gov_div, "gov_flex": t_gov_flex,
     "gov_speech": lambda p, n: t_gov_div(p, n, speech=True), "media_div": t_media_div, "media_flex": t_media_flex,
     "media_table": t_media_table, "en": t_en, "wx": t_wx, "app": t_app, "weibo": t_weibo, "wangyi": t_wangyi,
     "epaper": t_epaper, "inst": t_inst, "inst2": lambda p, n: t_inst(p, n, v2=True)}

def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    for p in PAGES:
        p.setdefault("editor", ""); p.setdefault("lang", "zh"); p.setdefault("acct", "")
        n = int(p["id"][3:])
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(T[p["tpl"]](p, n))
        g = {"id": p["id"], "set": "zh-blind201", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_paras(p)}
        json.dump(g, open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(len(PAGES), "pages built")

if __name__ == "__main__":
    main()
