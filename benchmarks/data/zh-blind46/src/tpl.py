"""Page templates for zh-blind46. Each page is a dict; body items:
 str -> <p>; ('h',s) sub-heading; ('table',rows) table (gold: cells joined by space per row);
 ('img',alt,caption) figure (not body); ('x',html) non-body furniture inside the body;
 ('pc',s) centered/right-aligned body line (署名/日期), ('q',s) quote block (body)."""
import html as H
e = H.escape
CSS = """body{font-family:sans-serif;margin:0}a{color:#036;text-decoration:none}.w{width:1100px;margin:0 auto}
.top{background:#eee;font-size:12px;padding:4px}.ban{background:#b00;color:#fff;padding:18px;font-size:26px}
.nav a{display:inline-block;padding:6px 12px;color:#fff;background:#c33}.crumb{font-size:13px;margin:8px 0}
h1{font-size:24px;text-align:center}.info{font-size:13px;color:#666;text-align:center;border-bottom:1px solid #ddd;padding:6px}
.c p{text-indent:2em;line-height:1.9}.side{font-size:13px}.foot{background:#333;color:#ccc;font-size:12px;padding:12px;text-align:center}
.r{text-align:right}.cap{text-align:center;font-size:13px;color:#555}table.d td{border:1px solid #999;padding:3px}
.sticky{position:sticky;top:0;background:#fff}"""

def body_html(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append('<p>%s</p>' % e(it))
        elif it[0] == 'h':
            out.append('<p><strong>%s</strong></p>' % e(it[1]))
        elif it[0] == 'q':
            out.append('<blockquote>%s</blockquote>' % e(it[1]))
        elif it[0] == 'pc':
            out.append('<p class="r">%s</p>' % e(it[1]))
        elif it[0] == 'table':
            rows = ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % e(c) for c in r) for r in it[1])
            out.append('<table class="d">%s</table>' % rows)
        elif it[0] == 'img':
            out.append('<p style="text-align:center"><img src="data:," alt="%s" width="500" height="300"></p><p class="cap">%s</p>' % (e(it[1]), e(it[2])) if it[2] else '<p style="text-align:center"><img src="data:," alt="%s" width="500" height="300"></p>' % e(it[1]))
        elif it[0] == 'x':
            out.append(it[1])
    return '\n'.join(out)

def gold_body(items):
    g = []
    for it in items:
        if isinstance(it, str):
            g.append(it)
        elif it[0] in ('h', 'q', 'pc'):
            g.append(it[1])
        elif it[0] == 'table':
            g += [' '.join(r) for r in it[1]]
    return g

def h1(p, tag='h1'):
    lines = p.get('title_lines') or [p['title']]
    return '<%s>%s</%s>' % (tag, '<br>'.join(e(x) for x in lines), tag)

def ul(items, cls='side'):
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="#">%s</a></li>' % (e(i) if isinstance(i, str) else '%s <span>%s</span>' % (e(i[0]), e(i[1]))) for i in items))

def page(title, inner):
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>' % (e(title), CSS, inner)

def nav(items):
    return '<div class="nav">%s</div>' % ''.join('<a href="#">%s</a>' % e(i) for i in items)

def gov2010(p):
    """2010s table layout, 【字体：大 中 小】【打印】【关闭】."""
    s = p['site']
    return page(p['title'] + '_' + s, f'''<table width="1000" align="center" cellspacing="0"><tr><td class="top">{e(p.get('topbar','设为首页 | 加入收藏 | 联系我们'))}</td></tr>
<tr><td class="ban">{e(s)}<br><span style="font-size:13px">{e(p.get('url',''))}</span></td></tr>
<tr><td>{nav(p.get('nav',['首页','政务公开','政务服务','互动交流',p.get('nav5','走进'+s[:2])]))}</td></tr>
<tr><td class="crumb">{e(p.get('crumb','当前位置：首页 > 政务公开 > 工作动态'))}</td></tr>
<tr><td>{p.get('pre','')}{h1(p)}{p.get('sub','')}
<table width="100%"><tr><td class="info">{p['info']}</td></tr></table>
<div class="c">{body_html(p['body'])}</div>{p.get('after','')}
<p class="r">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
{p.get('prevnext','')}</td></tr>
<tr><td class="foot">{e(p.get('foot','主办单位：'+s+'办公室 网站标识码：4101000001 豫ICP备05001234号'))}</td></tr></table>''')

def gov2020(p):
    """2020s portal, 长者模式, sticky bar, search placeholder, QR caption."""
    s = p['site']
    return page(p['title'] + '-' + s, f'''<div class="top sticky">{e(p.get('topbar','欢迎访问'+s+'！'))} <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">繁體</a> <a href="#">登录</a> <a href="#">注册</a></div>
<div class="ban">{e(s)} <input placeholder="{e(p.get('ph','请输入关键词'))}"> <button>搜索</button></div>
{nav(p.get('nav',['首页','要闻动态','信息公开','政务服务','互动交流','数据开放']))}
<div class="w"><div class="crumb">{e(p.get('crumb','您当前所在位置：首页 > 要闻动态 > 部门动态'))}</div>
{p.get('pre','')}{h1(p)}{p.get('sub','')}<div class="info">{p['info']}</div>
<div class="c">{body_html(p['body'])}</div>{p.get('after','')}
<div class="side">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a><br><img src="data:," alt="二维码" width="80" height="80"><br>扫一扫在手机打开当前页</div>
{p.get('prevnext','')}
<div class="side"><b>{e(p.get('relname','相关链接'))}</b>{ul(p.get('rel',[]))}</div></div>
<div class="foot">{e(p.get('foot','主办：'+s+' 承办：'+s+'大数据中心'))}<br>网站标识码：{p.get('bsm','6101000015')} {e(p.get('icp','陕ICP备11000001号'))} {e(p.get('ga','陕公网安备 61010302000123号'))}</div>''')

def govrec(p):
    """信息公开 record table (索引号/发文机关 ...), then document."""
    rec = p['rec']; colon = p.get('colon', True)
    cells = ''.join('<tr><th>%s%s</th><td>%s</td><th>%s%s</th><td>%s</td></tr>' % (e(a), '：' if colon else '', e(b), e(c), '：' if colon else '', e(d)) for a, b, c, d in rec)
    p2 = dict(p); p2['pre'] = p.get('pre', '') + '<table class="d" width="100%%">%s</table>' % cells
    return gov2020(p2) if p.get('modern', True) else gov2010(p2)

def news(p):
    s = p['site']
    return page(p['title'] + '_' + s, f'''<div class="top">{e(p.get('topbar','客户端 | 登录 | 注册 | 网站地图'))}</div>
<div class="ban">{e(s)} <input placeholder="{e(p.get('ph','搜索'))}"></div>{nav(p.get('nav',['首页','时政','国际','财经','社会','地方','评论','视频']))}
<div class="w"><div class="crumb">{e(p.get('crumb',s+' > 正文'))}</div>{p.get('pre','')}
{h1(p)}{p.get('sub','')}<div class="info">{p['info']}</div>
<div class="c">{body_html(p['body'])}</div>{p.get('after','')}
<div class="side">{p.get('tail','')}</div>
<div class="side"><b>{e(p.get('relname','相关新闻'))}</b>{ul(p.get('rel',[]))}<b>{e(p.get('hotname','热点排行'))}</b>{ul(p.get('hot',[]))}</div></div>
<div class="foot">{e(p.get('foot','互联网新闻信息服务许可证 | 违法和不良信息举报电话：12377 | 版权所有 '+s))}</div>''')

def selfm(p):
    return page(p['title'], f'''<div class="top">{e(p.get('topbar',''))}</div>
<div class="w">{p.get('pre','')}{h1(p)}<div class="info">{p['info']}</div>
<div class="c">{body_html(p['body'])}</div>{p.get('after','')}
<div class="side">{p.get('tail','')}<b>{e(p.get('relname','相关推荐'))}</b>{ul(p.get('rel',[]))}</div></div>''')

def epaper(p):
    s = p['site']
    return page(p['title'] + '--' + s, f'''<div class="top">{e(s)}电子版 | {e(p['issue'])} <a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<table width="1100" align="center"><tr><td width="300" valign="top" class="side"><img src="data:," alt="版面缩略图" width="280" height="400"><br>
<a href="#">上一版</a> <a href="#">下一版</a><br>{e(p['page'])}<br><b>本版新闻</b>{ul(p.get('rel',[]))}</td>
<td valign="top">{p.get('pre','')}{h1(p, 'h2')}{p.get('sub','')}<div class="info">{p.get('info','')}</div>
<div class="c">{body_html(p['body'])}</div>{p.get('after','')}
<p class="side">{e(p.get('ed',''))}</p><p class="side"><a href="#">上一篇</a> <a href="#">下一篇</a> <a href="#">返回目录</a></p></td></tr></table>
<div class="foot">{e(p.get('foot','版权所有 '+s+' 未经书面授权不得转载'))}</div>''')

def inst(p):
    return news(p)

T = dict(gov2010=gov2010, gov2020=gov2020, govrec=govrec, news=news, selfm=selfm, epaper=epaper, inst=inst)
