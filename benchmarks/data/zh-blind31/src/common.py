# helpers shared by the page generators of zh-blind31
import html as _h, re as _re
PAGES = []

CSS = {
 'old': "body{font:12px/1.8 宋体,SimSun;margin:0;background:#eee}table{border-collapse:collapse}.w{width:980px;margin:0 auto;background:#fff}.nav a{color:#fff;margin:0 8px}.nav{background:#b40000;padding:6px}td{padding:3px 6px}.tit{font-size:20px;color:#b40000;text-align:center;font-weight:bold}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.con p{text-indent:2em}.foot{text-align:center;background:#f4f4f4;color:#555;padding:10px}",
 'new': "body{margin:0;font:16px/1.9 'Microsoft YaHei',sans-serif;color:#333}.top{position:sticky;top:0;background:#0a4ca3;color:#fff;font-size:13px;padding:4px 20px;display:flex;justify-content:space-between}.top a{color:#fff;margin-left:12px}.banner{background:linear-gradient(#1e6fd9,#0a4ca3);color:#fff;padding:24px 40px;font-size:28px}.menu{display:flex;gap:26px;background:#fff;border-bottom:3px solid #0a4ca3;padding:8px 40px}.main{width:1100px;margin:10px auto}.crumb{font-size:13px;color:#777}h1{font-size:26px;text-align:center;color:#0a4ca3}.meta{display:flex;gap:18px;justify-content:center;font-size:13px;color:#888}.art p{text-indent:2em}.side{font-size:13px}.ft{background:#0a4ca3;color:#dfe;font-size:13px;padding:16px;text-align:center}input{width:220px}",
 'media': "body{margin:0;font:16px/1.8 sans-serif}header{background:#c00;color:#fff;padding:6px 30px}header a{color:#fff;margin-right:14px}.wrap{display:flex;gap:30px;width:1200px;margin:0 auto}.l{flex:1}.r{width:300px;font-size:14px}h1{font-size:30px}.src{color:#999;font-size:14px}.r li{margin:4px 0}footer{font-size:12px;color:#999;text-align:center;border-top:1px solid #ddd}",
 'self': "body{margin:0;background:#f8f8f8;font:17px/1.75 -apple-system,'PingFang SC',sans-serif}.bar{background:#fff;padding:8px 24px;border-bottom:1px solid #eee;display:flex;gap:20px}.box{width:680px;margin:20px auto;background:#fff;padding:24px}h1{font-size:24px}.acc{display:flex;gap:10px;color:#666;font-size:14px}.card{border:1px solid #eee;padding:10px;font-size:14px;color:#555}.rec li{font-size:15px}",
 'epaper': "body{margin:0;font:14px/1.8 SimSun,serif;background:#e8e2d4}.hd{background:#8b0000;color:#fff;padding:6px 16px}.hd a{color:#fff;margin:0 6px}.pg{display:flex;gap:12px;width:1180px;margin:0 auto}.thumb{width:340px;font-size:12px}.art{flex:1;background:#fff;padding:16px}.yt,.ft2{text-align:center;color:#444;font-size:15px}.zt{text-align:center;font-size:24px;font-weight:bold}.au{text-align:center;color:#555}.art p{text-indent:2em}",
 'inst': "body{margin:0;font:15px/1.9 sans-serif}.hd{background:#14517a;color:#fff;padding:14px 40px}.hd small{display:block}.nv{background:#0f3d5c;padding:6px 40px}.nv a{color:#fff;margin-right:20px}.ct{width:1000px;margin:0 auto}.ct h2{text-align:center}.ct .i{text-align:center;color:#999;font-size:13px}.ct p{text-indent:2em}.bt{background:#222;color:#aaa;text-align:center;font-size:12px;padding:12px}",
 'en': "body{margin:0;font:17px/1.6 Georgia,serif}.nav{background:#003366;padding:6px 20px}.nav a{color:#fff;margin-right:14px;font-family:Arial}.ct{width:960px;margin:0 auto}h1{font-size:34px}.by{color:#666;font-family:Arial;font-size:14px}.more li{font-family:Arial;font-size:14px}",
}

def esc(s): return _h.escape(s, quote=False)
def P(paras, cls=None):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<p{c}>{esc(x)}</p>' for x in paras)
def TABLE(rows, head=None, attrs='border="1" cellspacing="0"'):
    """rows: list of cell lists; returns html and gold rows (cells joined by a space)"""
    h = f'<table {attrs}>'
    gold = []
    if head:
        h += '<tr>' + ''.join(f'<th>{esc(c)}</th>' for c in head) + '</tr>'
        gold.append(' '.join(head))
    for r in rows:
        h += '<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in r) + '</tr>'
        gold.append(' '.join(r))
    return h + '</table>', gold
def LI(items): return '<ul>' + ''.join(f'<li><a href="#">{esc(x)}</a></li>' for x in items) + '</ul>'

def add(id, kind, site, title, authors, time, body, html_body, style, doc_title=None, lang='zh'):
    doc = (f'<!DOCTYPE html>\n<html lang="{"en" if lang=="en" else "zh-CN"}"><head><meta charset="utf-8">'
           f'<title>{esc(doc_title or title)}</title><style>{CSS[style]}</style></head>\n<body>\n{html_body}\n</body></html>\n')
    # names spaced out by two spaces (`王  静`): sites do it with &nbsp;, so the gap survives a copy
    doc = _re.sub(r'(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])', '&nbsp;&nbsp;', doc)
    PAGES.append(dict(id=id, kind=kind, site=site, lang=lang, title=title, authors=authors,
                      publish_time=time, body_paragraphs=body, html=doc))
