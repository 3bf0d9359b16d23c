#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind198 from the page data in
pages_a/b/c.py (one source of truth: the same body blocks render html and gold)."""
import json, os, sys
from html import escape as E
sys.path.insert(0, os.path.dirname(__file__))
import pages_a, pages_b, pages_c

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = pages_a.PAGES + pages_b.PAGES + pages_c.PAGES


def img(alt, w=1, h=1, cls=""):
    return f'<img src="{GIF}" alt="{E(alt)}" width="{w}" height="{h}"{" class=%s" % cls if cls else ""}>'


def body(p):
    """Return (html, gold paragraphs) from the body markup."""
    out, gold, lines = [], [], p["body"].split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("## "):
            out.append(f"<h3>{E(ln[3:])}</h3>"); gold.append(ln[3:])
        elif ln.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:]); i += 1
            i -= 1
            out.append("<ul>" + "".join(f"<li>{E(t)}</li>" for t in items) + "</ul>")
            gold += items
        elif ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i].strip("|").split("|")); i += 1
            i -= 1
            h = "<table class=dt border=1 cellspacing=0 cellpadding=4>"
            for k, r in enumerate(rows):
                tag = "th" if k == 0 else "td"
                h += "<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>"
            out.append(h + "</table>")
            gold += [" ".join(r) for r in rows]
        elif ln.startswith("> "):
            out.append(f"<blockquote><p>{E(ln[2:])}</p></blockquote>"); gold.append(ln[2:])
        elif ln.startswith("!"):
            alt, cap = ln[1:].split("|")
            out.append(f'<div class="pic">{img(alt, 600, 1)}<p class="cap">{E(cap)}</p></div>')
        else:
            st = ' style="text-indent:2em"' if p["lang"] == "zh" else ""
            out.append(f"<p{st}>{E(ln)}</p>"); gold.append(ln)
        i += 1
    return "\n".join(out), gold


def lines_html(s, cls):
    return "".join(f'<div class="{cls}">{E(x)}</div>' for x in s.split("\n")) if s else ""


def footer_gov(p, n):
    return f"""<div class="foot"><p>主办：{E(p['site'])}　承办：{E(p['site'])}办公室</p>
<p>地址：{E(p['site'])}行政中心　电话：0{530+n}-{8123400+n*7}</p>
<p>网站标识码：{3700000000+n*137}　<a href="#">鲁ICP备{12003400+n}号</a>　{img('公安备案图标')}<a href="#">鲁公网安备 {37010202000000+n*11}号</a></p>
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>{img('党政机关')}{img('政府网站找错')}</div>"""


CSS_GOV_TABLE = """body{margin:0;font:12px/1.8 SimSun,serif;background:#e8eef5}
.w{width:980px;margin:0 auto;background:#fff}.top{background:#0b4ea2;color:#fff;height:110px}
.top td{color:#fff}.nav td{background:#1662c4;color:#fff;text-align:center;font-size:14px;padding:6px}
.tit{font:bold 22px SimHei;color:#c00;text-align:center;padding:20px 0 10px}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc;padding-bottom:6px}
.con{font-size:14px;padding:10px 30px}.cap{text-align:center;color:#555}.foot{background:#0b4ea2;color:#dce6f5;text-align:center;padding:10px}
.dt{border-collapse:collapse;margin:8px auto}.pos{padding:6px;border-bottom:1px solid #ddd}"""


def gov_table(p, n, bhtml):
    info = f'<tr><td class="info">{E(p["info"])}</td></tr>'
    pos = p.get("info_pos", "below")
    return f"""<style>{CSS_GOV_TABLE}</style></head><body>
<table class="w" cellpadding="0" cellspacing="0"><tr><td class="top"><table width="100%"><tr><td>{img(p['site']+'欢迎您')}<b style="font-size:28px">{E(p['site'])}</b></td>
<td align="right">设为首页 | 加入收藏 | <a href="#">无障碍浏览</a> | <a href="#">长者模式</a><br><input value="请输入关键字"> <button>搜索</button></td></tr></table></td></tr>
<tr><td><table width="100%" class="nav"><tr><td>首页</td><td>政务公开</td><td>新闻中心</td><td>政务服务</td><td>互动交流</td><td>专题专栏</td></tr></table></td></tr>
<tr><td class="pos">当前位置：{E(p['crumbs'])}</td></tr>
<tr><td class="tit">{E(p['title'])}</td></tr>
{info if pos=='below' else ''}
<tr><td class="con">{bhtml}</td></tr>
{info if pos=='bottom' else ''}
<tr><td style="text-align:right;padding:10px">{lines_html(p.get('end',''),'end')}</td></tr>
<tr><td>{footer_gov(p,n)}</td></tr></table>"""


CSS_GOV_DIV = """body{margin:0;font:14px/1.9 "Microsoft YaHei",sans-serif;color:#333}
.head{background:linear-gradient(#b50d0d,#d82020);height:120px;color:#fff;padding:0 40px}.head h2{margin:0;padding-top:30px;font-size:30px}
.tools{float:right;margin-top:-30px;font-size:12px}.menu{background:#a00;overflow:hidden}.menu a{float:left;color:#fff;padding:8px 22px}
.main{width:1100px;margin:0 auto}.crumb{font-size:12px;color:#666;padding:10px 0}.art{border:1px solid #e5e5e5;padding:30px 60px}
h1{font-size:26px;text-align:center;color:#222}.meta{text-align:center;font-size:12px;color:#888;margin:10px 0 20px}
.docno{text-align:center;color:#444}.ops{text-align:right;font-size:12px;margin-top:30px}.cap{text-align:center;font-size:13px;color:#666}
.dt{border-collapse:collapse;width:80%;margin:10px auto}.foot{background:#f2f2f2;text-align:center;font-size:12px;padding:20px;margin-top:30px}
.top{text-align:center;font-size:16px}"""


def gov_div(p, n, bhtml):
    meta = f'<div class="meta">{E(p["info"])}</div>'
    pos = p.get("info_pos", "below")
    return f"""<style>{CSS_GOV_DIV}</style></head><body>
<div class="head"><h2>{img('国徽')}{E(p['site'])}</h2><div class="tools"><a href="#">无障碍</a>　<a href="#">长者模式</a>　<a href="#">English</a>　<input placeholder="搜索"></div></div>
<div class="menu"><a>首页</a><a>走进{E(p['site'][:3])}</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>数据开放</a></div>
<div class="main"><div class="crumb">{E(p['crumbs'])}</div><div class="art">
{meta if pos=='above' else ''}<h1>{E(p['title'])}</h1>{meta if pos=='below' else ''}
{f'<div class="docno">{E(p["docno"])}</div>' if p.get('docno') else ''}
{f'<div class="top">{E(p["top"])}</div>' if p.get('top') else ''}
<div class="txt">{bhtml}</div>
<div class="ops">{lines_html(p.get('end',''),'e')}【打印本页】【关闭窗口】　分享到：微信 微博 QQ空间</div>
</div></div>{footer_gov(p,n)}"""


CSS_GOV_FLEX = """*{box-sizing:border-box}body{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#f5f7fa}
header{display:flex;justify-content:space-between;align-items:center;padding:18px 5vw;background:#1d5fb8;color:#fff}
header .logo{font-size:26px;font-weight:bold}nav{display:flex;gap:24px;padding:10px 5vw;background:#fff;border-bottom:2px solid #1d5fb8}
.wrap{display:flex;gap:30px;max-width:1200px;margin:20px auto}.article{flex:3;background:#fff;padding:30px 40px}aside{flex:1;background:#fff;padding:20px}
h1{font-size:28px;line-height:1.4}.info{display:flex;gap:16px;color:#777;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}
.fs span{margin:0 3px;cursor:pointer}.cap{text-align:center;color:#666;font-size:14px}.dt{border-collapse:collapse;width:100%}
footer{background:#233;color:#aab;text-align:center;padding:24px;font-size:13px}.qr{text-align:center;font-size:12px}
.top{color:#555}.bc{font-size:13px;color:#888}"""


def gov_flex(p, n, bhtml):
    info = f'<div class="info"><span>{E(p["info"])}</span><span class="fs">字号：<span>大</span><span>中</span><span>小</span></span></div>'
    pos = p.get("info_pos", "below")
    return f"""<style>{CSS_GOV_FLEX}</style></head><body>
<header><div class="logo">{img('徽标')} {E(p['site'])}</div><div><a href="#">无障碍</a> | <a href="#">长者版</a> | <input placeholder="请输入搜索内容"></div></header>
<nav><a>首页</a><a>政务公开</a><a>办事服务</a><a>互动交流</a><a>走进本区</a></nav>
<div class="wrap"><div class="article"><div class="bc">{E(p['crumbs'])}</div>
<h1>{E(p['title'])}</h1>{info if pos!='bottom' else ''}
{f'<p class="top">{E(p["top"])}</p>' if p.get('top') else ''}
<div class="content">{bhtml}</div>{info if pos=='bottom' else ''}
<div class="end">{lines_html(p.get('end',''),'e')}</div>
<div class="share">分享：微信 微博 复制链接</div><div class="pn">上一篇：关于开展2025年度政务公开工作考核的通知<br>下一篇：本区召开安全生产工作会议</div></div>
<aside><h4>相关链接</h4><ul><li>政策文件库</li><li>政务服务网</li><li>12345热线</li></ul><div class="qr">{img('二维码')}<br>扫一扫在手机上查看当前页面</div></aside></div>
<footer>主办单位：{E(p['site'])}办公室　网站标识码：{6200000000+n*31}<br>ICP备案号：陇ICP备{10004500+n}号-1　公网安备 {62010202000100+n}号<br>建议使用1920×1080分辨率浏览</footer>"""


CSS_XXGK = """body{margin:0;font:14px/1.8 SimSun,"Microsoft YaHei";background:#fff}.hd{background:#0a58a6;color:#fff;padding:20px 60px;font-size:26px}
.box{width:1000px;margin:10px auto}.idx{width:100%;border-collapse:collapse;background:#f7fbff;font-size:13px}.idx td{border:1px solid #c9dcef;padding:6px 10px}
.idx .k{width:90px;background:#e6f0fa;font-weight:bold}h1{text-align:center;font-size:22px;margin:24px 0}.docno{text-align:center}
.dt{border-collapse:collapse;margin:10px auto}.dt td,.dt th{padding:4px 12px}.foot{border-top:3px solid #0a58a6;text-align:center;font-size:12px;padding:14px;color:#555}
.side{float:left;width:180px}.cnt{margin-left:200px}"""


def gov_xxgk(p, n, bhtml):
    idx = p["index"]; rows = ""
    for k in range(0, len(idx), 2):
        rows += "<tr>" + "".join(f'<td class="k">{E(a)}：</td><td>{E(b)}</td>' for a, b in idx[k:k+2]) + "</tr>"
    rows += f'<tr><td class="k">名　　称：</td><td colspan="3">{E(p["title"])}</td></tr>'
    return f"""<style>{CSS_XXGK}</style></head><body><div class="hd">{E(p['site'])} · 政府信息公开</div>
<div class="box"><div>当前位置：{E(p['crumbs'])}</div>
<div class="side"><b>信息公开目录</b><ul><li>信息公开指南</li><li>信息公开制度</li><li>法定主动公开内容</li><li>信息公开年报</li><li>依申请公开</li></ul></div>
<div class="cnt"><table class="idx">{rows}</table>
<h1>{E(p['title'])}</h1>
{f'<div class="docno">{E(p["docno"])}</div>' if p.get('docno') else ''}
<div>{bhtml}</div><div style="text-align:right">{lines_html(p.get('end',''),'e')}</div>
<p>相关附件：无</p></div><div style="clear:both"></div></div>{footer_gov(p,n)}"""


CSS_PORTAL = """body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333}.top{background:#222;color:#ccc;font-size:12px;padding:4px 20px}
.logo{padding:14px 40px;font-size:30px;color:#b00;font-weight:bold;border-bottom:3px solid #b00}.chan a{margin-right:16px}
.main{width:1200px;margin:0 auto;overflow:hidden}.left{float:left;width:820px}.right{float:right;width:340px;background:#fafafa}
h1{font-size:30px;margin:20px 0 10px}.meta{color:#999;font-size:13px}.top2{color:#555;font-weight:bold}.cap{text-align:center;color:#777}
.rel li{font-size:13px}.foot{clear:both;background:#eee;text-align:center;font-size:12px;padding:16px}"""


def media_portal(p, n, bhtml):
    return f"""<style>{CSS_PORTAL}</style></head><body><div class="top">{E(p['site'])} | 客户端 | 登录 | 注册</div>
<div class="logo">{img(p['site'])}{E(p['site'])}</div><div class="chan"><a>首页</a><a>时政</a><a>民生</a><a>财经</a><a>文旅</a><a>视频</a><a>评论</a></div>
<div class="main"><div class="left"><div>{E(p['crumbs'])}</div>
<h1>{E(p['title'])}</h1><div class="meta">{E(p['info'])}　微信　微博　QQ</div>
{f'<p class="top2">{E(p["top"])}</p>' if p.get('top') else ''}
<div class="article">{bhtml}</div><div class="ed">{lines_html(p.get('end',''),'e')}</div>
<div class="rel"><h4>相关新闻</h4><ul><li>全省一季度经济数据发布</li><li>多地出台措施促进消费</li><li>五一假期出行指南</li></ul></div></div>
<div class="right"><h4>热点排行</h4><ol><li>天气预报：本周气温回升</li><li>重点项目集中开工</li><li>高速公路免费通行时段公布</li></ol>{img('客户端下载二维码')}<p>扫码下载客户端</p></div></div>
<div class="foot">版权所有：{E(p['site'])}　未经授权禁止转载<br>互联网新闻信息服务许可证：{37120170000+n}　ICP备{2010000+n}号　公网安备{37010302000500+n}号</div>"""


CSS_MFLEX = """*{box-sizing:border-box}body{margin:0;font:17px/1.9 -apple-system,"PingFang SC",sans-serif;color:#1a1a1a}
.bar{display:flex;align-items:center;justify-content:space-between;padding:12px 6vw;border-bottom:1px solid #eee}.brand{font-size:24px;font-weight:800;color:#0050a0}
.page{display:grid;grid-template-columns:1fr 300px;gap:40px;max-width:1180px;margin:0 auto;padding:24px}h1{font-size:32px;line-height:1.35}
.meta{color:#8a8a8a;font-size:14px}.cap{color:#666;font-size:14px;text-align:center}blockquote{border-left:4px solid #0050a0;margin:0;padding-left:16px;color:#444}
.endb{color:#555}.foot{background:#0b1a2b;color:#99a;padding:30px 6vw;font-size:13px}.tags span{background:#eef;padding:2px 8px;margin-right:6px}"""


def media_flex(p, n, bhtml):
    return f"""<style>{CSS_MFLEX}</style></head><body><div class="bar"><div class="brand">{img('logo')}{E(p['site'])}</div><div>搜索 | 客户端 | 登录</div></div>
<div class="page"><main><div class="crumb">{E(p['crumbs'])}</div><h1>{E(p['title'])}</h1><div class="meta">{E(p['info'])}</div>
<article>{bhtml}</article>{f'<p class="endb">{E(p["end_byline"])}</p>' if p.get('end_byline') else ''}
<div class="ed">{lines_html(p.get('end',''),'e')}</div><div class="tags"><span>本地</span><span>民生</span></div>
<div>分享到：<span>微信</span> <span>朋友圈</span> <span>微博</span></div></main>
<aside><h4>24小时热文</h4><ul><li>城区部分路段临时交通管制</li><li>这些新规下月起施行</li><li>今年夏粮收购价格公布</li></ul></aside></div>
<div class="foot">© 2025 {E(p['site'])} 版权所有 | 豫ICP备{15002300+n}号 | 违法和不良信息举报电话：0371-{65790000+n}</div>"""


CSS_TV = """body{margin:0;background:#111;color:#ddd;font:16px/1.8 "Microsoft YaHei"}.hd{background:#000;padding:10px 30px;display:flex;gap:30px;align-items:center}
.hd b{font-size:24px;color:#e33}.player{width:960px;height:300px;background:#222;margin:20px auto;display:flex;align-items:center;justify-content:center;color:#888}
.art{width:960px;margin:0 auto;background:#1b1b1b;padding:20px 40px}h1{color:#fff;font-size:28px}.meta{color:#999;font-size:13px}.cap{text-align:center;color:#aaa}
.rel{width:960px;margin:20px auto}.foot{text-align:center;font-size:12px;color:#777;padding:20px}"""


def media_tv(p, n, bhtml):
    return f"""<style>{CSS_TV}</style></head><body><div class="hd"><b>{E(p['site'])}</b><span>直播</span><span>点播</span><span>新闻</span><span>节目单</span><span>APP下载</span></div>
<div class="player">{img('视频封面')}▶ 00:00 / 02:36</div><div class="art"><div>{E(p['crumbs'])}</div><h1>{E(p['title'])}</h1>
<div class="meta">{E(p['info'])}</div>{f'<p>{E(p["top"])}</p>' if p.get('top') else ''}
<div class="txt">{bhtml}</div><div>{lines_html(p.get('end',''),'e')}</div><div>点赞 收藏 分享</div></div>
<div class="rel"><h4>相关视频</h4><ul><li>【直播回看】新闻联播</li><li>天气预报 今夜有雨</li></ul></div>
<div class="foot">信息网络传播视听节目许可证：{1200000+n}号　津ICP备{0o7000+n}号　公网安备{12010302000000+n}号</div>"""


CSS_EN = """body{margin:0;font:18px/1.6 Georgia,serif;color:#222}.mast{border-bottom:4px double #000;text-align:center;padding:14px;font:bold 36px Georgia}
.sec{text-align:center;font:13px Arial;letter-spacing:1px;padding:6px;border-bottom:1px solid #ccc}.wrap{max-width:760px;margin:0 auto;padding:20px}
h1{font-size:34px;line-height:1.2}.meta{font:13px Arial;color:#666}.foot{background:#f4f4f4;font:12px Arial;text-align:center;padding:20px}"""


def media_en(p, n, bhtml):
    alt = p["tpl"] == "media_en2"
    meta = f'<div class="meta">{E(p["info"])}</div>'
    return f"""<style>{CSS_EN}</style></head><body><div class="mast">{img('logo')}{E(p['site'])}</div>
<div class="sec">HOME | CHINA | BUSINESS | CULTURE | WORLD | OPINION | 中文</div><div class="wrap"><div>{E(p['crumbs'])}</div>
{meta if alt else ''}<h1>{E(p['title'])}</h1>{'' if alt else meta}<div>Share: Facebook Twitter LinkedIn</div>
{bhtml}<div>{lines_html(p.get('end',''),'e')}</div>
<h4>Related stories</h4><ul><li>City launches new metro line</li><li>Spring travel rush ends</li></ul></div>
<div class="foot">Copyright 2025 {E(p['site'])}. All rights reserved. ICP {10030000+n}</div>"""


CSS_WX = """body{margin:0;background:#ededed;font:17px/1.75 -apple-system,"PingFang SC";color:#333}.rich{max-width:677px;margin:0 auto;background:#fff;padding:20px 16px}
h1{font-size:22px;line-height:1.4;margin-bottom:14px}.meta{font-size:15px;color:rgba(0,0,0,.3)}.meta a{color:#576b95}.cap{text-align:center;font-size:13px;color:#888}
h3{border-left:4px solid #07c160;padding-left:8px}.qr{text-align:center;font-size:13px;color:#888}.end{font-size:14px;color:#999}"""


def wechat(p, n, bhtml):
    parts = p["info"].split(" ", 1)
    return f"""<style>{CSS_WX}</style></head><body><div class="rich"><h1>{E(p['title'])}</h1>
<div class="meta">原创 <a href="#">{E(parts[0])}</a> {E(parts[1])}</div>
{f'<p class="end">{E(p["top"])}</p>' if p.get('top') else ''}
<div class="js_content">{bhtml}</div><div class="end">{lines_html(p.get('end',''),'e')}</div>
<div class="qr">{img('二维码')}<br>微信扫一扫<br>关注该公众号</div>
<div class="end">阅读 3.2万　　分享　　收藏　　赞 512　　推荐 86</div><div class="end">留言</div></div>"""


CSS_TT = """body{margin:0;font:18px/1.8 "PingFang SC";color:#222;background:#fff}.tb{height:60px;border-bottom:1px solid #e8e8e8;display:flex;align-items:center;padding:0 30px;gap:30px}
.main{display:flex;max-width:1100px;margin:0 auto;gap:40px}.art{flex:1}h1{font-size:30px}.meta div{display:inline;margin-right:10px;color:#999;font-size:14px}
.side{width:300px}.cap{text-align:center;color:#999}"""


def toutiao(p, n, bhtml):
    name = p["site"]
    return f"""<style>{CSS_TT}</style></head><body><div class="tb"><b>{E(name)}</b><span>首页</span><span>视频</span><span>热榜</span><input placeholder="搜索站内资讯、视频或用户"><span>登录</span></div>
<div class="main"><div class="art"><h1>{E(p['title'])}</h1><div class="meta">{lines_html(p['info'],'m')}</div>
<article>{bhtml}</article><div>{lines_html(p.get('end',''),'e')}</div><div>点赞 128　评论 56　收藏　分享</div>
<h4>评论</h4><p>网友A：说得太对了，收藏了！</p></div>
<div class="side">{img('头像')}<p>{E(p['authors'][0])}</p><p>粉丝 3.6万　获赞 21万</p><button>关注</button><h4>相关推荐</h4><ul><li>这碗面凭什么火遍全国</li></ul></div></div>"""


def weibo(p, n, bhtml):
    return f"""<style>body{{margin:0;background:#f2f2f5;font:14px/1.7 "Microsoft YaHei"}}.card{{width:600px;margin:20px auto;background:#fff;padding:16px;border-radius:4px}}
.nick{{color:#eb7350;font-weight:bold}}.from{{color:#939393;font-size:12px}}.act{{display:flex;justify-content:space-around;border-top:1px solid #eee;color:#808080;padding-top:8px}}ul{{padding-left:0;list-style:none}}</style></head><body>
<div style="background:#fff;padding:8px 20px">微博 首页 热门 视频　<input placeholder="大家都在搜"></div>
<div class="card">{img('头像')}<div class="nick">{E(p['info'].split(chr(10))[0])}</div><div class="from">{E(p['info'].split(chr(10))[1])}</div>
<div class="txt">{bhtml}</div><div class="act"><span>{E(p['end'])}</span></div></div>
<div class="card">热门评论<br>雨中漫步：收到，今天居家办公。</div>"""


def baijiahao(p, n, bhtml):
    return f"""<style>body{{margin:0;font:18px/1.8 Arial,"PingFang SC"}}.wrap{{max-width:760px;margin:0 auto}}h1{{font-size:28px}}.au{{display:flex;gap:10px;color:#999;font-size:13px}}.cap{{text-align:center;color:#999}}</style></head><body>
<div style="border-bottom:1px solid #eee;padding:10px 20px">百度首页　<input>　登录</div><div class="wrap"><h1>{E(p['title'])}</h1>
<div class="au">{img('作者头像')}<div>{lines_html(p['info'],'i')}</div><button>+关注</button></div>
<div>{bhtml}</div><p style="color:#999;font-size:12px">本文来自作者投稿，不代表百家号立场。</p><div>{lines_html(p.get('end',''),'e')}</div>
<h4>相关推荐</h4><ul><li>天津周末去哪儿？这些小众景点人少景美</li></ul></div>"""


def appshare(p, n, bhtml):
    return f"""<style>body{{margin:0;font:17px/1.8 "PingFang SC";max-width:640px;margin:0 auto}}.openapp{{position:sticky;top:0;background:#d7000f;color:#fff;padding:10px;display:flex;justify-content:space-between}}
h1{{font-size:24px;padding:0 16px}}.meta{{color:#999;font-size:13px;padding:0 16px}}.c{{padding:0 16px}}.cap{{text-align:center;color:#888;font-size:13px}}</style></head><body>
<div class="openapp">{img('APP图标')}<span>{E(p['site'])} 打开APP，阅读体验更佳</span><span>打开</span></div>
<h1>{E(p['title'])}</h1><div class="meta">{E(p['info'])}</div><div class="c"><p style="color:#666">{E(p['top'])}</p>{bhtml}</div>
<div class="c">{lines_html(p.get('end',''),'e')}</div><div class="c">热门评论（12）<br>东昌人：周末去走走！</div>"""


CSS_EP = """body{margin:0;font:14px/1.8 SimSun;background:#e9e2cf}.ephd{background:#8b1a1a;color:#fff;padding:10px 30px}.ephd b{font-size:26px}
.ep{width:1200px;margin:0 auto;display:flex;gap:10px}.lft{width:420px;background:#fff}.pg{height:260px;background:#f4efe3;border:1px solid #ccc;text-align:center}
.rt{flex:1;background:#fff;padding:20px 30px}.kick,.subt{text-align:center;font-size:16px;color:#333}h1{text-align:center;font:bold 28px SimHei;margin:6px 0}
.bm a{display:block}.nav2 span{margin:0 6px}.cap{text-align:center}.foot{text-align:center;font-size:12px;padding:10px}"""


def epaper(p, n, bhtml):
    frame = p["tpl"] == "epaper_frame"
    nav = '<div class="nav2"><span>上一版</span><span>下一版</span><span>第01版：要闻</span><span>第02版：要闻</span><span>第03版：要闻</span><span>第05版：经济</span><span>往期回顾</span><span>PDF下载</span></div>'
    titles = "".join(f"<a>{E(t)}</a>" for t in p["titles"])
    head = (f'<div class="kick">{E(p["kicker"])}</div>' if p.get("kicker") else "") + f"<h1>{E(p['title'])}</h1>" + (f'<div class="subt">{E(p["sub"])}</div>' if p.get("sub") else "")
    top = f'<p>{E(p["top"])}</p>' if p.get("top") else ""
    endb = f'<p>{E(p["end_byline"])}</p>' if p.get("end_byline") else ""
    if frame:
        return f"""<style>{CSS_EP}</style></head><body><table width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="ephd"><b>{E(p['site'])}</b>　数字报　{E(p['date_line'])}</td></tr>
<tr><td valign="top" width="360" style="background:#fff">{E(p['page'])}<div class="pg">{img('版面缩略图')}</div>{nav}<div class="bm"><b>本版标题导航</b>{titles}</div></td>
<td valign="top" class="rt"><div>{E(p['site'])} {E(p['date_line'])} {E(p['page'])}</div>{head}{top}<div>{bhtml}</div>{endb}
<div>上一篇　下一篇　返回目录　放大 缩小 默认</div></td></tr></table><div class="foot">{E(p['site'])}社版权所有 ICP备{13000100+n}号</div>"""
    return f"""<style>{CSS_EP}</style></head><body><div class="ephd"><b>{E(p['site'])}</b>　{E(p['date_line'])}　<span>往期查阅</span></div>{nav}
<div class="ep"><div class="lft"><div>{E(p['page'])}</div><div class="pg">{img('版面图')}</div><div class="bm"><b>本版标题</b>{titles}</div></div>
<div class="rt">{head}{top}<div>{bhtml}</div>{endb}<div>【返回】【打印】【字号 大 中 小】</div></div></div><div class="foot">本网站所刊登的{E(p['site'])}各种新闻、信息，未经许可不得转载。</div>"""


CSS_INST = """body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#333;background:#fff}.ih{background:%s;color:#fff;padding:18px 60px;font-size:26px}
.in{background:#fff;border-bottom:2px solid %s;padding:8px 60px}.in a{margin-right:20px}.iw{width:1100px;margin:20px auto;display:flex;gap:30px}
.il{width:220px;background:#f5f5f5}.ic{flex:1}h1{font-size:24px;text-align:center;color:%s}.im{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #ddd}
.cap{text-align:center;color:#777}.if{background:#333;color:#aaa;text-align:center;font-size:12px;padding:18px}"""


def inst(p, n, bhtml):
    color = {"inst_univ": "#003f88", "inst_hosp": "#0a8f7a", "inst_soe": "#c41e1e", "inst_court": "#8a1d1d", "inst_assoc": "#2e7d32"}[p["tpl"]]
    side = {"inst_univ": "学校概况 院系设置 招生就业", "inst_hosp": "预约挂号 科室导航 专家介绍", "inst_soe": "集团概况 党建工作 社会责任",
            "inst_court": "诉讼服务 审判流程 裁判文书", "inst_assoc": "协会简介 会员服务 行业标准"}[p["tpl"]]
    meta = f'<div class="im">{E(p["info"])}</div>'
    below_body = p["tpl"] == "inst_soe"
    return f"""<style>{CSS_INST % (color, color, color)}</style></head><body><div class="ih">{img('标志')}{E(p['site'])}</div>
<div class="in"><a>首页</a>{''.join(f'<a>{E(x)}</a>' for x in side.split())}<a>信息公开</a>　<input placeholder="搜索"></div>
<div class="iw"><div class="il"><b>新闻中心</b><ul><li>要闻</li><li>综合新闻</li><li>媒体报道</li><li>通知公告</li></ul></div>
<div class="ic"><div>当前位置：{E(p['crumbs'])}</div><h1>{E(p['title'])}</h1>{'' if below_body else meta}
{f'<p style="text-align:center">{E(p["top"])}</p>' if p.get('top') else ''}<div>{bhtml}</div>{meta if below_body else ''}
<div style="text-align:right">{lines_html(p.get('end',''),'e')}</div><div>【打印】【关闭】</div></div></div>
<div class="if">版权所有 © {E(p['site'])}　地址：{E(p['site'])}　电话：0{531+n}-{86000000+n*13}<br>ICP备{16001200+n}号　公网安备 {41010502000200+n}号</div>"""


TPL = dict(gov_table=gov_table, gov_div=gov_div, gov_flex=gov_flex, gov_xxgk=gov_xxgk, media_portal=media_portal,
           media_flex=media_flex, media_tv=media_tv, media_en=media_en, media_en2=media_en, wechat=wechat, toutiao=toutiao,
           weibo=weibo, baijiahao=baijiahao, appshare=appshare, epaper=epaper, epaper_frame=epaper,
           inst_univ=inst, inst_hosp=inst, inst_soe=inst, inst_court=inst, inst_assoc=inst)


def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    for n, p in enumerate(PAGES, 1):
        bhtml, gold = body(p)
        page = TPL[p["tpl"]](p, n, bhtml)
        lang = "en" if p["lang"] == "en" else "zh-CN"
        html = f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{E(p["title"])}_{E(p["site"])}</title>\n{page}\n</body></html>\n'
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(html)
        g = {"id": p["id"], "set": "zh-blind198", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold}
        open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8").write(json.dumps(g, ensure_ascii=False, indent=2) + "\n")
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
