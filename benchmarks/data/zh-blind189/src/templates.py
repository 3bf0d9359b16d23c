"""Page skeletons: each takes one page dict and returns the html text."""
from build import doc, render_body, img, e

def g(p, k, d=""):
    return p.get(k, d)

def headline(p, tag="h1", cls="title"):
    s = ""
    if g(p, "pre"): s += f'<p class="yin">{e(p["pre"])}</p>'
    t = p.get("title_html") or e(p["title"])
    s += f'<{tag} class="{cls}">{t}</{tag}>'
    if g(p, "sub"): s += f'<p class="fu">{e(p["sub"])}</p>'
    return s

def stack(p, tag="h1"):
    """headline + info bar in the page's chosen position."""
    info = f'<div class="info">{p["info"]}</div>' if g(p, "info") else ""
    pos = g(p, "ipos", "below")
    hl = headline(p, tag)
    if pos == "above": return info + hl, ""
    if pos == "bottom": return hl, info
    return hl + info, ""

def nav(items, cls="nav"):
    return f'<div class="{cls}">' + "".join(f'<a href="#">{e(x)}</a>' for x in items) + "</div>"

def ul(items, cls="rel"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul>"

def footer(p):
    if g(p, "foot"): return f'<div class="foot">{p["foot"]}</div>'
    return ""

def prevnext(p):
    if not g(p, "prev"): return ""
    return f'<div class="pn"><p>上一篇：<a href="#">{e(p["prev"])}</a></p><p>下一篇：<a href="#">{e(p["next"])}</a></p></div>'

def tail(p):
    return "".join(f"<p class=\"tl\">{e(x)}</p>" for x in g(p, "tail", []))

# ---------- government ----------
CSS_GOVT = """body{margin:0;font:14px/1.8 SimSun,serif;background:#eef3f8}
.wrap{width:1000px;margin:0 auto;background:#fff}
.banner td{background:#b5121b;color:#fff;font-size:30px;padding:18px}
.nav a{color:#fff;padding:0 14px}.nav{background:#8e0c13;padding:6px}
.crumb{padding:6px 10px;border-bottom:1px solid #ddd}
h1.title{font-size:22px;color:#b5121b;text-align:center}
.info{text-align:center;color:#666;border-bottom:1px dashed #ccc;padding-bottom:6px}
.cont p{text-indent:2em}.dt td{border:1px solid #999}
.tools{text-align:right}.foot{background:#ddd;text-align:center;padding:10px;font-size:12px}
.pn p{margin:2px 0}"""

def gov_table(p):
    top, bot = stack(p)
    body = f"""<table class="wrap" width="1000" cellspacing="0" cellpadding="0" align="center">
<tr><td><table class="banner" width="100%"><tr><td>{img(p['site']+'标志',60,60)}{e(p['site'])}</td><td align="right" style="font-size:12px"><a href="#" style="color:#fff">设为首页</a> | <a href="#" style="color:#fff">加入收藏</a> | <a href="#" style="color:#fff">无障碍</a></td></tr></table></td></tr>
<tr><td>{nav(p.get('navs',['首页','政务公开','政务服务','互动交流','走进'+p['site'][:3]]))}</td></tr>
<tr><td class="crumb">当前位置：{' &gt; '.join(e(x) for x in p.get('crumb',['首页','新闻中心']))}</td></tr>
<tr><td style="padding:10px 30px">{top}
<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="cont">{render_body(p['body'], p.get('hstyle','strong'))}</div>{bot}{tail(p)}
<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>{prevnext(p)}</td></tr>
<tr><td>{footer(p)}</td></tr></table>"""
    return doc(p["title"], CSS_GOVT, body)

CSS_GOVD = """body{margin:0;font:16px/1.9 "Microsoft YaHei",sans-serif;color:#333}
.top{background:#f5f5f5;font-size:12px;padding:4px 40px;display:flex;justify-content:space-between}
.head{background:linear-gradient(#1f5fa8,#2f7fd0);color:#fff;padding:20px 40px;font-size:28px}
.head input{font-size:14px}.nav{background:#174a85;padding:8px 40px}.nav a{color:#fff;margin-right:24px}
.crumb{padding:8px 40px;color:#888}.main{display:flex;padding:0 40px;gap:30px}
.art{flex:3}.side{flex:1;border-left:1px solid #eee;padding-left:16px}
h1.title{font-size:26px;text-align:center}.info{color:#888;text-align:center;font-size:14px}
.art p{text-indent:2em}.share{color:#999;font-size:13px}.foot{background:#174a85;color:#dde;padding:16px 40px;font-size:13px;margin-top:30px}
.yin,.fu{text-align:center;color:#555}.dt{border-collapse:collapse}.dt td{border:1px solid #aaa}"""

def gov_div(p):
    top, bot = stack(p)
    side = ""
    if g(p, "rel"):
        side = f'<div class="side"><h4>{e(p.get("relh","相关阅读"))}</h4>{ul(p["rel"])}</div>'
    body = f"""<div class="top"><span>{e(p.get('topl','欢迎访问'+p['site']))}</span><span><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">简</a>/<a href="#">繁</a> | <a href="#">登录</a></span></div>
<div class="head">{img('网站标志',48,48)} {e(p['site'])} <form style="display:inline;float:right"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div>
{nav(p.get('navs',['首页','政务动态','信息公开','政务服务','政民互动','数据发布']))}
<div class="crumb">{e(p.get('crumbp','您当前的位置：'))}{' &gt; '.join(e(x) for x in p.get('crumb',['首页','政务动态']))}</div>
<div class="main"><div class="art">{top}
<p class="share">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></p>
<div class="cont">{render_body(p['body'], p.get('hstyle','h3'))}</div>{bot}{tail(p)}
<p class="share"><a href="#">【打印】</a><a href="#">【关闭】</a></p>{prevnext(p)}</div>{side}</div>
{footer(p)}"""
    return doc(p["title"], CSS_GOVD, body)

def gov_xxgk(p):
    idx = p["idx"]  # list of (label, value) pairs
    rows, cells = "", list(idx)
    for i in range(0, len(cells), 2):
        pr = cells[i:i+2]
        rows += "<tr>" + "".join(f'<th>{e(a)}</th><td>{e(b)}</td>' for a, b in pr) + "</tr>"
    top, bot = stack(p)
    css = CSS_GOVD + "\n.idx{width:100%;border-collapse:collapse;background:#f7fbff;font-size:14px}.idx th,.idx td{border:1px solid #cfe0f0;padding:4px 8px}.idx th{width:12%;color:#174a85}"
    body = f"""<div class="top"><span>{e(p['site'])}</span><span><a href="#">无障碍</a> | <a href="#">长者模式</a></span></div>
<div class="head">{img('国徽',48,48)} {e(p['site'])}政府信息公开</div>
{nav(['信息公开指南','信息公开制度','法定主动公开内容','信息公开年报','依申请公开'])}
<div class="crumb">当前位置：{' &gt; '.join(e(x) for x in p.get('crumb',['首页','政府信息公开','法定主动公开内容']))}</div>
<div class="main"><div class="art"><table class="idx">{rows}</table>
{top}<div class="cont">{render_body(p['body'], p.get('hstyle','h3'))}</div>{bot}{tail(p)}
<p class="share">【<a href="#">打印</a>】【<a href="#">关闭</a>】 浏览次数：{e(p.get('views','1024'))}</p></div></div>
{footer(p)}"""
    return doc(p["title"], css, body)

CSS_FLEX = """*{box-sizing:border-box}body{margin:0;font:17px/1.85 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#fafafa}
header{display:flex;align-items:center;justify-content:space-between;padding:12px 5vw;background:#fff;border-bottom:3px solid var(--c,#c00)}
header nav a{margin:0 10px;color:#333;text-decoration:none}
.crumb{padding:8px 5vw;font-size:14px;color:#999}
main{display:flex;flex-wrap:wrap;gap:32px;padding:0 5vw}
article{flex:1 1 640px;background:#fff;padding:24px 32px}aside{flex:0 1 280px}
h1.title{font-size:30px;line-height:1.4;margin:.3em 0}.info{font-size:14px;color:#888;display:flex;gap:16px;flex-wrap:wrap}
.yin,.fu{color:#555;font-size:18px;margin:0}.cont p{margin:0 0 1em}.dt{border-collapse:collapse}.dt td{border:1px solid #ccc}
blockquote{border-left:4px solid #ccc;margin:1em 0;padding-left:1em;color:#555}
.foot{background:#222;color:#aaa;padding:24px 5vw;font-size:13px;margin-top:40px}.tl{color:#888;font-size:14px}
.tags a{display:inline-block;border:1px solid #ddd;border-radius:12px;padding:0 10px;margin-right:6px;font-size:13px}"""

def flex(p):
    top, bot = stack(p)
    aside = ""
    if g(p, "rel"):
        aside = f'<aside><h3>{e(p.get("relh","热门文章"))}</h3>{ul(p["rel"])}{img("扫码关注",120,120)}<p style="font-size:12px">{e(p.get("qr","扫一扫 关注我们"))}</p></aside>'
    tags = ""
    if g(p, "tags"):
        tags = '<p class="tags">' + "".join(f'<a href="#">{e(t)}</a>' for t in p["tags"]) + "</p>"
    css = CSS_FLEX.replace("var(--c,#c00)", p.get("color", "#c00"))
    body = f"""<header>{img(p['site']+' logo',120,36)}<strong>{e(p['site'])}</strong><nav>{''.join(f'<a href="#">{e(x)}</a>' for x in p.get('navs',['首页','要闻','时政','民生','文旅','视频']))}</nav><span><a href="#">{e(p.get('hright','登录'))}</a></span></header>
<div class="crumb">{' / '.join(e(x) for x in p.get('crumb',['首页','要闻']))}</div>
<main><article>{top}
<div class="cont">{render_body(p['body'], p.get('hstyle','h3'))}</div>{bot}{tail(p)}{tags}
<p class="tl">分享：<a href="#">微信</a> · <a href="#">微博</a> · <a href="#">复制链接</a></p>{prevnext(p)}</article>{aside}</main>
{footer(p)}"""
    return doc(p["title"], css, body, lang=("en" if p.get("lang") == "en" else "zh-CN"))

CSS_PORTAL = """body{margin:0;font:14px/1.7 "宋体",SimSun,serif;background:#fff}
.w{width:980px;margin:0 auto}.topbar{background:#eee;font-size:12px;padding:3px}
.logo{height:80px;font-size:32px;color:#003d8f;font-weight:bold;padding:10px}
.nav{background:#003d8f;padding:6px}.nav a{color:#fff;margin:0 8px;font-size:15px}
.subnav a{margin:0 6px;font-size:12px;color:#003d8f}
.l{float:left;width:660px}.r{float:right;width:300px}.clear{clear:both}
h1.title{font-size:24px;text-align:center;font-family:"黑体",sans-serif}.info{text-align:center;color:#777;font-size:12px;border-bottom:1px solid #ddd}
.cont{font-size:16px;line-height:2}.cont p{text-indent:2em}.box{border:1px solid #ddd;margin-bottom:10px}.box h3{background:#eef;margin:0;padding:4px}
.foot{border-top:2px solid #003d8f;text-align:center;font-size:12px;color:#666;padding:10px}.yin,.fu{text-align:center}.tl{text-align:right;color:#666}
.dt{border-collapse:collapse}.dt td{border:1px solid #999}"""

def portal(p):
    top, bot = stack(p)
    boxes = "".join(f'<div class="box"><h3>{e(h)}</h3>{ul(items)}</div>' for h, items in p.get("boxes", []))
    body = f"""<div class="w"><div class="topbar">{e(p.get('topl','今天是'))} <a href="#">手机版</a> | <a href="#">数字报</a> | <a href="#">客户端</a> <input type="text" size="18"> <button type="button">搜索</button></div>
<div class="logo">{img(p['site'],200,60)}{e(p['site'])}</div>
{nav(p.get('navs',['首页','新闻','时政','社会','经济','文化','体育','评论','图片','视频']))}
<div class="subnav">{''.join(f'<a href="#">{e(x)}</a>' for x in p.get('subnav',['本地','国内','国际','县域','教育','健康']))}</div>
<p>{e(p.get('crumbp','当前位置：'))}{' &gt;&gt; '.join(e(x) for x in p.get('crumb',['首页','新闻']))}</p>
<div class="l">{top}<div class="cont">{render_body(p['body'], p.get('hstyle','strong'))}</div>{bot}{tail(p)}
<p>分享到：<a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">QQ</a></p>{prevnext(p)}
{('<div class="box"><h3>相关新闻</h3>'+ul(p['rel'])+'</div>') if g(p,'rel') else ''}</div>
<div class="r">{boxes}</div><div class="clear"></div>{footer(p)}</div>"""
    return doc(p["title"], CSS_PORTAL, body)

# ---------- self-media ----------
CSS_WX = """body{margin:0;background:#fff;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:#333}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
h1.title{font-size:22px;line-height:1.4;margin:0 0 14px}.meta{color:#8c8c8c;font-size:15px}.meta a{color:#576b95}
.cont p{margin:0 0 1.2em}.cont h3{color:#0b6e4f;border-left:4px solid #0b6e4f;padding-left:8px;font-size:17px}
.cap{color:#999}.end{color:#999;font-size:14px}.qr{text-align:center;color:#999;font-size:13px}
blockquote{background:#f7f7f7;margin:0;padding:10px 14px;color:#666}.bottom{color:#576b95;font-size:15px}"""

def wechat(p):
    body = f"""<div class="rich_media"><h1 class="title">{e(p['title'])}</h1>
<div class="meta">{p['info']}</div>
<div class="cont">{render_body(p['body'], 'h3')}</div>{tail(p)}
<div class="qr">{img('二维码',160,160)}<p>{e(p.get('qr','长按识别二维码关注我们'))}</p></div>
<p class="bottom">阅读原文　　阅读 {e(p.get('reads','3216'))}　　<a href="#">分享</a>　<a href="#">收藏</a>　<a href="#">点赞</a> {e(p.get('likes','28'))}　<a href="#">在看</a></p>
<p class="end">{e(p.get('endnote','微信扫一扫关注该公众号'))}</p></div>"""
    return doc(p["title"], CSS_WX, body)

CSS_APP = """body{margin:0;font:17px/1.8 -apple-system,"PingFang SC",sans-serif;background:#f4f5f6}
.bar{position:sticky;top:0;background:#fff;display:flex;justify-content:space-between;align-items:center;padding:8px 14px;border-bottom:1px solid #eee}
.bar b{background:var(--c,#f04142);color:#fff;border-radius:16px;padding:2px 14px;font-weight:normal}
.page{max-width:720px;margin:0 auto;background:#fff;padding:16px}
h1.title{font-size:23px;line-height:1.45}.author{display:flex;align-items:center;gap:10px;font-size:14px;color:#999}
.author .n{color:#222;font-size:15px}.cont p{margin:0 0 1em}.foot{color:#999;font-size:13px;text-align:center;padding:20px}
.cmt{border-top:8px solid #f4f5f6;padding-top:10px;font-size:15px}.cmt p{margin:4px 0}.tl{color:#999;font-size:14px}
.dt{border-collapse:collapse}.dt td{border:1px solid #ccc}"""

def app(p):
    top, bot = stack(p)
    cm = "".join(f'<p><b>{e(a)}</b>：{e(b)}</p>' for a, b in p.get("comments", []))
    css = CSS_APP.replace("var(--c,#f04142)", p.get("color", "#f04142"))
    body = f"""<div class="bar"><span>{img(p['app']+'图标',28,28)} {e(p['app'])}</span><b>{e(p.get('open','打开APP'))}</b></div>
<div class="page">{top}<div class="cont">{render_body(p['body'], p.get('hstyle','h3'))}</div>{bot}{tail(p)}
<div class="cmt"><p>{e(p.get('cmth','全部评论'))}</p>{cm}</div>
<p class="foot">{e(p.get('appfoot','打开APP，阅读更多精彩内容'))}</p></div>"""
    return doc(p["title"], css, body)

# ---------- e-paper ----------
CSS_EP = """body{margin:0;font:14px/1.7 SimSun,serif;background:#e9e4da}
.ephead{background:#7a1111;color:#fff;padding:8px 20px;display:flex;justify-content:space-between}
.frame{display:flex;width:1200px;margin:0 auto;gap:10px}
.lf{width:420px}.bm{background:#fff;padding:8px;margin-bottom:8px}.bm h4{margin:0 0 4px;color:#7a1111}
.bm a{display:block;color:#333}.pagepic{width:400px;height:560px;background:#ccc}
.rt{flex:1;background:#fff;padding:20px 30px}
.yin{font-size:16px;text-align:center;margin:0;color:#333}h1.title{font-size:28px;text-align:center;margin:6px 0;font-family:"黑体",sans-serif}
.fu{font-size:17px;text-align:center;margin:0;color:#333}.info{text-align:center;color:#666;font-size:13px}
.cont p{text-indent:2em;font-size:16px;line-height:2}.tl{text-align:right}
.dt{border-collapse:collapse}.dt td{border:1px solid #999}.ban a{margin-right:8px}"""

def epaper(p):
    top, bot = stack(p)
    bans = " ".join(f'<a href="#">{e(x)}</a>' for x in p["bans"])
    titles = "".join(f'<a href="#">{e(x)}</a>' for x in p["blist"])
    body = f"""<div class="ephead"><span>{img(p['site']+'报头',200,40)} {e(p['site'])} 数字报</span><span>{e(p['issue'])}</span><span><a href="#" style="color:#fff">往期回顾</a> | <a href="#" style="color:#fff">PDF下载</a></span></div>
<div class="frame"><div class="lf"><div class="bm"><h4>版面导航</h4><div class="ban">{bans}</div></div>
<div class="bm"><span>{e(p['curban'])}</span> <a href="#">上一版</a> <a href="#">下一版</a></div>
<div class="pagepic">{img('版面缩略图',400,560)}</div>
<div class="bm"><h4>本版标题</h4>{titles}</div></div>
<div class="rt">{top}<div class="cont">{render_body(p['body'], p.get('hstyle','strong'))}</div>{bot}{tail(p)}
<p><a href="#">上一篇</a> <a href="#">下一篇</a> <a href="#">返回目录</a></p></div></div>
{footer(p)}"""
    return doc(p["title"], CSS_EP, body, charset=p.get("charset", "utf-8"))
