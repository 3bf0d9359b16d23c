"""Shared page furniture for zh-blind213 (all invented)."""
import html as H
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

CSS = {
 'table': "body{font:12px SimSun;margin:0}table{border-collapse:collapse}.w{width:980px;margin:0 auto}.tit{font-size:22px;color:#c00;text-align:center}.inf{color:#666;text-align:center}td{padding:3px}.foot{background:#eee;text-align:center}",
 'div': "body{font:14px 'Microsoft YaHei';margin:0}.top{background:#1d5fa8;color:#fff}.nav a{margin:0 8px}.wrap{width:1200px;margin:0 auto}h1{font-size:26px;text-align:center}.info{color:#888;text-align:center}.content p{text-indent:2em;line-height:2}.foot{background:#333;color:#ccc;text-align:center}",
 'grid': "body{font:15px sans-serif;margin:0}.g{display:grid;grid-template-columns:3fr 1fr;gap:20px;max-width:1180px;margin:auto}header{display:flex;justify-content:space-between}h1{font-size:28px}.meta span{margin-right:12px}aside li{list-style:none}footer{background:#f4f4f4}",
 'app': "body{font:16px -apple-system;margin:0;max-width:640px}.bar{display:flex;justify-content:space-between;background:#fafafa}h1{font-size:22px}.acc{display:flex;gap:8px;color:#576b95}.open{position:fixed;bottom:0;background:#e33;color:#fff;width:100%}",
 'epaper': "body{font:13px SimSun;margin:0}.pn{display:flex;gap:6px}.l{float:left;width:300px}.r{margin-left:320px}.yt,.ft{font-size:15px;color:#333}.zt{font-size:24px;font-weight:bold}.list li{line-height:22px}",
}

def img(alt):
    return f'<img src="{GIF}" alt="{e(alt)}" width="1" height="1">'

def blocks_html(blocks, ptag='p'):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'p': out.append(f'<{ptag}>{e(b[1])}</{ptag}>')
        elif k == 'h': out.append(f'<p><strong>{e(b[1])}</strong></p>')
        elif k == 'li': out.append(f'<p>{e(b[1])}</p>')
        elif k == 'img': out.append(f'<p style="text-align:center">{img(b[1])}</p><p class="cap">{e(b[2])}</p>')
        elif k == 'table':
            rows = ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>' for r in b[1])
            out.append(f'<table border="1">{rows}</table>')
        elif k == 'raw': out.append(b[1])
    return '\n'.join(out)

def gold_body(blocks):
    out = []
    for b in blocks:
        if b[0] in ('p', 'h', 'li'): out.append(b[1])
        elif b[0] == 'table': out.extend(' '.join(r) for r in b[1])
    return out

def gov_footer(site, prov, n):
    return (f'<div class="foot"><p>主办：{e(site)}　承办：{e(site)}办公室</p>'
            f'<p>{prov}ICP备{10000000+n*7919 % 89999999}号-{n%5+1}　{prov}公网安备 {45010202000000+n*131}号</p>'
            f'<p>网站标识码：{4500000000+n*37}　联系电话：0{771+n}-{5550100+n*3}</p>'
            '<p>网站地图 | 联系我们 | 隐私声明</p></div>')

def media_footer(site, prov, n):
    return (f'<footer class="foot"><p>关于我们 | 广告服务 | 版权声明 | 违法和不良信息举报：0{451+n}-8{n:03d}1234</p>'
            f'<p>互联网新闻信息服务许可证：{n}312025001　{prov}ICP备{20000000+n*331}号</p>'
            f'<p>Copyright © 2025 {e(site)} All Rights Reserved</p></footer>')

def related(items):
    return '<div class="rel"><h3>相关阅读</h3><ul>' + ''.join(f'<li><a href="#">{e(i)}</a></li>' for i in items) + '</ul></div>'

def prevnext(p, n):
    return f'<div class="pn2"><p>上一篇：<a href="#">{e(p)}</a></p><p>下一篇：<a href="#">{e(n)}</a></p></div>'

def doc(title, css, body):
    return f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(title)}</title><style>{css}</style></head>\n<body>\n{body}\n</body></html>\n'
