"""Page templates for zh-blind43. Each template takes a page dict and returns HTML.

Page dict keys: id, tpl, lang, site, title (gold), tl (display lines, default [title]),
yin (引题), fu (副题), info (html of the info bar), ipos ('above'/'below' title),
under (html right under the title, e.g. a byline), body (list of items), after (html after
the body, not gold), crumbs (list), authors, time.
Body items: str -> <p>; ('h', s) -> sub-heading; ('t', rows) -> table (gold: each row, cells
joined by a space); ('img', alt, caption) -> image + caption (not gold); ('r', s) -> right-aligned
paragraph (gold); ('x', html) -> non-gold html inside the article.
"""
import html as H

E = H.escape


def body_html(p, pstyle=""):
    out = []
    for it in p["body"]:
        if isinstance(it, str):
            out.append(f"<p{pstyle}>{E(it)}</p>")
        elif it[0] == "h":
            out.append(f"<p{pstyle}><strong>{E(it[1])}</strong></p>")
        elif it[0] == "h3":
            out.append(f"<h3>{E(it[1])}</h3>")
        elif it[0] == "r":
            out.append(f'<p style="text-align:right">{E(it[1])}</p>')
        elif it[0] == "t":
            rows = it[1]
            tr = []
            for i, r in enumerate(rows):
                tag = "th" if i == 0 and it[2:] == ("head",) else "td"
                tr.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(tr) + "</table>")
        elif it[0] == "img":
            out.append(f'<p class="img" style="text-align:center"><img src="data:," alt="{E(it[1])}" width="600" height="10"></p>')
            if it[2]:
                out.append(f'<p class="cap" style="text-align:center;color:#666">{E(it[2])}</p>')
        elif it[0] == "x":
            out.append(it[1])
    return "\n".join(out)


def title_html(p, tag="h1", cls="title"):
    lines = p.get("tl") or [p["title"]]
    s = "<br>".join(E(l) for l in lines)
    r = ""
    if p.get("yin"):
        r += f'<div class="yin">{E(p["yin"])}</div>'
    r += f'<{tag} class="{cls}">{s}</{tag}>'
    if p.get("fu"):
        r += f'<div class="fu">{E(p["fu"])}</div>'
    return r


def head(p, css):
    return (f'<!DOCTYPE html><html lang="{p.get("lang","zh")}"><head><meta charset="utf-8">'
            f'<title>{E(p.get("htitle") or p["title"])}</title><style>body{{font-family:sans-serif;margin:0}}'
            f'a{{color:#333;text-decoration:none}} .dt td,.dt th{{padding:4px 8px}} {css}</style></head><body>')


def ul(items, cls="list"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{E(a)}</a>{(" <span>"+E(b)+"</span>") if b else ""}</li>' for a, b in items) + "</ul>"


def crumbs(p, lead="您当前所在位置：", sep=" &gt; "):
    return f'<div class="crumb">{lead}' + sep.join(f'<a href="#">{E(c)}</a>' for c in p["crumbs"]) + "</div>"


def around(p, t, pieces):
    """place info bar above or below title"""
    info = f'<div class="info">{p.get("info","")}</div>' if p.get("info") else ""
    under = p.get("under", "")
    if p.get("ipos") == "above":
        return info + t + under
    return t + under + info


# ---------------------------------------------------------------- government, 2020s portal
def gov_new(p):
    css = (".top{background:#f3f3f3;font-size:12px;padding:4px 40px}.top span{margin-right:14px}"
           ".banner{background:#b8231f;color:#fff;padding:24px 40px;font-size:30px}"
           ".nav a{display:inline-block;padding:10px 16px;color:#fff}.nav{background:#9c1c19}"
           ".sticky{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:6px 40px;font-size:12px}"
           ".wrap{width:1000px;margin:0 auto}.title{text-align:center;font-size:26px}.info{text-align:center;color:#777;font-size:13px;border-bottom:1px dashed #ccc;padding:8px}"
           ".content p{text-indent:2em;line-height:2}.side{font-size:13px}.foot{background:#eee;padding:20px;font-size:12px;text-align:center}")
    s = head(p, css)
    s += p.get("topbar") or ('<div class="top"><span>' + E(p.get("today", "今天是：2025年6月3日 星期二")) + '</span><span><a href="#">无障碍</a></span>'
          '<span><a href="#">长者模式</a></span><span><a href="#">繁體</a></span><span><a href="#">English</a></span>'
          '<span><a href="#">登录</a></span><span><a href="#">注册</a></span><span><a href="#">政务微博</a></span><span><a href="#">政务微信</a></span></div>')
    s += f'<div class="banner">{E(p["site"])}<input type="text" placeholder="{E(p.get("ph","请输入关键词"))}" style="margin-left:60px"><button>搜索</button></div>'
    s += '<div class="nav">' + "".join(f'<a href="#">{n}</a>' for n in p.get("nav", ["首页", "政务公开", "政务服务", "互动交流", "数据开放", "专题专栏"])) + "</div>"
    s += f'<div class="sticky">{crumbs(p)}</div><div class="wrap">'
    s += around(p, title_html(p), None)
    s += '<div class="content">' + body_html(p) + "</div>" + p.get("after", "")
    s += ('<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'
          '<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>')
    s += f'<div class="pn"><p>上一篇：<a href="#">{E(p.get("prev","关于开展2025年“安全生产月”活动的通知"))}</a></p><p>下一篇：<a href="#">{E(p.get("next","我市召开防汛抗旱工作部署会"))}</a></p></div>'
    s += '<div class="side"><h4>相关文章</h4>' + ul(p.get("rel", [])) + '<p><img src="data:," alt="二维码" width="80" height="80"></p><p>扫一扫在手机打开当前页</p></div></div>'
    s += f'<div class="foot">{p.get("foot","")}</div></body></html>'
    return s


# ---------------------------------------------------------------- government, 2010s table layout
def gov_old(p):
    css = (".hd{background:#1f5aa6;color:#fff;font-size:28px;padding:18px}.m a{margin:0 10px;color:#fff}.m{background:#164a8c;padding:8px}"
           ".title{font-size:22px;color:#c00;text-align:center}.info{text-align:center;font-size:12px;background:#f5f5f5}"
           "td{font-size:14px}.content p{line-height:1.9}")
    s = head(p, css)
    s += f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="hd">{E(p["site"])}</td><td class="hd" style="font-size:12px">设为首页 | 加入收藏 | 网站地图</td></tr>'
    s += '<tr><td colspan="2" class="m">' + "".join(f'<a href="#">{n}</a>' for n in p.get("nav", ["网站首页", "政务动态", "信息公开", "办事服务", "公众参与", "魅力乡村"])) + "</td></tr>"
    s += f'<tr><td colspan="2">{crumbs(p, "当前位置：", " &gt;&gt; ")}</td></tr></table>'
    s += '<table width="980" align="center" border="0"><tr><td width="240" valign="top"><b>栏目导航</b>' + ul([(c, "") for c in p.get("side", ["工作动态", "通知公告", "乡镇动态", "部门动态"])]) + "</td>"
    s += '<td valign="top">' + around(p, title_html(p, "div"), None)
    s += '<div class="content">' + body_html(p) + "</div>" + p.get("after", "")
    s += '<div style="text-align:right">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>'
    s += f'<p>上一条：<a href="#">{E(p.get("prev","全县召开森林防火工作会议"))}</a><br>下一条：<a href="#">{E(p.get("next","县领导督导检查安全生产工作"))}</a></p>'
    s += "</td></tr></table>"
    s += f'<table width="980" align="center"><tr><td style="text-align:center;font-size:12px;border-top:2px solid #1f5aa6">{p.get("foot","")}</td></tr></table></body></html>'
    return s


# ---------------------------------------------------------------- government, information disclosure document
def gov_doc(p):
    css = (".hd{background:#0b5f9e;color:#fff;padding:20px 60px;font-size:26px}.top{font-size:12px;padding:4px 60px;background:#eef}"
           ".meta{width:900px;margin:10px auto;border-collapse:collapse;font-size:13px}.meta td{border:1px solid #ccc;padding:6px}"
           ".wrap{width:900px;margin:0 auto}.title{text-align:center;font-size:22px}.wh{text-align:center}.content p{text-indent:2em;line-height:2}"
           ".foot{font-size:12px;text-align:center;background:#f0f0f0;padding:16px}")
    s = head(p, css)
    s += '<div class="top"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">简</a>/<a href="#">繁</a> | <a href="#">个人登录</a> <a href="#">法人登录</a></div>'
    s += f'<div class="hd">{E(p["site"])}</div>' + crumbs(p, "您现在的位置：", " &gt; ")
    s += '<table class="meta">'
    for row in p["meta"]:
        s += "<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>"
    s += '</table><div class="wrap">' + title_html(p, "h1")
    if p.get("info"):
        s += f'<div class="info">{p["info"]}</div>'
    s += f'<p class="wh">{E(p.get("wh",""))}</p><div class="content">' + body_html(p) + "</div>" + p.get("after", "")
    s += '<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】【<a href="#">下载文件</a>】</p>'
    s += '<h4>相关解读</h4>' + ul(p.get("rel", [])) + '</div>'
    s += f'<div class="foot">{p.get("foot","")}</div></body></html>'
    return s


# ---------------------------------------------------------------- news portal
def news(p):
    css = (".nav{background:#222;color:#fff;padding:8px 30px;font-size:14px}.nav a{color:#fff;margin-right:14px}"
           ".logo{font-size:30px;font-weight:bold;padding:14px 30px;color:#c00}.main{width:700px;float:left;margin-left:30px}"
           ".aside{width:300px;float:right;margin-right:30px;font-size:13px}.title{font-size:30px}.info{color:#888;font-size:13px}"
           ".content p{line-height:1.8;font-size:17px}.foot{clear:both;background:#f4f4f4;font-size:12px;padding:20px;text-align:center}")
    s = head(p, css)
    s += '<div class="nav">' + "".join(f'<a href="#">{n}</a>' for n in p.get("nav", ["首页", "时政", "国内", "国际", "财经", "社会", "体育", "视频", "图片", "评论"])) + '<a href="#">登录</a><a href="#">注册</a></div>'
    s += f'<div class="logo">{E(p["site"])} <input type="search" placeholder="{E(p.get("ph","搜索新闻"))}"></div>'
    s += '<div class="main">' + (crumbs(p, "", " &gt; ") if p.get("crumbs") else "")
    s += around(p, title_html(p), None)
    s += '<div class="content">' + body_html(p) + "</div>" + p.get("after", "")
    s += f'<div class="share">分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div><div class="cmt">{E(p.get("cmt","评论 0"))}</div>'
    s += '<h3>相关阅读</h3>' + ul(p.get("rel", [])) + '</div><div class="aside"><h3>' + E(p.get("hotname", "热点排行")) + '</h3>' + ul(p.get("hot", []), "hot") + "</div>"
    s += f'<div class="foot">{p.get("foot","")}</div></body></html>'
    return s


# ---------------------------------------------------------------- self-media
def selfm(p):
    css = (".bar{border-bottom:1px solid #eee;padding:10px 40px;font-size:14px}.acc{padding:10px 0;color:#576b95}"
           ".wrap{width:680px;margin:0 auto}.title{font-size:24px}.info{color:#999;font-size:14px}.content p{line-height:1.9;font-size:16px}"
           ".rec{font-size:14px}.foot{color:#aaa;font-size:12px;text-align:center;padding:20px}")
    s = head(p, css)
    s += f'<div class="bar">{p.get("bar","")}</div><div class="wrap">'
    s += around(p, title_html(p), None)
    s += '<div class="content">' + body_html(p) + "</div>" + p.get("after", "")
    s += '<div class="rec"><h4>' + E(p.get("recname", "相关推荐")) + "</h4>" + ul(p.get("rel", [])) + "</div></div>"
    s += f'<div class="foot">{p.get("foot","")}</div></body></html>'
    return s


# ---------------------------------------------------------------- e-paper
def epaper(p):
    css = (".top{background:#8b0000;color:#fff;padding:10px 20px;font-size:22px}.bar{font-size:13px;padding:6px 20px;background:#f2e8d5}"
           ".left{float:left;width:330px;font-size:13px;margin:10px}.right{margin-left:360px;padding:10px}"
           ".yin,.fu{text-align:center;font-size:16px;color:#444}.title{text-align:center;font-size:26px;margin:6px}"
           ".content p{text-indent:2em;line-height:1.9}.foot{clear:both;font-size:12px;text-align:center;padding:14px;background:#eee}")
    s = head(p, css)
    s += f'<div class="top">{E(p["site"])}</div>'
    s += f'<div class="bar">{p["paperbar"]}</div>'
    s += f'<div class="left"><p><img src="data:," alt="{E(p.get("pagealt","版面缩略图"))}" width="300" height="20"></p>{p.get("pnav","")}<h4>本版标题导航</h4>' + ul(p.get("rel", [])) + "</div>"
    s += '<div class="right">' + around(p, title_html(p, "h1"), None)
    s += '<div class="content">' + body_html(p) + "</div>" + p.get("after", "") + "</div>"
    s += f'<div class="foot">{p.get("foot","")}</div></body></html>'
    return s


# ---------------------------------------------------------------- institutional
def inst(p):
    css = (".hd{background:" + p.get("color", "#006a4e") + ";color:#fff;padding:20px 40px;font-size:26px}.nav{background:#333;padding:8px 40px}.nav a{color:#fff;margin-right:16px}"
           ".wrap{width:960px;margin:0 auto}.title{font-size:24px;text-align:center}.info{text-align:center;font-size:13px;color:#666;background:#f7f7f7;padding:6px}"
           ".content p{line-height:2;text-indent:2em}.foot{background:#222;color:#ccc;font-size:12px;padding:20px;text-align:center}")
    s = head(p, css)
    s += f'<div class="hd">{E(p["site"])} <span style="font-size:14px">{p.get("hdx","")}</span></div>'
    s += '<div class="nav">' + "".join(f'<a href="#">{n}</a>' for n in p.get("nav", [])) + "</div>"
    s += '<div class="wrap">' + crumbs(p, p.get("crlead", "当前位置："), p.get("crsep", " &gt; ")) + around(p, title_html(p), None)
    s += '<div class="content">' + body_html(p) + "</div>" + p.get("after", "")
    s += f'<div class="pn">{p.get("pn","")}</div></div>'
    s += f'<div class="foot">{p.get("foot","")}</div></body></html>'
    return s


# ---------------------------------------------------------------- English news
def en(p):
    css = (".top{background:#0b3a6e;color:#fff;padding:6px 30px;font-size:12px}.logo{font-size:30px;padding:16px 30px}.nav a{margin-right:14px}"
           ".nav{border-top:3px solid #0b3a6e;padding:8px 30px;font-size:14px}.main{width:720px;margin:0 30px;float:left}.aside{float:right;width:300px;font-size:13px;margin-right:30px}"
           ".title{font-size:30px}.info{color:#666;font-size:13px}.content p{font-size:17px;line-height:1.7}.foot{clear:both;font-size:12px;background:#eee;padding:20px}")
    s = head(p, css)
    s += f'<div class="top">{p.get("topx","")}</div><div class="logo">{E(p["site"])} <input type="text" placeholder="Search"></div>'
    s += '<div class="nav">' + "".join(f'<a href="#">{n}</a>' for n in p.get("nav", [])) + "</div>"
    s += '<div class="main">' + crumbs(p, "", " / ") + around(p, title_html(p), None)
    s += '<div class="content">' + body_html(p) + "</div>" + p.get("after", "")
    s += '<h3>Related Stories</h3>' + ul(p.get("rel", [])) + '</div><div class="aside"><h3>Most Viewed</h3>' + ul(p.get("hot", []), "hot") + "</div>"
    s += f'<div class="foot">{p.get("foot","")}</div></body></html>'
    return s


TPL = dict(gov_new=gov_new, gov_old=gov_old, gov_doc=gov_doc, news=news, selfm=selfm, epaper=epaper, inst=inst, en=en)
