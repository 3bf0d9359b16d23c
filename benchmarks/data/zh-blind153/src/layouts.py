"""Site templates. Each takes a page description p and its parsed body blocks, returns HTML.
p keys used: site, title, title_html, pre_title, sub_title, info (HTML of the info bar), nav, crumbs,
related, footer (list of lines), after (non-body lines after the body), v (variant options)."""
from build import E, render_body, ul, page_html, GIF

def _foot(p, tag="div", cls="footer"):
    lines = p.get("footer") or [f"主办：{p['site']}", "ICP备案号：闽ICP备00000000号-1"]
    return f"<{tag} class=\"{cls}\">" + "".join(f"<p>{E(l)}</p>" for l in lines) + f"</{tag}>"

def _after(p):
    return "".join(f"<p class=\"ed\">{E(x)}</p>" for x in p.get("after", []))

def _title(p, tag="h1", cls="title"):
    t = p.get("title_html") or E(p["title"])
    return f"<{tag} class=\"{cls}\">{t}</{tag}>"

def _stack(p):
    s = ""
    if p.get("pre_title"):
        s += f"<p class=\"yt\">{E(p['pre_title'])}</p>"
    s += _title(p)
    if p.get("sub_title"):
        s += f"<p class=\"ft\">{E(p['sub_title'])}</p>"
    return s

def _related(p, head="相关阅读", cls="related"):
    r = p.get("related") or []
    return f"<div class=\"{cls}\"><h4>{E(head)}</h4>{ul(r)}</div>" if r else ""

def _prevnext(p):
    pn = p.get("prevnext") or ["上一篇：关于做好近期安全生产工作的通知", "下一篇：无"]
    return "<div class=\"pn\">" + "".join(f"<p><a href=\"#\">{E(x)}</a></p>" for x in pn) + "</div>"

BASE = "body{font-family:sans-serif;margin:0}a{color:#333;text-decoration:none}.footer{background:#eee;padding:10px;font-size:12px}.caption{text-align:center;font-size:13px;color:#666}table.data td{padding:4px}"

# ---------------------------------------------------------------- government
def gov_table2012(p, blocks):
    """2010s table layout: banner table, nav row, crumb row, title cell, info row, print/close row."""
    v = p.get("v", {})
    nav = "".join(f"<td class=\"nv\"><a href=\"#\">{E(n)}</a></td>" for n in p["nav"])
    body = render_body(blocks, {"indent": True, "p": v.get("p", "p"), "img": "nosrc"})
    info = f"<tr><td class=\"info\" align=\"center\">{p['info']}</td></tr>"
    h = f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="banner"><img alt="{E(p['site'])}"></td>
<td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍</a> | <a href="#">繁體版</a></td></tr></table>
<table width="1000" align="center"><tr>{nav}</tr></table>
<table width="1000" align="center"><tr><td>您现在的位置：{E(p['crumbs'])}</td><td align="right"><input type="text" placeholder="请输入关键字"> 搜索</td></tr></table>
<table width="1000" align="center" class="main">
<tr><td align="center">{_stack(p)}</td></tr>
{info}
<tr><td class="content">{body}{_after(p)}</td></tr>
<tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td>{_prevnext(p)}</td></tr></table>
<table width="1000" align="center" class="footer"><tr><td>{''.join(f'{E(l)}<br>' for l in p['footer'])}</td></tr></table>"""
    return page_html(p, BASE + ".nv{background:#b00;color:#fff;padding:6px}.info{font-size:12px;color:#666;border-bottom:1px dashed #ccc}", h)

def gov_div2018(p, blocks):
    """2018-ish div portal: top bar with 无障碍/长者模式/繁体, nav ul, crumb, h1, info below, share, 扫一扫."""
    v = p.get("v", {})
    body = render_body(blocks, {"indent": v.get("indent", False), "img": "gif"})
    above = v.get("info_above", False)
    info = f"<div class=\"xxgk-info\">{p['info']}</div>"
    font = "<div class=\"tools\">【字体：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>】【<a href=\"#\">打印</a>】【<a href=\"#\">关闭</a>】</div>" if v.get("tools", True) else ""
    h = f"""<div class="topbar"><span>{E(p.get('date_bar','2025年6月9日 星期一'))}</span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">登录</a></div>
<div class="header"><img alt="{E(p['site'])}" src="{GIF}"><form><input type="text" placeholder="搜索"><button>搜索</button></form></div>
{ul(p['nav'],'nav')}
<div class="crumb">当前位置：{E(p['crumbs'])}</div>
<div class="article">{info if above else ''}{_stack(p)}{'' if above else info}{font}
<div class="TRS_Editor">{body}</div>{_after(p)}
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="qr"><img alt="扫一扫在手机打开当前页" src="{GIF}"><p>扫一扫在手机打开当前页</p></div>
{_prevnext(p)}{_related(p)}</div>
{_foot(p)}"""
    return page_html(p, BASE + ".topbar a{margin:0 6px}.nav li{display:inline-block;padding:0 10px}.article{width:960px;margin:auto}", h)

def gov_xxgk(p, blocks):
    """信息公开 page: metadata table (索引号/发布机构/文号…) above a document with 文号 line."""
    v = p.get("v", {})
    meta = "".join(f"<tr><th>{E(a)}</th><td>{E(b)}</td><th>{E(c)}</th><td>{E(d)}</td></tr>" for a, b, c, d in p["meta"])
    body = render_body(blocks, {"indent": True, "img": "nosrc"})
    wh = f"<p class=\"wh\" style=\"text-align:center\">{E(p['wenhao'])}</p>" if p.get("wenhao") else ""
    h = f"""<div class="gk-top"><a href="#">{E(p['site'])}</a> 政府信息公开 <a href="#">长者模式</a> <a href="#">无障碍浏览</a></div>
{ul(p['nav'],'gknav')}
<div class="crumb">{E(p['crumbs'])}</div>
<table class="meta" border="1" cellspacing="0">{meta}</table>
<div class="doc">{_title(p,'h2','doc-title')}{p.get('info','')}{wh}{body}{_after(p)}</div>
<div class="att">附件：无</div>
<div class="tools">[<a href="#">打印</a>] [<a href="#">关闭</a>]</div>
{_related(p,'相关文件')}{_foot(p)}"""
    return page_html(p, BASE + ".meta{width:100%;font-size:13px}.meta th{background:#f3f3f3;font-weight:normal}", h)

def gov_2024(p, blocks):
    """2024 responsive portal: info chips above the headline, sidebar with column list, footer grid."""
    v = p.get("v", {})
    body = render_body(blocks, {"indent": False, "img": "gif", "h": "h4"})
    side = ul(p.get("side", ["工作动态", "通知公告", "政策解读", "领导活动"]), "side")
    h = f"""<header class="hd"><div class="logo"><img alt="{E(p['site'])}" src="{GIF}"></div>
<div class="acc"><a href="#">简</a>|<a href="#">繁</a> <a href="#">无障碍</a> <a href="#">关怀版</a></div>
<input class="sch" placeholder="请输入搜索内容"></header>
<nav>{ul(p['nav'],'mn')}</nav>
<div class="wrap"><aside><h3>{E(p.get('column','新闻动态'))}</h3>{side}</aside>
<main><div class="bread">{E(p['crumbs'])}</div>
<div class="meta-chips">{p['info']}</div>
{_stack(p)}
<article class="detail">{body}</article>{_after(p)}
<div class="op"><span>分享：</span><a href="#">微信</a><a href="#">微博</a> <a href="#">打印</a> <a href="#">关闭</a></div>
{_prevnext(p)}</main></div>
<footer class="footer">{''.join(f'<span>{E(l)}</span> ' for l in p['footer'])}</footer>"""
    return page_html(p, BASE + ".wrap{display:flex}aside{width:220px}main{flex:1}.mn li{display:inline-block;margin:0 8px}.meta-chips span{margin-right:12px}", h)

def town_simple(p, blocks):
    """乡镇/村 site on a cheap CMS: one column, glued info line, visit counter, 技术支持 footer."""
    body = render_body(blocks, {"indent": True, "p": p.get("v", {}).get("p", "p"), "img": "nosrc"})
    h = f"""<div class="head"><h2>{E(p['site'])}</h2></div>
{ul(p['nav'],'nav',' | ')}
<div class="pos">位置：{E(p['crumbs'])}</div>
<div class="box">{_title(p,'h3','bt')}<div class="sj">{p['info']}</div><hr>{body}{_after(p)}</div>
<div class="pn2">{_prevnext(p)}</div>
{_foot(p)}"""
    return page_html(p, BASE + ".box{width:900px;margin:auto}.sj{text-align:center;font-size:12px}", h)

def gov_column(p, blocks):
    """department site with left 栏目 tree, crumb inside content box, info bar under a rule, 扫码 box."""
    v = p.get("v", {})
    body = render_body(blocks, {"indent": True, "img": "gif"})
    h = f"""<div class="top"><div class="l">{E(p['site'])}</div><div class="r"><a href="#">网站地图</a> <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">English</a></div></div>
<div class="menu">{''.join(f'<a href="#">{E(n)}</a>' for n in p['nav'])}</div>
<div class="container"><div class="left"><div class="lm">{E(p.get('column','工作动态'))}</div>{ul(p.get('side',['工作动态','通知公告','媒体关注']))}</div>
<div class="right"><div class="loc"><span>当前位置：</span>{E(p['crumbs'])}</div>
<div class="con">{_stack(p)}<div class="line"></div><div class="infos">{p['info']}</div>
<div class="zw">{body}</div>{_after(p)}</div>
<div class="sm"><img alt="二维码" src="{GIF}"><span>扫一扫 手机看</span></div>
<div class="btns"><a href="#">【打印】</a><a href="#">【收藏】</a><a href="#">【关闭】</a></div>
{_related(p,'相关链接')}</div></div>
{_foot(p)}"""
    return page_html(p, BASE + ".container{display:flex}.left{width:200px}.right{flex:1}.menu a{margin:0 10px}", h)

# ---------------------------------------------------------------- media
def portal_2015(p, blocks):
    """2015 provincial news portal: channel bar, ad text, h1, info row with 来源/作者/编辑, share, hot lists."""
    v = p.get("v", {})
    body = render_body(blocks, {"indent": v.get("indent", True), "img": "gif"})
    h = f"""<div class="sitebar">{''.join(f'<a href="#">{E(x)}</a> ' for x in p.get('topnav',['新闻','视频','图片','评论','专题']))}<a href="#">登录</a> <a href="#">注册</a></div>
<div class="logo"><img alt="{E(p['site'])}"></div>
{ul(p['nav'],'channel',' ')}
<div class="pos">{E(p['crumbs'])}</div>
<div class="main"><div class="left">{_stack(p)}<div class="info">{p['info']}</div>
<div id="content">{body}</div>{_after(p)}
<div class="share"><span>分享到：</span><a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">QQ空间</a></div>
{_related(p,'相关新闻')}</div>
<div class="right"><h4>热点排行</h4>{ul(p.get('hot',['全省夏粮收购工作全面展开','高温天气持续 注意防暑降温','多地发布暴雨预警']))}</div></div>
{_foot(p)}"""
    return page_html(p, BASE + ".main{display:flex}.left{width:680px}.right{width:300px}", h)

def city_media_2023(p, blocks):
    """2023 city media group site: sticky header, h1 then author/time row, 编辑 at bottom, 扫码 APP."""
    v = p.get("v", {})
    body = render_body(blocks, {"indent": False, "img": "gif"})
    h = f"""<header><div class="brand">{E(p['site'])}</div>{ul(p['nav'],'nav')}<div class="s"><input placeholder="搜索新闻"></div></header>
<div class="crumbs">{E(p['crumbs'])}</div>
<section class="art">{_stack(p)}<div class="art-meta">{p['info']}</div>
<div class="art-body">{body}</div>{_after(p)}
<div class="like"><span>点赞</span> <span>收藏</span> <span>分享</span></div></section>
<section class="app"><img alt="下载APP" src="{GIF}"><p>扫码下载客户端，看更多本地新闻</p></section>
{_related(p,'推荐阅读')}
{_foot(p,'footer')}"""
    return page_html(p, BASE + "header{display:flex;gap:20px}.nav li{display:inline-block;margin:0 6px}", h)

def tv_site(p, blocks):
    """provincial/city TV site: video player placeholder, program list, info under title with 栏目."""
    body = render_body(blocks, {"indent": False, "img": "gif"})
    h = f"""<div class="tvtop"><span>{E(p['site'])}</span>{''.join(f'<a href="#">{E(x)}</a> ' for x in p['nav'])}<a href="#">直播</a> <a href="#">点播</a></div>
<div class="bread">{E(p['crumbs'])}</div>
<div class="player"><img alt="视频播放器" src="{GIF}"><p class="ptip">您的浏览器不支持播放此视频</p></div>
{_stack(p)}<p class="vinfo">{p['info']}</p>
<div class="txt">{body}</div>{_after(p)}
<div class="prog"><h4>节目单</h4>{ul(p.get('prog',['18:30 新闻联播(本地)','19:00 转播中央台新闻联播','19:35 天气预报']))}</div>
{_related(p,'更多视频')}{_foot(p)}"""
    return page_html(p, BASE, h)

def en_outlet_a(p, blocks):
    """English page of a Chinese outlet, 2010s: top sections, headline, 'By …' + 'Updated:' line, editor."""
    body = render_body(blocks, {"indent": False, "img": "gif"})
    h = f"""<div class="masthead"><a href="#">{E(p['site'])}</a> | <a href="#">中文</a> | <a href="#">Subscribe</a></div>
{ul(p['nav'],'sections',' | ')}
<div class="crumb">{E(p['crumbs'])}</div>
{_title(p)}<div class="byline">{p['info']}</div>
<div class="story">{body}</div>{_after(p)}
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
{_related(p,'Related Stories')}{_foot(p)}"""
    return page_html(p, BASE, h)

def en_outlet_b(p, blocks):
    """English site, 2024 responsive: kicker, headline, dateline chips ABOVE headline, source line."""
    body = render_body(blocks, {"indent": False, "img": "gif", "h": "h2"})
    h = f"""<header><strong>{E(p['site'])}</strong> {ul(p['nav'],'nav',' · ')} <input placeholder="Search"></header>
<p class="kicker">{E(p['crumbs'])}</p>
<div class="dl">{p['info']}</div>{_title(p)}
<article>{body}</article>{_after(p)}
<div class="more"><h3>Most Read</h3>{ul(p.get('related',[]))}</div>{_foot(p,'footer')}"""
    return page_html(p, BASE, h)

def app_share(p, blocks):
    """news app share page (mobile): 'open in app' banner, source row with avatar, floating bar."""
    body = render_body(blocks, {"indent": False, "img": "gif"})
    h = f"""<div class="openapp"><img alt="{E(p['site'])}" src="{GIF}"><span>{E(p['site'])}</span><a href="#">打开APP</a></div>
<div class="wrap">{_stack(p)}<div class="src">{p['info']}</div>
<div class="content">{body}</div>{_after(p)}
<div class="more"><a href="#">打开APP 阅读更多精彩内容</a></div>
{_related(p,'相关推荐')}</div>
<div class="bar">{''.join(f'<span>{E(x)}</span> ' for x in p['nav'])}</div>
{_foot(p)}"""
    return page_html(p, BASE + ".wrap{max-width:640px;margin:auto}", h)

# ---------------------------------------------------------------- self-media
def selfmedia(p, blocks):
    """platform article page (头条/百家/网易/搜狐/企鹅/澎湃号): platform bar, account card, statement."""
    v = p.get("v", {})
    body = render_body(blocks, {"indent": False, "img": "gif", "li": v.get("li")})
    acct = f"<div class=\"acct\"><img alt=\"{E(p['account'])}\" src=\"{GIF}\"><span class=\"n\">{E(p['account'])}</span> <a href=\"#\">{E(v.get('follow','+ 关注'))}</a></div>"
    first = acct if v.get("acct_top") else ""
    last = "" if v.get("acct_top") else acct
    h = f"""<div class="platbar">{''.join(f'<a href="#">{E(x)}</a> ' for x in p['nav'])}</div>
<div class="col">{first}{_stack(p)}<div class="meta">{p['info']}</div>
<div class="article-content">{body}</div>{_after(p)}
<p class="stmt">{E(v.get('stmt','本文为自媒体作者原创，不代表平台观点。'))}</p>
{last}<div class="act"><span>举报</span> <span>{E(v.get('likes','赞 128'))}</span> <span>评论</span></div>
{_related(p,v.get('rel_head','相关推荐'))}</div>{_foot(p)}"""
    return page_html(p, BASE + ".col{max-width:700px;margin:auto}", h)

def wechat(p, blocks):
    """微信公众号 article: title, '原创 作者 公众号 日期 地区' meta row, 阅读原文, 在看."""
    body = render_body(blocks, {"indent": False, "img": "gif", "li": "p"})
    h = f"""<div class="rich_media">{_title(p,'h1','rich_media_title')}
<div id="meta_content">{p['info']}</div>
<div class="rich_media_content">{body}</div>{_after(p)}
<div class="bottom"><a href="#">阅读原文</a> <span>阅读 {E(p.get('reads','2.1万'))}</span> <span>分享</span> <span>推荐</span> <span>在看</span></div>
<div class="qr"><img alt="" src="{GIF}"><p>微信扫一扫关注该公众号</p></div></div>"""
    return page_html(p, BASE + ".rich_media{max-width:677px;margin:auto}#meta_content span{margin-right:6px}", h)

def weibo(p, blocks):
    """微博 头条文章 page: cover, title, author card with time, read count, repost bar."""
    body = render_body(blocks, {"indent": False, "img": "gif"})
    h = f"""<div class="wbtop"><a href="#">微博</a> <input placeholder="大家都在搜"> <a href="#">首页</a> <a href="#">视频</a> <a href="#">登录</a></div>
<div class="card"><img alt="封面" src="{GIF}">{_title(p,'div','title')}<div class="auth">{p['info']}</div>
<div class="WB_editor_iframe">{body}</div>{_after(p)}
<div class="read">阅读 {E(p.get('reads','3.6万'))}</div>
<div class="handle"><span>转发 88</span> <span>评论 56</span> <span>赞 412</span></div></div>{_foot(p)}"""
    return page_html(p, BASE, h)

# ---------------------------------------------------------------- e-paper
def epaper_frames(p, blocks):
    """2010s 数字报: date/版次 bar, page list, 本版标题 list in a side table, 引题/主题/副题 stack."""
    body = render_body(blocks, {"indent": True, "img": "nosrc"})
    ban = "".join(f"<tr><td><a href=\"#\">{E(x)}</a></td></tr>" for x in p['bantitles'])
    h = f"""<table width="1000" align="center"><tr><td><img alt="{E(p['site'])}"></td><td>{p['paperdate']}</td></tr></table>
<table width="1000" align="center"><tr><td width="300" valign="top">
<div class="bm">{E(p['banci'])}</div>
<div class="bmnav"><a href="#">上一版</a> <a href="#">下一版</a></div>
<div class="layout"><img alt="版面图"></div>
<table class="ban"><tr><th>本版标题</th></tr>{ban}</table>
{ul(p['nav'],'banlist')}
</td><td valign="top"><div class="art">{_stack(p)}<div class="zz">{p.get('info','')}</div>
<div class="ozoom">{body}</div>{_after(p)}</div>
<div class="paper-tools"><a href="#">上一篇</a> <a href="#">下一篇</a> <a href="#">返回目录</a> <a href="#">PDF下载</a></div></td></tr></table>
{_foot(p)}"""
    return page_html(p, BASE + ".yt,.ft{color:#555;font-size:14px;text-align:center}.title{text-align:center}", h)

def epaper_modern(p, blocks):
    """2020s responsive 数字报: top date picker, 版面 tabs, breadcrumb of 版次, stack, 版面导航 below."""
    body = render_body(blocks, {"indent": False, "img": "gif"})
    h = f"""<div class="ep-top"><span>{E(p['site'])}</span> <span>{p['paperdate']}</span> <a href="#">往期回顾</a> <a href="#">PDF版</a></div>
<div class="tabs">{''.join(f'<a href="#">{E(x)}</a>' for x in p['nav'])}</div>
<div class="cur">{E(p['banci'])}</div>
<div class="article">{_stack(p)}<div class="author">{p.get('info','')}</div>
<div class="text">{body}</div>{_after(p)}</div>
<div class="side"><h4>本版新闻</h4>{ul(p['bantitles'])}</div>
{_foot(p)}"""
    return page_html(p, BASE + ".tabs a{margin-right:8px}.yt,.ft{color:#666}", h)

# ---------------------------------------------------------------- institutions
def inst_univ(p, blocks):
    """university news net: school banner, 学校首页/新闻网, column, info '作者：… 来源：… 发布时间：… 点击：'."""
    v = p.get("v", {})
    body = render_body(blocks, {"indent": v.get("indent", True), "img": "gif"})
    h = f"""<div class="school"><img alt="{E(p['site'])}" src="{GIF}"><span>新闻网</span> <a href="#">学校首页</a> <a href="#">English</a></div>
{ul(p['nav'],'nav')}
<div class="crumb">{E(p['crumbs'])}</div>
<div class="news">{_stack(p)}<div class="arti_metas">{p['info']}</div>
<div class="wp_articlecontent">{body}</div>{_after(p)}</div>
{_prevnext(p)}{_related(p,'相关新闻')}{_foot(p)}"""
    return page_html(p, BASE, h)

def inst_generic(p, blocks):
    """hospital / court / association / SOE site: service bar, column tree, info bar with 来源 and 浏览量."""
    v = p.get("v", {})
    body = render_body(blocks, {"indent": v.get("indent", False), "img": "gif", "p": v.get("p", "p")})
    svc = "".join(f"<a href=\"#\">{E(x)}</a> " for x in v.get("svc", ["预约挂号", "就医指南", "专家介绍"]))
    above = v.get("info_above", False)
    info = f"<div class=\"xinxi\">{p['info']}</div>"
    h = f"""<div class="svc">{svc}</div><div class="hd"><img alt="{E(p['site'])}" src="{GIF}"><input placeholder="站内搜索"></div>
{ul(p['nav'],'nav')}
<div class="where">{E(p['crumbs'])}</div>
<div class="c">{info if above else ''}{_stack(p)}{'' if above else info}
<div class="v_news_content">{body}</div>{_after(p)}
<div class="tl">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div></div>
{_related(p,v.get('rel_head','相关文章'))}{_foot(p)}"""
    return page_html(p, BASE, h)
