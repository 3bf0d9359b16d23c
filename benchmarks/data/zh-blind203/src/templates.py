"""HTML templates imitating several generations of Chinese sites."""
from build import e, img, body_html, links

def H1(p, tag="h1", cls="title"):
    t = "<br>".join(e(x) for x in p["title"].split("\n"))
    return f'<{tag} class="{cls}">{t}</{tag}>'

def doc(p, style, body, charset="utf-8", lang=None):
    lang = lang or ("en" if p.get("lang") == "en" else "zh-CN")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="{charset}">'
            f'<title>{e(p["title"].replace(chr(10), ""))}_{e(p["site"])}</title>\n<style>{style}</style></head>\n'
            f'<body>\n{body}\n</body></html>\n')

def info(p):
    return f'<div class="info">{e(p["info"])}</div>' if p.get("info") else ""

def extra(p, key):
    return "\n".join(f'<p class="x">{e(x)}</p>' for x in p.get(key, []))

def foot(p):
    return "<div class=\"foot\">" + "".join(f"<p>{e(x)}</p>" for x in p.get("foot", [])) + "</div>"

def around(p):
    s = ""
    if p.get("prevnext"):
        s += f'<div class="pn"><p>上一篇：{e(p["prevnext"][0])}</p><p>下一篇：{e(p["prevnext"][1])}</p></div>'
    if p.get("related"):
        s += f'<div class="rel"><h4>{e(p.get("relhead","相关阅读"))}</h4><ul>' + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in p["related"]) + "</ul></div>"
    return s

def parts(p):
    pos = p.get("info_pos", "below")
    pre = f'<p class="pre">{e(p["pre"])}</p>' if p.get("pre") else ""
    sub = f'<p class="sub">{e(p["sub"])}</p>' if p.get("sub") else ""
    head = (info(p) if pos == "above" else "") + pre + H1(p) + sub + (info(p) if pos == "below" else "")
    tail = info(p) if pos == "bottom" else ""
    return head, tail

def gov_table(p):
    st = "body{font:12px SimSun;margin:0}table{border-collapse:collapse}.title{font-size:20px;text-align:center}.info{text-align:center;color:#666}.foot{text-align:center;background:#eee}td{padding:2px}"
    head, tail = parts(p)
    b = f'''<table width="980" align="center"><tr><td>{img(p["site"]+"标志")}</td><td>{links(p.get("top",["设为首页","加入收藏","无障碍","长者模式"]), " ")}</td></tr>
<tr><td colspan="2">{links(p.get("nav",["首页","政务公开","政务服务","互动交流","走进"+p["site"][:2]]), " ")}</td></tr>
<tr><td colspan="2">当前位置：{links(p.get("crumb",["首页","政务公开","通知公告"]), " &gt; ")}</td></tr>
<tr><td colspan="2">{head}
<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
{extra(p,"pre_body")}
<div class="content">{body_html(p["body"])}</div>
{extra(p,"post_body")}{tail}
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
{around(p)}</td></tr>
<tr><td colspan="2">{foot(p)}</td></tr></table>'''
    return doc(p, st, b, charset=p.get("charset", "gb2312"))

def gov_div(p):
    st = ".top{background:#b00;color:#fff}.wrap{width:1100px;margin:auto}.title{font-size:26px;text-align:center}.info{border-bottom:1px solid #ccc;padding:6px}.content p{text-indent:2em;line-height:2}.foot{background:#333;color:#ccc}.share{float:right}"
    head, tail = parts(p)
    xx = ""
    if p.get("index"):
        xx = '<table class="xxgk" border="1">' + "".join(
            "<tr>" + "".join(f"<th>{e(k)}</th><td>{e(v)}</td>" for k, v in row) + "</tr>" for row in p["index"]) + "</table>"
    b = f'''<div class="top"><div class="wrap">{links(p.get("top",["无障碍","长者模式","English","登录","注册"]))}</div></div>
<div class="wrap"><div class="banner">{img(p["site"])}<span>{e(p["site"])}</span><form><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav">{links(p.get("nav",["首页","要闻动态","政务公开","政务服务","政民互动","数据开放"]), " ")}</div>
<div class="crumb">您当前的位置：{links(p.get("crumb",["首页","要闻动态"]), " &gt; ")}</div>
{xx}
<div class="article">{head}
<div class="bar">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <span class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></span></div>
{extra(p,"pre_body")}
<div class="content">{body_html(p["body"])}</div>
{extra(p,"post_body")}{tail}
<div class="bar">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
{around(p)}</div>
{foot(p)}</div>'''
    return doc(p, st, b)

def media(p):
    st = ".hd{display:flex;justify-content:space-between}.main{display:grid;grid-template-columns:3fr 1fr;gap:20px}.title{font-size:30px}.info{color:#999;font-size:13px}.content p{line-height:1.9}.side li{list-style:none}.foot{font-size:12px;color:#888}"
    head, tail = parts(p)
    side = ""
    if p.get("side"):
        side = f'<aside class="side"><h4>{e(p.get("sidehead","热点排行"))}</h4><ul>' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in p["side"]) + "</ul></aside>"
    b = f'''<header class="hd">{img(p["site"]+" logo")}<nav>{links(p.get("nav",["首页","时政","社会","经济","文旅","视频","专题"]), " ")}</nav><form><input type="search" placeholder="搜索"><button>搜索</button></form></header>
<div class="crumb">{links(p.get("crumb",["首页","本地新闻"]), " &gt; ")}</div>
<div class="main"><article>{head}
{extra(p,"pre_body")}
<div class="content">{body_html(p["body"])}</div>
{extra(p,"post_body")}{tail}
<div class="share">分享到：<a href="#">微信</a><a href="#">朋友圈</a><a href="#">微博</a></div>
{around(p)}</article>{side}</div>
<footer>{foot(p)}</footer>'''
    return doc(p, st, b)

def selfmedia(p):
    st = "body{max-width:677px;margin:auto;font-family:sans-serif}.title{font-size:22px}.meta span{margin-right:8px;color:#576b95}.content p{line-height:1.75;margin:0 0 1em}.foot{color:#999;font-size:12px}.btn{user-select:none}"
    head, tail = parts(p)
    top = f'<div class="topbar">{e(p["topbar"])}</div>' if p.get("topbar") else ""
    b = f'''{top}<div id="js_article">{head}
{extra(p,"pre_body")}
<div class="content">{body_html(p["body"])}</div>
{extra(p,"post_body")}{tail}
{around(p)}
{foot(p)}</div>'''
    return doc(p, st, b)

def epaper(p):
    st = "body{background:#e8e8e8}.frame{display:flex}.left{width:420px}.right{flex:1;background:#fff;padding:10px}.pre,.sub{color:#555}.title{font-size:24px}.foot{text-align:center}"
    head, tail = parts(p)
    tl = "".join(f'<li><a href="#">{e(x)}</a></li>' for x in p["titles"])
    b = f'''<div class="topbar">{e(p["site"])} {e(p["issue"])} <a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<div class="frame"><div class="left">{img(p["page"]+" 版面图")}
<div class="pages">{links(p["pages"], " ")}</div>
<div class="list"><h4>本版标题</h4><ul>{tl}</ul></div>
<div class="pn"><a href="#">上一版</a> <a href="#">下一版</a></div></div>
<div class="right"><div class="pos">{e(p["page"])}</div>{head}
{extra(p,"pre_body")}
<div class="content">{body_html(p["body"])}</div>
{extra(p,"post_body")}{tail}
{around(p)}</div></div>
{foot(p)}'''
    return doc(p, st, b)

TEMPLATES = {"gov_table": gov_table, "gov_div": gov_div, "media": media, "self": selfmedia, "epaper": epaper}
