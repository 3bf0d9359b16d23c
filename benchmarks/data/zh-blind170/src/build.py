#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.
Body blocks (strings with a prefix):
  p:  prose paragraph (body)        h:  sub-heading (body)      li: list line (body)
  q:  quoted passage (body)         t:  table row, cells split by '|' (body; first t row = header)
  img: picture alt (not body)       cap: photo caption (not body)
  by: byline line (not body)        ed: editor/review/source line (not body)
  x:  other non-body line inside the article box (原标题, 附件, buttons)
The gold body comes from exactly the p/h/li/q/t blocks that are rendered."""
import html, json, os, sys, importlib
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
E = html.escape
GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'

def body_html(blocks, tpl):
    out, rows = [], []
    def flush():
        if rows:
            tr = []
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                tr.append('<tr>' + ''.join(f'<{tag}>{E(c)}</{tag}>' for c in r) + '</tr>')
            out.append('<table class="dt" border="1" cellspacing="0">' + ''.join(tr) + '</table>')
            rows.clear()
    lis = []
    def flushli():
        if lis:
            out.append('<ul class="ls">' + ''.join(f'<li>{E(x)}</li>' for x in lis) + '</ul>')
            lis.clear()
    ind = tpl.get('indent', '')
    for b in blocks:
        k, _, v = b.partition(':')
        if k != 't': flush()
        if k != 'li': flushli()
        if k == 'p':
            out.append(f'<p>{ind}{E(v)}</p>' if tpl.get('ptag', 'p') == 'p' else f'<div class="pp">{ind}{E(v)}</div>')
        elif k == 'h':
            out.append(tpl.get('h', '<h3 class="sub">{}</h3>').format(E(v)))
        elif k == 'q':
            out.append(f'<blockquote><p>{E(v)}</p></blockquote>')
        elif k == 'li':
            if tpl.get('li_as_p'): out.append(f'<p>{E(v)}</p>')
            else: lis.append(v)
        elif k == 't':
            rows.append(v.split('|'))
        elif k == 'img':
            out.append(f'<p class="pic" style="text-align:center"><img src="{GIF}" alt="{E(v)}" width="1" height="1"></p>')
        elif k == 'cap':
            out.append(f'<p class="cap" style="text-align:center;color:#666">{E(v)}</p>')
        elif k == 'by':
            out.append(f'<p class="byl">{E(v)}</p>')
        elif k == 'ed':
            out.append(f'<p class="edt" style="text-align:right">{E(v)}</p>')
        elif k == 'x':
            out.append(f'<div class="xx">{E(v)}</div>')
        else:
            raise ValueError(b)
    flush(); flushli()
    return '\n'.join(out)

def gold_body(blocks):
    out = []
    for b in blocks:
        k, _, v = b.partition(':')
        if k in ('p', 'h', 'q', 'li'): out.append(v.strip())
        elif k == 't': out.append(' '.join(c.strip() for c in v.split('|')))
    return out

def links(items, sep=''):
    return sep.join(f'<a href="#">{E(x)}</a>' if not x.startswith('<') else x for x in items)

def lines(items, tag='p'):
    return '\n'.join(x if x.startswith('<') else f'<{tag}>{E(x)}</{tag}>' for x in items)

def render(pg):
    tpl = pg.get('tpl', {})
    layout = tpl.get('layout', 'div')
    title = pg['title_lines'] if 'title_lines' in pg else [pg['title']]
    th = '<br>'.join(E(x) for x in title)
    head = []
    if pg.get('topbar'): head.append(f'<div class="topbar">{links(pg["topbar"], tpl.get("topsep", " | "))}</div>')
    if pg.get('banner'): head.append(f'<div class="banner">{lines(pg["banner"], "div")}</div>')
    if pg.get('search'): head.append(f'<form class="so"><input type="text" placeholder="{E(pg["search"])}"><button type="button">搜索</button></form>')
    if pg.get('nav'): head.append(f'<div class="nav">{links(pg["nav"], tpl.get("navsep", ""))}</div>')
    if pg.get('crumb'): head.append(f'<div class="crumb">{E(pg["crumb"])}</div>')
    art = []
    if pg.get('kicker'): art.append(f'<p class="kicker">{E(pg["kicker"])}</p>')
    info = ''
    if pg.get('info'):
        sep = tpl.get('infosep', '&nbsp;&nbsp;')
        info = f'<div class="info">{sep.join(x if x.startswith("<") else "<span>" + E(x) + "</span>" for x in pg["info"])}</div>'
    if pg.get('info_pos') == 'above': art.append(info)
    art.append(tpl.get('htag', '<h1 class="tit">{}</h1>').format(th))
    if pg.get('sub'): art.append(f'<p class="subt">{E(pg["sub"])}</p>')
    if pg.get('info_pos', 'below') == 'below': art.append(info)
    for x in pg.get('pre', []): art.append(x if x.startswith('<') else f'<div class="pre">{E(x)}</div>')
    art.append(f'<div class="content">{body_html(pg["body"], tpl)}</div>')
    if pg.get('info_pos') == 'after': art.append(info)
    for x in pg.get('tail', []): art.append(x if x.startswith('<') else f'<div class="tail">{E(x)}</div>')
    if pg.get('related'):
        r = pg['related']
        art.append(f'<div class="rel"><h4>{E(r[0])}</h4><ul>' + ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in r[1:]) + '</ul></div>')
    side = ''
    if pg.get('side'):
        side = ''.join(f'<div class="box"><h4>{E(s[0])}</h4><ul>' + ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in s[1:]) + '</ul></div>' for s in pg['side'])
    foot = f'<div class="footer">{lines(pg.get("footer", []))}</div>'
    css = BASE_CSS + tpl.get('css', '')
    if layout == 'table':
        main = (f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td>{"".join(head)}</td></tr>'
                f'<tr><td><table width="100%"><tr>' + (f'<td width="240" valign="top">{side}</td>' if side and tpl.get('side_left') else '') +
                f'<td valign="top">{"".join(art)}</td>' + (f'<td width="240" valign="top">{side}</td>' if side and not tpl.get('side_left') else '') +
                f'</tr></table></td></tr><tr><td>{foot}</td></tr></table>')
    elif layout == 'html5':
        main = (f'<header>{"".join(head)}</header><main class="wrap"><article>{"".join(art)}</article>'
                + (f'<aside>{side}</aside>' if side else '') + f'</main><footer>{foot}</footer>')
    else:
        main = (f'<div class="wrap">{"".join(head)}<div class="mainbox">' + (f'<div class="side">{side}</div>' if side and tpl.get('side_left') else '')
                + f'<div class="article">{"".join(art)}</div>' + (f'<div class="side">{side}</div>' if side and not tpl.get('side_left') else '')
                + f'</div>{foot}</div>')
    extra = pg.get('before_main', '')
    return (f'<!DOCTYPE html>\n<html lang="{"en" if pg.get("lang") == "en" else "zh-CN"}"><head><meta charset="utf-8">'
            f'<title>{E(pg.get("doctitle", pg.get("title")))}</title><style>{css}</style></head>\n<body>{extra}{main}</body></html>\n')

BASE_CSS = 'body{font-family:sans-serif;margin:0}.wrap{max-width:1100px;margin:0 auto}.nav a{margin:0 8px}.crumb{margin:8px 0}.footer{margin-top:20px;border-top:1px solid #ccc;font-size:12px;text-align:center}table.dt{border-collapse:collapse}'

def main():
    pages = []
    for m in ('pages_gov', 'pages_media', 'pages_self', 'pages_epaper', 'pages_inst'):
        try:
            pages += importlib.import_module(m).PAGES
        except ModuleNotFoundError as e:
            print('skip', m, e)
    from extra import EXTRA
    for pg in pages:
        if pg['id'] in EXTRA:
            n, bl = EXTRA[pg['id']]
            pos = len(pg['body']) - n
            pg['body'] = pg['body'][:pos] + bl + pg['body'][pos:]
        open(os.path.join(root, 'html', pg['id'] + '.html'), 'w', encoding='utf-8').write(render(pg))
        g = {'id': pg['id'], 'set': 'zh-blind170', 'lang': pg.get('lang', 'zh'), 'kind': pg['kind'],
             'title': pg['title'], 'authors': pg['authors'], 'publish_time': pg['time'],
             'body_paragraphs': gold_body(pg['body'])}
        json.dump(g, open(os.path.join(root, 'gold', pg['id'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(pages), 'pages')
if __name__ == '__main__':
    main()
