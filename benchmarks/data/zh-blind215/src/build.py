#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the invented page data in pages_*.py."""
import html, json, pathlib, random
from pages_a import PAGES as A
from pages_b import PAGES as B
root = pathlib.Path(__file__).resolve().parent.parent
PAGES = A + B
from extras import EXTRA, EXTRA2
for _pg in PAGES:
  for _X in (EXTRA, EXTRA2):
    if _pg['id'] in _X:
        pos, more = _X[_pg['id']]
        at = len(_pg['paras']) + pos if pos else len(_pg['paras'])
        _pg['paras'][at:at] = more
GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
e = html.escape

def gold_para(p):
    if p.startswith('|'):
        return ' '.join(c.strip() for c in p[1:].split('|'))
    if p[:1] in '#-':
        return p[1:]
    return p

def body_html(pg):
    out, rows, items = [], [], []
    def flush():
        if rows:
            out.append('<table class="dt" border="1" cellspacing="0">' + ''.join(
                '<tr>' + ''.join(f'<td>{e(c.strip())}</td>' for c in r[1:].split('|')) + '</tr>' for r in rows) + '</table>')
            rows.clear()
        if items:
            out.append('<ul class="bl">' + ''.join(f'<li>{e(i[1:])}</li>' for i in items) + '</ul>')
            items.clear()
    for i, p in enumerate(pg['paras']):
        if p.startswith('|'):
            if items: flush()
            rows.append(p); continue
        if p.startswith('-'):
            if rows: flush()
            items.append(p); continue
        flush()
        if p.startswith('#'):
            out.append(f'<h3 class="sub">{e(p[1:])}</h3>')
        else:
            style = ''
            if pg.get('doc') and (p.startswith(pg.get('sign', '@@')) or p == pg.get('docdate')):
                style = ' style="text-align:right"'
            out.append(f'<p{style}>{e(p)}</p>')
        if i == pg.get('img_at', 1) and pg.get('img'):
            alt, cap = pg['img']
            out.append(f'<div class="pic"><img src="{GIF}" alt="{e(alt)}" width="600" height="360"><p class="cap">{e(cap)}</p></div>')
    flush()
    return '\n'.join(out)

def headline(pg):
    t = pg.get('title_lines') or [pg['title']]
    h = '<br>'.join(e(x) for x in t)
    s = ''
    if pg.get('pre'): s += f'<p class="yin">{e(pg["pre"])}</p>'
    s += f'<h1>{h}</h1>'
    if pg.get('sub'): s += f'<p class="fu">{e(pg["sub"])}</p>'
    return s

def foot(pg, r):
    s = pg['site']
    return (f'<div class="foot"><p>主办：{e(s["org"])} 承办：{e(s.get("cb", s["org"] + "信息中心"))}</p>'
            f'<p>{e(s["icp"])} {e(s["ga"])}</p><p>网站标识码：{e(s.get("bsm", "1500000000"))} 联系电话：{e(s["tel"])}</p>'
            f'<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p></div>')

def related(pg):
    rel = pg.get('related') or []
    if not rel: return ''
    return '<div class="rel"><h4>相关阅读</h4><ul>' + ''.join(f'<li><a href="#">{e(x)}</a></li>' for x in rel) + '</ul></div>'

def prevnext(pg):
    pn = pg.get('prevnext')
    if not pn: return ''
    return f'<div class="pn"><p>上一篇：<a href="#">{e(pn[0])}</a></p><p>下一篇：<a href="#">{e(pn[1])}</a></p></div>'

def extra_top(pg):
    s = ''
    if pg.get('index'):
        cells = list(pg['index'].items())
        s += '<table class="xxgk" border="1" cellspacing="0">'
        for i in range(0, len(cells), 2):
            s += '<tr>' + ''.join(f'<th>{e(k)}：</th><td>{e(v)}</td>' for k, v in cells[i:i+2]) + '</tr>'
        s += '</table>'
    return s

def top_lines(pg):
    s = ''
    if pg.get('docno'): s += f'<p class="wh" style="text-align:center">{e(pg["docno"])}</p>'
    if pg.get('byline_top'): s += f'<p class="by">{e(pg["byline_top"])}</p>'
    return s

def end_lines(pg):
    s = ''
    if pg.get('byline_end'): s += f'<p class="by2">{e(pg["byline_end"])}</p>'
    for l in pg.get('end_lines', []): s += f'<p class="ed">{e(l)}</p>'
    return s

CSS = '''body{margin:0;font:15px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#222}
a{color:#135;text-decoration:none} .wrap{width:1000px;margin:0 auto} h1{font-size:26px;text-align:center;margin:16px 0 6px}
.yin,.fu{text-align:center;color:#555;margin:2px} .info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding:6px}
.cap{text-align:center;color:#666;font-size:13px} .foot{background:#eee;text-align:center;font-size:12px;padding:12px;margin-top:20px}
.nav a{margin:0 10px} .side{float:right;width:260px} .main{margin-right:280px} .grid{display:grid;grid-template-columns:2fr 1fr;gap:20px}
.dt td{padding:3px 8px} .xxgk th,.xxgk td{padding:3px 6px;font-size:13px} .share span{margin-right:8px} .by,.by2,.ed{color:#666}
.bm a{margin-right:6px} .epl{float:left;width:280px} .epr{margin-left:300px} .app{max-width:640px;margin:0 auto;padding:10px}
@media (max-width:700px){.grid{grid-template-columns:1fr}}'''

def page_html(pg):
    s, L = pg['site'], pg['layout']
    body = body_html(pg)
    info = pg.get('info', '')
    H = f'<!DOCTYPE html><html lang="{"en" if pg["lang"]=="en" else "zh-CN"}"><head><meta charset="utf-8"><title>{e(pg["title"])}_{e(s["name"])}</title><style>{CSS}</style></head><body>'
    if L == 'gov_table':
        H += (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><span>{e(pg.get("today","2025年4月2日 星期三"))}</span></td>'
              f'<td align="right"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a></td></tr>'
              f'<tr><td colspan="2"><h2>{e(s["name"])}</h2><input type="text" placeholder="请输入关键词"> <button>搜索</button></td></tr>'
              f'<tr><td colspan="2" class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进{e(s["region"])}</a></td></tr>'
              f'<tr><td colspan="2">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">{e(pg.get("column","通知公告"))}</a></td></tr>'
              f'<tr><td colspan="2">{extra_top(pg)}{headline(pg)}<div class="info">{e(info)} 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>'
              f'{top_lines(pg)}<div class="content">{body}</div>{end_lines(pg)}<p align="right">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>{prevnext(pg)}{related(pg)}</td></tr></table>{foot(pg, 0)}')
    elif L == 'gov_div':
        H += (f'<div class="top"><div class="wrap"><a href="#">长者模式</a> <a href="#">无障碍浏览</a> <a href="#">登录</a> <a href="#">注册</a></div></div>'
              f'<div class="wrap"><div class="logo">{e(s["name"])}</div><div class="search"><input placeholder="搜索本站内容"><a href="#">高级检索</a></div>'
              f'<div class="nav"><a href="#">首页</a><a href="#">新闻动态</a><a href="#">信息公开</a><a href="#">办事服务</a><a href="#">公众参与</a></div>'
              f'<div class="crumb">您当前的位置：首页 &gt; {e(pg.get("column","政策解读"))}</div>{extra_top(pg)}{headline(pg)}'
              f'<div class="info">{e(info)}</div><div class="share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span></div>'
              f'{top_lines(pg)}<div class="content">{body}</div>{end_lines(pg)}{prevnext(pg)}{related(pg)}'
              f'<div class="qr"><img src="{GIF}" alt="二维码" width="90" height="90"><p>扫一扫在手机打开当前页</p></div></div>{foot(pg, 0)}')
    elif L in ('portal', 'grid'):
        side = '<div class="side"><h4>热点排行</h4><ol>' + ''.join(f'<li><a href="#">{e(x)}</a></li>' for x in pg.get('hot', ['本周要闻回顾', '天气预报：周末有小雨'])) + '</ol></div>'
        cls = 'grid' if L == 'grid' else ''
        H += (f'<div class="top"><div class="wrap"><span>{e(s["name"])}</span> <a href="#">登录</a> <a href="#">客户端</a> <input placeholder="请输入搜索内容"></div></div>'
              f'<div class="wrap nav"><a href="#">首页</a><a href="#">时政</a><a href="#">社会</a><a href="#">财经</a><a href="#">文旅</a><a href="#">视频</a></div>'
              f'<div class="wrap"><div class="crumb">{e(s["name"])} &gt; {e(pg.get("column","新闻中心"))} &gt; 正文</div><div class="{cls}">'
              f'{side if L=="portal" else ""}<div class="main">{headline(pg)}<div class="info">{e(info)}</div>'
              f'<div class="share"><span>分享</span><span>微信</span><span>微博</span><span>复制链接</span></div>'
              f'{top_lines(pg)}<div class="content">{body}</div>{end_lines(pg)}{prevnext(pg)}{related(pg)}</div>{side if L=="grid" else ""}</div></div>{foot(pg, 0)}')
    elif L == 'app':
        H += (f'<div class="app"><div class="bar"><span>{e(s["name"])}</span> <a href="#">打开APP</a></div>{headline(pg)}'
              f'<div class="acct"><img src="{GIF}" alt="头像" width="36" height="36"> <b>{e(pg["acct"])}</b> <span>{e(info)}</span> <a href="#">+ 关注</a></div>'
              f'{top_lines(pg)}<div class="content">{body}</div>{end_lines(pg)}'
              f'<div class="stat">{e(pg.get("stat","阅读 2.1万 · 赞 356"))}</div><div class="share"><span>点赞</span><span>评论</span><span>收藏</span><span>分享</span></div>'
              f'{related(pg)}<div class="qr"><img src="{GIF}" alt="二维码" width="80" height="80"><p>长按识别二维码，下载APP看更多</p></div>'
              f'<p class="foot">{e(s.get("disclaimer","本文为作者独立观点，不代表平台立场。"))}</p></div>')
    elif L == 'epaper':
        ep = pg['ep']
        H += (f'<div class="wrap"><div class="ephead"><b>{e(s["name"])}</b> {e(ep["date"])} <a href="#">往期回顾</a> <a href="#">PDF下载</a></div>'
              f'<div class="epl"><div class="bm">版面导航：' + ''.join(f'<a href="#">{e(b)}</a>' for b in ep['bans']) + '</div>'
              f'<h4>本版标题</h4><ul>' + ''.join(f'<li><a href="#">{e(t)}</a></li>' for t in ep['titles']) + '</ul>'
              f'<img src="{GIF}" alt="版面缩略图" width="260" height="380"><p><a href="#">上一版</a> <a href="#">下一版</a></p></div>'
              f'<div class="epr"><div class="info">{e(info)}</div>{headline(pg)}{top_lines(pg)}<div class="content">{body}</div>{end_lines(pg)}</div>'
              f'<div class="foot">{e(s["org"])} 版权所有 {e(s["icp"])} {e(s["ga"])}</div></div>')
    elif L == 'en':
        H += (f'<div class="top"><div class="wrap"><b>{e(s["name"])}</b> <a href="#">中文</a> <a href="#">Sign in</a> <input placeholder="Search"></div></div>'
              f'<div class="wrap nav"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a></div>'
              f'<div class="wrap"><div class="crumb">Home &gt; {e(pg.get("column","News"))}</div>{headline(pg)}<div class="info">{e(info)}</div>'
              f'<div class="share"><span>Share</span><span>Facebook</span><span>X</span><span>LinkedIn</span></div>{top_lines(pg)}'
              f'<div class="content">{body}</div>{end_lines(pg)}{related(pg)}</div>'
              f'<div class="foot"><p>Copyright © {e(s["org"])}. All rights reserved.</p><p>{e(s["icp"])}</p></div>')
    elif L == 'inst':
        H += (f'<div class="top"><div class="wrap"><a href="#">{e(s.get("links","信息门户 | 图书馆 | 校友"))}</a> <input placeholder="站内搜索"></div></div>'
              f'<div class="wrap"><h2>{e(s["name"])}</h2><div class="nav"><a href="#">首页</a><a href="#">概况</a><a href="#">新闻</a><a href="#">公告</a><a href="#">服务</a></div>'
              f'<div class="crumb">首页 / {e(pg.get("column","新闻动态"))} / 正文</div>{headline(pg)}<div class="info">{e(info)}</div>'
              f'{top_lines(pg)}<div class="content">{body}</div>{end_lines(pg)}{prevnext(pg)}{related(pg)}</div>'
              f'<div class="foot"><p>{e(s["org"])} 地址：{e(s["addr"])} 电话：{e(s["tel"])}</p><p>{e(s["icp"])} {e(s["ga"])}</p></div>')
    return H + '</body></html>\n'

def main():
    (root / 'html').mkdir(exist_ok=True); (root / 'gold').mkdir(exist_ok=True)
    for pg in PAGES:
        (root / 'html' / f'{pg["id"]}.html').write_text(page_html(pg), 'utf-8')
        g = {'id': pg['id'], 'set': 'zh-blind215', 'lang': pg['lang'], 'kind': pg['kind'],
             'title': pg.get('gold_title', ''.join(pg.get('title_lines') or [pg['title']])),
             'authors': pg['authors'], 'publish_time': pg['time'],
             'body_paragraphs': [gold_para(p) for p in pg['paras']]}
        (root / 'gold' / f'{pg["id"]}.json').write_text(json.dumps(g, ensure_ascii=False, indent=2) + '\n', 'utf-8')
    print('pages:', len(PAGES))

if __name__ == '__main__':
    main()
