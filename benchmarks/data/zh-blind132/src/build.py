#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description holds the site furniture and the article as a list of blocks; the
gold body is taken from the same blocks that are rendered as body, so the two cannot drift.

Blocks: ('p', text) paragraph; ('h', text) sub-heading; ('li', [items]) list; ('table', rows)
table, one gold paragraph per row (cells joined by one space); ('q', text) quoted passage;
('sign', [lines]) right-aligned signature / date lines (body); ('img', alt, caption) photo
(not body); ('x', text) a non-body line inside the article (原标题, byline, source, editor);
('docno', text) 文号 line (not body).
"""
import html, json, pathlib, importlib, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='


def E(s):
    """Escape text; a run of two spaces (spaced-out names) is kept as no-break spaces."""
    return html.escape(s).replace('  ', '&nbsp;&nbsp;')


BODY_KINDS = ('p', 'h', 'li', 'table', 'q', 'sign')


def gold_body(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t in ('p', 'h', 'q'):
            out.append(b[1])
        elif t in ('li', 'sign'):
            out.extend(b[1])
        elif t == 'table':
            out.extend(' '.join(c for c in row) for row in b[1])
    return out


def title_text(p):
    t = p['title']
    if isinstance(t, list):
        return (' ' if p.get('lang') == 'en' else '').join(t)
    return t


def render_blocks(blocks, style):
    """style: dict of knobs (indent with U+3000, heading tag, img first etc.)."""
    o = []
    ind = style.get('indent', '')
    for b in blocks:
        t = b[0]
        if t == 'p':
            if style.get('brs'):
                o.append(f'{ind}{E(b[1])}<br><br>')
            else:
                o.append(f'<p>{ind}{E(b[1])}</p>')
        elif t == 'h':
            ht = style.get('h', 'h3')
            if ht == 'strong':
                o.append(f'<p>{ind}<strong>{E(b[1])}</strong></p>')
            else:
                o.append(f'<{ht}>{E(b[1])}</{ht}>')
        elif t == 'li':
            o.append('<ul class="lst">' + ''.join(f'<li>{E(x)}</li>' for x in b[1]) + '</ul>')
        elif t == 'table':
            rows = ''.join('<tr>' + ''.join(f'<td>{E(c)}</td>' for c in r) + '</tr>' for r in b[1])
            o.append(f'<table class="dt" border="1" cellspacing="0">{rows}</table>')
        elif t == 'q':
            o.append(f'<blockquote>{E(b[1])}</blockquote>')
        elif t == 'sign':
            o.append('<div class="sign">' + ''.join(f'<p>{E(x)}</p>' for x in b[1]) + '</div>')
        elif t == 'img':
            src = GIF if style.get('gif') else None
            s = f' src="{src}"' if src else ''
            o.append(f'<div class="pic"><img{s} alt="{E(b[1])}" width="600" height="400">'
                     + (f'<p class="cap">{E(b[2])}</p>' if b[2] else '') + '</div>')
        elif t == 'x':
            o.append(f'<p class="xl">{E(b[1])}</p>')
        elif t == 'docno':
            o.append(f'<p class="docno">{E(b[1])}</p>')
        else:
            raise ValueError(t)
    return '\n'.join(o)


def ul(items, cls='lk'):
    return f'<ul class="{cls}">' + ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + '</ul>'


def links(items, sep=' '):
    return sep.join(f'<a href="#">{E(x)}</a>' for x in items)


def headline(p, tag='h1'):
    t = p['title']
    inner = '<br>'.join(E(x) for x in t) if isinstance(t, list) else E(t)
    o = ''
    if p.get('kicker'):
        o += f'<p class="kicker">{E(p["kicker"])}</p>'
    o += f'<{tag} class="tt">{inner}</{tag}>'
    if p.get('subtitle'):
        o += f'<p class="subt">{E(p["subtitle"])}</p>'
    return o


def infobar(p):
    sep = p.get('info_sep', '&nbsp;&nbsp;&nbsp;')
    items = [E(x) for x in p.get('info', [])]
    if p.get('font'):
        items.append('【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】')
    if p.get('printclose'):
        items.append('【<a href="#">打印</a>】【<a href="#">关闭</a>】')
    tag = p.get('info_tag', 'div')
    if tag in ('spans', 'spans_glued'):
        j = '' if tag == 'spans_glued' else '\n'
        return '<div class="info">' + j.join(f'<span>{x}</span>' for x in items) + '</div>'
    if tag == 'lines':
        return '<div class="info">' + ''.join(f'<p>{x}</p>' for x in items) + '</div>'
    return f'<div class="info">{sep.join(items)}</div>'


def article(p):
    style = p.get('bstyle', {})
    parts = []
    pos = p.get('info_pos', 'below')
    if pos == 'above':
        parts.append(infobar(p))
    parts.append(headline(p, p.get('htag', 'h1')))
    if pos == 'below':
        parts.append(infobar(p))
    if p.get('share_top'):
        parts.append('<div class="share">分享到：' + links(p['share_top']) + '</div>')
    for x in p.get('pre', []):
        parts.append(f'<p class="pre">{E(x)}</p>')
    parts.append('<div class="content">' + render_blocks(p['blocks'], style) + '</div>')
    for x in p.get('tail', []):
        parts.append(f'<p class="tail">{E(x)}</p>')
    if pos == 'bottom':
        parts.append(infobar(p))
    if p.get('share'):
        parts.append('<div class="share">' + E(p.get('share_label', '分享到：')) + links(p['share']) + '</div>')
    if p.get('prevnext'):
        a, b = p['prevnext']
        parts.append(f'<div class="pn"><p>上一篇：<a href="#">{E(a)}</a></p><p>下一篇：<a href="#">{E(b)}</a></p></div>')
    if p.get('related'):
        parts.append(f'<div class="rel"><h4>{E(p.get("related_label", "相关阅读"))}</h4>' + ul(p['related']) + '</div>')
    if p.get('qr'):
        parts.append(f'<div class="qr"><img src="{GIF}" alt="{E(p["qr"])}"><p>{E(p["qr"])}</p></div>')
    return '\n'.join(parts)


CSS_BASE = """
body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:%(bg)s}
a{color:#333;text-decoration:none}
.wrap{width:%(w)spx;margin:0 auto;background:#fff}
.top{background:%(c)s;color:#fff;font-size:12px;padding:4px 10px}
.top a{color:#fff;margin:0 6px}
.banner{padding:18px 10px;font-size:26px;color:%(c)s;font-weight:bold}
.nav{background:%(c)s;padding:0 10px}
.nav a{color:#fff;display:inline-block;padding:8px 14px}
.crumb{font-size:12px;padding:8px 10px;color:#666}
h1.tt,h2.tt{font-size:%(hs)spx;text-align:%(ha)s;color:#111;line-height:1.4}
.kicker,.subt{text-align:center;color:#555;font-size:16px}
.info{font-size:12px;color:#888;text-align:%(ia)s;border-bottom:1px solid #ddd;padding:6px 0}
.info span{margin-right:14px}
.content{font-size:16px;line-height:2}
.content p{margin:0 0 14px}
.sign p{text-align:right}
.cap{text-align:center;font-size:13px;color:#666}
.pic{text-align:center}
.dt{border-collapse:collapse;margin:10px auto}.dt td{padding:4px 10px;border:1px solid #999}
.lk{list-style:none;padding:0}.lk li{display:%(li)s;margin-right:12px}
.foot{background:#eee;font-size:12px;text-align:center;padding:16px;color:#666;margin-top:20px}
.side{float:right;width:260px;font-size:13px}
.main{%(main)s}
.tail{text-align:right;color:#666;font-size:13px}
.share,.pn,.rel,.qr{font-size:13px;margin:10px 0}
.lst{padding-left:2em}
"""


def css(p):
    v = dict(bg='#f5f5f5', w=1100, c='#b51f1f', hs=26, ha='center', ia='center', li='block', main='')
    v.update(p.get('css', {}))
    return CSS_BASE % v + p.get('css_extra', '')


def page_html(p):
    lay = p.get('layout', 'portal')
    mod = importlib.import_module('layouts')
    body = getattr(mod, lay)(p, article(p))
    lang = 'en' if p.get('lang') == 'en' else 'zh-CN'
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{E(p.get("doc_title", title_text(p) + "_" + p["site"]))}</title>\n'
            f'<style>{css(p)}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n')


def main():
    sys.path.insert(0, str(ROOT / 'src'))
    pages = []
    for name in ('pages_gov', 'pages_media', 'pages_self', 'pages_epaper', 'pages_inst'):
        try:
            pages += importlib.import_module(name).PAGES
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
    (ROOT / 'html').mkdir(exist_ok=True)
    (ROOT / 'gold').mkdir(exist_ok=True)
    for p in pages:
        (ROOT / 'html' / f'{p["id"]}.html').write_text(page_html(p), encoding='utf-8')
        g = {'id': p['id'], 'set': 'zh-blind132', 'lang': p.get('lang', 'zh'), 'kind': p['kind'],
             'title': title_text(p),
             'authors': [a if p.get('lang') == 'en' else a.replace(' ', '') for a in p['authors']], 'publish_time': p['time'],
             'body_paragraphs': gold_body(p['blocks'])}
        (ROOT / 'gold' / f'{p["id"]}.json').write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    print(len(pages), 'pages built')


if __name__ == '__main__':
    main()
