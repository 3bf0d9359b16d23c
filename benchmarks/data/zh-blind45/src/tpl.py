"""Page templates for zh-blind45. Each page spec (dict) -> (html, gold)."""
import html as H
E = H.escape

CSS = """body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#222;font-size:15px}
a{color:#234;text-decoration:none}.w{width:1100px;margin:0 auto}.top{background:#f2f2f2;font-size:12px;padding:4px}
.top span,.top a{margin-right:12px}.banner{background:#b51d1d;color:#fff;padding:18px;font-size:28px}
.nav a{display:inline-block;padding:8px 14px;color:#fff;background:#a31515}.crumb{font-size:13px;margin:10px 0}
h1{font-size:26px;text-align:center}.info{font-size:13px;color:#666;text-align:center;border-bottom:1px dashed #ccc;padding:6px}
.art p{text-indent:2em;line-height:1.9}.cap{text-align:center;font-size:13px;color:#555;text-indent:0!important}
.side{float:right;width:280px}.foot{background:#333;color:#ccc;font-size:12px;text-align:center;padding:14px;clear:both}
.sticky{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd}table.rec{border-collapse:collapse;width:100%;font-size:13px}
table.rec td{border:1px solid #ccc;padding:4px}table.data{border-collapse:collapse;margin:auto}table.data td,table.data th{border:1px solid #999;padding:3px 6px}
.sub{text-align:center;font-size:18px;color:#444}.kick{text-align:center;color:#a00}"""

def body_html(items, pcls=""):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p{pcls}>{E(it)}</p>")
        elif it[0] == "h":
            out.append(f"<p><strong>{E(it[1])}</strong></p>")
        elif it[0] == "h3":
            out.append(f"<h3>{E(it[1])}</h3>")
        elif it[0] == "li":
            out.append("<ol>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ol>")
        elif it[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>")
        elif it[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in it[1])
            out.append(f'<table class="data">{rows}</table>')
        elif it[0] == "img":
            out.append(f'<p style="text-align:center"><img src="data:," alt="{E(it[1])}" width="600" height="1"></p>')
            if len(it) > 2 and it[2]:
                out.append(f'<p class="cap">{E(it[2])}</p>')
        elif it[0] == "raw":
            out.append(it[1])
    return "\n".join(out)

def gold_body(items):
    g = []
    for it in items:
        if isinstance(it, str):
            g.append(it)
        elif it[0] in ("h", "h3"):
            g.append(it[1])
        elif it[0] in ("li", "ul"):
            g.extend(it[1])
        elif it[0] == "table":
            g.extend(" ".join(c for c in r if c) for r in it[1])
    return g

def links(xs, sep=""):
    return sep.join(f'<a href="#">{E(x)}</a>' for x in xs)

def lis(xs):
    return "<ul>" + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in xs) + "</ul>"

def doc(title, inner, extra_css=""):
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{E(title)}</title>'
            f"<style>{CSS}{extra_css}</style></head><body>{inner}</body></html>")

def tdisplay(a):
    """title as printed: list of lines (two-line headline) or single."""
    if a.get("title_lines"):
        return "<br>".join(E(x) for x in a["title_lines"])
    return E(a["title"])

# ---------------- government, 2020s portal ----------------
def gov_modern(a):
    f = a.get("f", {})
    top = f.get("top", ["长者模式", "无障碍", "繁體", "English", "登录", "注册"])
    inner = f'''<div class="top sticky"><div class="w">{f.get("welcome","")}{links(top," | ")}</div></div>
<div class="banner"><div class="w">{E(a["site"])}<form style="float:right;font-size:13px"><input type="text" placeholder="{E(f.get("ph","请输入关键词"))}"> <button>搜索</button></form></div></div>
<div class="nav"><div class="w">{links(f.get("nav",["首页","走进"+a["short"],"政务公开","政务服务","互动交流","专题专栏"]))}</div></div>
<div class="w"><div class="crumb">{E(f.get("crumb_lead","您当前所在位置："))}{links(a["crumb"]," &gt; ")}</div>
<div class="side"><h4>{E(f.get("hot_t","热点关注"))}</h4>{lis(a.get("hot",[]))}<p>扫一扫在手机打开当前页</p><img src="data:," alt="二维码" width="1" height="1"></div>
<div class="art" style="margin-right:300px">
{a.get("pre_title","")}<h1>{tdisplay(a)}</h1>{('<div class="sub">'+E(a["subtitle"])+'</div>') if a.get("subtitle") else ""}
<div class="info">{a["info"]}</div>
{a.get("share","")}
{body_html(a["body"])}
{a.get("after","")}
<div style="text-align:right">{a.get("row", '<a href="#">打印</a> | <a href="#">关闭</a> | <a href="#">收藏</a>')}</div>
<p>上一篇：<a href="#">{E(a.get("prev","（无）"))}</a></p><p>下一篇：<a href="#">{E(a.get("next","（无）"))}</a></p>
<h4>相关文章</h4>{lis(a.get("rel",[]))}</div></div>
<div class="foot">{a["foot"]}</div>'''
    return doc(a["title"] + "_" + a["site"], inner)

# ---------------- government, 2010s table layout ----------------
def gov_old(a):
    f = a.get("f", {})
    ROWS = [f'<tr><td align="center" style="font-size:22px;color:#c00;font-weight:bold;padding:16px">{tdisplay(a)}</td></tr>',
            f'<tr><td align="center" style="font-size:12px">{a["info"]}</td></tr>']
    inner = f'''<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#1d4e9e;color:#fff;font-size:26px;height:80px">{E(a["site"])}</td>
<td style="background:#1d4e9e;color:#fff;font-size:12px">{f.get("toplinks","设为首页 | 加入收藏 | 联系我们")}</td></tr>
<tr><td colspan="2" style="background:#e6eefb">{links(f.get("nav",["首 页","政务公开","新闻中心","办事服务","公众参与","专题专栏"]),"&nbsp;|&nbsp;")}</td></tr>
<tr><td colspan="2" style="font-size:12px">您现在的位置：{links(a["crumb"],"&gt;&gt;")}</td></tr></table>
<table width="1000" align="center">{"".join(reversed(ROWS)) if a.get("info_first") else "".join(ROWS)}
<tr><td class="art">{body_html(a["body"])}{a.get("after","")}</td></tr>
<tr><td align="right">{a.get("row","【<a href=#>打印此页</a>】【<a href=#>关闭窗口</a>】")}</td></tr>
<tr><td>相关链接：{lis(a.get("rel",[]))}</td></tr></table>
<table width="1000" align="center"><tr><td class="foot">{a["foot"]}</td></tr></table>'''
    return doc(a["title"], inner)

# ---------------- government, information disclosure record ----------------
def gov_xxgk(a):
    f = a.get("f", {})
    colon = "：" if f.get("colon", True) else ""
    r = a["rec"]
    cells = "".join(f"<tr><td>{E(r[i][0])}{colon}</td><td>{E(r[i][1])}</td><td>{E(r[i+1][0])}{colon}</td><td>{E(r[i+1][1])}</td></tr>" for i in range(0, len(r) - 1, 2))
    if len(r) % 2:
        cells += f'<tr><td>{E(r[-1][0])}{colon}</td><td colspan="3">{E(r[-1][1])}</td></tr>'
    inner = f'''<div class="top"><div class="w"><span>{E(a["site"])}</span>{links(f.get("top",["无障碍浏览","长者模式","手机版","微博","微信"])," ")}</div></div>
<div class="banner" style="background:#0c5aa6">{E(a["site"])} <small>政府信息公开</small></div>
<div class="w"><form>站内搜索 <input placeholder="{E(f.get("ph","搜索本站信息"))}"><button>搜 索</button></form>
<div class="crumb">当前位置：{links(a["crumb"]," &gt; ")}</div>
<table class="rec">{cells}</table>
<div class="art"><h1>{tdisplay(a)}</h1>{('<p style="text-align:center;text-indent:0">'+E(a["wenhao"])+'</p>') if a.get("wenhao") else ""}
{body_html(a["body"])}{a.get("after","")}</div>
<p>{a.get("row","【字体：<a href=#>大</a> <a href=#>中</a> <a href=#>小</a>】【<a href=#>打印</a>】【<a href=#>关闭</a>】")}</p>
<p>相关解读：{links(a.get("rel",[]),"　")}</p></div>
<div class="foot">{a["foot"]}</div>'''
    return doc(a["title"], inner)

# ---------------- news portal ----------------
def news(a):
    f = a.get("f", {})
    INFO = f'<div class="info" style="text-align:left">{a["info"]}</div>'
    inner = f'''<div class="top"><div class="w">{links(f.get("top",["首页","新闻","财经","科技","体育","房产","汽车","登录"])," ")}</div></div>
<div class="w"><div style="font-size:30px;font-weight:bold;color:{f.get("color","#c00")}">{E(a["site"])}</div>
<input placeholder="{E(f.get("ph","搜索"))}">
<div class="crumb">{links(a["crumb"]," &gt; ")}</div>
<div class="side"><h4>{E(f.get("hot_t","24小时热榜"))}</h4><ol>{"".join(f"<li>{E(x)}</li>" for x in a.get("hot",[]))}</ol></div>
<div style="margin-right:300px">{a.get("pre_title","")}{INFO if a.get("info_first") else ""}<h1 style="text-align:left">{tdisplay(a)}</h1>
{"" if a.get("info_first") else INFO}{a.get("share","")}
<div class="art">{body_html(a["body"])}</div>{a.get("after","")}
<h4>{E(f.get("rel_t","相关新闻"))}</h4>{lis(a.get("rel",[]))}</div></div><div class="foot">{a["foot"]}</div>'''
    return doc(a["title"] + "_" + a["site"], inner)

# ---------------- self-media ----------------
def selfm(a):
    inner = f'''<div class="top">{links(a["f"]["top"]," ")}</div><div class="w" style="width:720px">
{a.get("pre_title","")}<h1 style="text-align:left">{tdisplay(a)}</h1><div style="font-size:13px;color:#888">{a["info"]}</div>
<div class="art">{body_html(a["body"])}</div>{a.get("after","")}
<h4>{E(a["f"].get("rel_t","相关推荐"))}</h4>{lis(a.get("rel",[]))}</div><div style="font-size:12px;text-align:center">{a["foot"]}</div>'''
    return doc(a["title"], inner)

# ---------------- e-paper ----------------
def epaper(a):
    f = a["f"]
    pages = "".join(f'<li><a href="#">{E(x)}</a></li>' for x in f["pages"])
    inner = f'''<div class="top">{E(a["site"])} &nbsp; {E(f["date"])} &nbsp; {links(["往期回顾","PDF下载","返回目录"]," | ")}</div>
<table width="1000" align="center"><tr><td width="300" valign="top"><div>{E(f["ban"])}</div><p><a href="#">上一版</a>　<a href="#">下一版</a></p>
<div>版面导航</div><ul>{pages}</ul><div>本版标题导航</div>{lis(a.get("rel",[]))}</td>
<td valign="top"><div class="kick">{E(a.get("kicker",""))}</div><h1>{tdisplay(a)}</h1>{('<div class="sub">'+E(a["subtitle"])+'</div>') if a.get("subtitle") else ""}
<div class="info">{a["info"]}</div><div class="art">{body_html(a["body"])}</div>{a.get("after","")}
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p></td></tr></table><div class="foot">{a["foot"]}</div>'''
    return doc(a["title"], inner)

# ---------------- institution ----------------
def inst(a):
    f = a.get("f", {})
    inner = f'''<div class="top">{links(f.get("top",["信息公开","English","网站地图"])," ")}</div>
<div class="banner" style="background:{f.get("color","#03457a")}">{E(a["site"])}</div>
<div class="nav">{links(f["nav"])}</div><div class="w"><div class="crumb">{f.get("crumb_lead","当前位置：")}{links(a["crumb"]," / ")}</div>
<div class="art">{a.get("pre_title","")}<h1>{tdisplay(a)}</h1><div class="info">{a["info"]}</div>
{body_html(a["body"])}{a.get("after","")}</div>
<p>上一条：<a href="#">{E(a.get("prev",""))}</a><br>下一条：<a href="#">{E(a.get("next",""))}</a></p></div><div class="foot">{a["foot"]}</div>'''
    return doc(a["title"], inner)

TEMPLATES = dict(gov_modern=gov_modern, gov_old=gov_old, gov_xxgk=gov_xxgk, news=news, selfm=selfm, epaper=epaper, inst=inst)
