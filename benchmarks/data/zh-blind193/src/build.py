"""Render html/<id>.html and gold/<id>.json from src/pages.py (single source of truth)."""
import json, os, sys, html as H
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages import PAGES

GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
e = H.escape

def img(alt, cls=''):
    return f'<img class="{cls}" src="{GIF}" alt="{e(alt)}" width="1" height="1">'

def parse(body):
    out = []
    for line in body.strip().split('\n'):
        line = line.strip()
        if not line:
            continue
        for pre, k in (('## ', 'h'), ('- ', 'li'), ('| ', 'tr'), ('> ', 'q'), ('R ', 'r'), ('[图] ', 'cap')):
            if line.startswith(pre):
                t = line[len(pre):]
                out.append((k, [c.strip() for c in t.split('|')] if k == 'tr' else t))
                break
        else:
            out.append(('p', line))
    return out

def gold_paras(blocks):
    return [(' '.join(t) if k == 'tr' else t) for k, t in blocks if k != 'cap']

def render_blocks(blocks, p):
    style = p.get('pstyle', 'p')
    res, i = [], 0
    while i < len(blocks):
        k, t = blocks[i]
        if k == 'li':
            items = []
            while i < len(blocks) and blocks[i][0] == 'li':
                items.append(f'<li>{e(blocks[i][1])}</li>'); i += 1
            res.append('<ul class="lst">' + ''.join(items) + '</ul>'); continue
        if k == 'tr':
            rows = []
            while i < len(blocks) and blocks[i][0] == 'tr':
                rows.append('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in blocks[i][1]) + '</tr>'); i += 1
            res.append('<table class="dt" border="1" cellspacing="0">' + ''.join(rows) + '</table>'); continue
        if k == 'h':
            res.append(f'<p class="sub"><strong>{e(t)}</strong></p>' if style == 'old' else f'<h3 class="sub">{e(t)}</h3>')
        elif k == 'q':
            res.append(f'<blockquote>{e(t)}</blockquote>')
        elif k == 'r':
            res.append(f'<p style="text-align:right">{e(t)}</p>')
        elif k == 'cap':
            res.append(f'<div class="pic">{img(t)}<p class="cap">{e(t)}</p></div>')
        else:
            if style == 'old':
                res.append(f'<p style="text-indent:2em">{e(t)}</p>')
            elif style == 'div':
                res.append(f'<div class="para">{e(t)}</div>')
            elif style == 'br':
                res.append(f'&nbsp;&nbsp;&nbsp;&nbsp;{e(t)}<br><br>')
            else:
                res.append(f'<p>{e(t)}</p>')
        i += 1
    return '\n'.join(res)

def infobar(p):
    parts = []
    lab = p.get('tlabel', '发布时间：')
    parts.append(f'{lab}{p["time"]}')
    if p.get('src'):
        parts.append(p.get('srclabel', '来源：') + p['src'])
    if p.get('bypos') == 'infobar':
        parts.append(p['by'])
    if p.get('views'):
        parts.append(f'浏览次数：{p["views"]}')
    sep = '' if p.get('glue') else '　　'
    s = sep.join(e(x) for x in parts)
    if p.get('fontsize'):
        s += '　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】'
    return f'<div class="info">{s}</div>'

def footer(p):
    f = p.get('footer') or {}
    site = p['site']
    lines = [f'<a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a>']
    lines.append(f'主办：{e(f.get("host", site))}　承办：{e(f.get("org", site + "信息中心"))}')
    lines.append(f'{e(f.get("icp", "辽ICP备05002718号-1"))}　{e(f.get("ga", "辽公网安备 21010202000417号"))}' + (f'　网站标识码：{e(f["code"])}' if f.get('code') else ''))
    if f.get('tel'):
        lines.append('联系电话：' + e(f['tel']))
    return '<div class="footer">' + ''.join(f'<p>{x}</p>' for x in lines) + '</div>'

def related(p):
    rel = p.get('related') or []
    if not rel:
        return ''
    return '<div class="related"><h4>相关阅读</h4><ul>' + ''.join(f'<li><a href="#">{e(r)}</a></li>' for r in rel) + '</ul></div>'

def prevnext(p):
    pn = p.get('prevnext')
    if not pn:
        return ''
    return f'<div class="pn"><p>上一篇：<a href="#">{e(pn[0])}</a></p><p>下一篇：<a href="#">{e(pn[1])}</a></p></div>'

def byline_html(p, where):
    if p.get('bypos') == where and p.get('by'):
        cls = 'byline' if where != 'closing' else 'byline end'
        return f'<p class="{cls}">{e(p["by"])}</p>'
    return ''

def editor(p):
    return f'<p class="editor">{e(p["editor"])}</p>' if p.get('editor') else ''

def nav(items):
    return '<div class="nav">' + ''.join(f'<a href="#">{e(x)}</a>' for x in items) + '</div>'

CSS = {
'gov': 'body{margin:0;font:14px/1.8 "SimSun",serif;background:#eef3f8}.wrap{width:1000px;margin:0 auto;background:#fff}.top{background:#b71c1c;color:#fff;padding:20px;font-size:28px}.tools{font-size:12px;text-align:right;padding:4px}.nav{background:#c62828}.nav a{color:#fff;padding:0 14px;line-height:38px}.crumb{padding:8px;font-size:12px;border-bottom:1px solid #ddd}h1{text-align:center;font-size:24px;color:#b71c1c}.info{text-align:center;color:#666;font-size:12px;border-bottom:1px dashed #ccc;padding-bottom:8px}.content{padding:10px 40px;font-size:16px}.footer{background:#8e1b1b;color:#eee;text-align:center;font-size:12px;padding:10px}.dt td{padding:4px 8px}.xxgk td{border:1px solid #ccc;padding:4px 8px;font-size:13px}.sub{font-size:16px}.pic{text-align:center}.cap{text-align:center;color:#555;font-size:13px}.editor{text-align:right;color:#666}.pn,.related{padding:0 40px;font-size:13px}blockquote{border-left:4px solid #c62828;margin:10px 0;padding-left:12px}',
'media': 'body{margin:0;font:15px/1.9 "Microsoft YaHei",sans-serif;color:#222}.top{height:90px;background:#0d47a1;color:#fff;font-size:30px;padding:20px 40px}.nav{background:#1565c0}.nav a{color:#fff;padding:0 12px;line-height:40px}.main{display:flex;width:1200px;margin:0 auto;gap:30px}.art{flex:1}.side{width:300px;font-size:13px}h1{font-size:30px;line-height:1.4}.info{color:#888;font-size:13px}.byline{color:#666}.sub{font-size:18px}.cap{color:#666;font-size:13px;text-align:center}.pic{text-align:center}.footer{background:#f3f3f3;text-align:center;font-size:12px;color:#666;padding:16px}.share{color:#999;font-size:12px}.editor{color:#999;text-align:right}blockquote{background:#f6f8fb;padding:8px 16px;margin:12px 0}.dt td{padding:4px 10px}.kicker,.subt{color:#555;font-size:18px}',
'self': 'body{margin:0;background:#f7f7f7;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:#333}.page{max-width:680px;margin:0 auto;background:#fff;padding:20px}h1{font-size:22px}.meta{color:#888;font-size:15px}.meta a{color:#576b95}.cap{color:#999;font-size:13px;text-align:center}.pic{text-align:center}.bar{display:flex;justify-content:space-around;color:#888;font-size:14px;border-top:1px solid #eee;padding:10px 0}.qr{text-align:center;color:#999;font-size:13px}.sub{font-size:18px;color:#1e6b4f}blockquote{color:#666;border-left:3px solid #ddd;padding-left:10px}.footer{font-size:12px;color:#aaa;text-align:center}.open{background:#07c160;color:#fff;text-align:center;padding:10px;border-radius:4px}',
'epaper': 'body{margin:0;font:14px/1.7 "SimSun",serif;background:#e9e4d8}.head{background:#7b1f1f;color:#fff;padding:10px 20px}.head b{font-size:26px}.frame{display:flex;width:1200px;margin:0 auto;gap:10px}.left{width:420px;background:#fff;padding:8px}.ban a{display:inline-block;margin:2px 6px;font-size:12px}.titles li{font-size:13px}.right{flex:1;background:#fff;padding:16px}.yin,.fu{text-align:center;font-size:16px;color:#444}h1{text-align:center;font-size:28px;margin:6px 0}.info{text-align:center;color:#777;font-size:12px}.content p{text-indent:2em}.footer{text-align:center;font-size:12px;color:#555;padding:8px}.sub{font-size:15px}.cap{text-align:center;color:#666;font-size:12px}',
'inst': 'body{margin:0;font:15px/1.8 "Microsoft YaHei",sans-serif}.top{background:#004d40;color:#fff;padding:18px 40px;font-size:26px}.nav{background:#00695c}.nav a{color:#fff;padding:0 14px;line-height:38px}.wrap{width:1100px;margin:0 auto;display:grid;grid-template-columns:220px 1fr;gap:24px}.leftnav li{list-style:none;border-bottom:1px solid #ddd;padding:6px}.crumb{font-size:12px;color:#777}h1{font-size:24px;text-align:center}.info{text-align:center;color:#888;font-size:13px}.footer{background:#263238;color:#cfd8dc;text-align:center;font-size:12px;padding:14px}.sub{font-size:16px}.cap{text-align:center;color:#666;font-size:13px}.pic{text-align:center}.dt td{padding:4px 10px}.editor{text-align:right;color:#888}',
}

def page_gov(p, body):
    tools = '<div class="tools"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <form style="display:inline"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>' if p.get('access') else ''
    crumb = '<div class="crumb">当前位置：' + ' &gt; '.join(f'<a href="#">{e(c)}</a>' for c in p.get('crumb', ['首页', '政务动态'])) + '</div>'
    xxgk = ''
    if p.get('xxgk'):
        x = p['xxgk']
        cells = list(x.items())
        rows = ''.join(f'<tr><td>{e(cells[i][0])}：</td><td>{e(cells[i][1])}</td>' + (f'<td>{e(cells[i+1][0])}：</td><td>{e(cells[i+1][1])}</td>' if i + 1 < len(cells) else '') + '</tr>' for i in range(0, len(cells), 2))
        xxgk = f'<table class="xxgk" cellspacing="0">{rows}</table>'
    title = f'<h1>{e(p["title"])}</h1>'
    wh = f'<p style="text-align:center">{e(p["wenhao"])}</p>' if p.get('wenhao') else ''
    ib = infobar(p)
    head = (ib + title) if p.get('info_pos') == 'above' else title
    mid = '' if p.get('info_pos') in ('above', 'bottom') else ib
    bottom = ib if p.get('info_pos') == 'bottom' else ''
    if p.get('layout') == 'table':
        main = f'<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff"><tr><td class="top">{img(p["site"] + "标志")} {e(p["site"])}</td></tr><tr><td>{nav(p.get("navs", ["首页", "政务公开", "政务服务", "互动交流", "走进" + p["site"][:3]]))}</td></tr><tr><td>{crumb}</td></tr><tr><td>{xxgk}{head}{mid}{wh}{byline_html(p, "firstline")}<div class="content">{body}</div>{byline_html(p, "closing")}{bottom}{editor(p)}<p style="text-align:right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>{prevnext(p)}{related(p)}</td></tr></table>'
    else:
        main = f'<div class="wrap"><div class="top">{img(p["site"] + "标志")} {e(p["site"])}</div>{tools}{nav(p.get("navs", ["首页", "政务公开", "政务服务", "互动交流"]))}{crumb}{xxgk}<div class="article">{head}{mid}{wh}{byline_html(p, "firstline")}<div class="content">{body}</div>{byline_html(p, "closing")}{bottom}{editor(p)}<div class="share">分享到：微信 微博 QQ空间</div><p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>{prevnext(p)}{related(p)}</div></div>'
    return main + footer(p)

def page_media(p, body):
    kick = f'<p class="kicker">{e(p["yin"])}</p>' if p.get('yin') else ''
    subt = f'<p class="subt">{e(p["fu"])}</p>' if p.get('fu') else ''
    ib = infobar(p)
    head = kick + ((ib + f'<h1>{e(p["title"])}</h1>') if p.get('info_pos') == 'above' else f'<h1>{e(p["title"])}</h1>') + subt
    mid = '' if p.get('info_pos') in ('above', 'bottom') else ib
    bottom = ib if p.get('info_pos') == 'bottom' else ''
    side = '<div class="side"><h4>热点排行</h4><ol>' + ''.join(f'<li><a href="#">{e(x)}</a></li>' for x in p.get('hot', ['全市春季植树活动全面启动', '多条公交线路优化调整', '本周天气：气温回升明显'])) + '</ol></div>'
    crumb = '<p class="crumb">' + ' &gt; '.join(e(c) for c in p.get('crumb', ['首页', '新闻', '本地'])) + '</p>'
    return (f'<div class="top">{img(p["site"])} {e(p["site"])}</div>{nav(p.get("navs", ["首页", "时政", "本地", "经济", "社会", "文旅", "视频", "专题"]))}'
            f'<div class="main"><div class="art">{crumb}{head}{mid}{byline_html(p, "firstline")}<div class="content">{body}</div>{byline_html(p, "closing")}{bottom}{editor(p)}'
            f'<p class="share">分享到：微信 微博 QQ 复制链接</p>{prevnext(p)}{related(p)}</div>{side}</div>' + footer(p))

def page_self(p, body):
    plat = p.get('plat', 'wx')
    acct = p.get('acct', '')
    if plat == 'wx':
        meta = f'<div class="meta">{e(p.get("orig", ""))} <a href="#">{e(acct)}</a>　<em>{e(p["time"])}</em>　{e(p.get("loc", ""))}</div>'
        tail = f'<div class="qr">{img("二维码")}<p>长按识别二维码 关注我们</p></div><div class="bar"><span>阅读 {p.get("views", "1.2万")}</span><span>赞</span><span>分享</span><span>推荐</span><span>写留言</span></div>'
        top = ''
    elif plat == 'weibo':
        meta = f'<div class="meta"><a href="#">{e(acct)}</a><br>{e(p["time"])} 来自 {e(p.get("dev", "微博网页版"))}</div>'
        tail = '<div class="bar"><span>转发 126</span><span>评论 58</span><span>赞 903</span></div>'
        top = '<div class="open">打开微博APP，查看更多精彩内容</div>'
    else:
        meta = f'<div class="meta">{img(acct + "头像")} <a href="#">{e(acct)}</a>　<span>{e(p["time"])}</span>　{e(p.get("loc", ""))}　<button>+ 关注</button></div>'
        tail = f'<div class="bar"><span>点赞</span><span>评论</span><span>收藏</span><span>分享</span></div><p class="footer">{e(p.get("decl", "本文为作者原创，未经授权不得转载。"))}</p>'
        top = f'<div class="open">{e(p.get("appbar", "打开APP，阅读体验更佳"))}</div>'
    title = f'<h1>{e(p["title"])}</h1>' if p.get('title_shown', True) else ''
    if plat == 'weibo':
        return f'<div class="page">{top}{meta}{title}<div class="content">{body}</div>{byline_html(p, "closing")}{tail}</div>'
    return f'<div class="page">{top}{title}{meta}{byline_html(p, "firstline")}<div class="content">{body}</div>{byline_html(p, "closing")}{editor(p)}{tail}{related(p)}</div>'

def page_epaper(p, body):
    ban = '<div class="ban">' + ''.join(f'<a href="#">{e(b)}</a>' for b in p['banci']) + '</div>'
    tl = '<div class="titles"><h4>本版标题</h4><ul>' + ''.join(f'<li><a href="#">{e(t)}</a></li>' for t in p['titles']) + '</ul></div>'
    left = f'<div class="left"><p>{e(p["cur"])}</p>{img("版面缩略图")}<p><a href="#">上一版</a> <a href="#">下一版</a></p>{ban}{tl}</div>'
    stack = (f'<p class="yin">{e(p["yin"])}</p>' if p.get('yin') else '') + f'<h1>{e(p["title"])}</h1>' + (f'<p class="fu">{e(p["fu"])}</p>' if p.get('fu') else '')
    ib = f'<div class="info">{e(p.get("infotxt", ""))}</div>'
    return (f'<div class="head"><b>{e(p["site"])}</b>　{e(p["issue"])}　<a href="#">往期回顾</a> <a href="#">PDF下载</a></div>'
            f'<div class="frame">{left}<div class="right">{stack}{ib}{byline_html(p, "firstline")}<div class="content">{body}</div>{byline_html(p, "closing")}{editor(p)}</div></div>'
            f'<div class="footer">{e(p["site"])}数字报　版权所有　{e(p.get("icp", "闽ICP备08011325号"))}</div>')

def page_inst(p, body):
    ib = infobar(p)
    head = f'<h1>{e(p["title"])}</h1>'
    mid = '' if p.get('info_pos') == 'bottom' else ib
    bottom = ib if p.get('info_pos') == 'bottom' else ''
    left = '<ul class="leftnav">' + ''.join(f'<li><a href="#">{e(x)}</a></li>' for x in p.get('leftnav', ['综合新闻', '通知公告', '媒体报道', '图片新闻'])) + '</ul>'
    crumb = '<p class="crumb">您的位置：' + ' &gt; '.join(e(c) for c in p.get('crumb', ['首页', '新闻中心'])) + '</p>'
    return (f'<div class="top">{img(p["site"] + "校徽")} {e(p["site"])}</div>{nav(p.get("navs", ["首页", "概况", "新闻", "公开", "服务"]))}'
            f'<div class="wrap"><div>{left}</div><div>{crumb}{head}{mid}{byline_html(p, "firstline")}<div class="content">{body}</div>{byline_html(p, "closing")}{bottom}{editor(p)}{prevnext(p)}</div></div>' + footer(p))

RENDER = {'gov': page_gov, 'media': page_media, 'self': page_self, 'epaper': page_epaper, 'inst': page_inst}

def main():
    os.makedirs(os.path.join(ROOT, 'html'), exist_ok=True)
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    for p in PAGES:
        blocks = parse(p['body'])
        body = render_blocks(blocks, p)
        tpl = p['tpl']
        inner = RENDER[tpl](p, body)
        lang = p.get('lang', 'zh')
        doc = (f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="{p.get("charset", "utf-8")}">'
               f'<title>{e(p["title"])}_{e(p.get("site", p.get("acct", "")))}</title><style>{CSS[tpl]}{p.get("css", "")}</style></head>\n<body>{inner}</body></html>\n')
        with open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
            f.write(doc)
        gold = {'id': p['id'], 'set': 'zh-blind193', 'lang': lang, 'kind': p['kind'], 'title': p['title'],
                'authors': p['authors'], 'publish_time': p['time'], 'body_paragraphs': gold_paras(blocks)}
        with open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write('\n')
    print(len(PAGES), 'pages built')

if __name__ == '__main__':
    main()
