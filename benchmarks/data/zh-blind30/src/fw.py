"""Tiny page framework: a page = furniture HTML around an article whose body items give the gold."""
import html as H, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = []
E = H.escape

def body_html(items):
    """items: str -> <p> body; ('h',t) <h3> body; ('b',t) bold para body; ('c',t) centred body;
    ('r',t) right-aligned body; ('table',rows,cls) table, each row one body para;
    ('ul',[..]) list, each li body; ('x',html) non-body html; ('img',alt,caption) non-body figure;
    ('pb', html, text) body para given as raw html with its gold text."""
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(f'<p>{E(it)}</p>'); gold.append(it); continue
        k = it[0]
        if k == 'h': out.append(f'<h3>{E(it[1])}</h3>'); gold.append(it[1])
        elif k == 'b': out.append(f'<p><strong>{E(it[1])}</strong></p>'); gold.append(it[1])
        elif k == 'c': out.append(f'<p style="text-align:center">{E(it[1])}</p>'); gold.append(it[1])
        elif k == 'r': out.append(f'<p style="text-align:right">{E(it[1])}</p>'); gold.append(it[1])
        elif k == 'ul':
            out.append('<ul>' + ''.join(f'<li>{E(t)}</li>' for t in it[1]) + '</ul>'); gold += it[1]
        elif k == 'table':
            rows = it[1]; t = ['<table border="1" cellspacing="0" cellpadding="4" class="dt">']
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                t.append('<tr>' + ''.join(f'<{tag}>{E(c)}</{tag}>' for c in r) + '</tr>')
                gold.append(' '.join(r))
            t.append('</table>'); out.append(''.join(t))
        elif k == 'x': out.append(it[1])
        elif k == 'img':
            cap = f'<p class="cap">{E(it[2])}</p>' if len(it) > 2 and it[2] else ''
            out.append(f'<div class="fig"><img src="data:," alt="{E(it[1])}" width="600" height="340">{cap}</div>')
        elif k == 'pb': out.append(it[1]); gold.append(it[2])
        else: raise ValueError(k)
    return '\n'.join(out), gold

BASE_CSS = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333}
a{color:#333;text-decoration:none}ul{list-style:none;padding:0;margin:0}.w{width:1100px;margin:0 auto}
.fig{text-align:center;margin:10px 0}.fig img{background:#ddd}.cap{font-size:13px;color:#666;text-align:center}
table.dt{border-collapse:collapse;margin:8px auto}table.dt td,table.dt th{border:1px solid #999;padding:4px 8px}
.foot{background:#eee;text-align:center;padding:16px;font-size:12px;color:#666;margin-top:20px}
"""

def page(pid, kind, lang, title, authors, ptime, top, head, items, bottom, css='', htitle=None, note=''):
    bh, gold = body_html(items)
    doc = f"""<!DOCTYPE html><html lang="{'en' if lang=='en' else 'zh-CN'}"><head><meta charset="utf-8">
<title>{E(htitle or title)}</title><style>{BASE_CSS}{css}</style></head><body>
{top}
{head}
<div class="article-content">
{bh}
</div>
{bottom}
</body></html>"""
    PAGES.append(dict(id=pid, kind=kind, note=note, html=doc,
                      gold={"id": pid, "set": "zh-blind30", "lang": lang, "title": title,
                            "authors": authors, "publish_time": ptime, "body_paragraphs": gold}))

def write_all():
    for p in PAGES:
        with open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f: f.write(p['html'])
        with open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(p['gold'], f, ensure_ascii=False, indent=1)
    with open(os.path.join(ROOT, 'src', 'kinds.json'), 'w', encoding='utf-8') as f:
        json.dump({p['id']: [p['kind'], p['note']] for p in PAGES}, f, ensure_ascii=False, indent=1)
    print(len(PAGES), 'pages')

# ---- reusable furniture pieces ----
def gov_foot(host, code, icp, gongan, extra=''):
    return (f'<div class="foot"><p>主办单位：{host}　{extra}</p><p>网站标识码：{code}　<a href="#">{icp}</a>　'
            f'<a href="#">{gongan}</a></p><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | '
            f'<a href="#">隐私声明</a></p><p>建议使用1920×1080分辨率浏览本网站</p></div>')

def topbar(items):
    return '<div class="tb"><div class="w">' + ''.join(f'<a href="#">{i}</a> ' for i in items) + '</div></div>'

def search(ph):
    return f'<div class="sch"><input type="text" placeholder="{ph}"><button>搜索</button></div>'

def nav(items, cls='nav'):
    return f'<div class="{cls}"><ul>' + ''.join(f'<li style="display:inline-block;margin:0 12px"><a href="#">{i}</a></li>' for i in items) + '</ul></div>'

def rel(title, items, cls='rel'):
    return f'<div class="{cls}"><h4>{title}</h4><ul>' + ''.join(f'<li><a href="#">{i}</a></li>' for i in items) + '</ul></div>'
