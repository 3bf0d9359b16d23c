#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind192 from the page data in pages_*.py.
One source of truth: each page's body is a list of blocks parsed from its `body` text
("## " sub-heading, "- " list line, "| a | b" table row, "> " quote, else paragraph)."""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages_gov import PAGES as P1
from pages_media import PAGES as P2
from pages_other import PAGES as P3
PAGES = P1 + P2 + P3
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape

def blocks(body):
    out = []
    for line in body.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "): out.append(("h", line[3:].strip()))
        elif line.startswith("- "): out.append(("li", line[2:].strip()))
        elif line.startswith("|"): out.append(("tr", [c.strip() for c in line.strip("|").split("|")]))
        elif line.startswith("> "): out.append(("q", line[2:].strip()))
        else: out.append(("p", line))
    return out

def gold_paras(bl):
    return [" ".join(b[1]) if b[0] == "tr" else b[1] for b in bl]

def img(alt, cls="pic"):
    return f'<img class="{cls}" src="{GIF}" alt="{E(alt)}" width="1" height="1">'

def render_body(pg, hstyle="h3", pindent=True):
    bl = blocks(pg["body"]); out = [f'<p style="text-align:center">{E(x)}</p>' for x in pg.get("pre", [])]; i = 0
    cap = pg.get("caption"); capat = pg.get("caption_at", 1)
    n = 0
    while i < len(bl):
        k, v = bl[i]
        if k == "li":
            items = []
            while i < len(bl) and bl[i][0] == "li":
                items.append(f"<li>{E(bl[i][1])}</li>"); i += 1
            out.append("<ul>" + "".join(items) + "</ul>"); continue
        if k == "tr":
            rows = []; first = True
            while i < len(bl) and bl[i][0] == "tr":
                tag = "th" if first else "td"; first = False
                rows.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in bl[i][1]) + "</tr>"); i += 1
            out.append('<table class="data" border="1" cellspacing="0">' + "".join(rows) + "</table>"); continue
        if k == "h":
            if hstyle == "strong": out.append(f"<p><strong>{E(v)}</strong></p>")
            else: out.append(f"<{hstyle}>{E(v)}</{hstyle}>")
        elif k == "q": out.append(f"<blockquote>{E(v)}</blockquote>")
        else:
            st = ' style="text-indent:2em"' if pindent else ""
            out.append(f"<p{st}>{E(v)}</p>")
        i += 1; n += 1
        if cap and n == capat:
            out.append(f'<div class="imgbox">{img(cap[0])}<p class="cap">{E(cap[1])}</p></div>')
    return "\n".join(out)

def title_html(pg):
    t = pg.get("title_print", pg["title"])
    return "<br>".join(E(x) for x in t.split("\n"))

def footer_gov(pg):
    s = pg["site"]
    return (f'<div class="footer"><p>主办：{E(pg.get("host", s))}　承办：{E(pg.get("org", s + "信息中心"))}</p>'
            f'<p>地址：{E(pg.get("addr","县城新华路88号"))}　联系电话：{E(pg.get("tel","0311-8561234"))}</p>'
            f'<p>{E(pg.get("icp","冀ICP备12034567号-1"))}　<span>{img("公安备案图标","ico")}{E(pg.get("ga","冀公网安备 13010202001234号"))}</span>　网站标识码：{E(pg.get("bsm","1301230001"))}</p></div>')

CSS = {
"gov": "body{margin:0;font:14px/1.8 SimSun,serif;background:#f2f2f2}.top{background:#b40000;color:#fff;font-size:12px;padding:2px 10px}.banner{background:#c00;color:#fff;font-size:30px;padding:20px}.nav a{color:#fff;margin:0 12px}.nav{background:#900;padding:6px}.wrap{width:1000px;margin:0 auto;background:#fff;padding:10px 30px}h1{text-align:center;font-size:24px;color:#b40000}.info{text-align:center;color:#666;font-size:12px;border-bottom:1px dashed #ccc}.footer{background:#8a0000;color:#eee;text-align:center;font-size:12px;padding:10px}table.data{border-collapse:collapse;margin:auto}table.data td,table.data th{padding:4px 8px}.cap{text-align:center;color:#555}.idx{width:100%;border-collapse:collapse;font-size:12px;background:#f8f8f8}.idx td{border:1px solid #ddd;padding:3px}",
"media": "body{margin:0;font:16px/1.9 'Microsoft YaHei',sans-serif}.hd{background:#003c8f;color:#fff;padding:8px 20px}.hd a{color:#fff;margin-right:14px}.main{display:flex;max-width:1200px;margin:auto;gap:30px}.art{flex:3}.side{flex:1;font-size:13px;border-left:1px solid #eee;padding-left:14px}h1{font-size:30px;line-height:1.4}.meta{color:#888;font-size:13px}.meta span{margin-right:16px}.cap{text-align:center;color:#666;font-size:13px}.ft{background:#222;color:#aaa;font-size:12px;text-align:center;padding:14px}.share span{border:1px solid #ccc;border-radius:3px;padding:2px 8px;margin-right:6px}",
"app": "body{margin:0 auto;max-width:680px;font:17px/1.85 -apple-system,'PingFang SC',sans-serif;color:#333;padding:0 16px}h1{font-size:22px}.acct{color:#576b95}.meta{color:#999;font-size:14px}.meta span{margin-right:8px}.bar{border-top:1px solid #eee;color:#999;font-size:14px;padding:8px 0}.cap{text-align:center;color:#999;font-size:13px}.open{background:#f85959;color:#fff;text-align:center;padding:8px;border-radius:20px}",
"epaper": "body{margin:0;font:14px/1.7 SimSun,serif;background:#e8e3d8}.mast{background:#7a0f0f;color:#fff;padding:8px 16px;font-size:22px}.frame{display:flex}.left{width:300px;background:#fff;padding:8px;font-size:13px}.right{flex:1;background:#fffdf6;padding:16px 40px}.yin,.fu{text-align:center;font-size:16px;color:#444}.zhu{text-align:center;font-size:28px;font-weight:bold;margin:4px}.bc a{margin-right:8px}.cap{text-align:center;color:#666}",
"inst": "body{margin:0;font:15px/1.9 'Microsoft YaHei',sans-serif;background:#fafafa}.head{background:#0a5a3a;color:#fff;padding:14px 30px;font-size:24px}.menu{background:#0d7047;padding:6px 30px}.menu a{color:#fff;margin-right:20px}.box{width:1100px;margin:auto;background:#fff;padding:20px 40px}h2.t{text-align:center;font-size:24px}.sub{text-align:center;color:#777;font-size:13px}.cap{text-align:center;color:#666}.ft{background:#0a5a3a;color:#dfe;font-size:12px;text-align:center;padding:12px}",
}

def page_shell(pg, css, inner):
    return (f'<!DOCTYPE html>\n<html lang="{ "en" if pg["lang"]=="en" else "zh-CN"}"><head><meta charset="{pg.get("charset","utf-8")}">'
            f'<title>{E(pg["title"])}_{E(pg["site"])}</title><style>{CSS[css]}{pg.get("css","")}</style></head>\n<body>\n{inner}\n</body></html>\n')

# ---------------- skeletons ----------------
def sk_gov_table(pg):
    info = pg["info"]
    by = pg.get("closing", "")
    inner = f'''<table width="100%" class="top"><tr><td>今天是：2025年 星期二</td><td align="right"><a>无障碍浏览</a> | <a>长者模式</a> | <a>设为首页</a> | <a>加入收藏</a></td></tr></table>
<table width="100%" class="banner"><tr><td>{img(pg["site"]+"标志","logo")} {E(pg["site"])}</td><td align="right"><input type="text" value="请输入关键字"> <button>搜索</button></td></tr></table>
<div class="nav"><a>首页</a><a>政务要闻</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进{E(pg.get("short","本县"))}</a></div>
<table width="1000" align="center" bgcolor="#ffffff"><tr><td width="220" valign="top" style="font-size:12px;background:#f6f6f6">
<p><b>栏目导航</b></p><p>{E(pg.get("col","工作动态"))}</p><p>通知公告</p><p>乡镇动态</p><p>部门动态</p></td>
<td valign="top" style="padding:10px 20px"><p style="font-size:12px">当前位置：<a>首页</a> &gt; <a>{E(pg.get("col","工作动态"))}</a></p>
<h1>{title_html(pg)}</h1>
{('<div class="info">'+info+'</div>') if pg.get("info_pos","above")=="above" else ''}
<div class="content">
{render_body(pg, pg.get("hstyle","strong"))}
</div>
{('<p style="text-align:right">'+E(by)+'</p>') if by else ''}
{('<div class="info">'+info+'</div>') if pg.get("info_pos")=="below" else ''}
<p style="text-align:right">{E(pg.get("editor","（责任编辑：刘 静）"))}</p>
<p align="center">【<a>打印本页</a>】　【<a>关闭窗口</a>】</p>
</td></tr></table>
{footer_gov(pg)}'''
    return page_shell(pg, "gov", inner)

def sk_gov_div(pg):
    rel = "".join(f"<li><a>{E(x)}</a></li>" for x in pg.get("related", []))
    info = pg["info"]
    inner = f'''<div class="top"><span>{E(pg["site"])}欢迎您</span> <span style="float:right"><a>无障碍</a> <a>长者模式</a> <a>简</a>|<a>繁</a> <a>English</a></span></div>
<div class="banner">{img("国徽","logo")} {E(pg["site"])}<div style="font-size:13px"><input placeholder="搜索本站内容"> <span>搜索</span></div></div>
<div class="nav"><a>首页</a><a>要闻动态</a><a>政府信息公开</a><a>政务服务</a><a>政民互动</a><a>数据发布</a></div>
<div class="wrap">
<div class="crumb" style="font-size:12px">首页 &gt; 要闻动态 &gt; {E(pg.get("col","部门动态"))}</div>
{('<div class="info">'+info+'</div>') if pg.get("info_pos")=="top" else ''}
<h1>{title_html(pg)}</h1>
{('<div class="info">'+info+'</div>') if pg.get("info_pos","above") in ("above",) else ''}
<div class="TRS_Editor">
{render_body(pg, pg.get("hstyle","h3"))}
</div>
{('<p style="text-align:right">'+E(pg["closing"])+'</p>') if pg.get("closing") else ''}
{('<div class="info">'+info+'</div>') if pg.get("info_pos")=="bottom" else ''}
<div class="edit" style="text-align:right;color:#666">{E(pg.get("editor","编辑：张宁　审核：王立新"))}</div>
<div class="share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span></div>
<div class="qr">{img("二维码","qr")}<p>扫一扫在手机打开当前页</p></div>
<div class="pn"><p>上一篇：{E(pg.get("prev","关于开展春季植树造林活动的通知"))}</p><p>下一篇：{E(pg.get("next","全县召开安全生产工作会议"))}</p></div>
{('<div class="rel"><h4>相关文章</h4><ul>'+rel+'</ul></div>') if rel else ''}
</div>
{footer_gov(pg)}'''
    return page_shell(pg, "gov", inner)

def sk_gov_xxgk(pg):
    ix = pg["index"]
    rows = ""
    items = list(ix.items())
    for a in range(0, len(items), 2):
        rows += "<tr>" + "".join(f"<td><b>{E(k)}：</b></td><td>{E(v)}</td>" for k, v in items[a:a+2]) + "</tr>"
    inner = f'''<div class="top"><a>无障碍阅读</a> | <a>长者模式</a> | <a>智能问答</a></div>
<div class="banner">{E(pg["site"])}<br><span style="font-size:16px">政府信息公开专栏</span></div>
<div class="wrap">
<div style="font-size:12px">您所在的位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; {E(pg.get("col","通知公告"))}</div>
<table class="idx">{rows}</table>
<h1>{title_html(pg)}</h1>
{('<p style="text-align:center">'+E(pg["docno"])+'</p>') if pg.get("docno") else ''}
<div class="info">{pg.get("info","")}</div>
<div class="zw">
{render_body(pg, pg.get("hstyle","strong"))}
</div>
<div class="fj"><p>相关附件：</p><p><a>附件1.{E(pg.get("fj","申报表"))}.docx</a></p></div>
<p>【<a>字体：大</a> <a>中</a> <a>小</a>】 【<a>打印</a>】 【<a>关闭</a>】</p>
</div>
{footer_gov(pg)}'''
    return page_shell(pg, "gov", inner)

def sk_media(pg):
    side = "".join(f"<li>{E(x)}</li>" for x in pg.get("related", ["全省春耕备耕进展顺利", "城市更新项目集中开工", "文旅消费持续升温"]))
    meta = pg["meta"]
    cl = f'<p class="by" style="text-align:right">{E(pg["closing"])}</p>' if pg.get("closing") else ""
    sub = f'<h2 style="font-size:18px;color:#555">{E(pg["subtitle"])}</h2>' if pg.get("subtitle") else ""
    kick = f'<p style="color:#555">{E(pg["kicker"])}</p>' if pg.get("kicker") else ""
    inner = f'''<div class="hd">{img(pg["site"]+"LOGO","logo")} <b>{E(pg["site"])}</b> <a>首页</a><a>时政</a><a>{E(pg.get("col","本地"))}</a><a>经济</a><a>社会</a><a>文旅</a><a>视频</a><a>数字报</a> <input placeholder="搜索"></div>
<div style="max-width:1200px;margin:auto;font-size:13px;color:#888">{E(pg["site"])} &gt; {E(pg.get("col","本地"))} &gt; 正文</div>
<div class="main"><div class="art">
{('<div class="meta">'+meta+'</div>') if pg.get("meta_pos")=="top" else ''}
{kick}<h1>{title_html(pg)}</h1>{sub}
{('<div class="meta">'+meta+'</div>') if pg.get("meta_pos","under")=="under" else ''}
<div class="text">
{render_body(pg, pg.get("hstyle","strong"), pg.get("indent", True))}
</div>
{cl}
{('<div class="meta">'+meta+'</div>') if pg.get("meta_pos")=="bottom" else ''}
<p class="ed" style="color:#999;font-size:13px">{E(pg.get("editor","责任编辑：李 想"))}</p>
<div class="share">分享到：<span>微信</span><span>微博</span><span>复制链接</span></div>
<p style="color:#999">【纠错】 【打印】</p>
</div><div class="side"><h3>热点推荐</h3><ul>{side}</ul><div>{img("客户端下载二维码","qr")}<p>扫码下载客户端</p></div></div></div>
<div class="ft"><p>关于我们 | 联系我们 | 广告服务 | 版权声明</p><p>{E(pg.get("copy","版权所有 未经授权禁止复制或建立镜像"))}</p><p>{E(pg.get("icp","冀ICP备10001234号"))}　{E(pg.get("ga","冀公网安备13010502000567号"))}　互联网新闻信息服务许可证：{E(pg.get("lic","13120170011"))}</p></div>'''
    return page_shell(pg, "media", inner)

def sk_media_old(pg):
    meta = pg["meta"]
    cl = f'<p align="right">{E(pg["closing"])}</p>' if pg.get("closing") else ""
    inner = f'''<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td bgcolor="#1d4f9c" style="color:#fff;padding:10px"><font size="5">{E(pg["site"])}</font> <small>{E(pg.get("domain","www.example.cn"))}</small></td></tr>
<tr><td bgcolor="#e8eef8" style="font-size:12px">首页 | 新闻 | 图片 | 专题 | 论坛 | 房产 | 汽车 | 教育</td></tr>
<tr><td style="font-size:12px;padding:6px">您现在的位置: {E(pg["site"])} &gt;&gt; 新闻中心 &gt;&gt; {E(pg.get("col","本地新闻"))}</td></tr>
<tr><td align="center"><h1 style="font-size:22px">{title_html(pg)}</h1></td></tr>
<tr><td align="center" style="font-size:12px;color:#666">{meta}</td></tr>
<tr><td style="padding:10px 30px;font-size:14px">
{render_body(pg, "strong")}
{cl}
<p align="right" style="font-size:12px">{E(pg.get("editor","编辑：赵敏"))}</p></td></tr>
<tr><td style="font-size:12px">【<a>发表评论</a>】【<a>告诉好友</a>】【<a>打印此文</a>】【<a>关闭窗口</a>】</td></tr>
<tr><td style="font-size:12px"><b>相关新闻</b><br>· 市区新增三处口袋公园<br>· 公交线路优化调整方案公布</td></tr>
<tr><td align="center" style="font-size:12px;border-top:2px solid #1d4f9c">{E(pg.get("copy","Copyright 2008-2025 All Rights Reserved"))}<br>{E(pg.get("icp","陕ICP备05001234号"))}</td></tr></table>'''
    return page_shell(pg, "media", inner)

def sk_en(pg):
    inner = f'''<header class="hd"><b>{E(pg["site"])}</b> <a>China</a><a>World</a><a>Business</a><a>Culture</a><a>Travel</a><a>Opinion</a> <input placeholder="Search"></header>
<div class="main"><article class="art">
<p style="font-size:13px;color:#888">Home / China / {E(pg.get("col","Regional"))}</p>
<h1>{title_html(pg)}</h1>
<div class="meta">{pg["meta"]}</div>
<div class="share"><span>Facebook</span><span>X</span><span>LinkedIn</span><span>Email</span></div>
{render_body(pg, "h3", False)}
<p style="color:#999;font-size:13px">{E(pg.get("editor","Editor: Li Na"))}</p>
</article><aside class="side"><h3>Most Popular</h3><ul><li>Spring tourism booms in Northwest China</li><li>Rail link cuts travel time to Yinchuan</li></ul></aside></div>
<div class="ft">About Us | Contact | Terms of Use<br>Copyright 2025 {E(pg["site"])}. All rights reserved. {E(pg.get("icp","京ICP备13028878号-6"))}</div>'''
    return page_shell(pg, "media", inner)

def sk_wechat(pg):
    inner = f'''<div id="page-content"><h1 id="activity-name">{title_html(pg)}</h1>
<div class="meta">{pg["meta"]}</div>
{('<p class="cap">'+E(pg["top_note"])+'</p>') if pg.get("top_note") else ''}
<div id="js_content">
{render_body(pg, pg.get("hstyle","strong"), False)}
</div>
{''.join('<p class="cap">'+E(x)+'</p>' for x in pg.get("tail", []))}
<div class="bar">{E(pg.get("barline","阅读 2.1万　　在看 86　　分享　　赞 312"))}</div>
<div>{img("公众号二维码","qr")}<p class="cap">长按识别二维码关注我们</p></div>
<div class="bar">留言　写留言</div></div>'''
    return page_shell(pg, "app", inner)

def sk_feed(pg):
    inner = f'''<div class="open">{E(pg.get("opentxt","打开APP，阅读全文"))}</div>
<h1>{title_html(pg)}</h1>
<div class="meta">{pg["meta"]}</div>
<article>
{render_body(pg, pg.get("hstyle","strong"), False)}
</article>
{''.join('<p class="cap">'+E(x)+'</p>' for x in pg.get("tail", []))}
<div class="bar">{E(pg.get("barline","举报/反馈"))}</div>
<div class="bar"><b>相关推荐</b><p>春日赏花好去处，这份清单请收好</p><p>本地一企业产品出口欧洲</p></div>
<div class="open">APP内打开</div>'''
    return page_shell(pg, "app", inner)

def sk_weibo(pg):
    inner = f'''<div class="bar">微博　<span style="float:right">登录 | 注册</span></div>
<div class="meta"><span class="acct"><b>{E(pg["acct"])}</b></span> {img("V认证","ico")}<br><span>{pg["meta"]}</span></div>
<div class="wb">
{render_body(pg, "strong", False)}
</div>
<div class="bar">转发 {pg.get("zf","128")}　评论 {pg.get("pl","56")}　赞 {pg.get("z","904")}</div>
<div class="bar">查看更多评论 &gt;</div>'''
    return page_shell(pg, "app", inner)

def sk_epaper(pg):
    lst = "".join(f"<li><a>{E(x)}</a></li>" for x in pg["bbtitles"])
    pages = "".join(f"<a>{E(x)}</a>" for x in pg["banci"])
    inner = f'''<div class="mast">{E(pg["site"])} <span style="font-size:13px">{E(pg["edate"])}　{E(pg.get("week","星期三"))}</span></div>
<div class="bc" style="background:#eee;font-size:12px;padding:4px">{pages}　<a>往期回顾</a> <a>PDF下载</a> <a>上一版</a> <a>下一版</a></div>
<div class="frame"><div class="left"><p><b>{E(pg["page"])}</b></p><div>{img("版面缩略图","thumb")}</div><p><b>本版标题</b></p><ul>{lst}</ul></div>
<div class="right">
{('<p class="yin">'+E(pg["yin"])+'</p>') if pg.get("yin") else ''}
<p class="zhu">{title_html(pg)}</p>
{('<p class="fu">'+E(pg["fu"])+'</p>') if pg.get("fu") else ''}
{('<p style="text-align:center">'+E(pg["byline"])+'</p>') if pg.get("byline") else ''}
<div id="ozoom">
{render_body(pg, "strong")}
</div>
{('<p style="text-align:right">'+E(pg["closing"])+'</p>') if pg.get("closing") else ''}
<p style="font-size:12px;color:#777">{pg.get("meta","")}</p>
<p style="font-size:12px"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></p>
</div></div>
<div style="text-align:center;font-size:12px">{E(pg.get("copy","本网站所登载内容版权归报社所有"))}　{E(pg.get("icp","皖ICP备05012345号"))}</div>'''
    return page_shell(pg, "epaper", inner)

def sk_inst(pg):
    info = pg["info"]
    inner = f'''<div class="head">{img(pg["site"]+"校徽","logo")} {E(pg["site"])}<span style="float:right;font-size:13px">{E(pg.get("toplinks","信息公开 | English | 旧版回顾"))}</span></div>
<div class="menu"><a>首页</a><a>{E(pg.get("m1","概况"))}</a><a>{E(pg.get("col","新闻动态"))}</a><a>{E(pg.get("m3","党建工作"))}</a><a>服务指南</a><a>联系我们</a></div>
<div class="box"><div style="font-size:13px;color:#888">首页 / {E(pg.get("col","新闻动态"))} / 正文</div>
<h2 class="t">{title_html(pg)}</h2>
{('<p class="sub">'+info+'</p>') if pg.get("info_pos","above")=="above" else ''}
{render_body(pg, pg.get("hstyle","strong"))}
{('<p style="text-align:right">'+E(pg["closing"])+'</p>') if pg.get("closing") else ''}
{('<p class="sub">'+info+'</p>') if pg.get("info_pos")=="below" else ''}
<p style="text-align:right;color:#888">{E(pg.get("editor","（编辑：周婷　审核：高峰）"))}</p>
<p>上一条：{E(pg.get("prev","关于2025年清明节放假的通知"))}<br>下一条：{E(pg.get("next","我单位召开安全工作部署会"))}</p>
</div>
<div class="ft"><p>{E(pg.get("addr","地址：石家庄市裕华区学府路1号　邮编：050000"))}</p><p>{E(pg.get("icp","冀ICP备05005678号"))}　{E(pg.get("ga","冀公网安备13010802000888号"))}</p></div>'''
    return page_shell(pg, "inst", inner)

SK = dict(gov_table=sk_gov_table, gov_div=sk_gov_div, gov_xxgk=sk_gov_xxgk, media=sk_media, media_old=sk_media_old,
          en=sk_en, wechat=sk_wechat, feed=sk_feed, weibo=sk_weibo, epaper=sk_epaper, inst=sk_inst)

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True); os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = set()
    for pg in PAGES:
        assert pg["id"] not in ids, pg["id"]; ids.add(pg["id"])
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(SK[pg["skel"]](pg))
        g = {"id": pg["id"], "set": "zh-blind192", "lang": pg["lang"], "kind": pg["kind"], "title": pg["title"],
             "authors": pg["authors"], "publish_time": pg["time"], "body_paragraphs": gold_paras(blocks(pg["body"]))}
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(PAGES), "pages built")

if __name__ == "__main__":
    main()
