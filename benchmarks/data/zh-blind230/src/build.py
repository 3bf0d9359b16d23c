#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the hand-written page data in pages*.py."""
import json, os, html, importlib, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape

def img(alt, cap=None):
    s = f'<div class="pic"><img src="{GIF}" alt="{E(alt)}" width="300" height="180">'
    if cap: s += f'<p class="cap">{E(cap)}</p>'
    return s + '</div>'

def body_html(p):
    out, rows = [], []
    def flush():
        if rows:
            out.append('<table class="dt" border="1" cellspacing="0">' + ''.join(
                '<tr>' + ''.join(f'<td>{E(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>')
            rows.clear()
    for para in p['paras']:
        if para.startswith('|'):
            rows.append(para.strip('|').split('|')); continue
        flush()
        if para.startswith('## '):
            out.append(f'<h3 class="sub">{E(para[3:])}</h3>')
        elif para.startswith('- '):
            out.append(f'<p class="li">{E(para[2:])}</p>')
        elif para.startswith('IMG:'):
            a, _, c = para[4:].partition('|'); out.append(img(a, c or None))
        elif para.startswith('R:'):
            out.append(f'<p style="text-align:right">{E(para[2:])}</p>')
        else:
            out.append(f'<p>{E(para)}</p>')
    flush()
    return '\n'.join(out)

def gold_paras(p):
    g = []
    for para in p['paras']:
        if para.startswith('IMG:'): continue
        if para.startswith('|'): g.append(' '.join(para.strip('|').split('|')))
        elif para.startswith('## ') or para.startswith('- '): g.append(para[2:].strip() if para.startswith('- ') else para[3:])
        elif para.startswith('R:'): g.append(para[2:])
        else: g.append(para)
    return g

CSS = """body{font-family:sans-serif;margin:0;color:#222}.wrap{width:1000px;margin:0 auto}
.top{background:#b30000;color:#fff;padding:6px}.nav a{margin:0 8px}.crumb{font-size:12px;color:#666}
h1{font-size:26px;text-align:center}.kicker,.subt{text-align:center;color:#555}.info{text-align:center;font-size:13px;color:#777}
.info span{margin:0 8px}.pic{text-align:center}.cap{font-size:13px;color:#555;text-align:center}.dt td{padding:4px}
.foot{background:#eee;font-size:12px;text-align:center;padding:10px}.side{font-size:13px}.grid{display:flex;gap:20px}
.main{flex:3}.aside{flex:1}.idx td{border:1px solid #ccc;padding:3px;font-size:13px}.sub{font-size:17px}
.share span{margin-right:6px}.app{max-width:640px;margin:0 auto}.ep{display:flex}.ep .l{width:260px}.ep .r{flex:1}"""

def page_html(p):
    L = p.get('layout', 'div')
    t = p['title_lines']
    title = '<br>'.join(E(x) for x in t) if p.get('title_br') else E(''.join(t))
    head = ''
    if p.get('kicker'): head += f'<p class="kicker">{E(p["kicker"])}</p>'
    head += f'<h1>{title}</h1>'
    if p.get('subtitle'): head += f'<p class="subt">{E(p["subtitle"])}</p>'
    info = ''.join(f'<span>{E(x)}</span>' for x in p.get('info', []))
    pre = ''.join(p.get('pre_html', []))
    if p.get('index'):
        cells = p['index']
        rows = ''.join('<tr>' + ''.join(f'<td>{E(k)}</td><td>{E(v)}</td>' for k, v in cells[i:i+2]) + '</tr>' for i in range(0, len(cells), 2))
        pre = f'<table class="idx">{rows}</table>' + pre
    art = [pre, head]
    if info: art.append(f'<div class="info">{info}</div>')
    art += [''.join(p.get('mid_html', []))]
    if p.get('wenhao'): art.append(f'<p class="wh" style="text-align:center">{E(p["wenhao"])}</p>')
    if p.get('byline_first'): art.append(f'<p class="by">{E(p["byline_first"])}</p>')
    art.append(f'<div class="content" id="zoom">{body_html(p)}</div>')
    if p.get('byline_last'): art.append(f'<p class="by" style="text-align:right">{E(p["byline_last"])}</p>')
    art.append(''.join(p.get('post_html', [])))
    top = ''.join(p.get('top_html', []))
    foot = f'<div class="foot">{"<br>".join(E(x) for x in p.get("footer", []))}</div>'
    side = ''.join(p.get('side_html', []))
    article = '\n'.join(a for a in art if a)
    if L == 'table':
        inner = f'<table width="1000" align="center" border="0"><tr><td>{top}</td></tr><tr><td class="crumb">{E(p.get("crumb",""))}</td></tr><tr><td>{article}</td></tr><tr><td>{side}</td></tr></table>'
    elif L in ('grid', 'epaper'):
        cls = 'ep' if L == 'epaper' else 'grid'
        lft = f'<div class="l">{side}</div><div class="r">{article}</div>' if L == 'epaper' else f'<div class="main">{article}</div><div class="aside">{side}</div>'
        inner = f'<div class="wrap">{top}<div class="crumb">{E(p.get("crumb",""))}</div><div class="{cls}">{lft}</div></div>'
    elif L == 'app':
        inner = f'<div class="app">{top}{article}{side}</div>'
    else:
        inner = f'<div class="wrap">{top}<div class="crumb">{E(p.get("crumb",""))}</div>{article}{side}</div>'
    cs = p.get('charset', 'utf-8')
    return f'<!DOCTYPE html>\n<html lang="{"en" if p["lang"]=="en" else "zh-CN"}"><head><meta charset="{cs}"><title>{E(p.get("doctitle", "".join(t)))}</title><style>{CSS}</style></head>\n<body>\n{inner}\n{foot}\n</body></html>\n'

def main():
    pages = []
    for m in ('pages_a', 'pages_b', 'pages_c', 'pages_d'):
        pages += importlib.import_module(m).PAGES
    from pages_extra import EXTRA
    for p in pages:
        if p['id'] in EXTRA:
            i, t = EXTRA[p['id']]; p['paras'].insert(i, t)
        open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8').write(page_html(p))
        g = dict(id=p['id'], set='zh-blind230', lang=p['lang'], kind=p['kind'], title=''.join(p['title_lines']) if not p.get('gold_title') else p['gold_title'],
                 authors=p['authors'], publish_time=p['time'], body_paragraphs=gold_paras(p))
        json.dump(g, open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(pages), 'pages')

if __name__ == '__main__':
    import sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); main()
