#!/usr/bin/env python3
"""Generate html/<id>.html and gold/<id>.json for zh-blind214 from content_*.py."""
import html as H, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content_a import P as A
from content_b import P as B
from content_c import P as C
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = A + B + C
from extras import X
for _pg in PAGES:
    for _i, _t in sorted(X.get(_pg["id"], []), key=lambda z: -z[0] if z[0] >= 0 else -10**6):
        if _i < 0: _pg["paras"].append(_t)
        else: _pg["paras"].insert(_i, _t)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape
REG = {"天津": ("津", "12010"), "江西": ("赣", "36070"), "湖南": ("湘", "43060"), "新疆": ("新", "65230")}

def img(alt, cls=""):
    return f'<img src="{GIF}" alt="{e(alt)}" width="1" height="1" class="{cls}">'

def gold_para(p):
    if p.startswith("##"): return p[2:]
    if p.startswith("- "): return p[2:]
    if p.startswith("|"): return " ".join(c for c in p[1:].split("|"))
    return p

def body(paras, indent=True, sub="h3", caption=None, capat=1, docsign=0):
    out, i, n = [], 0, len(paras)
    while i < n:
        p = paras[i]
        if caption and i == capat:
            out.append(f'<p class="pic">{img(caption)}</p><p class="caption">{e(caption)}</p>')
        if p.startswith("##"):
            out.append(f'<{sub} class="sub">{e(p[2:])}</{sub}>' if sub != "p" else f'<p><strong>{e(p[2:])}</strong></p>'); i += 1
        elif p.startswith("- "):
            items = []
            while i < n and paras[i].startswith("- "):
                items.append(f"<li>{e(paras[i][2:])}</li>"); i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
        elif p.startswith("|"):
            rows, first = [], True
            while i < n and paras[i].startswith("|"):
                t = "th" if first else "td"; first = False
                rows.append("<tr>" + "".join(f"<{t}>{e(c)}</{t}>" for c in paras[i][1:].split("|")) + "</tr>"); i += 1
            out.append('<table class="data" border="1" cellspacing="0">' + "".join(rows) + "</table>")
        else:
            cls = ""
            if docsign and i >= n - docsign: cls = ' class="sign"'
            out.append(f"<p{cls}>{e(p)}</p>"); i += 1
    return "\n".join(out)

def footer(pg, kind="gov"):
    ab, code = REG[pg["region"]]
    num = sum(ord(c) for c in pg["id"]) * 37 % 90000 + 10000
    s = f'<div class="footer"><p>主办：{e(pg["site"])}　承办：{e(pg["site"])}信息中心　</p>'
    s += f'<p>地址：{e(pg["region"])}某市某路{num % 300}号　邮编：{code[:2]}{num % 9000 + 1000}　联系电话：0{num % 900 + 100}-8{num}</p>'
    s += f'<p><a href="#">{ab}ICP备{num * 3 % 100000000:08d}号-{num % 5 + 1}</a>　<a href="#">{ab}公网安备 {code}0202{num:06d}号</a>'
    if kind == "gov":
        s += f'　网站标识码：{code}{num % 100000:05d}'
    s += '</p><p>版权所有　未经许可不得复制　建议使用1280×1024分辨率浏览</p></div>'
    return s

def info_bar(pg, parts):
    return '<div class="info">' + "".join(f"<span>{x}</span>" for x in parts if x) + "</div>"

def authors_print(pg):
    return "　".join(pg["authors"])

def byline_bits(pg):
    """returns (top, after_title_standalone, closing)"""
    b = pg.get("byline")
    st = f'<p class="byline">{e(pg["standalone"])}</p>' if b == "standalone_first" else ""
    cl = f'<p class="closing">{e(pg["closing"])}</p>' if b == "closing" else ""
    return st, cl

def rel(titles, head="相关新闻"):
    return f'<div class="related"><h4>{head}</h4><ul>' + "".join(f'<li><a href="#">{e(t)}</a></li>' for t in titles) + "</ul></div>"

RELATED = ["全市一季度经济运行情况新闻发布会召开", "关于开展2025年安全生产月活动的通知", "我市出台支持民营经济发展若干措施",
           "2025年市级重点项目清单公布", "市区部分路段夜间施工公告", "春季森林防火提示"]

STYLE = """
body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333;background:#f4f4f4}
a{color:#333;text-decoration:none}.wrap{width:1000px;margin:0 auto;background:#fff;padding:10px 20px}
.topbar{background:#eee;font-size:12px;padding:4px 20px}.topbar span{margin-right:14px}
.banner{background:#b40000;color:#fff;font-size:26px;padding:18px 20px}.nav a{display:inline-block;padding:6px 14px;color:#fff}
.nav{background:#8c0000}.crumb{font-size:12px;color:#666;margin:8px 0}h1{font-size:24px;text-align:center;color:#222}
.info{text-align:center;font-size:12px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}.info span{margin:0 8px}
.content p{text-indent:2em;line-height:1.9}.content p.sign{text-align:right;text-indent:0}
.caption{text-align:center;text-indent:0;color:#666;font-size:12px}.pic{text-align:center}
table.data{border-collapse:collapse;margin:8px auto}table.data td,table.data th{padding:4px 10px;border:1px solid #999}
.idx{width:100%;border-collapse:collapse;font-size:12px;background:#f9f9f9}.idx td{border:1px solid #ddd;padding:4px}
.footer{background:#444;color:#ddd;font-size:12px;text-align:center;padding:10px}.footer a{color:#ddd}
.tools{font-size:12px;text-align:right;color:#666}.related li{font-size:13px}.docno{text-align:center}
.yin,.fu{text-align:center;color:#555;font-size:16px;margin:4px}.byline{text-align:center;text-indent:0;color:#555}
.grid{display:flex;gap:20px}.main{flex:3}.side{flex:1;font-size:12px;background:#fafafa;padding:8px}
.app{max-width:640px;margin:0 auto;background:#fff;padding:16px}.acct{display:flex;gap:8px;align-items:center;color:#576b95}
.bottombar{border-top:1px solid #eee;font-size:12px;color:#999;padding:8px 0}
.ep-nav{width:220px;float:left;font-size:12px}.ep-main{margin-left:240px}.clear{clear:both}
.en{font-family:Georgia,serif}.en p{text-indent:0}
"""

def page(pg, inner, title_tag=None):
    t = title_tag or f'{pg["title"]}_{pg["site"]}'
    return (f'<!DOCTYPE html>\n<html lang="{ "en" if pg["lang"]=="en" else "zh-CN"}"><head><meta charset="utf-8">'
            f'<title>{e(t)}</title><style>{STYLE}</style></head><body>\n{inner}\n</body></html>\n')

def headline(pg):
    s = ""
    if pg.get("yin"): s += f'<p class="yin">{e(pg["yin"])}</p>'
    if pg.get("title2"):
        a, b = pg["title2"]; s += f"<h1>{e(a)}<br>{e(b)}</h1>"
    else:
        s += f'<h1>{e(pg["title"])}</h1>'
    if pg.get("fu"): s += f'<p class="fu">——{e(pg["fu"])}</p>'
    return s

GOVTOP = '<div class="topbar"><span>无障碍</span><span>长者模式</span><span>English</span><span>登录</span><span>注册</span><span>繁體</span></div>'

def gov_nav(pg):
    return (f'<div class="banner">{img(pg["site"] + "标志")} {e(pg["site"])}</div><div class="nav">'
            + "".join(f'<a href="#">{x}</a>' for x in ["首页", "政务公开", "政务服务", "互动交流", "走进" + pg["site"][:3]]) +
            '</div><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div>')

def t_gov_table(pg):
    st, cl = byline_bits(pg)
    meta = f'{pg["tlabel"]}{pg["time"]}　来源：{pg["source"]}　浏览次数：{pg["views"]}'
    return page(pg, f'''<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff"><tr><td>{GOVTOP}
<table width="100%"><tr><td class="banner">{img(pg["site"])} {e(pg["site"])}</td></tr></table>
<table width="100%" class="nav"><tr>{"".join(f'<td><a href="#">{x}</a></td>' for x in ["网站首页","政务动态","信息公开","办事服务","公众参与"])}</tr></table>
<table width="100%"><tr><td class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; 部门动态</td></tr>
<tr><td><h1>{e(pg["title"])}</h1></td></tr><tr><td class="info">{e(meta)}</td></tr>
<tr><td class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td class="content">{st}{body(pg["paras"], sub="p")}{cl}</td></tr>
<tr><td class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr></table>
<table width="100%"><tr><td class="related"><p>上一篇：<a href="#">{e(RELATED[0])}</a></p><p>下一篇：<a href="#">{e(RELATED[1])}</a></p></td></tr></table>
{footer(pg)}</td></tr></table>''')

def idx_table(pg):
    d = pg.get("index")
    if not d: return ""
    items = list(d.items()); rows = ""
    for k in range(0, len(items), 2):
        rows += "<tr>" + "".join(f"<td>{e(a)}：</td><td>{e(b)}</td>" for a, b in items[k:k + 2]) + "</tr>"
    rows += f'<tr><td>名　　称：</td><td colspan="3">{e(pg["title"])}</td></tr>'
    return f'<table class="idx">{rows}</table>'

def t_gov_notice(pg):
    doc = f'<p class="docno">{e(pg["docno"])}</p>' if pg.get("docno") else ""
    sign = 2
    return page(pg, f'''{GOVTOP}{gov_nav(pg)}<div class="wrap"><div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 通知公告</div>
{idx_table(pg)}
<h1>{e(pg["title"])}</h1><div class="info"><span>{e(pg["tlabel"])}{e(pg["time"])}</span><span>【字体：大 中 小】</span><span>浏览量：{len(pg["title"]) * 41}</span></div>
{doc}<div class="content">{body(pg["paras"], docsign=sign)}</div>
<div class="tools"><a href="#">【打印】</a><a href="#">【关闭】</a></div>
<div class="attach">附件：无</div>{rel(RELATED[2:5], "相关文件")}</div>{footer(pg)}''')

def t_gov_div(pg):
    doc = f'<p class="docno">{e(pg["docno"])}</p>' if pg.get("docno") else ""
    return page(pg, f'''{GOVTOP}{gov_nav(pg)}<div class="wrap"><div class="crumb">首页 &gt; 信息公开 &gt; 政策解读</div>
{idx_table(pg)}
<div class="article"><h1>{e(pg["title"])}</h1>
<div class="info"><span>{e(pg["tlabel"])}{e(pg["time"])}</span><span>来源：{e(pg["source"])}</span><span>字号：大 中 小</span><span>分享到：微信 微博 QQ空间</span></div>
{doc}<div class="content">{body(pg["paras"], docsign=2 if pg["paras"][-1].startswith("20") else 0)}</div></div>
<div class="qr">{img("扫一扫在手机打开当前页")}<p>扫一扫在手机打开当前页</p></div>
<p>上一篇：<a href="#">{e(RELATED[3])}</a></p><p>下一篇：<a href="#">{e(RELATED[4])}</a></p>
<div>责任编辑：张晓　审核：李建</div></div>{footer(pg)}''')

def t_gov_speech(pg):
    return page(pg, f'''{GOVTOP}{gov_nav(pg)}<div class="wrap"><div class="crumb">首页 &gt; 领导之窗 &gt; 领导讲话</div>
<h1>{e(pg["title"])}</h1><p class="byline">{e(pg["speaker"])}</p><p class="byline">（{e(pg["time"])}）</p>
<div class="info"><span>来源：{e(pg["source"])}</span><span>【字体：大 中 小】</span><span>【打印】</span></div>
<div class="content">{body(pg["paras"])}</div><div class="tools">【关闭】</div>{rel(RELATED[:4])}</div>{footer(pg)}''')

def t_gov_portal(pg):
    st, cl = byline_bits(pg)
    lab = pg["tlabel"]
    return page(pg, f'''{GOVTOP}{gov_nav(pg)}<div class="wrap grid"><div class="main"><div class="crumb">首页 / 新闻中心 / 乡镇动态</div>
<h1>{e(pg["title"])}</h1><div class="info"><span>{e(pg["time"])}</span><span>{e(pg["source"])}</span><span>阅读：2,1{len(pg["id"])}8</span></div>
{st}<div class="content">{body(pg["paras"], caption=pg.get("caption"))}</div>{cl}
<div class="share">分享：<a href="#">微信</a> <a href="#">微博</a></div><p>【责任编辑：马丽】</p></div>
<div class="side"><h4>热点推荐</h4><ul>{"".join(f"<li>{e(x)}</li>" for x in RELATED[1:5])}</ul></div></div>{footer(pg)}''')

MEDIA_TOP = '<div class="topbar"><span>客户端</span><span>微信</span><span>微博</span><span>登录</span><span>注册</span></div>'

def media_nav(pg):
    return (f'<div class="banner">{img(pg["site"] + "LOGO")} {e(pg["site"])}</div><div class="nav">'
            + "".join(f'<a href="#">{x}</a>' for x in ["首页", "时政", "社会", "财经", "文旅", "视频", "评论"]) + '</div>')

def media_info(pg):
    b = pg.get("byline")
    parts = [e(pg["time"]), "来源：" + e(pg["source"])]
    if b == "infobar": parts.append("作者：" + e(authors_print(pg)))
    return info_bar(pg, parts)

def t_media_div(pg):
    st, cl = byline_bits(pg)
    return page(pg, f'''{MEDIA_TOP}{media_nav(pg)}<div class="wrap"><div class="crumb">{e(pg["site"])} &gt; 本地新闻 &gt; 正文</div>
{headline(pg)}{media_info(pg)}{st}<div class="content">{body(pg["paras"], caption=pg.get("caption"))}</div>{cl}
<p class="editor">责任编辑：{e(pg["editor"])}</p>
<div class="share">分享到：<a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a></div>{rel(RELATED[2:6], "延伸阅读")}</div>{footer(pg, "media")}''')

def t_media_responsive(pg):
    st, cl = byline_bits(pg)
    return page(pg, f'''<header>{media_nav(pg)}<input type="search" placeholder="搜索新闻、视频"></header>
<main class="wrap grid"><article class="main">{headline(pg)}{media_info(pg)}{st}
<div class="content">{body(pg["paras"], caption=pg.get("caption"))}</div>{cl}
<p class="editor">[编辑：{e(pg["editor"])}]</p><p>点赞 128　收藏　评论 36</p></article>
<aside class="side"><h4>24小时热榜</h4><ol>{"".join(f"<li>{e(x)}</li>" for x in RELATED[:5])}</ol>{img("下载客户端二维码")}<p>扫码下载客户端</p></aside></main>{footer(pg, "media")}''')

def t_media_table(pg):
    st, cl = byline_bits(pg)
    wt = f'<p class="byline">{e(pg["wentu"])}</p>' if pg.get("byline") == "wentu" else ""
    return page(pg, f'''<table width="960" align="center" bgcolor="#fff"><tr><td colspan="2">{MEDIA_TOP}{media_nav(pg)}</td></tr>
<tr><td width="700" valign="top"><div class="crumb">您现在的位置：首页 &gt;&gt; 新闻中心 &gt;&gt; 本地</div>
{headline(pg)}{media_info(pg)}{wt}{st}<div class="content">{body(pg["paras"], caption=pg.get("caption"))}</div>{cl}
<p class="editor">（编辑：{e(pg["editor"])}）</p><p>上一篇：<a href="#">{e(RELATED[5])}</a>　下一篇：<a href="#">{e(RELATED[2])}</a></p></td>
<td valign="top" class="side"><b>图片新闻</b>{img("图片新闻")}<p>{e(RELATED[0])}</p></td></tr></table>{footer(pg, "media")}''')

def t_media_en(pg):
    auth = " and ".join(pg["authors"])
    return page(pg, f'''<div class="topbar"><span>中文</span><span>Sign in</span><span>Subscribe</span></div>
<div class="banner en">{e(pg["site"])}</div><div class="nav">{"".join(f'<a href="#">{x}</a>' for x in ["Home","China","Business","Culture","Travel","Opinion"])}</div>
<div class="wrap en"><div class="crumb">Home / China / Regional</div><h1>{e(pg["title"])}</h1>
<div class="info"><span>By {e(auth)}</span><span>|</span><span>{e(pg["source"])}</span><span>|</span><span>{e(pg["tlabel"])}{e(pg["time"])}</span></div>
<div class="content">{body(pg["paras"], caption="Cyclists ride along the new greenway on Monday. [Photo provided to Xiangping Daily]", capat=1)}</div>
<p>Editor: {e(pg["editor"])}</p><div class="share">Share: Facebook Twitter LinkedIn</div>{rel(["City unveils plan for new metro line", "Hunan tea exports rise in first quarter"], "Related Stories")}</div>
<div class="footer">Copyright 2025 {e(pg["site"])}. All rights reserved. 湘ICP备25000214号-3</div>''')

def t_media_en2(pg):
    return page(pg, f'''<header class="banner en">{e(pg["site"])} <input type="search" placeholder="Search"></header>
<div class="wrap en grid"><article class="main"><p class="crumb">World &gt; China &gt; Xinjiang</p><h1>{e(pg["title"])}</h1>
<div class="info"><span>Source: {e(pg["source"])}</span><span>Published: {e(pg["time"])}</span></div>
<div class="content">{body(pg["paras"], caption="Tourists take photos among blooming apricot trees in Bohe county.", capat=1)}</div>
<p>Follow us on WeChat</p>{img("QR code")}</article><aside class="side"><h4>Most Popular</h4><ol><li>Cotton harvest begins in northern Xinjiang</li><li>New air routes link Urumqi with Central Asia</li></ol></aside></div>
<div class="footer">About us | Contact us | Copyright (c) Tianshan Post. 新ICP备25021400号</div>''')

def sm_head(pg):
    return f'<div class="acct">{img(pg["account"] + "头像")}<b>{e(pg["account"])}</b><span>关注</span></div>'

def t_sm_toutiao(pg):
    return page(pg, f'''<div class="topbar"><span>首页</span><span>下载头条APP</span><span>登录</span></div><div class="app">
<h1 style="text-align:left">{e(pg["title"])}</h1><div class="info" style="text-align:left"><span>{e(pg["account"])}</span><span>{e(pg["time"])}</span><span>·</span><span>天津</span></div>
<div class="content">{body(pg["paras"], caption="刚出锅的煎饼果子", capat=2)}</div>
<p class="bottombar">原创声明：本文为作者原创，未经授权禁止转载。举报</p><div class="bottombar">赞 2.3万　评论 1856　转发</div>
{rel(["天津这几家老字号早点铺，本地人排队也要吃", "锅巴菜和老豆腐，你更爱哪一个？"], "相关推荐")}</div>''')

def t_sm_wechat(pg):
    st, cl = byline_bits(pg)
    return page(pg, f'''<div class="app"><h1 style="text-align:left">{e(pg["title"])}</h1>
<div class="acct"><span>原创</span> <a href="#">{e(pg["account"])}</a> <em>{e(pg["time"])}</em> <span>{e(pg["region"])}</span></div>
{st}<div class="content">{body(pg["paras"], sub="h3", caption="图片来源：" + pg["account"], capat=2)}</div>
<p class="bottombar">阅读 1.2万　分享　点赞　在看</p>{img("公众号二维码")}<p class="caption">长按识别二维码关注我们</p>
<div class="bottombar">预览时标签不可点　微信扫一扫关注该公众号</div></div>''')

def t_sm_baijia(pg):
    return page(pg, f'''<div class="topbar"><span>百度首页</span><span>登录</span></div><div class="wrap grid"><div class="main">
<h1 style="text-align:left">{e(pg["title"])}</h1>{sm_head(pg)}<div class="info" style="text-align:left"><span>{e(pg["time"])}</span><span>湖南</span><span>优质美食领域创作者</span></div>
<div class="content">{body(pg["paras"])}</div><p class="bottombar">本文仅代表作者观点，不代表平台立场。举报/反馈</p></div>
<div class="side">{sm_head(pg)}<p>粉丝 3.6万　获赞 12.8万</p><h4>作者最新文章</h4><ul><li>湘屏最好吃的五家米粉店</li><li>剁辣椒怎么做才香</li></ul></div></div>''')

def t_sm_weibo(pg):
    return page(pg, f'''<div class="topbar"><span>微博</span><input placeholder="搜索微博"><span>首页</span><span>登录</span></div><div class="app">
<div class="acct">{img(pg["account"])}<b>{e(pg["account"])}</b></div><div class="info" style="text-align:left"><span>{e(pg["time"])}</span><span>来自 iPhone客户端</span><span>已编辑</span></div>
<h1 style="text-align:left;font-size:16px">【{e(pg["title"])}】</h1>
<div class="content">{body(pg["paras"])}</div><div>{img("图片1")}{img("图片2")}{img("图片3")}</div>
<div class="bottombar">转发 56　评论 213　赞 1340</div><div class="bottombar">热门评论：好幸运！我上周去了一只都没见到。</div></div>''')

def t_sm_xhs(pg):
    return page(pg, f'''<div class="topbar"><span>小红书</span><input placeholder="搜索小红书"><span>发现</span><span>登录</span></div><div class="app grid">
<div class="side">{img("笔记封面")}</div><div class="main">{sm_head(pg)}<h1 style="text-align:left;font-size:18px">{e(pg["title"])}</h1>
<div class="content">{body(pg["paras"])}</div><p class="bottombar">{e(pg["tlabel"])}{e(pg["time"])} 湖南</p><div class="bottombar">共 86 条评论　说点什么...　♡ 2351　☆ 1879</div></div></div>''')

def t_epaper(pg, v2=False):
    st, cl = byline_bits(pg)
    nav = "".join(f'<li><a href="#">第0{k}版：{x}</a></li>' for k, x in enumerate(["要闻", "综合", pg["edition"].split("：")[-1].split("　")[-1], "经济", "副刊"], 1))
    titles = "".join(f'<li><a href="#">{e(x)}</a></li>' for x in ([pg["title"]] + [o for o in pg["others"] if o != pg["title"]]))
    yin = f'<p class="yin">{e(pg["yin"])}</p>' if pg.get("yin") else ""
    fu = f'<p class="fu">{e(pg["fu"])}</p>' if pg.get("fu") else ""
    head = f'<div class="topbar"><span>{e(pg["site"])}数字报</span><span>{e(pg["date_cn"])}</span><span>往期回顾</span><span>返回首页</span></div>'
    pv = f'<div class="ep-nav"><p>{img("版面缩略图")}</p><h4>版面导航</h4><ul>{nav}</ul><h4>本版标题</h4><ul>{titles}</ul><p><a href="#">上一版</a> <a href="#">下一版</a> <a href="#">PDF下载</a></p></div>'
    art = (f'<div class="ep-main"><div class="crumb">{e(pg["edition"])}　{e(pg["time"])}</div>{yin}<h1>{e(pg["title"])}</h1>{fu}{st}'
           f'<div class="content">{body(pg["paras"])}</div>{cl}<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回版面</a></p></div>')
    if v2:
        inner = f'{head}<table width="1000" align="center"><tr><td valign="top" width="230">{pv.replace("ep-nav", "x")}</td><td valign="top">{art.replace("ep-main", "y")}</td></tr></table>'
    else:
        inner = f'{head}<div class="wrap">{pv}{art}<div class="clear"></div></div>'
    return page(pg, inner + f'<div class="footer">{e(pg["site"])}社版权所有　{REG[pg["region"]][0]}ICP备0{len(pg["site"])}21{pg["id"][-2:]}88号</div>')

def t_inst(pg, menu, crumb):
    st, cl = byline_bits(pg)
    parts = [e(pg["tlabel"]) + e(pg["time"])]
    if pg.get("byline") == "infobar": parts.append("作者：" + e(authors_print(pg)))
    parts += ["来源：" + e(pg["source"]), "点击数：" + str(300 + len(pg["title"]) * 7)]
    ed = f'<p class="editor">编辑：{e(pg["editor"])}　审核：周平</p>' if pg.get("editor") else '<p class="editor">审核：办公室</p>'
    return page(pg, f'''<div class="topbar"><span>信息门户</span><span>English</span><input placeholder="站内搜索"></div>
<div class="banner">{img(pg["site"] + "标识")} {e(pg["site"])}</div><div class="nav">{"".join(f'<a href="#">{x}</a>' for x in menu)}</div>
<div class="wrap"><div class="crumb">{crumb}</div><h1>{e(pg["title"])}</h1>{info_bar(pg, parts)}{st}
<div class="content">{body(pg["paras"], caption=pg.get("caption"), docsign=2 if pg["paras"][-1].startswith("20") else 0)}</div>{cl}{ed}
<p>上一条：<a href="#">关于2025年清明节放假安排的通知</a></p><p>下一条：<a href="#">我单位召开年度工作会议</a></p></div>{footer(pg, "inst")}''')

T = {"gov_table": t_gov_table, "gov_notice": t_gov_notice, "gov_div": t_gov_div, "gov_speech": t_gov_speech,
     "gov_portal": t_gov_portal, "media_div": t_media_div, "media_responsive": t_media_responsive,
     "media_table": t_media_table, "media_en": t_media_en, "media_en2": t_media_en2, "sm_toutiao": t_sm_toutiao,
     "sm_wechat": t_sm_wechat, "sm_baijia": t_sm_baijia, "sm_weibo": t_sm_weibo, "sm_xhs": t_sm_xhs,
     "epaper": t_epaper, "epaper2": lambda p: t_epaper(p, True),
     "inst_univ": lambda p: t_inst(p, ["学校首页", "学校概况", "院系设置", "教学科研", "招生就业"], "首页 &gt; 校园新闻"),
     "inst_hosp": lambda p: t_inst(p, ["医院首页", "医院概况", "科室导航", "专家介绍", "就医指南"], "首页 &gt; 医院新闻 &gt; 院内动态"),
     "inst_museum": lambda p: t_inst(p, ["首页", "参观指南", "展览", "典藏", "社教活动", "文创"], "首页 &gt; 展览 &gt; 临时展览"),
     "inst_assoc": lambda p: t_inst(p, ["协会首页", "协会概况", "通知公告", "行业动态", "会员服务"], "首页 &gt; 通知公告"),
     "inst_company": lambda p: t_inst(p, ["首页", "关于我们", "产品中心", "新闻中心", "投资者关系"], "首页 &gt; 新闻中心 &gt; 公司新闻")}

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True); os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    assert len(PAGES) == 40
    for pg in PAGES:
        open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8").write(T[pg["tpl"]](pg))
        bp = [gold_para(p) for p in pg["paras"]]
        g = dict(id=pg["id"], set="zh-blind214", lang=pg["lang"], kind=pg["kind"], title=pg["title"],
                 authors=[re.sub(r"[\s\u3000]", "", a) if pg["lang"] == "zh" else a for a in pg["authors"]],
                 publish_time=pg.get("pubdate", pg["time"]), body_paragraphs=bp)
        n = sum(map(len, bp))
        if n < 300: print("SHORT", pg["id"], n)
        json.dump(g, open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print("generated", len(PAGES))

if __name__ == "__main__":
    main()
