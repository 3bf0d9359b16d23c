#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the page sources (pages_a/b/c.py).

Body blocks are plain strings with an optional prefix:
  "# text"      sub-heading (body)
  "- text"      list line (body)
  "| a | b"     table row (body: cells joined by one space)
  "! alt || caption"  image with caption (not body)
  anything else  paragraph (body)
"""
import json, os, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = A + B + C
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def img(alt, cls=""):
    return f'<img src="{GIF}" alt="{e(alt)}" width="1" height="1"{" class=%s" % cls if cls else ""}>'

def gold_body(blocks):
    out = []
    for b in blocks:
        if b.startswith("! "):
            continue
        if b.startswith("# ") or b.startswith("- "):
            out.append(b[2:].strip())
        elif b.startswith("|"):
            out.append(" ".join(c.strip() for c in b.strip("|").split("|")))
        else:
            out.append(b)
    return out

def body_html(blocks, pstyle="", indent=False):
    h, lst, tbl = [], [], []
    def flush():
        if lst:
            h.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in lst) + "</ul>"); lst.clear()
        if tbl:
            rows = []
            for i, r in enumerate(tbl):
                cells = [c.strip() for c in r.strip("|").split("|")]
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in cells) + "</tr>")
            h.append('<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>"); tbl.clear()
    for b in blocks:
        if b.startswith("- "):
            if tbl: flush()
            lst.append(b[2:]); continue
        if b.startswith("|"):
            if lst: flush()
            tbl.append(b); continue
        flush()
        if b.startswith("# "):
            h.append(f'<p class="sub"><strong>{e(b[2:])}</strong></p>')
        elif b.startswith("! "):
            alt, cap = [x.strip() for x in b[2:].split("||")]
            h.append(f'<p class="pic" style="text-align:center">{img(alt)}</p><p class="cap">{e(cap)}</p>')
        else:
            pre = "\u3000\u3000" if indent else ""
            h.append(f"<p{pstyle}>{pre}{e(b)}</p>")
    flush()
    return "\n".join(h)

CSS = """body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;font-size:15px;color:#222}
a{color:#333;text-decoration:none}ul{margin:4px 0}.wrap{width:1000px;margin:0 auto}
.top,.nav,.crumb,.foot,.tools,.rel,.share{font-size:12px;color:#666}
.nav a,.tools a,.share a{margin-right:10px}.title{font-size:24px;font-weight:bold;text-align:center}
.info{font-size:12px;color:#888;text-align:center}.cap{text-align:center;font-size:13px;color:#555}
.grid{display:grid;grid-template-columns:3fr 1fr;gap:20px}.flex{display:flex;gap:12px;flex-wrap:wrap}
.dt td,.dt th{padding:4px 8px}.side{font-size:13px}.noselect{user-select:none}"""

def head(p, extra_css=""):
    lang = "en" if p["lang"] == "en" else "zh-CN"
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="{p.get("charset","utf-8")}">'
            f'<title>{e(p.get("doctitle", p["title"] + "_" + p["site"]))}</title>\n<style>{CSS}{extra_css}</style></head>\n<body>\n')

def info_html(p):
    parts = p.get("info", [])
    sep = p.get("sep", "\u3000")
    return f'<div class="info">{sep.join(e(x) for x in parts)}</div>' if parts else ""

def title_html(p, tag="h1"):
    t = p["title_lines"] if "title_lines" in p else [p["title"]]
    return f'<{tag} class="title">' + "<br>".join(e(x) for x in t) + f"</{tag}>"

def around(p, core):
    """Place info bar above/below title; return (pre, post_body)."""
    pos = p.get("info_pos", "below")
    t = title_html(p)
    ib = info_html(p)
    if pos == "above":
        head_ = ib + "\n" + t
    elif pos == "below":
        head_ = t + "\n" + ib
    else:
        head_ = t
    bottom = ib if pos == "bottom" else ""
    return head_, bottom

def lead_tail(p):
    lead = f'<p class="lead">{e(p["lead"])}</p>' if p.get("lead") else ""
    tail = f'<p class="tail">{e(p["tail"])}</p>' if p.get("tail") else ""
    ed = f'<p class="editor">{e(p["editor"])}</p>' if p.get("editor") else ""
    return lead, tail, ed

def footer(p):
    f = p.get("footer", [])
    return '<div class="foot">' + "<br>".join(e(x) for x in f) + "</div>"

def nav(items, cls="nav"):
    return f'<div class="{cls}">' + "".join(f"<a href=\"#\">{e(x)}</a>" for x in items) + "</div>"

def related(p):
    r = p.get("related")
    if not r: return ""
    return f'<div class="rel"><h3>{e(p.get("related_head","相关阅读"))}</h3><ul>' + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in r) + "</ul></div>"

def prevnext(p):
    pn = p.get("prevnext")
    if not pn: return ""
    return f'<div class="rel"><p>上一篇：<a href="#">{e(pn[0])}</a></p><p>下一篇：<a href="#">{e(pn[1])}</a></p></div>'

# ---------------------------------------------------------------- templates
def t_gov_table(p):
    hd, bt = around(p, None)
    lead, tail, ed = lead_tail(p)
    return head(p) + f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="top">{e(p.get('topbar','无障碍 | 长者模式 | 繁體 | 登录'))}</td></tr>
<tr><td>{img(p['site'] + '标志')}<span style="font-size:26px">{e(p['site'])}</span></td></tr>
<tr><td>{nav(p.get('nav',['首页','政务公开','政务服务','互动交流','走进']))}</td></tr>
<tr><td class="crumb">{e(p.get('crumb','当前位置：首页 > 政务公开 > 工作动态'))}</td></tr>
<tr><td><table width="100%" cellpadding="6"><tr><td>{hd}</td></tr>
<tr><td class="tools" align="center">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td>{lead}{body_html(p['body'], indent=True)}{tail}{bt}{ed}</td></tr>
<tr><td class="tools" align="right">【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr></table></td></tr>
<tr><td>{prevnext(p)}{related(p)}</td></tr>
<tr><td>{footer(p)}</td></tr></table>
</body></html>
"""

def t_gov_div(p):
    hd, bt = around(p, None)
    lead, tail, ed = lead_tail(p)
    return head(p) + f"""<div class="top"><div class="wrap flex"><span>{e(p.get('topbar','欢迎访问'+p['site']))}</span><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">English</a></div></div>
<div class="wrap"><div class="banner">{img(p['site'])}<span>{e(p['site'])}</span><form><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div>
{nav(p.get('nav',['首页','要闻动态','政务公开','政务服务','政民互动','数据发布']))}
<div class="crumb">{e(p.get('crumb','首页 > 要闻动态 > 部门动态'))}</div>
<div class="article">{hd}
<div class="tools">{e(p.get('tools','【字体：大 中 小】 分享到：'))}</div>
<div class="content">{lead}{body_html(p['body'])}{tail}</div>{bt}{ed}
<div class="tools">【打印本页】【关闭窗口】</div>
{prevnext(p)}{related(p)}</div>
{footer(p)}</div>
</body></html>
"""

def t_xxgk(p):
    idx = p["index"]
    rows = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td><th>{e(k2)}</th><td>{e(v2)}</td></tr>" for (k, v), (k2, v2) in zip(idx[::2], idx[1::2]))
    lead, tail, ed = lead_tail(p)
    docno = f'<p class="docno" style="text-align:center">{e(p["docno"])}</p>' if p.get("docno") else ""
    hd, bt = around(p, None)
    return head(p) + f"""<div class="top wrap"><a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">智能问答</a></div>
<div class="wrap"><div>{img(p['site'])}{e(p['site'])}</div>
{nav(p.get('nav',['首页','政府信息公开指南','政府信息公开制度','法定主动公开内容','政府信息公开年报']))}
<div class="crumb">{e(p.get('crumb','您当前的位置：首页 > 政府信息公开 > 法定主动公开内容 > 通知公告'))}</div>
<table class="dt" border="1" width="100%">{rows}</table>
<div class="article">{hd}{docno}
<div class="content">{lead}{body_html(p['body'])}{tail}</div>{bt}{ed}
<div class="tools">附件：{e(p.get('attach','无'))}</div>
<div class="share">扫一扫在手机打开当前页 {img('二维码')} 【打印】【关闭】</div>
{related(p)}</div>{footer(p)}</div>
</body></html>
"""

def t_media(p):
    hd, bt = around(p, None)
    lead, tail, ed = lead_tail(p)
    pre = f'<p class="pretitle">{e(p["pre"])}</p>' if p.get("pre") else ""
    sub = f'<h2 class="subtitle">{e(p["sub"])}</h2>' if p.get("sub") else ""
    side = p.get("side", ["热点新闻", "排行榜"])
    grid = p.get("layout", "grid")
    main = f"""<div class="crumb">{e(p.get('crumb', p['site']+' > 新闻 > 本地'))}</div>
{pre}{hd}{sub}
<div class="share">{e(p.get('sharebar','分享到： 微信 微博 QQ空间'))}</div>
<div class="content">{lead}{body_html(p['body'])}{tail}</div>{bt}{ed}
{prevnext(p)}{related(p)}"""
    aside = f'<div class="side"><h4>{e(side[0])}</h4><ol>' + "".join(f"<li>{e(x)}</li>" for x in p.get("hot", [])) + "</ol></div>"
    if grid == "grid":
        mid = f'<div class="wrap grid"><div>{main}</div>{aside}</div>'
    else:
        mid = f'<div class="wrap"><div>{main}</div>{aside}</div>'
    return head(p) + f"""<div class="top"><div class="wrap">{e(p.get('topbar', p['site']))} <a href="#">登录</a> <a href="#">注册</a> <a href="#">客户端下载</a></div></div>
<div class="wrap">{img(p['site']+' logo')}{nav(p.get('nav',['首页','时政','本地','经济','社会','文体','视频','评论']))}</div>
{mid}
<div class="wrap">{footer(p)}</div>
</body></html>
"""

def t_wx(p):
    lead, tail, ed = lead_tail(p)
    return head(p, ".rich_media{max-width:677px;margin:0 auto}") + f"""<div class="rich_media">
<h1 class="title" style="text-align:left">{e(p['title'])}</h1>
<div class="meta flex">{''.join(f'<span>{e(x)}</span>' for x in p['info'])}</div>
<div class="content">{lead}{body_html(p['body'])}{tail}{ed}</div>
<div class="share">{e(p.get('after','阅读原文 阅读 1.2万 赞 在看'))}</div>
<div class="share">{img('公众号二维码')}<p>{e(p.get('qr','长按识别二维码关注我们'))}</p></div>
{related(p)}</div>
</body></html>
"""

def t_feed(p):
    lead, tail, ed = lead_tail(p)
    hd, bt = around(p, None)
    return head(p) + f"""<div class="top"><div class="wrap flex">{''.join(f'<a href="#">{e(x)}</a>' for x in p.get('nav',['首页','推荐','下载APP','登录']))}</div></div>
<div class="wrap grid"><div class="article">{hd}
<div class="content">{lead}{body_html(p['body'])}{tail}</div>{bt}{ed}
<div class="share">{e(p.get('after','举报 / 反馈'))}</div>{related(p)}</div>
<div class="side"><div class="author">{img(p.get('account','作者') + '头像')}<p>{e(p.get('account',''))}</p><p>{e(p.get('acct_desc',''))}</p><button type="button">关注</button></div>
<h4>{e(p.get('side_head','相关推荐'))}</h4><ul>{''.join(f'<li>{e(x)}</li>' for x in p.get('hot',[]))}</ul></div></div>
{footer(p)}
</body></html>
"""

def t_epaper(p):
    lead, tail, ed = lead_tail(p)
    pages = p["pages"]
    navp = "".join(f'<li><a href="#">{e(x)}</a></li>' for x in pages)
    titles = "".join(f'<li><a href="#">{e(x)}</a></li>' for x in p["page_titles"])
    pre = f'<h3 class="yt">{e(p["pre"])}</h3>' if p.get("pre") else ""
    sub = f'<h2 class="ft">{e(p["sub"])}</h2>' if p.get("sub") else ""
    ib = info_html(p)
    pos = p.get("info_pos", "below")
    return head(p) + f"""<table width="1000" align="center"><tr><td colspan="2">{img(p['site']+'报头')}<span>{e(p['site'])}</span> <span>{e(p.get('issue',''))}</span> <a href="#">往期回顾</a> <a href="#">PDF下载</a></td></tr>
<tr><td width="300" valign="top"><div class="side">{img('版面缩略图')}<p>{e(p.get('cur_page',''))}</p><p><a href="#">上一版</a> <a href="#">下一版</a></p>
<h4>版面导航</h4><ul>{navp}</ul></div></td>
<td valign="top">{ib if pos=='above' else ''}{pre}<h1 class="title">{e(p['title'])}</h1>{sub}{ib if pos=='below' else ''}
<div class="content">{lead}{body_html(p['body'])}{tail}</div>{ib if pos=='bottom' else ''}{ed}
<div class="rel"><h4>本版标题</h4><ul>{titles}</ul></div></td></tr>
<tr><td colspan="2">{footer(p)}</td></tr></table>
</body></html>
"""

T = dict(gov_table=t_gov_table, gov_div=t_gov_div, xxgk=t_xxgk, media=t_media, wx=t_wx,
         feed=t_feed, epaper=t_epaper, inst=t_gov_div)

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = [p["id"] for p in PAGES]
    assert len(ids) == len(set(ids)) == 40, ids
    for p in PAGES:
        html = T[p["tpl"]](p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        g = dict(id=p["id"], set="zh-blind202", lang=p["lang"], kind=p["kind"], title=p["title"],
                 authors=p["authors"], publish_time=p["time"], body_paragraphs=gold_body(p["body"]))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    print(f"built {len(PAGES)} pages")

if __name__ == "__main__":
    main()
