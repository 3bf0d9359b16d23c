"""Site templates. Each takes (p, body) where p is the page description and body the rendered
article HTML, and returns the <body> content and CSS. No two pages of one kind use the same template."""
from render import esc, GIF


def lis(items, sep=""):
    return "".join(f'<li><a href="#">{esc(x)}</a>{sep}</li>' for x in items)


def links(items, sep=" | "):
    return sep.join(f'<a href="#">{esc(x)}</a>' for x in items)


def crumbs(p, sep=" &gt; ", label="当前位置："):
    return label + sep.join(f'<a href="#">{esc(c)}</a>' for c in p["crumbs"]) + sep + "正文"


def title_block(p, tag="h1", cls="title"):
    t = p.get("title_html") or esc(p["title"])
    out = ""
    if p.get("kicker"):
        out += f'<div class="kicker">{esc(p["kicker"])}</div>'
    out += f'<{tag} class="{cls}">{t}</{tag}>'
    if p.get("sub"):
        out += f'<div class="subtitle">{esc(p["sub"])}</div>'
    return out


def footer_lines(p):
    return "".join(f"<p>{esc(x)}</p>" for x in p["footer"])


def related(p, head="相关阅读"):
    r = p.get("related", [])
    if not r:
        return ""
    return f'<div class="related"><h3>{esc(head)}</h3><ul>{lis(r)}</ul></div>'


def after(p):
    """trailing non-body lines inside the article block (editors etc.)"""
    return "".join(f'<p class="after">{esc(x)}</p>' for x in p.get("after", []))


CSS_BASE = "body{font-family:sans-serif;margin:0;color:#222} a{color:#235;text-decoration:none} .kicker,.subtitle{text-align:center;color:#555} .title{text-align:center} table.data{border-collapse:collapse;margin:8px auto} .after{color:#777}"


# ---------------------------------------------------------------- government
def gov_table_2012(p, body):
    b = f"""
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="top">
<table width="100%"><tr><td><img src="{GIF}" alt="{esc(p['site'])}" width="400" height="80"></td>
<td align="right">{links(['设为首页','加入收藏','手机版','繁體'], ' | ')}</td></tr></table>
</td></tr>
<tr><td class="nav">{links(p['nav'], ' ')}</td></tr>
<tr><td class="crumb">{crumbs(p, ' >> ', '您现在的位置：')}</td></tr>
<tr><td class="main">
<table width="100%"><tr><td align="center">{title_block(p, 'h2')}</td></tr>
<tr><td align="center" class="info">{p['info']}</td></tr>
<tr><td><hr></td></tr>
<tr><td class="content">{body}{after(p)}</td></tr>
<tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
</table></td></tr>
<tr><td>{related(p, '相关链接')}</td></tr>
<tr><td class="foot" align="center">{footer_lines(p)}</td></tr>
</table>"""
    return b, CSS_BASE + " .nav{background:#b00;color:#fff} .nav a{color:#fff;padding:0 10px} .info{font-size:12px;color:#666}"


def gov_modern_2025(p, body):
    b = f"""
<div class="topbar"><span>{esc(p.get('greeting','欢迎访问'))}</span>
<a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">English</a><a href="#">登录</a></div>
<header><div class="logo"><img src="{GIF}" alt="{esc(p['site'])}"><span>{esc(p['site'])}</span></div>
<form><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></header>
<nav><ul>{lis(p['nav'])}</ul></nav>
<div class="crumb">{crumbs(p, ' > ')}</div>
<main><article>
{title_block(p)}
<div class="infobar">{p['info']}<span class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="article-body">{body}</div>
{after(p)}
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="tools"><a href="#">【打印】</a><a href="#">【关闭】</a></div>
<div class="prevnext"><p>上一篇：<a href="#">{esc(p['prev'])}</a></p><p>下一篇：<a href="#">{esc(p['next'])}</a></p></div>
</article>{related(p)}</main>
<footer><div class="qr"><img src="{GIF}" alt="微信公众号"><p>扫一扫在手机打开当前页</p></div>{footer_lines(p)}</footer>"""
    return b, CSS_BASE + " .topbar a{margin-left:12px} nav li{display:inline-block;margin:0 14px} .infobar{text-align:center;color:#888}"


def gov_xxgk_doc(p, body):
    meta = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td><th>{esc(k2)}</th><td>{esc(v2)}</td></tr>" for k, v, k2, v2 in p["meta"])
    wh = f'<p class="wh" style="text-align:center">{esc(p["wenhao"])}</p>' if p.get("wenhao") else ""
    b = f"""
<div class="head"><div class="site">{esc(p['site'])}</div><div class="lnk"><a href="#">无障碍浏览</a> <a href="#">关怀版</a></div></div>
<div class="menu">{links(p['nav'], '')}</div>
<div class="loc">{crumbs(p, ' > ', '当前位置：')}</div>
<div class="xxgk-box"><table class="meta" border="1" cellspacing="0">{meta}</table></div>
<div class="doc">{title_block(p)}{wh}
<div class="docbody">{body}</div>{after(p)}
<div class="attach">附件：<a href="#">{esc(p.get('attach','无'))}</a></div>
</div>
<div class="opt"><a href="#">[打印]</a> <a href="#">[关闭]</a> <a href="#">[收藏]</a></div>
{related(p, '相关文件')}
<div class="footer">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .meta{width:100%;font-size:12px;border-collapse:collapse} .menu a{padding:0 12px}"


def gov_town_plain(p, body):
    b = f"""
<div id="banner"><h2>{esc(p['site'])}</h2></div>
<div id="menu">{links(p['nav'], ' · ')}</div>
<div id="pos">{crumbs(p, ' → ', '位置：')}</div>
<div id="left"><div class="box"><h4>栏目导航</h4><ul>{lis(p.get('side',[]))}</ul></div></div>
<div id="right">
<div class="info-top">{p['info']}</div>
{title_block(p, 'h1')}
<div id="zoom">{body}</div>{after(p)}
<div class="pn">【<a href="#">返回顶部</a>】 【<a href="#">打印</a>】</div>
</div>
<div id="foot">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " #left{float:left;width:200px} #right{margin-left:220px} #foot{clear:both}"


def gov_leader_2018(p, body):
    b = f"""
<div class="w1200 top"><img src="{GIF}" alt="{esc(p['site'])}门户网站"><div class="sch"><input placeholder="站内搜索"><a href="#">高级检索</a></div>
<div class="aux"><a href="#">繁</a>/<a href="#">简</a> <a href="#">无障碍</a> <a href="#">移动版</a></div></div>
<div class="nav">{links(p['nav'], '')}</div>
<div class="w1200 crumb">{crumbs(p, ' > ', '')}</div>
<div class="w1200 art">{title_block(p, 'h1')}
<div class="line"><span>{p['info']}</span><span class="r"><a href="#">打印</a> <a href="#">关闭</a></span></div>
<div class="txt">{body}</div>{after(p)}
<div class="bdshare">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
</div>
<div class="w1200 rel">{related(p, '相关新闻')}</div>
<div class="footer"><p>{links(['网站地图','联系我们','隐私声明','网站纠错'])}</p>{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .nav a{display:inline-block;padding:6px 18px;background:#036;color:#fff}"


def gov_dept_2016(p, body):
    b = f"""
<table class="hd" width="100%"><tr><td>{esc(p['site'])}</td><td align="right">今天是：<span>{esc(p.get('today',''))}</span></td></tr></table>
<ul class="menu">{lis(p['nav'])}</ul>
<div class="where">{crumbs(p, ' / ', '您当前所在位置：')}</div>
<div class="cont">
{title_block(p, 'h3')}
<div class="fbxx">{p['info']}</div>
<div class="TRS_Editor">{body}</div>{after(p)}
<div class="fx">扫一扫在手机上查看当前页面<img src="{GIF}" alt="二维码"></div>
</div>
<div class="prev">上一条：<a href="#">{esc(p['prev'])}</a></div><div class="next">下一条：<a href="#">{esc(p['next'])}</a></div>
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .menu li{display:inline;margin:0 8px} .fbxx{text-align:center;border-bottom:1px solid #ccc}"


def gov_village_blog(p, body):
    b = f"""
<div class="hdr"><b>{esc(p['site'])}</b> <small>{esc(p.get('slogan',''))}</small></div>
<div class="m">{links(p['nav'], ' | ')}</div>
<div class="post">
{title_block(p, 'h2', 'title')}
<div class="meta">{p['info']}</div>
{body}{after(p)}
<p class="tags">标签：{links(p.get('tags',[]), ' ')}</p>
</div>
<div class="c">{related(p, '最新动态')}</div>
<div class="f">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .post{max-width:760px;margin:0 auto} .meta{color:#999;font-size:13px}"


def gov_jiedu_card(p, body):
    b = f"""
<div class="g-top"><div>{esc(p['site'])}</div><div><a href="#">智能问答</a> <a href="#">长者模式</a> <a href="#">无障碍</a></div></div>
<div class="g-nav">{links(p['nav'], '')}</div>
<div class="g-crumb">{crumbs(p, ' > ', '当前位置：')}</div>
<section class="card">
<div class="jd-tag">政策解读</div>
{title_block(p, 'h1')}
<ul class="jd-info">{p['info']}</ul>
<div class="jd-body">{body}</div>{after(p)}
<div class="jd-foot"><span>【<a href="#">打印</a>】</span><span>【<a href="#">关闭</a>】</span></div>
</section>
{related(p, '相关政策')}
<div class="g-foot">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .card{box-shadow:0 0 8px #ccc;padding:20px} .jd-info li{display:inline-block;margin:0 10px;color:#888}"


# ---------------------------------------------------------------- media
def media_portal_2014(p, body):
    b = f"""
<div class="topnav">{links(p['nav'][:6], ' ')} <span class="r"><a href="#">登录</a> <a href="#">注册</a> <a href="#">手机版</a></span></div>
<div class="logo-row"><img src="{GIF}" alt="{esc(p['site'])}"><input type="text" value="" placeholder="搜索"></div>
<div class="chan">{links(p['nav'], ' | ')}</div>
<div class="position">{crumbs(p, ' > ', '')}</div>
<div class="wrap"><div class="l">
{title_block(p, 'h1')}
<div class="source">{p['info']}</div>
<div class="art">{body}</div>{after(p)}
<div class="share">分享：<a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">QQ空间</a></div>
{related(p, '相关新闻')}
</div><div class="rside"><h4>热点排行</h4><ol>{lis(p.get('hot',[]))}</ol></div></div>
<div class="foot">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .l{float:left;width:800px} .rside{float:right;width:300px} .foot{clear:both}"


def media_resp_2023(p, body):
    b = f"""
<header class="hd"><a class="logo" href="#">{esc(p['site'])}</a><nav>{links(p['nav'], '')}</nav><a href="#">APP下载</a></header>
<div class="bc">{' / '.join(esc(c) for c in p['crumbs'])}</div>
<article>
<div class="meta-top">{p['info']}</div>
{title_block(p, 'h1', 'headline')}
<section class="content">{body}</section>
{after(p)}
<div class="actions"><button>点赞</button><button>收藏</button><button>分享</button></div>
</article>
<aside><h3>推荐阅读</h3><ul>{lis(p.get('related',[]))}</ul></aside>
<footer>{footer_lines(p)}</footer>"""
    return b, CSS_BASE + " nav a{margin:0 10px} .headline{font-size:28px}"


def media_tv_2019(p, body):
    b = f"""
<div class="tvtop"><img src="{GIF}" alt="{esc(p['site'])}台标"><span>{esc(p['site'])}</span><a href="#">直播</a><a href="#">点播</a><a href="#">节目单</a></div>
<div class="menu">{links(p['nav'], '')}</div>
<div class="video"><img src="{GIF}" alt="视频播放器" width="640" height="360"><p>播放</p><p>00:00 / 03:26</p></div>
<div class="cnt">{title_block(p, 'h1')}
<div class="info">{p['info']}</div>
<div class="zw">{body}</div>{after(p)}
</div>
{related(p, '相关视频')}
<div class="bottom">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .tvtop a{margin:0 10px} .menu a{padding:0 8px}"


def media_city_2017(p, body):
    b = f"""
<div class="header"><div class="date">{esc(p.get('today',''))}</div><div class="lg">{esc(p['site'])}</div><div class="wx"><a href="#">微信</a> <a href="#">微博</a> <a href="#">客户端</a></div></div>
<div class="mainnav">{links(p['nav'], ' ')}</div>
<div class="pos">{crumbs(p, ' &gt; ', '')}</div>
<div class="show">
{title_block(p, 'h1')}
<div class="tim">{p['info']}</div>
<div class="zoom">{body}</div>
{after(p)}
<div class="page-nav">上一篇：<a href="#">{esc(p['prev'])}</a><br>下一篇：<a href="#">{esc(p['next'])}</a></div>
</div>
<div class="news-list"><h3>图片新闻</h3><ul>{lis(p.get('related',[]))}</ul></div>
<div class="copyright">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .tim{text-align:center;color:#999}"


def media_central_2021(p, body):
    b = f"""
<div class="tb">{links(['首页','时政','国际','财经','评论','视频','English'], ' ')}<span class="r">{esc(p.get('today',''))}</span></div>
<div class="logo">{esc(p['site'])}</div>
<div class="crumb">{crumbs(p, ' > ', '')}</div>
<div class="article">
{title_block(p, 'h1')}
<div class="infos">{p['info']}</div>
<div class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div id="detail">{body}</div>
{after(p)}
<div class="share">【<a href="#">纠错</a>】 【<a href="#">责任编辑</a>】</div>
</div>
{related(p, '相关稿件')}
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def media_en(p, body):
    b = f"""
<div class="masthead"><a href="#">{esc(p['site'])}</a> <span>{links(p['nav'], ' ')}</span> <input placeholder="Search"></div>
<div class="crumb">{' &gt; '.join(f'<a href="#">{esc(c)}</a>' for c in p['crumbs'])}</div>
<div class="story">
{title_block(p, 'h1')}
<div class="byline">{p['info']}</div>
<div class="story-body">{body}</div>
{after(p)}
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>
</div>
{related(p, p.get('related_head','Related Stories'))}
<footer>{footer_lines(p)}</footer>"""
    return b, CSS_BASE


def media_en_2(p, body):
    b = f"""
<table width="960" align="center"><tr><td><b>{esc(p['site'])}</b></td><td align="right">{esc(p.get('today',''))}</td></tr>
<tr><td colspan="2" class="nav">{links(p['nav'], ' | ')}</td></tr></table>
<div class="wrap" style="width:960px;margin:0 auto">
<p class="sec">{' &gt; '.join(f'<a href="#">{esc(c)}</a>' for c in p['crumbs'])}</p>
<div class="info-above">{p['info']}</div>
{title_block(p, 'h2')}
<div class="txt">{body}</div>
{after(p)}
<p class="tools"><a href="#">Print</a> <a href="#">Mail</a> <a href="#">Large</a> <a href="#">Medium</a> <a href="#">Small</a></p>
{related(p, p.get('related_head','Related'))}
</div><div class="foot">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def media_radio_2015(p, body):
    b = f"""
<div class="radiohead"><span>{esc(p['site'])}</span> <a href="#">在线收听</a> <a href="#">频率介绍</a> <a href="#">主持人</a></div>
<div class="nav2">{links(p['nav'], ' | ')}</div>
<div class="here">{crumbs(p, ' - ', '您的位置：')}</div>
<table width="100%"><tr><td valign="top" width="70%">
{title_block(p, 'h2')}
<p class="d">{p['info']}</p>
{body}{after(p)}
</td><td valign="top"><b>节目预告</b><ul>{lis(p.get('hot',[]))}</ul></td></tr></table>
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE


# ---------------------------------------------------------------- self-media
def sm_toutiao(p, body):
    b = f"""
<div class="app-bar"><span>{esc(p['platform'])}</span><a href="#">打开APP</a></div>
<div class="article-box">
{title_block(p, 'h1')}
<div class="article-meta">{p['info']}</div>
<div class="article-content">{body}</div>
{after(p)}
</div>
<div class="author-card"><img src="{GIF}" alt="头像"><b>{esc(p['account'])}</b><span>{esc(p.get('fans',''))}</span><button>关注</button></div>
<div class="cmt"><h3>评论 {esc(p.get('comments','0'))}</h3><p>写评论...</p></div>
{related(p, '相关推荐')}
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def sm_wechat(p, body):
    b = f"""
<div id="page-content"><div class="rich_media">
<h1 class="rich_media_title">{esc(p['title'])}</h1>
<div class="rich_media_meta_list">{p['info']}</div>
<div class="rich_media_content">{body}</div>
{after(p)}
<div class="qr"><img src="{GIF}" alt="二维码"><p>长按识别二维码关注我们</p></div>
<div class="tool"><a href="#">阅读原文</a> <span>阅读 {esc(p.get('reads','1.2万'))}</span> <a href="#">分享</a> <a href="#">在看</a> <a href="#">赞</a></div>
</div></div>
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .rich_media{max-width:677px;margin:0 auto}"


def sm_baijia(p, body):
    b = f"""
<div class="top">{links(['百度首页','登录'], ' ')}</div>
<div class="index-module">
{title_block(p, 'h2', 'title')}
<div class="author"><img src="{GIF}" alt=""><div><p class="name">{esc(p['account'])}</p><p class="t">{p['info']}</p></div><button>+关注</button></div>
<div class="article-content">{body}</div>
{after(p)}
<p class="report"><a href="#">举报/反馈</a></p>
</div>
{related(p, '作者最新文章')}
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def sm_wangyi(p, body):
    b = f"""
<div class="N-nav-top">{links(p['nav'], ' ')}</div>
<div class="post_main">
{title_block(p, 'h1', 'post_title')}
<div class="post_info">{p['info']}</div>
<div class="post_body">{body}</div>
{after(p)}
<div class="post_statement">特别声明：本文为{esc(p['platform'])}自媒体平台“{esc(p['platform'])}”用户上传并发布，本平台仅提供信息存储服务。</div>
<div class="post_comment"><a href="#">跟贴 {esc(p.get('comments','0'))}</a> <a href="#">参与 {esc(p.get('reads','0'))}</a></div>
</div>
{related(p, '热门推荐')}
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def sm_pengpai(p, body):
    b = f"""
<header>{esc(p['site'])} {links(p['nav'], ' ')}</header>
<div class="newsbox">
<div class="hao"><img src="{GIF}" alt="{esc(p['account'])}"><b>{esc(p['account'])}</b><span>{esc(p.get('fans',''))}</span><button>订阅</button></div>
{title_block(p, 'h1')}
<div class="newsinfo">{p['info']}</div>
<div class="news_txt">{body}</div>
{after(p)}
<p class="statement">{esc(p.get('statement',''))}</p>
</div>
{related(p, '澎湃号推荐')}
<footer>{footer_lines(p)}</footer>"""
    return b, CSS_BASE


def sm_weibo(p, body):
    b = f"""
<div class="WB_top">{links(['首页','发现','游戏','注册','登录'], ' ')}</div>
<div class="WB_artical">
<div class="cover"><img src="{GIF}" alt="封面图"></div>
{title_block(p, 'div', 'title')}
<div class="W_fl">{p['info']}</div>
<div class="WB_editor_iframe">{body}</div>
{after(p)}
<div class="rd"><span>阅读 {esc(p.get('reads',''))}</span> <a href="#">转发</a> <a href="#">评论</a> <a href="#">赞</a></div>
</div>
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .title{font-size:26px;font-weight:bold}"


# ---------------------------------------------------------------- e-paper
def _banci(p):
    return "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in p['banci'])


def ep_classic(p, body):
    b = f"""
<table width="1000" align="center"><tr><td colspan="2"><b>{esc(p['site'])}</b> {esc(p['issue'])} <a href="#">往期回顾</a> <a href="#">PDF下载</a></td></tr>
<tr><td width="260" valign="top"><div class="bm"><b>版面导航</b><ul>{_banci(p)}</ul></div>
<div class="bt"><b>本版标题</b><ul>{lis(p['bbbt'])}</ul></div></td>
<td valign="top"><div class="cur">{esc(p['cur'])}</div>
<div class="kicker">{esc(p.get('kicker',''))}</div>
<h1 class="title">{p.get('title_html') or esc(p['title'])}</h1>
<div class="subtitle">{esc(p.get('sub',''))}</div>
<div class="info">{p['info']}</div>
<div id="ozoom">{body}</div>{after(p)}
<p><a href="#">上一篇</a> <a href="#">下一篇</a> <a href="#">返回目录</a></p>
</td></tr></table>
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def ep_modern(p, body):
    b = f"""
<div class="ep-head"><span>{esc(p['site'])}</span><span>{esc(p['issue'])}</span><input placeholder="检索"></div>
<div class="ep-wrap"><aside class="ep-left"><img src="{GIF}" alt="版面缩略图"><ol>{_banci(p)}</ol></aside>
<main class="ep-main">
<div class="ep-cur">{esc(p['cur'])}</div>
<div class="ep-art">
<h3 class="yt">{esc(p.get('kicker',''))}</h3>
<h1>{p.get('title_html') or esc(p['title'])}</h1>
<h2 class="ft2">{esc(p.get('sub',''))}</h2>
<div class="ep-meta">{p['info']}</div>
<div class="ep-body">{body}</div>{after(p)}
</div></main>
<aside class="ep-right"><h4>本版新闻</h4><ul>{lis(p['bbbt'])}</ul></aside></div>
<div class="ep-foot">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def ep_list_top(p, body):
    b = f"""
<div class="ban">{esc(p['site'])}·数字报</div>
<div class="rq">{esc(p['issue'])} <a href="#">上一期</a> <a href="#">下一期</a></div>
<div class="banmian">{links(p['banci'], ' ')}</div>
<div class="biaoti"><b>本版标题：</b>{links(p['bbbt'], ' ')}</div>
<div class="cont">
<p class="yt">{esc(p.get('kicker',''))}</p>
<p class="zt">{p.get('title_html') or esc(p['title'])}</p>
<p class="fu">{esc(p.get('sub',''))}</p>
<p class="by">{p['info']}</p>
{body}{after(p)}
</div>
<div class="cur-bm">{esc(p['cur'])}</div>
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .zt{font-size:26px;font-weight:bold;text-align:center}"


def ep_split(p, body):
    b = f"""
<div class="paperTop"><h2>{esc(p['site'])}</h2><p>{esc(p['issue'])}</p></div>
<div class="pageNav">版次：<select><option>{esc(p['cur'])}</option></select> {links(p['banci'], ' ')}</div>
<div class="newsDetail">
<div class="info">{p['info']}</div>
<h4>{esc(p.get('kicker',''))}</h4>
<h1>{p.get('title_html') or esc(p['title'])}</h1>
<h5>{esc(p.get('sub',''))}</h5>
<div class="detail">{body}</div>{after(p)}
</div>
<div class="pageTitles"><h3>{esc(p['cur'])}</h3><ul>{lis(p['bbbt'])}</ul></div>
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def ep_frames(p, body):
    b = f"""
<table width="100%" border="0"><tr><td class="logo">{esc(p['site'])}</td><td>{esc(p['issue'])}</td><td><a href="#">返回首页</a></td></tr></table>
<table width="100%"><tr>
<td valign="top" width="22%"><table class="bc">{''.join(f'<tr><td><a href="#">{esc(x)}</a></td></tr>' for x in p['banci'])}</table></td>
<td valign="top"><table width="100%"><tr><td class="h">{esc(p.get('kicker',''))}</td></tr>
<tr><td class="h1">{p.get('title_html') or esc(p['title'])}</td></tr>
<tr><td class="h">{esc(p.get('sub',''))}</td></tr>
<tr><td class="au">{p['info']}</td></tr>
<tr><td>{body}{after(p)}</td></tr></table></td>
<td valign="top" width="22%"><b>{esc(p['cur'])}</b><table>{''.join(f'<tr><td><a href="#">{esc(x)}</a></td></tr>' for x in p['bbbt'])}</table></td>
</tr></table>
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE + " .h1{font-size:24px;font-weight:bold}"


# ---------------------------------------------------------------- institutions
def inst_univ(p, body):
    b = f"""
<div class="u-top"><img src="{GIF}" alt="{esc(p['site'])}校徽"><span>{esc(p['site'])}新闻网</span><a href="#">学校主页</a><a href="#">投稿系统</a></div>
<div class="u-nav">{links(p['nav'], '')}</div>
<div class="u-crumb">{crumbs(p, ' > ', '当前位置：')}</div>
<div class="u-art">{title_block(p, 'h1')}
<div class="u-info">{p['info']}</div>
<div class="v_news_content">{body}</div>{after(p)}
<div class="u-pn"><p>上一条：<a href="#">{esc(p['prev'])}</a></p><p>下一条：<a href="#">{esc(p['next'])}</a></p></div>
<div class="u-close">【<a href="#">关闭</a>】</div></div>
<div class="u-foot">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def inst_hospital(p, body):
    b = f"""
<div class="hos-top"><span>{esc(p['site'])}</span><span>预约挂号：{esc(p.get('tel',''))}</span><a href="#">智慧医院</a><a href="#">关怀版</a></div>
<div class="hos-nav">{links(p['nav'], ' ')}</div>
<div class="hos-pos">{crumbs(p, ' > ', '')}</div>
<div class="hos-art">{title_block(p, 'h2')}
<div class="hos-info">{p['info']}</div>
<div class="hos-body">{body}</div>{after(p)}
</div>
{related(p, '医院动态')}
<div class="hos-foot">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def inst_soe(p, body):
    b = f"""
<header><div>{esc(p['site'])}</div><nav>{links(p['nav'], ' ')}</nav><a href="#">EN</a></header>
<div class="banner"><img src="{GIF}" alt="新闻中心"><p>新闻中心 NEWS</p></div>
<div class="crumbs">{crumbs(p, ' > ', '首页 > ') if False else ' > '.join(esc(c) for c in p['crumbs'])}</div>
<div class="detail">
<div class="d-date">{p['info']}</div>
{title_block(p, 'h1')}
<div class="d-body">{body}</div>{after(p)}
<div class="d-back"><a href="#">返回列表</a></div>
</div>
<footer>{footer_lines(p)}</footer>"""
    return b, CSS_BASE


def inst_assoc(p, body):
    b = f"""
<table width="980" align="center"><tr><td>{esc(p['site'])}</td><td align="right">{links(['会员登录','入会申请'], ' ')}</td></tr>
<tr><td colspan="2">{links(p['nav'], ' | ')}</td></tr>
<tr><td colspan="2">{crumbs(p, ' » ', '您的位置：')}</td></tr>
<tr><td colspan="2" align="center">{title_block(p, 'h2')}</td></tr>
<tr><td colspan="2" align="center">{p['info']}</td></tr>
<tr><td colspan="2">{body}{after(p)}</td></tr></table>
<div class="ft">{footer_lines(p)}</div>"""
    return b, CSS_BASE


def inst_court(p, body):
    b = f"""
<div class="c-top"><img src="{GIF}" alt="法徽"><span>{esc(p['site'])}</span><a href="#">诉讼服务</a><a href="#">司法公开</a></div>
<div class="c-nav">{links(p['nav'], '')}</div>
<div class="c-crumb">{crumbs(p, ' > ', '当前位置：')}</div>
<div class="c-main">{title_block(p, 'h1')}
<div class="c-info">{p['info']}</div>
<div class="c-body">{body}</div>{after(p)}
<div class="c-share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</div>
{related(p, '相关文章')}
<div class="c-foot">{footer_lines(p)}</div>"""
    return b, CSS_BASE


T = {k: v for k, v in globals().items() if callable(v) and k.split('_')[0] in ('gov', 'media', 'sm', 'ep', 'inst')}
