#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the page records in pages_*.py (one source of truth)."""
import json, os, sys, html as H
sys.path.insert(0, os.path.dirname(__file__))
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C
PAGES = A + B + C
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def img(alt, cls=""):
    return f'<img src="{GIF}" alt="{e(alt)}" class="{cls}" width="1" height="1">'

def parse(body):
    """body text -> list of (kind, value); kind in p h li tr q img"""
    out = []
    for line in body.strip().split("\n"):
        line = line.strip()
        if not line: continue
        if line.startswith("## "): out.append(("h", line[3:]))
        elif line.startswith("- "): out.append(("li", line[2:]))
        elif line.startswith("| "): out.append(("tr", [c.strip() for c in line[2:].split("|")]))
        elif line.startswith("> "): out.append(("q", line[2:]))
        elif line.startswith("! "): out.append(("img", line[2:]))
        else: out.append(("p", line))
    return out

def gold_paras(blocks):
    res = []
    for k, v in blocks:
        if k == "img": continue
        res.append(" ".join(v) if k == "tr" else v)
    return res

def body_html(blocks, pstyle="p", indent=True):
    out, i = [], 0
    while i < len(blocks):
        k, v = blocks[i]
        if k == "p": out.append(f'<p>{e(v)}</p>')
        elif k == "h": out.append(f'<h3 class="sub">{e(v)}</h3>' if pstyle == "p" else f'<p class="sub"><strong>{e(v)}</strong></p>')
        elif k == "q": out.append(f'<blockquote>{e(v)}</blockquote>')
        elif k == "img":
            alt, _, cap = v.partition("|")
            out.append(f'<div class="pic">{img(alt)}<p class="caption">{e(cap)}</p></div>')
        elif k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f'<li>{e(blocks[i][1])}</li>'); i += 1
            out.append('<ul class="lst">' + "".join(items) + '</ul>'); continue
        elif k == "tr":
            rows, first = [], True
            while i < len(blocks) and blocks[i][0] == "tr":
                tag = "th" if first else "td"; first = False
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in blocks[i][1]) + "</tr>"); i += 1
            out.append('<table class="data" border="1" cellspacing="0">' + "".join(rows) + '</table>'); continue
        i += 1
    return "\n".join(out)

def footer_ids(p):
    n = int(p["id"][3:])
    return dict(icp=f"{p.get('prov','鄂')}ICP备{11020000+n*7919 % 899999}号-{n%5+1}",
                gab=f"{p.get('prov','鄂')}公网安备 {42010202000000+n*104729}号",
                bsm=f"{4200000000+n*86243}")

def info_html(p):
    items = p.get("info", [])
    if p.get("glued"):
        return '<div class="info">' + "".join(e(x) for x in items) + '</div>'
    return '<div class="info">' + "".join(f'<span>{e(x)}</span>' for x in items) + '</div>'

def byline_html(p):
    return f'<p class="byline">{e(p["byline"])}</p>' if p.get("byline") else ""

def article_core(p, blocks):
    """headline + info + byline + body arranged by options"""
    pos = p.get("info_pos", "below")
    bpos = p.get("byline_pos", "first")
    parts = []
    if p.get("kicker"): parts.append(f'<p class="kicker">{e(p["kicker"])}</p>')
    if pos == "above": parts.append(info_html(p))
    t = p["title_html"] if p.get("title_html") else e(p["title"])
    parts.append(f'<h1 class="title">{t}</h1>')
    if p.get("subtitle"): parts.append(f'<p class="subtitle">{e(p["subtitle"])}</p>')
    if pos == "below": parts.append(info_html(p))
    if p.get("tools"): parts.append(f'<div class="tools">{e(p["tools"])}</div>')
    if bpos == "first": parts.append(byline_html(p))
    if p.get("lead_img"): parts.append(f'<div class="pic">{img(p["lead_img"][0])}<p class="caption">{e(p["lead_img"][1])}</p></div>')
    parts.append('<div class="content">' + body_html(blocks, p.get("pstyle", "p")) + '</div>')
    if bpos == "closing": parts.append(byline_html(p))
    if p.get("editor"): parts.append(f'<p class="editor">{e(p["editor"])}</p>')
    if pos == "bottom": parts.append(info_html(p))
    return "\n".join(parts)

def related(p):
    r = p.get("related", [])
    if not r: return ""
    return '<div class="related"><h4>' + e(p.get("related_head", "相关新闻")) + '</h4><ul>' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in r) + '</ul></div>'

def prevnext(p):
    if not p.get("prev"): return ""
    lab = ("Previous: ", "Next: ") if p.get("lang") == "en" else ("上一篇：", "下一篇：")
    return f'<div class="pn"><p>{lab[0]}<a href="#">{e(p["prev"])}</a></p><p>{lab[1]}<a href="#">{e(p["next"])}</a></p></div>'

def nav(items, cls="nav"):
    return f'<div class="{cls}">' + "".join(f'<a href="#">{e(x)}</a>' for x in items) + '</div>'

CSS_BASE = "body{margin:0;font-family:'Microsoft YaHei',SimSun,sans-serif;color:#333;font-size:14px}a{color:#333;text-decoration:none}.data{border-collapse:collapse;margin:10px auto}.data td,.data th{border:1px solid #999;padding:4px 8px}.caption{text-align:center;color:#666;font-size:13px}.pic{text-align:center}.pic img{width:500px;height:300px;background:#ccc}.lst{list-style:none;padding-left:2em}blockquote{border-left:4px solid #c00;margin:10px 0;padding:6px 14px;background:#f6f6f6}.info span{margin-right:18px}"

# ---------------- templates ----------------
def t_gov_table(p, blocks, f):
    css = CSS_BASE + ".wrap{width:1000px;margin:0 auto;background:#fff}.top{background:#b30000;color:#fff;height:120px;font-size:34px}.nav a{color:#fff;padding:0 16px}.navbar{background:#8a0000;height:36px;line-height:36px}.title{text-align:center;font-size:24px;color:#b30000}.info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding:8px}.content p{text-indent:2em;line-height:2}.foot{background:#eee;text-align:center;font-size:12px;padding:16px}"
    return f'''<table class="wrap" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="topbar"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">手机版</a></td></tr>
<tr><td class="top" colspan="2">{img(p["site"]+"标志")}{e(p["site"])}</td></tr>
<tr><td class="navbar" colspan="2">{nav(p.get("nav",["首页","政务公开","政务服务","互动交流","走进"+p["site"][:3]]))}</td></tr>
<tr><td colspan="2">站内搜索：<input type="text" value="" placeholder="请输入关键字"> <input type="submit" value="搜索"></td></tr>
<tr><td colspan="2" class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">{e(p.get("channel","工作动态"))}</a></td></tr>
<tr><td colspan="2" class="main">{article_core(p, blocks)}
<p class="tools2">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】　【<a href="#">关闭</a>】</p>
{prevnext(p)}{related(p)}</td></tr>
<tr><td colspan="2" class="foot"><p>主办：{e(p.get("host",p["site"]))}　承办：{e(p.get("undertake",p["site"]+"办公室"))}</p><p>联系电话：{e(p.get("phone","0716-5238107"))}　{f["icp"]}　{f["gab"]}　网站标识码：{f["bsm"]}</p>{img("党政机关")}</td></tr></table>''', css

def t_gov_div(p, blocks, f):
    css = CSS_BASE + ".head{background:linear-gradient(#1556a8,#0d3e7d);color:#fff;padding:20px 60px;font-size:30px}.tb{background:#f2f2f2;font-size:12px;padding:4px 60px;display:flex;justify-content:space-between}.nav{background:#0d3e7d;padding:8px 60px}.nav a{color:#fff;margin-right:28px}.box{width:1100px;margin:16px auto;border:1px solid #ddd;padding:20px 40px}.title{text-align:center;font-size:26px}.info{text-align:center;font-size:13px;color:#777;background:#f7f7f7;padding:6px}.content{font-size:16px;line-height:1.9}.content p{text-indent:2em}.sub{font-size:16px}.foot{background:#0d3e7d;color:#cfd8e6;font-size:12px;padding:20px;text-align:center}.share a{margin:0 6px;color:#1556a8}"
    return f'''<div class="tb"><div>今天是：2025年 欢迎访问{e(p["site"])}</div><div><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a> <a href="#">登录</a></div></div>
<div class="head">{img(p["site"]+"门户网站")}{e(p["site"])}<form style="float:right"><input type="text" placeholder="搜索本站"><button>搜索</button></form></div>
{nav(p.get("nav",["首页","要闻动态","信息公开","政务服务","政民互动","数据开放"]))}
<div class="box"><div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">{e(p.get("channel","要闻动态"))}</a> &gt; 正文</div>
{article_core(p, blocks)}
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a>　<a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
{prevnext(p)}{related(p)}</div>
<div class="foot"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p><p>主办单位：{e(p.get("host",p["site"]))}　承办：{e(p.get("undertake",p["site"]+"大数据中心"))}</p><p>{f["icp"]}　{f["gab"]}　网站标识码：{f["bsm"]}</p><p>{img("政府网站找错")} {img("党政机关")}</p></div>''', css

def t_gov_doc(p, blocks, f):
    css = CSS_BASE + ".head{background:#c8161d;color:#fff;padding:18px 80px;font-size:28px}.nav{background:#a40f15;padding:6px 80px}.nav a{color:#fff;margin-right:24px}.box{width:1080px;margin:10px auto}.idx{width:100%;border-collapse:collapse;font-size:13px;margin:10px 0 20px}.idx td{border:1px solid #ddd;padding:6px}.idx td.k{background:#f5f5f5;width:90px}.title{text-align:center;font-size:24px;color:#222}.wh{text-align:center;color:#555}.content{font-family:FangSong,serif;font-size:17px;line-height:2}.content p{text-indent:2em}.content p.sign,.content p.date{text-align:right}.foot{border-top:3px solid #c8161d;text-align:center;font-size:12px;padding:14px;color:#666}"
    idx = p["index"]
    rows = []
    it = list(idx.items())
    for j in range(0, len(it), 2):
        cells = "".join(f'<td class="k">{e(k)}</td><td>{e(v)}</td>' for k, v in it[j:j+2])
        rows.append(f"<tr>{cells}</tr>")
    core = p.copy(); core["info_pos"] = p.get("info_pos", "none")
    wh = f'<p class="wh">{e(p["wenhao"])}</p>' if p.get("wenhao") else ""
    bh = body_html(blocks)
    # right-align sign/date lines (last two paragraphs flagged)
    for s in p.get("right", []):
        bh = bh.replace(f"<p>{e(s)}</p>", f'<p class="sign">{e(s)}</p>')
    return f'''<div class="head">{img("国徽")}{e(p["site"])}</div>
{nav(["首页","政府信息公开指南","政府信息公开制度","法定主动公开内容","政府信息公开年报","依申请公开"])}
<div class="box"><div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; {e(p.get("channel","通知公告"))}</div>
<table class="idx">{"".join(rows)}</table>
{info_html(p) if p.get("info_pos")=="above" else ""}
<h1 class="title">{e(p["title"])}</h1>{wh}
{info_html(p) if p.get("info_pos")=="below" else ""}
<div class="content">{bh}</div>
{f'<p class="editor">{e(p["editor"])}</p>' if p.get("editor") else ""}
<p>附件：<a href="#">{e(p.get("attach","附件1.docx"))}</a></p>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】 浏览次数：{int(p["id"][3:])*137+58}</p>
{prevnext(p)}{related(p)}</div>
<div class="foot"><p>主办：{e(p.get("host",p["site"]))}　{f["icp"]}　{f["gab"]}</p><p>网站标识码：{f["bsm"]}　联系电话：{e(p.get("phone","0771-2809513"))}</p></div>''', css

def t_media_portal(p, blocks, f):
    css = CSS_BASE + ".topnav{background:#eee;font-size:12px;padding:4px 40px}.logo{padding:14px 40px;font-size:32px;color:#c00;font-weight:bold}.nav{background:#c00;padding:8px 40px}.nav a{color:#fff;margin-right:20px;font-size:15px}.wrap{width:1140px;margin:0 auto;display:table}.left{display:table-cell;width:780px;padding-right:30px}.right{display:table-cell;width:330px;background:#fafafa;font-size:13px}.title{font-size:28px;line-height:1.4}.info{color:#999;font-size:13px;padding:6px 0;border-bottom:1px solid #eee}.content{font-size:17px;line-height:1.85}.content p{text-indent:2em}.editor{text-align:right;color:#999}.foot{background:#333;color:#aaa;font-size:12px;padding:20px;text-align:center}"
    hot = p.get("hot", ["全市一季度经济运行情况发布", "春季招聘会本周六举行", "城区部分路段临时交通管制", "气象台发布大风蓝色预警"])
    return f'''<div class="topnav"><a href="#">{e(p["site"])}首页</a> | <a href="#">手机版</a> | <a href="#">客户端下载</a> | <a href="#">登录</a> <a href="#">注册</a></div>
<div class="logo">{img(p["site"]+"LOGO")}{e(p["site"])}</div>
{nav(p.get("nav",["首页","时政","本地","社会","经济","文旅","视频","评论","专题"]))}
<div class="wrap"><div class="left"><div class="crumb"><a href="#">{e(p["site"])}</a> &gt; <a href="#">{e(p.get("channel","本地新闻"))}</a> &gt; 正文</div>
{article_core(p, blocks)}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a>　{img("扫码分享二维码")}<span>扫一扫在手机上打开</span></div>
{prevnext(p)}{related(p)}</div>
<div class="right"><h4>热点排行</h4><ol>{"".join(f"<li><a href='#'>{e(x)}</a></li>" for x in hot)}</ol>{img("关注官方微信")}<p>扫码关注{e(p["site"])}官方微信</p></div></div>
<div class="foot"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">违法和不良信息举报</a></p><p>{e(p.get("copyright","版权所有 "+p["site"]))}　{f["icp"]}　{f["gab"]}</p><p>互联网新闻信息服务许可证：{45120170000+int(p["id"][3:])*31}</p></div>''', css

def t_media_flex(p, blocks, f):
    css = CSS_BASE + "header{display:flex;align-items:center;justify-content:space-between;padding:10px 5vw;border-bottom:2px solid #0a5cad}header nav a{margin:0 10px}main{display:flex;gap:40px;max-width:1200px;margin:20px auto}article{flex:3}aside{flex:1;font-size:13px;background:#f7f9fc;padding:12px}.title{font-size:30px;font-weight:700}.info{display:flex;gap:16px;color:#888;font-size:13px}.content{font-size:18px;line-height:1.8}.content p{margin:0 0 1em}.sub{border-left:4px solid #0a5cad;padding-left:8px}footer{background:#0a2b4e;color:#9db;padding:24px;font-size:12px;text-align:center}.editor{color:#999;font-size:13px}"
    return f'''<header><div class="logo">{img(p["site"])}<b>{e(p["site"])}</b></div><nav>{"".join(f'<a href="#">{e(x)}</a>' for x in p.get("nav",["首页","要闻","民生","财经","视听","直播"]))}</nav><form><input type="search" placeholder="搜索"></form></header>
<main><article><div class="crumb">{e(p.get("channel","要闻"))}</div>
{article_core(p, blocks)}
<div class="share"><span>分享：</span><a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
{prevnext(p)}</article>
<aside>{related(p)}<div>{img("客户端二维码")}<p>下载{e(p.get("app",p["site"]+"客户端"))}</p></div></aside></main>
<footer><p>{e(p.get("copyright","Copyright © 2025 "+p["site"]+" All Rights Reserved"))}</p><p>{f["icp"]}　{f["gab"]}</p><p>举报电话：{e(p.get("phone","0431-88600110"))}</p></footer>''', css

def t_media_en(p, blocks, f):
    css = CSS_BASE + "body{font-family:Georgia,serif}.bar{background:#002f5f;color:#fff;padding:12px 40px;font-size:26px}.nav{padding:8px 40px;border-bottom:1px solid #ccc}.nav a{margin-right:20px;font-family:Arial}.wrap{max-width:900px;margin:20px auto}.title{font-size:34px}.info{color:#666;font-family:Arial;font-size:13px}.content{font-size:18px;line-height:1.7}.foot{background:#eee;font-size:12px;text-align:center;padding:20px}"
    return f'''<div class="bar">{img(p["site"]+" logo")}{e(p["site"])}</div>
{nav(p.get("nav",["Home","China","World","Business","Culture","Travel","Photos"]))}
<div class="wrap"><div class="crumb">{e(p.get("channel","Home > China"))}</div>
{article_core(p, blocks)}
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
{prevnext(p)}{related(p)}</div>
<div class="foot"><p>{e(p.get("copyright","Copyright 2025 "+p["site"]+". All rights reserved."))}</p><p>{f["icp"]}</p></div>''', css

def t_wx(p, blocks, f):
    css = CSS_BASE + "body{background:#fff}.wrap{max-width:677px;margin:0 auto;padding:20px 16px}.title{font-size:22px;line-height:1.4}.info{color:rgba(0,0,0,.5);font-size:15px}.info span{margin-right:8px}.acct{color:#576b95}.content{font-size:17px;line-height:1.75;letter-spacing:.5px}.content p{margin:0 0 16px}.sub{color:#1a73c8;text-align:center}.tail{color:#888;font-size:14px}.qr{text-align:center}"
    return f'''<div class="wrap">{article_core(p, blocks)}
<div class="qr">{img("二维码")}<p>长按识别二维码关注我们</p></div>
<div class="tail"><p>{e(p.get("tail","来源：" + p["site"]))}</p><p>阅读 {int(p["id"][3:])*311+1024}　<a href="#">赞</a>　<a href="#">分享</a>　<a href="#">推荐</a>　<a href="#">在看</a></p><p>写留言</p></div></div>''', css

def t_app(p, blocks, f):
    css = CSS_BASE + ".appbar{position:static;display:flex;justify-content:space-between;background:#f85959;color:#fff;padding:10px 16px}.appbar a{color:#fff;border:1px solid #fff;border-radius:14px;padding:2px 10px}.wrap{max-width:640px;margin:0 auto;padding:16px}.title{font-size:24px}.author{display:flex;gap:10px;align-items:center;font-size:14px;color:#666}.content{font-size:17px;line-height:1.8}.content p{margin:0 0 14px}.more{background:#f4f4f4;padding:10px}.open{display:block;text-align:center;background:#f85959;color:#fff;padding:10px;border-radius:20px;margin:16px}"
    return f'''<div class="appbar"><span>{img(p["site"])}{e(p["site"])}</span><a href="#">打开APP</a></div>
<div class="wrap">{article_core(p, blocks)}
<p class="stat">{e(p.get("stat","举报/反馈"))}</p>
<a class="open" href="#">{e(p.get("open","打开APP阅读全文"))}</a>
<div class="more">{related(p)}</div></div>''', css

def t_epaper(p, blocks, f):
    css = CSS_BASE + "body{background:#e9e4d8}.top{background:#6b0000;color:#fff;padding:10px 30px;font-size:26px}.bar{background:#fff;padding:6px 30px;font-size:13px}.frame{display:flex;gap:12px;padding:12px}.col1{width:240px;background:#fff;font-size:13px;padding:8px}.col2{width:330px;background:#fff;padding:8px;text-align:center}.col3{flex:1;background:#fff;padding:20px 30px}.kicker,.subtitle{text-align:center;color:#555;font-size:16px}.title{text-align:center;font-size:28px}.content p{text-indent:2em;line-height:1.9;font-size:16px}.info{text-align:center;color:#777}"
    pages = p["banlist"]
    titles = p["bantitles"]
    return f'''<div class="top">{img(p["site"])}{e(p["site"])}</div>
<div class="bar">{e(p["issue"])}　<a href="#">往期回顾</a>　<a href="#">PDF下载</a>　<a href="#">返回目录</a></div>
<div class="frame"><div class="col1"><h4>版面导航</h4><ul>{"".join(f"<li><a href='#'>{e(x)}</a></li>" for x in pages)}</ul><p><a href="#">上一版</a>　<a href="#">下一版</a></p></div>
<div class="col2">{img(p["ban"]+" 版面图")}<p>{e(p["ban"])}</p><h4>本版标题</h4><ul class="lst">{"".join(f"<li><a href='#'>{e(x)}</a></li>" for x in titles)}</ul></div>
<div class="col3">{article_core(p, blocks)}
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回版面</a></p></div></div>
<div class="bar">{e(p.get("copyright","本网站所刊登的各类新闻、信息未经协议授权，禁止下载使用"))}　{f["icp"]}</div>''', css

def t_inst(p, blocks, f):
    css = CSS_BASE + ".head{background:%s;color:#fff;padding:22px 70px;font-size:28px;display:flex;justify-content:space-between}.nav{background:#333;padding:8px 70px}.nav a{color:#eee;margin-right:26px}.box{display:flex;width:1150px;margin:18px auto;gap:24px}.side{width:220px;background:#f4f4f4;font-size:14px}.side a{display:block;padding:8px 14px;border-bottom:1px solid #fff}.art{flex:1}.title{font-size:24px;text-align:center}.info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}.content p{text-indent:2em;line-height:1.9;font-size:16px}.editor{text-align:right;color:#777}.foot{background:#222;color:#aaa;padding:20px 70px;font-size:12px}" % p.get("color", "#004a8f")
    side = p.get("side", ["学校要闻", "综合新闻", "院部动态", "媒体关注", "通知公告"])
    return f'''<div class="head"><span>{img(p["site"]+"校徽")}{e(p["site"])}</span><span><input type="text" placeholder="请输入关键词"><button>搜索</button></span></div>
{nav(p.get("nav",["首页","概况","新闻","机构","服务","公开"]))}
<div class="box"><div class="side"><h3>{e(p.get("channel","新闻中心"))}</h3>{"".join(f'<a href="#">{e(x)}</a>' for x in side)}</div>
<div class="art"><div class="crumb">您的位置：<a href="#">首页</a> &gt;&gt; <a href="#">{e(p.get("channel","新闻中心"))}</a></div>
{article_core(p, blocks)}
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
{prevnext(p)}{related(p)}</div></div>
<div class="foot"><p>{e(p.get("address","地址："))}　电话：{e(p.get("phone","0431-85098000"))}</p><p>{e(p.get("copyright","版权所有 © "+p["site"]))}　{f["icp"]}　{f["gab"]}</p></div>''', css

T = dict(gov_table=t_gov_table, gov_div=t_gov_div, gov_doc=t_gov_doc, media_portal=t_media_portal,
         media_flex=t_media_flex, media_en=t_media_en, wx=t_wx, app=t_app, epaper=t_epaper, inst=t_inst)

def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    for p in PAGES:
        blocks = parse(p["body"])
        f = footer_ids(p)
        inner, css = T[p["tpl"]](p, blocks, f)
        lang = p.get("lang", "zh")
        doc = f'''<!DOCTYPE html>
<html lang="{'en' if lang=='en' else 'zh-CN'}"><head><meta charset="utf-8"><title>{e(p.get("doctitle", p["title"] + "_" + p["site"]))}</title>
<style>{css}</style></head><body>
{inner}
</body></html>
'''
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(doc)
        g = {"id": p["id"], "set": "zh-blind194", "lang": lang, "kind": p["kind"], "title": p["title"],
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_paras(blocks)}
        open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8").write(json.dumps(g, ensure_ascii=False, indent=2) + "\n")
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
