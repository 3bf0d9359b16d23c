#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict: id, kind, lang, layout, css, title, title_html (optional,
the headline as printed), authors, publish_time, the furniture strings
(head, above, info, below, tail, foot) and body: a list of blocks.  Body
blocks ('p', 'h', 'li', 'ol', 'table', 'sign') go to the gold body in order;
'img' (alt + caption) and 'x' (byline/editor/原标题/文号 lines) are rendered
inside the article but are not body.
"""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import pages_gov, pages_media, pages_other

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def render_body(p):
    style = p.get('pstyle', 'p')
    out, gold = [], []
    lst = None
    def close():
        nonlocal lst
        if lst:
            out.append('</%s>' % lst); lst = None
    for b in p['body']:
        t = b[0]
        if t in ('li', 'ol'):
            tag = 'ul' if t == 'li' else 'ol'
            if lst != tag:
                close(); out.append('<%s class="lst">' % tag); lst = tag
            out.append('<li>%s</li>' % e(b[1])); gold.append(b[1]); continue
        close()
        if t == 'p':
            txt = b[1]; gold.append(txt)
            if style == 'indent':
                out.append('<p>\u3000\u3000%s</p>' % e(txt))
            elif style == 'br':
                out.append('\u3000\u3000%s<br><br>' % e(txt))
            elif style == 'section':
                out.append('<section class="s"><span>%s</span></section>' % e(txt))
            elif style == 'nbsp':
                out.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % e(txt))
            elif style == 'div':
                out.append('<div class="para">%s</div>' % e(txt))
            else:
                out.append('<p>%s</p>' % e(txt))
        elif t == 'h':
            gold.append(b[1])
            if style == 'br':
                out.append('<strong>%s</strong><br><br>' % e(b[1]))
            else:
                out.append('<p class="sub"><strong>%s</strong></p>' % e(b[1]))
        elif t == 'sign':
            gold.append(b[1]); out.append('<p class="sign" style="text-align:right">%s</p>' % e(b[1]))
        elif t == 'table':
            rows = b[1]
            out.append('<table class="dt" border="1" cellspacing="0">')
            for i, r in enumerate(rows):
                c = 'th' if i == 0 else 'td'
                out.append('<tr>' + ''.join('<%s>%s</%s>' % (c, e(x), c) for x in r) + '</tr>')
                gold.append(' '.join(r))
            out.append('</table>')
        elif t == 'img':
            out.append('<div class="pic"><img alt="%s" src="%s" width="1" height="1"><p class="cap">%s</p></div>'
                       % (e(b[1]), GIF, e(b[2])) if len(b) > 2 and b[2] else
                       '<div class="pic"><img alt="%s" src="%s"></div>' % (e(b[1]), GIF))
        elif t == 'x':
            cls = b[2] if len(b) > 2 else 'x'
            out.append('<p class="%s">%s</p>' % (cls, e(b[1])))
        elif t == 'raw':
            out.append(b[1])
        else:
            raise ValueError(t)
    close()
    return '\n'.join(out), gold

def build(p):
    body_html, gold_body = render_body(p)
    th = p['title_html'] if 'title_html' in p else '<h1 class="tt">%s</h1>' % e(p['title'])
    art = '<div class="article">\n%s\n%s\n%s\n%s\n</div>' % (
        p.get('above', ''), th, p.get('info', ''), p.get('below', ''))
    content = '<div class="content" id="zoom">\n%s\n</div>' % body_html
    main = art + '\n' + content + '\n' + p.get('after', '')
    wrap = p.get('wrap', '%s')
    doc = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
           '<style>\n%s\n</style>\n</head>\n<body>\n%s\n%s\n%s\n%s\n</body>\n</html>\n') % (
        'en' if p['lang'] == 'en' else 'zh-CN', e(p['title'] + p.get('title_suffix', '')),
        p.get('css', ''), p.get('head', ''), wrap % main, p.get('tail', ''), p.get('foot', ''))
    gold = {"id": p['id'], "set": "zh-blind168", "lang": p['lang'], "kind": p['kind'],
            "title": p['title'], "authors": p['authors'], "publish_time": p['publish_time'],
            "body_paragraphs": gold_body}
    return doc, gold

def main():
    pages = pages_gov.PAGES + pages_media.PAGES + pages_other.PAGES
    ids = [p['id'] for p in pages]
    assert len(ids) == len(set(ids)), ids
    for p in pages:
        doc, gold = build(p)
        with open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
            f.write(doc)
        with open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write('\n')
    print('built', len(pages), 'pages')

if __name__ == '__main__':
    main()
