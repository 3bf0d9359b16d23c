"""Page skeletons imitating kinds of Chinese sites. Each takes a page dict and returns html."""
from common import E, img, body_html

def head(p, css, charset="utf-8"):
    return (f'<!DOCTYPE html>\n<html lang="{"en" if p["lang"]=="en" else "zh-CN"}"><head>'
            f'<meta charset="{charset}"><title>{E(p["title"])}_{E(p["site"])}</title>'
            f'<style>{css}</style></head>\n')

def foot(p, style="gov"):
    f = p.get("footer") or {}
    zb = f.get("zb", p["site"])
    lines = [f"主办：{E(zb)}"]
    if f.get("cb"): lines.append(f"承办：{E(f['cb'])}")
    if f.get("addr"): lines.append(f"地址：{E(f['addr'])}")
    if f.get("tel"): lines.append(f"联系电话：{E(f['tel'])}")
    lines.append(f"{E(f.get('icp','冀ICP备10023456号-1'))}")
    if f.get("ga"): lines.append(f"{E(f['ga'])}")
    if f.get("bsm"): lines.append(f"网站标识码：{E(f['bsm'])}")
    if style == "gov":
        return ('<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p><p>'
                + "　".join(lines) + f'</p><p>{img("党政机关")} {img("政府网站找错")}</p></div>')
    return '<div class="footer"><p>' + " | ".join(lines) + '</p><p>Copyright © 2025 版权所有 未经授权禁止转载</p></div>'

def crumbs(p):
    c = p.get("crumbs", ["首页", "新闻中心"])
    return " &gt; ".join(f'<a href="#">{E(x)}</a>' for x in c)

def related(p, label="相关阅读"):
    r = p.get("related")
    if not r: return ""
    return f'<div class="rel"><h4>{label}</h4><ul>' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in r) + "</ul></div>"

def prevnext(p):
    pn = p.get("prevnext")
    if not pn: return ""
    return f'<div class="pn"><p>上一篇：<a href="#">{E(pn[0])}</a></p><p>下一篇：<a href="#">{E(pn[1])}</a></p></div>'

def bar(p):
    return f'<div class="{p.get("barcls","info")}">{p["bar"]}</div>' if p.get("bar") else ""

def titleh(p, tag="h1"):
    t = p.get("title_html") or E(p["title"])
    return f"<{tag} class=\"tt\">{t}</{tag}>"

# ---------------------------------------------------------------- government
GOV_TABLE_CSS = ("body{margin:0;font:12px/1.8 宋体,SimSun;background:#eef3f8}table{border-collapse:collapse}"
 ".wrap{width:1000px;margin:0 auto;background:#fff}.banner{background:#b3141b;color:#fff;height:110px;font-size:34px;padding-left:30px}"
 ".nav td{background:#c7161e;color:#fff;padding:6px 14px}.tt{font-size:22px;color:#b3141b;text-align:center}"
 ".info{text-align:center;border-bottom:1px dashed #ccc;color:#666}.content p{text-indent:2em;font-size:16px}"
 ".footer{text-align:center;background:#eee;padding:10px}.bt td,.bt th{border:1px solid #999}.sub{text-indent:0!important}"
 ".byl,.edit{text-align:right}")

def gov_table(p):
    nav = "".join(f"<td><a href=\"#\">{x}</a></td>" for x in ["首页", "政务动态", "信息公开", "政务服务", "互动交流", "走进" + p.get("short", "本县")])
    above = bar(p) if p.get("barpos") == "above" else ""
    below = bar(p) if p.get("barpos", "below") == "below" else ""
    bottom = bar(p) if p.get("barpos") == "bottom" else ""
    return head(p, GOV_TABLE_CSS, p.get("charset", "gb2312")) + f"""<body><table class="wrap" width="1000" align="center"><tr><td>
<table width="100%"><tr><td class="banner">{img(p['site'] + '标识')} {E(p['site'])}</td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a><br>
<input type="text" value="请输入关键字"> <input type="button" value="搜索"></td></tr></table>
<table class="nav" width="100%"><tr>{nav}</tr></table>
<table width="100%"><tr><td>当前位置：{crumbs(p)}</td></tr></table>
<table width="96%" align="center"><tr><td>
{above}{titleh(p)}{below}
<div class="tools" style="text-align:right">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">{body_html(p['body'])}</div>
{bottom}
{('<p class="edit">' + E(p['editor']) + '</p>') if p.get('editor') else ''}
<p style="text-align:right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
{prevnext(p)}{related(p)}
</td></tr></table>
{foot(p)}
</td></tr></table></body></html>
"""

GOV_DIV_CSS = ("body{margin:0;font:14px/1.9 'Microsoft YaHei',sans-serif;color:#333}.top{background:#f5f5f5;font-size:12px;padding:4px 40px}"
 ".top a{margin-right:12px}.head{background:linear-gradient(#0b5fb4,#1a78d2);color:#fff;padding:26px 40px;font-size:30px}"
 ".menu{display:flex;background:#094f97}.menu a{color:#fff;padding:10px 22px}.main{width:1100px;margin:20px auto}"
 ".pos{color:#888;border-bottom:2px solid #0b5fb4;padding-bottom:6px}.tt{text-align:center;font-size:26px;color:#0b5fb4;margin:24px 0 10px}"
 ".info{background:#f2f6fa;text-align:center;color:#777;padding:6px}.info span{margin:0 12px}.article p{text-indent:2em;font-size:17px}"
 ".footer{background:#0b5fb4;color:#dfe9f5;text-align:center;padding:16px;font-size:12px}.share{text-align:right;color:#666}"
 ".rel li{list-style:square}.idx{width:100%;border:1px solid #cfdcea;margin-bottom:16px}.idx td{border:1px solid #cfdcea;padding:4px 8px}"
 ".idx .k{background:#eef4fa;width:12%}.bt td,.bt th{border:1px solid #aaa}.byl{text-align:right}.sub{text-indent:0!important}")

def gov_div(p):
    idx = ""
    if p.get("index"):
        cells = p["index"]
        rows = []
        for i in range(0, len(cells), 2):
            rows.append("<tr>" + "".join(f'<td class="k">{E(k)}</td><td>{E(v)}</td>' for k, v in cells[i:i+2]) + "</tr>")
        idx = '<table class="idx">' + "".join(rows) + "</table>"
    doc = ""
    if p.get("docno"):
        doc = f'<p class="docno" style="text-align:center">{E(p["docno"])}</p>'
    bp = p.get("barpos", "below")
    return head(p, GOV_DIV_CSS) + f"""<body>
<div class="top"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><span>{E(p.get('weather','今天是：'))}</span></div>
<div class="head">{img(p['site'])} {E(p['site'])}<form style="float:right"><input placeholder="搜索本站内容"><button>搜索</button></form></div>
<div class="menu"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政策文件</a><a href="#">政策解读</a><a href="#">办事服务</a><a href="#">互动交流</a></div>
<div class="main"><div class="pos">您现在的位置：{crumbs(p)}</div>
{idx}{bar(p) if bp=='above' else ''}{titleh(p)}{doc}{bar(p) if bp=='below' else ''}
<div class="article">{body_html(p['body'])}</div>
{bar(p) if bp=='bottom' else ''}
{('<p class="edit" style="text-align:right">' + E(p['editor']) + '</p>') if p.get('editor') else ''}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　<a href="#">【打印】</a><a href="#">【关闭】</a></div>
{prevnext(p)}{related(p, '相关文件')}
</div>{foot(p)}</body></html>
"""

GOV_FLEX_CSS = ("*{box-sizing:border-box}body{margin:0;font:16px/1.8 -apple-system,'PingFang SC','Microsoft YaHei';background:#f7f7f7}"
 "header{display:flex;justify-content:space-between;align-items:center;padding:12px 5vw;background:#fff;border-bottom:3px solid #d7261e}"
 ".logo{font-size:22px;font-weight:bold;color:#d7261e}.acc a{margin-left:10px;font-size:13px}nav{display:flex;flex-wrap:wrap;gap:4px;background:#d7261e;padding:0 5vw}"
 "nav a{color:#fff;padding:8px 14px}.layout{display:flex;gap:24px;max-width:1200px;margin:20px auto}.layout article{flex:3;background:#fff;padding:24px 40px}"
 ".layout aside{flex:1;background:#fff;padding:16px}.tt{font-size:28px;line-height:1.4;text-align:center}.info{display:flex;justify-content:center;gap:20px;color:#999;font-size:14px}"
 ".article p{text-indent:2em}.footer{background:#333;color:#aaa;text-align:center;padding:20px;font-size:13px}.bt{border-collapse:collapse;width:100%}"
 ".bt td,.bt th{border:1px solid #ccc;padding:4px}.sub{text-indent:0!important;color:#d7261e}.byl{text-align:right}.fs{color:#888;font-size:13px;text-align:right}")

def gov_flex(p):
    bp = p.get("barpos", "below")
    side = "".join(f"<li><a href=\"#\">{E(x)}</a></li>" for x in p.get("side", ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"]))
    return head(p, GOV_FLEX_CSS) + f"""<body>
<header><div class="logo">{img('国徽')} {E(p['site'])}</div><div class="acc"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">登录</a><input placeholder="请输入搜索内容"><button>搜索</button></div></header>
<nav><a href="#">首页</a><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">数据发布</a></nav>
<div class="layout"><article><div class="crumb">{crumbs(p)}</div>
{bar(p) if bp=='above' else ''}{titleh(p)}{bar(p) if bp=='below' else ''}
<div class="fs">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="#">打印</a>　<span>扫一扫在手机打开当前页</span> {img('二维码')}</div>
<div class="article">{body_html(p['body'])}</div>
{bar(p) if bp=='bottom' else ''}
{('<p class="edit" style="text-align:right;color:#999">' + E(p['editor']) + '</p>') if p.get('editor') else ''}
{prevnext(p)}</article>
<aside><h4>信息公开</h4><ul>{side}</ul>{related(p)}</aside></div>
{foot(p)}</body></html>
"""

# ---------------------------------------------------------------- media
MEDIA_PORTAL_CSS = ("body{margin:0;font:14px/1.8 'Microsoft YaHei',SimHei;color:#222}.topbar{background:#222;color:#ccc;font-size:12px;padding:4px 30px}"
 ".topbar a{color:#ccc;margin-right:10px}.mast{display:flex;align-items:center;gap:30px;padding:14px 30px}.mast .logo{font-size:32px;color:#c00;font-weight:bold}"
 ".chan{background:#c00;padding:0 30px}.chan a{color:#fff;display:inline-block;padding:8px 12px}.wrap{width:1180px;margin:0 auto;display:flex;gap:30px}"
 ".left{width:800px}.right{width:340px}.tt{font-size:30px;line-height:1.35;margin:18px 0 8px}.info{color:#888;border-bottom:1px solid #eee;padding-bottom:8px}"
 ".info span{margin-right:16px}.kicker{color:#c00;font-size:16px}.dek{font-size:18px;color:#555}.article p{font-size:18px;text-indent:2em;margin:0 0 1em}"
 ".cap{color:#666;font-size:14px;text-indent:0!important}.edit{color:#999;text-align:right}.right h4{border-left:4px solid #c00;padding-left:8px}"
 ".footer{background:#f1f1f1;text-align:center;padding:18px;font-size:12px;margin-top:30px}.share a{margin-right:8px}.bt{border-collapse:collapse}.bt td,.bt th{border:1px solid #bbb;padding:3px 8px}"
 ".sub{text-indent:0!important}.byl{text-align:right}blockquote{border-left:3px solid #c00;margin:0 2em;padding-left:1em;color:#444}")

def media_portal(p):
    bp = p.get("barpos", "below")
    hot = "".join(f"<li><a href=\"#\">{E(x)}</a></li>" for x in p.get("hot", ["全省春耕生产有序推进", "多地发布高温预警", "重点项目建设观摩活动举行", "文旅消费持续升温"]))
    kick = f'<p class="kicker">{E(p["kicker"])}</p>' if p.get("kicker") else ""
    dek = f'<p class="dek">{E(p["dek"])}</p>' if p.get("dek") else ""
    return head(p, MEDIA_PORTAL_CSS) + f"""<body>
<div class="topbar"><a href="#">登录</a><a href="#">注册</a><a href="#">客户端</a><a href="#">数字报</a><a href="#">无障碍</a>{E(p.get('topdate',''))}</div>
<div class="mast"><div class="logo">{img(p['site'] + ' logo')} {E(p['site'])}</div><div><input placeholder="搜索"><button>搜索</button></div></div>
<div class="chan"><a href="#">首页</a><a href="#">时政</a><a href="#">本地</a><a href="#">经济</a><a href="#">社会</a><a href="#">文旅</a><a href="#">评论</a><a href="#">视频</a><a href="#">图片</a></div>
<div class="wrap"><div class="left"><div class="crumb">{crumbs(p)}</div>
{bar(p) if bp=='above' else ''}{kick}{titleh(p)}{dek}{bar(p) if bp=='below' else ''}
<div class="article">{body_html(p['body'])}</div>
{bar(p) if bp=='bottom' else ''}
{('<p class="edit">' + E(p['editor']) + '</p>') if p.get('editor') else ''}
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a><a href="#">复制链接</a></div>
{prevnext(p)}{related(p)}</div>
<div class="right"><h4>热点新闻</h4><ul>{hot}</ul><p>{img('客户端二维码')}</p><p>扫码下载客户端</p></div></div>
{foot(p, 'media')}</body></html>
"""

MEDIA_FLEX_CSS = ("*{box-sizing:border-box}body{margin:0;font:17px/1.75 'Noto Sans SC','PingFang SC',sans-serif;color:#1a1a1a;background:#fff}"
 ".hd{position:relative;display:flex;align-items:center;justify-content:space-between;padding:10px 4vw;border-bottom:1px solid #e5e5e5}"
 ".hd .logo{font-size:24px;color:#0a4ea2;font-weight:700}.hd nav a{margin:0 10px;color:#333}.container{max-width:760px;margin:30px auto;padding:0 16px}"
 ".tt{font-size:32px;line-height:1.3;font-weight:700}.info{display:flex;flex-wrap:wrap;gap:14px;color:#8a8a8a;font-size:14px;margin:10px 0 24px}"
 ".article p{margin:0 0 1.1em}.cap{font-size:14px;color:#777;text-align:center}.sub{font-weight:700}.tags a{display:inline-block;background:#f0f4fa;padding:2px 10px;margin-right:6px;border-radius:12px}"
 ".footer{border-top:1px solid #e5e5e5;color:#999;font-size:13px;text-align:center;padding:24px}.edit{color:#999;font-size:14px}.bt{border-collapse:collapse;width:100%}.bt td,.bt th{border:1px solid #ddd;padding:6px}"
 ".byl{color:#555}blockquote{background:#f6f8fb;margin:0;padding:10px 20px}.more{margin-top:30px}.more li{margin:6px 0}")

def media_flex(p):
    bp = p.get("barpos", "below")
    lang_en = p["lang"] == "en"
    nav = ["Home", "China", "World", "Business", "Culture", "Travel", "Opinion"] if lang_en else ["首页", "要闻", "区县", "民生", "财经", "文化", "视频"]
    tags = "".join(f'<a href="#">{E(t)}</a>' for t in p.get("tags", []))
    kick = f'<p class="kicker">{E(p["kicker"])}</p>' if p.get("kicker") else ""
    rlabel = "Related Stories" if lang_en else "相关新闻"
    return head(p, MEDIA_FLEX_CSS) + f"""<body>
<div class="hd"><div class="logo">{img(p['site'])} {E(p['site'])}</div><nav>{''.join(f'<a href="#">{x}</a>' for x in nav)}</nav><div><input placeholder="{'Search' if lang_en else '搜索'}"></div></div>
<div class="container"><div class="crumb">{crumbs(p)}</div>
{bar(p) if bp=='above' else ''}{kick}{titleh(p)}{bar(p) if bp=='below' else ''}
<div class="article">{body_html(p['body'])}</div>
{bar(p) if bp=='bottom' else ''}
{('<p class="edit">' + E(p['editor']) + '</p>') if p.get('editor') else ''}
<div class="tags">{tags}</div>
<div class="share">{'Share:' if lang_en else '分享：'} <a href="#">WeChat</a> <a href="#">Weibo</a> <a href="#">{'Facebook' if lang_en else '朋友圈'}</a></div>
{related(p, rlabel).replace('class="rel"', 'class="rel more"')}</div>
<div class="footer">{E(p.get('copy', 'Copyright © 2025 ' + p['site'] + ' All rights reserved.'))}<br>{E((p.get('footer') or {}).get('icp', '粤ICP备12034567号'))}　{E((p.get('footer') or {}).get('ga', ''))}</div></body></html>
"""

# ---------------------------------------------------------------- self-media
WX_CSS = ("body{margin:0;background:#fff;font:17px/1.75 -apple-system,'PingFang SC','Helvetica Neue',sans-serif;color:rgba(0,0,0,.9)}"
 ".rich_media{max-width:677px;margin:0 auto;padding:20px 16px}.tt{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:400}"
 ".meta{color:rgba(0,0,0,.3);font-size:15px}.meta span{margin-right:8px}.meta a{color:#576b95}.article p{margin:0 0 16px;text-align:justify}"
 ".sub{color:#07c160}.cap{font-size:13px;color:#888;text-align:center}.tail{color:rgba(0,0,0,.3);font-size:14px;margin-top:24px}"
 ".qr{border:1px solid #eee;text-align:center;padding:12px;margin-top:20px}.bt{border-collapse:collapse;width:100%}.bt td,.bt th{border:1px solid #ddd;padding:4px}"
 "blockquote{border-left:3px solid #dbdbdb;padding-left:10px;color:#666;margin:0}.byl{color:#888;font-size:15px}")

def wechat(p):
    orig = '<span class="orig">原创</span>' if p.get("orig") else ""
    return head(p, WX_CSS) + f"""<body><div class="rich_media">
{titleh(p)}
<div class="meta">{orig}<span>{E(p.get('wxauthor',''))}</span><a href="#">{E(p['account'])}</a> <span>{E(p['time'])}</span> <span>{E(p.get('loc',''))}</span></div>
<div class="article">{body_html(p['body'])}</div>
<div class="tail">{E(p.get('tail',''))}</div>
<div class="qr">{img('公众号二维码')}<p>长按识别二维码 关注我们</p></div>
<p class="tail">阅读 {p.get('reads','1.2万')}　<a href="#">分享</a>　<a href="#">收藏</a>　<a href="#">点赞</a>　<a href="#">在看</a></p>
<p class="tail">写留言</p></div></body></html>
"""

APP_CSS = ("*{box-sizing:border-box}body{margin:0;font:17px/1.7 -apple-system,'PingFang SC',sans-serif;background:#fff;color:#222}"
 ".openapp{position:sticky;top:0;display:flex;justify-content:space-between;align-items:center;background:#fafafa;padding:8px 14px;border-bottom:1px solid #eee}"
 ".openapp b{color:#f04142}.openapp button{background:#f04142;color:#fff;border:0;border-radius:14px;padding:4px 14px}.page{padding:16px}"
 ".tt{font-size:24px;line-height:1.4;font-weight:700}.author{display:flex;align-items:center;gap:10px;margin:12px 0}.author .nm{font-weight:600}"
 ".author .sm{color:#999;font-size:13px}.author button{margin-left:auto;background:#f04142;color:#fff;border:0;border-radius:4px;padding:3px 12px}"
 ".article p{margin:0 0 14px}.cap{color:#999;font-size:13px;text-align:center}.foot{color:#999;font-size:13px;border-top:1px solid #eee;padding-top:10px}"
 ".cmt{margin-top:20px}.cmt p{font-size:14px;color:#555}.bt{border-collapse:collapse}.bt td,.bt th{border:1px solid #ddd;padding:4px}.byl{color:#888}.sub{font-weight:700}")

def app_share(p):
    cm = "".join(f"<p><b>{E(a)}</b>：{E(b)}</p>" for a, b in p.get("comments", []))
    return head(p, APP_CSS) + f"""<body>
<div class="openapp"><span>{img(p['site'])} <b>{E(p['site'])}</b> {E(p.get('slogan','看见更大的世界'))}</span><button>打开App</button></div>
<div class="page">{titleh(p)}
<div class="author">{img(p['account'] + '头像', 'av')}<div><div class="nm">{E(p['account'])}</div><div class="sm">{E(p['authmeta'])}</div></div><button>+ 关注</button></div>
<div class="article">{body_html(p['body'])}</div>
<div class="foot">{E(p.get('tail','举报/反馈'))}</div>
<div class="cmt"><h4>评论 {len(p.get('comments', []))}</h4>{cm}</div>
<p style="text-align:center"><button>打开App，查看更多精彩内容</button></p></div></body></html>
"""

WEIBO_CSS = ("body{margin:0;background:#f2f2f5;font:15px/1.6 -apple-system,'PingFang SC',sans-serif}.card{max-width:600px;margin:12px auto;background:#fff;padding:14px 16px;border-radius:6px}"
 ".u{display:flex;gap:10px;align-items:center}.u .nm{color:#eb7350;font-weight:600}.u .sm{color:#999;font-size:12px}.tt{font-size:17px;font-weight:700;margin:10px 0 4px}"
 ".article p{margin:0 0 8px}.tool{display:flex;justify-content:space-around;color:#888;border-top:1px solid #eee;padding-top:8px;margin-top:10px}.byl{color:#888}.sub{font-weight:700}")

def weibo(p):
    return head(p, WEIBO_CSS) + f"""<body>
<div class="card"><div class="u">{img(p['account'] + '头像')}<div><div class="nm">{E(p['account'])}</div><div class="sm">{E(p['authmeta'])}</div></div></div>
{titleh(p, 'div')}
<div class="article">{body_html(p['body'])}</div>
<div class="tool"><span>转发 {p.get('fw',326)}</span><span>评论 {p.get('cm',158)}</span><span>赞 {p.get('zan','2041')}</span></div></div>
<div class="card"><p>打开微博App，查看更多精彩评论</p></div></body></html>
"""

# ---------------------------------------------------------------- e-paper
EPAPER_CSS = ("body{margin:0;font:14px/1.7 宋体,SimSun,serif;background:#e9e4d8}.ehead{background:#8b0000;color:#fff;padding:10px 20px;font-size:26px}"
 ".ehead small{font-size:13px;margin-left:20px}.ebar{background:#f6f1e4;padding:6px 20px;border-bottom:1px solid #c9b99a}.ebar a{margin-right:8px}"
 ".frame{display:flex;gap:10px;padding:10px}.pagepic{width:330px;background:#fff;border:1px solid #ccc;padding:8px}.art{flex:1;background:#fff;padding:16px 30px;border:1px solid #ccc}"
 ".list{width:260px;background:#fff;border:1px solid #ccc;padding:8px}.list li{margin:4px 0}.yt{font-size:16px;text-align:center;color:#444;margin:0}"
 ".tt{font-size:28px;text-align:center;margin:6px 0;font-family:黑体,SimHei}.ft{font-size:17px;text-align:center;color:#444;margin:0 0 10px}"
 ".art .content p{text-indent:2em;font-size:16px}.efoot{text-align:center;font-size:12px;color:#555;padding:10px}.byl{text-align:center;color:#333}"
 ".cap{text-indent:0!important;text-align:center;color:#555;font-size:13px}.sub{text-indent:0!important}.bt{border-collapse:collapse}.bt td,.bt th{border:1px solid #999;padding:2px 6px}")

def epaper(p):
    pages = p["pages"]  # list of (版次, 版名)
    cur = p["cur"]
    nav = "".join(f'<a href="#">{E(a)}：{E(b)}</a>' for a, b in pages)
    lst = "".join(f'<li><a href="#">{E(x)}</a></li>' for x in p["titles"])
    yt = f'<p class="yt">{E(p["yt"])}</p>' if p.get("yt") else ""
    ft = f'<p class="ft">{E(p["ft"])}</p>' if p.get("ft") else ""
    return head(p, EPAPER_CSS) + f"""<body>
<div class="ehead">{img(p['site'] + '报头')} {E(p['site'])}<small>{E(p['issue'])}</small></div>
<div class="ebar"><a href="#">往期回顾</a><a href="#">PDF下载</a><a href="#">上一期</a><a href="#">下一期</a>　版面导航：{nav}</div>
<div class="frame"><div class="pagepic"><p>{E(cur)}</p>{img('版面缩略图')}<p><a href="#">上一版</a>　<a href="#">下一版</a></p></div>
<div class="art">{bar(p) if p.get('barpos')=='above' else ''}{yt}{titleh(p, 'h2')}{ft}{bar(p) if p.get('barpos','below')=='below' else ''}
<div class="content">{body_html(p['body'])}</div>{bar(p) if p.get('barpos')=='bottom' else ''}</div>
<div class="list"><h4>本版标题</h4><ul>{lst}</ul></div></div>
<div class="efoot">{E(p.get('copy','本网站所有内容版权归报社所有 未经书面授权不得转载'))}<br>{E((p.get('footer') or {}).get('icp',''))}</div></body></html>
"""

# ---------------------------------------------------------------- institutions
INST_CSS = ("body{margin:0;font:15px/1.85 'Microsoft YaHei',sans-serif;color:#333;background:#fff}.ihead{display:flex;align-items:center;justify-content:space-between;background:var(--c,#004e92);color:#fff;padding:14px 60px}"
 ".ihead .logo{font-size:26px}.ihead a{color:#fff;margin-left:14px;font-size:13px}.imenu{background:#f4f4f4;padding:0 60px}.imenu a{display:inline-block;padding:10px 16px}"
 ".iwrap{display:grid;grid-template-columns:220px 1fr;gap:30px;width:1160px;margin:24px auto}.iside h3{background:var(--c,#004e92);color:#fff;padding:10px;margin:0}"
 ".iside li{border-bottom:1px dotted #ccc;padding:6px 0;list-style:none}.tt{text-align:center;font-size:24px;color:var(--c,#004e92)}.info{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #e3e3e3;padding-bottom:8px}"
 ".info span{margin:0 10px}.article p{text-indent:2em}.cap{text-indent:0!important;text-align:center;font-size:13px;color:#666}.ifoot{background:#2b2b2b;color:#aaa;text-align:center;font-size:12px;padding:20px}"
 ".bt{border-collapse:collapse;margin:0 auto}.bt td,.bt th{border:1px solid #bbb;padding:4px 10px}.byl{text-align:right}.sub{text-indent:0!important;color:var(--c,#004e92)}.edit{text-align:right;color:#888}")

def inst(p):
    bp = p.get("barpos", "below")
    side = "".join(f"<li><a href=\"#\">{E(x)}</a></li>" for x in p.get("side", []))
    top = "".join(f'<a href="#">{E(x)}</a>' for x in p.get("toplinks", ["English", "无障碍", "信息公开"]))
    menu = "".join(f'<a href="#">{E(x)}</a>' for x in p.get("menu", ["首页", "概况", "新闻", "服务", "公开"]))
    f = p.get("footer") or {}
    return head(p, INST_CSS + f":root{{--c:{p.get('color','#004e92')}}}") + f"""<body>
<div class="ihead"><div class="logo">{img(p['site'] + '标志')} {E(p['site'])}</div><div>{top}<input placeholder="搜索"></div></div>
<div class="imenu">{menu}</div>
<div class="iwrap"><div class="iside"><h3>{E(p.get('sidetitle','新闻中心'))}</h3><ul>{side}</ul></div>
<div><div class="crumb">当前位置：{crumbs(p)}</div>
{bar(p) if bp=='above' else ''}{titleh(p)}{bar(p) if bp=='below' else ''}
<div class="article">{body_html(p['body'])}</div>
{bar(p) if bp=='bottom' else ''}
{('<p class="edit">' + E(p['editor']) + '</p>') if p.get('editor') else ''}
{prevnext(p)}</div></div>
<div class="ifoot">{E(f.get('addr',''))}　{E(f.get('tel',''))}<br>版权所有 © {E(p['site'])}　{E(f.get('icp',''))}　{E(f.get('ga',''))}</div></body></html>
"""

T = dict(gov_table=gov_table, gov_div=gov_div, gov_flex=gov_flex, media_portal=media_portal, media_flex=media_flex,
         wechat=wechat, app_share=app_share, weibo=weibo, epaper=epaper, inst=inst)
