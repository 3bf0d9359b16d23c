"""HTML rendering helpers for zh-blind218 (all content invented)."""
import html as H
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def img(alt, cap=None, cls="pic"):
    s = f'<div class="{cls}"><img src="{GIF}" alt="{e(alt)}" width="1" height="1">'
    if cap:
        s += f'<p class="cap">{e(cap)}</p>'
    return s + "</div>"

def body_html(items, ptag="p", indent=True):
    """items: str | ('h',t) | ('li',[..]) | ('ol',[..]) | ('table',rows) | ('img',alt,cap) | ('raw',html)
    | ('right',t) signature/date aligned right."""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f'<{ptag}>{e(it)}</{ptag}>')
        elif it[0] == "h":
            out.append(f'<h3 class="sub">{e(it[1])}</h3>' if indent else f'<p><strong>{e(it[1])}</strong></p>')
        elif it[0] in ("li", "ol"):
            t = "ul" if it[0] == "li" else "ol"
            out.append(f"<{t}>" + "".join(f"<li>{e(x)}</li>" for x in it[1]) + f"</{t}>")
        elif it[0] == "table":
            rows = it[1]
            s = '<table class="dt" border="1" cellspacing="0" cellpadding="4">'
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                s += "<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>"
            out.append(s + "</table>")
        elif it[0] == "img":
            out.append(img(it[1], it[2] if len(it) > 2 else None))
        elif it[0] == "raw":
            out.append(it[1])
        elif it[0] == "right":
            out.append(f'<p style="text-align:right">{e(it[1])}</p>')
        elif it[0] == "center":
            out.append(f'<p style="text-align:center">{e(it[1])}</p>')
    return "\n".join(out)

def gold_paras(items):
    g = []
    for it in items:
        if isinstance(it, str):
            g.append(it)
        elif it[0] in ("h", "right", "center"):
            g.append(it[1])
        elif it[0] in ("li", "ol"):
            g.extend(it[1])
        elif it[0] == "table":
            g.extend(" ".join(r) for r in it[1])
    return g

def page(title, css, inner, charset="utf-8"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>{e(title)}</title>
<style>
body{{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333}}
a{{color:#333;text-decoration:none}} .cap{{text-align:center;color:#666;font-size:13px}}
.pic{{text-align:center}} .pic img{{width:480px;height:270px;background:#ddd}}
table.dt{{border-collapse:collapse;margin:8px auto}} .sub{{font-size:16px}}
ul.nav li,ul.inl li{{display:inline-block;margin:0 8px}} ul.nav,ul.inl{{padding:0}}
{css}
</style></head>
<body>
{inner}
</body></html>
"""

def links(items, cls="inl"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul>"

def gov_footer(site, icp, ga, code, host="政府办公厅", tel="0871-6359xxxx"):
    return (f'<div class="foot">{links(["关于我们", "网站地图", "联系我们", "隐私声明"])}'
            f'<p>主办：{e(site)}{e(host)}　承办：{e(site)}大数据中心</p>'
            f'<p>{e(icp)}　{e(ga)}　网站标识码：{e(code)}</p>'
            f'<p>联系电话：{e(tel)}　建议使用1366×768分辨率浏览</p>'
            f'{img("党政机关标识")}{img("政府网站找错")}</div>')
