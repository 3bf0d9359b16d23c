#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body block mini-language (one string per block):
  plain text      body paragraph            '## x'  sub-heading (body)
  '- x'           list line (body)           '> x'   quoted passage (body)
  '|a|b|c'        table row (body; consecutive rows form one table; row -> cells joined by one space)
  '!x'            photo (img alt + caption x; NOT body)
  '~x'            a non-body line inside the article (editor, source, byline)
  '=x'            indented paragraph with two U+3000 (body, the indent is not gold)
"""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
e = html.escape

CSS = {
 'table': "body{font:12px 宋体,serif;margin:0;background:#eee}table{border-collapse:collapse}.w{width:980px;margin:0 auto;background:#fff}.nav td{background:#b00;color:#fff;padding:4px 10px}.tt{font-size:22px;color:#b00;text-align:center;font-weight:bold}.info{color:#666;text-align:center}.body p{text-indent:2em;line-height:2}.foot{background:#ddd;text-align:center;color:#555}",
 'div': "body{font:14px 'Microsoft YaHei',sans-serif;margin:0}.top{background:#f3f3f3;font-size:12px}.hd{background:#1a4f9c;color:#fff;padding:20px}.nav a{margin:0 12px;color:#fff}.navbar{background:#0d3a7a}.crumb{padding:8px;color:#666}.main{width:1100px;margin:0 auto}.art h1{text-align:center;font-size:26px}.info{border-bottom:1px dashed #ccc;text-align:center;color:#888}.body p{line-height:1.9;text-indent:2em}.side{float:right;width:300px}.ft{background:#333;color:#aaa;padding:20px;text-align:center}",
 'flex': "body{font:16px system-ui,sans-serif;margin:0;color:#222}header{display:flex;justify-content:space-between;padding:12px 40px;background:linear-gradient(#c8102e,#a00);color:#fff}nav ul{display:flex;list-style:none;gap:24px}.crumb{font-size:13px;color:#777}article h1{font-size:30px;line-height:1.4}.meta{display:flex;gap:16px;color:#888;font-size:14px}.content p{line-height:2}aside{border-left:3px solid #c8102e;padding-left:12px}footer{background:#f5f5f5;padding:30px;font-size:13px}",
 'app': "body{font:17px -apple-system,sans-serif;margin:0 auto;max-width:640px;padding:0 16px}.appbar{display:flex;justify-content:space-between;padding:10px 0;border-bottom:1px solid #eee}.acct{display:flex;gap:8px;align-items:center}h1{font-size:22px}.content p{line-height:1.8}.openapp{background:#f04142;color:#fff;text-align:center;padding:10px;border-radius:20px}.rec li{padding:8px 0;border-bottom:1px solid #f2f2f2}",
 'epaper': "body{font:14px 宋体,serif;margin:0;background:#f6f1e7}.ebar{background:#7a1010;color:#fff;padding:6px}.cols{display:flex}.left{width:300px;border-right:1px solid #ccc;padding:8px}.right{flex:1;padding:16px}.yt,.ft2{text-align:center;color:#444}.zt{text-align:center;font-size:26px;font-weight:bold}.content p{text-indent:2em;line-height:1.9}.bm li{list-style:square}",
}

def blocks(body, indent_style=False):
    out, gold, rows = [], [], []
    def flush():
        if rows:
            h = '<table class="dt" border="1">' + ''.join('<tr>' + ''.join(('<th>%s</th>' if i == 0 else '<td>%s</td>') % e(c) for c in r) + '</tr>' for i, r in enumerate(rows)) + '</table>'
            out.append(h); rows.clear()
    for b in body:
        if b.startswith('|'):
            cells = b.strip('|').split('|'); rows.append(cells); gold.append(' '.join(cells)); continue
        flush()
        if b.startswith('## '):
            out.append('<p><strong>%s</strong></p>' % e(b[3:])); gold.append(b[3:])
        elif b.startswith('- '):
            out.append('<li>%s</li>' % e(b[2:])); gold.append(b[2:])
        elif b.startswith('> '):
            out.append('<blockquote>%s</blockquote>' % e(b[2:])); gold.append(b[2:])
        elif b.startswith('!'):
            out.append('<p class="pic" style="text-align:center"><img src="%s" alt="%s" width="1" height="1"><br>%s</p>' % (GIF, e(b[1:]), e(b[1:])))
        elif b.startswith('~'):
            out.append('<p class="note">%s</p>' % e(b[1:]))
        elif b.startswith('='):
            out.append('<p>\u3000\u3000%s</p>' % e(b[1:])); gold.append(b[1:])
        else:
            out.append('<p>%s</p>' % e(b)); gold.append(b)
    flush()
    # wrap consecutive <li> into <ul>
    res, inli = [], False
    for h in out:
        if h.startswith('<li>') and not inli: res.append('<ul>'); inli = True
        if not h.startswith('<li>') and inli: res.append('</ul>'); inli = False
        res.append(h)
    if inli: res.append('</ul>')
    return '\n'.join(res), gold

def L(items, sep=''):
    return sep.join('<a href="#">%s</a>' % e(x) for x in items)

def render(p):
    lay = p['layout']
    body_html, gold = blocks(p['body'])
    titleh = '<br>'.join(e(x) for x in p.get('title_lines', [p['title']]))
    head = ''
    if p.get('pre'): head += '<p class="yt">%s</p>\n' % e(p['pre'])
    head += '<h1 class="tt zt">%s</h1>\n' % titleh
    if p.get('sub'): head += '<p class="ft2">%s</p>\n' % e(p['sub'])
    info = '<div class="info meta">%s</div>\n' % p.get('info', '')
    pos = p.get('info_pos', 'below')
    art = ''
    if p.get('meta_table'):
        art += '<table class="xxgk" border="1">' + ''.join('<tr>' + ''.join('<td>%s</td><td>%s</td>' % (e(k), e(v)) for k, v in row) + '</tr>' for row in p['meta_table']) + '</table>\n'
    art += (info + head) if pos == 'above' else head + (info if pos == 'below' else '')
    if p.get('byline'): art += ''.join('<p class="byline">%s</p>\n' % e(x) for x in p['byline'])
    art += '<div class="body content">\n%s\n</div>\n' % body_html
    if p.get('after'): art += ''.join('<p class="after">%s</p>\n' % e(x) for x in p['after'])
    if pos == 'bottom': art += info
    if p.get('tools'): art += '<div class="tools">%s</div>\n' % p['tools']
    if p.get('share'): art += '<div class="share">%s</div>\n' % p['share']
    if p.get('prevnext'): art += '<div class="pn"><p>%s</p><p>%s</p></div>\n' % (e(p['prevnext'][0]), e(p['prevnext'][1]))
    rel = ''
    for hd, items in p.get('related', []):
        rel += '<div class="rel"><h3>%s</h3><ul>%s</ul></div>\n' % (e(hd), ''.join('<li><a href="#">%s</a></li>' % e(x) for x in items))
    qr = ''.join('<p class="qr"><img src="%s" alt="%s" width="1" height="1"><br>%s</p>' % (GIF, e(q), e(q)) for q in p.get('qr', []))
    foot = '<br>\n'.join(e(x) for x in p.get('footer', []))
    top = ' | '.join(e(x) for x in p.get('top', []))
    nav = p.get('nav', [])
    crumb = e(p.get('crumb', ''))
    search = '<input type="text" placeholder="%s"><button>搜索</button>' % e(p['search']) if p.get('search') else ''
    site = e(p.get('site', ''))
    if lay == 'table':
        h = f'''<table class="w" width="980" align="center"><tr><td>{top}</td><td align="right">{search}</td></tr>
<tr><td colspan="2"><img src="{GIF}" alt="{site}" width="1" height="1"><b style="font-size:28px">{site}</b></td></tr>
<tr class="nav"><td colspan="2">{L(nav, ' | ')}</td></tr>
<tr><td colspan="2">{crumb}</td></tr>
<tr><td colspan="2"><table width="100%"><tr><td valign="top" width="72%">{art}</td><td valign="top">{rel}{qr}</td></tr></table></td></tr>
<tr class="foot"><td colspan="2">{foot}</td></tr></table>'''
    elif lay == 'div':
        h = f'''<div class="top">{top} {search}</div><div class="hd"><div class="logo">{site}</div><div class="slogan">{e(p.get('slogan',''))}</div></div>
<div class="navbar nav">{L(nav)}</div><div class="main"><div class="crumb">{crumb}</div>
<div class="side">{rel}{qr}</div><div class="art">{art}</div></div><div class="ft">{foot}</div>'''
    elif lay == 'flex':
        h = f'''<header><div class="logo">{site}</div><div>{top}</div>{search}</header>
<nav><ul>{''.join('<li><a href="#">%s</a></li>' % e(x) for x in nav)}</ul></nav>
<main><p class="crumb">{crumb}</p><article>{art}</article><aside>{rel}{qr}</aside></main><footer>{foot}</footer>'''
    elif lay == 'app':
        h = f'''<div class="appbar"><span>{site}</span><span>{top}</span></div>
<article>{art}</article><div class="openapp">{e(p.get('openapp','打开APP，阅读体验更佳'))}</div><div class="rec">{rel}</div>{qr}<div class="ft">{foot}</div>'''
    elif lay == 'epaper':
        ep = p['epaper']
        h = f'''<div class="ebar">{site} {top} {search}</div><div class="navbar">{L(nav, ' ')}</div>
<div class="cols"><div class="left"><p>{e(ep['date'])}</p><p>{e(ep['page'])}</p><p>{L(ep['pages'], '<br>')}</p><h4>本版标题</h4><ul class="bm">{''.join('<li><a href="#">%s</a></li>' % e(x) for x in ep['titles'])}</ul>
<p>{e(ep.get('pager','上一版 下一版'))}</p></div><div class="right"><p class="crumb">{crumb}</p>{art}{rel}</div></div><div class="ft">{foot}</div>'''
    else:
        raise ValueError(lay)
    css = CSS[lay] + p.get('css', '')
    doc = f'''<!DOCTYPE html>
<html lang="{'en' if p.get('lang')=='en' else 'zh-CN'}"><head><meta charset="utf-8"><title>{e(p.get('doctitle', p['title'] + '_' + p.get('site','')))}</title>
<style>{css}</style></head><body class="{p['id']}">
{h}
</body></html>
'''
    g = {'id': p['id'], 'set': 'zh-blind181', 'lang': p.get('lang', 'zh'), 'kind': p['kind'],
         'title': p['title'], 'authors': p['authors'], 'publish_time': p['time'], 'body_paragraphs': gold}
    return doc, g

def main():
    from extras import EXTRA
    pages = A + B + C
    for p in pages:
        if p['id'] in EXTRA:
            pos, t = EXTRA[p['id']]
            if pos is None: p['body'].append(t)
            else: p['body'].insert(pos, t)
    ids = [p['id'] for p in pages]
    assert len(set(ids)) == len(ids), ids
    for p in pages:
        doc, g = render(p)
        open(os.path.join(BASE, 'html', p['id'] + '.html'), 'w', encoding='utf-8').write(doc)
        json.dump(g, open(os.path.join(BASE, 'gold', p['id'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('built', len(pages))

if __name__ == '__main__':
    main()
