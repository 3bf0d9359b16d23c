# compact page templates for zh-blind27
import html as H
E = H.escape
CSS = """body{font-family:'Microsoft YaHei',SimSun,sans-serif;margin:0;color:#333;font-size:14px}
a{color:#333;text-decoration:none}.w{width:1100px;margin:0 auto}.top{background:#f3f3f3;font-size:12px;padding:4px 0}
.top span,.nav a{margin-right:14px}.banner{background:#b71c1c;color:#fff;padding:18px;font-size:28px}
.nav{background:#c62828;padding:8px}.nav a{color:#fff}.crumb{padding:8px 0;font-size:13px}
h1{font-size:24px;text-align:center}.info{text-align:center;color:#777;font-size:13px;border-bottom:1px solid #ddd;padding:6px}
.art p{text-indent:2em;line-height:1.9}.foot{background:#eee;text-align:center;font-size:12px;padding:14px;margin-top:20px}
.side{float:right;width:260px;font-size:13px}.main{margin-right:280px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px}
.sticky{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc}.cap{text-align:center;font-size:12px;color:#666;text-indent:0}
.blue .banner{background:#0d47a1}.blue .nav{background:#1565c0}.green .banner{background:#1b5e20}.green .nav{background:#2e7d32}
"""

def body_html(body, ptag="p"):
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(f"<{ptag}>{E(b)}</{ptag}>")
        elif b[0] == "h":
            out.append(f"<p><strong>{E(b[1])}</strong></p>")
        elif b[0] == "h3":
            out.append(f"<h3>{E(b[1])}</h3>")
        elif b[0] == "table":
            rows = b[1]
            t = "<table>" + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
            out.append(t)
        elif b[0] == "x":          # furniture inside the article: not body
            out.append(b[1])
        elif b[0] == "r":          # right-aligned body line (署名, 日期)
            out.append(f'<p style="text-align:right">{E(b[1])}</p>')
        elif b[0] == "li":
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in b[1]) + "</ul>")
    return "\n".join(out)

def gold_body(body):
    g = []
    for b in body:
        if isinstance(b, str):
            g.append(b)
        elif b[0] in ("h", "h3", "r"):
            g.append(b[1])
        elif b[0] == "table":
            g.extend(" ".join(c for c in r) for r in b[1])
        elif b[0] == "li":
            g.extend(b[1])
    return g

def page(title, inner, cls=""):
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{E(title)}</title>
<style>{CSS}</style></head><body class="{cls}">
{inner}
</body></html>"""

def ul(items, a=True):
    return "<ul>" + "".join(f"<li><a href='#'>{E(i)}</a></li>" for i in items) + "</ul>"

def gov_modern(site, nav, crumbs, sep, head, art, tail, side=None, cls="", sticky_bottom=False, host="", icp="", wzbs="", gaba=""):
    bar = f"""<div class="sticky"><div class="top w"><span>欢迎访问{E(site)}！</span><span>今天是2025年</span>
<a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">繁體</a> <a href="#">English</a> <a href="#">登录</a> <a href="#">注册</a></div></div>"""
    navh = '<div class="nav"><div class="w">' + "".join(f"<a href='#'>{E(n)}</a>" for n in nav) + "</div></div>"
    search = f'<form style="float:right"><input type="text" placeholder="请输入关键词搜索"><button>搜索</button></form>'
    ban = f'<div class="banner"><div class="w">{search}<img alt="{E(site)}" src="logo.png"> {E(site)}</div></div>'
    cr = f'<div class="crumb w">您当前所在位置：' + f" {sep} ".join(f"<a href='#'>{E(c)}</a>" for c in crumbs) + "</div>"
    sideh = ""
    if side:
        sideh = '<div class="side">' + "".join(f"<h4>{E(k)}</h4>{ul(v)}" for k, v in side) + "</div>"
    foot = f"""<div class="foot"><p><a href='#'>网站地图</a> | <a href='#'>联系我们</a> | <a href='#'>隐私声明</a> | <a href='#'>网站纠错</a></p>
<p>主办单位：{E(host or site)}　承办：{E(site)}大数据中心</p><p>网站标识码：{E(wzbs)}　{E(icp)}　{E(gaba)}</p>
<p><img alt="党政机关" src="dzjg.png"> <img alt="政府网站找错" src="jiucuo.png"></p></div>"""
    sb = bar if sticky_bottom else ""
    return bar + ban + navh + cr + f'<div class="w">{sideh}<div class="main">' + head + '<div class="art">' + art + "</div>" + tail + "</div></div>" + foot + sb

def gov_old(site, crumbs, sep, head, art, tail, links, icp):
    return f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td><img alt="{E(site)}" src="top.jpg"></td></tr>
<tr><td bgcolor="#1d5fa8"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a> | <a href="#">走进{E(site.replace('人民政府',''))}</a></td></tr>
<tr><td>当前位置：{f' {sep} '.join(E(c) for c in crumbs)}</td></tr></table>
<table width="1000" align="center"><tr><td>{head}<div class="art">{art}</div>{tail}</td></tr></table>
<table width="1000" align="center"><tr><td>友情链接：<select><option>——国家部委网站——</option></select> <select><option>——市州政府网站——</option></select></td></tr>
<tr><td align="center">{" | ".join(E(l) for l in links)}<br>版权所有：{E(site)}　{E(icp)}<br>建议使用1024×768分辨率浏览</td></tr></table>"""

def news_shell(site, nav, crumbs, sep, head, art, tail, side, foot, cls=""):
    top = f'<div class="top w"><a href="#">客户端</a> <a href="#">微博</a> <a href="#">微信</a> <a href="#">登录</a> <a href="#">注册</a> <input placeholder="搜索新闻"></div>'
    ban = f'<div class="banner"><div class="w">{E(site)}</div></div>'
    navh = '<div class="nav"><div class="w">' + " ".join(f"<a href='#'>{E(n)}</a>" for n in nav) + "</div></div>"
    cr = '<div class="crumb w">' + f" {sep} ".join(f"<a href='#'>{E(c)}</a>" for c in crumbs) + "</div>"
    sideh = '<div class="side">' + "".join(f"<h4>{E(k)}</h4>{ul(v)}" for k, v in side) + "</div>"
    return top + ban + navh + cr + f'<div class="w">{sideh}<div class="main">{head}<div class="art">{art}</div>{tail}</div></div><div class="foot">{foot}</div>'
