"""Build html/ and gold/ for zh-blind212 from the page specs in pages_a/b/c."""
import json, os, sys
from furniture import *
import pages_a, pages_b, pages_c

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind212"


def title_html(t, tag="h1"):
    if isinstance(t, list):
        return f"<{tag}>" + "<br>".join(e(x) for x in t) + f"</{tag}>"
    return f"<{tag}>{e(t)}</{tag}>"


def lines(ls, cls="info"):
    return "".join(f'<p class="{cls}">{x}</p>' for x in ls)


def info(s):  # info bar (already HTML)
    return f'<div class="info">{s}</div>' if s else ""


def art(s):
    """Article block: info bar above/below/bottom, pre/post lines, body."""
    pos = s.get("barpos", "below")
    parts = []
    if s.get("yin"):
        parts.append(f'<p class="yin">{e(s["yin"])}</p>')
    if pos == "above":
        parts.append(info(s.get("bar")))
    parts.append(title_html(s["title"]))
    if s.get("fu"):
        parts.append(f'<p class="fu">{e(s["fu"])}</p>')
    if pos == "below":
        parts.append(info(s.get("bar")))
    if s.get("tools"):
        parts.append(f'<div class="info">{s["tools"]}</div>')
    parts.append(lines(s.get("pre", []), "pre"))
    parts.append(f'<div class="content">{body_html(s["body"], indent=s.get("indent", False))}</div>')
    parts.append(lines(s.get("post", []), "post"))
    if pos == "bottom":
        parts.append(info(s.get("bar")))
    return "\n".join(parts)


def t_gov_table(s):
    site = s["site"]
    inner = f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>{img(site+'logo')}</td>
<td align="right">{links(['设为首页','加入收藏','繁體版','无障碍'],' | ')}</td></tr>
<tr><td colspan="2" class="nav">{links(s.get('nav',['首页','政务公开','政务服务','互动交流','走进'+site[:2]]))}</td></tr></table>
<table width="1000" align="center"><tr><td class="crumb">{s.get('crumb','当前位置：首页 &gt; 新闻中心')}</td></tr>
<tr><td>{art(s)}</td></tr>
<tr><td align="center">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr></table>
{gov_footer(*s['foot'])}"""
    return inner


def t_gov_div(s):
    site = s["site"]
    idx = ""
    if s.get("index"):
        rows = s["index"]
        idx = '<table class="xxgk">' + "".join(
            "<tr>" + "".join(f"<th>{e(a)}</th><td>{e(b)}</td>" for a, b in r) + "</tr>" for r in rows) + "</table>"
    side = ""
    if s.get("related"):
        side = f'<div class="side"><h3>{e(s.get("rel_title","相关阅读"))}</h3>{ul(s["related"])}</div>'
    inner = f"""<div class="top"><span>{e(s.get('today',''))}</span> {links(['无障碍','长者模式','English','登录','注册'],' ')}
<form><input type="text" placeholder="{e(s.get('ph','请输入关键词'))}"><button>搜索</button></form></div>
<div class="nav">{img(site+'门户网站')}{links(s.get('nav',['首页','要闻动态','政务公开','政务服务','互动交流','数据发布']))}</div>
<div class="wrap"><div class="crumb">{s.get('crumb','您当前的位置：首页 &gt; 要闻动态')}</div>{side}<div class="main">{idx}
{art(s)}
<div class="info">{s.get('after','【<a href="#">打印</a>】【<a href="#">关闭</a>】')}</div>
<div class="prevnext">{s.get('pn','')}</div></div><div class="cl"></div></div>
{gov_footer(*s['foot'])}"""
    return inner


def t_media(s):
    site = s["site"]
    grid = ""
    if s.get("grid"):
        grid = '<div class="grid">' + "".join(f'<div>{img(x)}<a href="#">{e(x)}</a></div>' for x in s["grid"]) + "</div>"
    inner = f"""<div class="top">{links(s.get('toplinks',['登录','注册','客户端','数字报']),' | ')} <input type="search" placeholder="{e(s.get('ph','搜索'))}"></div>
<div class="nav">{img(site)}{links(s.get('nav',['首页','时政','社会','经济','文旅','视频','评论']))}</div>
<div class="wrap"><div class="crumb">{s.get('crumb','')}</div>
<div class="side"><h3>{e(s.get('rel_title','热点排行'))}</h3>{ul(s.get('related',[]))}{img('扫码下载客户端')}<p class="cap">{e(s.get('qr','扫码下载客户端'))}</p></div>
<div class="main">{art(s)}
<div class="share noselect">{s.get('share','分享到：微信 微博 QQ空间')}</div>
<div class="info">{s.get('after','')}</div></div><div class="cl"></div>{grid}</div>
{s.get('footer_html') or media_footer(*s['foot'])}"""
    return inner


def t_self(s):
    # self-media / app share pages: narrow column
    inner = f"""<div style="max-width:680px;margin:0 auto;padding:10px">
<div class="top">{s.get('head','')}</div>
{art(s)}
<div class="info">{s.get('after','')}</div>
<div class="foot">{s.get('foot','')}</div></div>"""
    return inner


def t_epaper(s):
    issue = s["issue"]
    toc = "".join(f'<li><a href="#">{e(x)}</a></li>' for x in s["toc"])
    ed = "".join(f'<a href="#">{e(x)}</a> ' for x in s["editions"])
    inner = f"""<div class="top">{img(s['site']+'数字报')} {e(issue)} <a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<div class="nav">{ed}</div>
<div class="wrap"><div class="side"><h3>本版标题</h3><ul>{toc}</ul>
<p><a href="#">上一版</a> <a href="#">下一版</a></p></div><div class="main">
<p class="info">{s.get('edition_line','')}</p>
{art(s)}
<p class="info"><a href="#">上一篇</a> <a href="#">下一篇</a></p></div><div class="cl"></div></div>
<div class="foot">{s['footer']}</div>"""
    return inner


TPL = dict(gov_table=t_gov_table, gov_div=t_gov_div, media=t_media, self=t_self, epaper=t_epaper, inst=t_media)


def main():
    specs = pages_a.PAGES + pages_b.PAGES + pages_c.PAGES
    assert len(specs) == 40, len(specs)
    for s in specs:
        t = s["title"]
        tt = "".join(t) if isinstance(t, list) else t
        doc = page(tt + "_" + s["site"], TPL[s["tpl"]](s), s.get("charset", "utf-8"))
        if s["lang"] == "en":
            doc = doc.replace('lang="zh-CN"', 'lang="en"')
        with open(os.path.join(ROOT, "html", s["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        g = dict(id=s["id"], set=SET, lang=s["lang"], kind=s["kind"], title=s.get("gold_title", tt),
                 authors=s["authors"], publish_time=s["time"], body_paragraphs=gold_body(s["body"]))
        with open(os.path.join(ROOT, "gold", s["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(specs), "pages")


if __name__ == "__main__":
    main()
