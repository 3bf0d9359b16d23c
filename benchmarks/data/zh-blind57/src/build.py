#!/usr/bin/env python3
"""Build html/ and gold/ for set zh-blind57 from the page data in pages_*.py.

Body items of a page (list):
  str               -> <p>, a gold paragraph
  ('h', text)       -> sub-heading, gold
  ('r', text)       -> right-aligned line (署名/成文日期), gold
  ('tab', rows)     -> <table>, every row is one gold paragraph (cells joined by one space)
  ('img', alt, cap) -> image with alt text and a caption: NOT gold
  ('x', html)       -> raw furniture inside the article: NOT gold
"""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape

CSS = """body{font:14px/1.7 "Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333}
a{color:#333;text-decoration:none}.w{width:1000px;margin:0 auto}
.top{background:#f2f2f2;font-size:12px;padding:4px 0}.top span{margin-right:12px}
.sticky{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd}
.ban{background:#b40000;color:#fff;font-size:28px;padding:18px 0}.ban.blue{background:#0b4d9c}.ban.green{background:#1d6b3a}
.nav a{display:inline-block;padding:6px 14px}.nav{background:#a00}.nav a{color:#fff}
.crumb{font-size:13px;padding:8px 0;color:#666}
h1{font-size:24px;text-align:center;margin:16px 0 6px}h2.sub{font-size:16px;text-align:center;font-weight:normal;margin:2px}
.yin{text-align:center;font-size:15px;color:#555}
.info{font-size:12px;color:#888;text-align:center;border-bottom:1px dashed #ccc;padding:6px}
.info span{margin:0 6px}.art p{text-indent:2em;margin:0 0 12px}.art p.r{text-align:right}
.art h3{font-size:16px;margin:10px 0}.pic{text-align:center;color:#666;font-size:13px}
.pic img{width:480px;height:300px;background:#ddd;display:block;margin:0 auto}
table{border-collapse:collapse;margin:8px auto}td,th{border:1px solid #999;padding:3px 8px}
.side{font-size:13px}.side li{list-style:none}.foot{background:#eee;font-size:12px;text-align:center;padding:14px;margin-top:20px}
.share a{margin:0 4px}.btns{text-align:right;font-size:12px}.gk td{font-size:12px;border:1px solid #ccc}
.row{display:flex;justify-content:space-between;align-items:center}.tiny{font-size:12px;color:#999}
"""

def render_body(items):
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append('<p>%s</p>' % E(it)); gold.append(it)
        elif it[0] == 'h':
            out.append('<h3>%s</h3>' % E(it[1])); gold.append(it[1])
        elif it[0] == 'r':
            out.append('<p class="r">%s</p>' % E(it[1])); gold.append(it[1])
        elif it[0] == 'tab':
            rows = it[1]
            t = ['<table>']
            for i, row in enumerate(rows):
                tag = 'th' if i == 0 and len(it) > 2 and it[2] == 'head' else 'td'
                t.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, E(c), tag) for c in row) + '</tr>')
                gold.append(' '.join(row))
            t.append('</table>')
            out.append(''.join(t))
        elif it[0] == 'img':
            cap = '<p class="cap">%s</p>' % E(it[2]) if it[2] else ''
            out.append('<div class="pic"><img alt="%s">%s</div>' % (E(it[1]), cap))
        elif it[0] == 'x':
            out.append(it[1])
        else:
            raise ValueError(it)
    return '\n'.join(out), gold

def page_html(p, body_html):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">\n<title>%s</title>\n<style>%s%s</style></head>\n<body>\n%s\n<div class="w art">\n%s\n</div>\n%s\n</body></html>\n'
            % (p.get('lang', 'zh-CN'), E(p.get('doctitle', p['title'])), CSS, p.get('css', ''),
               p['pre'], body_html, p['post']))

def main():
    import pages_gov, pages_news, pages_other
    pages = pages_gov.PAGES + pages_news.PAGES + pages_other.PAGES
    ids = [p['id'] for p in pages]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    import extras
    for p in pages:
        if p['id'] in extras.EXTRA:
            last = max(i for i, it in enumerate(p['body']) if isinstance(it, str))
            p['body'].insert(last if p['id'] in extras.BEFORE_LAST else last + 1, extras.EXTRA[p['id']])
        body_html, gold = render_body(p['body'])
        doc = page_html(p, body_html)
        # names spaced out as `王  静`: keep the double space visible (HTML would collapse it)
        doc = re.sub(r'(?<=[^\s>;{}]) {2,}(?=[^\s<])', lambda m: '\u00a0' * len(m.group()), doc)
        with open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
            f.write(doc)
        g = {'id': p['id'], 'set': 'zh-blind57', 'lang': p.get('glang', 'zh'), 'kind': p['kind'],
             'title': p['title'], 'authors': p['authors'], 'publish_time': p['time'],
             'body_paragraphs': gold}
        with open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    print(len(pages), 'pages')

if __name__ == '__main__':
    main()
