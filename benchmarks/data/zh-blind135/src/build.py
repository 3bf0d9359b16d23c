#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py."""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages_a import PAGES as PA
from pages_b import PAGES as PB
from pages_c import PAGES as PC
PAGES = PA + PB + PC
from pages_extra import EXTRA
for _p in PAGES:
    if _p['id'] in EXTRA:
        _b = _p['body']
        _i = next((i for i, b in enumerate(_b) if b[0] == 'pr' or b[1] == '此复。'), len(_b))
        while _i > 0 and _b[_i - 1][0] in ('img',) and _i == len(_b):
            _i -= 1
        _b.insert(_i, ('p', EXTRA[_p['id']]))
E = html.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

CSS = {
 'table': "body{font:12px/1.8 SimSun,serif;margin:0;background:#eef}table{border-collapse:collapse}td{vertical-align:top}.top{background:#b00;color:#fff}.nav a{color:#fff;padding:0 8px}.tt{font:bold 20px SimHei;text-align:center;color:#c00}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.cont p{text-indent:2em}.foot{text-align:center;color:#555;background:#ddd}",
 'div': "body{font:14px/1.75 'Microsoft YaHei',sans-serif;margin:0;color:#333}.wrap{width:1100px;margin:0 auto}header{background:#1b5fb0;color:#fff}nav a{margin:0 12px;color:#fff}.main{display:flex;gap:24px}.art{flex:1}aside{width:280px}h1{font-size:26px;text-align:center}.info{color:#888;text-align:center}.body p{text-indent:2em;margin:0 0 12px}.body h3{font-size:16px}footer{background:#222;color:#aaa;padding:20px;text-align:center}",
 'modern': "body{font:16px/1.8 system-ui,sans-serif;margin:0;background:#f6f7f9}.shell{max-width:1200px;margin:auto;display:grid;grid-template-columns:1fr 300px;gap:32px}.hd{display:flex;justify-content:space-between;padding:12px 24px;background:#fff}.hd nav a{margin:0 10px}h1{font-size:30px;line-height:1.35}.meta span{margin-right:16px;color:#777}.content p{margin:0 0 1em}.content h2{font-size:18px;border-left:4px solid #c00;padding-left:8px}.ft{background:#0b2545;color:#ccd;padding:28px}",
 'app': "body{font:17px/1.7 -apple-system,sans-serif;margin:0;max-width:680px;margin:auto}.bar{display:flex;justify-content:space-between;padding:10px;border-bottom:1px solid #eee}h1{font-size:24px}.acct{display:flex;gap:8px;color:#666;font-size:14px}.content p{margin:0 0 18px}.cmt{background:#fafafa;padding:12px}.ft{color:#999;font-size:12px;text-align:center}",
 'epaper': "body{font:13px/1.7 SimSun,serif;margin:0;background:#e8e3d6}.paper{display:flex;width:1200px;margin:auto}.left{width:360px;background:#f3efe4}.right{flex:1;background:#fff;padding:16px}.yt,.ft2{text-align:center;color:#555;font-size:15px}.zt{text-align:center;font:bold 26px SimHei}.content p{text-indent:2em}.bc a{margin-right:6px}.foot{text-align:center;font-size:12px}",
}

def links(items, sep=''):
    out = []
    for it in items:
        out.append('<a href="#">%s</a>' % E(it))
    return sep.join(out)

def lines_div(cls, lines, tag='div'):
    return ''.join('<%s class="%s">%s</%s>' % (tag, cls, x if x.startswith('<') else E(x), tag) for x in lines)

def block_html(b, p):
    k = b[0]
    pt = p.get('ptag', 'p')
    ind = p.get('indent', '')
    if k == 'p':
        return '<%s>%s%s</%s>' % (pt, ind, E(b[1]), pt)
    if k == 'pr':  # right-aligned (署名/日期)
        return '<%s style="text-align:right">%s</%s>' % (pt, E(b[1]), pt)
    if k == 'pb':  # paragraph with a bold lead
        return '<%s>%s<strong>%s</strong>%s</%s>' % (pt, ind, E(b[1]), E(b[2]), pt)
    if k == 'h':
        return '<%s>%s</%s>' % (p.get('htag', 'h3'), E(b[1]), p.get('htag', 'h3'))
    if k == 'hp':  # sub-heading inside a bold <p>
        return '<%s><strong>%s%s</strong></%s>' % (pt, ind, E(b[1]), pt)
    if k == 'q':
        return '<blockquote>%s</blockquote>' % E(b[1])
    if k == 'ul':
        return '<ul>' + ''.join('<li>%s</li>' % E(x) for x in b[1]) + '</ul>'
    if k == 'ol':
        return '<ol>' + ''.join('<li>%s</li>' % E(x) for x in b[1]) + '</ol>'
    if k == 'table':
        r = ['<table class="dt" border="1" cellpadding="4">']
        for i, row in enumerate(b[1]):
            t = 'th' if i == 0 else 'td'
            r.append('<tr>' + ''.join('<%s>%s</%s>' % (t, E(c), t) for c in row) + '</tr>')
        return ''.join(r) + '</table>'
    if k == 'img':  # ('img', alt, caption)
        cap = '<p class="cap" style="text-align:center;color:#666">%s</p>' % E(b[2]) if b[2] else ''
        return '<p style="text-align:center"><img src="%s" alt="%s" width="600" height="400"></p>%s' % (GIF, E(b[1]), cap)
    if k == 'wh':  # 文号 line, not body
        return '<p class="wh" style="text-align:center">%s</p>' % E(b[1])
    if k == 'x':  # in-body furniture (not body): raw text line
        return '<p class="note">%s</p>' % E(b[1])
    raise ValueError(k)

def gold_paras(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'pr', 'h', 'hp', 'q'):
            out.append(b[1])
        elif k == 'pb':
            out.append(b[1] + b[2])
        elif k in ('ul', 'ol'):
            out.extend(b[1])
        elif k == 'table':
            out.extend(' '.join(r) for r in b[1])
    return [' '.join(x.split()) if p_lang == 'en' else x.strip() for x in out]

p_lang = 'zh'

def title_html(p):
    t = p['title']
    lines = t if isinstance(t, list) else [t]
    tag = p.get('ttag', 'h1')
    inner = '<br>'.join(E(x) for x in lines)
    s = ''
    for k in p.get('kicker', []):
        s += '<div class="yt">%s</div>' % E(k)
    s += '<%s class="tt zt">%s</%s>' % (tag, inner, tag)
    for k in p.get('sub', []):
        s += '<div class="ft2">%s</div>' % E(k)
    return s

def info_html(p):
    out = ''
    for line in p.get('info', []):
        if isinstance(line, str):
            out += '<div class="info">%s</div>' % E(line)
        else:
            sep = p.get('info_sep', '&nbsp;&nbsp;&nbsp;')
            out += '<div class="info meta">%s</div>' % sep.join('<span>%s</span>' % E(x) for x in line)
    return out

def article_html(p):
    a = ''
    pos = p.get('info_pos', 'below')
    if pos == 'above':
        a += info_html(p)
    a += title_html(p)
    if pos == 'below':
        a += info_html(p)
    a += lines_div('byl', p.get('bylines', []))
    a += '<div class="body content cont">' + ''.join(block_html(b, p) for b in p['body']) + '</div>'
    if pos == 'end':
        a += info_html(p)
    a += lines_div('after', p.get('after', []))
    if p.get('share'):
        a += '<div class="share">%s</div>' % links(p['share'], ' ')
    if p.get('prevnext'):
        a += lines_div('pn', p['prevnext'])
    for head, items in p.get('related', []):
        a += '<div class="rel"><h4>%s</h4><ul>%s</ul></div>' % (E(head), ''.join('<li><a href="#">%s</a></li>' % E(x) for x in items))
    return a

def side_html(p):
    s = ''
    for head, items in p.get('side', []):
        s += '<div class="box"><h4>%s</h4><ul>%s</ul></div>' % (E(head), ''.join('<li><a href="#">%s</a></li>' % E(x) for x in items))
    return s

def head_html(p):
    h = lines_div('toplinks', p.get('top', []))
    if p.get('banner'):
        h += '<div class="banner"><img src="%s" alt="%s"> %s</div>' % (GIF, E(p['banner'][0]), E(p['banner'][1]) if len(p['banner']) > 1 else '')
    if p.get('search'):
        h += '<form><input type="text" placeholder="%s"><button>搜索</button></form>' % E(p['search'])
    if p.get('nav'):
        h += '<nav class="nav">%s</nav>' % links(p['nav'], p.get('nav_sep', ''))
    return h

def foot_html(p):
    return lines_div('fl', p.get('footer', []), 'p')

def crumb_html(p):
    c = p.get('crumb')
    return '<div class="crumb bc">%s</div>' % E(c) if c else ''

def render(p):
    lay = p['layout']
    css = CSS[lay] + p.get('css', '')
    doc = ['<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>' % (p.get('lang', 'zh'), E(p.get('doctitle', gold_title(p))), css)]
    if lay == 'table':
        doc.append('<table width="1000" align="center" bgcolor="#ffffff"><tr><td class="top" colspan="2">%s</td></tr>' % head_html(p))
        doc.append('<tr><td colspan="2">%s</td></tr><tr><td width="720">%s</td><td width="280">%s</td></tr>' % (crumb_html(p), article_html(p), side_html(p)))
        doc.append('<tr><td class="foot" colspan="2">%s</td></tr></table>' % foot_html(p))
    elif lay == 'div':
        doc.append('<header><div class="wrap">%s</div></header><div class="wrap">%s<div class="main"><div class="art">%s</div><aside>%s</aside></div></div><footer>%s</footer>' % (head_html(p), crumb_html(p), article_html(p), side_html(p), foot_html(p)))
    elif lay == 'modern':
        doc.append('<div class="hd">%s</div>%s<main class="shell"><article>%s</article><aside>%s</aside></main><div class="ft">%s</div>' % (head_html(p), crumb_html(p), article_html(p), side_html(p), foot_html(p)))
    elif lay == 'app':
        doc.append('<div class="bar">%s</div><article>%s</article><div class="cmt">%s</div><div class="ft">%s</div>' % (head_html(p), article_html(p), side_html(p), foot_html(p)))
    elif lay == 'epaper':
        doc.append('<div class="toph">%s</div><div class="paper"><div class="left">%s</div><div class="right">%s%s</div></div><div class="foot">%s</div>' % (head_html(p), side_html(p), crumb_html(p), article_html(p), foot_html(p)))
    doc.append('</body></html>\n')
    return ''.join(doc)

def gold_title(p):
    t = p['title']
    if isinstance(t, list):
        return (' ' if p.get('lang') == 'en' else '').join(t)
    return t

def main():
    global p_lang
    ids = set()
    for p in PAGES:
        assert p['id'] not in ids; ids.add(p['id'])
        p_lang = p.get('lang', 'zh')
        with open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
            f.write(render(p))
        g = {'id': p['id'], 'set': 'zh-blind135', 'lang': p_lang, 'kind': p['kind'], 'title': gold_title(p),
             'authors': p['authors'], 'publish_time': p['time'], 'body_paragraphs': gold_paras(p['body'])}
        with open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(PAGES), 'pages')

if __name__ == '__main__':
    main()
