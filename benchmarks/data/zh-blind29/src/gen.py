# Generator for the zh-blind29 test set: writes html/<id>.html and gold/<id>.json
import json, os, html as H
OUT = os.path.dirname(os.path.abspath(__file__))
PAGES = []
def e(s): return H.escape(s, quote=False)
BASE = "body{font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px;margin:0;color:#333}a{color:#333;text-decoration:none}ul{margin:0;padding:0;list-style:none}.w{width:1100px;margin:0 auto}"
def doc(tt, css, body):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><style>%s%s</style></head>\n<body>\n%s\n</body></html>\n' % (e(tt), BASE, css, body))
def B(items, p='p', hs='h4'):
    """items: str | ('h',text) subheading | ('t',rows) table (row 0 may be header) | ('img',alt,caption) (not body)
       | ('q',text) quoted block | ('raw',html) (not body). Returns (html, gold)"""
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append('<%s>%s</%s>' % (p, e(it), p.split()[0])); gold.append(it)
        elif it[0] == 'h':
            out.append('<%s>%s</%s>' % (hs, e(it[1]), hs.split()[0])); gold.append(it[1])
        elif it[0] == 'q':
            out.append('<blockquote>%s</blockquote>' % e(it[1])); gold.append(it[1])
        elif it[0] == 't':
            rows = it[1]; t = ['<table class="dt" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                t.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, e(c), tag) for c in r) + '</tr>')
                gold.append(' '.join(r))
            t.append('</table>'); out.append(''.join(t))
        elif it[0] == 'img':
            s = '<p class="pic" style="text-align:center"><img alt="%s" width="500" height="300"></p>' % e(it[1])
            if it[2]: s += '<p class="cap" style="text-align:center;color:#666">%s</p>' % e(it[2])
            out.append(s)
        elif it[0] == 'raw':
            out.append(it[1])
    return '\n'.join(out), gold
def add(pid, kind, sub, lang, title, authors, ptime, body_gold, html):
    PAGES.append(dict(id=pid, kind=kind, sub=sub, lang=lang, title=title, authors=authors,
                      publish_time=ptime, body=body_gold, html=html))
def sp(name):  # two-character name spaced out as on many gov sites
    return name[0] + '&nbsp;&nbsp;' + name[1:]
