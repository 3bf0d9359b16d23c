# -*- coding: utf-8 -*-
"""Build html/<id>.html and gold/<id>.json from pages.py (one source of truth)."""
import json, os, re, sys, html as H
sys.path.insert(0, os.path.dirname(__file__))
from pages import P
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind191"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def img(alt, cls=""):
    return f'<img src="{GIF}" alt="{e(alt)}" class="{cls}" width="1" height="1">'

def unspace(a):
    return re.sub(r"[ \u3000]+", "", a) if re.search(r"[\u4e00-\u9fff]", a) else a

def gold_paras(body):
    out = []
    for it in body:
        if isinstance(it, str): out.append(it)
        elif it[0] == "tr": out.append(" ".join(it[1]))
        else: out.append(it[1])
    return out

def body_html(body, ptag="p", indent=False):
    h, i = [], 0
    while i < len(body):
        it = body[i]
        if isinstance(it, str):
            st = ' style="text-indent:2em"' if indent else ""
            h.append(f"<{ptag}{st}>{e(it)}</{ptag}>" if ptag == "p" else f"<div class=\"para\">{e(it)}</div>")
        elif it[0] == "h":
            h.append(f'<h3 class="sub">{e(it[1])}</h3>' if i % 2 else f'<p><strong>{e(it[1])}</strong></p>')
        elif it[0] == "q":
            h.append(f"<blockquote>{e(it[1])}</blockquote>")
        elif it[0] == "li":
            lis = []
            while i < len(body) and not isinstance(body[i], str) and body[i][0] == "li":
                lis.append(f"<li>{e(body[i][1])}</li>"); i += 1
            h.append('<ul class="lst">' + "".join(lis) + "</ul>"); continue
        elif it[0] == "tr":
            rows = []
            while i < len(body) and not isinstance(body[i], str) and body[i][0] == "tr":
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in body[i][1]) + "</tr>"); i += 1
            h.append('<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>"); continue
        i += 1
    return "\n".join(h)

def auth_str(p, sep="　"):
    return sep.join(p["authors"])

def fmt_authors_zh(p):
    a = p["authors"]
    return "　".join(a)

def byline_before(p):
    m = p["byline"]
    if m == "first":
        return f'<p class="by1">记者　{e(fmt_authors_zh(p))}</p>' if p["kind"] not in ("self-media", "institution") else f'<p class="by1">文｜{e(fmt_authors_zh(p))}</p>'
    if m == "wentu" and p["kind"] == "self-media":
        return f'<p class="by1">文/图　{e(fmt_authors_zh(p))}</p>'
    return ""

def byline_after(p):
    m = p["byline"]
    if m == "closing":
        return f'<p class="byend">（记者　{e(fmt_authors_zh(p))}）</p>'
    if m == "wentu" and p["kind"] != "self-media":
        return f'<p class="byend">文/图　{e(fmt_authors_zh(p))}</p>'
    return ""

def caption(p):
    if not p.get("photo"): return ""
    return f'<div class="pic">{img(p["photo"])}<p class="cap">{e(p["photo"])}</p></div>'

def furniture_tools(p):
    s = []
    if p.get("font"): s.append('<span class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>')
    if p.get("views"): s.append('<span class="views">浏览次数：1286</span>')
    if p.get("print_close"): s.append('<span class="pc">【<a href="#">打印</a>】【<a href="#">关闭</a>】</span>')
    return "".join(s)

def share(p):
    if not p.get("share"): return ""
    return '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'

def related(p):
    if not p.get("related"): return ""
    items = {"天津": ["我市今年新增公共充电桩1.2万个", "海河教育园区新校区投用", "津城首条智慧公交线路上线"],
             "浙江": ["全省首批未来社区名单公布", "杭甬高速复线全线通车", "浙江数字经济核心产业增加值稳步增长"],
             "云南": ["昆明新增5条公交微循环线路", "普洱茶春茶交易会开幕", "西双版纳雨林保护再添新举措"],
             "西藏": ["拉萨至林芝铁路客流创新高", "日喀则青稞良种推广面积扩大", "西藏首个高原数据中心投运"]}[p["region"]]
    return '<div class="rel"><h4>相关新闻</h4><ul>' + "".join(f'<li><a href="#">{e(t)}</a></li>' for t in items) + "</ul></div>"

def prevnext(p):
    if not p.get("prevnext"): return ""
    return '<div class="pn"><p>上一篇：<a href="#">春季义诊活动走进社区</a></p><p>下一篇：<a href="#">志愿者服务队开展环境整治</a></p></div>'

def editor(p):
    return f'<p class="ed">{e(p["editor"])}</p>' if p.get("editor") else ""

def footer(p, n):
    site = p["site"]
    icp = {"天津": "津ICP备1203%d号-1" % (4400 + n), "浙江": "浙ICP备0587%d号" % (1100 + n), "云南": "滇ICP备1106%d号-2" % (300 + n), "西藏": "藏ICP备0500%d号" % (10 + n)}[p["region"]]
    ga = {"天津": "津公网安备 1201030200%02d号" % n, "浙江": "浙公网安备 3301100202%02d号" % n, "云南": "滇公网安备 5301020000%02d号" % n, "西藏": "藏公网安备 5401020000%02d号" % n}[p["region"]]
    if p["kind"] == "government":
        return f'<div class="foot"><p>主办：{e(site)}　承办：{e(site)}办公室</p><p>{icp}　{ga}　网站标识码：{1200000000 + n * 7731}</p><p>联系电话：0{n:02d}-8{n:03d}6120　<a href="#">网站地图</a> | <a href="#">联系我们</a></p></div>'
    return f'<div class="foot"><p>版权所有 © {e(site)}　未经授权禁止转载</p><p>{icp}　{ga}</p><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">违法和不良信息举报</a></p></div>'

CSS_BASE = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333}
a{color:#333;text-decoration:none}.foot{background:#eee;text-align:center;font-size:12px;padding:12px;color:#666;margin-top:20px}
.cap{text-align:center;color:#666;font-size:13px}.ed{text-align:right;color:#888}.share{color:#999;margin:10px 0}
table.dt{border-collapse:collapse;margin:10px auto}table.dt td,table.dt th{padding:4px 10px;border:1px solid #999}
.rel h4{border-bottom:2px solid #c00}.pn{border-top:1px dashed #ccc;margin-top:10px}blockquote{border-left:4px solid #ddd;margin:10px 0;padding-left:10px;color:#555}
.pic img{display:block;margin:0 auto;width:1px;height:1px}"""

def doc(p, css, inner, title_tag=None):
    return f'<!DOCTYPE html>\n<html lang="{"en" if p.get("lang")=="en" else "zh-CN"}">\n<head>\n<meta charset="utf-8">\n<title>{e(title_tag or (p["title"] + "_" + p["site"]))}</title>\n<style>\n{CSS_BASE}\n{css}\n</style>\n</head>\n<body>\n{inner}\n</body>\n</html>\n'

# ---------- templates ----------
def gov_table(p, n):
    css = "table.lay{width:1000px;margin:0 auto}.ban{background:#b30000;color:#fff;font-size:28px;height:90px}.nav td{background:#d22;color:#fff;text-align:center}.tit{font-size:22px;font-weight:bold;text-align:center;color:#b30000}.bar{text-align:center;color:#666;border-bottom:1px solid #ccc}"
    bar_parts = []
    t = p["time"]
    if p["byline"] == "bar": bar_parts.append(f"作者：{fmt_authors_zh(p)}")
    bar_parts += [f"发布时间：{t}", f"来源：{p['site']}"]
    bar = ("" if p.get("barglue") else "　　").join(e(x) for x in bar_parts)
    inner = f"""<table class="lay" cellpadding="0" cellspacing="0">
<tr><td class="ban">{img(p['site'] + '门户网站')}{e(p['site'])}</td><td align="right"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a><br><input type="text" value="请输入关键字"> <input type="button" value="搜索"></td></tr>
<tr class="nav"><td colspan="2"><a href="#">首页</a>　<a href="#">政务动态</a>　<a href="#">信息公开</a>　<a href="#">政务服务</a>　<a href="#">互动交流</a></td></tr>
<tr><td colspan="2">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">工作动态</a></td></tr>
<tr><td colspan="2" class="tit">{e(p['title'])}</td></tr>
<tr><td colspan="2" class="bar">{bar}　{furniture_tools(p)}</td></tr>
<tr><td colspan="2">{byline_before(p)}{caption(p)}{body_html(p['body'], indent=True)}{byline_after(p)}{editor(p)}{share(p)}</td></tr>
</table>
{footer(p, n)}"""
    return doc(p, css, inner)

def gov_div(p, n):
    css = ".top{background:linear-gradient(#1e5aa8,#0d3d7a);color:#fff;padding:20px 60px;font-size:26px}.wrap{width:1100px;margin:0 auto}.crumb{padding:8px 0;color:#666}.art h1{font-size:24px;text-align:center;color:#0d3d7a}.info{display:flex;justify-content:space-between;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:6px}.side{float:right;width:240px}"
    lab = f'<span class="lab">{e(p["label"])}</span>' if p.get("label") else ""
    info = f'<span>发布日期：{e(p["time"])}</span><span>信息来源：{e(p["site"])}</span><span>{furniture_tools(p)}</span>'
    inner = f"""<div class="topbar"><div class="wrap"><a href="#">长者模式</a> <a href="#">无障碍浏览</a> <a href="#">登录</a> <a href="#">注册</a></div></div>
<div class="top">{img('国徽')} {e(p['site'])}<form style="display:inline;float:right"><input placeholder="搜索本站"><button>搜索</button></form></div>
<div class="wrap"><div class="crumb">您的位置：<a href="#">首页</a> » <a href="#">新闻中心</a> » <a href="#">部门动态</a></div>
<div class="art"><h1>{lab}{e(p['title'])}</h1><div class="info">{info}</div>
{byline_before(p)}{caption(p)}<div class="content">{body_html(p['body'])}</div>{byline_after(p)}{share(p)}{editor(p)}
<div class="qr">{img('扫一扫在手机打开当前页')}扫一扫在手机打开当前页</div></div></div>
{footer(p, n)}"""
    return doc(p, css, inner)

def gov_resp(p, n):
    css = ".hd{display:flex;align-items:center;justify-content:space-between;padding:10px 5%;background:#0a6b3d;color:#fff}.main{max-width:860px;margin:0 auto;padding:0 16px}h1{font-size:26px;line-height:1.4}.meta{color:#999;font-size:13px;display:flex;gap:16px;flex-wrap:wrap}.content p{line-height:1.9;font-size:16px}"
    meta = f'<span>{e(p["time"])}</span><span>来源：{e(p["site"])}</span>'
    inner = f"""<header class="hd"><div>{img('logo')}{e(p['site'])}</div><nav><a href="#">首页</a> <a href="#">走进{e(p['site'][-3:])}</a> <a href="#">政务公开</a> <a href="#">办事服务</a></nav><div>{'<a href="#">长者模式</a> ' if p.get('elder') else ''}<a href="#">无障碍</a></div></header>
<main class="main"><div class="crumb"><a href="#">首页</a> / <a href="#">基层动态</a></div>
<h1>{e(p['title'])}</h1><div class="meta">{meta}<span><a href="#">分享</a></span></div>
{byline_before(p)}<article class="content">{caption(p)}{body_html(p['body'])}</article>{byline_after(p)}{editor(p)}{share(p)}</main>
{footer(p, n)}"""
    return doc(p, css, inner)

def gov_doc(p, n):
    css = ".box{width:960px;margin:20px auto;border:1px solid #ddd;padding:30px 60px}.doctit{font-size:22px;text-align:center;font-family:SimHei}.docno{text-align:center;color:#333}.meta{text-align:right;color:#888;font-size:12px}.sign{text-align:right}"
    b = p["body"]; sig = b[-2:]; main = b[:-2]
    docno = f'<p class="docno">{e(p["docno"])}</p>' if p.get("docno") else ""
    inner = f"""<div class="hdr">{img(p['site'])}<b>{e(p['site'])}</b>　<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">通知公告</a></div>
<div class="box"><p class="meta">发布时间：{e(p['time'])}　　{furniture_tools(p)}</p>
<h1 class="doctit">{e(p['title'])}</h1>{docno}
{body_html(main, indent=True)}
<p class="sign">{e(sig[0])}</p><p class="sign">{e(sig[1])}</p></div>
{footer(p, n)}"""
    return doc(p, css, inner)

def gov_xxgk(p, n):
    css = ".xx{width:1000px;margin:0 auto}.idx{width:100%;border-collapse:collapse;background:#f7f7f7}.idx td{border:1px solid #ddd;padding:6px}.idx .k{width:110px;color:#555;background:#eef3fa}h1{text-align:center;font-size:22px}.sign{text-align:right}"
    cells, row = [], []
    for k, v in p["index"]:
        row.append(f'<td class="k">{e(k)}：</td><td>{e(v)}</td>')
        if len(row) == 2: cells.append("<tr>" + "".join(row) + "</tr>"); row = []
    if row: cells.append("<tr>" + "".join(row) + "<td></td><td></td></tr>")
    cells.append(f'<tr><td class="k">名　　称：</td><td colspan="3">{e(p["title"])}</td></tr>')
    cells.append(f'<tr><td class="k">文　　号：</td><td colspan="3">{e(p["docno"])}</td></tr>')
    b = p["body"]; sig = b[-2:]; main = b[:-2]
    inner = f"""<div class="xx"><div class="ban">{img(p['site'] + '政府信息公开')} 政府信息公开平台</div>
<div>当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">其他文件</a></div>
<table class="idx">{''.join(cells)}</table>
<h1>{e(p['title'])}</h1><p class="docno" style="text-align:center">{e(p['docno'])}</p>
<div class="tz">{body_html(main, indent=True)}<p class="sign">{e(sig[0])}</p><p class="sign">{e(sig[1])}</p></div>
<p class="tools">{furniture_tools(p)}</p>
<div class="att">附件：<a href="#">相关附件.pdf</a></div></div>
{footer(p, n)}"""
    return doc(p, css, inner)

def gov_speech(p, n):
    css = ".w{width:900px;margin:0 auto}h1{text-align:center;font-size:24px}.spk,.sd{text-align:center;font-family:KaiTi}.src{color:#888;text-align:center}"
    inner = f"""<div class="w"><div class="ban">{img('普洱市思茅区人民政府')} {e(p['site'])}　<a href="#">无障碍</a></div>
<div>首页 &gt; 领导讲话</div>
<h1>{e(p['title'])}</h1><p class="spk">{e(p['speaker_line'])}</p><p class="sd">{e(p['speech_date'])}</p>
<p class="src">发布时间：{e(p['time'])}　来源：区政府办　{furniture_tools(p)}</p>
{body_html(p['body'], indent=True)}
{editor(p)}</div>{footer(p, n)}"""
    return doc(p, css, inner)

def gov_village(p, n):
    css = "body{background:#f4efe3}.w{width:980px;margin:0 auto;background:#fff}.ban{background:#8a5a2b;color:#fff;font-size:24px;padding:24px}.t{font-size:20px;text-align:center}.m{text-align:center;color:#999}"
    inner = f"""<div class="w"><div class="ban">{e(p['site'])}村务公开网</div>
<table width="100%"><tr><td width="200" valign="top"><ul><li><a href="#">村情简介</a></li><li><a href="#">党务公开</a></li><li><a href="#">村务公开</a></li><li><a href="#">财务公开</a></li></ul></td>
<td valign="top"><div class="t">{e(p['title'])}</div><div class="m">{e(p['time'])}　点击：362</div>
{caption(p)}{body_html(p['body'], indent=True)}{byline_after(p)}</td></tr></table></div>{footer(p, n)}"""
    return doc(p, css, inner)

def media_portal(p, n):
    css = ".top{background:#003f88;color:#fff;padding:6px 30px}.logo{font-size:30px;color:#c00;font-weight:bold;padding:10px 30px}.nav{background:#c00;padding:6px 30px}.nav a{color:#fff;margin-right:18px}.w{width:1200px;margin:0 auto;display:flex}.l{width:860px}.r{width:300px;margin-left:40px}h1{font-size:28px}.info{color:#888;border-bottom:1px solid #eee}"
    parts = [p["time"], f"来源：{p['site']}"]
    if p["byline"] == "bar": parts.append(f"作者：{fmt_authors_zh(p)}")
    inner = f"""<div class="top">{e(p['site'])}首页 | 客户端 | 登录</div><div class="logo">{img(p['site'] + 'logo')}{e(p['site'])}</div>
<div class="nav"><a href="#">首页</a><a href="#">新闻</a><a href="#">时政</a><a href="#">社会</a><a href="#">财经</a><a href="#">文旅</a><a href="#">视频</a></div>
<div class="w"><div class="l"><div class="crumb"><a href="#">{e(p['site'])}</a> &gt; <a href="#">新闻中心</a> &gt; 正文</div>
<h1>{e(p['title'])}</h1><div class="info">{'　'.join(e(x) for x in parts)}</div>
{byline_before(p)}{caption(p)}{body_html(p['body'])}{byline_after(p)}{editor(p)}{share(p)}{prevnext(p)}</div>
<div class="r"><h4>热点排行</h4><ol><li><a href="#">周末天气：晴转多云</a></li><li><a href="#">地铁运营时间调整</a></li><li><a href="#">新一批惠民政策出台</a></li></ol>{related(p)}</div></div>
{footer(p, n)}"""
    return doc(p, css, inner)

def media_news(p, n):
    css = ".hd{border-bottom:3px solid #1560bd;padding:10px 40px;display:flex;justify-content:space-between}.c{max-width:780px;margin:0 auto}h1{font-size:30px;margin-bottom:6px}.src{color:#999;font-size:13px}"
    top = f'<div class="src">{e(p["site"])}　{e(p["time"])}' + (f'　记者　{e(fmt_authors_zh(p))}' if p["byline"] == "bar" else "") + "</div>"
    bottom_meta = p["byline"] == "bar" and p.get("barglue")
    if bottom_meta:
        top = ""
    bot = f'<div class="src">作者：{e(fmt_authors_zh(p))}发布时间：{e(p["time"])}</div>' if bottom_meta else ""
    inner = f"""<div class="hd"><span>{img(p['site'])}{e(p['site'])}</span><span><a href="#">下载客户端</a> <a href="#">搜索</a></span></div>
<div class="c"><h1>{e(p['title'])}</h1>{top}
{byline_before(p)}{caption(p)}{body_html(p['body'])}{byline_after(p)}{bot}{editor(p)}{share(p)}{related(p)}</div>
{footer(p, n)}"""
    return doc(p, css, inner)

def media_resp(p, n):
    css = ".bar{position:sticky;top:0;background:#fff;box-shadow:0 1px 4px #ccc;display:flex;justify-content:space-between;padding:10px 20px}.main{max-width:720px;margin:0 auto;padding:16px}h1{font-size:26px}.meta{display:flex;gap:12px;color:#999;font-size:13px}.content p{font-size:17px;line-height:1.85}"
    meta = [f"<span>{e(p['time'])}</span>"]
    if p["byline"] == "bar": meta.insert(0, f"<span>记者 {e(fmt_authors_zh(p))}</span>")
    inner = f"""<div class="bar"><b>{e(p['site'])}</b><span><a href="#">打开App</a></span></div>
<div class="main"><h1>{e(p['title'])}</h1><div class="meta">{''.join(meta)}<span>{e(p['site'])}</span></div>
{byline_before(p)}<div class="content">{caption(p)}{body_html(p['body'])}</div>{byline_after(p)}{editor(p)}
<div class="share">{img('微信扫码分享')}<p>扫码分享给朋友</p></div>{related(p)}</div>
{footer(p, n)}"""
    return doc(p, css, inner)

def media_tv(p, n):
    css = ".hd{background:#111;color:#fff;padding:16px 40px}.player{background:#000;color:#aaa;height:200px;text-align:center;line-height:200px;width:800px;margin:0 auto}.c{width:800px;margin:0 auto}h1{font-size:24px}.m{color:#888}"
    media = "音频：点击收听" if p.get("audio") else "视频加载中……"
    inner = f"""<div class="hd">{img(p['site'] + '台标')} {e(p['site'])}　<a href="#" style="color:#fff">直播</a> <a href="#" style="color:#fff">点播</a> <a href="#" style="color:#fff">节目单</a></div>
<div class="c"><h1>{e(p['title'])}</h1><p class="m">{e(p['time'])}　　来源：{e(p['site'])}</p></div>
<div class="player">{media}</div>
<div class="c">{byline_before(p)}{body_html(p['body'])}{byline_after(p)}{editor(p)}{share(p)}</div>
{footer(p, n)}"""
    return doc(p, css, inner)

def media_en(p, n):
    css = "body{font-family:Georgia,serif}.hd{background:#8b0000;color:#fff;padding:14px 40px;font-size:24px}.c{max-width:760px;margin:0 auto}h1{font-size:32px}.by{color:#555}.dt{color:#999}"
    by = f'<p class="by">By {e(" and ".join(p["authors"]))}</p>' if p["authors"] else ""
    src = f'<p class="by">{e(p["source"])}</p>' if p.get("source") else ""
    rel = '<div class="rel"><h4>Related stories</h4><ul><li><a href="#">New flights link Kunming with Southeast Asia</a></li><li><a href="#">Port cargo hits record high</a></li></ul></div>' if p.get("related") else ""
    inner = f"""<div class="hd">{img(p['site'] + ' logo')} {e(p['site'])} <small><a href="#" style="color:#fff">中文</a> | Home | China | Business | Culture</small></div>
<div class="c"><p><a href="#">Home</a> / <a href="#">News</a></p><h1>{e(p['title'])}</h1>{by}{src}<p class="dt">Updated: {e(p['time'])}</p>
{body_html(p['body'])}{f'<p class="ed">{e(p["editor"])}</p>' if p.get('editor') else ''}
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>{rel}</div>
<div class="foot"><p>Copyright © {e(p['site'])}. All rights reserved.</p><p>{dict(天津='津',浙江='浙',云南='滇',西藏='藏')[p['region']]}ICP备120{n:02d}331号</p></div>"""
    return doc(p, css, inner, title_tag=p["title"] + " - " + p["site"])

def wx(p, n):
    css = "body{background:#fff}.rich{max-width:677px;margin:0 auto;padding:20px}h1{font-size:22px}.meta{color:rgba(0,0,0,.5);font-size:15px}.meta a{color:#576b95}.content p{font-size:17px;line-height:1.75}.foot2{color:#999;font-size:14px}"
    extra = ""
    if p["byline"] == "wentu": extra = ""
    inner = f"""<div class="rich"><h1>{e(p['title'])}</h1>
<div class="meta"><span>原创</span> <a href="#">{e(p['account'])}</a> <em>{e(p['time'])}</em> <span>{e(p['region'])}</span></div>
{byline_before(p)}<div class="content">{caption(p)}{body_html(p['body'])}</div>{byline_after(p)}
<p class="foot2">{img('公众号二维码')}长按识别二维码关注{e(p['account'])}</p>
<p class="foot2">阅读 3.6万　<a href="#">分享</a>　<a href="#">推荐</a>　<a href="#">点赞</a></p><p class="foot2">预览时标签不可点</p></div>"""
    return doc(p, css, inner, title_tag=p["title"])

def toutiao(p, n):
    css = ".hd{height:48px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 30px;justify-content:space-between}.c{width:680px;margin:20px auto}h1{font-size:28px}.m{color:#999;display:flex;gap:10px}.side{position:fixed;left:40px;top:140px;width:60px}"
    inner = f"""<div class="hd"><span>{img('今日头条')}{e(p['site'])}</span><span><a href="#">下载头条</a> <a href="#">登录</a></span></div>
<div class="side"><a href="#">赞</a><br><a href="#">评论</a><br><a href="#">收藏</a><br><a href="#">分享</a></div>
<div class="c"><h1>{e(p['title'])}</h1><div class="m"><span>{e(p['time'])}</span><span>·{e(p['account'])}</span><span>浙江</span><a href="#">+关注</a></div>
{body_html(p['body'])}
<div class="com"><h4>评论 86</h4><p>温州阿姨：小时候放学就去买，一块钱一个。</p><p>路人甲：下次去温州一定要去尝尝！</p></div></div>"""
    return doc(p, css, inner, title_tag=p["title"] + " - 今日头条")

def weibo(p, n):
    css = "body{background:#f2f2f5}.card{background:#fff;width:600px;margin:20px auto;padding:16px;border-radius:6px}.nm{font-weight:bold;color:#eb7350}.tm{color:#999;font-size:12px}.ft{display:flex;justify-content:space-around;border-top:1px solid #eee;color:#808080;padding-top:8px}"
    inner = f"""<div class="top">{img('微博')} 微博　<input placeholder="大家都在搜：拉萨下雪"> <a href="#">登录</a> <a href="#">注册</a></div>
<div class="card"><div>{img(p['account'] + '头像')} <span class="nm">{e(p['account'])}</span> <span>V</span></div>
<div class="tm">{e(p['time'])} 来自 微博网页版　已编辑</div>
<div class="txt">{body_html(p['body'])}</div>
<div class="pics">{img('图片1')}{img('图片2')}{img('图片3')}</div>
<div class="ft"><span>转发 1281</span><span>评论 436</span><span>赞 9852</span></div></div>"""
    return doc(p, css, inner, title_tag=p["title"] + " - 微博")

def baijia(p, n):
    css = ".c{width:640px;margin:0 auto}h2{font-size:26px}.au{display:flex;gap:8px;align-items:center;color:#999}.by1{color:#555}.c p{font-size:17px;line-height:1.8}"
    inner = f"""<div class="hd">{img('百家号')} 百家号　<a href="#">百度首页</a></div>
<div class="c"><h2>{e(p['title'])}</h2><div class="au">{img(p['account'] + '头像')}<b>{e(p['account'])}</b><span>{e(p['time'])}</span><span>天津</span><a href="#">关注</a></div>
{byline_before(p)}{body_html(p['body'])}
<p class="tip">举报/反馈</p><div class="com"><h4>热门评论</h4><p>老天津卫：睦南道那一片，小时候常去玩。</p></div></div>"""
    return doc(p, css, inner, title_tag=p["title"])

def appshare(p, n):
    css = "body{max-width:480px;margin:0 auto;background:#fafafa}.open{position:sticky;top:0;background:#e53935;color:#fff;padding:10px;display:flex;justify-content:space-between}h1{font-size:22px;padding:0 14px}.m{padding:0 14px;color:#999;font-size:13px}.bd{padding:0 14px;font-size:17px;line-height:1.8}"
    inner = f"""<div class="open">{img(p['site'] + 'App')}<span>{e(p['site'])}　看丽水新闻</span><span>打开App</span></div>
<h1>{e(p['title'])}</h1><div class="m">{e(p['account'])}　记者 {e(fmt_authors_zh(p))}　{e(p['time'])}</div>
<div class="bd">{body_html(p['body'])}</div>
<div class="m">阅读 2.1万　<a href="#">点赞</a>　<a href="#">写评论</a></div>
<div class="open" style="position:static">下载{e(p['site'])}App，阅读更多精彩内容</div>"""
    return doc(p, css, inner, title_tag=p["title"])

def _epaper_titles(p):
    return "".join(f'<li><a href="#">{e(t)}</a></li>' for t in p["other_titles"])

def _stack(p):
    s = ""
    if p.get("kicker"): s += f'<p class="yt">{e(p["kicker"])}</p>'
    s += f'<h1 class="zt">{e(p["title"])}</h1>'
    if p.get("subtitle"): s += f'<p class="ft">{e(p["subtitle"])}</p>'
    return s

def epaper_frame(p, n):
    css = ".top{background:#9e0b0f;color:#fff;padding:10px 30px;font-size:22px}.wrap{display:flex;width:1200px;margin:0 auto}.left{width:420px;border-right:1px solid #ccc}.bm{background:#eee;padding:6px}.ban{height:500px;background:#f3f0e8;text-align:center}.right{flex:1;padding:0 20px}.yt,.ft{text-align:center;color:#444;font-size:16px}.zt{text-align:center;font-size:28px;margin:4px 0}.content p{text-indent:2em;line-height:1.9}"
    inner = f"""<div class="top">{e(p['paper'])}数字报　{e(p['date_line'])}　<a href="#" style="color:#fff">往期回顾</a> <a href="#" style="color:#fff">PDF下载</a></div>
<div class="wrap"><div class="left"><div class="bm"><a href="#">上一版</a>　{e(p['edition'])}　<a href="#">下一版</a></div>
<div class="ban">{img('版面图')}版面缩略图</div>
<div class="bm">版面导航：<a href="#">第01版：一版要闻</a> <a href="#">第02版：要闻</a> <a href="#">第03版：要闻</a> <a href="#">第04版：民生</a></div>
<div class="lst"><h4>本版标题</h4><ul>{_epaper_titles(p)}</ul></div></div>
<div class="right">{_stack(p)}{byline_before(p)}<div class="content">{body_html(p['body'])}</div>{byline_after(p)}
<p>　</p><div class="bm"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></div></div></div>
<div class="foot"><p>{e(p['paper'])}社版权所有　未经书面授权不得复制或建立镜像</p><p>{dict(天津='津',浙江='浙',云南='滇',西藏='藏')[p['region']]}ICP备0{n}12{n:03d}号</p></div>"""
    return doc(p, css, inner, title_tag=p["paper"] + "数字报-" + p["title"])

def epaper_table(p, n):
    css = "table.frm{width:1000px;margin:0 auto;border:1px solid #ccc}.hdr{background:#17408b;color:#fff;font-size:22px}.yt,.ft{text-align:center;font-size:15px}.zt{text-align:center;font-size:26px;color:#000}.bm td{background:#e9eef6}"
    inner = f"""<table class="frm" cellspacing="0" cellpadding="6">
<tr><td class="hdr" colspan="2">{img(p['paper'] + '报头')}{e(p['paper'])}　{e(p['date_line'])}　星期一</td></tr>
<tr class="bm"><td colspan="2"><a href="#">上一期</a> <a href="#">下一期</a>　当前版：{e(p['edition'])}　<a href="#">版面导航</a></td></tr>
<tr><td width="300" valign="top"><b>本版标题：</b><ol>{_epaper_titles(p)}</ol>{img('版面图')}</td>
<td valign="top">{_stack(p)}<div class="content">{body_html(p['body'], indent=True)}</div>{byline_after(p)}</td></tr>
<tr><td colspan="2" align="center"><a href="#">上一篇</a> <a href="#">下一篇</a></td></tr></table>
<div class="foot"><p>本网站所刊登的{e(p['paper'])}各种新闻、信息和各种专题专栏资料，均为{e(p['paper'])}社版权所有</p></div>"""
    return doc(p, css, inner, title_tag=p["title"])

def inst_common(p, n, color, menu, bar_bottom=False):
    css = f".hd{{background:{color};color:#fff;padding:18px 50px;font-size:26px}}.nv{{background:#333;padding:8px 50px}}.nv a{{color:#fff;margin-right:20px}}.c{{width:1000px;margin:0 auto}}h1{{text-align:center;font-size:22px}}.info{{text-align:center;color:#999;font-size:13px}}"
    info_parts = []
    if p["byline"] == "bar": info_parts.append(f"撰稿：{fmt_authors_zh(p)}")
    info_parts.append(f"时间：{p['time']}")
    if p.get("views"): info_parts.append("点击数：583")
    info = f'<div class="info">{"　".join(e(x) for x in info_parts)}　{furniture_tools({k: v for k, v in p.items() if k != "views"})}</div>'
    top = "" if bar_bottom else info
    bot = info if bar_bottom else ""
    inner = f"""<div class="hd">{img(p['site'] + '标识')} {e(p['site'])}</div>
<div class="nv">{''.join(f'<a href="#">{m}</a>' for m in menu)}</div>
<div class="c"><p>当前位置：<a href="#">首页</a> &gt; <a href="#">{menu[1]}</a></p><h1>{e(p['title'])}</h1>{top}
{byline_before(p)}{caption(p)}{body_html(p['body'])}{byline_after(p)}{bot}{editor(p)}{prevnext(p)}</div>
{footer(p, n)}"""
    return doc(p, css, inner)

def inst_univ(p, n): return inst_common(p, n, "#0b3f8a", ["学校首页", "学校要闻", "院系设置", "招生就业", "校园文化"])
def inst_hosp(p, n): return inst_common(p, n, "#0a8f7a", ["医院首页", "医院新闻", "科室导航", "专家介绍", "就医指南", "预约挂号"], bar_bottom=True)
def inst_soe(p, n): return inst_common(p, n, "#1b5e20", ["集团首页", "集团要闻", "党建工作", "企业文化", "信息公开"])
def inst_court(p, n): return inst_common(p, n, "#7b1113", ["法院首页", "法院新闻", "审判执行", "诉讼服务", "司法公开"], bar_bottom=True)
def inst_assoc(p, n): return inst_common(p, n, "#4e7d2a", ["协会首页", "行业资讯", "协会动态", "会员服务", "政策法规"])

TPL = {k: v for k, v in globals().items() if callable(v) and k.split("_")[0] in ("gov", "media", "wx", "toutiao", "weibo", "baijia", "appshare", "epaper", "inst")}

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True); os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for n, p in enumerate(P, 1):
        html = TPL[p["tpl"]](p, n)
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(html)
        g = {"id": p["id"], "set": SET, "lang": p.get("lang", "zh"), "kind": p["kind"], "title": p["title"],
             "authors": [unspace(a) for a in p["authors"]], "publish_time": p["time"], "body_paragraphs": gold_paras(p["body"])}
        json.dump(g, open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print("built", len(P))

if __name__ == "__main__":
    main()
