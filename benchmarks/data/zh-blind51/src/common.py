"""Shared furniture and body rendering for the zh-blind51 page generator."""
import html as H

def esc(s):
    return H.escape(s, quote=True)

CSS = {
 'old': "body{font:12px SimSun,serif;margin:0}table{border-collapse:collapse}td{padding:3px}.w{width:980px;margin:auto}.t{font-size:20px;font-weight:bold;text-align:center;color:#c00}.info{text-align:center;color:#666;border-bottom:1px dashed #999}.c p{text-indent:2em;line-height:2}.ft{background:#eee;text-align:center}.rec td{border:1px solid #ccc}",
 'new': "body{font:16px 'Microsoft YaHei',sans-serif;margin:0}.top{background:#f5f5f5;font-size:13px}.top a{margin:0 6px}.ban{background:#b7191c;color:#fff;padding:18px;font-size:28px}.nav a{margin:0 12px}.crumb{color:#666;font-size:14px}.w{width:1200px;margin:auto}h1{font-size:26px;text-align:center}.info{color:#888;font-size:14px;text-align:center}.art p{text-indent:2em;line-height:1.9}.side{float:right;width:300px}.ft{background:#333;color:#ccc;font-size:13px;padding:10px}.sticky{position:sticky;top:0;background:#fff}table.d td,table.d th{border:1px solid #999;padding:4px}",
 'news': "body{font:15px sans-serif;margin:0}.hd a{margin:0 8px}.w{width:1100px;margin:auto}h1{font-size:30px}.meta span{margin-right:10px;color:#999}.art p{line-height:1.8}.rel li{font-size:14px}.ft{font-size:12px;color:#999}",
 'self': "body{font:16px -apple-system,sans-serif;margin:0;background:#fafafa}.w{max-width:680px;margin:auto;background:#fff;padding:16px}h1{font-size:22px}.acc{color:#576b95}.art p{line-height:1.75}.ft{color:#aaa;font-size:12px}",
 'epaper': "body{font:14px SimSun,serif;margin:0}.w{width:1000px;margin:auto}.bar{background:#1d4c8c;color:#fff}.bar a{color:#fff;margin:0 6px}.yin{font-size:16px;text-align:center}.zhu{font-size:26px;font-weight:bold;text-align:center}.fu{text-align:center}.art p{text-indent:2em;line-height:1.8}.left{float:left;width:300px}",
 'plain': "body{font:14px sans-serif;margin:8px}",
}

def doc(title_tag, css, body):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<title>{esc(title_tag)}</title><style>{CSS[css]}</style></head>\n<body>\n{body}\n</body></html>\n')

def links(items, sep=''):
    return sep.join(f'<a href="#">{esc(i)}</a>' for i in items)

def topbar(items):
    return f'<div class="top">{links(items)}</div>'

def search(ph, btn='搜索'):
    return f'<form class="s"><input type="text" placeholder="{esc(ph)}"><button type="button">{esc(btn)}</button></form>'

def nav(items):
    return f'<div class="nav">{links(items)}</div>'

def crumb(prefix, items, sep=' > '):
    return f'<div class="crumb">{esc(prefix)}' + sep.join(f'<a href="#">{esc(i)}</a>' for i in items) + '</div>'

def ul(title, items, cls='rel'):
    t = f'<h3>{esc(title)}</h3>' if title else ''
    return f'<div class="{cls}">{t}<ul>' + ''.join(f'<li><a href="#">{esc(i)}</a></li>' for i in items) + '</ul></div>'

def ul_dated(title, items, cls='rel'):
    t = f'<h3>{esc(title)}</h3>' if title else ''
    return f'<div class="{cls}">{t}<ul>' + ''.join(f'<li><a href="#">{esc(a)}</a><span>{esc(d)}</span></li>' for a, d in items) + '</ul></div>'

def prevnext(p, n, a='上一篇：', b='下一篇：'):
    return f'<div class="pn"><p>{esc(a)}<a href="#">{esc(p)}</a></p><p>{esc(b)}<a href="#">{esc(n)}</a></p></div>'

def gov_footer(lines):
    return '<div class="ft">' + ''.join(f'<p>{esc(l)}</p>' for l in lines) + '</div>'

def render_body(items):
    """items -> (html, gold paragraphs).
    str: paragraph (gold); ('h',t): sub-heading (gold); ('table',rows): rows gold (cells joined by space),
    ('thead', cells) first row of a table as th; ('img',alt,cap): not gold; ('ng',html): raw html not gold;
    ('r',t): right-aligned paragraph (gold); ('li', [..]): ordered list items (gold each);
    ('q', t): blockquote (gold); ('p2', html, gold): custom html with its gold text."""
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(f'<p>{esc(it)}</p>'); gold.append(it)
        elif it[0] == 'h':
            out.append(f'<p><strong>{esc(it[1])}</strong></p>'); gold.append(it[1])
        elif it[0] == 'h3':
            out.append(f'<h3>{esc(it[1])}</h3>'); gold.append(it[1])
        elif it[0] == 'r':
            out.append(f'<p style="text-align:right">{esc(it[1])}</p>'); gold.append(it[1])
        elif it[0] == 'q':
            out.append(f'<blockquote>{esc(it[1])}</blockquote>'); gold.append(it[1])
        elif it[0] == 'li':
            out.append('<ol>' + ''.join(f'<li>{esc(x)}</li>' for x in it[1]) + '</ol>'); gold.extend(it[1])
        elif it[0] == 'table':
            rows = it[1]
            h = '<table class="d">'
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 and (len(it) < 3 or it[2]) else 'td'
                h += '<tr>' + ''.join(f'<{tag}>{esc(c)}</{tag}>' for c in r) + '</tr>'
                gold.append(' '.join(r))
            out.append(h + '</table>')
        elif it[0] == 'img':
            out.append(f'<p style="text-align:center"><img src="p.jpg" alt="{esc(it[1])}"></p>')
            if it[2]:
                out.append(f'<p class="cap" style="text-align:center">{esc(it[2])}</p>')
        elif it[0] == 'ng':
            out.append(it[1])
        elif it[0] == 'p2':
            out.append(it[1]); gold.append(it[2])
        else:
            raise ValueError(it)
    return '\n'.join(out), gold
