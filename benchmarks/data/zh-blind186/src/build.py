#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page data in pages_*.py (one source of truth)."""
import html as H, json, pathlib, hashlib
from pages_gov import PAGES as P1
from pages_media import PAGES as P2
from pages_other import PAGES as P3
ROOT = pathlib.Path(__file__).resolve().parent.parent
SET = 'zh-blind186'
GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
PROV = {'sh': ('沪', '31', '上海'), 'ha': ('豫', '41', '河南'), 'nx': ('宁', '64', '宁夏'), 'ln': ('辽', '21', '辽宁')}
e = H.escape

def num(pid, k, n):
    h = int(hashlib.md5((pid + k).encode()).hexdigest(), 16)
    return str(h % (10 ** n)).zfill(n)

def img(alt, w=600, h=340, cls='pic'):
    return f'<img class="{cls}" src="{GIF}" alt="{e(alt)}" width="{w}" height="{h}">'

def parse(body):
    """Blocks from body text. Returns list of (type, data)."""
    blocks = []
    for line in body.strip().split('\n'):
        line = line.strip()
        if not line: continue
        if line.startswith('## '): blocks.append(('h', line[3:]))
        elif line.startswith('- '): blocks.append(('li', line[2:]))
        elif line.startswith('|'):
            cells = [c.strip() for c in line.strip('|').split('|')]
            if blocks and blocks[-1][0] == 'table': blocks[-1][1].append(cells)
            else: blocks.append(('table', [cells]))
        elif line.startswith('> '): blocks.append(('q', line[2:]))
        elif line.startswith('!'): blocks.append(('img', line[1:]))
        elif line.startswith('@'): blocks.append(('by', line[1:]))
        elif line.startswith('='): blocks.append(('r', line[1:]))
        else: blocks.append(('p', line))
    return blocks

def gold_paras(blocks):
    out = []
    for t, d in blocks:
        if t in ('h', 'li', 'q', 'p', 'r'): out.append(d)
        elif t == 'table': out += [' '.join(c for c in r if c) for r in d]
    return out

def render_body(blocks, pg):
    out = []; i = 0
    style = pg.get('pstyle', 'indent')
    while i < len(blocks):
        t, d = blocks[i]
        if t == 'li':
            items = []
            while i < len(blocks) and blocks[i][0] == 'li':
                items.append(f'<li>{e(blocks[i][1])}</li>'); i += 1
            out.append('<ul class="list">' + ''.join(items) + '</ul>'); continue
        if t == 'h': out.append(f'<h3 class="subh">{e(d)}</h3>' if style != 'strong' else f'<p><strong>{e(d)}</strong></p>')
        elif t == 'p':
            if style == 'div': out.append(f'<div class="para">{e(d)}</div>')
            elif style == 'br': out.append(f'　　{e(d)}<br><br>')
            else: out.append(f'<p>{e(d)}</p>')
        elif t == 'q': out.append(f'<blockquote>{e(d)}</blockquote>')
        elif t == 'r': out.append(f'<p class="right">{e(d)}</p>')
        elif t == 'by': out.append(f'<p class="byl">{e(d)}</p>')
        elif t == 'img': out.append(f'<div class="figure">{img(d)}<p class="cap">{e(d)}</p></div>')
        elif t == 'table':
            rows = []
            for j, r in enumerate(d):
                tag = 'th' if j == 0 else 'td'
                rows.append('<tr>' + ''.join(f'<{tag}>{e(c)}</{tag}>' for c in r) + '</tr>')
            out.append('<table class="dt" border="1" cellspacing="0">' + ''.join(rows) + '</table>')
        i += 1
    return '\n'.join(out)

def info_html(pg, cls='info'):
    f = pg['info']
    if pg.get('glue'):
        return f'<div class="{cls}">' + ''.join(f'<span>{e(x)}</span>' for x in f) + '</div>'
    return f'<div class="{cls}">' + '&nbsp;&nbsp;&nbsp;'.join(e(x) for x in f) + '</div>'

def footer(pg, extra=''):
    pv = PROV[pg['prov']]; pid = pg['id']
    lines = pg.get('footer') or [f'主办：{pg["site"]}' + (f'　承办：{pg["host"]}' if pg.get('host') else ''),
                                 f'{pv[0]}ICP备{num(pid,"icp",8)}号-{int(num(pid,"s",1))%3+1}　{pv[0]}公网安备 {pv[1]}{num(pid,"ga",12)}号']
    if pg['kind'] == 'government':
        lines.append(f'网站标识码：{pv[1]}{num(pid,"bs",8)}　联系电话：0{num(pid,"tel",3)}-{num(pid,"tel2",8)}')
    return '<div class="footer">' + extra + ''.join(f'<p>{e(l)}</p>' for l in lines) + '</div>'

def heads(pg, tag='h1'):
    s = ''
    if pg.get('pre'): s += f'<p class="yt">{e(pg["pre"])}</p>'
    s += f'<{tag} class="title">{e(pg["title_print"] if pg.get("title_print") else pg["title"]).replace(chr(10), "<br>")}</{tag}>'
    if pg.get('sub'): s += f'<p class="ft">{e(pg["sub"])}</p>'
    return s

def related(pg):
    r = pg.get('related')
    if not r: return ''
    return '<div class="related"><h4>相关阅读</h4><ul>' + ''.join(f'<li><a href="#">{e(x)}</a></li>' for x in r) + '</ul></div>'

def prevnext(pg):
    pn = pg.get('prevnext')
    if not pn: return ''
    return f'<div class="pn"><p>上一篇：<a href="#">{e(pn[0])}</a></p><p>下一篇：<a href="#">{e(pn[1])}</a></p></div>'

def nav(items, cls='nav'):
    return f'<div class="{cls}">' + ''.join(f'<a href="#">{e(x)}</a>' for x in items) + '</div>'

def extra_end(pg):
    s = ''
    for x in pg.get('end', []): s += f'<p class="endl">{e(x)}</p>'
    return s

def place_info(pg, cls='info'):
    pos = pg.get('info_pos', 'below')
    ih = info_html(pg, cls)
    return (ih if pos == 'above' else ''), (ih if pos == 'below' else ''), (ih if pos == 'bottom' else '')

CSS_BASE = '''body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333;background:%s}
a{color:#333;text-decoration:none} .wrap{width:1000px;margin:0 auto;background:#fff}
.title{text-align:center;font-size:24px;color:%s;margin:20px 0 10px} .yt,.ft{text-align:center;color:#555;margin:4px}
.info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding:8px} .info span{margin:0 10px}
.content{padding:10px 40px;font-size:16px;line-height:2} .content p{text-indent:2em;margin:0 0 10px}
.content p.right{text-align:right} .cap,.content p.cap{text-align:center;text-indent:0;color:#666;font-size:13px}
.figure{text-align:center} .pic{background:#ddd} .dt{border-collapse:collapse;margin:10px auto} .dt td,.dt th{padding:4px 10px}
.subh{font-size:16px;margin:12px 0} blockquote{border-left:4px solid #ccc;margin:10px 20px;padding:4px 12px;color:#555}
.footer{background:%s;color:#eee;text-align:center;font-size:12px;padding:16px} .footer p{margin:4px}
.nav{background:%s;padding:8px 20px} .nav a{color:#fff;margin-right:22px;font-size:15px}
.related h4{border-bottom:2px solid %s} .pn{padding:0 40px;color:#666} .byl{text-indent:0!important;color:#555}
.tools{text-align:right;padding:4px 40px;color:#666;font-size:12px} .crumb{padding:8px 20px;color:#666;font-size:13px}
'''

def css(pg, bg='#f2f2f2', main='#c00'):
    c = pg.get('color', main)
    return CSS_BASE % (bg, c, c, c, c) + pg.get('css', '')

def page(pg, bodyhtml, bg='#f2f2f2', main='#c00', charset='utf-8'):
    title = pg['title'] + ('_' + pg['site'] if pg['kind'] != 'self-media' else '')
    return f'''<!DOCTYPE html>
<html lang="{'en' if pg.get('lang')=='en' else 'zh-CN'}"><head><meta charset="{charset}"><title>{e(title)}</title>
<style>{css(pg, bg, main)}</style></head><body>
{bodyhtml}
</body></html>
'''

# ---------------- templates ----------------
def t_gov_table(pg, body):
    a, b, c = place_info(pg)
    return page(pg, f'''<table width="1000" align="center" cellpadding="0" cellspacing="0" class="wrap">
<tr><td class="banner" style="height:110px;background:{pg.get('color','#b40000')};color:#fff;font-size:32px;padding-left:30px">{img(pg['site']+'标志',60,60,'logo')} {e(pg['site'])}</td></tr>
<tr><td>{nav(pg.get('nav',['首页','政务公开','政务服务','互动交流','走进'+pg['site'][:3]]))}</td></tr>
<tr><td class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">{e(pg.get('col','工作动态'))}</a></td></tr>
<tr><td>{a}{heads(pg)}{b}<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">{body}</div>{extra_end(pg)}{c}
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>{prevnext(pg)}</td></tr>
<tr><td>{footer(pg)}</td></tr></table>''', charset=pg.get('charset', 'utf-8'))

def t_gov_div(pg, body):
    a, b, c = place_info(pg)
    return page(pg, f'''<div class="top" style="background:#f7f7f7;font-size:12px;padding:4px 20px;text-align:right"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">登录</a></div>
<div class="header" style="background:{pg.get('color','#1a5fa8')};color:#fff;padding:26px 40px;font-size:30px">{img('国徽',50,50,'logo')} {e(pg['site'])}
<form style="float:right"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div>
{nav(pg.get('nav',['首页','要闻动态','信息公开','政务服务','政民互动','专题专栏']))}
<div class="wrap"><div class="crumb">您当前的位置：首页 &gt; {e(pg.get('col','要闻动态'))} &gt; 正文</div>
{a}{heads(pg)}{b}<div class="tools">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="content">{body}</div>{extra_end(pg)}{c}{prevnext(pg)}{related(pg)}</div>
{footer(pg)}''', bg='#eef2f6', main='#1a5fa8')

def t_gov_xxgk(pg, body):
    ix = pg['index']  # list of (label, value)
    rows = ''
    for k in range(0, len(ix), 2):
        pair = ix[k:k+2]
        rows += '<tr>' + ''.join(f'<th>{e(l)}</th><td>{e(v)}</td>' for l, v in pair) + '</tr>'
    a, b, c = place_info(pg)
    wh = f'<p class="wh" style="text-align:center">{e(pg["wenhao"])}</p>' if pg.get('wenhao') else ''
    return page(pg, f'''<div class="header" style="background:{pg.get('color','#a31515')};color:#fff;padding:20px 40px;font-size:28px">{e(pg['site'])} <span style="font-size:18px">政府信息公开</span></div>
<div class="top" style="text-align:right;padding:4px 30px"><a href="#">无障碍浏览</a> <a href="#">长者模式</a></div>
<div class="wrap"><div class="crumb">首页 &gt; 政府信息公开 &gt; {e(pg.get('col','法定主动公开内容'))}</div>
<table class="idx" border="1" cellspacing="0" style="width:920px;margin:10px auto;border-collapse:collapse;font-size:13px">{rows}</table>
{a}{heads(pg)}{wh}{b}<div class="content">{body}</div>{extra_end(pg)}{c}
<div class="tools">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>{related(pg)}</div>{footer(pg)}''')

def t_media_portal(pg, body):
    a, b, c = place_info(pg)
    return page(pg, f'''<div class="header" style="height:80px;background:#fff;border-bottom:3px solid {pg.get('color','#c00')};padding:10px 40px">{img(pg['site'],200,60,'logo')}<span style="font-size:26px;color:{pg.get('color','#c00')}">{e(pg['site'])}</span>
<form style="float:right"><input type="text" placeholder="搜索"><button type="button">搜索</button></form></div>
{nav(pg.get('nav',['首页','时政','社会','经济','文化','体育','视频','评论']))}
<div class="wrap" style="display:flex"><div class="main" style="width:700px">
<div class="crumb">{e(pg['site'])} &gt; {e(pg.get('col','新闻'))}</div>{a}{heads(pg)}{b}
<div class="content">{body}</div>{extra_end(pg)}{c}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>{related(pg)}</div>
<div class="side" style="width:280px;margin-left:20px"><h4>热点排行</h4><ol>{''.join(f'<li><a href="#">{e(x)}</a></li>' for x in pg.get('hot',[]))}</ol>
<div class="qr">{img('扫码关注',120,120)}<p>扫一扫 关注{e(pg['site'])}微信公众号</p></div></div></div>
{footer(pg)}''', bg='#fff')

def t_media_flex(pg, body):
    a, b, c = place_info(pg)
    return page(pg, f'''<header style="display:flex;justify-content:space-between;align-items:center;padding:12px 5%;background:{pg.get('color','#0b3d91')};color:#fff"><div style="font-size:24px">{e(pg['site'])}</div>
<nav>{''.join(f'<a href="#" style="color:#fff;margin-left:16px">{e(x)}</a>' for x in pg.get('nav',['首页','新闻','视频','直播','专题']))}</nav></header>
<main style="max-width:820px;margin:0 auto;padding:16px">{a}{heads(pg)}{b}
<article class="content">{body}</article>{extra_end(pg)}{c}
<div class="sharebar" style="display:flex;gap:12px;color:#666"><span>分享：</span><a href="#">微信</a><a href="#">微博</a><a href="#">复制链接</a></div>
{related(pg)}</main>{footer(pg)}''', bg='#fff')

def t_media_en(pg, body):
    a, b, c = place_info(pg)
    return page(pg, f'''<header style="padding:14px 5%;border-bottom:1px solid #ddd"><span style="font-size:26px;font-weight:bold">{e(pg['site'])}</span>
<nav style="float:right">{''.join(f'<a href="#" style="margin-left:14px">{e(x)}</a>' for x in pg.get('nav',['Home','China','World','Business','Culture','Travel']))}</nav></header>
<main style="max-width:760px;margin:0 auto;padding:16px;font-family:Georgia,serif"><div class="crumb">{e(pg.get('col','China'))}</div>
{a}<h1 style="font-size:30px">{e(pg['title'])}</h1>{b}
<div class="content" style="font-family:Georgia,serif">{body}</div>{extra_end(pg)}{c}
<div>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
{related(pg).replace('相关阅读','Related Stories')}</main>
<footer class="footer"><p>{e(pg.get('copyright','Copyright 2025. All rights reserved.'))}</p><p>{PROV[pg['prov']][0]}ICP备{num(pg['id'],'icp',8)}号</p></footer>''', bg='#fff')

def t_wx(pg, body):
    return page(pg, f'''<div style="max-width:677px;margin:0 auto;padding:20px;background:#fff">
<h1 class="rich_media_title" style="font-size:22px;text-align:left">{e(pg['title'])}</h1>
<div class="meta" style="color:#999;font-size:15px"><span>{e(pg['info'][0])}</span> <a href="#" style="color:#576b95">{e(pg['account'])}</a> <em style="font-style:normal">{e(pg['info'][1])}</em> <em style="font-style:normal">{e(pg['info'][2]) if len(pg['info'])>2 else ''}</em></div>
<div class="content" style="padding:10px 0">{body}</div>{extra_end(pg)}
<div style="color:#999;font-size:14px">阅读 {num(pg['id'],'r',4)}　<a href="#">赞</a>　<a href="#">分享</a>　<a href="#">推荐</a>　<a href="#">留言</a></div>
<div style="text-align:center;color:#999">{img('公众号二维码',120,120)}<p>微信扫一扫<br>关注该公众号</p></div></div>''', bg='#ededed', main='#222')

def t_app(pg, body):
    a, b, c = place_info(pg)
    return page(pg, f'''<div class="topbar" style="display:flex;justify-content:space-between;padding:10px 16px;background:{pg.get('color','#f04142')};color:#fff"><span>{e(pg['site'])}</span><a href="#" style="color:#fff;border:1px solid #fff;padding:2px 10px;border-radius:12px">打开App</a></div>
<div style="max-width:640px;margin:0 auto;padding:16px;background:#fff">{a}
<h1 style="font-size:22px">{e(pg['title'])}</h1>
<div class="author" style="display:flex;align-items:center;gap:8px">{img('头像',36,36)}<div><div style="font-weight:bold">{e(pg['account'])}</div><div style="color:#999;font-size:12px">{e(' · '.join(pg['info']))}</div></div><a href="#" style="margin-left:auto;color:#f04142">+ 关注</a></div>
<div class="content" style="padding:10px 0">{body}</div>{extra_end(pg)}{c}
<div style="color:#999;display:flex;gap:20px"><span>{e(pg.get('stats','举报'))}</span><a href="#">点赞</a><a href="#">评论</a><a href="#">收藏</a></div>
<div style="text-align:center;margin:16px;padding:10px;background:#fafafa">打开{e(pg['site'])}App，阅读体验更佳</div>{related(pg)}</div>''', bg='#f4f5f6', main='#222')

def t_weibo(pg, body):
    return page(pg, f'''<div style="background:#fff;border-bottom:1px solid #ddd;padding:8px 20%"><b style="color:#e6162d">微博</b> <input type="text" placeholder="搜索微博"> <a href="#">首页</a> <a href="#">热门</a> <a href="#">登录</a> <a href="#">注册</a></div>
<div style="max-width:600px;margin:16px auto;background:#fff;padding:16px;border-radius:6px">
<div style="display:flex;gap:10px">{img('用户头像',50,50)}<div><a href="#" style="font-weight:bold;color:#eb7350">{e(pg['account'])}</a><div style="color:#939393;font-size:12px">{e(pg['info'][0])} 来自 {e(pg['info'][1])}</div></div></div>
<div style="font-size:18px;font-weight:bold;margin:10px 0">{e(pg['title'])}</div>
<div class="content" style="padding:0">{body}</div>{extra_end(pg)}
<div style="display:flex;justify-content:space-around;color:#808080;border-top:1px solid #eee;padding-top:8px"><span>转发 {int(num(pg['id'],'z',3))}</span><span>评论 {int(num(pg['id'],'c',3))}</span><span>赞 {int(num(pg['id'],'l',4))}</span></div></div>''', bg='#f2f2f5', main='#333')

def t_epaper(pg, body):
    ed = pg['edition']
    ban = ''.join(f'<li><a href="#">第{k:02d}版：{e(n)}</a></li>' for k, n in pg['banci'])
    tl = ''.join(f'<li><a href="#">{e(x)}</a></li>' for x in pg['titles'])
    a, b, c = place_info(pg)
    return page(pg, f'''<table width="1100" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td colspan="2" style="background:{pg.get('color','#8b0000')};color:#fff;font-size:30px;padding:14px">{e(pg['site'])} <span style="font-size:14px">{e(ed)}</span></td></tr>
<tr><td colspan="2" style="padding:6px;background:#f5f0e6"><a href="#">往期回顾</a> | <a href="#">上一版</a> | <a href="#">下一版</a> | <a href="#">PDF下载</a></td></tr>
<tr><td width="300" valign="top" style="border-right:1px solid #ccc;padding:8px">{img('版面缩略图',280,400)}
<div class="bc"><h4>版面导航</h4><ul>{ban}</ul></div><div class="bt"><h4>本版标题</h4><ul>{tl}</ul></div></td>
<td valign="top" style="padding:10px">{a}{heads(pg, 'h2')}{b}<div class="content">{body}</div>{extra_end(pg)}{c}
<div style="text-align:center"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></div></td></tr>
<tr><td colspan="2">{footer(pg)}</td></tr></table>''', bg='#e8e2d4', main='#000')

def t_inst(pg, body):
    a, b, c = place_info(pg)
    return page(pg, f'''<div class="header" style="background:{pg.get('color','#7a1f2b')};padding:18px 6%;color:#fff;display:flex;justify-content:space-between;align-items:center"><div style="font-size:28px">{img(pg['site']+'校徽',56,56,'logo')} {e(pg['site'])}</div>
<div><a href="#" style="color:#fff">English</a> | <a href="#" style="color:#fff">无障碍</a> | <input type="text" placeholder="站内搜索"></div></div>
{nav(pg.get('nav',['首页','概况','新闻','公告','服务','联系我们']))}
<div class="wrap" style="padding:10px 0"><div class="crumb">当前位置：<a href="#">首页</a> &gt; {e(pg.get('col','新闻动态'))}</div>
{a}{heads(pg)}{b}<div class="content">{body}</div>{extra_end(pg)}{c}{prevnext(pg)}{related(pg)}</div>{footer(pg)}''', bg='#f5f5f5')

PSTYLE = {'se-04': 'br', 'se-12': 'br', 'se-13': 'div', 'se-21': 'div', 'se-36': 'strong', 'se-11': 'strong', 'se-34': 'br'}
TPL = {k[2:]: v for k, v in globals().items() if k.startswith('t_')}

def main():
    pages = P1 + P2 + P3
    assert len(pages) == 40, len(pages)
    (ROOT / 'html').mkdir(exist_ok=True); (ROOT / 'gold').mkdir(exist_ok=True)
    for pg in pages:
        if '\n' in pg['title']:
            pg['title_print'] = pg['title']; pg['title'] = pg['title'].replace('\n', '')
        pg.setdefault('pstyle', PSTYLE.get(pg['id'], 'indent'))
        blocks = parse(pg['body'])
        bh = render_body(blocks, pg)
        (ROOT / 'html' / f'{pg["id"]}.html').write_text(TPL[pg['tpl']](pg, bh), encoding='utf-8')
        g = {'id': pg['id'], 'set': SET, 'lang': pg.get('lang', 'zh'), 'kind': pg['kind'], 'title': pg['title'],
             'authors': pg['authors'], 'publish_time': pg['time'], 'body_paragraphs': gold_paras(blocks)}
        (ROOT / 'gold' / f'{pg["id"]}.json').write_text(json.dumps(g, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    print('built', len(pages))

if __name__ == '__main__':
    main()
