# helpers: page furniture and body rendering for the zh-blind8 generator
import html as H
E = H.escape

CSS = """body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333;font-size:14px}
a{color:#333;text-decoration:none}.w{width:1100px;margin:0 auto}
.top{background:#f2f2f2;font-size:12px;padding:4px 0}.top span,.top a{margin-right:12px}
.banner{background:#b5121b;color:#fff;padding:18px 0;font-size:28px}.banner.blue{background:#1d5fa8}.banner.green{background:#1f7a4d}
.nav a{display:inline-block;padding:8px 14px;color:#fff}.nav{background:#8e0d14}.nav.blue{background:#164b86}.nav.green{background:#165c3a}
.crumb{padding:8px 0;font-size:13px;color:#666}.info{color:#888;font-size:13px;text-align:center;border-bottom:1px dashed #ccc;padding:8px 0}
.info span{margin:0 8px}h1{font-size:24px;text-align:center;color:#222;line-height:1.5}
.content p{line-height:2;font-size:16px;margin:0 0 12px}.content img{display:block;margin:8px auto;width:400px;height:240px;background:#ddd}
.cap{text-align:center;font-size:13px;color:#666}.right{text-align:right}.side{float:right;width:260px}.main{width:800px}
.foot{background:#eee;font-size:12px;text-align:center;padding:14px 0;margin-top:20px;line-height:2}
.share a{margin-right:8px;font-size:12px}.rel li{font-size:13px;line-height:1.9}.sticky{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd}
table.t{border-collapse:collapse;margin:10px auto}table.t td,table.t th{border:1px solid #999;padding:4px 8px}
table.meta{border-collapse:collapse;width:100%;font-size:13px;background:#f7f9fc}table.meta td{border:1px solid #dfe4ea;padding:5px 8px}
.yin,.fu{text-align:center;font-size:17px;color:#555}.ed{color:#777;font-size:13px;text-align:right}
"""

def page(title_tag, body, extra_css=""):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title>\n<style>%s%s</style></head>\n<body>\n%s\n</body></html>\n"
            % (E(title_tag), CSS, extra_css, body))

def ul(items, cls="rel"):
    return "<ul class=\"%s\">%s</ul>" % (cls, "".join("<li><a href=\"#\">%s</a></li>" % i for i in items))

def crumb(parts, lead="您当前所在位置：", sep=" &gt; "):
    return "<div class=\"crumb\">%s%s</div>" % (lead, sep.join("<a href=\"#\">%s</a>" % p for p in parts))

def nav(items, cls="nav"):
    return "<div class=\"%s\"><div class=\"w\">%s</div></div>" % (cls, "".join("<a href=\"#\">%s</a>" % i for i in items))

def search(ph, btn="搜索"):
    return "<form class=\"s\"><input type=\"text\" placeholder=\"%s\"><button type=\"button\">%s</button></form>" % (E(ph), btn)

def render_body(paras, indent=False, pcls=""):
    """paras: list of strings. Prefixes: 'H|' sub-heading, 'IMG|alt|caption', 'T|a|b|c' table row
    (consecutive rows form one table; first row with 'TH|' is a header row), 'R|' right-aligned."""
    out, gold, rows = [], [], []
    ind = "\u3000\u3000" if indent else ""
    def flush():
        if rows:
            out.append("<table class=\"t\">" + "".join(rows) + "</table>")
            rows.clear()
    for p in paras:
        if p.startswith("T|") or p.startswith("TH|"):
            tag = "th" if p.startswith("TH|") else "td"
            cells = p.split("|")[1:]
            rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, E(c), tag) for c in cells) + "</tr>")
            gold.append(" ".join(cells))
            continue
        flush()
        if p.startswith("H|"):
            out.append("<p%s><strong>%s</strong></p>" % (pcls, E(p[2:])))
            gold.append(p[2:])
        elif p.startswith("IMG|"):
            _, alt, cap = p.split("|")
            out.append("<p class=\"cap\"><img alt=\"%s\" src=\"data:,\"></p>" % E(alt))
            if cap:
                out.append("<p class=\"cap\">%s</p>" % E(cap))
        elif p.startswith("R|"):
            out.append("<p class=\"right\">%s</p>" % E(p[2:]))
            gold.append(p[2:])
        elif p.startswith("X|"):  # shown, not body (credit lines etc.)
            out.append("<p%s>%s</p>" % (pcls, E(p[2:])))
        else:
            out.append("<p%s>%s%s</p>" % (pcls, ind, E(p)))
            gold.append(p)
    flush()
    return "\n".join(out), gold
