import json, re, html as H
PAGES = []
def esc(s): return H.escape(s, quote=False)
def body_html(items, indent=False, ptag='p'):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f'<{ptag}>{"　　" if indent else ""}{esc(it)}</{ptag}>')
        elif it[0] == 'h':
            out.append(f'<p><strong>{esc(it[1])}</strong></p>')
        elif it[0] == 't':
            rows = it[1]
            t = ['<table border="1" cellspacing="0" class="dt">']
            for r in rows:
                t.append('<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in r) + '</tr>')
            t.append('</table>')
            out.append(''.join(t))
        elif it[0] == 'raw':
            out.append(it[1])
        elif it[0] == 'r':  # right-aligned doc line (署名/成文日期)
            out.append(f'<p style="text-align:right">{esc(it[1])}</p>')
    return '\n'.join(out)
def gold_paras(items):
    g = []
    for it in items:
        if isinstance(it, str): g.append(it)
        elif it[0] in ('h', 'r'): g.append(it[1])
        elif it[0] == 't': g.extend(' '.join(r) for r in it[1])
    return g
def page(id, title, authors, pt, body, html, lang='zh', kind=''):
    PAGES.append(dict(id=id, title=title, authors=authors, pt=pt, body=body, html=html, lang=lang, kind=kind))
def doc(title, style, bodyhtml, lang='zh-CN'):
    bodyhtml = re.sub(r'(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])', '&nbsp;&nbsp;', bodyhtml)
    return f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title><style>{style}</style></head>\n<body>\n{bodyhtml}\n</body></html>\n'
def ul(items, cls='list'):
    return f'<ul class="{cls}">' + ''.join(f'<li><a href="#">{esc(a)}</a>{("<span>"+esc(b)+"</span>") if b else ""}</li>' for a, b in items) + '</ul>'
