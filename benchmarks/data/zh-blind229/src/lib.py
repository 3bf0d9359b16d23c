"""Shared HTML helpers. Page bodies live in pages_*.py, each written by hand."""
import html as H
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []

def e(s):
    return H.escape(s, quote=False)

def img(alt, cap=None):
    s = f'<div class="pic"><img src="{GIF}" alt="{H.escape(alt)}" width="1" height="1">'
    if cap:
        s += f'<p class="cap">{e(cap)}</p>'
    return s + '</div>'

def body_html(items, indent=False):
    out = []
    for it in items:
        k = it[0]
        if k == 'p':
            out.append(f'<p>{"　　" if indent else ""}{e(it[1])}</p>')
        elif k == 'h':
            out.append(f'<h3>{e(it[1])}</h3>')
        elif k == 'hb':
            out.append(f'<p><strong>{e(it[1])}</strong></p>')
        elif k == 'li':
            out.append('<ul>' + ''.join(f'<li>{e(x)}</li>' for x in it[1]) + '</ul>')
        elif k == 'ol':
            out.append('<ol>' + ''.join(f'<li>{e(x)}</li>' for x in it[1]) + '</ol>')
        elif k == 'tbl':
            rows = ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>' for r in it[1])
            out.append(f'<table class="dt" border="1">{rows}</table>')
        elif k == 'img':
            out.append(img(it[1], it[2] if len(it) > 2 else None))
        elif k == 'right':
            out.append(f'<p style="text-align:right">{e(it[1])}</p>')
        elif k == 'raw':
            out.append(it[1])
    return '\n'.join(out)

def gold_paras(items):
    g = []
    for it in items:
        k = it[0]
        if k in ('p', 'h', 'hb', 'right'):
            g.append(it[1])
        elif k in ('li', 'ol'):
            g.extend(it[1])
        elif k == 'tbl':
            g.extend(' '.join(r) for r in it[1])
    return g

def doc(head_title, css, inner, charset='utf-8'):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}">'
            f'<title>{e(head_title)}</title><style>{css}</style></head>\n<body>\n{inner}\n</body></html>\n')

def h1(title):
    return '<br>'.join(e(x) for x in title.split('\n'))

def add(id, kind, title, authors, time, items, html, lang='zh'):
    PAGES.append(dict(id=id, kind=kind, lang=lang, title=title.replace('\n', ''), authors=authors,
                      publish_time=time, body_paragraphs=gold_paras(items), html=html))
