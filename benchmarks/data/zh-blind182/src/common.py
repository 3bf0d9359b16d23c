"""Shared helpers: body source parsing, gold paragraphs, HTML pieces."""
import html
E = html.escape
GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
E = html.escape

def blocks(body):
    """Parse the body source: one block a line. '## ' heading, '- ' list item, '| a | b' table row,
    '> ' quote, '! alt|caption' image (not body), else paragraph."""
    out = []
    for line in body.strip().split('\n'):
        line = line.strip()
        if not line: continue
        if line.startswith('## '): out.append(('h', line[3:]))
        elif line.startswith('- '): out.append(('li', line[2:]))
        elif line.startswith('|'): out.append(('tr', [c.strip() for c in line.strip('|').split('|')]))
        elif line.startswith('> '): out.append(('q', line[2:]))
        elif line.startswith('! '): out.append(('img', line[2:].split('|')))
        else: out.append(('p', line))
    return out

def gold_paras(bl):
    res = []
    for k, v in bl:
        if k == 'tr': res.append(' '.join(v))
        elif k == 'img': continue
        else: res.append(v)
    return res

def body_html(bl, pstyle=''):
    h, i = [], 0
    while i < len(bl):
        k, v = bl[i]
        if k == 'p': h.append('<p%s>%s</p>' % (pstyle, E(v)))
        elif k == 'h': h.append('<h3 class="sub">%s</h3>' % E(v))
        elif k == 'q': h.append('<blockquote><p>%s</p></blockquote>' % E(v))
        elif k == 'img':
            alt = v[0]; cap = v[1] if len(v) > 1 else ''
            h.append('<div class="pic"><img src="%s" alt="%s" width="600" height="360">%s</div>' % (GIF, E(alt), '<p class="cap">%s</p>' % E(cap) if cap else ''))
        elif k == 'li':
            items = []
            while i < len(bl) and bl[i][0] == 'li':
                items.append('<li>%s</li>' % E(bl[i][1])); i += 1
            h.append('<ul class="lst">%s</ul>' % ''.join(items)); continue
        elif k == 'tr':
            rows = []
            first = True
            while i < len(bl) and bl[i][0] == 'tr':
                tag = 'th' if first else 'td'
                rows.append('<tr>%s</tr>' % ''.join('<%s>%s</%s>' % (tag, E(c), tag) for c in bl[i][1])); i += 1; first = False
            h.append('<table class="dt" border="1" cellspacing="0">%s</table>' % ''.join(rows)); continue
        i += 1
    return '\n'.join(h)

def lines(ls, cls='ln'):
    return ''.join('<p class="%s">%s</p>' % (cls, x) for x in ls)

def img(alt, w=1, h=1):
    return '<img src="%s" alt="%s" width="%d" height="%d">' % (GIF, E(alt), w, h)

def doc(p, style, body):
    lang = 'en' if p.get('lang') == 'en' else 'zh-CN'
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="%s"><meta name="viewport" content="width=device-width,initial-scale=1">'
            '<title>%s</title><style>%s</style></head>\n<body>\n%s\n</body></html>\n') % (
        lang, p.get('charset', 'utf-8'), E(p.get('doctitle', p['title'] + '_' + p['site'])), style, body)

