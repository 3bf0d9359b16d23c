"""Render page specs (pages_*.py) into html/ and gold/.  Written blind to newsconv."""
import html as H, json, os, re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NB = '\u00a0'

def e(s):
    return H.escape(s, quote=False).replace('  ', NB + NB)

CSS = {
 'gov10': "body{font:12px 宋体,SimSun;margin:0;background:#eef}table{border-collapse:collapse}.w{width:980px;margin:0 auto;background:#fff}.top{background:#c00;color:#fff}.ban{height:90px;font-size:30px;color:#a00}.t{font-size:22px;color:#c00;text-align:center;font-weight:bold}.bar{text-align:center;color:#666;border-bottom:1px dashed #999}.c p{text-indent:2em;line-height:2;font-size:16px}.ft{background:#ddd;text-align:center}",
 'gov20': "body{margin:0;font-family:'Microsoft YaHei'}.sticky{position:sticky;top:0;background:#1559a8;color:#fff;padding:4px 20px}.sticky a{color:#fff;margin-right:12px}.hd{background:linear-gradient(#1e6fd0,#0b4a9a);color:#fff;padding:20px}.hd h2{font-size:32px}.nav a{display:inline-block;padding:8px 18px;color:#fff;background:#0b4a9a}.crumb{padding:10px 40px;color:#555}.art{width:1100px;margin:0 auto}.art h1{text-align:center;font-size:26px}.info{text-align:center;color:#888;font-size:14px}.art p{text-indent:2em;line-height:1.9;font-size:17px}.side{float:right;width:260px}.foot{background:#f0f0f0;padding:16px;text-align:center;font-size:13px}",
 'govdoc': "body{margin:0;font-family:SimSun}.meta{width:960px;margin:10px auto;border:1px solid #ccc}.meta td{border:1px solid #ddd;padding:4px 8px;font-size:13px}.meta th{background:#f4f4f4;font-weight:normal;padding:4px 8px}.doc{width:900px;margin:0 auto}.doc h1{text-align:center;font-size:24px;color:#000}.wh{text-align:center}.doc p{text-indent:2em;line-height:2;font-size:16px}.r{text-align:right}.foot{border-top:3px solid #b00;text-align:center;font-size:12px}",
 'portal': "body{margin:0;font-family:'PingFang SC',sans-serif}.tb{background:#222;color:#ccc;font-size:12px;padding:3px 30px}.logo{font-size:28px;color:#d00;padding:10px 30px}.nav{background:#d00}.nav a{color:#fff;padding:6px 10px;display:inline-block}.main{width:680px;float:left;padding:20px 30px}.main h1{font-size:30px}.info{color:#999;font-size:13px}.main p{line-height:1.8;font-size:18px}.aside{float:right;width:300px}.aside li{font-size:14px}.foot{clear:both;background:#333;color:#aaa;text-align:center;font-size:12px;padding:20px}",
 'self': "body{margin:0;background:#f8f8f8;font-family:sans-serif}.hdr{background:#fff;padding:8px 20px;border-bottom:1px solid #eee}.wrap{width:660px;margin:0 auto;background:#fff;padding:24px}.wrap h1{font-size:26px}.acct{color:#576b95}.wrap p{line-height:1.75;font-size:17px}.card{border:1px solid #eee;padding:10px;margin:8px 0}.tool{color:#999;font-size:13px}",
 'epaper': "body{margin:0;background:#e8e3d3;font-family:SimSun}.eh{background:#8b0000;color:#fff;padding:6px 20px}.bc{background:#f5f0e0;padding:6px 20px;font-size:13px}.pg{float:left;width:420px;padding:10px}.ar{margin-left:450px;padding:10px 30px;background:#fff}.yt{font-size:16px;color:#333}.zt{font-size:28px;font-weight:bold}.ft2{font-size:17px;color:#444}.ar p{text-indent:2em;line-height:1.9}.foot{clear:both;font-size:12px;text-align:center}",
 'inst': "body{margin:0;font-family:'Microsoft YaHei'}.ih{background:#004d40;color:#fff;padding:14px 30px}.ih b{font-size:26px}.inav a{padding:6px 14px;display:inline-block;background:#00695c;color:#fff}.lm{float:left;width:200px;background:#eef5f3;padding:10px}.ct{margin-left:240px;padding:10px 30px}.ct h1{font-size:24px;color:#004d40}.ct p{line-height:1.9;text-indent:2em}.foot{clear:both;background:#004d40;color:#cde;text-align:center;padding:12px;font-size:12px}",
 'en': "body{margin:0;font-family:Georgia,serif}.top{background:#00457c;color:#fff;padding:6px 30px;font-size:13px}.mast{font-size:34px;padding:10px 30px;color:#00457c}.nav a{padding:6px 12px;display:inline-block}.story{width:700px;margin:0 auto}.story h1{font-size:32px}.by{color:#666;font-size:14px}.story p{font-size:18px;line-height:1.7}.foot{background:#eee;text-align:center;font-size:12px;padding:14px}",
}

def ul(items, cls=''):
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="#">%s</a></li>' % e(x) for x in items))

def render_body(items):
    """Return (html, gold_paragraphs)."""
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append('<p>%s</p>' % e(it)); gold.append(it)
        else:
            k = it[0]
            if k == 'h':
                out.append('<p><strong>%s</strong></p>' % e(it[1])); gold.append(it[1])
            elif k == 'h3':
                out.append('<h3>%s</h3>' % e(it[1])); gold.append(it[1])
            elif k == 'r':   # right aligned (署名 / 成文日期) — body
                out.append('<p class="r" style="text-align:right">%s</p>' % e(it[1])); gold.append(it[1])
            elif k == 'np':  # paragraph without indent, body
                out.append('<div>%s</div>' % e(it[1])); gold.append(it[1])
            elif k == 'tbl':
                rows = it[1]
                t = ['<table border="1" cellpadding="4" style="border-collapse:collapse;margin:auto">']
                for i, r in enumerate(rows):
                    tag = 'th' if i == 0 else 'td'
                    t.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, e(c), tag) for c in r) + '</tr>')
                    gold.append(' '.join(r))
                t.append('</table>')
                out.append(''.join(t))
            elif k == 'img':   # image with alt + caption (not body)
                out.append('<p style="text-align:center"><img src="p%d.jpg" alt="%s" width="560" height="1"></p>' % (len(out), H.escape(it[1])))
                if len(it) > 2 and it[2]:
                    out.append('<p class="cap" style="text-align:center;text-indent:0;font-size:14px;color:#666">%s</p>' % e(it[2]))
            elif k == 'x':   # non-body line in the article area
                out.append('<p style="text-indent:0">%s</p>' % e(it[1]))
            elif k == 'xr':
                out.append('<p style="text-align:right">%s</p>' % e(it[1]))
            elif k == 'raw':
                out.append(it[1])
            else:
                raise ValueError(k)
    return '\n'.join(out), gold

def page(p):
    body_html, gold = render_body(p['body'])
    fam = p['fam']
    parts = ['<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>'
             % ('en' if p.get('lang') == 'en' else 'zh-CN', e(p.get('doctitle', p['title'])), CSS[fam])]
    parts.append(p.get('head', ''))
    parts.append(p.get('pre_title', ''))
    parts.append(p.get('title_html') or '<h1>%s</h1>' % e(p['title']))
    parts.append(p.get('post_title', ''))
    parts.append('<div class="content c">' + body_html + '</div>')
    parts.append(p.get('after', ''))
    parts.append(p.get('foot', ''))
    parts.append('</body></html>')
    html = '\n'.join(parts)
    with open(os.path.join(OUT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
        f.write(html)
    g = {'id': p['id'], 'set': 'zh-blind26', 'lang': p.get('lang', 'zh'),
         'title': p['title'].replace(NB, ' ') if p['title'] else None, 'authors': p['authors'],
         'publish_time': p['time'], 'body_paragraphs': [x.replace(NB, ' ') for x in gold]}
    with open(os.path.join(OUT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
