#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page data in pages*.py (one source of truth)."""
import json, os, html as H, sys
sys.path.insert(0, os.path.dirname(__file__))
from pages_a import PAGES as PA
from pages_b import PAGES as PB
from pages_c import PAGES as PC
PAGES = PA + PB + PC
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def img(alt, w=600, h=300):
    return f'<img src="{GIF}" alt="{e(alt)}" width="{w}" height="{h}">'

def block_html(b, cls=""):
    if isinstance(b, str):
        return f"<p>{e(b)}</p>"
    t = b[0]
    if t == "h": return f'<h3 class="sub">{e(b[1])}</h3>' if not cls else f'<p class="sub"><strong>{e(b[1])}</strong></p>'
    if t == "li": return f'<p class="li">{e(b[1])}</p>'
    if t == "ul": return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>"
    if t == "q": return f"<blockquote><p>{e(b[1])}</p></blockquote>"
    if t == "sign": return f'<p style="text-align:right">{e(b[1])}</p>'
    if t == "center": return f'<p style="text-align:center">{e(b[1])}</p>'
    if t == "table":
        rows = b[1]
        out = '<table class="dt" border="1" cellspacing="0" cellpadding="4">'
        for i, r in enumerate(rows):
            tag = "th" if i == 0 else "td"
            out += "<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>"
        return out + "</table>"
    raise ValueError(b)

def block_gold(b):
    if isinstance(b, str): return [b]
    t = b[0]
    if t == "ul": return list(b[1])
    if t == "table": return [" ".join(r) for r in b[1]]
    return [b[1]]

def body_html(p):
    out = []
    cap = p.get("img")
    for i, b in enumerate(p["body"]):
        if cap and i == p.get("img_at", 1):
            out.append(f'<div class="pic">{img(cap[0])}<p class="caption">{e(cap[1])}</p></div>')
        out.append(block_html(b))
    return "\n".join(out)

def bar_html(p, cls="info"):
    items = p.get("bar", [])
    if p.get("glue"):
        return f'<div class="{cls}">' + "".join(f"<span>{e(x)}</span>" for x in items) + "</div>"
    return f'<div class="{cls}">' + "&nbsp;&nbsp;&nbsp;".join(f"<span>{e(x)}</span>" for x in items) + "</div>"

def title_html(p):
    return p.get("title_html") or e(p["title"])

def opt(p, k, fmt="{}"):
    v = p.get(k)
    return fmt.format(e(v)) if v else ""

def footer(p):
    f = p.get("footer") or []
    return '<div class="footer">' + "".join(f"<p>{e(x)}</p>" for x in f) + "</div>"

def related(p):
    r = p.get("related") or []
    if not r: return ""
    return '<div class="related"><h4>' + e(p.get("related_label", "相关阅读")) + "</h4><ul>" + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in r) + "</ul></div>"

def prevnext(p):
    pn = p.get("prevnext")
    if not pn: return ""
    return f'<div class="pn"><p>上一篇：<a href="#">{e(pn[0])}</a></p><p>下一篇：<a href="#">{e(pn[1])}</a></p></div>'

def nav(p):
    n = p.get("nav") or []
    return '<div class="nav">' + "".join(f'<a href="#">{e(x)}</a>' for x in n) + "</div>"

def crumbs(p):
    c = p.get("crumbs")
    if not c: return ""
    return '<div class="crumb">' + e(p.get("crumb_label", "当前位置：")) + " &gt; ".join(f'<a href="#">{e(x)}</a>' for x in c) + "</div>"

def index_table(p):
    ix = p.get("index")
    if not ix: return ""
    cells = ""
    for i in range(0, len(ix), 2):
        cells += "<tr>" + "".join(f"<th>{e(k)}</th><td>{e(v)}</td>" for k, v in ix[i:i+2]) + "</tr>"
    return f'<table class="ix" border="1" cellspacing="0">{cells}</table>'

def page(p, css, inner):
    return f"""<!DOCTYPE html>
<html lang="{'en' if p['lang']=='en' else 'zh-CN'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p['title'])}_{e(p['site'])}</title>
<style>{css}</style></head>
<body>
{inner}
</body></html>
"""

BASE = "body{margin:0;font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px;color:#333}a{color:#333;text-decoration:none}.caption{text-align:center;color:#666;font-size:13px}.pic{text-align:center}.dt{border-collapse:collapse;margin:8px auto}.dt td,.dt th{border:1px solid #999;padding:4px 8px}.footer{font-size:12px;color:#666;text-align:center;padding:14px}.footer p{margin:4px}"

def t_gov_table(p):
    css = BASE + "body{background:#eef3f8}.wrap{width:1000px;margin:0 auto;background:#fff}.top{background:#b81c22;color:#fff;height:110px;font-size:30px;font-weight:bold;padding-left:30px;line-height:110px}.nav a{color:#fff;padding:0 16px}.nav{background:#9c1419;line-height:38px}.crumb{padding:8px;border-bottom:1px solid #ddd}h1{font-size:24px;text-align:center;color:#b81c22;margin:20px}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc;padding:8px}.content{padding:10px 40px;font-size:16px;line-height:30px}.content p{text-indent:2em;margin:6px 0}.tools{text-align:right;padding:10px 40px}"
    top_links = '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="tl">' + e(p.get("toplinks", "无障碍浏览 | 长者模式 | 设为首页 | 加入收藏")) + '</td><td align="right">搜索：<input type="text" value=""> <input type="button" value="搜索"></td></tr></table>'
    bar = bar_html(p)
    bar_pos = p.get("bar_pos", "below")
    inner = f"""{top_links}<table class="wrap" cellpadding="0" cellspacing="0">
<tr><td class="top">{img(p['site']+'标识',60,60)}{e(p['site'])}</td></tr>
<tr><td>{nav(p)}</td></tr>
<tr><td>{crumbs(p)}</td></tr>
<tr><td>{bar if bar_pos=='above' else ''}<h1>{title_html(p)}</h1>{bar if bar_pos=='below' else ''}
<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
{index_table(p)}{opt(p,'doc_no','<p style="text-align:center">{}</p>')}
<div class="content">{opt(p,'byline_top','<p class="by">{}</p>')}
{body_html(p)}
{opt(p,'byline_end','<p class="by" style="text-align:right">{}</p>')}</div>
{bar if bar_pos=='bottom' else ''}
<div class="tools">{opt(p,'editor','<span>{}</span>　')}【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
{prevnext(p)}{related(p)}</td></tr>
<tr><td>{footer(p)}</td></tr></table>"""
    return page(p, css, inner)

def t_gov_div(p):
    css = BASE + "header{background:linear-gradient(#1d5fb4,#2a7ad6);color:#fff;padding:20px 8%}header .sitename{font-size:28px;font-weight:bold}.topbar{background:#f3f3f3;padding:4px 8%;font-size:12px}.topbar a{margin-right:12px}.nav{background:#174e95;padding:0 8%}.nav a{color:#fff;display:inline-block;padding:10px 14px}.crumb{padding:10px 8%}.main{margin:0 8%;border:1px solid #dde;padding:20px 40px}.ix{width:100%;border-collapse:collapse;margin-bottom:16px}.ix th{background:#f2f6fb;width:12%;font-weight:normal;padding:6px}.ix td{padding:6px}h1{text-align:center;font-size:22px}.info{color:#888;text-align:center;font-size:13px;margin-bottom:10px}.info span{margin:0 8px}.content{font-size:16px;line-height:2}.content p{text-indent:2em}.share{color:#666;margin-top:20px}.pn{border-top:1px solid #eee;margin-top:14px}"
    bar = bar_html(p); pos = p.get("bar_pos", "below")
    inner = f"""<div class="topbar"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">English</a><span>{e(p.get('topdate',''))}</span></div>
<header><div class="sitename">{img('国徽',48,48)} {e(p['site'])}</div><form><input type="text" placeholder="请输入关键词"><button>搜索</button></form></header>
{nav(p)}{crumbs(p)}
<div class="main">{index_table(p)}{bar if pos=='above' else ''}<h1>{title_html(p)}</h1>{opt(p,'doc_no','<p style="text-align:center">{}</p>')}{bar if pos=='below' else ''}
<div class="fontsize">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="#">打印本页</a></div>
<div class="content">{opt(p,'byline_top','<p class="by">{}</p>')}{body_html(p)}{opt(p,'byline_end','<p class="by">{}</p>')}</div>
{bar if pos=='bottom' else ''}{opt(p,'editor','<p class="ed">{}</p>')}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>{prevnext(p)}{related(p)}</div>
{footer(p)}"""
    return page(p, css, inner)

def t_flex(p):
    css = BASE + ".hd{display:flex;justify-content:space-between;align-items:center;padding:12px 5%;background:#fff;box-shadow:0 1px 4px #ccc}.logo{font-size:22px;font-weight:bold;color:#0a5c36}.nav{display:flex;gap:18px;padding:10px 5%;background:#0a5c36;flex-wrap:wrap}.nav a{color:#fff}.wrapper{display:flex;gap:30px;padding:20px 5%}.art{flex:3}.side{flex:1;background:#f7f7f7;padding:10px}h1{font-size:28px;line-height:1.4}.info{color:#999;font-size:13px;margin:8px 0 16px}.info span{margin-right:14px}.art p{font-size:17px;line-height:1.9}.sub{font-size:18px;color:#0a5c36}blockquote{border-left:4px solid #0a5c36;margin:10px 0;padding:2px 14px;background:#f4faf6}.crumb{font-size:13px;color:#888;margin-bottom:8px}"
    glue = p.get("glue")
    bar = bar_html(p); pos = p.get("bar_pos", "below")
    side = p.get("side") or []
    inner = f"""<div class="hd"><div class="logo">{img(p['site'],40,40)}{e(p['site'])}</div><div class="tools"><a href="#">长者模式</a> <a href="#">无障碍</a> <input type="search" placeholder="搜索"> <a href="#">登录</a></div></div>
{nav(p)}
<div class="wrapper"><div class="art">{crumbs(p)}{opt(p,'kicker','<p class="kicker">{}</p>')}{bar if pos=='above' else ''}<h1>{title_html(p)}</h1>{opt(p,'deck','<h2 class="deck">{}</h2>')}{bar if pos=='below' else ''}
{opt(p,'byline_top','<p class="by">{}</p>')}{body_html(p)}{opt(p,'byline_end','<p class="by">{}</p>')}
{bar if pos=='bottom' else ''}{opt(p,'editor','<p class="ed">{}</p>')}
<div class="share">{e(p.get('share','分享： 微信 微博 复制链接'))}</div>{prevnext(p)}</div>
<aside class="side"><h4>{e(p.get('side_label','热点新闻'))}</h4><ol>{''.join(f'<li><a href="#">{e(x)}</a></li>' for x in side)}</ol>{img('扫码关注',120,120)}<p class="caption">{e(p.get('qr','扫一扫 关注我们'))}</p></aside></div>
{related(p)}{footer(p)}"""
    return page(p, css, inner)

def t_en(p):
    css = BASE + "body{font-family:Georgia,serif}.hd{background:#002b5c;color:#fff;padding:14px 6%;font-size:26px}.nav{padding:8px 6%;border-bottom:2px solid #002b5c}.nav a{margin-right:16px;font-family:Arial}.art{max-width:760px;margin:20px auto}h1{font-size:32px}.info{color:#777;font-family:Arial;font-size:13px}.info span{margin-right:14px}.art p{font-size:18px;line-height:1.7}"
    bar = bar_html(p); pos = p.get("bar_pos", "below")
    inner = f"""<div class="hd">{e(p['site'])}</div>{nav(p)}<div class="art">{crumbs(p)}{bar if pos=='above' else ''}<h1>{title_html(p)}</h1>{bar if pos=='below' else ''}
{opt(p,'byline_top','<p class="by">{}</p>')}{body_html(p)}{opt(p,'byline_end','<p class="by">{}</p>')}{bar if pos=='bottom' else ''}{opt(p,'editor','<p class="ed">{}</p>')}
<div class="share">Share: Facebook Twitter LinkedIn</div>{related(p)}</div>{footer(p)}"""
    return page(p, css, inner)

def t_self(p):
    v = p.get("variant", "wechat")
    css = BASE + ".rich{max-width:677px;margin:0 auto;padding:20px 16px}h1{font-size:22px;line-height:1.4}.meta{color:#888;font-size:15px;margin-bottom:20px}.meta span{margin-right:8px}.rich p{font-size:17px;line-height:1.75;letter-spacing:.5px}.acct{color:#576b95}.foot{color:#999;font-size:14px}.follow{background:#f5f5f5;padding:10px;display:flex;align-items:center;gap:10px}.btn{background:#f85959;color:#fff;padding:4px 10px;border-radius:4px}.open{position:sticky;bottom:0;background:#e33;color:#fff;text-align:center;padding:12px}"
    acct = p.get("account", "")
    if v == "wechat":
        head = f'<h1>{title_html(p)}</h1><div class="meta">' + (f'<span>{e(p["wx_author"])}</span>' if p.get("wx_author") else "") + f'<a class="acct" href="#">{e(acct)}</a> <em>{e(p["time"])}</em> <span>{e(p.get("place",""))}</span></div>'
        tail = f'<p class="foot">{e(p.get("tail","阅读原文"))}</p><p class="foot">{e(p.get("views","阅读 1.2万"))}　赞　分享　推荐</p><div class="follow">{img(acct+"头像",40,40)}<span>{e(acct)}</span><span>{e(p.get("acct_desc",""))}</span></div><p class="caption">长按识别二维码关注</p>'
    elif v == "weibo":
        head = f'<div class="follow">{img(acct+"头像",50,50)}<div><a class="acct" href="#">{e(acct)}</a><div class="meta">{e(p["time"])} 来自 {e(p.get("device","微博网页版"))}</div></div><span class="btn">+关注</span></div><h1>{title_html(p)}</h1>'
        tail = f'<p class="foot">转发 {e(p.get("rt","218"))}　评论 {e(p.get("cm","96"))}　赞 {e(p.get("lk","1503"))}</p>'
    elif v == "app":
        head = f'<div class="follow">{img(p["site"]+"标识",36,36)}<b>{e(p["site"])}</b><span class="btn">打开APP</span></div>' + bar_html(p) * (p.get("bar_pos") == "above") + f'<h1>{title_html(p)}</h1>' + bar_html(p) * (p.get("bar_pos") != "above")
        tail = f'<p class="foot">{e(p.get("views",""))}</p><div class="open">打开{e(p["site"])}，阅读体验更佳</div>'
    else:  # toutiao / baijia / netease
        head = f'<div class="nav">{e(p["site"])}　首页　下载APP　登录</div><h1>{title_html(p)}</h1>' + bar_html(p, "meta") + f'<div class="follow">{img(acct+"头像",40,40)}<a class="acct" href="#">{e(acct)}</a><span>{e(p.get("acct_desc",""))}</span><span class="btn">关注</span></div>'
        tail = f'<p class="foot">{e(p.get("views",""))}</p><p class="foot">举报/反馈</p>'
    inner = f'<div class="rich">{head}{opt(p,"byline_top","<p>{}</p>")}{body_html(p)}{opt(p,"byline_end","<p>{}</p>")}{opt(p,"editor","<p class=foot>{}</p>")}{tail}{related(p)}</div>{footer(p)}'
    return page(p, css, inner)

def t_epaper(p):
    css = BASE + "body{background:#e9e4d8}.top{background:#7a1a1a;color:#fff;padding:10px 20px;font-size:24px}.dt2{color:#fff;font-size:13px}.frame{display:flex;width:1200px;margin:0 auto;background:#fff}.left{width:300px;background:#f6f1e6;padding:10px;font-size:13px}.left li{margin:4px 0}.center{flex:1;padding:20px 40px}.yin{font-size:16px;text-align:center;color:#555;margin:0}h1{font-size:30px;text-align:center;margin:8px 0}.fu{text-align:center;font-size:18px;color:#444}.info{text-align:center;color:#777;font-size:12px}.center p{font-size:16px;line-height:1.9;text-indent:2em}.bc{display:flex;gap:8px;flex-wrap:wrap}.bc a{border:1px solid #c9b; padding:2px 6px}"
    bans = p.get("banci") or []
    titles = p.get("ban_titles") or []
    yin = p.get("yin"); fu = p.get("fu")
    inner = f"""<div class="top">{e(p['site'])} <span class="dt2">{e(p.get('issue',''))}</span></div>
<div class="frame"><div class="left">{img('版面缩略图',280,400)}<div class="bc">{''.join(f'<a href="#">{e(b)}</a>' for b in bans)}</div>
<p><a href="#">上一版</a> <a href="#">下一版</a> <a href="#">往期回顾</a></p>
<h4>本版标题</h4><ul>{''.join(f'<li><a href="#">{e(t)}</a></li>' for t in titles)}</ul></div>
<div class="center">{opt(p,'crumbline','<p class="crumb">{}</p>')}{'<p class="yin">'+e(yin)+'</p>' if yin else ''}<h1>{title_html(p)}</h1>{'<p class="fu">'+e(fu)+'</p>' if fu else ''}{bar_html(p) if p.get('bar') else ''}
{opt(p,'byline_top','<p class="by">{}</p>')}{body_html(p)}{opt(p,'byline_end','<p class="by">{}</p>')}{opt(p,'editor','<p class="ed">{}</p>')}
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p></div></div>{footer(p)}"""
    return page(p, css, inner)

TPL = {"gov_table": t_gov_table, "gov_div": t_gov_div, "flex": t_flex, "en": t_en, "self": t_self, "epaper": t_epaper}

def gold(p):
    paras = []
    for b in p["body"]: paras += block_gold(b)
    return {"id": p["id"], "set": "zh-blind187", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
            "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": paras}

def main():
    ids = set()
    for p in PAGES:
        assert p["id"] not in ids; ids.add(p["id"])
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(TPL[p["tpl"]](p))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(p), f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(PAGES), "pages built")

if __name__ == "__main__":
    main()
