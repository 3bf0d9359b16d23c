"""Rendering helpers and page skins for the zh-blind56 set.

A page is a dict; its article body is a list of blocks.  Each block is rendered to HTML
and, when it is article body, also contributes gold paragraphs:
  "text"                 body paragraph
  ("h", text)            sub-heading (body)
  ("hb", text)           sub-heading rendered as bold <p> (body)
  ("r", text)            right-aligned line, e.g. 署名 / 成文日期 (body)
  ("att", label, name)   attachment line with a download link (body: label+name)
  ("t", rows)            table (body: one paragraph per row, cells joined by a space)
  ("box", title, items)  专栏 box (body: title, then each item)
  ("ol", items)          numbered list, items printed as given (body)
  ("q", text)            quoted passage / 编者按 (body)
  ("img", alt, caption)  image + optional caption (not body)
  ("vid", alt, dur)      video block with 时长 line (not body)
  ("x", text)            non-body line in the article area (byline, 责任编辑, 来源 …)
  ("raw", html)          non-body raw HTML
"""
import html
import zlib

E = html.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


def img(alt, w=600, h=380):
    return f'<img src="{GIF}" width="{w}" height="{h}" alt="{E(alt)}">'


def render_blocks(blocks, indent=False, pstyle=""):
    out, gold = [], []
    pre = "\u3000\u3000" if indent else ""
    st = f' style="{pstyle}"' if pstyle else ""
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p{st}>{pre}{E(b)}</p>")
            gold.append(b)
            continue
        k = b[0]
        if k == "h":
            out.append(f"<h3>{E(b[1])}</h3>")
            gold.append(b[1])
        elif k == "hb":
            out.append(f"<p{st}>{pre}<strong>{E(b[1])}</strong></p>")
            gold.append(b[1])
        elif k == "r":
            out.append(f'<p style="text-align:right">{E(b[1])}</p>')
            gold.append(b[1])
        elif k == "att":
            out.append(f'<p{st}>{pre}{E(b[1])}<a href="/files/{zlib.crc32(b[2].encode()) % 99999}.{b[2].rsplit(".", 1)[-1]}">{E(b[2])}</a></p>')
            gold.append(b[1] + b[2])
        elif k == "t":
            rows = b[1]
            t = ['<table class="dt" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            t.append("</table>")
            out.append("".join(t))
        elif k == "box":
            out.append('<div class="box" style="border:1px solid #9bb;padding:8px;margin:10px 20px;background:#f4f8f8">'
                       f'<p style="text-align:center"><b>{E(b[1])}</b></p>'
                       + "".join(f"<p>{E(i)}</p>" for i in b[2]) + "</div>")
            gold.append(b[1])
            gold.extend(b[2])
        elif k == "ol":
            out.append("<div class=\"ol\">" + "".join(f"<p{st}>{pre}{E(i)}</p>" for i in b[1]) + "</div>")
            gold.extend(b[1])
        elif k == "q":
            out.append(f'<blockquote style="border-left:4px solid #c00;padding:6px 12px;background:#f7f7f7">{E(b[1])}</blockquote>')
            gold.append(b[1])
        elif k == "img":
            cap = f'<p class="cap" style="text-align:center;font-size:13px;color:#666">{E(b[2])}</p>' if len(b) > 2 and b[2] else ""
            out.append(f'<p style="text-align:center">{img(b[1])}</p>{cap}')
        elif k == "vid":
            out.append(f'<div class="video" style="background:#000;color:#fff;width:640px;margin:10px auto">{img(b[1], 640, 360)}'
                       f'<div class="vbar"><span>▶</span> <span class="dur">{E(b[2])}</span></div></div>')
        elif k == "x":
            out.append(f'<p class="x">{E(b[1])}</p>')
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out), gold


def doc(title, css, body):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=utf-8>\n"
            f"<title>{E(title)}</title>\n<style>{css}</style></head>\n<body>\n{body}\n</body></html>\n")


def ul(items, cls="list"):
    return f'<ul class="{cls}">' + "".join(
        f'<li><a href="#">{E(t[0])}</a>' + (f'<span>{E(t[1])}</span>' if len(t) > 1 else "") + "</li>"
        for t in items) + "</ul>"


def nav(items, sep=""):
    return '<div class="nav">' + sep.join(f'<a href="#">{E(i)}</a>' for i in items) + "</div>"


def record_table(pairs, colon=True, cols=2):
    c = "：" if colon else ""
    rows = []
    for i in range(0, len(pairs), cols):
        cells = "".join(f'<td class="k">{E(k)}{c}</td><td>{E(v)}</td>' for k, v in pairs[i:i + cols])
        rows.append(f"<tr>{cells}</tr>")
    return '<table class="rec" border="1" cellspacing="0" cellpadding="5" style="width:100%;border-collapse:collapse">' + "".join(rows) + "</table>"


def footer_gov(host, org, bsm, icp, ga, extra=""):
    return (f'<div class="foot"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">网站纠错</a></p>'
            f'<p>主办单位：{E(org)}　承办：{E(host)}</p><p>网站标识码：{bsm}　<a href="#">{icp}</a>　<a href="#">{ga}</a></p>{extra}'
            '<p>建议使用1920×1080分辨率浏览本网站</p></div>')


CSS_GOV2010 = ("body{font:12px/1.8 SimSun,serif;background:#e9eef3;margin:0}table{border-collapse:collapse}"
               ".wrap{width:1000px;margin:0 auto;background:#fff}.banner{background:#1f5aa6;color:#fff;font-size:30px;padding:24px}"
               ".nav a{color:#fff;padding:0 14px}.navbar{background:#c4161c;padding:6px}.title{font-size:22px;color:#c00;text-align:center;font-weight:bold}"
               ".info{text-align:center;border-bottom:1px dashed #999;color:#666}.content p{font-size:16px;line-height:2}.foot{text-align:center;background:#1f5aa6;color:#fff;padding:10px}.foot a{color:#fff}")
CSS_GOV2020 = ("body{font-family:'Microsoft YaHei',sans-serif;margin:0;color:#222}.top{background:#f2f2f2;font-size:13px;padding:4px 60px;position:sticky;top:0}"
               ".top span{margin-right:16px}.hd{background:linear-gradient(#0a4ea3,#2876d2);color:#fff;padding:26px 60px;font-size:32px}"
               ".hd input{float:right;width:260px;font-size:14px}.nav{background:#0b3f86;padding:8px 60px}.nav a{color:#fff;margin-right:26px}"
               ".main{width:1100px;margin:0 auto}.crumb{color:#555;padding:10px 0}.title{font-size:26px;text-align:center;font-weight:bold;margin:20px 0}"
               ".info{text-align:center;color:#777;font-size:14px;border-bottom:1px solid #ddd;padding-bottom:8px}.content{font-size:17px;line-height:2}"
               ".foot{background:#0b3f86;color:#ddd;text-align:center;padding:16px;font-size:13px}.foot a{color:#ddd}.side{float:right;width:280px}")
CSS_NEWS = ("body{font-family:sans-serif;margin:0}.bar{background:#222;color:#ccc;font-size:12px;padding:4px 40px}.bar a{color:#ccc;margin-right:10px}"
            ".logo{font-size:28px;color:#b00;padding:14px 40px;font-weight:bold}.nav{background:#b00;padding:6px 40px}.nav a{color:#fff;margin-right:18px}"
            ".wrap{width:1080px;margin:0 auto}.art{width:720px;float:left}.side{width:320px;float:right}h1{font-size:30px}"
            ".info{color:#888;font-size:14px}.content p{font-size:18px;line-height:1.9}.foot{clear:both;background:#333;color:#aaa;padding:12px;text-align:center;font-size:12px}")


def gov2010(p):
    rb, gold = render_blocks(p["blocks"], indent=True)
    rec = f'<tr><td>{record_table(p["record"], p.get("rec_colon", True))}</td></tr>' if p.get("record") else ""
    title = p.get("title_html") or E(p["title"])
    tb = ('<table width="100%"><tr><td class="tb">' + E(p.get("date_top", "")) + '</td><td align="right">'
          '<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">繁體中文</a> | <a href="#">无障碍浏览</a></td></tr></table>')
    body = f'''<table class="wrap" width="1000" align="center"><tr><td>{tb}</td></tr>
<tr><td class="banner">{E(p["site"])}<span style="float:right;font-size:12px"><input type="text" placeholder="{E(p.get("ph", "请输入关键字"))}"><button>搜索</button></span></td></tr>
<tr><td class="navbar">{nav(p["nav"], " | ")}</td></tr>
<tr><td>当前位置：{" &gt;&gt; ".join(f'<a href="#">{E(c)}</a>' for c in p["crumbs"])}</td></tr>
{rec}
<tr><td class="title">{title}</td></tr>
<tr><td class="info">{p["info"]}</td></tr>
<tr><td class="content">{rb}</td></tr>
<tr><td align="right">{p.get("tools", "【<a href='#'>打印本页</a>】【<a href='#'>关闭窗口</a>】")}</td></tr>
<tr><td>{p.get("after", "")}</td></tr>
<tr><td>{p["footer"]}</td></tr></table>'''
    return doc(p["title"] + "_" + p["site"], CSS_GOV2010, body), gold


def gov2020(p):
    rb, gold = render_blocks(p["blocks"], indent=p.get("indent", False))
    title = p.get("title_html") or E(p["title"])
    rec = record_table(p["record"], p.get("rec_colon", True), p.get("rec_cols", 2)) if p.get("record") else ""
    tparts = [f'<div class="title">{title}</div>', f'<div class="info">{p["info"]}</div>']
    if p.get("info_above"):
        tparts.reverse()
    top = p.get("topbar", '<span>您好，欢迎访问！</span><span style="float:right"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">登录</a> | <a href="#">注册</a></span>')
    body = f'''<div class="top">{top}</div>
<div class="hd">{E(p["site"])}<input type="text" placeholder="{E(p.get("ph", "搜索本站内容"))}"></div>
{nav(p["nav"])}
<div class="main">
<div class="crumb">{p.get("crumb_label", "您当前所在位置：")}{" &gt; ".join(f'<a href="#">{E(c)}</a>' for c in p["crumbs"])}</div>
{p.get("pre_title", "")}
{rec}
{"".join(tparts)}
<div class="content">{rb}</div>
{p.get("after", "")}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　<a href="#">【打印】</a> <a href="#">【关闭】</a></div>
<div class="qr">{img("二维码", 90, 90)}<p>扫一扫在手机打开当前页</p></div>
</div>
{p["footer"]}'''
    return doc(p["title"] + "-" + p["site"], CSS_GOV2020, body), gold


def news(p):
    rb, gold = render_blocks(p["blocks"], indent=p.get("indent", False))
    title = p.get("title_html") or E(p["title"])
    head = f'{p.get("pre_title", "")}<h1>{title}</h1>{p.get("post_title", "")}'
    info = f'<div class="info">{p["info"]}</div>'
    th = info + head if p.get("info_above") else head + info
    body = f'''<div class="bar">{p.get("bar", '<a href="#">首页</a><a href="#">客户端</a><a href="#">登录</a><a href="#">注册</a>')}</div>
<div class="logo">{E(p["site"])}<span style="font-size:13px;float:right"><input placeholder="{E(p.get("ph", "搜索"))}"></span></div>
{nav(p["nav"])}
<div class="wrap"><div class="crumb">{p.get("crumb", "")}</div>
<div class="art">{th}
<div class="content">{rb}</div>
{p.get("after", "")}
</div>
<div class="side">{p.get("side", "")}</div></div>
<div class="foot">{p["footer"]}</div>'''
    return doc(p["title"] + "_" + p["site"], p.get("css", CSS_NEWS), body), gold


def custom(p):
    """Page supplies its own template string with {BODY} (and optionally {TITLE})."""
    rb, gold = render_blocks(p["blocks"], indent=p.get("indent", False), pstyle=p.get("pstyle", ""))
    body = p["tpl"].replace("{BODY}", rb).replace("{TITLE}", p.get("title_html") or E(p["title"]))
    return doc(p.get("doc_title", p["title"]), p.get("css", ""), body), gold


SKINS = {"gov2010": gov2010, "gov2020": gov2020, "news": news, "custom": custom}
