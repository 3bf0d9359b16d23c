"""Shared page furniture for zh-blind206 (all invented)."""
import html as _h

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def esc(s):
    return _h.escape(s, quote=False)

def img(alt, cls=""):
    return f'<img src="{GIF}" alt="{_h.escape(alt)}" width="1" height="1"{" class=%s" % cls if cls else ""}>'

def page(title_tag, style, body, charset="utf-8", lang="zh-CN"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
            f'<title>{esc(title_tag)}</title>\n<style>\n{style}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n')

def body_html(items, ptag="p", indent=False):
    """Render body items. str -> <p>; ('h',t); ('table',rows); ('ul',items); ('img',alt,cap); ('raw',html)."""
    out = []
    for it in items:
        if isinstance(it, str):
            st = ' style="text-indent:2em"' if indent else ''
            out.append(f'<{ptag}{st}>{esc(it)}</{ptag}>')
        elif it[0] == 'h':
            out.append(f'<h3 class="sub">{esc(it[1])}</h3>')
        elif it[0] == 'hb':
            out.append(f'<p><strong>{esc(it[1])}</strong></p>')
        elif it[0] == 'table':
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in it[1])
            out.append(f'<table class="data" border="1" cellspacing="0">{rows}</table>')
        elif it[0] == 'ul':
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in it[1]) + "</ul>")
        elif it[0] == 'img':
            cap = f'<p class="caption">{esc(it[2])}</p>' if len(it) > 2 and it[2] else ''
            out.append(f'<div class="pic">{img(it[1])}</div>{cap}')
        elif it[0] == 'raw':
            out.append(it[1])
        elif it[0] == 'right':
            out.append(f'<p style="text-align:right">{esc(it[1])}</p>')
    return "\n".join(out)

def gold_paragraphs(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] in ('h', 'hb', 'right'):
            out.append(it[1])
        elif it[0] == 'table':
            out.extend(" ".join(r) for r in it[1])
        elif it[0] == 'ul':
            out.extend(it[1])
    return out

def care_bar(style=0):
    v = ['<div class="topbar"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a> | <a href="#">登录</a> <a href="#">注册</a></div>',
         '<div class="topbar">欢迎访问！今天是2025年 <a href="#">关怀版</a> <a href="#">无障碍浏览</a> <a href="#">简</a>|<a href="#">繁</a></div>',
         '<div class="topbar"><span>设为首页</span> <span>加入收藏</span> <a href="#">适老化服务</a> <a href="#">个人登录</a> <a href="#">法人登录</a></div>']
    return v[style % len(v)]

def search_box(ph="请输入关键字", btn="搜索"):
    return f'<form class="search"><input type="text" placeholder="{ph}" value=""><button type="button">{btn}</button></form>'

def nav(items):
    return '<ul class="nav">' + "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in items) + '</ul>'

def font_tools(kind=0):
    v = ['【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】',
         '字号：<a href="#">T</a> | <a href="#">T</a> | <a href="#">T</a>  <a href="#">打印本页</a> <a href="#">关闭窗口</a>',
         '【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 【<a href="#">打印</a>】 【<a href="#">收藏</a>】 【<a href="#">关闭</a>】']
    return v[kind % len(v)]

def share(kind=0):
    v = ['<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>',
         '<div class="share"><span>分享：</span>' + img("微信") + img("微博") + '</div>',
         '<div class="share">分享 <a href="#">朋友圈</a> <a href="#">新浪微博</a> <a href="#">复制链接</a></div>']
    return v[kind % len(v)]

def qr(caption):
    return f'<div class="qr">{img("二维码")}<p>{esc(caption)}</p></div>'

def prevnext(p, n):
    return f'<div class="pn"><p>上一篇：<a href="#">{esc(p)}</a></p><p>下一篇：<a href="#">{esc(n)}</a></p></div>'

def related(head, items):
    return f'<div class="rel"><h4>{esc(head)}</h4><ul>' + "".join(f'<li><a href="#">{esc(a)}</a><span>{esc(b)}</span></li>' for a, b in items) + '</ul></div>'

def footer(lines):
    return '<div class="footer">' + "".join(f'<p>{esc(x)}</p>' for x in lines) + '</div>'

def gov_footer(host, org, icp, police, code, phone="", addr=""):
    ls = [f'主办单位：{host}  承办单位：{org}']
    if addr: ls.append(f'地址：{addr}  联系电话：{phone}')
    ls.append(f'{icp}  {police}  网站标识码：{code}')
    return footer(ls) + '<div class="footer">' + img("党政机关") + img("我为政府网站找错") + '</div>'

STYLES = [
# 0 table-era
"""body{margin:0;font:12px/1.8 SimSun,serif;background:#f3f3f3}
.topbar{background:#b00;color:#fff;padding:2px 10px}.topbar a{color:#fff}
.nav{list-style:none;margin:0;padding:0;background:#c00}.nav li{display:inline-block;padding:4px 12px}.nav a{color:#fff}
.wrap{width:980px;margin:0 auto;background:#fff}td{vertical-align:top}
h1{font-size:22px;color:#c00;text-align:center}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}
.data td{border:1px solid #999;padding:3px}.caption{text-align:center;color:#333}
.footer{text-align:center;color:#555;background:#eee}""",
# 1 div portal
"""body{margin:0;font:16px/1.9 "Microsoft YaHei",sans-serif;color:#333}
.topbar{font-size:13px;background:#f5f5f5;padding:4px 20px;text-align:right}
header{display:flex;justify-content:space-between;padding:10px 40px;background:#1458a8;color:#fff}
.nav{list-style:none;display:flex;gap:24px;margin:0;padding:8px 40px;background:#0d3f7d}.nav a{color:#fff;text-decoration:none}
.crumb{padding:8px 40px;font-size:14px;color:#666}main{max-width:900px;margin:0 auto}
h1{font-size:28px;text-align:center}.info{font-size:14px;color:#888;text-align:center}
.sub{font-size:18px;color:#1458a8}.caption{font-size:14px;text-align:center;color:#666}
.data{border-collapse:collapse}.data td{border:1px solid #ccc;padding:4px 8px}
.footer{background:#333;color:#ccc;font-size:13px;text-align:center;padding:6px}""",
# 2 responsive grid
"""*{box-sizing:border-box}body{margin:0;font:17px/1.8 -apple-system,"PingFang SC",sans-serif}
.grid{display:grid;grid-template-columns:1fr 300px;gap:32px;max-width:1200px;margin:0 auto}
.topbar{font-size:12px;padding:4px 16px;background:#fafafa}.nav{list-style:none;display:flex;flex-wrap:wrap;gap:16px;padding:10px 16px;margin:0;border-bottom:3px solid #d40000}
h1{font-size:30px;line-height:1.4}.info span{margin-right:12px;color:#999;font-size:14px}
aside{font-size:14px}.caption{font-size:14px;color:#777}.footer{font-size:12px;color:#999;text-align:center;border-top:1px solid #eee}
.data{border-collapse:collapse;width:100%}.data td{border:1px solid #ddd;padding:6px}""",
# 3 mobile / app share
"""body{margin:0;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;background:#fff}
.app{max-width:680px;margin:0 auto;padding:16px}h1{font-size:22px;line-height:1.4}
.meta{font-size:15px;color:#888}.meta a{color:#576b95;text-decoration:none}
.caption{font-size:13px;color:#999;text-align:center}.tool{color:#888;font-size:14px}
.open{position:sticky;bottom:0;background:#f04142;color:#fff;text-align:center;padding:8px}
.data{border-collapse:collapse}.data td{border:1px solid #ddd;padding:4px}""",
]
