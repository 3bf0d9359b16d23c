"""Shared furniture helpers and body rendering for the zh-blind44 page generator."""
import html as H

CSS = """body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#222;font-size:14px}
a{color:#1a4a8a;text-decoration:none}.w{width:1100px;margin:0 auto}
.topbar{background:#f2f2f2;font-size:12px;padding:4px 0}.topbar span{margin-right:14px}
.banner{background:#b71c1c;color:#fff;padding:18px 0;font-size:28px}.banner.blue{background:#1f5fa8}
.banner.green{background:#2e7d32}.nav a{display:inline-block;padding:8px 14px}.nav{background:#ddd}
.crumb{font-size:13px;padding:8px 0;color:#555}.info{font-size:13px;color:#666;text-align:center;margin:8px 0}
h1{font-size:24px;text-align:center;margin:16px 0 8px}.side{float:right;width:260px}.main{width:800px}
.cap{text-align:center;font-size:13px;color:#555}.foot{background:#333;color:#ccc;font-size:12px;padding:14px;margin-top:20px;text-align:center}
table.rec{border-collapse:collapse;width:100%}table.rec td{border:1px solid #ccc;padding:4px}
table.dt{border-collapse:collapse;margin:8px auto}table.dt td{border:1px solid #999;padding:3px 8px}
.right{text-align:right}.clear{clear:both}.sticky{position:sticky;top:0;background:#fff}"""

def e(s):
    return H.escape(s, quote=True)

def sp(name):
    """two-character name spaced out as sites do: 王  静 (no-break spaces)"""
    return name[0] + "&nbsp;&nbsp;" + name[1] if len(name) == 2 else e(name)

def render_body(items, ptag="p", indent=True):
    """items: str -> paragraph; ('h',t) sub-heading; ('right',t) right-aligned (署名/日期);
    ('table',rows) data table; ('img',alt,caption) picture (caption not gold);
    ('raw',html) furniture inside the body (not gold). Returns (html, gold_paragraphs)."""
    out, gold = [], []
    pre = "&emsp;&emsp;" if indent else ""
    for it in items:
        if isinstance(it, str):
            out.append("<%s>%s%s</%s>" % (ptag, pre, e(it), ptag)); gold.append(it)
        elif it[0] == "h":
            out.append("<p><strong>%s</strong></p>" % e(it[1])); gold.append(it[1])
        elif it[0] == "right":
            out.append('<p class="right">%s</p>' % e(it[1])); gold.append(it[1])
        elif it[0] == "table":
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in it[1])
            out.append('<table class="dt">%s</table>' % rows)
            gold += [" ".join(r) for r in it[1]]
        elif it[0] == "img":
            out.append('<p style="text-align:center"><img src="p.jpg" alt="%s" width="500" height="300"></p>' % e(it[1]))
            if it[2]:
                out.append('<p class="cap">%s</p>' % e(it[2]))
        elif it[0] == "raw":
            out.append(it[1])
    return "\n".join(out), gold

def doc(title_tag, parts):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>\n<style>%s</style></head>\n<body>\n%s\n</body></html>\n'
            % (e(title_tag), CSS, "\n".join(parts)))

def gov_top(elder=True):
    s = '<div class="topbar"><div class="w"><span>欢迎访问！今天是</span><span>无障碍</span>'
    if elder:
        s += '<span>长者模式</span>'
    return s + '<span>繁體</span><span>English</span><span>登录</span><span>注册</span></div></div>'

def gov_foot(sponsor, code, icp, ga, extra=""):
    return ('<div class="foot"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>'
            '<p>主办单位：%s　%s</p><p>网站标识码：%s　%s　<img src="ga.png" alt="">%s</p>'
            '<p><img src="jiucuo.png" alt="政府网站找错"> <img src="dzjg.png" alt="党政机关"></p></div>') % (sponsor, extra, code, icp, ga)

def search(ph):
    return '<form><input type="text" placeholder="%s"><button>搜索</button></form>' % ph

def nav(items):
    return '<div class="nav"><div class="w">' + "".join('<a href="#">%s</a>' % i for i in items) + '</div></div>'

def lst(title, items, tag="ul"):
    return '<div class="box"><h3>%s</h3><%s>%s</%s></div>' % (title, tag, "".join('<li><a href="#">%s</a></li>' % i for i in items), tag)

def share():
    return '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'

def qr(cap="扫一扫在手机打开当前页"):
    return '<div class="qr"><img src="qr.png" alt="二维码"><p>%s</p></div>' % cap
