# Furniture library for the zh-blind20 generator (written from scratch; no reader code consulted).
import html as H

def esc(s):
    return H.escape(s, quote=True)

def sp(name):
    """two-character name spaced out the way many CMSs print it: 王  静"""
    return name[0] + "&nbsp;&nbsp;" + name[1] if len(name) == 2 else esc(name)

CSS = {
 "old": "body{font:12px SimSun;margin:0}table{border-collapse:collapse}td{padding:3px}.t{font-size:20px;font-weight:bold;color:#c00;text-align:center}.f{background:#eee;text-align:center;color:#666}a{color:#036}.nav a{color:#fff;margin:0 8px}.nav{background:#1b5ea8}",
 "new": "body{font:15px 'Microsoft YaHei';margin:0}.top{background:#f3f3f3;font-size:12px;padding:4px 20px}.top span{margin-right:12px}.ban{background:#0b4ea2;color:#fff;font-size:28px;padding:18px}.nav ul{list-style:none;display:flex;margin:0;padding:0;background:#0a3f85}.nav li{color:#fff;padding:8px 16px}.crumb{padding:8px 20px;color:#555}.main{width:1000px;margin:0 auto}h1{font-size:24px;text-align:center}.info{color:#888;text-align:center;font-size:13px}.info span{margin:0 6px}.art p{text-indent:2em;line-height:2}.foot{background:#333;color:#ccc;font-size:12px;padding:16px;text-align:center}.rec{border:1px solid #ccc;width:100%}.rec td{border:1px solid #ddd;font-size:13px}.sticky{position:sticky;top:0;background:#fff}",
 "news": "body{font:14px Arial,'PingFang SC';margin:0}.hd a{margin:0 6px;color:#333}h1{font-size:30px}.meta{color:#999}.meta span{margin-right:10px}.side{float:right;width:280px}.cont p{line-height:1.9}.rel li{font-size:13px}.foot{color:#999;font-size:12px;text-align:center}.cap{color:#666;font-size:13px;text-align:center;text-indent:0}",
 "sm": "body{font:16px -apple-system,'PingFang SC';margin:0;color:#222}.bar{display:flex;justify-content:space-between;padding:10px;border-bottom:1px solid #eee}h1{font-size:26px}.acc{color:#576b95}.art p{line-height:1.8}.foot{color:#aaa;font-size:12px}.cap{color:#999;font-size:13px;text-align:center}",
 "ep": "body{font:14px SimSun;margin:0}.ephead{background:#8b0000;color:#fff;padding:10px}.bm a{margin:0 6px}.yt{font-size:16px;color:#333;text-align:center}.zt{font-size:26px;font-weight:bold;text-align:center}.ft{font-size:16px;text-align:center}.au{text-align:center;color:#555}.ct p{text-indent:2em;line-height:1.8}.left{float:left;width:300px}",
 "inst": "body{font:14px 'Microsoft YaHei';margin:0}.logo{font-size:24px;padding:14px;background:#7a1a1a;color:#fff}.menu a{margin:0 10px}.pos{font-size:12px;color:#666}h2{text-align:center}.sub{text-align:center;color:#999;font-size:12px}.txt p{text-indent:2em;line-height:2}.bot{font-size:12px;color:#999;text-align:center}",
}

def doc(title_tag, style, inner):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=utf-8><title>%s</title><style>%s</style></head>\n<body>\n%s\n</body></html>\n"
            % (esc(title_tag), CSS[style], inner))

def ul(items, cls="rel"):
    return "<ul class=%s>%s</ul>" % (cls, "".join("<li>%s</li>" % i for i in items))

def links(items, sep=""):
    return sep.join("<a href=\"#\">%s</a>" % esc(i) for i in items)

def body_html(items, indent=False, sub="h4"):
    """items: str | ('h',s) | ('img',alt,cap) | ('tbl',rows) | ('c',s) right/centre-aligned doc line | ('x',html) non-body"""
    out, gold = [], []
    pre = "\u3000\u3000" if indent else ""
    for it in items:
        if isinstance(it, str):
            out.append("<p>%s%s</p>" % (pre, esc(it))); gold.append(it)
        elif it[0] == "h":
            if sub == "strong":
                out.append("<p><strong>%s</strong></p>" % esc(it[1]))
            else:
                out.append("<%s>%s</%s>" % (sub, esc(it[1]), sub))
            gold.append(it[1])
        elif it[0] == "img":
            out.append("<p style=\"text-align:center;text-indent:0\"><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"%s\" width=600 height=400></p>" % esc(it[1]))
            if it[2]:
                out.append("<p class=cap style=\"text-align:center;text-indent:0\">%s</p>" % esc(it[2]))
        elif it[0] == "tbl":
            rows = it[1]
            t = "<table border=1 cellspacing=0 style=\"margin:auto\">" + "".join(
                "<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows) + "</table>"
            out.append(t)
            gold.extend(" ".join(r) for r in rows)
        elif it[0] == "c":
            out.append("<p style=\"text-align:right\">%s</p>" % esc(it[1])); gold.append(it[1])
        elif it[0] == "a":   # attachment line, body
            out.append("<p><a href=\"#\">%s</a></p>" % esc(it[1])); gold.append(it[1])
        elif it[0] == "x":
            out.append(it[1])
    return "\n".join(out), gold

# ---------- shared furniture pieces ----------
def gov_top(variant):
    if variant == 0:
        return "<div class=top><span>无障碍</span><span>长者模式</span><span>繁體</span><span>English</span><span>登录</span><span>注册</span></div>"
    if variant == 1:
        return "<div class=top>欢迎访问！今天是：<span>2025年6月3日</span> <span>简体版</span>|<span>繁体版</span> <span>无障碍浏览</span> <span>关怀版</span></div>"
    return "<div class=top><span>手机版</span><span>微信</span><span>微博</span><span>智能问答</span><span>适老化</span></div>"

def search(ph, btn="搜索"):
    return "<form><input type=text placeholder=\"%s\"> <button type=button>%s</button></form>" % (esc(ph), btn)

def gov_foot(org, code, icp, ga, extra=""):
    return ("<div class=foot><p>%s<a href=#>网站地图</a> | <a href=#>联系我们</a> | <a href=#>隐私声明</a></p>"
            "<p>主办单位：%s 承办：%s政务服务数据管理局</p><p>网站标识码：%s %s <img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\">%s</p></div>"
            % (extra, esc(org), esc(org[:3]), code, icp, ga))
