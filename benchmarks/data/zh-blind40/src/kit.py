"""Shared helpers: body rendering (HTML + gold at once) and page furniture."""
import html as _h

def esc(s): return _h.escape(s, quote=False)

def body(items):
    """items: str -> <p>; ('h',t) sub-heading; ('b',t) bold para; ('img',file,alt[,caption]);
    ('table',rows[,header_is_body]); ('r',t) right-aligned (body); ('x',html) not body;
    ('li',[...]) list; ('q',t) blockquote. Returns (html, gold_paragraphs)."""
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(f'<p>{esc(it)}</p>'); gold.append(it); continue
        k = it[0]
        if k == 'h':
            out.append(f'<p class="sub"><strong>{esc(it[1])}</strong></p>'); gold.append(it[1])
        elif k == 'h3':
            out.append(f'<h3>{esc(it[1])}</h3>'); gold.append(it[1])
        elif k == 'b':
            out.append(f'<p><b>{esc(it[1])}</b></p>'); gold.append(it[1])
        elif k == 'r':
            out.append(f'<p style="text-align:right">{esc(it[1])}</p>'); gold.append(it[1])
        elif k == 'q':
            out.append(f'<blockquote>{esc(it[1])}</blockquote>'); gold.append(it[1])
        elif k == 'li':
            out.append('<ul>' + ''.join(f'<li>{esc(x)}</li>' for x in it[1]) + '</ul>'); gold += it[1]
        elif k == 'img':
            cap = f'<p class="cap">{esc(it[3])}</p>' if len(it) > 3 and it[3] else ''
            out.append(f'<p class="pic"><img src="{it[1]}" alt="{esc(it[2])}" width="600" height="360"></p>{cap}')
        elif k == 'table':
            rows = it[1]
            t = '<table class="dt" border="1" cellspacing="0">'
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                t += '<tr>' + ''.join(f'<{tag}>{esc(c)}</{tag}>' for c in r) + '</tr>'
                gold.append(' '.join(r))
            out.append(t + '</table>')
        elif k == 'x':
            out.append(it[1])
        else:
            raise ValueError(k)
    return '\n'.join(out), gold

BASE_CSS = """body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333}
a{color:#333;text-decoration:none}ul{margin:0;padding:0 0 0 18px}
.w{width:1100px;margin:0 auto}.pic{text-align:center}.cap{text-align:center;color:#666;font-size:13px}
table.dt{border-collapse:collapse;margin:10px auto}table.dt td,table.dt th{border:1px solid #999;padding:4px 8px}
.sub{margin-top:14px}h3{font-size:16px}"""

def page(title, css, inner, lang='zh-CN'):
    inner = inner.replace('  ', '&nbsp;&nbsp;')  # spaced-out names (王  静) as sites print them
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">\n'
            f'<title>{esc(title)}</title>\n<style>{BASE_CSS}\n{css}</style></head>\n<body>\n{inner}\n</body></html>\n')

def ul(items, cls=''):
    return f'<ul class="{cls}">' + ''.join(f'<li><a href="#">{esc(x)}</a></li>' for x in items) + '</ul>'

def ul_dated(items, cls=''):
    return f'<ul class="{cls}">' + ''.join(f'<li><a href="#">{esc(a)}</a><span>{esc(b)}</span></li>' for a, b in items) + '</ul>'

def nav(items, cls='nav'):
    return f'<div class="{cls}">' + ''.join(f'<a href="#">{esc(x)}</a>' for x in items) + '</div>'

def search(ph, btn='搜索'):
    return f'<div class="search"><input type="text" placeholder="{esc(ph)}"><button>{btn}</button></div>'

def title_html(t, tag='h1', cls='title'):
    """t may contain '\\n' for a headline printed in two lines."""
    return f'<{tag} class="{cls}">' + '<br>'.join(esc(x) for x in t.split('\n')) + f'</{tag}>'

def gold_title(t):
    return t.replace('\n', '')
