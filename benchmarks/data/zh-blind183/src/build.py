"""Build html/ and gold/ from pages_*.py (one source of truth)."""
import json, os, html as H
from blocks import parse, gold_paragraphs
import pages_gov, pages_media, pages_other

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.PAGES + pages_media.PAGES + pages_other.PAGES
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def img(alt, cls=""):
    return f'<img src="{GIF}" alt="{e(alt)}" class="{cls}" width="1" height="1">'

def body_html(blocks, pstyle="p"):
    out, rows = [], []
    def flush():
        if rows:
            t = "<table class='dt'>" + "".join(
                "<tr>" + "".join((f"<th>{e(c)}</th>" if i == 0 else f"<td>{e(c)}</td>") for c in r) + "</tr>"
                for i, r in enumerate(rows)) + "</table>"
            out.append(t.replace("<tr><th>", "<tr><th>", 1))
            rows.clear()
    items = []
    for k, v in blocks:
        if k != "tr": flush()
        if k != "li" and items:
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"); items = []
        if k == "p":
            if pstyle == "div":
                out.append(f'<div class="para">{e(v)}</div>')
            elif pstyle == "indent":
                out.append(f'<p style="text-indent:2em">{e(v)}</p>')
            else:
                out.append(f"<p>{e(v)}</p>")
        elif k == "h": out.append(f"<h3 class='subh'>{e(v)}</h3>")
        elif k == "li": items.append(v)
        elif k == "q": out.append(f"<blockquote>{e(v)}</blockquote>")
        elif k == "tr":
            # rows in the same table: header row uses th for first row
            rows.append(v)
        elif k == "img":
            out.append(f'<div class="pic">{img(v[0])}<p class="cap">{e(v[1])}</p></div>')
        elif k == "by": out.append(f'<p class="by">{e(v)}</p>')
    flush()
    if items: out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
    return "\n".join(out)

def fix_rows(html_text):
    return html_text

def title_html(p, tag="h1", cls="title"):
    if p.get("title_lines"):
        inner = "<br>".join(e(x) for x in p["title_lines"])
    else:
        inner = e(p["title"])
    return f'<{tag} class="{cls}">{inner}</{tag}>'

def by_top(p):
    return f'<p class="bytop">{e(p["byline_top"])}</p>' if p.get("byline_top") else ""

def by_end(p):
    return f'<p class="byend">{e(p["byline_end"])}</p>' if p.get("byline_end") else ""

def footer_gov(p, n):
    return f"""<div class="footer"><p>主办：{e(p['site'])}　承办：{e(p['site'])}办公室　<a href="#">网站地图</a> | <a href="#">联系我们</a></p>
<p>地址：{e(p['place'])}某区行政中心{n+3}号楼　联系电话：0{n%7+1}22-8{n:02d}5{n:02d}7{n%9}　邮编：3{n:02d}0{n%10}{n%7}</p>
<p>网站标识码：1{n:03d}00{n%10}04{n%3}　<a href="#">{'津' if p['place']=='天津' else '湘' if p['place']=='湖南' else '蒙' if p['place']=='内蒙古' else '赣'}ICP备{10000000+n*7919}号-{n%4+1}</a>　{'津' if p['place']=='天津' else '湘' if p['place']=='湖南' else '蒙' if p['place']=='内蒙古' else '赣'}公网安备 {120100+n*31}0{n:04d}号</p>
<p>{img('党政机关')} {img('政府网站找错')}</p></div>"""

def editor(p, n):
    names = ["王丽", "陈斌", "周琳", "杨帆", "黄静", "吴磊", "刘畅", "许颖"]
    a, b, c = names[n % 8], names[(n + 3) % 8], names[(n + 5) % 8]
    forms = [f"【责任编辑：{a}】", f"编辑：{a}　审核：{b}", f"一审：{a}　二审：{b}　三审：{c}", f"责任编辑：{a}　校对：{b}"]
    return f'<div class="editor">{forms[n % 4]}</div>'

def related(n, zh=True):
    items = ["全区召开春季防火工作部署会", "关于开展2025年度“最美家庭”评选活动的通知", "我区举办就业援助月专场招聘会", "一季度全区经济运行情况分析", "区领导调研重点项目建设"]
    if not zh:
        items = ["City unveils plan for new riverside parks", "Exports of new energy vehicles rise", "Students learn traditional crafts", "Farmers adopt drones for spring planting"]
    k = n % len(items)
    lst = items[k:] + items[:k]
    return '<div class="related"><h4>' + ("相关阅读" if zh else "Related Stories") + '</h4><ul>' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in lst[:4]) + "</ul></div>"

CSS_BASE = """body{margin:0;font-family:"Microsoft YaHei","SimSun",sans-serif;color:#333;font-size:14px}a{color:#333;text-decoration:none}
.pic{text-align:center}.pic img{width:480px;height:300px;background:#ddd;display:block;margin:0 auto}.cap{color:#666;font-size:13px;text-align:center}
.dt{border-collapse:collapse;margin:10px auto}.dt td,.dt th{border:1px solid #999;padding:4px 10px}
.footer{background:#eee;text-align:center;font-size:12px;color:#555;padding:15px;margin-top:20px}
.editor{text-align:right;color:#666;margin:15px 0}.related li{line-height:26px}blockquote{border-left:4px solid #ccc;margin:10px 0;padding-left:12px;color:#555}
.subh{font-size:16px;margin:14px 0 6px}.by,.bytop,.byend{color:#555}"""

def page(p, css, body, lang="zh-CN", charset="utf-8"):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{e(p['title'])}_{e(p['site'])}</title>
<style>{CSS_BASE}
{css}</style></head>
<body>
{body}
</body></html>
"""

def info(p):
    return f'<div class="info">{e(p["info"])}</div>'

def arrange(p, head, main):
    """head = headline html; place info bar above/below/bottom."""
    pos = p.get("info_pos", "below")
    if pos == "above":
        return info(p) + head + main
    if pos == "bottom":
        return head + main + info(p)
    return head + info(p) + main

# ---------------- templates ----------------

def t_gov_table(p, n, blocks):
    css = """.wrap{width:1000px;margin:0 auto}.banner{background:#b8141b;color:#fff;height:110px;font-size:32px;padding-left:30px;line-height:110px}
table.nav{width:100%;background:#8c0e13}table.nav td{color:#fff;text-align:center;padding:8px}table.nav a{color:#fff}.title{text-align:center;font-size:24px;color:#b8141b}
.sub{text-align:center;font-size:16px}.info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding:8px}.content{font-size:16px;line-height:2;padding:0 40px}.tool{text-align:right}"""
    nav = "".join(f'<td><a href="#">{x}</a></td>' for x in ["首页", "政务要闻", "政务公开", "政务服务", "互动交流", "走进" + p["site"][:2]])
    head = title_html(p) + (f'<p class="sub">{e(p["sub"])}</p>' if p.get("sub") else "")
    views = f'<span>{e(p["views"])}</span>' if p.get("views") else ""
    main = f'<div class="content">{by_top(p)}{body_html(blocks, "indent")}{by_end(p)}</div>'
    tool = f'<div class="tool">{views}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>'
    b = f"""<div class="wrap"><table width="100%"><tr><td class="banner">{e(p['site'])}</td><td align="right"><a href="#">无障碍</a> | <a href="#">长者模式</a><br><input type="text" value="请输入关键词"><button>搜索</button></td></tr></table>
<table class="nav"><tr>{nav}</tr></table>
<table width="100%"><tr><td>当前位置：<a href="#">首页</a> &gt; <a href="#">政务要闻</a> &gt; <a href="#">部门动态</a></td></tr></table>
<table width="100%" cellpadding="10"><tr><td>{arrange(p, head, main)}{tool}{editor(p, n)}</td></tr></table>
{related(n)}</div>{footer_gov(p, n)}"""
    return page(p, css, b)

def t_gov_div(p, n, blocks):
    css = """.top{background:#f3f3f3;font-size:12px;padding:5px 40px;display:flex;justify-content:space-between}.head{background:linear-gradient(#1a5fb4,#2e7ad1);color:#fff;padding:30px 40px;font-size:30px}
.menu{background:#134b91;padding:0 40px}.menu a{color:#fff;display:inline-block;padding:10px 18px}.crumb{padding:10px 40px;color:#666}.art{width:960px;margin:0 auto;background:#fff}
.title{text-align:center;font-size:26px;line-height:1.5}.info{text-align:center;color:#999;font-size:13px;margin:8px 0 20px}.text{font-size:16px;line-height:30px}
.share{margin:20px 0;color:#666}.pn{border-top:1px solid #ddd;padding-top:10px}.pn p{margin:4px 0}"""
    main = f'<div class="text">{by_top(p)}{body_html(blocks)}{by_end(p)}</div>'
    b = f"""<div class="top"><span>今天是：2025年 星期二</span><span><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a></span></div>
<div class="head">{e(p['site'])}<form style="float:right"><input placeholder="站内搜索"><button>搜索</button></form></div>
<div class="menu"><a href="#">首页</a><a href="#">新闻中心</a><a href="#">信息公开</a><a href="#">办事服务</a><a href="#">政民互动</a></div>
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">工作动态</a></div>
<div class="art">{arrange(p, title_html(p), main)}
{editor(p, n)}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="pn"><p>上一篇：<a href="#">关于做好第二季度安全生产检查的通知</a></p><p>下一篇：<a href="#">全镇召开人居环境整治推进会</a></p></div>
{related(n)}</div>{footer_gov(p, n)}"""
    return page(p, css, b)

def t_gov_flex(p, n, blocks):
    css = """header{display:flex;align-items:center;justify-content:space-between;padding:16px 5%;background:#fff;border-bottom:3px solid #c00}
header .logo{font-size:26px;font-weight:bold;color:#c00}nav{display:flex;gap:24px;padding:10px 5%;background:#c00}nav a{color:#fff}
main{display:flex;gap:30px;padding:20px 5%}article{flex:3}aside{flex:1;background:#fafafa;padding:10px}
.title{font-size:28px;margin:10px 0}.info{color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:10px}.bd{font-size:17px;line-height:1.9}
.qr{text-align:center;font-size:12px}@media(max-width:768px){main{flex-direction:column}}"""
    main = f'<div class="bd">{by_top(p)}{body_html(blocks, "indent")}{by_end(p)}</div>'
    b = f"""<header><div class="logo">{img(p['site'] + '标识')}{e(p['site'])}</div><div><a href="#">无障碍</a> <a href="#">关怀版</a> <input type="search" placeholder="搜索"></div></header>
<nav><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政府信息公开</a><a href="#">政策解读</a><a href="#">互动交流</a></nav>
<main><article><div class="crumb">首页 &gt; 政策文件 &gt; 正文</div>
{arrange(p, title_html(p), main)}
{editor(p, n)}
<div class="share">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">打印</a>　<a href="#">分享</a></div></article>
<aside>{related(n)}<div class="qr">{img('微信公众号二维码')}<p>扫一扫在手机打开当前页</p></div></aside></main>{footer_gov(p, n)}"""
    return page(p, css, b)

def t_xxgk(p, n, blocks):
    css = """.hd{background:#0b5394;color:#fff;font-size:28px;padding:24px 60px}.w{width:1000px;margin:0 auto}
table.idx{width:100%;border-collapse:collapse;margin:15px 0;font-size:13px}table.idx td{border:1px solid #c6d6ea;padding:6px 8px}table.idx td.k{background:#eef4fb;width:110px}
.title{text-align:center;font-size:22px;color:#0b5394}.wh{text-align:center;color:#333}.info{text-align:center;color:#888;font-size:13px}.doc{font-size:16px;line-height:2}"""
    rows = p.get("index", [])
    cells = ""
    for i in range(0, len(rows), 2):
        cells += "<tr>" + "".join(f'<td class="k">{e(k)}：</td><td>{e(v)}</td>' for k, v in rows[i:i + 2]) + "</tr>"
    cells += f'<tr><td class="k">名　　称：</td><td colspan="3">{e(p["title"])}</td></tr>'
    wh = f'<p class="wh">{e(p["wenhao"])}</p>' if p.get("wenhao") else ""
    main = f'<div class="doc">{wh}{by_top(p)}{body_html(blocks, "indent")}{by_end(p)}</div>'
    b = f"""<div class="hd">{e(p['site'])}　政府信息公开</div><div class="w">
<p>当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">{'政策解读' if '解读' in p['title'] else '通知公告'}</a></p>
<table class="idx">{cells}</table>
{arrange(p, title_html(p), main)}
<p>附件：<a href="#">{'无' if n % 2 else '1.附件下载.docx'}</a></p>
<p style="text-align:center">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
{editor(p, n)}{related(n)}</div>{footer_gov(p, n)}"""
    return page(p, css, b)

def t_media_portal(p, n, blocks):
    css = """.topbar{background:#222;color:#ccc;font-size:12px;padding:4px 30px}.topbar a{color:#ccc}.logo{font-size:34px;color:#c00;font-weight:bold;padding:14px 30px}
.chan{background:#c00;padding:6px 30px}.chan a{color:#fff;margin-right:16px}.ad{height:60px;background:#f5e6c8;text-align:center;line-height:60px;margin:10px 30px}
.cols{overflow:hidden;padding:0 30px}.left{float:left;width:68%}.right{float:right;width:28%}.title{font-size:28px}.info{color:#999;font-size:13px;margin:10px 0}
.text p{font-size:16px;line-height:1.9;text-indent:2em}.hot li{font-size:13px}"""
    main = f'<div class="text">{by_top(p)}{body_html(blocks)}{by_end(p)}</div>'
    b = f"""<div class="topbar"><a href="#">登录</a> | <a href="#">注册</a> | <a href="#">设为首页</a> | <a href="#">手机版</a></div>
<div class="logo">{e(p['site'])}</div><div class="chan"><a href="#">首页</a><a href="#">新闻</a><a href="#">时政</a><a href="#">社会</a><a href="#">财经</a><a href="#">文旅</a><a href="#">视频</a></div>
<div class="ad">{img('广告')}广告位招租</div>
<div class="cols"><div class="left"><div class="crumb"><a href="#">{e(p['site'])}</a> &gt; <a href="#">本地新闻</a> &gt; 正文</div>
{arrange(p, title_html(p), main)}{editor(p, n)}
<div class="share">分享到：<a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a></div>
<div>【<a href="#">纠错</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>{related(n)}</div>
<div class="right"><h4>热点排行</h4><ol class="hot"><li>高考志愿填报指南发布</li><li>本周天气早知道</li><li>多条公交线路临时调整</li><li>夜市经济持续升温</li></ol>{img('扫码下载客户端')}<p>扫码下载客户端</p></div></div>
<div class="footer"><p>{e(p['site'])}版权所有　未经授权禁止转载</p><p>互联网新闻信息服务许可证：{n}12025{n:03d}　ICP备{20000000 + n * 3331}号　公网安备 {430000 + n * 17}0{n:05d}号</p><p>违法和不良信息举报电话：0{n%5+4}31-8{n:03d}{n:03d}1</p></div>"""
    return page(p, css, b)

def t_media_flex(p, n, blocks):
    css = """.nav{display:flex;justify-content:space-between;align-items:center;padding:12px 6%;border-bottom:1px solid #eee}.nav .brand{font-size:24px;color:#0a58a8;font-weight:bold}
.nav .links{display:flex;gap:18px}.wrap{max-width:820px;margin:30px auto;padding:0 16px}.title{font-size:32px;line-height:1.35}
.info{display:flex;gap:12px;color:#8a8a8a;font-size:13px;margin:12px 0 24px}.content p{font-size:18px;line-height:1.85;margin:0 0 1.2em}.tags span{background:#eef;padding:2px 8px;margin-right:6px;font-size:12px}"""
    main = f'<div class="content">{by_top(p)}{body_html(blocks)}{by_end(p)}</div>'
    b = f"""<div class="nav"><div class="brand">{img(p['site'])}{e(p['site'])}</div><div class="links"><a href="#">首页</a><a href="#">要闻</a><a href="#">民生</a><a href="#">视频</a><a href="#">下载APP</a></div><input type="search" placeholder="搜索新闻"></div>
<div class="wrap">{arrange(p, title_html(p), main)}
<div class="tags"><span>城市</span><span>民生</span></div>{editor(p, n)}
<div class="share">分享：<a href="#">微信</a> · <a href="#">微博</a> · <a href="#">复制链接</a></div>{related(n)}</div>
<div class="footer">Copyright © 2025 {e(p['site'])} All Rights Reserved　ICP备{30000000 + n * 1931}号-1　公网安备 {360000 + n * 13}0{n:05d}号</div>"""
    return page(p, css, b)

def t_tv_site(p, n, blocks):
    css = """body{background:#111;color:#ddd}a{color:#bbb}.hd{display:flex;justify-content:space-between;padding:14px 40px;background:#000}.hd b{font-size:24px;color:#fff}
.player{width:860px;height:420px;background:#222;margin:20px auto;text-align:center;line-height:420px;color:#777}.w{width:860px;margin:0 auto}
.title{font-size:26px;color:#fff}.info{color:#888;font-size:13px}.w p{line-height:1.9;font-size:16px}.footer{background:#000;color:#777}"""
    main = f'<div class="player">{img("视频封面")} 点击播放</div><div class="txt">{by_top(p)}{body_html(blocks)}{by_end(p)}</div>'
    b = f"""<div class="hd"><b>{e(p['site'])}</b><span><a href="#">直播</a>　<a href="#">点播</a>　<a href="#">栏目</a>　<a href="#">新闻</a>　<a href="#">登录</a></span></div>
<div class="w"><p>首页 / 新闻 / 本地新闻</p>{arrange(p, title_html(p), main)}{editor(p, n)}
<div class="share">分享到　微信　微博　　收藏</div>{related(n)}</div>
<div class="footer">{e(p['site'])}　版权所有　信息网络传播视听节目许可证 {n}0{n:04d}　ICP备{40000000 + n * 77}号</div>"""
    return page(p, css, b)

def t_en_page(p, n, blocks):
    css = """body{font-family:Georgia,serif}.mast{display:flex;justify-content:space-between;padding:14px 5%;border-bottom:2px solid #000}.mast b{font-size:28px}
.sec{padding:8px 5%;background:#f4f4f4}.sec a{margin-right:14px}.w{max-width:760px;margin:20px auto}.title{font-size:34px;line-height:1.2}.info{color:#666;font-size:14px;margin:8px 0 20px}
.w p{font-size:18px;line-height:1.7}"""
    main = f'<div class="story">{body_html(blocks)}</div>'
    b = f"""<div class="mast"><b>{e(p['site'])}</b><span><a href="#">中文</a> | <a href="#">Search</a></span></div>
<div class="sec"><a href="#">Home</a><a href="#">China</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Photos</a></div>
<div class="w"><p class="crumb">Home / {'China' if n % 2 else 'Business'}</p>{arrange(p, title_html(p), main)}
<p class="editor">Editor: {['Liu Fang', 'Chen Yu'][n % 2]}</p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>{related(n, zh=False)}</div>
<div class="footer">Copyright © 2025 {e(p['site'])}. All rights reserved. 备案号：ICP备{50000000 + n * 11}号</div>"""
    return page(p, css, b, lang="en")

def t_wechat(p, n, blocks):
    css = """body{background:#fff}.rich{max-width:677px;margin:0 auto;padding:20px 16px}.title{font-size:22px;line-height:1.4;font-weight:400}
.info{color:rgba(0,0,0,.3);font-size:15px;margin-bottom:22px}.info a{color:#576b95}.rich p{font-size:17px;line-height:1.75;letter-spacing:.5px;color:#333}
.subh{color:#1e6b3a;border-left:4px solid #1e6b3a;padding-left:8px}.bottom{color:#888;font-size:14px;display:flex;gap:20px}.qr{text-align:center}"""
    main = f'<div class="rich_content">{by_top(p)}{body_html(blocks)}{by_end(p)}</div>'
    b = f"""<div class="rich">{title_html(p)}{info(p)}{main}
<p style="text-align:center;color:#888">—END—</p><div class="qr">{img('公众号二维码')}<p>长按识别二维码关注我们</p></div>
<p style="font-size:14px;color:#888">来源：{e(p['site'])}<br>{editor(p, n)}</p>
<div class="bottom"><a href="#">阅读原文</a><span>阅读 {n * 137 + 1000}</span><span>赞 {n * 3}</span><span>分享</span><span>在看 {n}</span></div>
<div style="color:#888">写留言</div></div>"""
    return page(p, css, b)

def t_app_share(p, n, blocks):
    v = p.get("variant")
    css = """.bar{position:sticky;top:0;display:flex;justify-content:space-between;align-items:center;padding:10px 16px;background:#f85959;color:#fff}.bar a{color:#fff;border:1px solid #fff;border-radius:14px;padding:2px 10px}
.m{max-width:640px;margin:0 auto;padding:16px}.title{font-size:24px}.info{color:#999;font-size:13px;display:flex;gap:10px;align-items:center}.info img{width:32px;height:32px;border-radius:50%;background:#ccc}
.m p{font-size:17px;line-height:1.8}.cmt{border-top:8px solid #f4f4f4;padding-top:10px;color:#666}.foot{text-align:center;color:#aaa;font-size:12px}"""
    if v == "baijia": css += ".bar{background:#2d6ee0}"
    if v == "netease": css += ".bar{background:#d0021b}"
    appname = {"toutiao": "今日头条", "baijia": "百度APP", "netease": "网易新闻"}.get(v, p["site"])
    head = title_html(p)
    inf = f'<div class="info">{img("头像")}<span>{e(p["info"])}</span><a href="#">+ 关注</a></div>'
    main = f'<div class="article">{body_html(blocks)}</div>'
    order = head + inf + main if n % 2 else inf + head + main
    b = f"""<div class="bar"><span>{e(appname)}</span><a href="#">打开APP</a></div>
<div class="m">{order}
<p class="foot">{'本文为作者原创，未经授权禁止转载' if v != 'netease' else '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。'}</p>
<div class="cmt"><p>评论 {n * 7}</p><p>用户{n}83721：说得太对了，支持！</p><p>用户{n}45128：收藏了，周末去看看。</p></div>
<div class="bar"><span>打开{e(appname)}，查看更多精彩内容</span><a href="#">立即打开</a></div></div>"""
    return page(p, css, b)

def t_weibo(p, n, blocks):
    css = """body{background:#f2f2f5}.top{background:#fff;padding:10px 20%;display:flex;justify-content:space-between;border-bottom:1px solid #ddd}
.card{width:640px;margin:16px auto;background:#fff;padding:20px;border-radius:6px}.user{display:flex;gap:10px;align-items:center}.user b{color:#eb7350}
.title{font-size:26px}.info{color:#999;font-size:12px}.card p{font-size:16px;line-height:1.8}.acts{display:flex;justify-content:space-around;color:#888;border-top:1px solid #eee;padding-top:10px}"""
    main = f'<div class="wbtext">{body_html(blocks)}</div>'
    b = f"""<div class="top"><b>微博</b><input placeholder="大家都在搜：暑期出行"><span><a href="#">登录</a> | <a href="#">注册</a></span></div>
<div class="card"><div class="user">{img('头像')}<b>{e(p['authors'][0])}</b><span>{img('微博官方认证')}南昌市人民政府新闻办公室官方微博</span><a href="#">+关注</a></div>
{info(p)}<p>微博头条文章</p>{title_html(p)}{main}
<div class="acts"><span>转发 {n * 11}</span><span>评论 {n * 4}</span><span>赞 {n * 29}</span></div>
<p style="color:#888">热门评论：<br>南昌小蔡：终于等到了！<br>青山湖一只猫：希望多开几个场馆</p></div>"""
    return page(p, css, b)

def t_epaper(p, n, blocks):
    v = p.get("variant", "a")
    css = """body{background:#e9e4d8}.top{background:#7a1b1b;color:#fff;padding:10px 20px;display:flex;justify-content:space-between}.top a{color:#fff}
.frame{display:flex;gap:10px;padding:10px}.col-l{width:300px;background:#fff;padding:8px}.col-m{flex:1;background:#fff;padding:20px}.col-r{width:220px;background:#fff;padding:8px}
.pg{width:280px;height:420px;background:#f7f3ea;border:1px solid #ccc}.ver a{display:block;font-size:13px;line-height:22px}.yt,.ft{text-align:center;color:#333;font-size:16px}
.title{text-align:center;font-size:30px;margin:6px 0}.info{text-align:center;color:#888;font-size:12px}.art p{text-indent:2em;font-size:16px;line-height:1.9}.lst li{font-size:13px;line-height:24px}"""
    editions = ["第01版：要闻", "第02版：要闻", "第03版：要闻", "第04版：综合", p["edition"], "第08版：副刊"]
    seen = []
    for x in editions:
        if x not in seen: seen.append(x)
    ver = "".join(f'<a href="#">{e(x)}</a>' for x in seen)
    titles = [p["title"]] + p.get("others", [])
    k = n % len(titles)
    titles = titles[k:] + titles[:k]
    lst = "".join(f'<li><a href="#">{e(t)}</a></li>' for t in titles)
    stack = (f'<p class="yt">{e(p["kicker"])}</p>' if p.get("kicker") else "") + title_html(p) + (f'<p class="ft">{e(p["sub"])}</p>' if p.get("sub") else "")
    main = f'<div class="art">{by_top(p)}{body_html(blocks)}{by_end(p)}</div>'
    article = stack + info(p) + main if v != "b" else info(p) + stack + main
    left = f'<div class="col-l"><div class="pg">{img(p["edition"] + " 版面图")}</div><p><a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">PDF下载</a></p></div>'
    right = f'<div class="col-r"><h4>版面导航</h4><div class="ver">{ver}</div><h4>本版标题</h4><ul class="lst">{lst}</ul></div>'
    if v == "c":
        cols = right + f'<div class="col-m">{article}</div>' + left
    else:
        cols = left + f'<div class="col-m">{article}</div>' + right
    b = f"""<div class="top"><span>{e(p['site'])}数字报</span><span>{e(p['date_nav'])}　<a href="#">往期回顾</a>　<a href="#">返回首页</a></span></div>
<div class="bar">当前版：{e(p['edition'])}</div>
<div class="frame">{cols}</div>
<div class="footer">{e(p['site'])}社版权所有　未经书面授权不得复制或建立镜像　ICP备{60000000 + n * 9}号</div>"""
    return page(p, css, b)

def t_inst(p, n, blocks, flavour):
    colors = {"univ": "#003a70", "hosp": "#0e8a7e", "soe": "#a40000", "court": "#8b1a1a", "assoc": "#3a5a40"}
    navs = {"univ": ["学校首页", "学校概况", "院系设置", "教育教学", "科学研究", "招生就业"],
            "hosp": ["医院首页", "医院概况", "科室导航", "专家介绍", "就医指南", "健康科普"],
            "soe": ["首页", "集团概况", "新闻中心", "党建工作", "企业文化", "信息公开"],
            "court": ["首页", "法院概况", "审判动态", "司法公开", "诉讼服务", "以案说法"],
            "assoc": ["首页", "协会简介", "通知公告", "行业动态", "会员服务", "联系我们"]}
    c = colors[flavour]
    css = f""".hd{{background:{c};color:#fff;padding:20px 50px;font-size:28px}}.mn{{background:{c};border-top:1px solid rgba(255,255,255,.3);padding:0 50px}}.mn a{{color:#fff;display:inline-block;padding:10px 16px}}
.w{{width:1040px;margin:20px auto;display:flex;gap:24px}}.side{{width:220px;background:#f5f5f5}}.side h3{{background:{c};color:#fff;margin:0;padding:10px}}.side a{{display:block;padding:8px 14px}}
.mainc{{flex:1}}.title{{text-align:center;font-size:24px;color:{c}}}.info{{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:10px}}.c p{{font-size:16px;line-height:2;text-indent:2em}}"""
    side = "".join(f'<a href="#">{x}</a>' for x in navs[flavour][1:4])
    wh = f'<p style="text-align:center">{e(p["wenhao"])}</p>' if p.get("wenhao") else ""
    main = f'<div class="c">{wh}{by_top(p)}{body_html(blocks)}{by_end(p)}</div>'
    b = f"""<div class="hd">{img(p['site'] + '校徽' if flavour == 'univ' else p['site'] + '标志')}{e(p['site'])}<span style="float:right;font-size:13px"><a href="#" style="color:#fff">无障碍</a> | <input placeholder="请输入关键字"><button>搜索</button></span></div>
<div class="mn">{''.join(f'<a href="#">{x}</a>' for x in navs[flavour])}</div>
<div class="w"><div class="side"><h3>{navs[flavour][2]}</h3>{side}</div><div class="mainc"><p>当前位置：首页 &gt; {navs[flavour][2]} &gt; 正文</p>
{arrange(p, title_html(p), main)}{editor(p, n)}
<div>上一条：<a href="#">关于2025年清明节放假的通知</a><br>下一条：<a href="#">召开年度工作总结表彰大会</a></div>
<p style="text-align:right">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p></div></div>
<div class="footer"><p>版权所有：{e(p['site'])}　地址：{e(p['place'])}　电话：0{n % 7 + 3}91-{n * 1117 + 80000000}</p><p>ICP备{70000000 + n * 5}号　公网安备 {150000 + n}0{n:05d}号</p></div>"""
    return page(p, css, b)

TPL = {"gov_table": t_gov_table, "gov_div": t_gov_div, "gov_flex": t_gov_flex, "xxgk": t_xxgk,
       "media_portal": t_media_portal, "media_flex": t_media_flex, "tv_site": t_tv_site, "en_page": t_en_page,
       "wechat": t_wechat, "app_share": t_app_share, "weibo": t_weibo, "epaper": t_epaper,
       "inst_univ": lambda p, n, b: t_inst(p, n, b, "univ"), "inst_hosp": lambda p, n, b: t_inst(p, n, b, "hosp"),
       "inst_soe": lambda p, n, b: t_inst(p, n, b, "soe"), "inst_court": lambda p, n, b: t_inst(p, n, b, "court"),
       "inst_assoc": lambda p, n, b: t_inst(p, n, b, "assoc")}

def gold(p):
    blocks = parse(p["body"])
    return {"id": p["id"], "set": "zh-blind183", "lang": p.get("lang", "zh"), "kind": p["kind"],
            "title": "".join(p["title_lines"]) if p.get("title_lines") else p["title"],
            "authors": p.get("authors_fix", p["authors"]), "publish_time": p["time"],
            "body_paragraphs": gold_paragraphs(blocks)}

def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    for i, p in enumerate(PAGES):
        n = i + 1
        blocks = parse(p["body"])
        html_text = TPL[p["tpl"]](p, n, blocks)
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(html_text)
        json.dump(gold(p), open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
