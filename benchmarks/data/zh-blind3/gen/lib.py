"""Helpers for building the zh-blind3 pages: furniture snippets, body rendering, gold body."""
import html as H

E = H.escape


def topbar(items, right=None, cls="topbar"):
    s = f'<div class="{cls}"><div class="w">' + "".join(f'<span class="tb">{x}</span>' for x in items)
    if right:
        s += '<span class="r">' + " ".join(f'<a href="#">{x}</a>' for x in right) + "</span>"
    return s + "</div></div>\n"


def banner(name, sub="", extra=""):
    return (f'<div class="banner"><div class="w"><div class="logo"><img src="logo.png" alt="{E(name)}">'
            f'<span class="sitename">{E(name)}</span>' + (f'<span class="sub">{sub}</span>' if sub else "") +
            f'</div>{extra}</div></div>\n')


def search(ph, btn="搜索"):
    return f'<div class="search"><input type="text" placeholder="{E(ph)}"><button>{btn}</button></div>'


def nav(items, cls="nav"):
    return f'<div class="{cls}"><ul>' + "".join(f'<li><a href="#">{x}</a></li>' for x in items) + "</ul></div>\n"


def crumbs(text, cls="crumb"):
    return f'<div class="{cls}">{text}</div>\n'


def linklist(title, items, cls="side"):
    s = f'<div class="{cls}"><h3>{title}</h3><ul>'
    for it in items:
        if isinstance(it, tuple):
            s += f'<li><a href="#">{E(it[0])}</a><span class="d">{E(it[1])}</span></li>'
        else:
            s += f'<li><a href="#">{E(it)}</a></li>'
    return s + "</ul></div>\n"


def footer(lines, cls="footer"):
    return f'<div class="{cls}">' + "".join(f"<p>{x}</p>" for x in lines) + "</div>\n"


def qr(caption="扫一扫在手机打开当前页"):
    return f'<div class="qr"><img src="qr.png" alt="二维码"><p>{caption}</p></div>\n'


def share(label="分享到：", items=("微信", "微博", "QQ空间")):
    return f'<div class="share">{label}' + "".join(f'<a href="#" class="s">{x}</a>' for x in items) + "</div>\n"


def prevnext(prev, nxt, a="上一篇：", b="下一篇："):
    return (f'<div class="pn"><p>{a}<a href="#">{E(prev)}</a></p><p>{b}<a href="#">{E(nxt)}</a></p></div>\n')


def render_body(body, indent=False, pcls=None):
    """body items: str = paragraph; ('h', t) subheading; ('b', t) bold-paragraph subheading;
    ('img', alt, caption); ('table', rows, caption_or_None); ('li', [items]); ('ol', [items]);
    ('x', html) not gold; ('r', t) right-aligned gold paragraph (署名/日期); ('c', t) centered gold."""
    out = []
    ind = "\u3000\u3000" if indent else ""
    pc = f' class="{pcls}"' if pcls else ""
    for it in body:
        if isinstance(it, str):
            out.append(f"<p{pc}>{ind}{E(it)}</p>")
        elif it[0] == "h":
            out.append(f"<h3>{E(it[1])}</h3>")
        elif it[0] == "b":
            out.append(f"<p{pc}>{ind}<strong>{E(it[1])}</strong></p>")
        elif it[0] == "img":
            alt, cap = it[1], it[2]
            s = f'<p class="pic" style="text-align:center"><img src="p.jpg" alt="{E(alt)}"></p>'
            if cap:
                s += f'<p class="caption" style="text-align:center">{E(cap)}</p>'
            out.append(s)
        elif it[0] == "table":
            rows = it[1]
            s = '<table class="data" border="1">'
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                s += "<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>"
            out.append(s + "</table>")
        elif it[0] in ("li", "ol"):
            t = "ul" if it[0] == "li" else "ol"
            out.append(f"<{t} class='blist'>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + f"</{t}>")
        elif it[0] == "x":
            out.append(it[1])
        elif it[0] == "r":
            out.append(f'<p style="text-align:right">{E(it[1])}</p>')
        elif it[0] == "c":
            out.append(f'<p style="text-align:center">{E(it[1])}</p>')
        elif it[0] == "ind":
            out.append(f"<p>\u3000\u3000{E(it[1])}</p>")
    return "\n".join(out) + "\n"


def gold_body(body):
    g = []
    for it in body:
        if isinstance(it, str):
            g.append(it)
        elif it[0] in ("h", "b", "r", "c", "ind"):
            g.append(it[1])
        elif it[0] == "table":
            g.extend(" ".join(c for c in r) for r in it[1])
        elif it[0] in ("li", "ol"):
            g.extend(it[1])
    return g


CSS = """
body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333;background:#fff}
a{color:#333;text-decoration:none}.w{width:1200px;margin:0 auto}
.topbar{background:#f2f2f2;border-bottom:1px solid #ddd;font-size:12px;line-height:30px}
.topbar .tb{margin-right:14px}.topbar .r{float:right}.topbar .r a{margin-left:10px}
.banner{height:110px;background:linear-gradient(#1a5fb4,#2c7be5);color:#fff}
.banner .sitename{font-size:30px;font-weight:bold;margin-left:10px;line-height:110px}
.banner .sub{margin-left:16px;font-size:14px}
.search{display:inline-block;float:right;margin-top:38px}.search input{width:220px;height:28px}
.nav{background:#0b4a99}.nav ul{margin:0 auto;width:1200px;padding:0;list-style:none;overflow:hidden}
.nav li{float:left}.nav a{display:block;color:#fff;padding:0 22px;line-height:44px;font-size:16px}
.crumb{width:1200px;margin:12px auto;font-size:13px;color:#666}
.main{width:1200px;margin:0 auto;overflow:hidden}.content{width:860px;float:left}
.sidebar{width:300px;float:right}.side h3{font-size:16px;border-bottom:2px solid #0b4a99}
.side ul{padding-left:18px}.side li{line-height:26px}.side .d{float:right;color:#999;font-size:12px}
h1{font-size:26px;text-align:center;line-height:40px}
.info{text-align:center;color:#666;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}
.info span{margin:0 8px}.article p{line-height:30px;font-size:16px;text-indent:2em;margin:0 0 14px}
.article p.pic,.article p.caption{text-indent:0}.caption{color:#555;font-size:14px}
.article h3{font-size:17px}.data{border-collapse:collapse;margin:10px auto}.data td,.data th{padding:4px 10px}
.share{margin:16px 0;color:#666}.share a{margin:0 6px}
.tools{text-align:right;margin:10px 0}.tools a{margin-left:8px}
.pn{border-top:1px solid #eee;margin-top:16px}.pn p{margin:6px 0}
.qr{text-align:center;font-size:12px;color:#666}.qr img{width:100px;height:100px}
.footer{background:#2b2b2b;color:#bbb;text-align:center;font-size:12px;padding:18px 0;line-height:22px;clear:both}
.footer p{margin:2px 0}.hot li{line-height:26px}.edit{text-align:right;color:#666}
table.layout{border-collapse:collapse}.small{font-size:12px;color:#888}
"""


def page(title_tag, inner, css_extra="", charset="utf-8"):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n'
            f'<title>{E(title_tag)}</title>\n<style>{CSS}{css_extra}</style>\n</head>\n<body>\n{inner}</body>\n</html>\n')
