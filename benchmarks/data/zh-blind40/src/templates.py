"""Page templates. Each takes a page dict p and returns the HTML string."""
from kit import *

def footer_gov(p):
    f = p.get('footer', {})
    return (f'<div class="foot"><div class="w">'
            f'<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>'
            f'<p>主办单位：{esc(f.get("host", p["site"] + "人民政府办公室"))}　承办：{esc(f.get("run", p["site"] + "大数据中心"))}</p>'
            f'<p>网站标识码：{f.get("code","4401050001")}　{f.get("icp","粤ICP备05070829号")}　<img src="gaba.png" alt="">{f.get("ga","粤公网安备 44010502000123号")}</p>'
            f'<p>举报电话：{f.get("tel","020-12345")}　建议使用1920×1080分辨率浏览</p>'
            f'<div class="jiucuo"><img src="jiucuo.png" alt="政府网站找错"><img src="dzjg.png" alt="党政机关"></div>'
            f'</div></div>')

def gov_modern(p):
    """2020s portal: top bar with 长者模式, sticky bar, breadcrumb, info bar, QR, prev/next."""
    css = """.top{background:#f3f3f3;font-size:12px}.top .w{display:flex;justify-content:space-between}
.top a{margin-left:12px}.banner{height:110px;background:#b71c1c;color:#fff}.banner .name{font-size:30px;padding-top:28px}
.nav{background:#9c1414}.nav a{color:#fff;padding:0 18px;line-height:44px;display:inline-block}
.sticky{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd}.crumb{padding:10px 0;color:#666}
.art{border:1px solid #e5e5e5;padding:30px 60px}.title{text-align:center;font-size:26px;color:#1b1b1b}
.subt{text-align:center;font-size:18px;color:#555}.info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}
.info span{margin:0 8px}.con p{text-indent:2em}.tools{text-align:right;color:#555}.qr{float:right;text-align:center;font-size:12px}
.prevnext{border-top:1px solid #eee;margin-top:20px}.rel li{list-style:square}.foot{background:#333;color:#ccc;margin-top:30px;padding:20px 0;text-align:center}
.foot a{color:#ccc}.share span{margin-right:6px}"""
    tb = p.get('topbar', ['无障碍', '长者模式', '繁體', '登录', '注册'])
    top = ('<div class="top"><div class="w"><span>' + esc(p.get('today', '今天是：2025年6月3日 星期二')) + '</span><span>' +
           ''.join(f'<a href="#">{x}</a>' for x in tb) + '</span></div></div>')
    ban = (f'<div class="banner"><div class="w"><img src="logo.png" alt="{esc(p.get("logo_alt", p["site"]))}">'
           f'<span class="name">{esc(p["site"])}</span>{search(p.get("ph","请输入关键字"))}</div></div>')
    nv = nav(p.get('nav', ['首页', '走进' + p['site'][:3], '政务公开', '政务服务', '互动交流', '专题专栏']))
    crumb = f'<div class="crumb w">{esc(p.get("crumb_label","您当前所在位置："))}' + ' &gt; '.join(f'<a href="#">{esc(x)}</a>' for x in p['crumb']) + '</div>'
    head = title_html(p['title'])
    if p.get('subtitle'): head += f'<p class="subt">{esc(p["subtitle"])}</p>'
    info = f'<div class="info">{p["info"]}</div>'
    pre = p.get('pre', '')
    bh, _ = body(p['items'])
    block = (info + head) if p.get('info_first') else (head + info)
    tools = p.get('tools', '<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】【<a href="#">收藏</a>】</div>')
    share = '<div class="share"><span>分享到：</span><a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'
    qr = '<div class="qr"><img src="qr.png" alt="二维码"><p>扫一扫在手机打开当前页</p></div>'
    pn = (f'<div class="prevnext"><p>上一篇：<a href="#">{esc(p.get("prev","无"))}</a></p><p>下一篇：<a href="#">{esc(p.get("next","无"))}</a></p></div>')
    rel = ''
    if p.get('related'):
        rel = f'<div class="rel"><h4>{esc(p.get("rel_label","相关文章"))}</h4>{ul(p["related"])}</div>'
    inner = (top + '<div class="sticky">' + ban + nv + '</div>' + crumb +
             f'<div class="w art">{pre}{block}<div class="con">{bh}</div>{p.get("post","")}{qr}{share}{tools}{pn}{rel}</div>' + footer_gov(p))
    return page(gold_title(p['title']) + '_' + p['site'], css, inner)

def gov_table(p):
    """2010s table layout: 【字体：大 中 小】【打印】【关闭】"""
    css = """body{background:#e9eef3}.main{width:980px;margin:0 auto;background:#fff}td{font-size:12px}
.hd{height:120px;background:#1d5fa8;color:#fff;font-size:28px;font-weight:bold}.menu td{background:#0e4a8c;color:#fff;text-align:center;height:32px}
.menu a{color:#fff}.title{font-size:22px;text-align:center;color:#c00}.info{text-align:center;color:#666;background:#f2f6fa}
.con{font-size:15px;line-height:2}.con p{text-indent:2em}.bt{color:#999;text-align:center;font-size:12px;line-height:2}"""
    menu = ''.join(f'<td><a href="#">{esc(x)}</a></td>' for x in p.get('nav', ['网站首页', '政务信息', '政务公开', '办事服务', '公众参与', '专题专栏']))
    bh, _ = body(p['items'])
    head = title_html(p['title'], 'div')
    if p.get('subtitle'): head += f'<div class="subt" style="text-align:center">{esc(p["subtitle"])}</div>'
    inner = f"""<table class="main" width="980" cellpadding="0" cellspacing="0">
<tr><td class="hd"><img src="banner.jpg" alt="{esc(p['site'])}">{esc(p['site'])}</td></tr>
<tr><td><table width="100%" class="menu"><tr>{menu}</tr></table></td></tr>
<tr><td><table width="100%"><tr><td>{esc(p.get('today','2025年06月03日 星期二'))}</td><td align="right">站内搜索：<input type="text" value="" placeholder="{esc(p.get('ph','请输入搜索内容'))}"><input type="button" value="搜 索"> <a href="#">高级检索</a></td></tr></table></td></tr>
<tr><td>当前位置：{' &gt;&gt; '.join(f'<a href="#">{esc(x)}</a>' for x in p['crumb'])}</td></tr>
<tr><td><table width="92%" align="center"><tr><td height="60">{head}</td></tr>
<tr><td class="info">{p['info']}</td></tr>
<tr><td class="con">{bh}</td></tr>
<tr><td>{p.get('post','')}</td></tr>
<tr><td align="right">【<a href="#">打印</a>】【<a href="#">关闭</a>】【<a href="#">返回顶部</a>】</td></tr>
</table></td></tr>
<tr><td><table width="100%"><tr><td>相关链接：<select><option>--国家部委网站--</option></select> <select><option>--省内市县网站--</option></select></td></tr></table></td></tr>
<tr><td class="bt">版权所有：{esc(p['site'])}　{esc(p.get('addr',''))}<br>{p.get('icp','闽ICP备09012345号')}　网站标识码：{p.get('code','3505020008')}<br>举报电话：{p.get('tel','0595-22180000')}　技术支持：{esc(p.get('tech','某某信息技术有限公司'))}</td></tr>
</table>"""
    return page(gold_title(p['title']), css, inner)

def gov_record(p):
    """information-disclosure page: record table (索引号/发文机关/…), title again, 文号, document."""
    css = """.hd{background:#0b5aa8;color:#fff;height:90px;font-size:26px;padding:20px}.crumb{padding:8px 0}
table.rec{width:100%;border-collapse:collapse;background:#f7f9fc;margin-bottom:20px}table.rec td{border:1px solid #d6dfe9;padding:6px 10px;font-size:13px}
.title{text-align:center;font-size:24px;color:#222}.wh{text-align:center;color:#444}.con p{text-indent:2em}.foot{background:#eee;padding:16px;text-align:center;font-size:12px}
.tb{font-size:12px;text-align:right}.tb a{margin-left:10px}.fj a{color:#06c}"""
    colon = '：' if p.get('rec_colon', True) else ''
    rows = p['record']
    rec = '<table class="rec">'
    for i in range(0, len(rows), 2):
        pair = rows[i:i+2]
        rec += '<tr>' + ''.join(f'<td class="k">{esc(k)}{colon}</td><td>{esc(v)}</td>' for k, v in pair) + '</tr>'
    rec += '</table>'
    bh, _ = body(p['items'])
    wh = f'<p class="wh">{esc(p["wenhao"])}</p>' if p.get('wenhao') else ''
    tb = '<div class="tb">' + ''.join(f'<a href="#">{x}</a>' for x in p.get('topbar', ['无障碍', '长者模式', '简|繁', '个人登录', '法人登录'])) + '</div>'
    info = f'<div class="info" style="text-align:center;color:#888">{p["info"]}</div>' if p.get('info') else ''
    inner = (f'{tb}<div class="hd">{esc(p["site"])} {search(p.get("ph","搜索本站内容"))}</div>{nav(p.get("nav",["首页","政务公开","政务服务","互动交流","数据开放"]))}'
             f'<div class="w"><div class="crumb">{esc(p.get("crumb_label","当前位置："))}{" > ".join(p["crumb"])}</div>{rec}'
             f'{title_html(p["title"])}{wh}{info}<div class="con">{bh}</div>{p.get("post","")}'
             f'<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p><div class="qr"><img src="qr.png" alt="">扫一扫在手机打开当前页</div></div>'
             + footer_gov(p))
    return page(gold_title(p['title']), css, inner)

def news_portal(p):
    """news portal / media site: hot list before the article, 原标题, source, editor, comments."""
    css = """.top{background:#222;color:#aaa;font-size:12px;padding:4px 0}.top a{color:#ddd;margin-right:12px}
.logo{font-size:30px;font-weight:bold;color:#c00;padding:14px 0}.nav a{margin-right:16px;font-size:15px}
.hot{float:right;width:280px;background:#fafafa;padding:10px;margin-left:20px}.hot h4{margin:0;border-left:4px solid #c00;padding-left:6px}
.title{font-size:30px;line-height:1.4}.info{color:#777;font-size:13px}.info span{margin-right:12px}.con p{font-size:17px;line-height:1.9}
.edit{text-align:right;color:#888}.cmt{border-top:2px solid #c00;margin-top:20px}.foot{background:#f0f0f0;text-align:center;font-size:12px;padding:20px;margin-top:30px}
.mshare{position:sticky;bottom:0;background:#fff;border-top:1px solid #ddd;text-align:center}.mshare span{margin:0 10px}"""
    top = '<div class="top"><div class="w">' + ''.join(f'<a href="#">{x}</a>' for x in p.get('topbar', ['手机版', '客户端', '登录', '注册'])) + '</div></div>'
    hot = ''
    if p.get('hot'):
        hot = f'<div class="hot"><h4>{esc(p.get("hot_label","24小时热文"))}</h4><ol>' + ''.join(f'<li><a href="#">{esc(x)}</a></li>' for x in p['hot']) + '</ol></div>'
    head = ''
    if p.get('section'): head += f'<div class="sec"><a href="#">{esc(p["section"])}</a></div>'
    if p.get('yin'): head += f'<p class="yin">{esc(p["yin"])}</p>'
    head += title_html(p['title'])
    if p.get('subtitle'): head += f'<h2 class="fu">{esc(p["subtitle"])}</h2>'
    info = f'<div class="info">{p["info"]}</div>'
    block = (info + head) if p.get('info_first') else (head + info)
    bh, _ = body(p['items'])
    rel = ''
    if p.get('related'):
        rel = f'<div class="rel"><h4>{esc(p.get("rel_label","相关新闻"))}</h4>{ul(p["related"])}</div>'
    cm = ''
    if p.get('comments') is not None:
        cm = f'<div class="cmt"><b>网友评论</b> <span>已有{p["comments"]}条评论</span><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>'
    inner = (top + f'<div class="w"><div class="logo">{esc(p["site"])}</div>{nav(p.get("nav",["首页","时政","国际","财经","社会","评论","视频"]))}'
             f'<div class="crumb">{" > ".join(p.get("crumb",["首页","正文"]))}</div>'
             + (hot if p.get('hot_first', True) else '') +
             f'<div class="art">{p.get("pre","")}{block}<div class="con">{bh}</div>{p.get("post","")}</div>'
             + ('' if p.get('hot_first', True) else hot) +
             f'{rel}{cm}</div>'
             + (p.get('mshare') or '<div class="mshare"><span>分享</span><span>微信</span><span>微博</span><span>复制链接</span></div>') +
             f'<div class="foot">{p.get("foot","")}</div>')
    return page(gold_title(p['title']) + '-' + p['site'], css, inner, p.get('htmllang', 'zh-CN'))

def selfmedia(p):
    """self-media article: platform bar, title, account line, body, bottom actions."""
    css = """.pbar{height:48px;border-bottom:1px solid #eee;display:flex;align-items:center;gap:16px;padding:0 20px}
.wrap{width:680px;margin:0 auto}.title{font-size:24px;line-height:1.4}.acct{color:#576b95;font-size:15px}.meta{color:#999;font-size:13px}
.con p{font-size:17px;line-height:1.85}.card{border:1px solid #eee;padding:12px;margin:20px 0;border-radius:6px}
.acts{display:flex;gap:20px;color:#666}.side{color:#999}.rec li{margin:4px 0}"""
    bh, _ = body(p['items'])
    head = title_html(p['title'], 'h1')
    inner = (f'<div class="pbar">{p["pbar"]}</div><div class="wrap">{p.get("pre","")}{head}<div class="meta">{p["info"]}</div>'
             f'<div class="con">{bh}</div>{p.get("post","")}'
             f'<div class="acts">{p.get("acts","")}</div>'
             + (f'<div class="rec"><h4>{esc(p.get("rel_label","相关推荐"))}</h4>{ul(p["related"])}</div>' if p.get('related') else '')
             + f'<div class="side">{p.get("foot","")}</div></div>')
    return page(gold_title(p['title']), css, inner)

def epaper(p):
    """newspaper e-paper article page: edition nav, 引题/主题/副题, 本版责编."""
    css = """.bar{background:#8b0000;color:#fff;padding:6px 20px}.bar a{color:#fff;margin-right:14px}.l{float:left;width:360px}
.r{margin-left:380px}.ban{font-size:13px;color:#444;border-bottom:1px solid #ccc}.yin,.fu{text-align:center;color:#333;font-size:16px;margin:4px}
.title{text-align:center;font-size:26px;margin:6px}.auth{text-align:center;color:#555}.con p{text-indent:2em;font-size:15px}
.list li{font-size:13px}.foot{clear:both;text-align:center;font-size:12px;color:#777;padding:20px}"""
    bh, _ = body(p['items'])
    head = ''
    if p.get('yin'): head += f'<p class="yin">{esc(p["yin"])}</p>'
    head += title_html(p['title'], 'h1')
    if p.get('subtitle'): head += f'<p class="fu">{esc(p["subtitle"])}</p>'
    if p.get('auth'): head += f'<p class="auth">{esc(p["auth"])}</p>'
    inner = (f'<div class="bar">{p["bar"]}</div><div class="w"><div class="l"><div class="ban">{p["ban"]}</div>'
             f'<img src="page.jpg" alt="" width="340" height="480"><p><a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">PDF下载</a></p>'
             f'<div class="list"><b>本版新闻</b>{ul(p["list"])}</div></div>'
             f'<div class="r">{p.get("pre","")}{head}<div class="con">{bh}</div>{p.get("post","")}</div>'
             f'<div class="foot">{p["foot"]}</div></div>')
    return page(gold_title(p['title']) + '--' + p['paper'], css, inner)

def inst(p):
    """institutional site: banner, left column menu, article with info bar."""
    css = """.hd{height:100px;background:%s;color:#fff;font-size:26px;padding:0 30px;line-height:100px}.hd input{float:right;margin-top:36px}
.nav{background:#eee}.nav a{display:inline-block;padding:8px 16px}.lm{float:left;width:200px}.lm h3{background:%s;color:#fff;margin:0;padding:8px}
.rm{margin-left:230px}.title{font-size:22px;text-align:center}.info{text-align:center;color:#999;font-size:13px}.con p{text-indent:2em}
.foot{clear:both;background:#333;color:#bbb;text-align:center;font-size:12px;padding:16px}.foot a{color:#bbb}""" % (p.get('color', '#005a9c'), p.get('color', '#005a9c'))
    bh, _ = body(p['items'])
    head = ''
    if p.get('section_by_title'): head += f'<div class="seclabel">{esc(p["section_by_title"])}</div>'
    head += title_html(p['title'])
    if p.get('subtitle'): head += f'<p style="text-align:center">{esc(p["subtitle"])}</p>'
    info = f'<div class="info">{p["info"]}</div>'
    block = (info + head) if p.get('info_first') else (head + info)
    inner = (f'<div class="topl">{p.get("topl","")}</div><div class="hd">{esc(p["site"])}<input type="text" placeholder="{esc(p.get("ph","请输入关键词"))}"></div>{nav(p["nav"])}'
             f'<div class="w"><div class="lm"><h3>{esc(p["lm_title"])}</h3>{ul(p["lm"])}</div>'
             f'<div class="rm"><div class="crumb">{p.get("crumb_label","当前位置：")}{" &gt; ".join(p["crumb"])}</div>{block}<div class="con">{bh}</div>{p.get("post","")}'
             f'<p>{p.get("tools","【打印】【关闭】")}</p>'
             + (f'<div class="rel"><h4>{esc(p.get("rel_label","相关阅读"))}</h4>{ul(p["related"])}</div>' if p.get('related') else '')
             + f'</div></div><div class="foot">{p["foot"]}</div>')
    return page(gold_title(p['title']) + '-' + p['site'], css, inner)
