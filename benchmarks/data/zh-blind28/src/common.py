import html as _h
PAGES = []
def esc(s): return _h.escape(s, quote=False)
def L(s):
    return [x.strip() for x in s.strip().split('\n') if x.strip()]
def ps(body, pcls=''):
    """Render body items. str -> <p>; list -> table row (grouped); ('h',t) -> sub-heading;
    ('img',alt,cap) -> figure whose caption is body; ('raw',html,gold) -> raw html, gold text;
    ('p',style,t) -> styled p."""
    out, rows = [], []
    def flush():
        if rows:
            out.append('<table class="dt" border="1" cellspacing="0">' + ''.join(
                '<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>')
            rows.clear()
    for b in body:
        if isinstance(b, list): rows.append(b); continue
        flush()
        if isinstance(b, str): out.append(f'<p{pcls}>{esc(b)}</p>')
        elif b[0] == 'h': out.append(f'<p class="sub"><strong>{esc(b[1])}</strong></p>')
        elif b[0] == 'img': out.append(f'<div class="fig"><img src="data:," alt="{esc(b[1])}" width="600" height="1"><p class="cap">{esc(b[2])}</p></div>')
        elif b[0] == 'raw': out.append(b[1])
        elif b[0] == 'p': out.append(f'<p style="{b[1]}">{esc(b[2])}</p>')
    flush()
    return '\n'.join(out)
def gold_body(body):
    g = []
    for b in body:
        if isinstance(b, list): g.append(' '.join(b))
        elif isinstance(b, str): g.append(b)
        elif b[0] == 'h': g.append(b[1])
        elif b[0] == 'img': g.append(b[2])
        elif b[0] == 'raw':
            if b[2]: g.append(b[2])
        elif b[0] == 'p': g.append(b[2])
    return g
def doc(title, css, inner):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>' + esc(title) +
            '</title><style>body{font-family:sans-serif;margin:0}a{color:#036;text-decoration:none}'
            '.dt{border-collapse:collapse}.dt td{padding:2px 6px}' + css + '</style></head><body>\n' + inner + '\n</body></html>\n')
def page(id, kind, title, authors, ptime, body, html, lang='zh', note=''):
    PAGES.append(dict(id=id, kind=kind, title=title, authors=authors, ptime=ptime, body=body, html=html, lang=lang, note=note))
def ul(items, cls=''):
    return f'<ul class="{cls}">' + ''.join(f'<li><a href="#">{esc(i)}</a></li>' for i in items) + '</ul>'
def nav(items, cls='nav'):
    return f'<div class="{cls}">' + ''.join(f'<a href="#">{esc(i)}</a>' for i in items) + '</div>'
def search(ph, btn='搜索'):
    return f'<div class="sch"><input type="text" placeholder="{esc(ph)}"><button>{btn}</button></div>'
def govfoot(org, code, icp, gaba, extra=''):
    return (f'<div class="foot"><p>主办单位：{esc(org)}　{extra}</p><p>网站标识码：{code}　<a href="#">{icp}</a>　'
            f'<a href="#">{gaba}</a></p><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p></div>')
