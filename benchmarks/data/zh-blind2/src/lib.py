"""Helpers: each page builder returns (html, gold). Body items render to HTML and to gold."""
import html as H, json, os, re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = {}

def e(s):
    return H.escape(s, quote=True)

def page(pid, lang='zh'):
    def deco(fn):
        PAGES[pid] = (fn, lang)
        return fn
    return deco

def doc(title_tag, css, body, lang='zh-CN'):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
            '<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n') % (lang, e(title_tag), css, body)

# body items: str -> paragraph; ('h', s) sub-heading; ('b', s) bold lead para;
# ('img', alt, caption) image (alt + caption not body); ('table', rows[, caption]) table rows are body;
# ('raw', html) non-body html; ('pre', html, goldtext) custom html with gold text
def render(items, ptag='p', indent=False, cls=''):
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            t = ('\u3000\u3000' + it) if indent == 'ideo' else it
            style = ' style="text-indent:2em"' if indent is True else ''
            out.append('<%s%s%s>%s</%s>' % (ptag, style, (' class="%s"' % cls) if cls else '', e(t), ptag))
            gold.append(it)
        elif it[0] == 'h':
            out.append('<p class="sub"><strong>%s</strong></p>' % e(it[1])); gold.append(it[1])
        elif it[0] == 'h3':
            out.append('<h3>%s</h3>' % e(it[1])); gold.append(it[1])
        elif it[0] == 'c':  # centered para (e.g. 署名 / 日期)
            out.append('<p style="text-align:%s">%s</p>' % (it[2] if len(it) > 2 else 'right', e(it[1]))); gold.append(it[1])
        elif it[0] == 'img':
            cap = ('<p class="pic-note" style="text-align:center;color:#666">%s</p>' % e(it[2])) if len(it) > 2 and it[2] else ''
            out.append('<p style="text-align:center"><img src="data:," alt="%s" width="600" height="10"></p>%s' % (e(it[1]), cap))
        elif it[0] == 'table':
            rows = it[1]
            t = ['<table class="data" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                t.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, e(c), tag) for c in r) + '</tr>')
                gold.append(' '.join(r))
            t.append('</table>')
            out.append('\n'.join(t))
        elif it[0] == 'raw':
            out.append(it[1])
        elif it[0] == 'pre':
            out.append(it[1]); gold.append(it[2])
        else:
            raise ValueError(it)
    return '\n'.join(out), gold

def ul(items, cls='', a=True):
    return '<ul class="%s">\n%s\n</ul>' % (cls, '\n'.join('<li>%s</li>' % (('<a href="#">%s</a>' % e(x)) if a else e(x)) for x in items))

def links(items, sep=' '):
    return sep.join('<a href="#">%s</a>' % e(x) for x in items)

def gold(pid, title, authors, ptime, body, lang='zh'):
    return {"id": pid, "set": "zh-blind2", "lang": lang, "title": title, "authors": authors,
            "publish_time": ptime, "body_paragraphs": body}

BASE_CSS = '''body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333}
a{color:#333;text-decoration:none} ul{list-style:none;margin:0;padding:0} li{display:block;margin:2px 0}
.w{width:1100px;margin:0 auto} .topbar{background:#f2f2f2;font-size:12px;line-height:30px}
.nav{background:#b70f0f} .nav a{color:#fff;margin:0 14px;line-height:42px}
.crumb{font-size:13px;color:#666;padding:8px 0} h1{font-size:26px;text-align:center;line-height:1.5}
.info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}
.foot{background:#eee;font-size:12px;text-align:center;padding:12px 0;margin-top:20px}
table.data{border-collapse:collapse;margin:10px auto} .side{font-size:13px} .side li{display:block}
'''
