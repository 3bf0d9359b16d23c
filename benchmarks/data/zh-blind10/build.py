#!/usr/bin/env python3
"""Generate html/<id>.html and gold/<id>.json for set zh-blind10 from pages*.py data."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C

E = html.escape
HERE = os.path.dirname(os.path.abspath(__file__))

STYLES = {
 'old': "body{font:12px 宋体,SimSun;margin:0;background:#eef}table{border-collapse:collapse}.main{width:980px;margin:0 auto;background:#fff}.tit{font:bold 22px 黑体;color:#c00;text-align:center;padding:14px}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.con p{text-indent:2em;line-height:2}.foot{background:#1d4d8f;color:#fff;text-align:center}",
 'new': "body{font:16px 'Microsoft YaHei',sans-serif;margin:0}.top{background:#f5f5f5;font-size:13px}.top a{margin:0 6px}.sticky{position:sticky;top:0;background:#fff}.banner{height:90px;background:#0a4fa3;color:#fff;font-size:30px}.nav a{display:inline-block;padding:8px 18px}.wrap{width:1200px;margin:0 auto}h1{font-size:26px;text-align:center}.info span{margin-right:14px;color:#888}.article p{text-indent:2em;line-height:1.9}.foot{background:#333;color:#ccc;font-size:13px}.side{float:right;width:300px}",
 'media': "body{font:15px sans-serif}.hd{border-bottom:2px solid #c00}.hd a{margin-right:12px}h1{font-size:30px}.meta{color:#999}.meta span{margin-right:10px}.rel li,.hot li{font-size:14px}.art p{line-height:1.8}",
 'self': "body{font:17px -apple-system,sans-serif;max-width:680px;margin:0 auto}.acct{font-weight:bold}.muted{color:#999;font-size:14px}p{line-height:1.75}",
 'paper': "body{font:14px 宋体;background:#f3efe4}.bar{background:#8b0000;color:#fff}.pg{width:1000px;margin:0 auto}.yt,.ft{font-size:16px;text-align:center}h1{font-size:28px;text-align:center}.con p{text-indent:2em}",
}


def render(p):
    st = STYLES[p.get('style', 'new')]
    out = ['<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>'
           % (p.get('lang', 'zh'), E(p.get('doctitle', p['title'] + '_' + p['site'])), st)]
    for blk in p['layout']:
        out.append(block(blk, p))
    out.append('</body></html>')
    return '\n'.join(out)


def lines_html(items, sep_tag='div'):
    return ''.join('<%s>%s</%s>' % (sep_tag, E(x), sep_tag) for x in items)


def block(b, p):
    if isinstance(b, tuple):
        kind, arg = b
    else:
        kind, arg = b, None
    if kind == 'raw':            # literal html
        return arg
    if kind == 'top':            # top bar items
        return '<div class="top">' + ''.join('<a href="#">%s</a>' % E(x) for x in arg) + '</div>'
    if kind == 'banner':         # site name + optional search placeholder
        name, ph = arg
        s = '<div class="banner"><div class="wrap"><b>%s</b>' % E(name)
        if ph:
            s += '<form><input type="text" placeholder="%s"><button type="button">搜索</button></form>' % E(ph)
        return s + '</div></div>'
    if kind == 'nav':
        return '<div class="nav">' + ''.join('<a href="#">%s</a>' % E(x) for x in arg) + '</div>'
    if kind == 'navtable':       # old table nav: one row of cells
        return '<table class="main"><tr>' + ''.join('<td><a href="#">%s</a></td>' % E(x) for x in arg) + '</tr></table>'
    if kind == 'crumb':
        return '<div class="crumb">%s</div>' % E(arg)
    if kind == 'list':           # heading + list of lines
        head, items = arg
        return '<div class="box"><h3>%s</h3><ul>%s</ul></div>' % (E(head), lines_html(items, 'li'))
    if kind == 'lines':          # plain div lines
        return '<div>%s</div>' % lines_html(arg)
    if kind == 'title':
        s = ''
        if p.get('kicker'):
            s += '<div class="yt">%s</div>' % E(p['kicker'])
        if p.get('title_lines'):
            s += '<h1>' + '<br>'.join(E(x) for x in p['title_lines']) + '</h1>'
        else:
            s += '<h1>%s</h1>' % E(p['title'])
        if p.get('subtitle'):
            s += '<h2 class="ft">%s</h2>' % E(p['subtitle'])
        return s
    if kind == 'info':           # info bar: list of strings, glued or spaced
        items, glue = arg
        if glue:
            return '<div class="info">' + ''.join('<span>%s</span>' % E(x) for x in items) + '</div>'
        return '<div class="info">' + '&nbsp;&nbsp;'.join('<span>%s</span>' % E(x) for x in items) + '</div>'
    if kind == 'record':         # disclosure table: list of (label,value); arg2 colon flag
        rows, colon = arg
        s = '<table class="record" border="1">'
        for i in range(0, len(rows), 2):
            s += '<tr>'
            for lab, val in rows[i:i + 2]:
                s += '<th>%s%s</th><td>%s</td>' % (E(lab), '：' if colon else '', E(val))
            s += '</tr>'
        return s + '</table>'
    if kind == 'body':
        s = '<div class="article con art">'
        for para in p['body_html']:
            s += para
        return s + '</div>'
    if kind == 'bodytd':         # body inside an old layout table cell with a left column
        left = arg
        s = '<table class="main"><tr><td valign="top" width="200">%s</td><td class="con">' % lines_html(left)
        for para in p['body_html']:
            s += para
        return s + '</td></tr></table>'
    if kind == 'table':          # data table (rows of cells), part of body
        return ''
    raise ValueError(kind)


def body_html(p):
    """body items: str -> <p>; ('h',str) -> subheading <p><strong>; ('img',alt,caption) -> figure (not body);
    ('table',rows) -> table, each row one gold paragraph; ('right',str) -> right aligned p (署名/日期);
    ('x',html) -> non-body html inside article."""
    hs, gold = [], []
    for it in p['body']:
        if isinstance(it, str):
            hs.append('<p>%s</p>' % E(it)); gold.append(it)
        elif it[0] == 'h':
            hs.append('<p><strong>%s</strong></p>' % E(it[1])); gold.append(it[1])
        elif it[0] == 'right':
            hs.append('<p style="text-align:right">%s</p>' % E(it[1])); gold.append(it[1])
        elif it[0] == 'left':
            hs.append('<p style="text-indent:0">%s</p>' % E(it[1])); gold.append(it[1])
        elif it[0] == 'img':
            hs.append('<p style="text-align:center"><img src="data:," alt="%s" width="600" height="400"></p>' % E(it[1])
                      + ('<p style="text-align:center">%s</p>' % E(it[2]) if it[2] else ''))
        elif it[0] == 'table':
            rows = it[1]
            t = '<table border="1" cellspacing="0">'
            for r in rows:
                t += '<tr>' + ''.join('<td>%s</td>' % E(c) for c in r) + '</tr>'
                gold.append(' '.join(r))
            hs.append(t + '</table>')
        elif it[0] == 'x':
            hs.append(it[1])
        else:
            raise ValueError(it)
    return hs, gold


def main():
    pages = A + B + C
    ids = set()
    for p in pages:
        assert p['id'] not in ids; ids.add(p['id'])
        p['body_html'], gold_body = body_html(p)
        with open(os.path.join(HERE, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
            f.write(render(p))
        g = {'id': p['id'], 'set': 'zh-blind10', 'lang': p.get('lang', 'zh'), 'title': p['title'],
             'authors': p['authors'], 'publish_time': p['time'], 'body_paragraphs': gold_body}
        with open(os.path.join(HERE, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    print(len(pages), 'pages')


if __name__ == '__main__':
    main()
