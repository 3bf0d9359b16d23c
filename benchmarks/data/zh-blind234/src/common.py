"""Shared page furniture for zh-blind234. Bodies are per page, written by hand in pages_*.py."""
import html, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape

def img(alt, cap=None):
    s = f'<div class="pic"><img src="{GIF}" alt="{E(alt)}" width="1" height="1">'
    if cap: s += f'<p class="cap">{E(cap)}</p>'
    return s + '</div>'

def paras(body, tag="p", extra=None):
    """extra: {index: html inserted before paragraph index}; items may be ('h',txt),('li',[..]),('tr',[[..]])"""
    out = []
    extra = extra or {}
    for i, b in enumerate(body):
        if i in extra: out.append(extra[i])
        if isinstance(b, tuple):
            k, v = b
            if k == 'h': out.append(f'<h3>{E(v)}</h3>')
            elif k == 'b': out.append(f'<p><strong>{E(v)}</strong></p>')
            elif k == 'tr': out.append('<table class="dt">' + ''.join('<tr>' + ''.join(f'<td>{E(c)}</td>' for c in r) + '</tr>' for r in v) + '</table>')
            elif k == 'li': out.append('<ul>' + ''.join(f'<li>{E(x)}</li>' for x in v) + '</ul>')
            elif k == 'r': out.append(f'<p style="text-align:right">{E(v)}</p>')
        else:
            out.append(f'<{tag}>{E(b)}</{tag}>')
    if len(body) in extra: out.append(extra[len(body)])
    return '\n'.join(out)

def gold_body(body):
    g = []
    for b in body:
        if isinstance(b, tuple):
            k, v = b
            if k == 'tr': g += [' '.join(r) for r in v]
            elif k == 'li': g += list(v)
            else: g.append(v)
        else: g.append(b)
    return g

def page(title, style, inner, charset="utf-8"):
    return f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}"><title>{E(title)}</title>\n<style>{style}</style></head>\n<body>\n{inner}\n</body></html>\n'

def save(p, html_text):
    with open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
        f.write(html_text)
    g = {"id": p['id'], "set": "zh-blind234", "lang": p.get('lang', 'zh'), "kind": p['kind'],
         "title": p['title'], "authors": p['authors'], "publish_time": p['time'],
         "body_paragraphs": gold_body(p['body'])}
    with open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
