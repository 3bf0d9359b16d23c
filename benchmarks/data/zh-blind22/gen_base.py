# helpers for the zh-blind22 generator
import html as H, json, os
E = H.escape
PAGES = []

def bhtml(body, indent=False, ptag='p', hstyle='strong'):
    out = []
    pre = '\u3000\u3000' if indent else ''
    for it in body:
        if isinstance(it, str):
            out.append(f'<{ptag}>{pre}{E(it)}</{ptag}>')
        elif it[0] == 'h':
            if hstyle == 'strong':
                out.append(f'<p><strong>{pre}{E(it[1])}</strong></p>')
            else:
                out.append(f'<h3>{E(it[1])}</h3>')
        elif it[0] == 'r':
            out.append(f'<p style="text-align:right">{E(it[1])}</p>')
        elif it[0] == 'c':
            out.append(f'<p style="text-align:center">{E(it[1])}</p>')
        elif it[0] == 't':
            rows = it[1]
            s = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:10px auto">'
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                s += '<tr>' + ''.join(f'<{tag}>{E(c)}</{tag}>' for c in r) + '</tr>'
            out.append(s + '</table>')
        elif it[0] == 'x':
            out.append(it[1])
    return '\n'.join(out)

def gold_body(body):
    g = []
    for it in body:
        if isinstance(it, str):
            g.append(it)
        elif it[0] in ('h', 'r', 'c'):
            g.append(it[1])
        elif it[0] == 't':
            for r in it[1]:
                g.append(' '.join(r))
    # a browser collapses runs of spaces in HTML text: gold follows the rendered text
    import re
    return [re.sub(r' {2,}', ' ', x) for x in g]

def doc(title, css, inner):
    return f'''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{E(title)}</title>
<style>body{{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333}} a{{color:#333;text-decoration:none}} ul{{list-style:none;padding:0;margin:0}} {css}</style>
</head><body>
{inner}
</body></html>'''

def ul(items, cls=''):
    return f'<ul class="{cls}">' + ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + '</ul>'

def inline(items, sep=' '):
    return sep.join(f'<a href="#">{E(x)}</a>' for x in items)

def add(id, kind, title, authors, pt, body, page, lang='zh', note=''):
    PAGES.append(dict(id=id, kind=kind, title=title, authors=authors, pt=pt,
                      body=body, page=page, lang=lang, note=note))

def write_all(root):
    for p in PAGES:
        with open(os.path.join(root, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
            f.write(p['page'])
        g = {"id": p['id'], "set": "zh-blind22", "lang": p['lang'], "title": p['title'],
             "authors": p['authors'], "publish_time": p['pt'],
             "body_paragraphs": gold_body(p['body'])}
        with open(os.path.join(root, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
