# Page furniture (site chrome) for the zh-blind49 pages. Each function wraps an article block.
import html as H

CSS_BASE = """body{font-family:sans-serif;margin:0;color:#222;font-size:14px}
a{color:#1a4d8f;text-decoration:none}.w{width:1100px;margin:0 auto}
.top{background:#f2f2f2;font-size:12px;padding:4px 0}.top span{margin-right:12px}
.ban{background:#b8131a;color:#fff;padding:18px 0;font-size:26px}
.nav a{display:inline-block;padding:8px 14px;color:#fff}.nav{background:#9e0f15}
.crumb{padding:8px 0;color:#666}.info{color:#777;font-size:13px;border-bottom:1px dashed #ccc;padding:6px 0}
.side{float:right;width:260px;font-size:13px}.main{width:800px}
.foot{background:#eee;padding:14px;font-size:12px;color:#555;margin-top:20px;text-align:center}
.grey{background:#eee;padding:10px;border:1px solid #ddd;color:#444}
table.dt td,table.dt th{border:1px solid #999;padding:4px 8px}
.sticky{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:24px;text-align:center}
"""

def page(title, inner, css=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=utf-8>\n<title>%s</title>\n"
            "<style>%s%s</style></head>\n<body>\n%s\n</body></html>\n") % (H.escape(title), CSS_BASE, css, inner)

def inp(ph, btn="搜索"):
    return '<form class="sch"><input type="text" placeholder="%s"><button type="button">%s</button></form>' % (ph, btn)

def links(items, cls="lst"):
    return '<ul class="%s">' % cls + "".join('<li><a href="#">%s</a></li>' % i for i in items) + "</ul>"

def gov2020(site, nav, crumb, art, side=None, foot=None, top_extra=""):
    side = side or ""
    foot = foot or ""
    return f"""<div class="top"><div class="w"><span>欢迎访问{site}</span>{top_extra}<span><a href="#">无障碍</a></span><span><a href="#">长者模式</a></span><span><a href="#">繁體</a></span><span><a href="#">登录</a></span><span><a href="#">注册</a></span></div></div>
<div class="ban"><div class="w"><img src="logo.png" alt="{site}"> {site} {inp("请输入关键词")}</div></div>
<div class="nav"><div class="w">{''.join('<a href="#">%s</a>' % n for n in nav)}</div></div>
<div class="w"><div class="crumb">{crumb}</div>
<div class="side">{side}</div><div class="main">{art}</div></div>
<div class="foot">{foot}</div>"""

def gov2010(site, nav, crumb, art, foot):
    return f"""<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="banner.jpg" alt="{site}"></td><td align="right">{inp("站内搜索", "检索")}</td></tr>
<tr><td colspan="2" bgcolor="#1f5fa8">{' | '.join('<a href="#" style="color:#fff">%s</a>' % n for n in nav)}</td></tr>
<tr><td colspan="2">{crumb}</td></tr>
<tr><td colspan="2">{art}</td></tr>
<tr><td colspan="2" align="center" style="font-size:12px">{foot}</td></tr></table>"""

def body_html(body, pstyle=""):
    out = []
    for b in body:
        if isinstance(b, str):
            out.append("<p%s>%s</p>" % (pstyle, H.escape(b)))
        elif b[0] == "h":
            out.append("<p%s><strong>%s</strong></p>" % (pstyle, H.escape(b[1])))
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join("<td>%s</td>" % H.escape(c) for c in r) + "</tr>" for r in b[1])
            out.append('<table class="dt" cellspacing="0">%s</table>' % rows)
        elif b[0] == "img":
            out.append('<p style="text-align:center"><img src="%s.jpg" alt="%s"></p>' % (b[1], H.escape(b[2])))
            if len(b) > 3 and b[3]:
                out.append('<p class="cap" style="text-align:center;color:#666">%s</p>' % H.escape(b[3]))
        elif b[0] == "raw":
            out.append(b[1])
        elif b[0] == "credit":
            out.append("<p>%s</p>" % H.escape(b[1]))
        elif b[0] == "right":
            out.append('<p style="text-align:right">%s</p>' % H.escape(b[1]))
    return "\n".join(out)

def gold_body(body):
    g = []
    for b in body:
        if isinstance(b, str):
            g.append(b)
        elif b[0] in ("h", "right"):
            g.append(b[1])
        elif b[0] == "table":
            g.extend(" ".join(r) for r in b[1])
    return g
