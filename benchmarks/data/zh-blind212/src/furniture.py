"""Shared page furniture and templates for zh-blind212 (all content invented)."""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape


def img(alt):
    return f'<img src="{GIF}" alt="{e(alt)}" width="1" height="1">'


def body_html(items, ptag="p", indent=False):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<{ptag}>{'　　' if indent else ''}{e(it)}</{ptag}>")
        elif it[0] == "h":
            out.append(f"<p><strong>{e(it[1])}</strong></p>")
        elif it[0] == "h3":
            out.append(f"<h3>{e(it[1])}</h3>")
        elif it[0] == "li":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in it[1]) + "</ul>")
        elif it[0] == "t":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in it[1])
            out.append(f'<table class="dt" border="1">{rows}</table>')
        elif it[0] == "img":
            out.append(f'<p class="pic">{img(it[1])}</p><p class="cap">{e(it[2])}</p>')
        elif it[0] == "raw":
            out.append(it[1])
        elif it[0] == "q":
            out.append(f"<blockquote><p>{e(it[1])}</p></blockquote>")
    return "\n".join(out)


def gold_body(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] in ("h", "h3", "q"):
            out.append(it[1])
        elif it[0] == "li":
            out.extend(it[1])
        elif it[0] == "t":
            out.extend(" ".join(r) for r in it[1])
    return out


STYLE = """body{font-family:sans-serif;margin:0;color:#222}a{color:#135;text-decoration:none}
.top,.nav,.foot,.crumb{padding:4px 12px}.nav a{margin-right:14px}.foot{background:#eee;font-size:12px}
.wrap{width:1000px;margin:0 auto}.side{float:right;width:260px}.main{margin-right:280px}
.cap{font-size:12px;color:#666;text-align:center}.dt td{padding:2px 6px}.info{color:#888;font-size:13px}
.noselect{user-select:none}.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:8px}
h1{font-size:26px}.cl{clear:both}"""


def page(title, inner, charset="utf-8", extra_style=""):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}">'
            f"<title>{e(title)}</title><style>{STYLE}{extra_style}</style></head>\n<body>\n{inner}\n</body></html>\n")


def links(items, sep=""):
    return sep.join(f'<a href="#">{e(x)}</a>' for x in items)


def ul(items):
    return "<ul>" + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul>"


def gov_footer(host, unit, icp, ga, code, phone, undertaker=None):
    und = f"承办：{e(undertaker)}　" if undertaker else ""
    return (f'<div class="foot"><p>{links(["关于本网","网站地图","联系我们","隐私声明"]," | ")}</p>'
            f"<p>主办：{e(unit)}　{und}联系电话：{e(phone)}</p>"
            f"<p>网站标识码：{e(code)}　<a href='#'>{e(icp)}</a>　{img('公安备案图标')}{e(ga)}</p>"
            f"<p>{img('党政机关')}{img('政府网站找错')}</p></div>")


def media_footer(name, icp, ga, lic, phone):
    return (f'<div class="foot"><p>{links(["关于我们","广告服务","版权声明","联系方式","招聘信息"]," | ")}</p>'
            f"<p>{e(name)} 版权所有 未经授权禁止转载</p><p>互联网新闻信息服务许可证：{e(lic)}　{e(icp)}　{e(ga)}</p>"
            f"<p>违法和不良信息举报电话：{e(phone)}</p></div>")
