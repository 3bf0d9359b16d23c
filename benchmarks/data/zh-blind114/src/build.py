#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body blocks (strings):  plain = paragraph; 'h:' sub-heading; 'li:' list line;
't:' table row (cells split by '|', consecutive rows form one table, every row is body);
'q:' quoted passage; 'img:alt|caption' photo (not body); 'x:' non-body line inside the
article (byline line, editor, source, 原标题); 'xp:' same but as <p>.
"""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages_a import PAGES as A
from pages_b import PAGES as B
PAGES = A + B
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def body_html(blocks, style):
    out, table = [], []
    def flush():
        if table:
            rows = []
            for i, r in enumerate(table):
                tag = 'th' if i == 0 else 'td'
                rows.append('<tr>' + ''.join(f'<{tag}>{e(c)}</{tag}>' for c in r) + '</tr>')
            out.append('<table class="dt" border="1" cellspacing="0">' + ''.join(rows) + '</table>')
            table.clear()
    indent = style.get('indent', '')
    for b in blocks:
        if b.startswith('t:'):
            table.append(b[2:].split('|')); continue
        flush()
        if b.startswith('h:'):
            out.append(f'<{style.get("htag","h3")} class="sub">{e(b[2:])}</{style.get("htag","h3")}>')
        elif b.startswith('li:'):
            out.append(f'<p class="li">{e(b[3:])}</p>')
        elif b.startswith('q:'):
            out.append(f'<blockquote><p>{e(b[2:])}</p></blockquote>')
        elif b.startswith('img:'):
            alt, cap = (b[4:].split('|') + [''])[:2]
            src = f' src="{GIF}"' if style.get('gif') else ''
            out.append(f'<div class="pic"><img alt="{e(alt)}"{src} width="1" height="1"><p class="cap">{e(cap)}</p></div>' if cap else f'<div class="pic"><img alt="{e(alt)}"{src}></div>')
        elif b.startswith('xp:'):
            out.append(f'<p class="note">{b[3:]}</p>')
        elif b.startswith('x:'):
            out.append(f'<div class="note">{b[2:]}</div>')
        else:
            tag = style.get('ptag', 'p')
            t = e(b).replace('&amp;nbsp;', '&nbsp;')
            out.append(f'<{tag}>{indent}{t}</{tag}>' if tag != 'br' else f'{indent}{t}<br><br>')
    flush()
    return '\n'.join(out)

def gold_body(blocks):
    g = []
    for b in blocks:
        if b.startswith(('img:', 'x:', 'xp:')):
            continue
        if b.startswith('t:'):
            g.append(' '.join(c.strip() for c in b[2:].split('|')))
        elif b.startswith(('h:', 'q:')):
            g.append(b[2:])
        elif b.startswith('li:'):
            g.append(b[3:])
        else:
            g.append(b.replace('&nbsp;', ' '))
    return g

def lst(items, cls, sep=None, join=''):
    if sep:
        return f'<div class="{cls}">' + sep.join(items) + '</div>'
    return f'<ul class="{cls}">' + join.join(f'<li><a>{i}</a></li>' for i in items) + '</ul>'

def render(p):
    L = p['layout']; s = p.get('style', {})
    parts = []
    top = p.get('top', [])
    if top:
        parts.append(f'<div class="topbar">' + ''.join(f'<span>{t}</span>' for t in top) + '</div>')
    if p.get('banner'):
        parts.append(f'<div class="banner"><img alt="{e(p["banner"][0])}">' + ''.join(f'<div>{x}</div>' for x in p['banner'][1:]) + '</div>')
    if p.get('search'):
        parts.append(f'<form class="so"><input type="text" placeholder="{e(p["search"])}"><button type="button">搜索</button></form>')
    if p.get('nav'):
        parts.append(lst(p['nav'], 'nav', p.get('navsep'), '\n' if int(p['id'][3:]) % 2 else ''))
    if p.get('crumb'):
        parts.append(f'<div class="crumb">{p["crumb"]}</div>')
    art = []
    art += [f'<div class="pre">{x}</div>' for x in p.get('pre', [])]
    if p.get('kicker'):
        art.append(f'<p class="kicker">{e(p["kicker"])}</p>')
    tt = p['title_lines'] if 'title_lines' in p else [p['title']]
    art.append('<h1>' + '<br>'.join(e(t) for t in tt) + '</h1>')
    if p.get('subtitle'):
        art.append(f'<p class="subt">{e(p["subtitle"])}</p>')
    art += [f'<div class="info">{x}</div>' for x in p.get('info', [])]
    if p.get('lead'):
        art.append(f'<div class="lead">{p["lead"]}</div>')
    art.append(f'<div class="content">{body_html(p["body"], s)}</div>')
    art += [f'<div class="after">{x}</div>' for x in p.get('after', [])]
    for title, items in p.get('related', []):
        art.append(f'<div class="rel"><h4>{title}</h4>' + lst(items, 'rl') + '</div>')
    side = ''.join(f'<div class="box"><h4>{t}</h4>' + lst(i, 'sl') + '</div>' for t, i in p.get('side', []))
    foot = '<div class="footer">' + ''.join(f'<p>{x}</p>' for x in p.get('footer', [])) + '</div>'
    if L == 'table':
        mid = f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="main" valign="top">{"".join(art)}</td>' + (f'<td width="240" valign="top" class="side">{side}</td>' if side else '') + '</tr></table>'
        head = f'<table width="1000" align="center"><tr><td>{"".join(parts)}</td></tr></table>'
        page = head + mid + f'<table width="1000" align="center"><tr><td>{foot}</td></tr></table>'
    elif L == 'epaper':
        left = f'<div class="paper-left">{p.get("paper_left","")}</div>'
        page = ''.join(parts) + f'<div class="wrap">{left}<div class="paper-main">{"".join(art)}</div><div class="paper-right">{side}</div></div>' + foot
    elif L == 'app':
        page = ''.join(parts) + f'<main class="m">{"".join(art)}</main>' + (f'<aside>{side}</aside>' if side else '') + foot
    else:
        page = f'<header>{"".join(parts)}</header><div class="container"><article class="art">{"".join(art)}</article>' + (f'<aside class="side">{side}</aside>' if side else '') + f'</div><footer>{foot}</footer>'
    navcss = ' .nav li{display:inline-block;margin:0 8px}' if int(p['id'][3:]) % 2 else ' .nav li{display:inline;margin:0 8px}'
    css = p.get('css', '') + navcss + ' body{font-family:sans-serif} .rl li,.sl li{list-style:none} .topbar span{margin-right:12px}'
    return f'<!DOCTYPE html>\n<html lang="{"en" if p["lang"]=="en" else "zh-CN"}">\n<head>\n<meta charset="utf-8">\n<title>{e(p.get("doc_title", p["title"]))}</title>\n<style>{css}</style>\n</head>\n<body class="{p["id"]}">\n{page}\n</body>\n</html>\n'

def main():
    ids = set()
    for p in PAGES:
        assert p['id'] not in ids, p['id']; ids.add(p['id'])
        with open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
            f.write(render(p))
        g = {'id': p['id'], 'set': 'zh-blind114', 'lang': p['lang'], 'kind': p['kind'],
             'title': p['title'], 'authors': p['authors'], 'publish_time': p['time'],
             'body_paragraphs': gold_body(p['body'])}
        with open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(PAGES), 'pages')
if __name__ == '__main__':
    main()
