"""Media site templates: 2020s news portal, 2014 table-layout city portal,
county 融媒体中心 / TV site with a video player, English-language pages."""
from lib import img, links, ul, dated_list, render_body, title_html, shell

CSS_PORTAL = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.7 "PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif;color:#1a1a1a}
a{color:inherit;text-decoration:none}
.bar{background:#222;color:#ccc;font-size:13px}.bar .in{max-width:1200px;margin:0 auto;display:flex;justify-content:space-between;height:34px;align-items:center}
.bar a{margin-right:14px}
.masthead{max-width:1200px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:96px}
.masthead .logo{font-size:30px;font-weight:900;color:#c40000}
.channels{border-top:3px solid #c40000;border-bottom:1px solid #ddd}
.channels ul{max-width:1200px;margin:0 auto;padding:0;display:flex;flex-wrap:wrap}
.channels li{list-style:none;padding:0 16px;line-height:44px;font-size:16px}
.page{max-width:1200px;margin:0 auto;display:flex;gap:40px}
.main{flex:1;min-width:0}
.side{width:300px}
.crumbs{font-size:14px;color:#888;padding:14px 0}
.kicker{font-size:18px;color:#555;margin-top:10px}
h1.title{font-size:32px;line-height:1.4;margin:8px 0 10px}
.subtitle{font-size:19px;color:#444;margin-bottom:10px}
.info{font-size:14px;color:#888;margin:10px 0 20px}
.info span{margin-right:14px}
.tag{display:inline-block;background:#c40000;color:#fff;font-size:13px;padding:0 8px;margin-top:14px}
.related-top{background:#f6f6f6;border-left:3px solid #c40000;padding:10px 16px;margin:0 0 20px;font-size:15px}
.related-top ul{margin:4px 0;padding-left:18px}
.content{font-size:18px;line-height:1.9}
.content p{margin:0 0 20px}
.content h3{font-size:19px}
.dt{border-collapse:collapse;width:100%;font-size:15px}.dt td,.dt th{border:1px solid #ccc;padding:6px}
.editor{text-align:right;color:#888;font-size:14px}
.share{display:flex;gap:14px;color:#666;font-size:14px;margin:20px 0}
.side h3{border-bottom:2px solid #c40000;font-size:17px}
.side ol{padding-left:20px;font-size:15px;line-height:2}
.footer{background:#f2f2f2;margin-top:40px;padding:24px 0;text-align:center;font-size:13px;color:#666;line-height:2}
"""

CSS_OLDPORTAL = """
body{margin:0;font:12px/1.6 宋体,Arial;color:#000;background:#fff}
a{color:#000;text-decoration:none}
.wrap{width:960px;margin:0 auto}
.topnav td{font-size:12px;padding:2px 6px}
.logo td{height:80px}
.chan{background:#b50000}.chan td{color:#fff;font-size:14px;font-weight:bold;text-align:center;height:30px}.chan a{color:#fff}
.loc{border-bottom:1px solid #ccc;padding:6px 0}
.h1{font-size:24px;font-weight:bold;text-align:center;line-height:1.5;padding:16px 0 6px;font-family:黑体}
.ly{text-align:center;color:#666;padding-bottom:6px;border-bottom:1px dotted #999}
.zw{font-size:14px;line-height:2;padding:10px 20px}
.zw p{margin:0 0 10px}
.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #999;padding:3px}
.rt{width:270px;vertical-align:top;padding-left:10px}
.rt .bt{background:#eee;font-weight:bold;padding:4px;border-top:2px solid #b50000}
.foot{border-top:2px solid #b50000;text-align:center;line-height:22px;padding:10px 0;color:#333}
"""

CSS_RONGMEI = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.8 "Microsoft YaHei",sans-serif;background:#eef2f7;color:#333}
a{color:inherit;text-decoration:none}
.hd{background:#0a3d91;color:#fff}.hd .in{width:1180px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:90px}
.hd .name{font-size:28px;font-weight:bold}
.hd .right a{margin-left:14px;font-size:13px}
.navs{background:#fff;box-shadow:0 1px 3px #ccc}.navs .in{width:1180px;margin:0 auto}
.navs a{display:inline-block;padding:0 22px;line-height:48px;font-size:16px}
.box{width:1180px;margin:20px auto;background:#fff;padding:26px 60px}
.pos{font-size:13px;color:#888;margin-bottom:10px}
.box h1{font-size:28px;line-height:1.5;margin:10px 0}
.tagline{color:#0a3d91;font-weight:bold}
.mt{color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:10px}
.mt span{margin-right:18px}
.player{width:860px;height:484px;margin:20px auto;background:#000;color:#fff;position:relative}
.player .poster{padding-top:200px;text-align:center}
.player .ctrl{position:absolute;bottom:0;left:0;right:0;height:40px;line-height:40px;background:rgba(0,0,0,.6);padding:0 14px;display:flex;gap:16px}
.txt{font-size:17px;line-height:2}
.txt p{margin:0 0 16px}
.credit{color:#666;font-size:14px;border-top:1px dashed #ddd;padding-top:10px}
.credit p{margin:2px 0}
.more h4{border-left:4px solid #0a3d91;padding-left:8px}
.more li{line-height:2}
.ft{background:#0a3d91;color:#c8d6ee;text-align:center;font-size:13px;padding:20px 0;line-height:2}
"""

CSS_EN = """
*{box-sizing:border-box}
body{margin:0;font:17px/1.6 Georgia,"Times New Roman",serif;color:#111;background:#fff}
a{color:#0b4ea2;text-decoration:none}
.top{background:#0b2545;color:#fff;font:13px Arial,sans-serif}.top .in{max-width:1140px;margin:0 auto;display:flex;justify-content:space-between;height:32px;align-items:center}
.top a{color:#fff;margin-left:12px}
.mast{max-width:1140px;margin:0 auto;padding:18px 0;display:flex;justify-content:space-between;align-items:center;font-family:Arial,sans-serif}
.mast .brand{font-size:34px;font-weight:bold;color:#0b2545}
.sections{border-top:1px solid #ccc;border-bottom:3px solid #0b2545;font:bold 14px Arial,sans-serif}
.sections ul{max-width:1140px;margin:0 auto;padding:0;display:flex}
.sections li{list-style:none;padding:12px 14px}
.wrap{max-width:1140px;margin:0 auto;display:flex;gap:40px}
.story{flex:1}
.crumb{font:13px Arial,sans-serif;color:#666;margin:16px 0}
.story h1{font-size:38px;line-height:1.2;margin:6px 0 14px}
.dek{font-size:20px;color:#444;font-style:italic}
.byline{font:14px Arial,sans-serif;color:#555;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:8px 0;margin:14px 0}
.story p{margin:0 0 18px}
figure{margin:0 0 18px}figcaption{font:13px Arial,sans-serif;color:#666}
.aside{width:300px;font-family:Arial,sans-serif;font-size:14px}
.aside h3{border-bottom:2px solid #0b2545}
.foot{background:#0b2545;color:#aab4c8;font:13px Arial,sans-serif;text-align:center;padding:20px;margin-top:30px}
.foot a{color:#fff}
"""


def portal_new(pg):
    body, gold = render_body(pg["blocks"], pg.get("pst", "p"), pg.get("hst", "h3"))
    chans = "".join(f"<li>{x}</li>" for x in pg["channels"])
    kicker = f'<div class="kicker">{pg["kicker"]}</div>' if pg.get("kicker") else ""
    sub = f'<div class="subtitle">{pg["subtitle"]}</div>' if pg.get("subtitle") else ""
    tag = f'<span class="tag">{pg["tag"]}</span>' if pg.get("tag") else ""
    info = f'<div class="info">{pg["info"]}</div>'
    above = info if pg.get("info_above") else ""
    below = "" if pg.get("info_above") else info
    side = "".join(f"<h3>{h}</h3><ol>" + "".join(f'<li><a href="#">{x}</a></li>' for x in items) + "</ol>"
                   for h, items in pg["side"])
    html = f"""<div class="bar"><div class="in"><div>{pg['bar_l']}</div><div>{pg['bar_r']}</div></div></div>
<div class="masthead"><div class="logo">{img(pg['logo_alt'], gif=True)}{pg.get('logo_text','')}</div>
<div><input type="text" placeholder="{pg.get('placeholder','请输入关键词')}"> <button>搜索</button></div></div>
<nav class="channels"><ul>{chans}</ul></nav>
<div class="page"><div class="main">
<div class="crumbs">{pg['crumbs']}</div>
{tag}{above}{kicker}
{title_html(pg)}
{sub}{below}
{pg.get('pre_body','')}
<div class="content">{body}</div>
{pg.get('post_body','')}
<div class="share">{pg.get('share','<span>分享到：</span><a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a><a href="#">复制链接</a>')}</div>
{pg.get('after','')}
</div>
<aside class="side">{side}</aside></div>
<div class="footer">{pg['footer']}</div>"""
    return shell(pg, CSS_PORTAL, html), gold


def portal_old(pg):
    body, gold = render_body(pg["blocks"], pg.get("pst", "u3000"), pg.get("hst", "strong"))
    chancells = "".join(f'<td><a href="#">{x}</a></td>' for x in pg["channels"])
    side = "".join(f'<div class="bt">{h}</div>' + ul(items) for h, items in pg["side"])
    html = f"""<table class="wrap topnav" width="960" align="center"><tr><td>{pg['bar_l']}</td><td align="right">{pg['bar_r']}</td></tr></table>
<table class="wrap logo" width="960" align="center"><tr><td>{img(pg['logo_alt'])}</td><td align="right">{img(pg.get('ad_alt','广告'), gif=True)}</td></tr></table>
<table class="wrap chan" width="960" align="center"><tr>{chancells}</tr></table>
<table class="wrap" width="960" align="center"><tr><td valign="top">
<div class="loc">{pg['crumbs']}</div>
<div class="h1">{'<br>'.join(pg['title_lines'])}</div>
<div class="ly">{pg['info']}</div>
{pg.get('pre_body','')}
<div class="zw">{body}</div>
{pg.get('post_body','')}
{pg.get('after','')}
</td><td class="rt">{side}</td></tr></table>
<div class="wrap foot">{pg['footer']}</div>"""
    return shell(pg, CSS_OLDPORTAL, html), gold


def rongmei(pg):
    body, gold = render_body(pg["blocks"], pg.get("pst", "indent"), pg.get("hst", "strong"))
    player = ""
    if pg.get("video"):
        player = (f'<div class="player"><div class="poster">{img(pg["video"], gif=True)}</div>'
                  f'<div class="ctrl"><span>▶</span><span>00:00 / {pg.get("duration","02:36")}</span>'
                  f'<span>倍速</span><span>高清</span><span>全屏</span></div></div>')
    html = f"""<div class="hd"><div class="in"><div class="name">{img(pg['logo_alt'], gif=True)}{pg['logo_text']}</div>
<div class="right">{pg['hd_r']}</div></div></div>
<div class="navs"><div class="in">{links(pg['channels'])}</div></div>
<div class="box">
<div class="pos">{pg['crumbs']}</div>
{pg.get('above_title','')}
{title_html(pg)}
<div class="mt">{pg['info']}</div>
{pg.get('pre_body','')}
{player}
<div class="txt">{body}</div>
<div class="credit">{pg.get('credit','')}</div>
<div class="more">{pg.get('after','')}</div>
</div>
<div class="ft">{pg['footer']}</div>"""
    return shell(pg, CSS_RONGMEI, html), gold


def english(pg):
    body, gold = render_body(pg["blocks"], "p", "h3")
    secs = "".join(f"<li>{x}</li>" for x in pg["channels"])
    dek = f'<p class="dek">{pg["dek"]}</p>' if pg.get("dek") else ""
    aside = "".join(f"<h3>{h}</h3>" + ul(items) for h, items in pg["side"])
    html = f"""<div class="top"><div class="in"><div>{pg['bar_l']}</div><div>{pg['bar_r']}</div></div></div>
<div class="mast"><div class="brand">{img(pg['logo_alt'], gif=True)}{pg['logo_text']}</div><div><input type="search" placeholder="Search"> <button>Go</button></div></div>
<nav class="sections"><ul>{secs}</ul></nav>
<div class="wrap"><article class="story">
<div class="crumb">{pg['crumbs']}</div>
{title_html(pg)}
{dek}
<div class="byline">{pg['info']}</div>
{pg.get('pre_body','')}
{body}
{pg.get('post_body','')}
{pg.get('after','')}
</article><aside class="aside">{aside}</aside></div>
<div class="foot">{pg['footer']}</div>"""
    return shell(pg, CSS_EN, html), gold
