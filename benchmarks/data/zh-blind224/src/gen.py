#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the page specs in pages_*.py.
Body item markers: 'H:' sub-heading, 'L:' list line, 'T:a|b|c' table row (header row 'TH:'),
'IMG:alt|caption' photo (not body), 'R:' right-aligned document line (署名/成文日期)."""
import os, json, html, importlib, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
e = html.escape

def img(alt, cap=None, tag='p'):
    s = '<img src="%s" alt="%s" width="600" height="380">' % (GIF, e(alt))
    if cap:
        return '<div class="pic">%s<p class="cap">%s</p></div>' % (s, e(cap))
    return '<div class="pic">%s</div>' % s

def body_html(items, ptag='p', indent=True):
    out, table = [], []
    def flush():
        if table:
            rows = ''.join('<tr>%s</tr>' % ''.join('<%s>%s</%s>' % (t, e(c), t) for c in cells) for t, cells in table)
            out.append('<table class="dt" border="1" cellspacing="0">%s</table>' % rows)
            table.clear()
    lst = []
    def flushl():
        if lst:
            out.append('<ul class="bl">%s</ul>' % ''.join('<li>%s</li>' % e(x) for x in lst)); lst.clear()
    for it in items:
        if not (it.startswith('T:') or it.startswith('TH:')): flush()
        if not it.startswith('L:'): flushl()
        if it.startswith('TH:'): table.append(('th', it[3:].split('|')))
        elif it.startswith('T:'): table.append(('td', it[2:].split('|')))
        elif it.startswith('L:'): lst.append(it[2:])
        elif it.startswith('H:'): out.append('<h3 class="sub">%s</h3>' % e(it[2:]))
        elif it.startswith('R:'): out.append('<p class="r">%s</p>' % e(it[2:]))
        elif it.startswith('IMG:'):
            a, _, c = it[4:].partition('|'); out.append(img(a, c or None))
        elif it.startswith('RAW:'): out.append(it[4:])
        else: out.append('<%s>%s</%s>' % (ptag, e(it), ptag))
    flush(); flushl()
    return '\n'.join(out)

def gold_body(items):
    res = []
    for it in items:
        if it.startswith('IMG:') or it.startswith('RAW:'): continue
        for m in ('TH:', 'T:'):
            if it.startswith(m):
                res.append(' '.join(it[len(m):].split('|'))); break
        else:
            res.append(it[2:] if it[:2] in ('H:', 'L:', 'R:') else it)
    return res

CSS = {
 'table': 'body{margin:0;font:12px/1.8 宋体,SimSun;background:#e8eef4}td{font-size:12px}.top{background:#1d5aa3;color:#fff}.top a{color:#fff}.r{text-align:right}.dt td,.dt th{padding:3px 6px}.cap{text-align:center;color:#555}.sub{font-size:14px}.foot{text-align:center;color:#666;border-top:2px solid #1d5aa3}h1{font-size:20px;color:#b00;text-align:center}',
 'div': 'body{margin:0;font:15px/1.9 "Microsoft YaHei",sans-serif;color:#333}.w{width:1100px;margin:0 auto}.hd{background:#c8161d;color:#fff;padding:10px}.nav a{margin:0 8px}.crumb{color:#888;font-size:13px}h1{text-align:center;font-size:26px}.info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc}.r{text-align:right}.cap{text-align:center;font-size:13px;color:#666}.dt{border-collapse:collapse;margin:auto}.dt td,.dt th{border:1px solid #999;padding:4px 8px}.side{float:right;width:280px}.foot{clear:both;background:#f2f2f2;text-align:center;font-size:12px;padding:14px}',
 'grid': 'body{margin:0;font:16px/1.8 -apple-system,"PingFang SC",sans-serif}header{display:flex;justify-content:space-between;padding:8px 16px;border-bottom:1px solid #eee}main{display:grid;grid-template-columns:2fr 1fr;gap:24px;max-width:1180px;margin:0 auto}h1{font-size:30px;line-height:1.3}.meta span{margin-right:12px;color:#999;font-size:14px}.cap{font-size:13px;color:#777}.r{text-align:right}aside li{font-size:14px}footer{background:#222;color:#aaa;font-size:12px;padding:20px;text-align:center}.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #ddd;padding:6px}',
 'app': 'body{margin:0;max-width:680px;margin:0 auto;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:#222}.bar{display:flex;justify-content:space-between;padding:10px;background:#fafafa;font-size:13px}h1{font-size:22px;padding:0 16px}.acct{display:flex;gap:8px;align-items:center;padding:0 16px;font-size:14px;color:#576b95}article{padding:0 16px}.cap{font-size:13px;color:#999;text-align:center}.tools{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:10px;font-size:13px}.dl{background:#f04142;color:#fff;text-align:center;padding:10px}.r{text-align:right}',
 'epaper': 'body{margin:0;font:14px/1.7 宋体,SimSun;background:#f3efe6}.mast{background:#8b0000;color:#fff;padding:8px 16px;font-size:22px}.cols{display:flex}.left{width:300px;padding:8px;border-right:1px solid #caa}.main{flex:1;padding:12px 24px;background:#fff}.yt,.ft{text-align:center;color:#444;font-size:16px}h1{text-align:center;font-size:28px;margin:4px 0}.r{text-align:right}.cap{text-align:center;color:#666}.foot{text-align:center;font-size:12px;color:#666}',
}

def furn_gov_top(s):
    return ('<div class="top"><span>%s</span> <a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">简</a>/<a href="#">繁</a> | '
            '<a href="#">登录</a> <a href="#">注册</a></div><div class="hd"><b>%s</b> <input type="text" placeholder="请输入关键词"> <button>搜索</button></div>'
            ) % (s['date_top'], e(s['site']))

def footer(s):
    f = s.get('footer') or {}
    lines = ['<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a>',
             '主办：%s　%s' % (e(f.get('host', s['site'])), e(f.get('addr', ''))),
             '%s　%s' % (e(f.get('icp', '')), e(f.get('ga', '')))]
    if f.get('code'): lines.append('网站标识码：%s　%s' % (e(f['code']), e(f.get('tel', ''))))
    return '<div class="foot">%s</div>' % ''.join('<p>%s</p>' % l for l in lines)

def related(s, label='相关阅读'):
    r = s.get('related') or []
    if not r: return ''
    return '<div class="rel"><h4>%s</h4><ul>%s</ul></div>' % (label, ''.join('<li><a href="#">%s</a></li>' % e(x) for x in r))

def prevnext(s):
    pn = s.get('prevnext')
    if not pn: return ''
    return '<div class="pn"><p>上一篇：<a href="#">%s</a></p><p>下一篇：<a href="#">%s</a></p></div>' % (e(pn[0]), e(pn[1]))

def h1(s):
    if s.get('title_lines'):
        return '<h1>%s</h1>' % '<br>'.join(e(x) for x in s['title_lines'])
    return '<h1>%s</h1>' % e(s['title'])

def bylines(s):
    top = '<p class="byl">%s</p>' % e(s['byline_top']) if s.get('byline_top') else ''
    if s.get('docno'): top = '<p class="docno" style="text-align:center">%s</p>' % e(s['docno']) + top
    end = '<p class="byl r">%s</p>' % e(s['byline_end']) if s.get('byline_end') else ''
    return top, end

def edline(s):
    return '<p class="ed r">%s</p>' % e(s['edline']) if s.get('edline') else ''

def L_table(s):
    top, end = bylines(s)
    info = s['info']
    return (furn_gov_top(s) +
      '<table width="980" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff"><tr><td>'
      '<table width="100%%"><tr><td class="crumb">当前位置：%s</td></tr></table>'
      '<table width="100%%"><tr><td>%s</td></tr><tr><td align="center">%s</td></tr>'
      '<tr><td align="center">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　浏览次数：%s</td></tr>'
      '<tr><td>%s%s%s%s%s</td></tr>'
      '<tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr></table>%s%s'
      '</td></tr></table>%s') % (
        ' &gt; '.join(e(x) for x in s['crumb']), h1(s), e(info), s.get('views', '1032'),
        top, body_html(s['body']), end, edline(s), s.get('extra', ''), prevnext(s), related(s), footer(s))

def L_div(s):
    top, end = bylines(s)
    sub = '<h2 class="subt">%s</h2>' % e(s['subtitle']) if s.get('subtitle') else ''
    kick = '<p class="yt">%s</p>' % e(s['kicker']) if s.get('kicker') else ''
    return (furn_gov_top(s) +
      '<div class="nav w"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div>'
      '<div class="w"><div class="side">%s<div class="qr"><img src="%s" alt="二维码"><p>扫一扫在手机打开当前页</p></div></div>'
      '<p class="crumb">您当前的位置：%s</p>%s%s%s<div class="info">%s　<span>【字体：大 中 小】</span>　<a href="#">分享到：微信 微博</a></div>'
      '<div class="content">%s%s%s</div>%s%s<p class="r">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>%s</div>%s') % (
        related(s), GIF, ' &gt; '.join(e(x) for x in s['crumb']), kick, h1(s), sub, e(s['info']),
        top, body_html(s['body']), end, s.get('extra', ''), edline(s), prevnext(s), footer(s))

def L_xxgk(s):
    ix = s['index']
    rows = []
    for i in range(0, len(ix), 2):
        cells = ix[i:i + 2]
        rows.append('<tr>%s</tr>' % ''.join('<th>%s</th><td>%s</td>' % (e(k), e(v)) for k, v in cells))
    s = dict(s)
    s['extra'] = s.get('extra', '')
    idx = '<table class="dt idx">%s</table>' % ''.join(rows)
    top, end = bylines(s)
    return (furn_gov_top(s) +
      '<div class="w"><p class="crumb">%s</p>%s%s<div class="info">%s　【字体：大 中 小】　【打印】</div>%s<div class="content">%s</div>%s%s%s</div>%s') % (
        ' &gt; '.join(e(x) for x in s['crumb']), idx, h1(s), e(s['info']), top, body_html(s['body']), end, edline(s), related(s, '相关文件'), footer(s))

def L_grid(s):
    top, end = bylines(s)
    kick = '<p class="yt">%s</p>' % e(s['kicker']) if s.get('kicker') else ''
    sub = '<h2 class="subt">%s</h2>' % e(s['subtitle']) if s.get('subtitle') else ''
    meta = ''.join('<span>%s</span>' % e(x) for x in s['meta'])
    return ('<header><b>%s</b><nav><a href="#">%s</a></nav><span><input placeholder="%s"> <a href="#">%s</a></span></header>'
      '<main><article><p class="crumb">%s</p>%s%s%s<div class="meta">%s</div>%s%s%s%s<div class="share">%s</div>%s</article>'
      '<aside><h4>%s</h4><ol>%s</ol><img src="%s" alt="%s"><p>%s</p></aside></main><footer>%s</footer>') % (
        e(s['site']), '</a> <a href="#">'.join(e(x) for x in s['nav']), e(s.get('ph', '搜索')), e(s.get('login', '登录')),
        ' &gt; '.join(e(x) for x in s['crumb']), kick, h1(s), sub, meta, top, body_html(s['body']), end, edline(s),
        e(s.get('share', '分享到：微信 微博 QQ空间')), prevnext(s),
        e(s.get('hot', '热点排行')), ''.join('<li><a href="#">%s</a></li>' % e(x) for x in s.get('related', [])), GIF,
        e(s.get('qr_alt', '客户端二维码')), e(s.get('qr_cap', '扫码下载客户端')),
        '<br>'.join(e(x) for x in s['foot']))

def L_app(s):
    top, end = bylines(s)
    return ('<div class="bar"><span>%s</span><a href="#">%s</a></div>%s'
      '<div class="acct"><img src="%s" alt="头像" width="32" height="32"><b>%s</b><span>%s</span><a href="#">%s</a></div>'
      '<article>%s%s%s%s</article><p class="views">%s</p><div class="tools">%s</div>%s<div class="rel"><h4>%s</h4><ul>%s</ul></div><div class="dl">%s</div>') % (
        e(s['app']), e(s.get('open', '打开APP')), h1(s), GIF, e(s['acct']), e(s['meta']), e(s.get('follow', '+关注')),
        top, body_html(s['body']), end, edline(s), e(s.get('views', '')), ''.join('<span>%s</span>' % e(x) for x in s['tools']),
        e(s.get('decl', '')) and '<p class="decl">%s</p>' % e(s['decl']), e(s.get('rel_label', '相关推荐')),
        ''.join('<li><a href="#">%s</a></li>' % e(x) for x in s.get('related', [])), e(s.get('dl', '打开APP，阅读全文')))

def L_epaper(s):
    top, end = bylines(s)
    pages = ''.join('<li><a href="#">%s</a></li>' % e(x) for x in s['banmian'])
    titles = ''.join('<li><a href="#">%s</a></li>' % e(x) for x in s['titles'])
    yt = '<p class="yt">%s</p>' % e(s['kicker']) if s.get('kicker') else ''
    ft = '<p class="ft">%s</p>' % e(s['subtitle']) if s.get('subtitle') else ''
    return ('<div class="mast">%s <small>%s</small></div><div class="bar">%s　<a href="#">往期回顾</a>　<a href="#">PDF下载</a>　<a href="#">上一版</a> <a href="#">下一版</a></div>'
      '<div class="cols"><div class="left"><img src="%s" alt="版面缩略图" width="280" height="400"><h4>版面导航</h4><ul>%s</ul><h4>本版标题</h4><ul>%s</ul></div>'
      '<div class="main">%s%s%s%s%s%s%s<p class="pn"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p></div></div><div class="foot">%s</div>') % (
        e(s['site']), e(s['paper_date']), e(s['banmian'][s.get('cur', 0)]), GIF, pages, titles,
        yt, h1(s), ft, top, body_html(s['body']), end, edline(s), '<br>'.join(e(x) for x in s['foot']))

LAYOUTS = {'table': L_table, 'div': L_div, 'xxgk': L_xxgk, 'grid': L_grid, 'app': L_app, 'epaper': L_epaper}
CSSMAP = {'table': 'table', 'div': 'div', 'xxgk': 'div', 'grid': 'grid', 'app': 'app', 'epaper': 'epaper'}

def main():
    pages = []
    for m in ('pages_gov', 'pages_media', 'pages_self', 'pages_epaper', 'pages_inst'):
        pages += importlib.import_module(m).PAGES
    from extras import EXTRA, LENGTHEN
    for s in pages:
        s.setdefault('date_top', '')
        b = list(s['body'])
        if s['id'] in LENGTHEN:
            a, c = LENGTHEN[s['id']]
            b = [x.replace(a, c) for x in b]
        if s['id'] in EXTRA:
            ex, mark = EXTRA[s['id']], 'R:'
            if isinstance(ex, tuple): mark, ex = ex
            pos = next((i for i, x in enumerate(b) if x.startswith(mark)), len(b))
            b[pos:pos] = ex
        s['body'] = b
        lay = s['layout']
        title = s['title']
        doc = ('<!DOCTYPE html><html lang="%s"><head><meta charset="%s"><title>%s</title><style>%s</style></head><body>%s</body></html>\n') % (
            'en' if s['lang'] == 'en' else 'zh-CN', s.get('charset', 'utf-8'), e(s.get('page_title', title + '_' + s['site'])),
            CSS[CSSMAP[lay]], LAYOUTS[lay](s))
        open(os.path.join(root, 'html', s['id'] + '.html'), 'w', encoding='utf-8').write(doc)
        g = {'id': s['id'], 'set': 'zh-blind224', 'lang': s['lang'], 'kind': s['kind'], 'title': title,
             'authors': s['authors'], 'publish_time': s['time'], 'body_paragraphs': gold_body(s['body'])}
        json.dump(g, open(os.path.join(root, 'gold', s['id'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(pages), 'pages')

if __name__ == '__main__':
    main()
