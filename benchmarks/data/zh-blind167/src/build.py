#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.
Each description lists blocks; blocks of body kinds (p, h, li, table, sign) are rendered as
the article body AND written to gold, so the gold body comes from the same blocks."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C
from pages_d import PAGES as D
import re
from extras import EXTRA, EXTRA2
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape
GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
BODY = ('p', 'h', 'li', 'table', 'sign', 'quote')

def blocks_html(blocks, t):
    out, inlist = [], False
    for b in blocks:
        k = b[0]
        if k != 'li' and inlist:
            out.append('</ul>'); inlist = False
        if k == 'p':
            ind = '\u3000\u3000' if t.get('indent') else ''
            out.append('<p>%s%s</p>' % (ind, E(b[1])))
        elif k == 'quote':
            out.append('<blockquote>%s</blockquote>' % E(b[1]))
        elif k == 'h':
            out.append(t.get('h', '<h3>%s</h3>') % E(b[1]))
        elif k == 'li':
            if not inlist:
                out.append('<ul class="%s-list">' % t['c']); inlist = True
            out.append('<li>%s</li>' % E(b[1]))
        elif k == 'table':
            rows = ''.join('<tr>%s</tr>' % ''.join(('<th>%s</th>' if i == 0 else '<td>%s</td>') % E(c) for c in r) for i, r in enumerate(b[1]))
            out.append('<table class="%s-tb" border="1">%s</table>' % (t['c'], rows))
        elif k == 'sign':
            out.append('<p style="text-align:right">%s</p>' % E(b[1]))
        elif k == 'img':
            out.append('<div class="%s-pic"><img src="%s" alt="%s"><p class="cap">%s</p></div>' % (t['c'], GIF, E(b[1]), E(b[2])))
        elif k == 'nb':   # non-body line inside the article area
            out.append('<p class="%s">%s</p>' % (b[2] if len(b) > 2 else 'nb', E(b[1])))
        elif k == 'raw':
            out.append(b[1])
    if inlist:
        out.append('</ul>')
    return '\n'.join(out)

def links(items, tag='li', sep=''):
    return sep.join('<%s><a href="#">%s</a></%s>' % (tag, E(x), tag) for x in items)

def infobar(p):
    inf = p.get('info', [])
    mode = p['t'].get('info', 'span')
    if mode == 'span':
        return '<div class="info">%s</div>' % '&nbsp;&nbsp;'.join('<span>%s</span>' % E(x) for x in inf)
    if mode == 'glued':
        return '<div class="info">%s</div>' % ''.join('<span>%s</span>' % E(x) for x in inf)
    if mode == 'table':
        return '<table class="info" width="100%%"><tr>%s</tr></table>' % ''.join('<td>%s</td>' % E(x) for x in inf)
    if mode == 'lines':
        return '<div class="info">%s</div>' % ''.join('<p>%s</p>' % E(x) for x in inf)
    if mode == 'pipe':
        return '<p class="info">%s</p>' % ' | '.join(E(x) for x in inf)

def render(p):
    t = p['t']; c = t['c']
    lay = t.get('layout', 'div')
    title_lines = p['title_lines'] if 'title_lines' in p else [p['title']]
    th = '<br>'.join(E(x) for x in title_lines)
    head = []
    if p.get('top'):
        head.append('<div class="%s-top">%s</div>' % (c, links(p['top'], 'span', ' | ')))
    head.append('<div class="%s-banner"><img src="%s" alt="%s"><h2 class="site">%s</h2></div>' % (c, GIF, E(p.get('logo_alt', p['site'])), E(p['site'])))
    if p.get('search'):
        head.append('<form class="%s-search"><input type="text" placeholder="%s"><button>搜索</button></form>' % (c, E(p['search'])))
    if p.get('nav'):
        head.append('<ul class="%s-nav">%s</ul>' % (c, links(p['nav'])))
    if p.get('crumb'):
        head.append('<div class="%s-crumb">%s</div>' % (c, E(p['crumb'])))
    art = []
    if p.get('pre'):
        art.append('<p class="yinti">%s</p>' % E(p['pre']))
    tit = '<h1 class="%s-title">%s</h1>' % (c, th)
    if t.get('info_pos', 'below') == 'above':
        art.append(infobar(p)); art.append(tit)
    else:
        art.append(tit)
    if p.get('sub'):
        art.append('<p class="futi">%s</p>' % E(p['sub']))
    if t.get('info_pos', 'below') == 'below':
        art.append(infobar(p))
    if p.get('lead'):
        art.append('<div class="lead">%s</div>' % E(p['lead']))
    art.append('<div class="%s-content">%s</div>' % (c, blocks_html(p['blocks'], t)))
    if t.get('info_pos') == 'end':
        art.append(infobar(p))
    for x in p.get('after', []):
        art.append('<div class="%s-after">%s</div>' % (c, E(x)))
    side = []
    for hd, items in p.get('side', []):
        side.append('<div class="%s-box"><h4>%s</h4><ul>%s</ul></div>' % (c, E(hd), links(items)))
    rel = []
    for hd, items in p.get('related', []):
        rel.append('<div class="%s-rel"><h4>%s</h4><ul>%s</ul></div>' % (c, E(hd), links(items)))
    foot = '<div class="%s-foot">%s</div>' % (c, ''.join('<p>%s</p>' % E(x) for x in p.get('footer', [])))
    if lay == 'table':
        bodyh = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td>%s</td></tr>'
                 '<tr><td><table width="100%%"><tr><td valign="top" width="720">%s</td><td valign="top">%s</td></tr></table></td></tr>'
                 '<tr><td>%s</td></tr><tr><td>%s</td></tr></table>') % ('\n'.join(head), '\n'.join(art), '\n'.join(side), '\n'.join(rel), foot)
    elif lay == 'sideleft':
        bodyh = '<header>%s</header><div class="wrap"><aside>%s</aside><main><article>%s</article>%s</main></div><footer>%s</footer>' % ('\n'.join(head), '\n'.join(side), '\n'.join(art), '\n'.join(rel), foot)
    else:
        bodyh = '<div class="%s-head">%s</div><div class="%s-main"><div class="%s-article">%s</div><div class="%s-side">%s</div></div>%s%s' % (c, '\n'.join(head), c, c, '\n'.join(art), c, '\n'.join(side), '\n'.join(rel), foot)
    css = t.get('css', '') + ' .%s-nav li{display:inline;margin:0 8px} .%s-nav{padding:0} .%s-tb{border-collapse:collapse} .%s-side{font-size:13px}' % (c, c, c, c)
    return '<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>\n%s\n</body></html>\n' % (
        'en' if p.get('lang') == 'en' else 'zh-CN', E(p.get('doctitle', p['title'] + '_' + p['site'])), css, bodyh)

def gold(p):
    paras = []
    for b in p['blocks']:
        if b[0] in ('p', 'h', 'li', 'sign', 'quote'):
            paras.append(b[1])
        elif b[0] == 'table':
            paras.extend(' '.join(r) for r in b[1])
    return {'id': p['id'], 'set': 'zh-blind167', 'lang': p.get('lang', 'zh'), 'kind': p['kind'],
            'title': p['title'], 'authors': [a if p.get('lang') == 'en' else re.sub(r'\s+', '', a) for a in p['authors']], 'publish_time': p['time'], 'body_paragraphs': paras}

if __name__ == '__main__':
    pages = A + B + C + D
    for p in pages:
        if p['id'] in EXTRA:
            idx = [i for i, b in enumerate(p['blocks']) if b[0] == 'p']
            p['blocks'].insert(idx[1] + 1 if len(idx) > 1 else idx[0] + 1, ('p', EXTRA[p['id']]))
        if p['id'] in EXTRA2:
            idx = [i for i, b in enumerate(p['blocks']) if b[0] == 'p']
            p['blocks'].insert(idx[-2] + 1, ('p', EXTRA2[p['id']]))
    for p in pages:
        open(os.path.join(base, 'html', p['id'] + '.html'), 'w', encoding='utf-8').write(render(p))
        json.dump(gold(p), open(os.path.join(base, 'gold', p['id'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(pages), 'pages')
