"""Build html/ and gold/ for zh-blind213."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from furniture import *
import pages_a, pages_b, pages_c, extra
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = {}
for i in range(1, 41):
    KIND[f'rf-{i:02d}'] = ('government' if i <= 12 else 'media' if i <= 24 else 'self-media' if i <= 30
                          else 'e-paper' if i <= 35 else 'institution')

def top(p, n):
    k = KIND[p['id']]
    if p['layout'] == 'app':
        return (f'<div class="bar"><span>{e(p["site"])}</span><span><a>打开APP</a></span></div>')
    if k in ('government', 'institution'):
        care = '<a>无障碍</a> | <a>长者模式</a>' if n % 2 else '<a>关怀版</a> | <a>无障碍浏览</a>'
        return (f'<div class="top"><span>{care}</span> <span><a>登录</a> | <a>注册</a></span></div>'
                f'<div class="hd"><p>{img(p["site"]+" 标识")}{e(p["site"])}</p>'
                '<form><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div>'
                '<div class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进本地</a></div>'
                if k == 'government' else
                f'<div class="top"><span>{img(p["site"]+"校徽")}{e(p["site"])}</span><a>English</a> <a>信息公开</a> <input placeholder="搜索"></div>'
                '<div class="nav"><a>首页</a><a>概况</a><a>新闻</a><a>服务</a><a>联系我们</a></div>')
    if p.get('lang') == 'en':
        return f'<header><span>{e(p["site"])}</span><nav><a>Home</a> <a>News</a> <a>Business</a> <a>Culture</a> <a>Travel</a></nav><input placeholder="Search"></header>'
    return (f'<header><span>{img(p["site"]+" logo")}{e(p["site"])}</span><nav><a>首页</a> <a>要闻</a> <a>本地</a> <a>财经</a> <a>视频</a> <a>图片</a></nav>'
            '<span><a>登录</a> <a>注册</a></span><input placeholder="搜索新闻"></header>')

def headline(p):
    h = ''
    if p.get('kicker'): h += f'<p class="yt">{e(p["kicker"])}</p>'
    t = '<br>'.join(e(x) for x in p['tlines']) if p.get('tlines') else e(p['title'])
    if p.get('weibo'): t = ''
    else: h += f'<h1 class="zt">{t}</h1>'
    if p.get('sub'): h += f'<p class="ft">{e(p["sub"])}</p>'
    return h

def render(p, n):
    k = KIND[p['id']]
    css = CSS[p['layout']]
    if p['layout'] == 'epaper':
        titles = [p['title']] + p['others']
        nav = ''.join(f'<li><a>第{i:02d}版</a></li>' for i in range(1, 9))
        art = (headline(p) + p.get('pre', '') + blocks_html(p['blocks']) + p.get('post', ''))
        body = (f'<div class="ph"><p>{e(p["paper"])}　{e(p["date"])}　星期{"一二三四五六日"[n%7]}</p><p><a>往期回顾</a> <a>PDF下载</a></p></div>'
                f'<div class="pn"><a>上一版</a><span>{e(p["ed"])}</span><a>下一版</a></div>'
                f'<div class="l">{img("版面图")}<p>版面导航</p><ul>{nav}</ul><p>本版标题</p><ul class="list">'
                + ''.join(f'<li><a>{e(t)}</a></li>' for t in titles) + '</ul></div>'
                f'<div class="r">{art}<p>【<a>返回</a>】【<a>打印</a>】</p></div>'
                f'<div class="foot"><p>{e(p["paper"])}社版权所有 未经授权禁止转载　{p["prov"]}ICP备{3000000+n*17}号</p></div>')
        return doc(p['title'], css, body)
    parts = [top(p, n)]
    if p.get('crumbs'): parts.append(f'<div class="crumb">{p["crumbs"]}</div>')
    if p.get('care'): parts.append('<p><a>切换到长者模式</a></p>')
    main = []
    if p.get('weibo') or p.get('wechat'):
        main.append(f'<h1>{e(p["title"])}</h1>' if p.get('wechat') else '')
        main.append(p['info'])
    else:
        if p['pos'] == 'above': main.append(p['info'])
        main.append(headline(p))
        if p['pos'] == 'below': main.append(p['info'])
    main.append(p.get('pre', ''))
    main.append('<div class="content">' + blocks_html(p['blocks']) + '</div>')
    main.append(p.get('post', '').replace('{img}', img('二维码')))
    if p['pos'] == 'bottom': main.append(p['info'])
    if p.get('pn'): main.append(prevnext(*p['pn']))
    side = related(p.get('rel', ['本地召开一季度重点工作推进会', '多部门联合开展安全生产检查', '这些新规下月起施行']))
    if p['layout'] == 'grid':
        parts.append(f'<div class="g"><main>{"".join(main)}</main><aside>{side}<p>{img("二维码")}扫一扫在手机打开当前页</p></aside></div>')
    elif p['layout'] == 'table':
        parts.append(f'<table class="w"><tr><td class="tit">{"".join(main)}</td></tr><tr><td>{side}</td></tr></table>')
    else:
        parts.append(f'<div class="wrap">{"".join(main)}{side}</div>')
    if p['layout'] == 'app':
        parts.append('<div class="cmt"><p>写评论...</p><p>分享 收藏 点赞</p></div>')
    parts.append(gov_footer(p['site'], p['prov'], n) if k in ('government', 'institution') else media_footer(p['site'], p['prov'], n))
    return doc(p['title'], css, '\n'.join(parts))

def main():
    pages = pages_a.P + pages_b.P + pages_c.P
    os.makedirs(f'{ROOT}/html', exist_ok=True); os.makedirs(f'{ROOT}/gold', exist_ok=True)
    for n, p in enumerate(pages, 1):
        if p['id'] in extra.X: p['blocks'].insert(1, ('p', extra.X[p['id']]))
        open(f'{ROOT}/html/{p["id"]}.html', 'w', encoding='utf-8').write(render(p, n))
        g = dict(id=p['id'], set='zh-blind213', lang=p.get('lang', 'zh'), kind=KIND[p['id']], title=p['title'],
                 authors=p['authors'], publish_time=p['time'], body_paragraphs=gold_body(p['blocks']))
        json.dump(g, open(f'{ROOT}/gold/{p["id"]}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(pages), 'pages')
if __name__ == '__main__': main()
