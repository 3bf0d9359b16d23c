# -*- coding: utf-8 -*-
"""Render html/<id>.html and gold/<id>.json from src/pages.py (one source of truth)."""
import json, os, sys, html as H
sys.path.insert(0, os.path.dirname(__file__))
from pages import P

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
e = H.escape

def img(alt, w=600, h=360):
    return f'<img src="{GIF}" alt="{e(alt)}" width="{w}" height="{h}">'

def gold_body(p):
    out = []
    for b in p["body"]:
        if isinstance(b, str): out.append(b)
        elif b[0] in ("h", "li", "q"): out.append(b[1])
        elif b[0] == "tr": out.append(" ".join(b[1]))
    return out

def body_html(p, hstyle="h3", listtag=True, pstyle=""):
    out, rows, lis = [], [], []
    def flush():
        if rows:
            t = ['<table class="bt" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            t.append("</table>"); out.append("\n".join(t)); rows.clear()
        if lis:
            out.append("<ul class=\"ls\">" + "".join(f"<li>{e(x)}</li>" for x in lis) + "</ul>"); lis.clear()
    for b in p["body"]:
        if isinstance(b, str):
            flush(); out.append(f"<p{pstyle}>{e(b)}</p>")
        elif b[0] == "tr": rows.append(b[1])
        elif b[0] == "li":
            if listtag: lis.append(b[1])
            else: flush(); out.append(f"<p{pstyle}>{e(b[1])}</p>")
        else:
            flush()
            if b[0] == "h":
                out.append(f"<{hstyle}>{e(b[1])}</{hstyle}>" if hstyle != "strong" else f"<p><strong>{e(b[1])}</strong></p>")
            elif b[0] == "q": out.append(f"<blockquote>{e(b[1])}</blockquote>")
            elif b[0] == "img": out.append(f'<p class="pic">{img(b[1])}</p>')
            elif b[0] == "cap": out.append(f'<p class="cap">{e(b[1])}</p>')
    flush()
    return "\n".join(out)

def page(p, css, body, title_tag=None):
    t = title_tag or f"{p['title']}_{p['site']}"
    lang = "en" if p["lang"] == "en" else "zh-CN"
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(t)}</title>
<style>
{css}
</style>
</head>
<body>
{body}
</body>
</html>
'''

def footer_gov(p, n):
    return f'''<div class="foot">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">使用帮助</a></p>
<p>主办：{e(p['site'])}　承办：{e(p['site'])}办公室　联系电话：0{n%9+1}{n:02d}-8{n:03d}{(n*7)%1000:03d}</p>
<p>ICP备案号：{PROV[n]}ICP备{20000000+n*37:d}号-{n%3+1}　{PROV[n]}公网安备 {33010202000000+n*1117}号　网站标识码：{3300000000+n*9107}</p>
<p>{img("党政机关", 40, 48)} {img("政府网站找错", 110, 55)}</p>
</div>'''

PROV = dict(enumerate("_浙鄂黔浙鄂蒙浙黔鄂蒙浙鄂浙鄂黔蒙浙鄂浙鄂黔蒙浙鄂浙鄂黔蒙浙鄂浙鄂黔蒙浙浙黔鄂蒙鄂"))

def idnum(p): return int(p["id"][3:])

def byl(p, key):
    v = p["x"].get(key)
    return e(v) if v else ""

# ---------------- templates ----------------
CSS_TABLE = """body{margin:0;font:12px/1.8 "宋体",SimSun,serif;background:#e9eef4;color:#333}
table.frame{width:1000px;margin:0 auto;background:#fff}
.banner{background:#b01f1f;color:#fff;font:bold 30px "黑体";padding:22px 30px}
.nav td{background:#c53030;color:#fff;text-align:center;font-size:14px;padding:6px}
.nav a{color:#fff;text-decoration:none}
.pos{padding:6px 12px;border-bottom:1px dashed #ccc}
h1{font-size:22px;color:#b01f1f;text-align:center;margin:20px 0 8px}
.info{text-align:center;color:#666;border-bottom:1px solid #ddd;padding-bottom:6px}
.content{padding:10px 40px;font-size:15px;line-height:2}
.content p{text-indent:2em;margin:0 0 6px}
.content h3{font-size:15px;margin:8px 0}
.bt{border-collapse:collapse;margin:8px auto}.cap{text-align:center;text-indent:0!important;color:#555}
.tools{text-align:right;padding:6px 40px}
.foot{background:#eee;text-align:center;padding:12px;color:#555}"""

def t_gov_table(p):
    x, n = p["x"], idnum(p)
    label = x.get("label", "")
    if x.get("info") == "glued":
        info = f'发布时间：{e(p["time"])}{byl(p,"byline_info")}来源：{e(x["source"])}{e(x.get("views",""))}【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】'
    else:
        info = f'发布日期：{e(p["time"])}&nbsp;&nbsp;&nbsp;&nbsp;{byl(p,"byline_info")}&nbsp;&nbsp;信息来源：{e(x["source"])}&nbsp;&nbsp;&nbsp;&nbsp;{e(x.get("views",""))}&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】'
    end = f'<p style="text-align:right;text-indent:0">{byl(p,"byline_end")}</p>' if x.get("byline_end") else ""
    ed = f'<p style="text-align:right">{byl(p,"editor")}</p>' if x.get("editor") else ""
    b = f'''<table class="frame" cellspacing="0" cellpadding="0">
<tr><td class="banner">{img(p["site"]+"标志",60,60)} {e(p["site"])}</td></tr>
<tr><td><table class="nav" width="100%"><tr><td><a href="#">首页</a></td><td><a href="#">政务动态</a></td><td><a href="#">信息公开</a></td><td><a href="#">政务服务</a></td><td><a href="#">互动交流</a></td><td><a href="#">走进{e(p["site"][:3])}</a></td></tr></table></td></tr>
<tr><td class="pos">您现在的位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">{"通知公告" if label or not p["authors"] else "工作动态"}</a></td></tr>
<tr><td>
<h1>{e(label)}{e(p["title"])}</h1>
<div class="info">{info}</div>
<div class="content">
{body_html(p, "h3", listtag=False)}
{end}
</div>
{ed}
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="pos">上一篇：<a href="#">关于开展2025年度“双随机”抽查工作的通知</a><br>下一篇：<a href="#">县领导督导检查安全生产工作</a></div>
</td></tr>
<tr><td>{footer_gov(p,n)}</td></tr>
</table>'''
    return page(p, CSS_TABLE, b)

CSS_DIV = """*{box-sizing:border-box}body{margin:0;font:14px/1.7 "Microsoft YaHei",sans-serif;color:#222;background:#fff}
.top{background:#f4f4f4;font-size:12px;padding:4px 0}.w{width:1200px;margin:0 auto}
.top a{margin-right:14px;color:#555}.head{background:linear-gradient(#1d5fb0,#134a8e);color:#fff;height:120px}
.head .w{display:flex;justify-content:space-between;align-items:center;height:120px}
.logo{font-size:32px;font-weight:bold;letter-spacing:3px}.search input{width:240px;padding:6px}
.menu{background:#0f3d78}.menu a{color:#fff;display:inline-block;padding:10px 22px;text-decoration:none}
.crumb{padding:12px 0;color:#666}.art{border:1px solid #e3e3e3;padding:30px 60px;margin-bottom:30px}
.art h1{font-size:26px;text-align:center;color:#0f3d78;line-height:1.5}
.meta{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #e3e3e3;padding-bottom:12px}
.meta span{margin:0 10px}.txt{font-size:16px;line-height:2}.txt p{text-indent:2em;margin:0 0 12px}
.txt h3{font-size:16px;margin:14px 0 6px}.cap{text-align:center;color:#666;font-size:14px}.pic{text-align:center}
.share{margin-top:20px;color:#888}.rel h4{border-left:4px solid #1d5fb0;padding-left:8px}
.foot{background:#134a8e;color:#dfe7f3;text-align:center;padding:20px 0;font-size:13px}"""

def t_gov_div(p):
    x, n = p["x"], idnum(p)
    label = x.get("label", "")
    bi = f'<span>{byl(p,"byline_info")}</span>' if x.get("byline_info") else ""
    first = f'<p style="text-align:center;text-indent:0">{byl(p,"byline_first")}</p>' if x.get("byline_first") else ""
    b = f'''<div class="top"><div class="w"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">简体</a><a href="#">繁體</a><a href="#">登录</a><a href="#">注册</a></div></div>
<div class="head"><div class="w"><div class="logo">{img("国徽",64,64)} {e(p["site"])}</div><div class="search"><input type="text" placeholder="请输入关键字"> <button>搜索</button></div></div></div>
<div class="menu"><div class="w"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政府信息公开</a><a href="#">政策文件</a><a href="#">政务服务</a><a href="#">政民互动</a></div></div>
<div class="w">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">{"政策解读" if label else "要闻动态"}</a> &gt; 正文</div>
<div class="art">
<h1>{e(label)}{e(p["title"])}</h1>
<div class="meta"><span>发布时间：{e(p["time"])}</span>{bi}<span>来源：{e(x["source"])}</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span><span><a href="#">打印</a></span></div>
<div class="txt">
{first}
{body_html(p)}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　{img("扫一扫在手机打开当前页",90,90)} 扫一扫在手机打开当前页</div>
<div class="rel"><h4>相关阅读</h4><ul><li><a href="#">{e(p["site"][:4])}召开2025年重点工作推进会</a></li><li><a href="#">关于公布2025年第一批民生实事项目的公告</a></li><li><a href="#">一图读懂2025年政府工作报告</a></li></ul></div>
</div></div>
<div class="foot"><p>{e(p["site"])}版权所有　主办：{e(p["site"])}办公室</p><p>ICP备案：{PROV[n]}ICP备{18000000+n*53}号　公网安备：{15020402000000+n*733}号　网站标识码：{1500000000+n*611}</p></div>'''
    return page(p, CSS_DIV, b)

CSS_FLEX = """:root{--c:#c8161d}*{box-sizing:border-box}body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#333;background:#f7f7f7}
header{display:flex;align-items:center;justify-content:space-between;padding:14px 5vw;background:#fff;border-bottom:3px solid var(--c)}
header .name{font-size:24px;font-weight:700;color:var(--c)}header nav{display:flex;gap:18px}header nav a{color:#333;text-decoration:none}
.acc{display:flex;gap:10px;font-size:12px}main{display:flex;gap:30px;max-width:1200px;margin:24px auto;padding:0 16px}
article{flex:3;background:#fff;padding:32px 48px}aside{flex:1;background:#fff;padding:20px}
article h1{font-size:28px;line-height:1.4;margin:0 0 16px}.sub{color:#666;font-size:18px;text-align:center}
.meta{display:flex;flex-wrap:wrap;gap:16px;color:#999;font-size:13px;margin-bottom:20px}
.body p{font-size:17px;line-height:1.9;margin:0 0 1em;text-indent:2em}.body h3{font-size:17px}
.body ul{padding-left:0;list-style:none}.body li{line-height:1.9;margin-bottom:6px}
.cap{text-align:center;color:#777;font-size:14px;text-indent:0!important}.pic{text-align:center}
.bar{border-top:1px solid #eee;margin-top:24px;padding-top:12px;color:#888;font-size:13px;display:flex;justify-content:space-between}
footer{background:#2b2b2b;color:#aaa;text-align:center;padding:24px;font-size:12px;line-height:2}"""

def t_gov_flex(p):
    x, n = p["x"], idnum(p)
    meta = f'<div class="meta"><span>{e(p["time"])}</span><span>来源：{e(x["source"])}</span><span>【字体：大 中 小】</span></div>'
    sub = f'<p class="sub">{e(x["speaker_line"])}</p><p class="sub">{e(x["subtitle"])}</p>' if x.get("speaker_line") else ""
    end = f'<p style="text-align:right">{byl(p,"byline_end")}</p>' if x.get("byline_end") else ""
    above = x.get("info") == "above"
    b = f'''<header><div class="name">{e(p["site"])}</div><nav><a href="#">首页</a><a href="#">新闻中心</a><a href="#">信息公开</a><a href="#">办事服务</a><a href="#">互动交流</a></nav><div class="acc"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">English</a></div></header>
<main><article>
<div class="crumb">首页 / 新闻中心 / 正文</div>
{meta if above else ""}
<h1>{e(p["title"])}</h1>
{sub}
{"" if above else meta}
<div class="body">
{body_html(p)}
{end}
</div>
<div class="bar"><span>{byl(p,"editor")}</span><span><a href="#">【打印】</a><a href="#">【关闭】</a></span></div>
<div class="bar"><span>上一篇：<a href="#">全县春季植树造林工作现场推进会召开</a></span><span>下一篇：<a href="#">2025年第一季度政务公开工作情况通报</a></span></div>
</article>
<aside><h3>热点专题</h3><ul><li>优化营商环境</li><li>民生实事</li><li>乡村振兴</li></ul><p>{img("政务新媒体二维码",120,120)}</p><p>扫码关注政务微信</p></aside></main>
<footer>主办单位：{e(p["site"])}　承办单位：{e(p["site"])}大数据中心<br>{PROV[n]}ICP备{10000000+n*97}号-1　{PROV[n]}公网安备{42050202000000+n*311}号　网站标识码{4205000000+n*77}<br>{img("党政机关",40,48)}</footer>'''
    return page(p, CSS_FLEX, b)

CSS_XXGK = CSS_DIV + """
.idx{width:100%;border-collapse:collapse;margin-bottom:20px;font-size:13px}.idx td{border:1px solid #cfd8e3;padding:6px 10px}
.idx td.k{background:#eef3f9;width:110px;color:#345}.docno{text-align:center;color:#333}"""

def t_gov_xxgk(p):
    x, n = p["x"], idnum(p)
    cells = x["index"]; rows = []
    for i in range(0, len(cells), 2):
        r = "".join(f'<td class="k">{e(k)}：</td><td>{e(v)}</td>' for k, v in cells[i:i+2])
        rows.append(f"<tr>{r}</tr>")
    rows.append(f'<tr><td class="k">名　　称：</td><td colspan="3">{e(p["title"])}</td></tr>')
    b = f'''<div class="top"><div class="w"><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">政务微博</a><a href="#">政务微信</a></div></div>
<div class="head"><div class="w"><div class="logo">{e(p["site"])}</div><div class="search"><input type="text" value=""> <button>站内搜索</button></div></div></div>
<div class="menu"><div class="w"><a href="#">首页</a><a href="#">信息公开指南</a><a href="#">信息公开制度</a><a href="#">法定主动公开内容</a><a href="#">信息公开年报</a><a href="#">依申请公开</a></div></div>
<div class="w"><div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">政府文件</a></div>
<div class="art">
<table class="idx">{"".join(rows)}</table>
<h1>{e(p["title"])}</h1>
<p class="docno">{e(x["docno"])}</p>
<div class="meta"><span>发布时间：{e(p["time"])}</span><span>浏览次数：{n*41+233}</span><span>【<a href="#">打印</a>】【<a href="#">关闭</a>】</span></div>
<div class="txt">
{body_html(p, "strong", listtag=False)}
</div>
<div class="share">附件：<a href="#">{e(p["title"][:12])}….pdf</a></div>
<div class="rel"><h4>相关解读</h4><ul><li><a href="#">图解：{e(p["title"][:16])}</a></li></ul></div>
</div></div>
<div class="foot"><p>主办：{e(p["site"])}　技术支持：市大数据发展中心</p><p>{PROV[n]}ICP备{16000000+n*211}号　{PROV[n]}公网安备 {33030202000000+n*91}号　网站标识码：{3303000000+n*13}</p></div>'''
    return page(p, CSS_XXGK, b)

# ----- media -----
CSS_PORTAL = """body{margin:0;font:14px/1.6 "Microsoft YaHei",Arial;color:#222}
.topbar{background:#222;color:#bbb;font-size:12px;padding:5px 20px}.topbar a{color:#bbb;margin-right:10px}
.mast{display:flex;align-items:center;gap:30px;padding:16px 60px;border-bottom:2px solid #004ea2}
.mast .logo{font:bold 34px "STXingkai","华文行楷",serif;color:#004ea2}.chan a{margin-right:16px;font-size:16px;color:#004ea2;text-decoration:none}
.wrap{display:flex;gap:30px;padding:20px 60px}.main{flex:1}.side{width:300px}
h1{font-size:30px;margin:10px 0}.info{color:#999;font-size:13px;padding:8px 0;border-bottom:1px solid #eee}
.info span{margin-right:18px}.article p{font-size:17px;line-height:1.95;margin:1em 0}.article h3{font-size:17px}
.editor{text-align:right;color:#888}.shares span{display:inline-block;border:1px solid #ddd;padding:2px 10px;margin-right:6px}
.side h4{border-bottom:2px solid #004ea2;padding-bottom:4px}.side li{margin:6px 0}
.foot{background:#f3f3f3;color:#777;text-align:center;font-size:12px;padding:18px;line-height:2}"""

def media_foot(p, n):
    return f'''<div class="foot"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">版权声明</a> | <a href="#">联系我们</a></p>
<p>{e(p["site"])}版权所有，未经书面授权禁止使用　互联网新闻信息服务许可证：{33120170000+n*7}　违法和不良信息举报电话：0{n%8+2}71-{8600000+n*1313}</p>
<p>{PROV[n]}ICP备{12000000+n*31}号　{PROV[n]}公网安备 {33010602000000+n*29}号</p></div>'''

def t_media_portal(p):
    x, n = p["x"], idnum(p)
    bi = f'<span>{byl(p,"byline_info")}</span>' if x.get("byline_info") else ""
    end = f'<p>{byl(p,"byline_end")}</p>' if x.get("byline_end") else ""
    b = f'''<div class="topbar"><a href="#">客户端下载</a><a href="#">登录</a><a href="#">注册</a> 2025年 星期三</div>
<div class="mast"><div class="logo">{e(p["site"])}</div><div class="chan"><a href="#">首页</a><a href="#">时政</a><a href="#">民生</a><a href="#">财经</a><a href="#">文旅</a><a href="#">视频</a><a href="#">图片</a></div><input type="search" placeholder="搜索"></div>
<div class="wrap"><div class="main">
<div class="crumb"><a href="#">首页</a> &gt; <a href="#">本地新闻</a></div>
<h1>{e(p["title"])}</h1>
<div class="info"><span>{e(p["time"])}</span><span>来源：{e(x["source"])}</span>{bi}</div>
<div class="article">
{body_html(p)}
{end}
</div>
<p class="editor">【{byl(p,"editor")}】</p>
<div class="shares">分享到：<span>微信</span><span>微博</span><span>QQ</span><span>复制链接</span></div>
</div>
<div class="side"><h4>24小时热点</h4><ol><li><a href="#">多地发布高温预警 这份防暑指南请收好</a></li><li><a href="#">一季度全省GDP同比增长5.8%</a></li><li><a href="#">新学期中小学课后服务有新变化</a></li></ol>
<h4>图片新闻</h4><p>{img("图片新闻",280,160)}</p></div></div>
{media_foot(p,n)}'''
    return page(p, CSS_PORTAL, b)

def t_media_flex(p):
    x, n = p["x"], idnum(p)
    first = f'<p style="text-indent:0"><b>{byl(p,"byline_first")}</b></p>' if x.get("byline_first") else ""
    b = f'''<header><div class="name">{e(p["site"])}</div><nav><a href="#">首页</a><a href="#">新闻</a><a href="#">评论</a><a href="#">视听</a><a href="#">专题</a></nav><div class="acc"><a href="#">下载APP</a><a href="#">登录</a></div></header>
<main><article>
<h1>{e(p["title"])}</h1>
<div class="meta"><span>{e(x["source"])}</span><span>{e(p["time"])}</span><span>阅读 {n*317}</span></div>
<div class="body">
{first}
{body_html(p)}
</div>
<div class="bar"><span>{byl(p,"editor")}</span><span>分享：微信 微博 朋友圈</span></div>
</article>
<aside><h3>相关新闻</h3><ul><li><a href="#">今年首批游船开航</a></li><li><a href="#">城区新增口袋公园12个</a></li><li><a href="#">暑期文旅消费券来了</a></li></ul><p>{img("下载客户端",120,120)}</p><p>扫码下载客户端</p></aside></main>
<footer>{e(p["site"])} 版权所有 | 网络传播视听节目许可证 {1708000+n} | {PROV[n]}ICP备{13000000+n*17}号 | {PROV[n]}公网安备{42060202000000+n*5}号</footer>'''
    return page(p, CSS_FLEX.replace("#c8161d", "#0a6ebd"), b)

CSS_OLD = """body{margin:0;background:#fff;font-size:12px;font-family:宋体}
#top{width:960px;margin:0 auto;height:90px;background:#8b0000;color:#fff;font:bold 36px 楷体;line-height:90px;padding-left:20px}
#nav{width:980px;margin:0 auto;background:#a40000;line-height:30px}#nav a{color:#fff;margin:0 12px;font-size:14px}
#box{width:980px;margin:10px auto;overflow:hidden}#left{float:left;width:680px}#right{float:right;width:280px;background:#f6f6f6}
.t1{font:bold 24px 黑体;text-align:center;margin:16px 0 6px}.t2{text-align:center;color:#555;background:#f2f2f2;line-height:28px}
.zw{font-size:14px;line-height:26px;padding:10px 20px}.zw p{text-indent:2em;margin:0 0 10px}
.zr{text-align:right;color:#666;padding-right:20px}#foot{clear:both;width:980px;margin:0 auto;border-top:2px solid #a40000;text-align:center;line-height:22px;color:#666}"""

def t_media_old(p):
    x, n = p["x"], idnum(p)
    first = f'<p style="text-indent:0;text-align:center">{byl(p,"byline_first")}</p>' if x.get("byline_first") else ""
    end = f'<p>{byl(p,"byline_end")}</p>' if x.get("byline_end") else ""
    b = f'''<div id="top">{e(p["site"])}</div>
<div id="nav"><a href="#">首页</a><a href="#">新闻</a><a href="#">要闻</a><a href="#">社会</a><a href="#">旅游</a><a href="#">图片</a><a href="#">视频</a><a href="#">数字报</a></div>
<div id="box"><div id="left">
<div>当前位置：<a href="#">{e(p["site"])}</a> &gt;&gt; <a href="#">新闻</a> &gt;&gt; 正文</div>
<div class="t1">{e(p["title"])}</div>
<div class="t2">{e(p["time"])}　　来源：{e(x["source"])}　　【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">我要打印</a>】【<a href="#">关闭</a>】</div>
<div class="zw">
{first}
{body_html(p, "strong", listtag=False)}
{end}
</div>
<div class="zr">{byl(p,"editor")}</div>
<div>上一篇：<a href="#">全市安全生产大检查启动</a>　下一篇：<a href="#">今年将新建5G基站3000个</a></div>
</div>
<div id="right"><b>热门排行</b><ul><li>暴雨蓝色预警发布</li><li>高考报名开始</li><li>城区道路改造进度表</li></ul></div></div>
<div id="foot">{e(p["site"])} 版权所有 © 2010-2025<br>{PROV[n]}ICP备{11000000+n*19}号　{PROV[n]}公网安备 {52260102000000+n*41}号<br>新闻热线：0855-{8200000+n*101}</div>'''
    return page(p, CSS_OLD, b)

def t_media_tv(p):
    x, n = p["x"], idnum(p)
    css = CSS_PORTAL.replace("#004ea2", "#d4380d") + "\n.player{background:#000;color:#aaa;height:360px;display:flex;align-items:center;justify-content:center}"
    b = f'''<div class="topbar"><a href="#">直播</a><a href="#">点播</a><a href="#">节目单</a><a href="#">听广播</a></div>
<div class="mast"><div class="logo">{e(p["site"])}</div><div class="chan"><a href="#">新闻</a><a href="#">电视</a><a href="#">广播</a><a href="#">专题</a></div></div>
<div class="wrap"><div class="main">
<h1>{e(p["title"])}</h1>
<div class="player">{img("视频播放器",640,360)}</div>
<div class="info"><span>{byl(p,"byline_info")}</span><span>来源：{e(x["source"])}</span><span>发布时间：{e(p["time"])}</span></div>
<div class="article">
{body_html(p)}
</div>
<p class="editor">{byl(p,"editor")}</p>
</div>
<div class="side"><h4>推荐视频</h4><ul><li>《新闻联播》本地版</li><li>直播：春季农事忙</li></ul></div></div>
{media_foot(p,n)}'''
    return page(p, css, b)

CSS_EN = """body{margin:0;font-family:Georgia,"Times New Roman",serif;color:#1a1a1a}
.masthead{display:flex;justify-content:space-between;align-items:center;padding:12px 40px;border-bottom:4px double #333}
.masthead .t{font:bold 32px Georgia}.sections a{margin-right:14px;font-family:Arial;font-size:13px;text-transform:uppercase;color:#333}
.container{max-width:760px;margin:30px auto}h1{font-size:36px;line-height:1.2}
.byline{font-family:Arial;font-size:13px;color:#555;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:8px 0}
.body p{font-size:19px;line-height:1.7}.tags a{font-family:Arial;font-size:12px;background:#eee;padding:3px 8px;margin-right:6px}
footer{background:#111;color:#999;font-family:Arial;font-size:12px;padding:24px 40px}"""

def t_media_en(p):
    x, n = p["x"], idnum(p)
    b = f'''<div class="masthead"><div class="t">{e(p["site"])}</div><div class="sections"><a href="#">China</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Opinion</a></div><div><input type="search" placeholder="Search"></div></div>
<div class="container">
<p><a href="#">Home</a> / <a href="#">China</a></p>
<h1>{e(p["title"])}</h1>
<div class="byline">{byl(p,"byline_info")} | {e(x.get("time_label",""))}{e(p["time"])}</div>
<p>{img("Photo for the story",760,420)}</p>
<div class="body">
{body_html(p)}
</div>
<p class="tags">Tags: <a href="#">transport</a><a href="#">environment</a></p>
<p>Share: Facebook | X | LinkedIn | Email</p>
<h3>Related Stories</h3><ul><li><a href="#">New metro line links airport to downtown</a></li><li><a href="#">Province boosts support for tech startups</a></li></ul>
</div>
<footer>Copyright 1995-2025 {e(p["site"])}. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to {e(p["site"])}.<br>ICP {n*1000+2231}</footer>'''
    return page(p, CSS_EN, b, title_tag=f"{p['title']} - {p['site']}")

# ----- self-media -----
CSS_WX = """body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC",sans-serif}
.rich{max-width:677px;margin:0 auto;padding:20px 16px}h1{font-size:22px;line-height:1.4;margin-bottom:14px}
.meta{color:rgba(0,0,0,.5);font-size:15px;margin-bottom:22px}.meta a{color:#576b95;text-decoration:none}.meta em{font-style:normal}
.orig{display:inline-block;font-size:12px;background:rgba(0,0,0,.05);padding:0 4px;margin-right:6px}
.content p{font-size:17px;line-height:1.75;letter-spacing:.5px;margin:0 0 20px}.content h3{color:#0d8a6b;text-align:center;font-size:18px}
.tail{color:rgba(0,0,0,.5);font-size:14px}.qr{text-align:center;color:#888;font-size:13px;border-top:1px solid #eee;padding-top:16px}"""

def t_wechat(p):
    x = p["x"]
    orig = '<span class="orig">原创</span>' if x.get("orig") else ""
    wen = f'<p style="color:#888;font-size:14px">{byl(p,"wen_line")}</p>' if x.get("wen_line") else ""
    b = f'''<div class="rich">
<h1>{e(p["title"])}</h1>
<div class="meta">{orig}<a href="#">{e(x["account"])}</a> <em>{e(p["time"])}</em> <em>{e(x["place"])}</em></div>
<div class="content">
{wen}
{body_html(p)}
<p class="tail">{byl(p,"editor")}</p>
</div>
<div class="qr">{img("二维码",140,140)}<br>长按识别二维码关注我们<br>点击“阅读原文”了解更多</div>
<div class="tail">阅读原文　阅读 1.2万　<span>分享</span>　<span>收藏</span>　<span>赞 208</span>　<span>推荐 96</span></div>
<div class="tail">写留言</div>
</div>'''
    return page(p, CSS_WX, b, title_tag=p["title"])

CSS_TT = """body{margin:0;background:#f8f8f8;font-family:"PingFang SC",sans-serif}.hd{background:#fff;display:flex;justify-content:space-between;padding:10px 30px;border-bottom:1px solid #eee}
.hd .logo{color:#f04142;font-weight:bold;font-size:22px}.box{display:flex;gap:20px;max-width:1100px;margin:20px auto}
.art{flex:1;background:#fff;padding:30px 40px}.art h1{font-size:28px}.meta{color:#999;font-size:14px;display:flex;gap:12px}
.article-content p{font-size:18px;line-height:1.8;margin:16px 0}.side{width:300px;background:#fff;padding:20px}
.ops{display:flex;gap:20px;color:#666;border-top:1px solid #eee;padding-top:12px}.cmt{background:#fff;margin-top:10px;padding:16px}"""

def t_toutiao(p):
    x = p["x"]
    b = f'''<div class="hd"><div class="logo">今日头条</div><div><input type="search" placeholder="搜索站内资讯、视频或用户"> <a href="#">登录</a></div></div>
<div class="box"><div class="art">
<h1>{e(p["title"])}</h1>
<div class="meta"><span>{e(p["time"])}</span><span>·</span><span>{e(x["account"])}</span><span>发布于{e(x["place"])}</span></div>
<div class="article-content">
{body_html(p)}
</div>
<div class="ops"><span>赞 1526</span><span>评论 214</span><span>收藏</span><span>分享</span><span>举报</span></div>
<div class="cmt"><b>评论 214</b><p>山那边的云：向大哥说得好，日子越过越好！</p><p>用户71820：去过恩施大峡谷，风景真美。</p></div>
</div>
<div class="side">{img("头像",48,48)} <b>{e(x["account"])}</b><p>{e(x["fans"])}</p><button>关注</button><h4>相关推荐</h4><ul><li>土家族的摆手舞你见过吗</li><li>恩施硒茶：一片叶子的致富路</li></ul></div></div>'''
    return page(p, CSS_TT, b, title_tag=p["title"] + " - 今日头条")

CSS_WB = """body{margin:0;background:#f2f2f5;font:14px/1.6 "PingFang SC",sans-serif}.nav{background:#fff;padding:10px 30px;display:flex;gap:20px}
.card{max-width:600px;margin:20px auto;background:#fff;border-radius:6px;padding:20px}.u{display:flex;gap:10px;align-items:center}
.u b{color:#eb7350}.from{color:#939393;font-size:12px}.txt{font-size:15px;line-height:1.7;margin-top:10px}.txt p{margin:0 0 8px}
.pics img{margin:2px}.act{display:flex;justify-content:space-around;border-top:1px solid #eee;margin-top:12px;padding-top:8px;color:#808080}"""

def t_weibo(p):
    x = p["x"]
    body = p["body"]
    first = body[0]
    assert first.startswith("【" + p["title"] + "】")
    b = f'''<div class="nav"><b>微博</b><input type="search" placeholder="大家正在搜：高温"><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a></div>
<div class="card"><div class="u">{img("头像",50,50)}<div><b>{e(x["account"])}</b> <span>V</span><div class="from">{e(p["time"])} {e(x["device"])}</div></div><button>+ 关注</button></div>
<div class="txt">
{body_html(p)}
</div>
<div class="pics">{img("南明河亲水区1",120,120)}{img("南明河亲水区2",120,120)}{img("南明河亲水区3",120,120)}</div>
<div class="act"><span>转发 86</span><span>评论 143</span><span>赞 1027</span></div></div>'''
    return page(p, CSS_WB, b, title_tag=f"{x['account']}的微博")

def t_baijia(p):
    x = p["x"]
    css = CSS_TT.replace("#f04142", "#2932e1")
    b = f'''<div class="hd"><div class="logo">百度 | 百家号</div><div><a href="#">百度首页</a> <a href="#">登录</a></div></div>
<div class="box"><div class="art">
<h1>{e(p["title"])}</h1>
<div class="meta">{img("作者头像",36,36)}<span><b>{e(x["account"])}</b></span><span>{e(x["desc"])}</span><span><button>关注</button></span></div>
<div class="meta"><span>发布时间：{e(p["time"])}</span></div>
<div class="article-content">
{body_html(p)}
</div>
<div class="ops"><span>举报/反馈</span></div>
</div>
<div class="side"><h4>作者最新文章</h4><ul><li>呼和浩特的焙子有多少种吃法</li><li>冬天就该来一锅手把肉</li></ul><h4>相关文章</h4><ul><li>草原上的奶茶，你喝过咸的吗</li></ul></div></div>'''
    return page(p, css, b, title_tag=p["title"])

CSS_APP = """body{margin:0;background:#fff;font-family:"PingFang SC",sans-serif;max-width:750px;margin:0 auto}
.open{position:sticky;top:0;display:flex;justify-content:space-between;align-items:center;background:#fafafa;padding:10px 14px;border-bottom:1px solid #eee}
.open button{background:#e60012;color:#fff;border:0;border-radius:14px;padding:4px 14px}.art{padding:16px}
h1{font-size:22px}.meta{display:flex;justify-content:space-between;color:#999;font-size:13px}
.body p{font-size:17px;line-height:1.8}.more{background:#f6f6f6;padding:12px 16px}.more li{margin:8px 0}"""

def t_appshare(p):
    x = p["x"]
    b = f'''<div class="open"><span>{img("APP图标",32,32)} {e(p["site"])}　看宜昌，就上{e(p["site"])}</span><button>打开APP</button></div>
<div class="art">
<h1>{e(p["title"])}</h1>
<div class="meta"><span>{e(x["account"])}</span><span>{e(p["time"])}</span></div>
<div class="body">
{body_html(p)}
</div>
<p style="color:#999;font-size:13px">本文来自{e(p["site"])}客户端，转载请注明出处</p>
</div>
<div class="more"><b>更多精彩</b><ul><li>宜昌中心城区新增公共充电桩800个 <span>2025.08.05</span></li><li>夷陵区：柑橘保花保果技术培训进田间 <span>2025.08.04</span></li></ul>
<button>打开APP查看更多</button></div>'''
    return page(p, CSS_APP, b, title_tag=p["title"])

# ----- e-paper -----
CSS_EPF = """body{margin:0;background:#ddd;font:12px/1.6 宋体}.top{background:#0b3a74;color:#fff;padding:8px 20px;display:flex;justify-content:space-between}
.top b{font-size:26px;font-family:楷体}.date{font-size:14px}
table.ep{width:1200px;margin:0 auto;background:#fff}td.l{width:320px;vertical-align:top;background:#f5f5f5;padding:10px}
td.r{vertical-align:top;padding:20px 30px}.banci a{display:block;line-height:22px}.lst li{line-height:22px}
.yt{text-align:center;font-size:16px;color:#333}.zt{text-align:center;font:bold 28px 黑体;margin:6px 0}.ft{text-align:center;font-size:16px;color:#333}
.by{text-align:center;color:#444}.txt p{font-size:15px;line-height:2;text-indent:2em;margin:0 0 6px}.txt h3{font-size:15px;text-align:center}
.cap{text-align:center;text-indent:0!important;font-size:13px!important}.pic{text-align:center}.bot{text-align:center;color:#666;padding:10px}"""

def ep_lists(p):
    x = p["x"]
    titles = [p["title"]] + x["others"]
    return titles

def t_epaper_frame(p):
    x, n = p["x"], idnum(p)
    pg = x["page"]
    ttl = e(p["title"])
    if x.get("br_title"):
        t = p["title"]; k = t.index("“")
        ttl = e(t[:k]) + "<br>" + e(t[k:])
    b = f'''<div class="top"><b>{e(p["site"])}</b><span class="date">{e(p["time"])}　<a href="#" style="color:#fff">往期回顾</a>　<a href="#" style="color:#fff">PDF下载</a></span></div>
<table class="ep" cellspacing="0"><tr>
<td class="l">
<p>{img("版面缩略图",300,420)}</p>
<p><a href="#">上一版</a>　<a href="#">下一版</a></p>
<div class="banci"><b>版面导航</b>
<a href="#">第A01版：头版</a><a href="#">第A02版：要闻</a><a href="#">{e(pg)}</a><a href="#">第A04版：区县</a><a href="#">第A08版：副刊</a></div>
<div><b>本版标题</b><ul class="lst">{"".join(f'<li><a href="#">{e(t)}</a></li>' for t in ep_lists(p))}</ul></div>
</td>
<td class="r">
<p>{e(pg)}　　<a href="#">上一篇</a>　<a href="#">下一篇</a></p>
{f'<p class="yt">{e(x["kicker"])}</p>' if x.get("kicker") else ""}
<div class="zt">{ttl}</div>
{f'<p class="ft">{e(x["deck"])}</p>' if x.get("deck") else ""}
<p class="by">{byl(p,"byline_first")}</p>
<div class="txt">
{body_html(p)}
</div>
</td></tr></table>
<div class="bot">{e(p["site"])}社版权所有　未经授权不得转载　{PROV[n]}ICP备{15000000+n*3}号</div>'''
    return page(p, CSS_EPF, b)

CSS_EPD = """body{margin:0;font:14px/1.7 "Microsoft YaHei";background:#eee}.hd{background:#9e1b20;color:#fff;padding:14px 40px;display:flex;justify-content:space-between;align-items:center}
.hd b{font-size:30px}.bar{background:#fff;padding:8px 40px;border-bottom:1px solid #ccc}
.wrap{display:flex;gap:16px;padding:16px 40px}.col{background:#fff;padding:12px}.c1{width:220px}.c2{flex:1}.c3{width:260px}
.yt,.ft{text-align:center;color:#555;font-size:17px}.zt{text-align:center;font-size:30px;font-weight:bold;margin:4px 0}
.c2 p{text-indent:2em;font-size:16px;line-height:1.9}.c2 h3{font-size:16px}.foot{text-align:center;color:#777;padding:10px}"""

def t_epaper_div(p):
    x, n = p["x"], idnum(p)
    end = f'<p>{byl(p,"byline_end")}</p>' if x.get("byline_end") else ""
    b = f'''<div class="hd"><b>{e(p["site"])}·数字报</b><span>{e(p["time"])} 星期{"一二三四五六日"[n%7]}</span></div>
<div class="bar"><a href="#">首页</a> | <a href="#">往期</a> | <a href="#">检索</a> | 当前版：{e(x["page"])}</div>
<div class="wrap">
<div class="col c1"><b>版面目录</b><ul><li><a href="#">01版：要闻</a></li><li><a href="#">02版：综合新闻</a></li><li><a href="#">03版：经济</a></li><li><a href="#">04版：社会</a></li></ul>{img("版面图",200,280)}</div>
<div class="col c2">
{f'<p class="yt">{e(x["kicker"])}</p>' if x.get("kicker") else ""}
<p class="zt">{e(p["title"])}</p>
{f'<p class="ft">{e(x["deck"])}</p>' if x.get("deck") else ""}
{body_html(p)}
{end}
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回版面</a></p>
</div>
<div class="col c3"><b>本版标题</b><ol>{"".join(f'<li><a href="#">{e(t)}</a></li>' for t in ep_lists(p))}</ol></div>
</div>
<div class="foot">{e(p["site"])}社主办　版权所有　{PROV[n]}ICP备{19000000+n*7}号</div>'''
    return page(p, CSS_EPD, b)

# ----- institution -----
def t_inst(p, color, nav, crumb, foot):
    x, n = p["x"], idnum(p)
    css = CSS_DIV.replace("#1d5fb0", color).replace("#134a8e", color).replace("#0f3d78", color)
    info = [f"<span>发布时间：{e(p['time'])}</span>"]
    if x.get("byline_info"): info.insert(0, f"<span>{byl(p,'byline_info')}</span>")
    if x.get("photo"): info.append(f"<span>{byl(p,'photo')}</span>")
    if x.get("source"): info.append(f"<span>来源：{e(x['source'])}</span>")
    if x.get("views"): info.append(f"<span>{byl(p,'views')}</span>")
    end = f'<p style="text-align:right">{byl(p,"byline_end")}</p>' if x.get("byline_end") else ""
    bottom = x.get("info_bottom")
    meta = f'<div class="meta">{"".join(info)}</div>'
    dn = f'<p style="text-align:center">{e(x["docno"])}</p>' if x.get("docno") else ""
    b = f'''<div class="top"><div class="w"><a href="#">English</a><a href="#">信息公开</a><a href="#">校友/联系</a><a href="#">无障碍</a></div></div>
<div class="head"><div class="w"><div class="logo">{img("标志",70,70)} {e(p["site"])}<br><small style="font-size:13px">{e(x.get("site_en",""))}</small></div><div class="search"><input type="text"> <button>搜索</button></div></div></div>
<div class="menu"><div class="w">{"".join(f'<a href="#">{a}</a>' for a in nav)}</div></div>
<div class="w"><div class="crumb">当前位置：首页 &gt; {crumb} &gt; 正文</div>
<div class="art">
<h1>{e(p["title"])}</h1>
{dn}
{"" if bottom else meta}
<div class="txt">
{body_html(p)}
{end}
</div>
{meta if bottom else ""}
<p style="text-align:right;color:#888">{byl(p,"editor")}</p>
<div class="share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="rel">上一条：<a href="#">关于2025年清明节放假安排的通知</a><br>下一条：<a href="#">学习贯彻全国两会精神专题会议召开</a></div>
</div></div>
<div class="foot"><p>{foot}</p><p>{PROV[n]}ICP备{17000000+n*13}号　{PROV[n]}公网安备 {33030402000000+n*17}号</p></div>'''
    return page(p, css, b)

def t_univ(p): return t_inst(p, "#7a1e2c", ["学校概况","机构设置","教育教学","科学研究","招生就业","新闻网"], "新闻网 &gt; 综合新闻", f"版权所有 © {e(p['site'])}　地址：浙江省温州市瓯海区学院中路1号　邮编：325035")
def t_hosp(p):
    p["x"]["info_bottom"] = True
    return t_inst(p, "#0a8a7a", ["医院概况","科室导航","专家介绍","就医指南","健康科普","新闻动态"], "新闻动态 &gt; 医院新闻", f"{e(p['site'])} 地址：贵州省都匀市剑江中路29号　预约挂号：0854-8221 120")
def t_soe(p): return t_inst(p, "#00468c", ["集团概况","新闻中心","党建工作","主营业务","社会责任","人才招聘"], "新闻中心 &gt; 集团要闻", f"© 2025 {e(p['site'])} 版权所有")
def t_court(p): return t_inst(p, "#8c1d18", ["法院概况","审判动态","诉讼服务","执行公开","司法公开","法治宣传"], "审判动态", f"{e(p['site'])}主办　诉讼服务热线：12368")
def t_assoc(p): return t_inst(p, "#2f7d32", ["协会概况","通知公告","行业动态","会员服务","政策法规","联系我们"], "通知公告", f"{e(p['site'])}　地址：武汉市武昌区中北路108号　电话：027-8765 4321")

T = {k[2:]: v for k, v in globals().items() if k.startswith("t_")}

def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    for p in P:
        h = T[p["tpl"]](p)
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(h)
        g = {"id": p["id"], "set": "zh-blind200", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(p)}
        with open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(P), "pages built")

if __name__ == "__main__":
    main()
