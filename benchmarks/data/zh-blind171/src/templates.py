"""Page layouts.  Each function takes a page description and the rendered body and returns
(html, css).  Per-page knobs (header lines, nav, info bar markup and place, share row, lists,
footer) make every page its own template inside a family."""
from html import escape as e

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def A(items, sep=""):
    return sep.join(f'<a href="#">{e(x)}</a>' for x in items)


def UL(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul>"


def lines(xs, tag="p"):
    return "\n".join(f"<{tag}>{x}</{tag}>" for x in xs)


def heads(p, tag="h1"):
    s = ""
    if p.get("pre"):
        s += f'<p class="yin">{e(p["pre"])}</p>\n'
    t = p.get("title_html") or e(p["title"])
    s += f"<{tag} class=\"tt\">{t}</{tag}>\n"
    if p.get("sub"):
        s += f'<p class="fu">{e(p["sub"])}</p>\n'
    return s


def crumbs(p):
    c = p.get("crumbs")
    if not c:
        return ""
    lab = p.get("crumb_label", "当前位置：")
    sep = p.get("crumb_sep", " &gt; ")
    return f'<div class="crumb">{lab}' + sep.join(f'<a href="#">{e(x)}</a>' for x in c[:-1]) + sep + e(c[-1]) + "</div>"


def info(p):
    return f'<div class="info">{p["info"]}</div>' if p.get("info") else ""


def extra(p, key):
    return "\n".join(p.get(key, []))


def related(p):
    if not p.get("related"):
        return ""
    return f'<div class="rel"><h4>{e(p.get("related_head", "相关阅读"))}</h4>{UL(p["related"])}</div>'


def prevnext(p):
    if not p.get("prevnext"):
        return ""
    a, b = p["prevnext"]
    return f'<div class="pn"><p>上一篇：<a href="#">{e(a)}</a></p><p>下一篇：<a href="#">{e(b)}</a></p></div>'


def footer(p):
    return '<div class="foot">' + lines(p.get("footer", [])) + "</div>"


# ---------------------------------------------------------------- 2000s/2010s table layout
def tbl(p, body):
    css = """body{margin:0;font:12px/1.8 SimSun,serif;background:#eef}td{vertical-align:top}
.tt{font-size:20px;color:#c00;text-align:center}.info{text-align:center;color:#666;border-bottom:1px dashed #999}
.foot{text-align:center;background:#036;color:#fff}.crumb{padding:4px}.fu,.yin{text-align:center}"""
    top = A(p.get("topbar", []), " | ")
    nav = "".join(f'<td><a href="#">{e(x)}</a></td>' for x in p.get("nav", []))
    side = ""
    if p.get("sidebar"):
        side = '<td width="200" class="side">' + "".join(
            f"<h4>{e(h)}</h4>{UL(xs)}" for h, xs in p["sidebar"]) + "</td>"
    ip = p.get("info_pos", "below")
    art = (info(p) if ip == "above" else "") + heads(p, p.get("htag", "h1")) + (info(p) if ip == "below" else "")
    art += f'<div class="content">{body}</div>' + (info(p) if ip == "bottom" else "")
    art += extra(p, "after_body") + prevnext(p) + related(p)
    html = f"""<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td>{top}</td></tr>
<tr><td class="banner"><img src="{GIF}" alt="{e(p.get('logo_alt', p['site']))}" width="1" height="1"> {extra(p, 'banner')}</td></tr>
<tr><td><table width="100%"><tr>{nav}</tr></table></td></tr>
<tr><td>{crumbs(p)}</td></tr>
<tr><td><table width="100%"><tr>{side}<td>{art}</td></tr></table></td></tr>
<tr><td>{footer(p)}</td></tr>
</table>"""
    return html, css


# ---------------------------------------------------------------- div portal / responsive
def div(p, body):
    css = """body{margin:0;font:16px/1.9 "PingFang SC","Microsoft YaHei",sans-serif;color:#222}
header,nav,footer,main{display:block}.wrap{max-width:1200px;margin:auto}nav a{margin:0 12px}
.tt{font-size:30px}.info span{margin-right:18px;color:#888}.foot{background:#f3f3f3;font-size:13px}
.share a{margin-right:8px}.side{float:right;width:300px}.yin,.fu{color:#555}"""
    top = '<div class="top">' + A(p.get("topbar", []), " ") + "</div>"
    ip = p.get("info_pos", "below")
    art = crumbs(p) if p.get("crumb_in_art") else ""
    art += (info(p) if ip == "above" else "") + heads(p) + (info(p) if ip == "below" else "")
    art += extra(p, "before_body")
    art += f'<div class="article-content">{body}</div>' + (info(p) if ip == "bottom" else "")
    art += extra(p, "after_body")
    if p.get("share"):
        art += '<div class="share">' + p["share"] + "</div>"
    art += prevnext(p) + related(p)
    side = ""
    if p.get("sidebar"):
        side = '<aside class="side">' + "".join(f"<h4>{e(h)}</h4>{UL(xs)}" for h, xs in p["sidebar"]) + "</aside>"
    html = f"""{top}
<header class="wrap"><div class="logo"><img src="{GIF}" alt="{e(p.get('logo_alt', ''))}">{extra(p, 'banner')}</div></header>
<nav class="wrap">{A(p.get('nav', []))}</nav>
<main class="wrap">{'' if p.get('crumb_in_art') else crumbs(p)}{side}<article>{art}</article></main>
<footer>{footer(p)}</footer>"""
    return html, css


# ---------------------------------------------------------------- app share / self-media page
def app(p, body):
    css = """body{margin:0;font:17px/1.75 -apple-system,sans-serif;max-width:680px;margin:auto}
.tt{font-size:24px}.acct{display:flex;gap:8px;color:#576b95}.open{background:#f85959;color:#fff;text-align:center}
.cmt{color:#999}.foot{font-size:12px;color:#aaa}"""
    html = extra(p, "banner") + "\n"
    if p.get("nav"):
        html += "<div class='nav'>" + A(p["nav"], " ") + "</div>\n"
    ip = p.get("info_pos", "below")
    html += (info(p) if ip == "above" else "") + heads(p, "h1") + (info(p) if ip == "below" else "")
    html += f'<div id="js_content">{body}</div>' + (info(p) if ip == "bottom" else "")
    html += "\n" + extra(p, "after_body") + "\n" + related(p) + "\n" + footer(p)
    return html, css


# ---------------------------------------------------------------- newspaper e-paper
def epaper(p, body):
    css = """body{margin:0;font:14px/1.8 SimSun,serif}.ep{display:flex}.left{width:380px}.right{flex:1}
.yin,.fu{text-align:center;color:#333}.tt{text-align:center;font-size:24px}.info{text-align:center}"""
    left = extra(p, "ep_left")
    right = extra(p, "ep_top") + "\n" + heads(p, p.get("htag", "h1")) + info(p)
    right += f'<div class="ct">{body}</div>' + extra(p, "after_body") + related(p)
    html = f"""<div class="head">{extra(p, 'banner')}</div>
<div class="bar">{A(p.get('nav', []), ' ')}</div>
<div class="ep"><div class="left">{left}</div><div class="right">{right}</div></div>
{footer(p)}"""
    return html, css
