#!/usr/bin/env python3
"""Build html/ and gold/ for zh-blind32 from the page specs in pages_*.py.

A page spec is a dict: id, kind, lang, title, authors, publish_time,
body (list of items), css (optional), layout (function page->html of <body>).
Body items: str -> paragraph; ('h', s) -> sub-heading; ('t', rows) -> table,
one gold paragraph per row (cells joined by a space); ('img', alt, caption) ->
image + caption (not body); ('raw', html) -> markup, not body.
"""
import html as H, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
OUT = os.path.join(os.path.dirname(__file__), '..')

BASE_CSS = """body{font:14px/1.7 "Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333}
a{color:#333;text-decoration:none}.w{width:1000px;margin:0 auto}
.tb{background:#f2f2f2;font-size:12px;padding:4px 10px}.tb a{margin:0 6px}
.nav a{display:inline-block;padding:6px 12px;color:#fff}.nav{background:#b40000}
.bc{padding:8px 0;font-size:13px}.info{color:#888;font-size:13px;text-align:center}
.ct p{text-indent:2em;margin:10px 0}.ft{background:#eee;font-size:12px;text-align:center;padding:12px;margin-top:20px}
.side{float:right;width:260px}.main{float:left;width:700px}.cl{clear:both}
table.rec td{border:1px solid #ccc;padding:3px 6px}.r{text-align:right}
"""


def e(s):
    return H.escape(s, quote=False)


def render_body(items, ptag='p', pstyle=''):
    out = []
    st = f' style="{pstyle}"' if pstyle else ''
    for it in items:
        if isinstance(it, str):
            out.append(f'<{ptag}{st}>{e(it)}</{ptag}>')
        elif it[0] == 'h':
            out.append(f'<p{st}><strong>{e(it[1])}</strong></p>')
        elif it[0] == 'r':  # right-aligned paragraph (署名/日期)
            out.append(f'<p style="text-align:right">{e(it[1])}</p>')
        elif it[0] == 't':
            rows = ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in row) + '</tr>' for row in it[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto">{rows}</table>')
        elif it[0] == 'img':
            out.append(f'<p style="text-align:center"><img src="data:," alt="{H.escape(it[1])}" width="500" height="300"></p>')
            if len(it) > 2 and it[2]:
                out.append(f'<p style="text-align:center;font-size:13px;color:#666">{e(it[2])}</p>')
        elif it[0] == 'x':  # byline/credit line printed in the text column, not body
            out.append(f'<{ptag}{st}>{e(it[1])}</{ptag}>')
        elif it[0] == 'raw':
            out.append(it[1])
    return '\n'.join(out)


def gold_body(items):
    g = []
    for it in items:
        if isinstance(it, str):
            g.append(it)
        elif it[0] in ('h', 'r'):
            g.append(it[1])
        elif it[0] == 't':
            g.extend(' '.join(c for c in row if c != '') for row in it[1])
    return g


def write(p):
    body_html = p['layout'](p)
    doc = f"""<!DOCTYPE html>
<html lang="{'en' if p['lang']=='en' else 'zh-CN'}"><head><meta charset="utf-8">
<title>{e(p.get('doctitle', p['title']))}</title>
<style>{BASE_CSS}{p.get('css','')}</style></head>
<body>
{body_html}
</body></html>
"""
    # names spaced out with two spaces (王  静) are kept visible the way sites do it: &nbsp;&nbsp;
    doc = re.sub(r'(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff（])', '&nbsp;&nbsp;', doc)
    with open(os.path.join(OUT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
        f.write(doc)
    gold = {"id": p['id'], "set": "zh-blind32", "lang": p['lang'], "title": p['title'],
            "authors": p['authors'], "publish_time": p['publish_time'],
            "body_paragraphs": gold_body(p['body'])}
    with open(os.path.join(OUT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    import pages_gov, pages_other
    pages = pages_gov.PAGES + pages_other.PAGES
    ids = [p['id'] for p in pages]
    assert len(ids) == len(set(ids)), ids
    kinds = {}
    for p in pages:
        write(p)
        kinds[p['kind']] = kinds.get(p['kind'], 0) + 1
        n = sum(len(x) for x in gold_body(p['body']))
        print(p['id'], p['kind'], n)
    print(kinds, len(pages))
    json.dump({p['id']: p['kind'] for p in pages}, open(os.path.join(OUT, 'kinds.json'), 'w'), ensure_ascii=False, indent=1)
