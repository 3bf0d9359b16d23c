"""Page furniture and HTML rendering for zh-blind211 (all invented)."""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

CSS = {
 "table": "body{font:12px SimSun;margin:0}table{border-collapse:collapse}td{padding:2px}.w{width:960px;margin:0 auto}.t{font-size:20px;font-weight:bold;text-align:center}.nav a{margin:0 6px}.foot{text-align:center;color:#666}",
 "div": "body{font:14px/1.8 'Microsoft YaHei';margin:0}.w{max-width:1200px;margin:0 auto}.top{background:#f3f3f3}.nav a{margin:0 10px}h1{font-size:26px;text-align:center}.info{color:#888;text-align:center}.foot{background:#333;color:#ccc;padding:12px}",
 "grid": "body{font:16px/1.7 sans-serif;margin:0}.g{display:grid;grid-template-columns:3fr 1fr;gap:20px;max-width:1180px;margin:auto}h1{font-size:30px}.meta span{margin-right:12px}.side{background:#fafafa}.foot{font-size:12px;color:#777}",
 "app": "body{font:17px/1.75 -apple-system,sans-serif;margin:0 auto;max-width:680px;padding:0 16px}h1{font-size:22px}.acct{color:#576b95}.bar{color:#999;font-size:14px}.btm{color:#999}",
 "epaper": "body{font:14px SimSun;margin:0}.l{float:left;width:300px}.r{margin-left:320px}.yt,.ft{color:#555}.zt{font-size:24px;font-weight:bold}.bb li{list-style:none}",
}

def e(s):
    return H.escape(s, quote=False)

def gold_body(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] in ("h", "hb"):
            out.append(it[1])
        elif it[0] in ("ul", "ol"):
            out.extend(it[1])
        elif it[0] == "tbl":
            out.extend(" ".join(r) for r in it[1])
    return [x for x in out if x]

def body_html(items):
    h = []
    for it in items:
        if isinstance(it, str):
            h.append("<p>%s</p>" % e(it))
        elif it[0] == "h":
            h.append("<h3>%s</h3>" % e(it[1]))
        elif it[0] == "hb":
            h.append("<p><strong>%s</strong></p>" % e(it[1]))
        elif it[0] == "ul":
            h.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in it[1]))
        elif it[0] == "ol":
            h.append("<div>%s</div>" % "".join("<div>%s</div>" % e(x) for x in it[1]))
        elif it[0] == "tbl":
            rows = it[1]
            h.append('<table border="1" cellspacing="0">%s</table>' % "".join(
                "<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in rows))
        elif it[0] == "img":
            h.append('<p style="text-align:center"><img src="%s" alt="%s" width="600" height="1"></p><p class="cap">%s</p>' % (GIF, e(it[1]), e(it[2])))
        elif it[0] == "by":
            h.append('<p class="by">%s</p>' % e(it[1]))
        elif it[0] == "raw":
            h.append(it[1])
    return "\n".join(h)

def img(alt, w=1):
    return '<img src="%s" alt="%s" width="%d" height="1">' % (GIF, e(alt), w)

def nav(items, sep=" "):
    return '<div class="nav">' + sep.join('<a href="#">%s</a>' % e(x) for x in items) + "</div>"

def crumbs(form, parts):
    return '<div class="crumb">%s%s</div>' % (e(form), " &gt; ".join('<a href="#">%s</a>' % e(p) for p in parts))

def share(kind=0):
    return ['<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>',
            '<div class="share">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>',
            '<div class="share">' + img("扫一扫在手机打开当前页") + '<span>扫一扫在手机打开当前页</span> <a href="#">打印本页</a> <a href="#">关闭窗口</a></div>',
            '<div class="share"><span>分享：</span>' + img("微信") + img("微博") + img("复制链接") + "</div>"][kind]

def related(title, items):
    return '<div class="rel"><h4>%s</h4><ul>%s</ul></div>' % (e(title), "".join('<li><a href="#">%s</a></li>' % e(x) for x in items))

def prevnext(a, b):
    return '<div class="pn"><p>上一篇：<a href="#">%s</a></p><p>下一篇：<a href="#">%s</a></p></div>' % (e(a), e(b))

def footer(lines):
    return '<div class="foot">%s</div>' % "".join("<p>%s</p>" % e(x) for x in lines)

def page(title_tag, css, parts, charset="utf-8"):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="%s"><title>%s</title><style>%s</style></head>\n<body>\n%s\n</body></html>\n'
            % (charset, e(title_tag), CSS[css], "\n".join(p for p in parts if p)))
