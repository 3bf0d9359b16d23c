#!/usr/bin/env python3
"""Generate html/<id>.html and gold/<id>.json for the zh-blind35 set from the page specs in pages_*.py."""
import html, json, os, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
E = html.escape

CSS = {
 'gov20': "body{margin:0;font:15px/1.8 'Microsoft YaHei',sans-serif;color:#333}.top{background:#f2f2f2;font-size:12px;padding:4px 40px}.top span{margin-right:14px}.top .r{float:right}.ban{background:#b40000;color:#fff;padding:18px 40px;font-size:26px}.ban input{float:right;width:240px}.nav{background:#8c0000}.nav a{color:#fff;display:inline-block;padding:8px 16px;text-decoration:none}.crumb{padding:8px 40px;font-size:13px;color:#666}.wrap{width:1000px;margin:0 auto}.main{padding:10px 40px}h1{font-size:24px;text-align:center;color:#b40000}.info{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:8px}.info span{margin:0 8px}.tools{text-align:right;font-size:13px}.con p{text-indent:2em;margin:12px 0}.cap{text-align:center;font-size:13px;color:#666}.qr{float:right;font-size:12px}.foot{background:#eee;font-size:12px;text-align:center;padding:14px;margin-top:30px}.side{float:right;width:260px;font-size:13px}table{border-collapse:collapse;margin:auto}td,th{border:1px solid #999;padding:3px 8px}.c{text-align:center}.rt{text-align:right}.sticky{position:sticky;top:0;background:#fff}",
 'gov10': "body{font:12px/1.7 SimSun,serif;margin:0}table.lay{width:980px;margin:auto}.t{font-size:20px;font-weight:bold;color:#03c;text-align:center}.bar{background:#dde8f5}.con p{text-indent:2em;font-size:14px}a{color:#036}.foot{font-size:12px;text-align:center;border-top:2px solid #1d5da3}.c{text-align:center}.rt{text-align:right}.cap{text-align:center}table.g td{border:1px solid #aac;padding:2px 6px}",
 'portal': "body{margin:0;font:16px/1.8 'PingFang SC',sans-serif}.hd{background:#0b3a8c;color:#fff;padding:10px 30px}.hd a{color:#dfe;margin-right:14px}.wrap{display:flex;width:1180px;margin:auto}.left{flex:1;padding:20px}.right{width:300px;padding:20px;font-size:14px}h1{font-size:30px;line-height:1.4}.meta{color:#888;font-size:14px}.meta span{margin-right:12px}.share a{margin-right:8px;font-size:13px}.con p{margin:16px 0}.cap{text-align:center;color:#666;font-size:14px}.rank li{margin:4px 0}.foot{background:#222;color:#aaa;font-size:12px;padding:16px;text-align:center}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}.c{text-align:center}.rt{text-align:right}",
 'en': "body{margin:0;font:17px/1.6 Georgia,serif;color:#222}.hd{border-bottom:3px solid #c00;padding:10px 30px;font-family:Arial}.hd a{margin-right:14px;color:#333;text-decoration:none}.wrap{display:flex;width:1150px;margin:auto}.left{flex:1;padding:20px}.right{width:300px;padding:20px;font:14px Arial}h1{font-size:34px;line-height:1.25}.meta{font:13px Arial;color:#777}.con p{margin:14px 0}.cap{font:13px Arial;color:#555}.foot{background:#111;color:#999;font:12px Arial;padding:16px}.c{text-align:center}.rt{text-align:right}",
 'self': "body{margin:0;background:#f4f5f6;font:17px/1.75 -apple-system,'PingFang SC',sans-serif}.hd{background:#fff;padding:10px 30px;border-bottom:1px solid #e8e8e8}.hd a{margin-right:14px;color:#222}.wrap{display:flex;width:1100px;margin:20px auto}.left{flex:1;background:#fff;padding:24px 40px}.right{width:300px;margin-left:20px;background:#fff;padding:16px;font-size:14px}h1{font-size:28px}.acct{color:#406599;font-size:15px}.meta{color:#999;font-size:14px}.con p{margin:18px 0}.cap{color:#999;font-size:14px;text-align:center}.foot{font-size:12px;color:#999;text-align:center;padding:20px}.c{text-align:center}.rt{text-align:right}",
 'epaper': "body{margin:0;font:15px/1.8 SimSun,serif;background:#f7f3ea}.hd{background:#7a0b0b;color:#fff;padding:8px 20px}.bar{background:#e8dcc0;padding:6px 20px;font-size:13px}.bar a{margin-right:10px}.wrap{display:flex}.lp{width:360px;padding:12px;font-size:13px}.art{flex:1;background:#fff;padding:20px 36px}.yt,.ft{text-align:center;font-size:17px;color:#444}.zt{text-align:center;font-size:28px;font-weight:bold}.au{text-align:center;font-size:14px;color:#555}.con p{text-indent:2em}.cap{text-align:center;font-size:13px}.foot{font-size:12px;text-align:center;padding:14px}.c{text-align:center}.rt{text-align:right}",
 'inst': "body{margin:0;font:15px/1.8 'Microsoft YaHei',sans-serif}.hd{background:#00306e;color:#fff;padding:16px 40px;font-size:22px}.nav{background:#0c4da2;padding:0 40px}.nav a{color:#fff;display:inline-block;padding:8px 14px}.crumb{padding:8px 40px;font-size:13px}.wrap{display:flex;width:1100px;margin:auto}.side{width:220px;font-size:14px;padding:10px}.main{flex:1;padding:10px 30px}h1{font-size:24px;text-align:center}.info{text-align:center;color:#777;font-size:13px}.con p{text-indent:2em}.cap{text-align:center;font-size:13px;color:#555}.foot{background:#00306e;color:#cfd8e6;font-size:12px;padding:16px 40px;margin-top:30px}table{border-collapse:collapse;margin:auto}td,th{border:1px solid #888;padding:3px 8px}.c{text-align:center}.rt{text-align:right}",
}

def body_html(items):
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append('<p>%s</p>' % E(it)); gold.append(it)
        elif 'h' in it:
            tag = it.get('tag', 'p'); t = it['h']
            out.append('<%s><strong>%s</strong></%s>' % (tag, E(t), tag) if tag == 'p' else '<%s>%s</%s>' % (tag, E(t), tag)); gold.append(t)
        elif 'c' in it:
            out.append('<p class="c">%s</p>' % E(it['c'])); gold.append(it['c'])
        elif 'r' in it:
            out.append('<p class="rt">%s</p>' % E(it['r'])); gold.append(it['r'])
        elif 'li' in it:
            out.append('<ul>' + ''.join('<li>%s</li>' % E(x) for x in it['li']) + '</ul>'); gold += it['li']
        elif 'q' in it:
            out.append('<blockquote>%s</blockquote>' % E(it['q'])); gold.append(it['q'])
        elif 'img' in it:
            s = '<p class="c"><img src="data:," alt="%s" width="600" height="1"></p>' % E(it['img'])
            if it.get('cap'): s += '<p class="cap">%s</p>' % E(it['cap'])
            out.append(s)
        elif 'table' in it:
            rows = it['table']; s = '<table class="g">'
            for i, r in enumerate(rows):
                tag = 'th' if (i == 0 and it.get('head', True)) else 'td'
                s += '<tr>' + ''.join('<%s>%s</%s>' % (tag, E(c), tag) for c in r) + '</tr>'
                gold.append(' '.join(r))
            s += '</table>'
            if it.get('title'):
                s = '<p class="c"><strong>%s</strong></p>' % E(it['title']) + s; gold.insert(len(gold) - len(rows), it['title'])
            out.append(s)
        elif 'x' in it:   # furniture / non-body inside the article column
            out.append(it['x'])
        else:
            raise ValueError(it)
    return '\n'.join(out), gold

def title_html(p, tag='h1', cls=''):
    t = p['title']
    lines = t if isinstance(t, list) else [t]
    return '<%s%s>%s</%s>' % (tag, (' class="%s"' % cls) if cls else '', '<br>'.join(E(x) for x in lines), tag)

def ul(items, ol=False, cls=''):
    tag = 'ol' if ol else 'ul'
    return '<%s%s>%s</%s>' % (tag, (' class="%s"' % cls) if cls else '', ''.join('<li><a href="#">%s</a></li>' % E(x) for x in items), tag)

def page(p, css, bodyhtml):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>\n<style>%s</style></head>\n<body>\n%s\n</body></html>\n'
            % ('en' if p['lang'] == 'en' else 'zh-CN', E(p.get('htitle') or (''.join(p['title']) if isinstance(p['title'], list) else p['title'])), css, bodyhtml))

def head_block(p):
    """headline + info bar in the order the page asks for"""
    t = p.get('pre_title', '') + title_html(p, p.get('ttag', 'h1')) + p.get('post_title', '')
    info = p.get('info', '')
    return (info + t) if p.get('info_pos') == 'above' else (t + info)

def r_gov20(p, b):
    s = p['site']
    top = p.get('top', '<div class="top sticky"><span>欢迎访问%s</span><span>今天是%s</span><span class="r"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">登录</a> | <a href="#">注册</a></span></div>' % (s['name'], s.get('today', '')))
    ban = '<div class="ban">%s<input placeholder="%s"><button>搜索</button></div>' % (E(s['name']), E(s.get('ph', '请输入关键词')))
    nav = '<div class="nav">' + ''.join('<a href="#">%s</a>' % x for x in s.get('nav', ['首页', '政务公开', '政务服务', '互动交流', '走进' + s.get('short', '')])) + '</div>'
    crumb = '<div class="crumb">%s</div>' % E(p['crumb'])
    side = '<div class="side">%s</div>' % p['side'] if p.get('side') else ''
    main = ('<div class="main">%s%s%s<div class="tools">%s</div><div class="con">%s</div>%s'
            '<div class="tools">%s</div>%s</div>') % (side, p.get('record', ''), head_block(p), p.get('tools', '【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】'), b, p.get('after', ''),
            p.get('tools2', '<a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a>'), p.get('after2', ''))
    foot = '<div class="foot">%s</div>' % s['foot']
    return top + ban + nav + crumb + '<div class="wrap">' + main + '</div>' + foot

def r_gov10(p, b):
    s = p['site']
    return ('<table class="lay"><tr><td>%s</td></tr><tr><td class="bar">%s</td></tr><tr><td>%s</td></tr>'
            '<tr><td><table width="100%%"><tr><td>%s%s</td></tr><tr><td class="con">%s%s</td></tr>'
            '<tr><td class="rt">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>'
            '<tr><td>%s</td></tr></table></td></tr><tr><td class="foot">%s</td></tr></table>') % (
        s['banner'], s['nav'], E(p['crumb']), p.get('record', ''), head_block(p), b, p.get('after', ''), p.get('after2', ''), s['foot'])

def r_two(p, b, cls):
    s = p['site']
    hd = '<div class="hd">%s</div>' % s['hd']
    left = '<div class="left">%s%s<div class="con">%s</div>%s</div>' % (p.get('crumb_html', ''), head_block(p), b, p.get('after', ''))
    right = '<div class="right">%s</div>' % p.get('side', '')
    if p.get('side_first'):
        w = '<div class="wrap">' + right + left + '</div>'
    else:
        w = '<div class="wrap">' + left + right + '</div>'
    return hd + w + '<div class="foot">%s</div>' % s['foot']

def r_epaper(p, b):
    s = p['site']
    yt = '<div class="yt">%s</div>' % E(p['kicker']) if p.get('kicker') else ''
    ft = '<div class="ft">%s</div>' % E(p['sub']) if p.get('sub') else ''
    art = '<div class="art">%s%s%s%s<div class="con">%s</div>%s</div>' % (yt, title_html(p, 'div', 'zt'), ft, p.get('info', ''), b, p.get('after', ''))
    return ('<div class="hd">%s</div><div class="bar">%s</div><div class="wrap"><div class="lp">%s</div>%s</div><div class="foot">%s</div>'
            % (s['hd'], p['bar'], p['lp'], art, s['foot']))

def r_inst(p, b):
    s = p['site']
    nav = '<div class="nav">' + ''.join('<a href="#">%s</a>' % x for x in s['nav']) + '</div>'
    return ('<div class="hd">%s</div>%s<div class="crumb">%s</div><div class="wrap"><div class="side">%s</div><div class="main">%s<div class="con">%s</div>%s</div></div><div class="foot">%s</div>'
            % (s['hd'], nav, E(p['crumb']), p.get('side', ''), head_block(p), b, p.get('after', ''), s['foot']))

def render(p):
    b, gold = body_html(p['body'])
    t = p['tpl']
    if t == 'gov20': h = r_gov20(p, b)
    elif t == 'gov10': h = r_gov10(p, b)
    elif t in ('portal', 'en', 'self'): h = r_two(p, b, t)
    elif t == 'epaper': h = r_epaper(p, b)
    elif t == 'inst': h = r_inst(p, b)
    css = CSS[t]
    # a name spaced out with two spaces (`王  静`) is kept visible as a browser shows it: no-break spaces
    h = h.replace('  ', '&nbsp;&nbsp;')
    return page(p, css, h), gold

def main():
    import importlib
    pages = []
    for m in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith('pages_') and f.endswith('.py')):
        pages += importlib.import_module(m).PAGES
    for p in pages:
        h, gold = render(p)
        with open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f: f.write(h)
        t = p['title']
        g = {'id': p['id'], 'set': 'zh-blind35', 'lang': p['lang'],
             'title': ''.join(t) if isinstance(t, list) and p['lang'] != 'en' else (' '.join(t) if isinstance(t, list) else t),
             'authors': p['authors'], 'publish_time': p['time'], 'body_paragraphs': gold}
        with open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(pages), 'pages')

if __name__ == '__main__':
    main()
