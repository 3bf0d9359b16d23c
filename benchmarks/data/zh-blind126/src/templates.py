"""Twelve invented site templates (T1..T12).  Each takes a page description and returns HTML.

A page description (see pages_*.py) has: site, nav, crumbs, title, (pre, sub), info (list of
info-bar strings, the template decides how to lay them out), blocks, tail (non-body lines after
the body: editor, source ...), related, footer, and free extras.  Body blocks:
  ('p', text)            body paragraph
  ('h', text)            body sub-heading
  ('li', [items])        body list (one paragraph per item)
  ('table', rows)        body table (one paragraph per row)
  ('sig', text)          body, right aligned (署名, 成文日期)
  ('img', alt, caption)  picture: not body (caption may be '')
  ('x', text)            a non-body line inside the article (byline line, 原标题, 文号 ...)
"""
from html import escape as e

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def gold_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "sig"):
            out.append(b[1])
        elif k == "li":
            out.extend(b[1])
        elif k == "table":
            out.extend(" ".join(c for c in row) for row in b[1])
    return out


def body_html(blocks, style="p"):
    """style: 'p' (<p>), 'indent' (<p>　　text), 'br' (text<br><br>), 'div' (<div>), 'ptag-space' (p with nbsp indent)."""
    h = []
    for b in blocks:
        k = b[0]
        if k == "p":
            t = e(b[1])
            if style == "p":
                h.append(f"<p>{t}</p>")
            elif style == "indent":
                h.append(f"<p>\u3000\u3000{t}</p>")
            elif style == "br":
                h.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{t}<br><br>")
            elif style == "div":
                h.append(f"<div class=\"para\">{t}</div>")
            else:
                h.append(f"<p>&nbsp;&nbsp;{t}</p>")
        elif k == "h":
            if style == "br":
                h.append(f"<b>{e(b[1])}</b><br><br>")
            else:
                h.append(f"<h3 class=\"sub\">{e(b[1])}</h3>" if style in ("p", "div") else f"<p><strong>\u3000\u3000{e(b[1])}</strong></p>")
        elif k == "li":
            if style == "br":
                h.append("".join(f"{e(x)}<br>" for x in b[1]) + "<br>")
            else:
                h.append("<ul class=\"lst\">" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "table":
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            h.append("<table class=\"data\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
        elif k == "sig":
            h.append(f"<p style=\"text-align:right\">{e(b[1])}</p>")
        elif k == "img":
            img = f"<img alt=\"{e(b[1])}\" src=\"{GIF}\" width=\"600\" height=\"1\">" if b[1] else f"<img src=\"{GIF}\" alt=\"\">"
            cap = f"<p class=\"cap\" style=\"text-align:center\">{e(b[2])}</p>" if b[2] else ""
            h.append(f"<div class=\"pic\" style=\"text-align:center\">{img}</div>{cap}")
        elif k == "x":
            h.append(f"<p class=\"note\">{e(b[1])}</p>" if style != "br" else f"{e(b[1])}<br><br>")
    return "\n".join(h)


def page(title_tag, css, inner):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{e(title_tag)}</title><style>{css}</style></head>\n<body>\n{inner}\n</body></html>\n")


def ul(items, cls="", sep=""):
    return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"#\">{e(x)}</a>{sep}</li>" for x in items) + "</ul>"


def lines(items, tag="p"):
    return "".join(f"<{tag}>{e(x)}</{tag}>" for x in items)


def full_title(p):
    return p.get("title_html") or e(p["title"])


BASE = "body{font:14px/1.8 'Microsoft YaHei',SimSun,sans-serif;margin:0;color:#333}a{color:#333;text-decoration:none}ul{list-style:none;margin:0;padding:0}table.data{border-collapse:collapse;margin:10px auto}table.data td,table.data th{border:1px solid #999;padding:4px 8px}"


# T1: 2010s table layout, gov portal: 【字体：大 中 小】【打印】【关闭】 under title
def T1(p):
    css = BASE + ".wrap{width:1000px;margin:0 auto}.nav td{background:#b00;color:#fff;text-align:center}.tit{font-size:22px;color:#c00;text-align:center;font-weight:bold}.info{text-align:center;border-bottom:1px dashed #ccc}"
    top = "".join(f"<td><a href=\"#\">{e(x)}</a></td>" for x in p["nav"])
    info = "&nbsp;&nbsp;".join(e(x) for x in p["info"])
    rel = "".join(f"<tr><td>·<a href=\"#\">{e(x)}</a></td></tr>" for x in p.get("related", []))
    inner = f"""<table class="wrap" width="1000" align="center"><tr><td>{e(p['site'])}</td><td align="right">{e(p.get('topbar','设为首页 | 加入收藏 | 手机版'))}</td></tr></table>
<table class="wrap nav"><tr>{top}</tr></table>
<table class="wrap"><tr><td>您现在的位置：{' &gt;&gt; '.join(e(x) for x in p['crumbs'])}</td></tr></table>
<table class="wrap" border="0"><tr><td>
<div class="tit">{full_title(p)}</div>
<div class="info">{info}&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="con">{body_html(p['blocks'], p.get('bstyle','br'))}</div>
{lines(p.get('tail', []), 'div')}
<div align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</td></tr></table>
<table class="wrap"><tr><td><b>相关链接</b></td></tr>{rel}</table>
<table class="wrap" bgcolor="#eee"><tr><td align="center">{'<br>'.join(e(x) for x in p['footer'])}</td></tr></table>"""
    return page(p["title"] + "_" + p["site"], css, inner)


# T2: modern responsive gov portal with 无障碍/长者模式, info spans below title, share, 上一篇/下一篇
def T2(p):
    css = BASE + ".top{background:#f5f5f5;font-size:12px}.top span{margin-right:12px}header h1.logo{font-size:26px}.crumb{margin:10px 0}.art h1{font-size:24px;text-align:center}.meta span{margin-right:20px}.share{margin-top:20px}"
    meta = "".join(f"<span>{e(x)}</span>" for x in p["info"])
    inner = f"""<div class="top"><span>{e(p.get('welcome','欢迎访问'+p['site']))}</span><span><a href="#">无障碍</a></span><span><a href="#">长者模式</a></span><span><a href="#">繁體</a></span><span><a href="#">English</a></span></div>
<header><h1 class="logo">{e(p['site'])}</h1><form><input type="text" placeholder="请输入关键词"><button>搜索</button></form></header>
<nav>{ul(p['nav'], 'mainnav')}</nav>
<div class="crumb">当前位置：{' &gt; '.join(f'<a href="#">{e(x)}</a>' for x in p['crumbs'])}</div>
<article class="art"><h1>{full_title(p)}</h1>
<div class="meta">{meta}<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">{body_html(p['blocks'], p.get('bstyle','indent'))}</div>
{lines(p.get('tail', []))}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="prn"><a href="#">【打印】</a><a href="#">【关闭】</a></div>
<div class="pn"><p>上一篇：<a href="#">{e(p.get('prev','没有了'))}</a></p><p>下一篇：<a href="#">{e(p.get('next','没有了'))}</a></p></div>
</article>
<section class="rel"><h4>相关文章</h4>{ul(p.get('related', []))}</section>
<footer>{lines(p['footer'])}<p><img alt="党政机关" src="{GIF}"> <img alt="政府网站找错" src="{GIF}"></p></footer>"""
    return page(p["title"], css, inner)


# T3: portal, right sidebar (热点排行) placed BEFORE the article in the DOM, info glued above title
def T3(p):
    css = BASE + ".side{float:right;width:300px}.main{margin-right:320px}.main h1{font-size:28px}.src{color:#999}"
    info = " ".join(e(x) for x in p["info"])
    inner = f"""<div class="hd">{e(p['site'])} <a href="#">登录</a> <a href="#">注册</a> <a href="#">客户端</a></div>
{ul(p['nav'], 'nav', ' | ')}
<div class="crumb">{' &gt; '.join(e(x) for x in p['crumbs'])}</div>
<div class="side"><h4>{e(p.get('sidehead','热点排行'))}</h4><ol>{''.join(f'<li>{e(x)}</li>' for x in p.get('side', []))}</ol></div>
<div class="main"><div class="src">{info}</div><h1>{full_title(p)}</h1>
<div class="artbody">{body_html(p['blocks'], p.get('bstyle','p'))}</div>
{lines(p.get('tail', []))}
<div class="tool">{e(p.get('tool','分享到： 微信 微博 QQ 复制链接'))}</div>
<h4>相关阅读</h4>{ul(p.get('related', []))}</div>
<div class="ft" style="clear:both">{lines(p['footer'])}</div>"""
    return page(p["title"] + " - " + p["site"], css, inner)


# T4: city media / TV site: channel bar, big title, one-line info "时间 来源 作者" glued, video alt, scan QR
def T4(p):
    css = BASE + ".chan{background:#036;color:#fff}.chan a{color:#fff;margin:0 8px}h1{font-size:30px;font-weight:600}.qr{float:right;width:120px;font-size:12px}"
    info = "".join(e(x) for x in p["info"])
    inner = f"""<div class="topline">{e(p.get('topbar',''))}</div>
<div class="logo"><img alt="{e(p['site'])}" src="{GIF}"> {e(p.get('slogan',''))}</div>
<div class="chan">{''.join(f'<a href="#">{e(x)}</a>' for x in p['nav'])}</div>
<div class="pos">{' / '.join(e(x) for x in p['crumbs'])}</div>
<div class="qr"><img alt="" src="{GIF}"><p>扫一扫 手机看新闻</p></div>
<h1>{full_title(p)}</h1>
<div class="info">{info}</div>
<div class="txt">{body_html(p['blocks'], p.get('bstyle','p'))}</div>
{lines(p.get('tail', []))}
<div class="like">点赞 <span>{e(p.get('likes','12'))}</span> 收藏 分享</div>
<div class="more"><h4>{e(p.get('relhead','更多新闻'))}</h4>{ul(p.get('related', []))}</div>
<div class="foot">{lines(p['footer'])}</div>"""
    return page(p["title"], css, inner)


# T5: app share page (mobile): 打开APP banner, author block, body, 打开APP阅读更多, comments
def T5(p):
    css = BASE + "body{max-width:640px;margin:0 auto}.appbar{background:#e33;color:#fff;padding:6px}h1{font-size:22px}.au{display:flex;gap:8px;font-size:13px;color:#888}"
    au = "".join(f"<span>{e(x)}</span>" for x in p["info"])
    inner = f"""<div class="appbar"><img alt="{e(p['site'])}" src="{GIF}"> {e(p['site'])} <a href="#">打开APP</a></div>
<h1>{full_title(p)}</h1>
<div class="au">{au}</div>
<div class="ct">{body_html(p['blocks'], p.get('bstyle','p'))}</div>
{lines(p.get('tail', []))}
<div class="open"><a href="#">打开APP阅读更多精彩内容</a></div>
<div class="cmt"><h4>{e(p.get('cmthead','热门评论'))}</h4>{lines(p.get('comments', []))}</div>
<div class="rec"><h4>{e(p.get('relhead','推荐阅读'))}</h4>{ul(p.get('related', []))}</div>
<div class="f">{lines(p['footer'])}</div>"""
    return page(p["title"], css, inner)


# T6: self-media platform page: account card at side (before article), "关注" button, date · IP属地
def T6(p):
    css = BASE + ".acct{float:left;width:220px}.art{margin-left:240px}h1{font-size:26px}.m{color:#999}"
    inner = f"""<div class="bar">{e(p['site'])} <a href="#">首页</a> <a href="#">下载APP</a> <a href="#">登录</a></div>
<div class="acct"><img alt="" src="{GIF}"><p>{e(p.get('account',''))}</p><p>{e(p.get('acctdesc',''))}</p><button>关注</button></div>
<div class="art"><h1>{full_title(p)}</h1>
<div class="m">{'&nbsp;·&nbsp;'.join(e(x) for x in p['info'])}</div>
<div class="c">{body_html(p['blocks'], p.get('bstyle','p'))}</div>
{lines(p.get('tail', []))}
<div class="decl">{e(p.get('decl','特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台“'+p['site']+'”用户上传并发布，本平台仅提供信息存储服务。'))}</div>
<div class="rl"><h4>{e(p.get('relhead','相关推荐'))}</h4>{ul(p.get('related', []))}</div></div>
<div class="ft" style="clear:both">{lines(p['footer'])}</div>"""
    return page(p["title"], css, inner)


# T7: WeChat article layout
def T7(p):
    css = BASE + "#page{max-width:677px;margin:0 auto}h1{font-size:22px}.meta{color:rgba(0,0,0,.5);font-size:15px}.meta span{margin-right:8px}"
    meta = " ".join(f"<span>{e(x)}</span>" for x in p["info"])
    inner = f"""<div id="page"><h1 class="rich_media_title">{full_title(p)}</h1>
<div class="meta">{meta}</div>
<div class="rich_media_content">{body_html(p['blocks'], p.get('bstyle','p'))}</div>
{lines(p.get('tail', []))}
<div class="ops"><a href="#">阅读原文</a> 阅读 {e(p.get('reads','1.2万'))} <a href="#">分享</a> <a href="#">收藏</a> <a href="#">赞</a> <a href="#">在看</a></div>
<div class="qr"><img alt="" src="{GIF}"><p>微信扫一扫<br>关注该公众号</p></div>
<div class="rec"><h4>{e(p.get('relhead','继续滑动看下一个'))}</h4>{ul(p.get('related', []))}</div>
{lines(p['footer'])}</div>"""
    return page(p["title"], css, inner)


# T8: e-paper: 版次 nav first, then 引题/主题/副题 stack, body, 本版标题 list
def T8(p):
    css = BASE + ".bm{float:left;width:260px}.paper{margin-left:280px}.yt,.ft2{font-size:16px}.zt{font-size:26px;font-weight:bold}"
    bm = "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in p.get("banci", []))
    inner = f"""<div class="hd">{e(p['site'])} {e(p.get('datebar',''))} <a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<div class="bm"><h4>版面导航</h4><ul>{bm}</ul><p><a href="#">上一版</a> <a href="#">下一版</a></p></div>
<div class="paper">
<div class="yt">{e(p.get('pre',''))}</div>
<div class="zt">{full_title(p)}</div>
<div class="ft2">{e(p.get('sub',''))}</div>
<div class="inf">{'<br>'.join(e(x) for x in p['info'])}</div>
<div class="zw">{body_html(p['blocks'], p.get('bstyle','indent'))}</div>
{lines(p.get('tail', []))}
<p><a href="#">上一篇</a> <a href="#">下一篇</a></p>
<div class="bbt"><h4>本版标题</h4>{ul(p.get('related', []))}</div></div>
<div class="foot" style="clear:both">{lines(p['footer'])}</div>"""
    return page(p["title"], css, inner)


# T9: university / institution news: info in one line "时间：… 作者：… 来源：… 点击：…" BELOW the body too
def T9(p):
    css = BASE + ".logo{height:80px}.ttl{font-size:20px;text-align:center;color:#0a3d8f}.ifo{text-align:center;color:#666;font-size:12px}"
    inner = f"""<div class="logo"><img alt="{e(p['site'])}" src="{GIF}"> {e(p.get('slogan',''))} <a href="#">{e(p.get('toplinks','信息门户 | 校友 | English'))}</a></div>
<div class="menu">{' '.join(f'<a href="#">{e(x)}</a>' for x in p['nav'])}</div>
<div class="left"><h3>{e(p['crumbs'][-1])}</h3>{ul(p.get('leftmenu', []))}</div>
<div class="pos">当前位置: {' &gt;&gt; '.join(e(x) for x in p['crumbs'])} &gt;&gt; 正文</div>
<div class="ttl">{full_title(p)}</div>
<div class="ifo">{'&nbsp;&nbsp;&nbsp;'.join(e(x) for x in p['info'])}</div>
<div class="v_news_content">{body_html(p['blocks'], p.get('bstyle','ptag-space'))}</div>
{lines(p.get('tail', []))}
<div class="pn">上一条：<a href="#">{e(p.get('prev',''))}</a><br>下一条：<a href="#">{e(p.get('next',''))}</a></div>
<div class="btm">{lines(p['footer'])}</div>"""
    return page(p["title"] + "-" + p["site"], css, inner)


# T10: dl-based layout (courts, departments): info bar above the title as a <dl>, 打印本页 关闭窗口
def T10(p):
    css = BASE + "dl.i{display:flex;gap:16px;color:#777}dl.i dt,dl.i dd{margin:0}.h{font-size:24px;text-align:center}"
    dl = "".join(f"<dd>{e(x)}</dd>" for x in p["info"])
    inner = f"""<div class="banner"><img alt="{e(p['site'])}" src="{GIF}"><span>{e(p.get('slogan',''))}</span></div>
<div class="util"><a href="#">长者模式</a> | <a href="#">无障碍阅读</a> | <a href="#">移动版</a></div>
<div class="nav">{ul(p['nav'])}</div>
<p class="loc">您所在的位置：{' &gt; '.join(e(x) for x in p['crumbs'])} &gt; 正文</p>
<div class="h">{full_title(p)}</div>
<dl class="i">{dl}</dl>
<div class="text">{body_html(p['blocks'], p.get('bstyle','indent'))}</div>
{lines(p.get('tail', []))}
<p class="ops"><a href="#">打印本页</a> <a href="#">关闭窗口</a></p>
<div class="rel"><h4>{e(p.get('relhead','相关新闻'))}</h4>{ul(p.get('related', []))}</div>
<div class="ft">{lines(p['footer'])}</div>"""
    return page(p["title"], css, inner)


# T11: English-style news layout: section kicker, headline, "By X | Source | Updated: ..." line, aside
def T11(p):
    css = BASE + "h1{font-size:32px;font-family:Georgia,serif}.by{color:#555}.aside{border-top:1px solid #ccc}"
    lang = p.get("lang", "zh")
    inner = f"""<div class="mast">{e(p['site'])} {' '.join(f'<a href="#">{e(x)}</a>' for x in p.get('toplinks_list', []))}</div>
<nav>{' '.join(f'<a href="#">{e(x)}</a>' for x in p['nav'])}</nav>
<div class="kicker">{' &gt; '.join(e(x) for x in p['crumbs'])}</div>
<h1>{full_title(p)}</h1>
<p class="by">{' | '.join(e(x) for x in p['info'])}</p>
<div class="story">{body_html(p['blocks'], p.get('bstyle','p'))}</div>
{lines(p.get('tail', []))}
<div class="share">{'Share:' if lang == 'en' else '分享：'} <a href="#">Facebook</a> <a href="#">X</a> <a href="#">{'WeChat' if lang == 'en' else '微信'}</a></div>
<div class="aside"><h4>{e(p.get('relhead','Related Stories' if lang == 'en' else '相关报道'))}</h4>{ul(p.get('related', []))}</div>
<footer>{lines(p['footer'])}</footer>"""
    return page(p["title"], css, inner)


# T12: 2025 design: sticky header, aside "目录"-like quick links, info as <ul> chips, 扫码 QR, big footer grid
def T12(p):
    css = BASE + ".hdr{display:flex;justify-content:space-between}.chips{display:flex;gap:10px;list-style:none;font-size:13px}.chips li{background:#f0f3f8;padding:2px 8px}.grid{display:grid;grid-template-columns:1fr 1fr 1fr}h1.t{font-size:28px}"
    chips = "".join(f"<li>{e(x)}</li>" for x in p["info"])
    inner = f"""<div class="hdr"><div><img alt="" src="{GIF}"> {e(p['site'])}</div><div><a href="#">长者模式</a> <a href="#">无障碍</a> <a href="#">简</a>/<a href="#">繁</a> <input placeholder="搜索本站"></div></div>
<nav>{ul(p['nav'], 'mnav')}</nav>
<div class="bc">{' › '.join(e(x) for x in p['crumbs'])}</div>
<main>{('<p class="kick">'+e(p['pre'])+'</p>') if p.get('pre') else ''}<h1 class="t">{full_title(p)}</h1>{('<p class="subt">'+e(p['sub'])+'</p>') if p.get('sub') else ''}
<ul class="chips">{chips}</ul>
<div class="article-body">{body_html(p['blocks'], p.get('bstyle','p'))}</div>
{lines(p.get('tail', []))}
<div class="qr"><img alt="" src="{GIF}"> <span>{e(p.get('qr','扫码在手机上查看'))}</span></div>
<div class="fontsize">字号：<a href="#">A+</a> <a href="#">A</a> <a href="#">A-</a> <a href="#">打印</a> <a href="#">收藏</a></div>
</main>
<aside><h4>{e(p.get('relhead','推荐阅读'))}</h4>{ul(p.get('related', []))}</aside>
<footer class="grid">{lines(p['footer'], 'div')}</footer>"""
    return page(p["title"], css, inner)


TEMPLATES = {f"T{i}": globals()[f"T{i}"] for i in range(1, 13)}
