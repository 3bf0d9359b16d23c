"""Page skeletons imitating kinds of Chinese sites. Each takes the page dict and its body blocks."""
from common import body_html, lines, img, doc, E

def _footer(p, cls='ft'):
    f = p.get('footer') or []
    return '<div class="%s">%s</div>' % (cls, lines(f, 'fl'))

def _info(p, cls='info'):
    return '<div class="%s">%s</div>' % (cls, p.get('info', '')) if p.get('info') else ''

def _nav(items, cls='nav'):
    return '<div class="%s">%s</div>' % (cls, ''.join('<a href="#">%s</a>' % E(x) for x in items))

def _related(p, head='相关链接'):
    r = p.get('related')
    if not r: return ''
    return '<div class="rel"><h4>%s</h4><ul>%s</ul></div>' % (E(p.get('related_head', head)), ''.join('<li><a href="#">%s</a></li>' % E(x) for x in r))

def _around(p, bl, pstyle=''):
    """info above/below title, pre lines, body, tail lines."""
    parts = []
    if p.get('kicker'): parts.append('<p class="kicker">%s</p>' % E(p['kicker']))
    pos = p.get('info_pos', 'below')
    if pos == 'above': parts.append(_info(p))
    parts.append('<h1 class="tt">%s</h1>' % p.get('title_html', E(p['title'])))
    if p.get('sub'): parts.append('<p class="subt">%s</p>' % E(p['sub']))
    if pos == 'below': parts.append(_info(p))
    if p.get('tools'): parts.append('<div class="tools">%s</div>' % p['tools'])
    if p.get('pre'): parts.append(lines(p['pre'], 'pre'))
    parts.append('<div class="content">%s</div>' % body_html(bl, pstyle))
    if p.get('tail'): parts.append(lines(p['tail'], 'tail'))
    if pos == 'bottom': parts.append(_info(p))
    return '\n'.join(parts)

CSS_GOVT = """body{margin:0;font:14px/1.8 SimSun,serif;background:#eef3f8}table.wrap{width:1000px;margin:0 auto;background:#fff}
.banner{background:#b5121b;color:#fff;font-size:28px;padding:18px}.nav a{color:#fff;margin:0 12px}.navtd{background:#8a0e14}
.loc{font-size:12px;color:#555}.tt{text-align:center;font-size:22px;color:#b5121b}.info{text-align:center;color:#777;font-size:12px;border-bottom:1px dashed #ccc}
.content p{text-indent:2em}.tail{text-align:right}.ft{background:#8a0e14;color:#eee;text-align:center;font-size:12px;padding:10px}.dt td,.dt th{padding:3px 8px}
.sub{font-size:15px}.kicker,.subt{text-align:center}.pre{text-align:center}"""

def gov_table(p, bl):
    nav = ''.join('<a href="#">%s</a>' % E(x) for x in p.get('nav', ['首页', '政务动态', '政务公开', '政务服务', '互动交流']))
    b = """<table class="wrap" cellpadding="0" cellspacing="0">
<tr><td class="top" style="font-size:12px">%s</td></tr>
<tr><td class="banner">%s %s</td></tr>
<tr><td class="navtd"><div class="nav">%s</div></td></tr>
<tr><td class="loc">%s</td></tr>
<tr><td><table width="100%%"><tr><td>%s</td></tr></table></td></tr>
<tr><td style="text-align:center">【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td>%s</td></tr>
<tr><td>%s</td></tr></table>""" % (p.get('topbar', '今天是：2025年 <a href="#">无障碍</a> <a href="#">长者模式</a>'),
        img(p['site'] + '标识', 40, 40), E(p['site']), nav, p.get('crumb', '当前位置：首页 &gt; 政务动态'),
        _around(p, bl), _related(p), _footer(p))
    return doc(p, CSS_GOVT, b)

CSS_GOVD = """body{margin:0;font:15px/1.9 'Microsoft YaHei',sans-serif;color:#333}.topbar{background:#f2f2f2;font-size:12px;padding:4px 40px;display:flex;justify-content:space-between}
.head{background:linear-gradient(#1d5fb4,#0e4591);color:#fff;padding:20px 40px;display:flex;justify-content:space-between;align-items:center}.head .nm{font-size:30px;font-weight:bold}
.search input{width:200px}.nav{background:#0e4591;padding:6px 40px}.nav a{color:#fff;margin-right:26px;text-decoration:none}.crumb{width:1100px;margin:10px auto;font-size:13px;color:#666}
.main{width:1100px;margin:0 auto;border:1px solid #ddd;padding:30px 60px}.tt{text-align:center;font-size:26px;color:#0e4591}.info{text-align:center;font-size:13px;color:#888;padding-bottom:8px;border-bottom:1px solid #ddd}
.tools{text-align:right;font-size:13px;color:#666}.content p{text-indent:2em}.tail{text-align:right}.pager{margin-top:20px;font-size:13px}.rel{margin-top:20px}.rel h4{border-left:4px solid #0e4591;padding-left:8px}
.ft{background:#333;color:#bbb;text-align:center;font-size:12px;padding:16px;margin-top:30px}.sub{font-size:16px;color:#0e4591}.kicker,.subt,.pre{text-align:center}.pic{text-align:center}.cap{font-size:13px;color:#666;text-indent:0}
.share{font-size:13px;color:#666}.dt{border-collapse:collapse;margin:0 auto}.dt td,.dt th{border:1px solid #999;padding:4px 10px}"""

def gov_div(p, bl):
    b = """<div class="topbar"><span>%s</span><span><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">简</a>/<a href="#">繁</a> | <a href="#">智能问答</a></span></div>
<div class="head"><div class="nm">%s%s</div><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
%s
<div class="crumb">%s</div>
<div class="main">%s
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="pager">%s</div>
%s</div>
%s""" % (p.get('topbar', '欢迎访问' + E(p['site'])), img(p['site'] + '徽标', 48, 48), E(p['site']),
        _nav(p.get('nav', ['首页', '走进', '新闻中心', '政府信息公开', '政务服务', '政民互动'])),
        p.get('crumb', '您当前的位置：首页 &gt; 新闻中心 &gt; 工作动态'), _around(p, bl),
        p.get('pager', '上一篇：<a href="#">（无）</a><br>下一篇：<a href="#">（无）</a>'), _related(p), _footer(p))
    return doc(p, CSS_GOVD, b)

CSS_XXGK = """body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif}.hd{background:#c8161d;color:#fff;padding:14px 30px;font-size:24px}.w{width:1100px;margin:0 auto}
.idx{width:100%;border-collapse:collapse;font-size:13px;margin:12px 0}.idx td{border:1px solid #d8d8d8;padding:6px 10px}.idx td.k{background:#f5f5f5;width:110px;color:#666}
.tt{text-align:center;font-size:22px}.docno{text-align:center;color:#333}.content p{text-indent:2em}.sign{text-align:right}.att{border-top:1px solid #ddd;margin-top:16px}
.ft{border-top:3px solid #c8161d;text-align:center;font-size:12px;color:#555;padding:14px}.crumb{font-size:12px;color:#777;margin:10px 0}.dt{border-collapse:collapse;margin:0 auto}.dt td,.dt th{border:1px solid #888;padding:4px 8px}
.sub{font-size:15px}.tail{text-align:right}.info{text-align:center;color:#888}.tools{text-align:right;font-size:12px}.pre{text-align:center}"""

def gov_xxgk(p, bl):
    rows = p['index']
    cells = ''
    for i in range(0, len(rows), 2):
        pair = rows[i:i + 2]
        cells += '<tr>' + ''.join('<td class="k">%s</td><td>%s</td>' % (E(k), E(v)) for k, v in pair) + '</tr>'
    b = """<div class="hd">%s %s<span style="font-size:14px;float:right"><a href="#" style="color:#fff">无障碍</a> <a href="#" style="color:#fff">长者模式</a></span></div>
<div class="w"><div class="crumb">%s</div>
<table class="idx">%s</table>
%s
<div class="att">%s</div>
<p style="text-align:center">【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</p>
%s</div>%s""" % (img('政府网标识', 36, 36), E(p['site']), p.get('crumb', '首页 &gt; 政府信息公开 &gt; 法定主动公开内容'), cells,
        _around(p, bl), p.get('att', '附件：无'), _related(p, '相关文件'), _footer(p))
    return doc(p, CSS_XXGK, b)

CSS_MP = """body{margin:0;font:14px/1.8 'Microsoft YaHei',Arial;background:#fff}.top{background:#f7f7f7;font-size:12px;padding:3px 0;text-align:center}
.logo{width:1200px;margin:0 auto;padding:12px 0;display:flex;align-items:center;gap:20px;font-size:28px;color:#c00;font-weight:bold}.nav{background:#c00;text-align:center;padding:7px}.nav a{color:#fff;margin:0 10px;text-decoration:none}
.w{width:1200px;margin:16px auto;overflow:hidden}.l{float:left;width:820px}.r{float:right;width:330px;font-size:13px}.tt{font-size:28px;line-height:1.4}.info{color:#999;font-size:13px;margin:8px 0 16px}
.info span{margin-right:14px}.content p{text-indent:2em;font-size:16px}.pic{text-align:center}.cap{text-indent:0;font-size:13px;color:#555;text-align:center}.tail{color:#888;text-align:right}
.rbox{border:1px solid #eee;margin-bottom:14px;padding:8px}.rbox h4{margin:0;border-bottom:2px solid #c00}.ft{clear:both;background:#f0f0f0;text-align:center;font-size:12px;padding:18px;color:#666}
.sub{font-size:16px}.crumb{font-size:13px;color:#666}.kicker{color:#555;margin:0}.subt{color:#555}.rel h4{border-bottom:1px solid #ccc}.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #aaa;padding:4px 10px}
blockquote{border-left:4px solid #ddd;margin:10px 0;padding-left:14px;color:#555}.share{font-size:13px;color:#888}"""

def media_portal(p, bl):
    side = ''.join('<div class="rbox"><h4>%s</h4><ol>%s</ol></div>' % (E(h), ''.join('<li><a href="#">%s</a></li>' % E(x) for x in items)) for h, items in p.get('side', []))
    b = """<div class="top">%s</div>
<div class="logo">%s<span>%s</span></div>
%s
<div class="w"><div class="l"><div class="crumb">%s</div>
%s
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
%s</div>
<div class="r">%s</div></div>
%s""" % (p.get('topbar', '<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">手机版</a>'), img(p['site'] + ' logo', 60, 40), E(p['site']),
        _nav(p.get('nav', ['首页', '时政', '本地', '社会', '经济', '文旅', '视频', '评论'])), p.get('crumb', '首页 &gt; 本地新闻'),
        _around(p, bl), _related(p, '相关新闻'), side, _footer(p))
    return doc(p, CSS_MP, b)

CSS_MF = """*{box-sizing:border-box}body{margin:0;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;color:#222;background:#fafafa}
header{display:flex;justify-content:space-between;align-items:center;padding:12px 5vw;background:#fff;border-bottom:3px solid #1565c0}header .b{font-size:24px;font-weight:700;color:#1565c0}
header nav{display:flex;gap:18px}header nav a{color:#333;text-decoration:none}main{display:flex;gap:32px;max-width:1180px;margin:24px auto;padding:0 16px}
article{flex:1;background:#fff;padding:28px 36px}aside{width:300px;font-size:14px}.tt{font-size:30px;line-height:1.35;margin:8px 0}.info{display:flex;flex-wrap:wrap;gap:12px;color:#888;font-size:13px}
.content p{font-size:17px;line-height:1.9}.sub{font-size:18px;border-left:4px solid #1565c0;padding-left:10px}.pic{margin:16px 0}.cap{font-size:13px;color:#777}
.tail{color:#999;font-size:14px}.crumb{font-size:13px;color:#888}footer{background:#222;color:#aaa;font-size:12px;text-align:center;padding:24px}.kicker{color:#1565c0;margin:0}.subt{color:#666}
.card{background:#fff;padding:12px;margin-bottom:16px}.card h4{margin:0 0 8px}.tags span{background:#eef3fb;margin-right:8px;padding:2px 8px;font-size:12px}.dt{border-collapse:collapse;width:100%}.dt td,.dt th{border:1px solid #ddd;padding:6px}
blockquote{background:#f3f6fa;margin:12px 0;padding:8px 16px}.qr{font-size:12px;color:#888;text-align:center}"""

def media_flex(p, bl):
    side = ''.join('<div class="card"><h4>%s</h4>%s</div>' % (E(h), ''.join('<p><a href="#">%s</a></p>' % E(x) for x in items)) for h, items in p.get('side', []))
    b = """<header><div class="b">%s%s</div><nav>%s</nav><div><input type="search" placeholder="搜索"></div></header>
<main><article><div class="crumb">%s</div>
%s
<div class="tags">%s</div>
%s</article><aside>%s<div class="qr">%s<br>%s</div></aside></main>
<footer>%s</footer>""" % (img(p['site'], 32, 32), E(p['site']), ''.join('<a href="#">%s</a>' % E(x) for x in p.get('nav', ['要闻', '本地', '财经', '文旅', '视频', '专题'])),
        p.get('crumb', ''), _around(p, bl), ''.join('<span>%s</span>' % E(t) for t in p.get('tags', [])),
        _related(p, '相关阅读'), side, img('二维码', 100, 100), E(p.get('qr', '扫码下载客户端')), lines(p.get('footer', []), 'fl'))
    return doc(p, CSS_MF, b)

CSS_EN = """body{margin:0;font:16px/1.7 Georgia,'Times New Roman',serif;color:#111}.mast{border-bottom:1px solid #ccc;padding:10px 4vw;display:flex;justify-content:space-between;align-items:center}
.mast .b{font:bold 28px Arial}.nav{padding:6px 4vw;background:#0b2a4a}.nav a{color:#fff;margin-right:22px;font:14px Arial;text-decoration:none}.w{max-width:860px;margin:24px auto;padding:0 16px}
.tt{font:bold 34px/1.2 Arial}.info{font:13px Arial;color:#666;margin:10px 0}.content p{margin:0 0 1em}.cap{font:13px Arial;color:#666}.tail{font:13px Arial;color:#666}
.ft{background:#0b2a4a;color:#ccd;font:12px Arial;padding:20px 4vw}.rel h4{font-family:Arial}.crumb{font:13px Arial;color:#666}.sub{font-family:Arial}.subt{color:#444;font-style:italic}.share{font:13px Arial}"""

def media_en(p, bl):
    b = """<div class="mast"><div class="b">%s%s</div><div><a href="#">中文</a> | <a href="#">Subscribe</a> <input type="search" placeholder="Search"></div></div>
%s<div class="w"><div class="crumb">%s</div>
%s
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
%s</div>%s""" % (img(p['site'] + ' logo', 40, 40), E(p['site']), _nav(p.get('nav', ['Home', 'China', 'World', 'Business', 'Culture', 'Travel', 'Opinion'])),
        p.get('crumb', ''), _around(p, bl), _related(p, 'Related Stories'), _footer(p))
    return doc(p, CSS_EN, b)

CSS_WX = """body{margin:0;background:#ededed;font-family:-apple-system,'PingFang SC',sans-serif}.rich{max-width:677px;margin:0 auto;background:#fff;padding:20px 16px}
.tt{font-size:22px;line-height:1.4;margin:0 0 14px}.meta{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}.meta a{color:#576b95;text-decoration:none}.meta span{margin-right:8px}
.content p{font-size:17px;line-height:1.75;color:#333;letter-spacing:.5px}.sub{font-size:17px;color:#1a73e8;text-align:center}.pic{text-align:center}.cap{font-size:13px;color:#999}
.tail{font-size:14px;color:#888}.foot{font-size:14px;color:#888;margin-top:20px}.foot a{color:#576b95}.pre{font-size:14px;color:#888}blockquote{border-left:3px solid #dbdbdb;padding-left:10px;color:#777;margin:8px 0}
.qr{text-align:center;font-size:13px;color:#888}.dt{border-collapse:collapse;width:100%}.dt td,.dt th{border:1px solid #ddd;padding:4px;font-size:14px}.info{font-size:14px;color:#999}"""

def wechat(p, bl):
    b = """<div class="rich">
<h1 class="tt">%s</h1>
<div class="meta">%s</div>
%s
<div class="content">%s</div>
%s
<div class="qr">%s<p>%s</p></div>
<div class="foot">%s</div></div>""" % (E(p['title']), p['meta'], lines(p.get('pre', []), 'pre'), body_html(bl), lines(p.get('tail', []), 'tail'),
        img('公众号二维码', 120, 120), E(p.get('qr', '长按识别二维码关注我们')), p.get('foot', '<a href="#">阅读原文</a> 阅读 1.2万 <a href="#">赞</a> <a href="#">分享</a> <a href="#">推荐</a> <a href="#">写留言</a>'))
    return doc(p, CSS_WX, b)

CSS_APP = """*{box-sizing:border-box}body{margin:0;font-family:-apple-system,'PingFang SC',sans-serif;background:#fff;max-width:640px;margin:0 auto}
.bar{display:flex;justify-content:space-between;align-items:center;padding:10px 14px;border-bottom:1px solid #eee}.bar .open{background:#f04142;color:#fff;border-radius:16px;padding:4px 14px;font-size:14px}
.tt{font-size:23px;line-height:1.4;padding:0 14px}.author{display:flex;align-items:center;gap:10px;padding:0 14px;font-size:13px;color:#999}.author b{color:#222;font-size:15px}
.content{padding:0 14px}.content p{font-size:18px;line-height:1.8}.pic{text-align:center}.cap{font-size:13px;color:#999}.tail{padding:0 14px;color:#999;font-size:13px}
.act{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:10px;font-size:14px;color:#666}.more{padding:14px}.more h4{margin:0}.ft{font-size:12px;color:#aaa;text-align:center;padding:14px}
.sub{font-size:19px}.pre{padding:0 14px;color:#999}.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #ddd;padding:4px}.wb{padding:14px;font-size:17px;line-height:1.75}blockquote{color:#666;border-left:3px solid #eee;padding-left:10px;margin:8px 0}"""

def app_share(p, bl):
    b = """<div class="bar">%s<span>%s</span><span class="open">%s</span></div>
%s
<div class="author">%s</div>
%s
<div class="content">%s</div>
%s
<div class="act">%s</div>
<div class="more"><h4>%s</h4><ul>%s</ul></div>
<div class="ft">%s</div>""" % (img(p['site'] + '图标', 28, 28), E(p['site']), E(p.get('open', '打开APP')),
        '<h1 class="tt">%s</h1>' % E(p['title']) if not p.get('no_h1') else '', p['meta'], lines(p.get('pre', []), 'pre'), body_html(bl),
        lines(p.get('tail', []), 'tail'), p.get('act', '<span>赞 326</span><span>评论 48</span><span>分享</span>'),
        E(p.get('more_head', '相关推荐')), ''.join('<li>%s</li>' % E(x) for x in p.get('related', [])), p.get('ft', '打开APP阅读更多精彩内容'))
    return doc(p, CSS_APP, b)

CSS_EP = """body{margin:0;font:14px/1.7 SimSun,serif;background:#e9e4d8}.mh{background:#8b0000;color:#fff;padding:8px 20px;display:flex;justify-content:space-between}.mh .b{font-size:26px;font-weight:bold}
.frame{display:flex;width:1260px;margin:8px auto;gap:8px}.col1{width:230px;background:#fff;padding:8px;font-size:13px}.col2{width:330px;background:#fff;padding:8px}.col3{flex:1;background:#fff;padding:16px 26px}
.bc a{display:block}.cur{color:#c00;font-weight:bold}.kicker{text-align:center;font-size:16px;margin:0;color:#333}.tt{text-align:center;font-size:28px;margin:6px 0}.subt{text-align:center;font-size:16px;color:#333}
.info{font-size:12px;color:#666;text-align:center}.content p{text-indent:2em;font-size:15px}.tail{text-align:right}.pg{font-size:13px}.list li{margin:4px 0}.ft{text-align:center;font-size:12px;color:#555;padding:10px}
.sub{font-size:15px}.pic{text-align:center}.cap{text-indent:0;text-align:center;font-size:13px}.pre{text-align:center;font-size:13px}.dt{border-collapse:collapse;margin:0 auto}.dt td,.dt th{border:1px solid #999;padding:3px 8px}"""

def epaper(p, bl):
    ed = p['edition']
    vers = ''.join('<a href="#"%s>%s</a>' % (' class="cur"' if v == ed else '', E(v)) for v in p['editions'])
    titles = ''.join('<li><a href="#"%s>%s</a></li>' % (' class="cur"' if t == p['title'] else '', E(t)) for t in p['page_titles'])
    b = """<div class="mh"><span class="b">%s%s</span><span>%s</span></div>
<div class="frame"><div class="col1"><p>%s</p><p><a href="#">上一期</a> <a href="#">下一期</a> <a href="#">往期回顾</a></p><div class="bc"><b>版面导航</b>%s</div></div>
<div class="col2"><p class="pg">%s</p>%s<p><a href="#">上一版</a> <a href="#">下一版</a> <a href="#">PDF下载</a></p><h4>本版标题</h4><ul class="list">%s</ul></div>
<div class="col3">%s</div></div>
<div class="ft">%s</div>""" % (img(p['site'] + '报头', 40, 40), E(p['site']), p.get('mh_right', '<a href="#">数字报首页</a> <a href="#">检索</a>'), E(p['issue']), vers,
        E(ed), img('版面缩略图', 300, 420), titles, _around(p, bl), lines(p.get('footer', []), 'fl'))
    return doc(p, CSS_EP, b)

CSS_INST = """body{margin:0;font:15px/1.85 'Microsoft YaHei',sans-serif;color:#333}.hd{background:#fff;border-bottom:4px solid var(--c);padding:12px 6vw;display:flex;align-items:center;gap:14px}
.hd .b{font-size:26px;color:var(--c);font-weight:bold}.nav{background:var(--c);padding:8px 6vw}.nav a{color:#fff;margin-right:24px;text-decoration:none}.w{max-width:1100px;margin:20px auto;display:grid;grid-template-columns:220px 1fr;gap:28px}
.lm{background:#f6f6f6;padding:10px}.lm a{display:block;padding:6px 0}.tt{font-size:24px;text-align:center;color:var(--c)}.info{text-align:center;font-size:13px;color:#888;border-bottom:1px dotted #ccc;padding-bottom:8px}
.content p{text-indent:2em}.tail{text-align:right;color:#666}.ft{background:#2b2b2b;color:#aaa;font-size:12px;text-align:center;padding:18px}.crumb{font-size:13px;color:#888}.sub{color:var(--c)}.pic{text-align:center}.cap{font-size:13px;text-indent:0;color:#666}
.dt{border-collapse:collapse;margin:0 auto}.dt td,.dt th{border:1px solid #bbb;padding:4px 10px}.pre{text-align:center}.kicker,.subt{text-align:center}.pager{font-size:13px}blockquote{border-left:4px solid #ddd;padding-left:12px;margin:8px 0}"""

def inst(p, bl):
    css = CSS_INST.replace('var(--c)', p.get('color', '#00447c'))
    b = """<div class="hd">%s<span class="b">%s</span><span style="margin-left:auto">%s</span></div>
%s
<div class="w"><div class="lm"><b>%s</b>%s</div><div><div class="crumb">%s</div>
%s
<div class="pager">%s</div>%s</div></div>
%s""" % (img(p['site'] + '标志', 56, 56), E(p['site']), p.get('topbar', '<input type="text" placeholder="站内搜索"><button>搜索</button>'),
        _nav(p.get('nav', ['首页', '概况', '新闻', '通知公告', '服务', '联系我们'])), E(p.get('lm_head', '新闻中心')),
        ''.join('<a href="#">%s</a>' % E(x) for x in p.get('lm', ['综合新闻', '通知公告', '媒体报道', '专题'])), p.get('crumb', '首页 &gt; 新闻中心'),
        _around(p, bl), p.get('pager', ''), _related(p), _footer(p))
    return doc(p, css, b)

TEMPLATES = dict(gov_table=gov_table, gov_div=gov_div, gov_xxgk=gov_xxgk, media_portal=media_portal, media_flex=media_flex,
                 media_en=media_en, wechat=wechat, app_share=app_share, epaper=epaper, inst=inst)
