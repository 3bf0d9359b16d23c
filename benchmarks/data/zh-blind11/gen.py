#!/usr/bin/env python3
"""Generator for zh-blind11: writes html/<id>.html and gold/<id>.json."""
import json, os, html as H
D = os.path.dirname(os.path.abspath(__file__))
CSS = "<style>body{font:14px/1.7 sans-serif;margin:0}.w{width:1000px;margin:0 auto}.top{background:#eee;font-size:12px}.nav a,.top a{margin:0 8px}h1{font-size:24px;text-align:center}.info{color:#666;text-align:center;font-size:12px}.foot{background:#333;color:#ccc;font-size:12px;padding:10px}.side{float:right;width:260px}.main{overflow:hidden}table.t td{border:1px solid #ccc;padding:3px}.sticky{position:sticky;top:0;background:#fff}</style>"
E = H.escape
def body_html(body):
    out = []
    rows = []
    for p in body:
        if isinstance(p, tuple):
            rows.append(p); continue
        if rows:
            out.append('<table class="t">' + ''.join('<tr>' + ''.join(f'<td>{E(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>'); rows = []
        if p.startswith('##'):
            out.append(f'<p><strong>{E(p[2:])}</strong></p>')
        elif p.startswith('!'):
            alt, cap = p[1:].split('|')
            out.append(f'<p style="text-align:center"><img src="pic.jpg" alt="{E(alt)}" width="500" height="300"></p><p style="text-align:center;color:#666">{E(cap)}</p>')
        elif p.startswith('>>'):
            out.append(f'<p style="text-align:right">{E(p[2:])}</p>')
        elif p.startswith('~~'):
            out.append(f'<p>{E(p[2:])}</p>')
        else:
            out.append(f'<p style="text-indent:2em">{E(p)}</p>')
    if rows:
        out.append('<table class="t">' + ''.join('<tr>' + ''.join(f'<td>{E(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>')
    return '\n'.join(out)

def gold_body(body):
    g = []
    for p in body:
        if isinstance(p, tuple): g.append(' '.join(p))
        elif p.startswith('##'): g.append(p[2:])
        elif p.startswith('!'): continue
        elif p.startswith('>>'): g.append(p[2:])
        elif p.startswith('~~'): continue
        else: g.append(p)
    return g

def title_html(a, tag='h1'):
    t = a['title']
    if 'split' in a:
        i = a['split']; t = E(t[:i]) + '<br>' + E(t[i:])
    else: t = E(t)
    return f'<{tag}>{t}</{tag}>'

def lis(items): return '<ul>' + ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + '</ul>'

def gov_old(a):  # 2010s table layout
    s = a['site']
    return f'''<table width="1000" align="center"><tr><td><b style="font-size:28px">{E(s)}</b></td><td align="right">设为首页 | 加入收藏 | 网站地图</td></tr></table>
<table width="1000" align="center" bgcolor="#c00"><tr>{''.join(f'<td><a href="#" style="color:#fff">{x}</a></td>' for x in a.get('nav','首页 政务公开 政务动态 政民互动 办事服务 走进'.split()))}</tr></table>
<table width="1000" align="center"><tr><td>当前位置：<a href="#">首页</a>&gt;&gt;<a href="#">{E(a['crumb'])}</a></td><td align="right">{a.get('today','')}</td></tr></table>
<table width="1000" align="center"><tr><td>{title_html(a)}
<div class="info">{a['info']}</div><hr>
{body_html(a['body'])}
<p align="right">{a.get('tail','【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】')}</p>
<table width="100%"><tr><td>相关文章</td></tr>{''.join(f'<tr><td>· <a href="#">{E(x)}</a></td><td>{d}</td></tr>' for x,d in a.get('rel',[]))}</table>
</td></tr></table>
<div class="foot" align="center">{a['foot']}</div>'''

def gov_new(a):  # 2020s portal
    s = a['site']
    tb = f'''<div class="top w"><span>{a.get('welcome','欢迎访问'+s)}</span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">登录</a><a href="#">注册</a></div>
<div class="w"><img src="logo.png" alt="{E(s)}" width="400" height="60"> <form><input placeholder="{a.get('ph','请输入关键词')}"><button>搜索</button></form></div>
<div class="nav w">{''.join(f'<a href="#">{x}</a>' for x in a.get('nav','首页 政府信息公开 政务服务 互动交流 数据开放 走进'.split()))}</div>
<div class="w">您当前所在位置：<a href="#">首页</a> &gt; {' &gt; '.join(f'<a href="#">{E(c)}</a>' for c in a['crumb'].split('>'))}</div>'''
    meta = a.get('meta', '')
    th = title_html(a); info = f'<div class="info">{a["info"]}</div>'
    head = (info + th) if a.get('info_above') else (th + info)
    side = f'<div class="side"><h3>{a.get("hotname","热点推荐")}</h3>{lis(a.get("hot",[]))}<p>扫一扫在手机打开当前页</p><img src="qr.png" alt="二维码" width="100" height="100"></div>'
    return f'''{tb}<div class="w">{side}<div class="main">{meta}{head}
<div class="sticky">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
{body_html(a['body'])}
{a.get('after','')}
<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
<p>上一篇：<a href="#">{E(a.get('prev','无'))}</a></p><p>下一篇：<a href="#">{E(a.get('next','无'))}</a></p>
<h3>相关阅读</h3>{lis(a.get('rel',[]))}</div></div>
<div class="foot">{a['foot']}</div>'''

def disclosure(a, colon=True):
    c = '：' if colon else ''
    rows = a['disc']
    cells = ''.join(f'<tr><td>{k}{c}</td><td>{E(v)}</td><td>{k2}{c}</td><td>{E(v2)}</td></tr>' for (k,v),(k2,v2) in zip(rows[::2], rows[1::2]))
    return f'<table class="t" width="100%">{cells}</table>'

def media(a):
    s = a['site']
    th = title_html(a)
    return f'''<div class="top w">{a.get('topbar','')}</div>
<div class="w"><b style="font-size:26px">{E(s)}</b> <a href="#">客户端下载</a> <input placeholder="{a.get('ph','搜索')}"></div>
<div class="nav w">{''.join(f'<a href="#">{x}</a>' for x in a['nav'].split())}</div>
<div class="w">{a.get('crumb','')}</div>
<div class="w"><div class="side"><h3>{a.get('hotname','热门排行')}</h3><ol>{''.join(f'<li>{E(x)}</li>' for x in a.get('hot',[]))}</ol></div><div class="main">
{a.get('pre','')}{th}<div class="info">{a['info']}</div>
{a.get('lead','')}{body_html(a['body'])}
{a.get('after','')}
<div>{a.get('share','分享到： 微信 微博 QQ')}</div>
<h3>{a.get('relname','相关新闻')}</h3>{lis(a.get('rel',[]))}
<div>{a.get('cmt','')}</div></div></div>
<div class="foot">{a['foot']}</div>'''

def selfmedia(a):
    return f'''<div class="top w">{a['topbar']}</div>
<div class="w"><div class="side"><p><b>{E(a['acct'])}</b></p><p>{a.get('acctinfo','')}</p><button>关注</button><h3>{a.get('hotname','相关推荐')}</h3>{lis(a.get('hot',[]))}</div><div class="main">
{title_html(a)}<div class="info" style="text-align:left">{a['info']}</div>
{body_html(a['body'])}
{a.get('after','')}
<p>{a.get('bottom','举报/反馈')}</p></div></div><div class="foot">{a.get('foot','')}</div>'''

def epaper(a):
    k = f'<h4 style="text-align:center">{E(a["kicker"])}</h4>' if a.get('kicker') else ''
    k2 = f'<p style="text-align:center">{E(a["kicker2"])}</p>' if a.get('kicker2') else ''
    st = f'<h3 style="text-align:center">{E(a["sub"])}</h3>' if a.get('sub') else ''
    return f'''<div class="w"><b style="font-size:26px">{E(a['site'])}</b> {a['dateline']}</div>
<div class="w"><a href="#">上一期</a> <a href="#">下一期</a> | {a['ban']} | <a href="#">上一版</a> <a href="#">下一版</a> | <a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<div class="w"><div class="side"><h3>本版新闻</h3>{lis(a.get('rel',[]))}<h3>版面导航</h3>{lis(a.get('bans',[]))}</div><div class="main">
{k}{k2}{title_html(a)}{st}<div class="info">{a['info']}</div>
{body_html(a['body'])}
<p>{a.get('tail','')}</p></div></div>
<div class="foot">{a['foot']}</div>'''

def inst(a):
    return gov_new(a) if a.get('style') == 'new' else media(a)

T = {'gov_old': gov_old, 'gov_new': gov_new, 'media': media, 'self': selfmedia, 'epaper': epaper, 'inst': inst}

def build(pages):
    for a in pages:
        h = T[a['tpl']](a)
        doc = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{E(a.get("ptitle", a["title"] + "_" + a["site"]))}</title>{CSS}</head><body>\n{h}\n</body></html>\n'
        open(f'{D}/html/{a["id"]}.html', 'w', encoding='utf-8').write(doc)
        g = {'id': a['id'], 'set': 'zh-blind11', 'lang': a.get('lang', 'zh'), 'kind': a['kind'], 'title': a['title'],
             'authors': a['authors'], 'publish_time': a['ptime'], 'body_paragraphs': gold_body(a['body'])}
        json.dump(g, open(f'{D}/gold/{a["id"]}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    from pages import PAGES
    build(PAGES)
    print(len(PAGES), 'pages')
