# helpers shared by the page definitions
import html as _h
PAGES = []

def esc(s):
    # a double space printed inside a line (spaced names like 李  明) survives only as &nbsp;
    return _h.escape(s, quote=False).replace("  ", "&nbsp;&nbsp;")

def doc(title, css, body):
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{esc(title)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n')

def ps(paras, indent="", cls=None, style=None):
    """render body paragraphs as <p>; indent is a prefix printed before the text"""
    a = ""
    if cls: a += f' class="{cls}"'
    if style: a += f' style="{style}"'
    return "\n".join(f"<p{a}>{indent}{esc(p)}</p>" for p in paras)

def ul(items, cls="list"):
    return f'<ul class="{cls}">' + "\n".join(f'<li><a href="#">{esc(i)}</a></li>' for i in items) + "</ul>"

def ul_dated(items, cls="list"):
    return f'<ul class="{cls}">' + "\n".join(f'<li><a href="#">{esc(t)}</a> <span class="d">{d}</span></li>' for t, d in items) + "</ul>"

def nav(items, cls="nav"):
    return f'<div class="{cls}"><ul>' + "\n".join(f'<li><a href="#">{esc(i)}</a></li>' for i in items) + "</ul></div>"

def table(rows, head=True, cls="dt"):
    out = [f'<table class="{cls}" border="1" cellspacing="0" cellpadding="4">']
    for i, r in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def rows_as_paras(rows):
    return [" ".join(r) for r in rows]

def add(pid, kind, site, html, title, authors, publish_time, body, lang="zh", note=""):
    PAGES.append(dict(id=pid, kind=kind, site=site, html=html, note=note,
                      gold={"id": pid, "set": "zh-blind", "lang": lang, "title": title,
                            "authors": authors, "publish_time": publish_time,
                            "body_paragraphs": body}))

GOV_CSS = """
body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333;background:#f4f4f4}
a{color:#333;text-decoration:none}
ul{list-style:none;margin:0;padding:0}
.topbar{background:#eee;height:32px;line-height:32px;font-size:12px;padding:0 40px}
.topbar .r{float:right}
.topbar a{margin:0 6px}
.banner{background:#b71c1c;color:#fff;padding:24px 40px;font-size:30px;font-weight:bold}
.banner small{display:block;font-size:13px;font-weight:normal}
.search{float:right;margin-top:-50px;margin-right:40px}
.nav{background:#c62828}
.nav li{display:inline-block;padding:10px 18px}
.nav a{color:#fff;font-size:16px}
.wrap{width:1100px;margin:0 auto;background:#fff;padding:20px}
.crumb{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding:8px 0}
h1{font-size:24px;text-align:center;color:#b71c1c;line-height:1.6}
.info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding:8px 0}
.info span{margin:0 8px}
.content p{font-size:16px;line-height:2;margin:0 0 12px}
.content img{display:block;margin:10px auto;width:600px;height:360px;background:#ddd}
.caption{text-align:center;font-size:14px;color:#555}
.tools{text-align:right;font-size:13px;margin:20px 0}
.tools a{margin-left:10px}
.share{font-size:13px;color:#666}
.prevnext{border-top:1px solid #ddd;margin-top:10px;padding-top:10px;font-size:14px}
.related h3{font-size:16px;border-left:4px solid #c62828;padding-left:8px}
.related li{padding:4px 0}
.d{float:right;color:#999}
.qr{float:right;width:120px;text-align:center;font-size:12px}
.qr .box{width:100px;height:100px;background:#ccc;margin:0 auto}
.footer{background:#333;color:#ccc;text-align:center;font-size:12px;padding:20px;line-height:2}
.footer a{color:#ccc}
table.dt{border-collapse:collapse;margin:10px auto;font-size:14px}
table.meta{width:100%;border-collapse:collapse;font-size:13px;background:#f9f9f9;margin-bottom:16px}
table.meta td{border:1px solid #ddd;padding:6px}
.editor{text-align:right;color:#666;font-size:14px}
"""

def gov_footer(org, site_code, icp, gongan, extra=""):
    return (f'<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a></p>'
            f'<p>主办单位：{org}　技术支持：{org}信息中心</p>'
            f'<p>网站标识码：{site_code} {icp} <img alt="公安备案" width="16" height="16">{gongan}</p>{extra}'
            f'<p><img alt="政府网站找错" width="100" height="30"> <img alt="党政机关" width="40" height="40"></p></div>')
