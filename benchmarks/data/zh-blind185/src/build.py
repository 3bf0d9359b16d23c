#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind185 from the page definitions.
The body blocks are the one source of truth for both files."""
import json, os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from pages_gov import PAGES as P1
from pages_media import PAGES as P2
from pages_other import PAGES as P3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape

BODY_TYPES = ("p", "h", "li", "table", "quote", "sign")

def gold_paragraphs(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "table":
            for row in b[1]:
                out.append(" ".join(row))
        elif t in ("p", "h", "li", "quote", "sign"):
            out.append(b[1])
    return out

def img(alt, cls="pic"):
    return f'<img class="{cls}" src="{GIF}" alt="{E(alt)}" width="1" height="1">'

def render_blocks(blocks, style):
    out, in_list = [], False
    for b in blocks:
        t = b[0]
        if t != "li" and in_list:
            out.append("</ul>"); in_list = False
        if t == "p":
            if style == "br":
                out.append(f'<div class="para">{E(b[1])}</div>')
            elif style == "indent":
                out.append(f'<p style="text-indent:2em;">{E(b[1])}</p>')
            elif style == "span":
                out.append(f'<p><span style="font-size:16px;font-family:宋体;">{E(b[1])}</span></p>')
            else:
                out.append(f"<p>{E(b[1])}</p>")
        elif t == "h":
            if style == "span":
                out.append(f'<p><strong><span style="font-size:16px;">{E(b[1])}</span></strong></p>')
            else:
                out.append(f"<h3>{E(b[1])}</h3>")
        elif t == "li":
            if not in_list:
                out.append('<ul class="lst">'); in_list = True
            out.append(f"<li>{E(b[1])}</li>")
        elif t == "quote":
            out.append(f"<blockquote><p>{E(b[1])}</p></blockquote>")
        elif t == "sign":
            out.append(f'<p style="text-align:right;">{E(b[1])}</p>')
        elif t == "table":
            rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table class="dt" border="1" cellspacing="0">{rows}</table>')
        elif t == "img":
            out.append(f'<p class="imgp" style="text-align:center;">{img(b[1])}</p>')
            if len(b) > 2 and b[2]:
                out.append(f'<p class="caption" style="text-align:center;color:#666;">{E(b[2])}</p>')
        elif t == "line":   # non-body standalone line (byline, editor, source)
            out.append(f'<p class="{b[2] if len(b) > 2 else "note"}">{E(b[1])}</p>')
        elif t == "raw":
            out.append(b[1])
    if in_list:
        out.append("</ul>")
    return "\n".join(out)

def bar_html(pg):
    items = pg.get("bar", [])
    if not items:
        return ""
    if pg.get("bar_glue"):
        inner = "".join(f"<span>{E(x)}</span>" for x in items)
    else:
        inner = "&nbsp;&nbsp;&nbsp;".join(f"<span>{E(x)}</span>" for x in items)
    extra = pg.get("bar_extra", "")
    return f'<div class="info">{inner}{extra}</div>'

CSS = {
"gov_table": """body{margin:0;font:12px/1.8 宋体,SimSun;background:#f2f2f2}table.lay{width:1000px;margin:0 auto;background:#fff}
.top{background:#b30000;color:#fff;height:110px;font-size:30px;font-weight:bold;padding-left:30px}.nav td{background:#c00;color:#fff;text-align:center;font-size:14px}
.crumb{padding:6px 10px;border-bottom:1px solid #ddd}h1{font-size:22px;color:#c00;text-align:center}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc;padding:6px}
.content{font-size:16px;padding:10px 40px;line-height:2}.foot{background:#ececec;text-align:center;padding:12px;color:#555}table.dt td{padding:3px 8px;font-size:14px}.idx td{border:1px solid #ccc;padding:4px;font-size:13px}""",
"gov_div": """body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff}.w{width:1200px;margin:0 auto}.toplinks{background:#f5f5f5;font-size:12px;padding:4px}
.banner{height:130px;background:#1a5fb4;color:#fff;font-size:34px;padding:30px}.nav a{display:inline-block;padding:10px 22px;color:#fff;background:#174ea6;text-decoration:none}
.crumb{color:#888;margin:10px 0}.art h1{text-align:center;font-size:26px}.info{text-align:center;color:#888;font-size:13px;background:#f7f7f7;padding:6px}
.TRS_Editor p{font-size:16px;line-height:2;text-indent:2em}.foot{background:#174ea6;color:#dfe;padding:20px;text-align:center;font-size:12px}.side{float:right;width:260px}""",
"gov_flex": """body{margin:0;font:15px/1.75 "PingFang SC",sans-serif;color:#222}header{display:flex;justify-content:space-between;align-items:center;padding:16px 40px;background:linear-gradient(#0b6b3a,#0e8a4a);color:#fff}
.logo{font-size:28px;font-weight:700}main{display:flex;gap:30px;max-width:1180px;margin:20px auto}.art{flex:1}.aside{width:280px}.info{color:#999;font-size:13px;display:flex;gap:16px;flex-wrap:wrap}
h1{font-size:28px}.body p{text-indent:2em;font-size:17px}footer{background:#333;color:#aaa;padding:24px;text-align:center;font-size:13px}.meta-table td{border:1px solid #cde;padding:6px 10px}""",
"media_portal": """body{margin:0;font:14px/1.7 "Microsoft YaHei";}.hd{border-bottom:3px solid #d00;padding:10px 0}.hd .logo{font-size:30px;color:#d00;font-weight:bold}
.w{width:1100px;margin:0 auto}.channel a{margin-right:18px;color:#333}.main{display:flex}.left{width:760px}.right{width:300px;margin-left:40px}.info{color:#999;font-size:13px;margin:12px 0}
h1{font-size:30px;line-height:1.4}.article p{font-size:17px;line-height:1.9;text-indent:2em}.foot{border-top:1px solid #ddd;margin-top:40px;padding:20px;color:#888;text-align:center;font-size:12px}""",
"media_en": """body{margin:0;font:16px/1.6 Georgia,serif;color:#111}.masthead{display:flex;justify-content:space-between;padding:14px 40px;border-bottom:1px solid #ccc}.brand{font:bold 28px Arial}
.container{max-width:840px;margin:30px auto}h1{font:bold 34px/1.2 Arial}.info{color:#666;font:13px Arial;margin:10px 0 20px}.article p{margin:0 0 1em}footer{background:#111;color:#bbb;padding:30px;font:12px Arial;text-align:center}""",
"wx": """body{margin:0;background:#fff;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:#333}.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
h1{font-size:22px;line-height:1.4;margin-bottom:14px}.info{color:rgba(0,0,0,.3);font-size:15px}.info span{margin-right:8px}.rich_media_content p{margin:0 0 18px;letter-spacing:.5px}
.qr{text-align:center;color:#888;font-size:13px}.tool{color:#576b95;font-size:15px;margin-top:30px}""",
"feed": """body{margin:0;background:#f8f8f8;font:16px/1.7 "PingFang SC",sans-serif}.topbar{background:#fff;display:flex;justify-content:space-between;padding:10px 24px;border-bottom:1px solid #eee}
.wrap{max-width:700px;margin:20px auto;background:#fff;padding:30px}.author-card{display:flex;align-items:center;gap:10px}.author-card img{width:40px;height:40px;border-radius:20px}
h1{font-size:28px}.info{color:#999;font-size:13px}.article-content p{margin:0 0 16px}.actions{display:flex;gap:30px;color:#666;border-top:1px solid #eee;padding-top:12px}.comments{color:#666;font-size:14px}""",
"epaper": """body{margin:0;font:14px/1.7 宋体;background:#e9e2d0}.ep-top{background:#8b0000;color:#fff;padding:8px 20px;font-size:22px}.ep-bar{background:#fff4e0;padding:6px 20px;font-size:13px}
.frame{display:flex;width:1200px;margin:0 auto}.pagebox{width:440px;background:#fff;margin:10px;padding:10px}.titles{font-size:13px}.titles li{list-style:square}
.artbox{flex:1;background:#fff;margin:10px;padding:20px}.yt{font-size:15px;color:#333;text-align:center}.zt{font-size:28px;font-weight:bold;text-align:center;margin:6px 0}.ft{font-size:16px;text-align:center;color:#555}
.art p{text-indent:2em;font-size:16px;line-height:1.9}.ep-foot{text-align:center;font-size:12px;color:#666;padding:14px}""",
"inst": """body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333}.ihead{background:#00427a;color:#fff;padding:18px 60px;display:flex;justify-content:space-between}.iname{font-size:26px;font-weight:bold}
.inav{background:#0b5aa0;padding:0 60px}.inav a{color:#fff;display:inline-block;padding:10px 16px}.iwrap{width:1100px;margin:20px auto;display:flex}.sub{width:220px;background:#f4f7fb;padding:10px}
.imain{flex:1;margin-left:30px}h1{font-size:24px;text-align:center;color:#00427a}.info{text-align:center;color:#888;border-bottom:1px solid #e5e5e5;padding-bottom:10px}.icontent p{text-indent:2em;font-size:16px}
.ifoot{background:#00335f;color:#cfd8e3;text-align:center;padding:20px;font-size:12px}table.dt td{border:1px solid #99a;padding:4px 10px}""",
}

def foot(pg):
    f = pg.get("footer")
    if f is None:
        f = [f"主办：{pg['site']}", "版权所有 未经授权禁止复制"]
    return "<br>".join(E(x) for x in f)

def related(pg):
    r = pg.get("related")
    if not r:
        return ""
    lab = pg.get("related_label", "相关阅读")
    return f'<div class="related"><div class="rt">{E(lab)}</div><ul>' + "".join(f"<li><a href='#'>{E(x)}</a></li>" for x in r) + "</ul></div>"

def title_stack(pg):
    h = ""
    if pg.get("kicker"):
        h += f'<div class="yt">{E(pg["kicker"])}</div>'
    tl = pg.get("title_lines")
    if tl:
        h += "<h1>" + "<br>".join(E(x) for x in tl) + "</h1>"
    else:
        h += f'<h1>{E(pg.get("title_print", pg["title"]))}</h1>'
    if pg.get("subtitle"):
        h += f'<div class="ft">{E(pg["subtitle"])}</div>'
    return h

def article_core(pg, style):
    """title + bar + top line + body + end lines, bar position per page."""
    pos = pg.get("bar_pos", "below")
    parts = []
    if pos == "above":
        parts.append(bar_html(pg))
    parts.append(title_stack(pg))
    if pos == "below":
        parts.append(bar_html(pg))
    if pg.get("tools"):
        parts.append(f'<div class="tools">{E(pg["tools"])}</div>')
    if pg.get("top"):
        parts.append(f'<p class="byline">{E(pg["top"])}</p>')
    parts.append(f'<div class="{pg.get("body_class","content")}">' + render_blocks(pg["blocks"], style) + "</div>")
    for x in pg.get("end", []):
        parts.append(f'<p class="endline">{E(x)}</p>')
    if pos == "bottom":
        parts.append(bar_html(pg))
    for x in pg.get("after", []):
        parts.append(f'<div class="after">{E(x)}</div>')
    if pg.get("prevnext"):
        a, b = pg["prevnext"]
        parts.append(f'<div class="pn"><p>上一篇：<a href="#">{E(a)}</a></p><p>下一篇：<a href="#">{E(b)}</a></p></div>')
    parts.append(related(pg))
    return "\n".join(parts)

def nav(items, sep=""):
    return sep.join(f'<a href="#">{E(x)}</a>' for x in items)

def page_gov_table(pg):
    navs = "".join(f"<td>{E(x)}</td>" for x in pg.get("nav", ["首页","政务公开","新闻中心","政务服务","互动交流","走进本县"]))
    idx = ""
    if pg.get("index"):
        idx = '<table class="idx" cellspacing="0">' + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in pg["index"]) + "</table>"
    return f"""<table class="lay" cellpadding="0" cellspacing="0">
<tr><td class="toplinks" style="font-size:12px;text-align:right;">{E(pg.get('toplinks','设为首页 | 加入收藏 | 无障碍 | 长者模式'))}</td></tr>
<tr><td class="top">{img(pg['site']+'标识','logo')}{E(pg['site'])}</td></tr>
<tr><td><table width="100%" class="nav"><tr>{navs}</tr></table></td></tr>
<tr><td class="crumb">{E(pg.get('crumb','当前位置：首页 > 新闻中心'))}</td></tr>
<tr><td>{idx}{article_core(pg, pg.get('style','span'))}</td></tr>
<tr><td class="foot">{foot(pg)}</td></tr></table>"""

def page_gov_div(pg):
    side = ""
    if pg.get("side"):
        side = '<div class="side"><h4>' + E(pg["side"][0]) + "</h4><ul>" + "".join(f"<li>{E(x)}</li>" for x in pg["side"][1:]) + "</ul></div>"
    idx = ""
    if pg.get("index"):
        idx = '<table class="idx meta-table" cellspacing="0">' + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in pg["index"]) + "</table>"
    return f"""<div class="toplinks w">{E(pg.get('toplinks','无障碍浏览 长者模式 登录 注册'))}</div>
<div class="banner">{img(pg['site'],'logo')}{E(pg['site'])}<form class="search"><input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div>
<div class="nav w">{nav(pg.get('nav',['首页','要闻动态','政府信息公开','政务服务','政民互动','专题专栏']))}</div>
<div class="w"><div class="crumb">{E(pg.get('crumb','您当前的位置：首页 > 要闻动态'))}</div>{side}
<div class="art">{idx}{article_core(pg, pg.get('style','plain'))}</div></div>
<div class="foot">{foot(pg)}</div>"""

def page_gov_flex(pg):
    idx = ""
    if pg.get("index"):
        idx = '<table class="meta-table">' + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in pg["index"]) + "</table>"
    aside = "".join(f"<p>{E(x)}</p>" for x in pg.get("aside", ["热点专题", "政务服务入口", "我要留言"]))
    return f"""<header><div class="logo">{img('国徽','logo')}{E(pg['site'])}</div><div>{E(pg.get('toplinks','长者模式 | 无障碍 | 简 | 繁'))}</div></header>
<nav style="background:#eef5ef;padding:10px 40px">{nav(pg.get('nav',['首页','政务公开','政务服务','互动交流','数据开放']), ' ')}</nav>
<main><div class="art"><div class="crumb">{E(pg.get('crumb','首页 / 政务公开 / 政策文件'))}</div>{idx}{article_core(pg, pg.get('style','plain'))}</div><aside class="aside">{aside}</aside></main>
<footer>{foot(pg)}</footer>"""

def page_media_portal(pg):
    right = "".join(f"<li>{E(x)}</li>" for x in pg.get("hot", []))
    return f"""<div class="hd"><div class="w"><span class="logo">{img(pg['site'],'logo')}{E(pg['site'])}</span> <span class="channel">{nav(pg.get('nav',['首页','时政','社会','经济','文旅','视频','评论']))}</span></div></div>
<div class="w"><div class="crumb">{E(pg.get('crumb','首页 > 正文'))}</div><div class="main"><div class="left">{article_core(pg, pg.get('style','plain'))}</div>
<div class="right"><h4>{E(pg.get('hot_label','热点排行'))}</h4><ol>{right}</ol></div></div></div>
<div class="foot">{foot(pg)}</div>"""

def page_media_en(pg):
    return f"""<div class="masthead"><span class="brand">{E(pg['site'])}</span><span>{nav(pg.get('nav',['China','World','Business','Culture','Travel','Opinion']),' | ')}</span><span>Search</span></div>
<div class="container"><div class="crumb">{E(pg.get('crumb','Home / China'))}</div>{article_core(pg, 'plain')}</div><footer>{foot(pg)}</footer>"""

def page_wx(pg):
    return f"""<div class="rich_media">{article_core(pg, pg.get('style','plain'))}
<div class="qr">{img('二维码','qr')}<p>{E(pg.get('qr','长按识别二维码关注我们'))}</p></div>
<div class="tool">{E(pg.get('wxtool','阅读 2891　赞 56　在看 12'))}</div></div>"""

def page_feed(pg):
    return f"""<div class="topbar"><span>{E(pg['site'])}</span><span>{E(pg.get('toplinks','打开APP 登录'))}</span></div>
<div class="wrap">{article_core(pg, 'plain')}<div class="actions">{E(pg.get('actions','点赞 评论 分享 收藏'))}</div>
<div class="comments">{E(pg.get('comments','全部评论（0）'))}</div></div>"""

def page_epaper(pg):
    ed = pg["edition"]
    pages = "".join(f'<a href="#" style="margin-right:10px">{E(x)}</a> ' for x in ed["pages"])
    titles = "".join(f"<li>{E(x)}</li>" for x in ed["titles"])
    return f"""<div class="ep-top">{E(pg['site'])}</div>
<div class="ep-bar">{E(ed['date_line'])}　<span>{pages}</span>　<a href="#">往期回顾</a>　<a href="#">PDF下载</a></div>
<div class="frame"><div class="pagebox"><div>{E(ed['current'])}</div>{img('版面缩略图','thumb')}<div class="ptitle">本版标题</div><ul class="titles">{titles}</ul></div>
<div class="artbox"><div class="art">{article_core(pg, 'plain')}</div></div></div>
<div class="ep-foot">{foot(pg)}</div>"""

def page_inst(pg):
    sub = "".join(f"<p>{E(x)}</p>" for x in pg.get("sub", ["学校要闻", "综合新闻", "媒体关注", "通知公告"]))
    return f"""<div class="ihead"><span class="iname">{img(pg['site'],'logo')}{E(pg['site'])}</span><span>{E(pg.get('toplinks','信息门户 | 邮箱 | English'))}</span></div>
<div class="inav">{nav(pg.get('nav',['首页','概况','新闻','机构','服务','联系我们']))}</div>
<div class="iwrap"><div class="sub">{sub}</div><div class="imain"><div class="crumb">{E(pg.get('crumb','首页 > 新闻'))}</div><div class="icontent">{article_core(pg, pg.get('style','plain'))}</div></div></div>
<div class="ifoot">{foot(pg)}</div>"""

TPL = {"gov_table": page_gov_table, "gov_div": page_gov_div, "gov_flex": page_gov_flex, "media_portal": page_media_portal,
       "media_en": page_media_en, "wx": page_wx, "feed": page_feed, "epaper": page_epaper, "inst": page_inst}

def build():
    pages = P1 + P2 + P3
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in pages:
        tpl = pg["tpl"]
        charset = pg.get("charset", "utf-8")
        doc = f"""<!DOCTYPE html>
<html lang="{'en' if pg.get('lang')=='en' else 'zh-CN'}"><head><meta charset="{charset}"><title>{E(pg.get('doc_title', pg['title'] + '_' + pg['site']))}</title>
<style>{CSS[tpl]}</style></head><body>
{TPL[tpl](pg)}
</body></html>
"""
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        gold = {"id": pg["id"], "set": "zh-blind185", "lang": pg.get("lang", "zh"), "kind": pg["kind"], "title": pg["title"],
                "authors": pg["authors"], "publish_time": pg["time"], "body_paragraphs": gold_paragraphs(pg["blocks"])}
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(pages), "pages built")

if __name__ == "__main__":
    build()
