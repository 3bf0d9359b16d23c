"""Government site templates: 2010s table layout, 2016-2019 div layout,
2020s portal with 无障碍/长者模式, 信息公开 page with a metadata table."""
from lib import img, links, ul, dated_list, render_body, title_html, shell

CSS_OLD = """
body{margin:0;font:12px/1.8 宋体,SimSun;background:#e9eef4;color:#333}
table{border-collapse:collapse}
.wrap{width:1000px;margin:0 auto;background:#fff}
.topline td{height:26px;padding:0 10px;background:#f3f3f3}
.nav td{background:#1b5fa8;color:#fff;height:34px;text-align:center;font-size:14px}
.nav a{color:#fff;text-decoration:none}
.left{width:220px;vertical-align:top;background:#f7f9fc;padding:8px}
.left h3{background:#1b5fa8;color:#fff;margin:0;padding:4px 8px;font-size:14px}
.right{vertical-align:top;padding:10px 16px}
.pos{border-bottom:1px dashed #ccc;padding:4px 0}
.art .t{font-size:20px;font-weight:bold;color:#c00;text-align:center;padding:18px 0 8px}
.art .info{text-align:center;color:#666;border-bottom:1px solid #ddd;padding-bottom:6px}
.art .content{font-size:14px;line-height:2;padding:12px 6px}
.dt{border-collapse:collapse;margin:8px auto}.dt td,.dt th{border:1px solid #999;padding:3px 6px}
.foot td{background:#1b5fa8;color:#fff;text-align:center;line-height:24px;padding:8px}
.foot a{color:#fff}
"""

CSS_MID = """
body{margin:0;font:14px/1.8 "Microsoft YaHei",微软雅黑,Arial;color:#333;background:#fff}
a{color:#333;text-decoration:none}
.container{width:1200px;margin:0 auto}
.topbar{background:#f5f5f5;height:32px;line-height:32px;font-size:12px}
.topbar .l{float:left}.topbar .r{float:right}.topbar a{margin-left:12px}
.header{height:120px;background:#0d5aa7;color:#fff;clear:both}
.header .logo{float:left;margin-top:28px;font-size:30px}
.header .search{float:right;margin-top:44px}
.mainnav{background:#08457f}.mainnav a{display:inline-block;color:#fff;padding:0 26px;line-height:46px;font-size:16px}
.crumb{padding:12px 0;border-bottom:1px solid #e5e5e5;color:#666}
.article{padding:20px 60px}
.article h1{font-size:26px;text-align:center;color:#222;line-height:1.5;margin:18px 0}
.article .sub{text-align:center;font-size:18px;color:#555}
.infobar{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding:8px 0}
.infobar span{margin:0 8px}
.content{font-size:16px;line-height:2;padding:16px 0}
.content p{margin:0 0 12px}
.dt{border-collapse:collapse;margin:10px auto;width:96%}.dt td,.dt th{border:1px solid #aaa;padding:4px 8px;font-size:14px}
.tools{text-align:right;color:#666;padding:8px 0;border-top:1px solid #eee}
.prevnext{padding:10px 0;line-height:2}
.related h4{border-bottom:2px solid #0d5aa7;margin:10px 0}
.related li{list-style:none;line-height:2}.related li span{float:right;color:#999}
.footer{background:#0d5aa7;color:#dfe9f5;text-align:center;padding:18px 0;line-height:2;font-size:13px;clear:both}
.footer a{color:#dfe9f5}
"""

CSS_NEW = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.75 "PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#f4f6f9}
a{color:inherit;text-decoration:none}
.w{max-width:1200px;margin:0 auto;padding:0 20px}
.util{background:#fff;border-bottom:1px solid #eee;font-size:13px}
.util .w{display:flex;justify-content:space-between;height:36px;align-items:center}
.util .links a{margin-left:16px}
.hero{background:linear-gradient(#b8131a,#d7282f);color:#fff}
.hero .w{display:flex;justify-content:space-between;align-items:center;height:130px}
.hero .brand{font-size:32px;font-weight:bold;letter-spacing:2px}
.hero form{display:flex}.hero input{width:260px;height:38px;border:0;padding:0 10px}.hero button{height:38px;border:0;background:#fc0}
nav.menu{background:#9e0f15}nav.menu ul{display:flex;margin:0 auto;max-width:1200px;padding:0}
nav.menu li{list-style:none;flex:1;text-align:center;line-height:50px;color:#fff;font-size:17px}
.path{font-size:14px;color:#666;padding:14px 0}
.card{background:#fff;padding:30px 70px 40px;margin-bottom:24px;border-radius:4px}
.card h1{font-size:28px;text-align:center;line-height:1.5;margin:10px 0 14px}
.meta{display:flex;justify-content:center;flex-wrap:wrap;gap:18px;font-size:14px;color:#777;border-bottom:1px solid #e6e6e6;padding-bottom:14px}
.article-body{font-size:17px;line-height:2;padding-top:20px}
.article-body p{margin:0 0 14px}
.article-body h3{font-size:18px;margin:18px 0 10px}
.dt{border-collapse:collapse;width:100%;font-size:14px}.dt th{background:#f0f0f0}.dt td,.dt th{border:1px solid #ccc;padding:6px}
.share{display:flex;gap:10px;align-items:center;justify-content:flex-end;font-size:13px;color:#888;margin-top:30px}
.pn{border-top:1px solid #eee;margin-top:16px;padding-top:12px;font-size:15px}
.pn div{margin:4px 0}
.rel{background:#fff;padding:20px 70px;margin-bottom:24px}
.rel h2{font-size:18px;border-left:4px solid #b8131a;padding-left:10px}
.rel li{list-style:none;display:flex;justify-content:space-between;border-bottom:1px dashed #eee;line-height:2.4}
footer{background:#2c2f36;color:#aab;font-size:13px;padding:28px 0}
footer .w{display:flex;gap:40px;align-items:center}
footer .qr{text-align:center;font-size:12px}
footer .txt p{margin:4px 0}
"""


def gov_old(pg):
    body, gold = render_body(pg["blocks"], pg.get("pst", "u3000"), pg.get("hst", "strong"))
    side = "".join(f"<h3>{h}</h3>" + ul(items) for h, items in pg["sidebar"])
    navcells = "<td>|</td>".join(f'<td><a href="#">{x}</a></td>' for x in pg["nav"])
    html = f"""<table class="wrap" width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td>{img(pg['banner_alt'], gif=True)}</td></tr>
<tr><td><table class="topline" width="100%"><tr><td>{pg['today']}</td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">联系我们</a></td></tr></table></td></tr>
<tr><td><table class="nav" width="100%"><tr>{navcells}</tr></table></td></tr>
<tr><td><table width="100%"><tr><td class="left">{side}</td>
<td class="right"><div class="pos">{pg['crumbs']}</div>
<table class="art" width="100%">
<tr><td class="t">{'<br>'.join(pg['title_lines'])}</td></tr>
<tr><td class="info">{pg['info']}</td></tr>
<tr><td class="content">{pg.get('pre_body','')}{body}{pg.get('post_body','')}</td></tr>
<tr><td align="right">{pg.get('tools','【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】')}</td></tr>
</table>
{pg.get('after','')}
</td></tr></table></td></tr>
<tr><td><table class="foot" width="100%"><tr><td>{pg['footer']}</td></tr></table></td></tr>
</table>"""
    return shell(pg, CSS_OLD, html), gold


def gov_mid(pg):
    body, gold = render_body(pg["blocks"], pg.get("pst", "indent"), pg.get("hst", "strong"))
    sub = f'<div class="sub">{pg["subtitle"]}</div>' if pg.get("subtitle") else ""
    above = pg.get("above_title", "")
    html = f"""<div class="topbar"><div class="container"><div class="l">{pg['topbar_l']}</div><div class="r">{pg['topbar_r']}</div></div></div>
<div class="header"><div class="container"><div class="logo">{img(pg['banner_alt'])}{pg.get('logo_text','')}</div>
<div class="search"><input type="text" placeholder="{pg.get('placeholder','请输入关键字')}"><input type="submit" value="搜索"></div></div></div>
<div class="mainnav"><div class="container">{links(pg['nav'])}</div></div>
<div class="container">
<div class="crumb">{pg['crumbs']}</div>
<div class="article">
{above}
<h1>{'<br>'.join(pg['title_lines'])}</h1>{sub}
<div class="infobar">{pg['info']}</div>
{pg.get('pre_body','')}
<div class="content">{body}</div>
{pg.get('post_body','')}
<div class="tools">{pg.get('tools','【<a href="#">打印</a>】 【<a href="#">关闭</a>】')}</div>
<div class="prevnext">{pg['prevnext']}</div>
<div class="related">{pg.get('related','')}</div>
</div></div>
<div class="footer">{pg['footer']}</div>"""
    return shell(pg, CSS_MID, html), gold


def gov_new(pg):
    body, gold = render_body(pg["blocks"], pg.get("pst", "p"), pg.get("hst", "h3"))
    navli = "".join(f"<li>{x}</li>" for x in pg["nav"])
    html = f"""<div class="util"><div class="w"><div>{pg['util_l']}</div><div class="links">{pg['util_r']}</div></div></div>
<header class="hero"><div class="w"><div class="brand">{img(pg['banner_alt'], gif=True)}{pg.get('brand','')}</div>
<form><input type="search" placeholder="{pg.get('placeholder','搜索本站内容')}"><button type="button">搜索</button></form></div></header>
<nav class="menu"><ul>{navli}</ul></nav>
<main class="w">
<div class="path">{pg['crumbs']}</div>
<article class="card">
{pg.get('above_title','')}
{title_html(pg)}
{pg.get('below_title','')}
{pg.get('pre_body','')}
<div class="article-body">{body}</div>
{pg.get('post_body','')}
<div class="share">{pg.get('share','分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a>')}</div>
<div class="pn">{pg['prevnext']}</div>
</article>
{pg.get('related','')}
</main>
<footer><div class="w">{pg['footer']}</div></footer>"""
    return shell(pg, CSS_NEW, html), gold
