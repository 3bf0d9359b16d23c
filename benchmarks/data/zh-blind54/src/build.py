#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for set zh-blind54 from the page specs in pages.py.

Each spec gives the article (title, body items, authors, publish_time) and the literal
furniture strings that vary per site (info bar, bylines, breadcrumbs, footers); the template
functions below add the generic furniture of each site generation.
Body items: str = paragraph; ("h", s) = sub-heading; ("table", rows) = table (rows of cells,
first row header); ("img", alt, caption) = photo (not body); ("box", head, [lines]) = boxed
text that is body (小贴士); ("bio", text) = 作者简介 box (not body).
"""
import html as H
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pages import PAGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
e = H.escape

CSS_COMMON = """
body{font-family:sans-serif;margin:0;color:#222;font-size:15px}
a{color:#234;text-decoration:none}
.w{width:1100px;margin:0 auto}
.top{background:#eee;font-size:12px;padding:4px 0}
.top span{margin-right:14px}
.banner{padding:16px 0;font-size:26px;font-weight:bold}
.nav a{display:inline-block;padding:6px 12px}
.crumb{font-size:13px;color:#666;padding:6px 0}
.info{font-size:13px;color:#777}
.art p{line-height:1.8;margin:0 0 12px}
.side li,.rel li{font-size:13px}
.foot{font-size:12px;color:#777;border-top:1px solid #ccc;margin-top:20px;padding:10px 0}
table.dt{border-collapse:collapse}table.dt td,table.dt th{border:1px solid #999;padding:3px 6px}
.box{border:1px dashed #6a6;padding:8px;margin:10px 0}
"""


def page(title, css, body):
    # keep spaced-out names (`王  静`): HTML would collapse two spaces, a browser copies &nbsp; as a space
    body = re.sub(r"(?<=[\u4e00-\u9fff]) {2}(?=[\u4e00-\u9fff])", "&nbsp;&nbsp;", body)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{e(title)}</title><style>{CSS_COMMON}{css}</style></head>\n"
            f"<body>\n{body}\n</body></html>\n")


def ul(items, cls="rel"):
    return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in items) + "</ul>"


def divs(lines, cls=""):
    return "".join(f"<div class=\"{cls}\">{x}</div>" for x in lines)


def body_html(items, ptag="p", indent=False):
    out = []
    for it in items:
        if isinstance(it, str):
            t = ("\u3000\u3000" + e(it)) if indent else e(it)
            out.append(f"<{ptag}>{t}</{ptag}>")
        elif it[0] == "h":
            out.append(f"<p><strong>{e(it[1])}</strong></p>")
        elif it[0] == "table":
            rows = it[1]
            r = [f"<tr>{''.join('<th>%s</th>' % e(c) for c in rows[0])}</tr>"]
            r += [f"<tr>{''.join('<td>%s</td>' % e(c) for c in row)}</tr>" for row in rows[1:]]
            out.append(f"<table class=\"dt\">{''.join(r)}</table>")
        elif it[0] == "img":
            out.append(f"<p style=\"text-align:center\"><img src=\"data:,\" alt=\"{e(it[1])}\" width=\"400\" height=\"240\"></p>")
            if it[2]:
                out.append(f"<p style=\"text-align:center;font-size:13px;color:#555\">{e(it[2])}</p>")
        elif it[0] == "box":
            out.append(f"<div class=\"box\"><p><strong>{e(it[1])}</strong></p>"
                       + "".join(f"<p>{e(x)}</p>" for x in it[2]) + "</div>")
        elif it[0] == "bio":
            out.append(f"<div class=\"box\" style=\"border-color:#999\"><p>{e(it[1])}</p></div>")
        elif it[0] == "raw":
            out.append(it[1])
    return "\n".join(out)


def gold_body(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] == "h":
            out.append(it[1])
        elif it[0] == "table":
            out += [" ".join(c for c in r if c.strip()) for r in it[1]]
        elif it[0] == "box":
            out.append(it[1])
            out += it[2]
    return out


def title_html(s, tag="h1", style=""):
    t = s.get("title_lines") or [s["title"]]
    return f"<{tag} style=\"{style}\">" + "<br>".join(e(x) for x in t) + f"</{tag}>"


# ---------------------------------------------------------------- templates

def t_gov2020(s):
    """2020s government portal: 长者模式 top bar, sticky bar, info bar, share, QR, footer."""
    top = s.get("top", ["无障碍", "长者模式", "繁體", "English", "登录", "注册", "移动版"])
    parts = [f"<div class=\"top\"><div class=\"w\">{''.join('<span>%s</span>' % e(x) for x in top)}</div></div>",
             f"<div class=\"w\"><div class=\"banner\">{e(s['site'])}</div>",
             f"<div><input type=\"text\" placeholder=\"{e(s.get('ph', '请输入关键词'))}\"><button>搜索</button></div>",
             "<div class=\"nav\">" + "".join(f"<a href=\"#\">{e(x)}</a>" for x in s.get("nav", ["首页", "政务公开", "政务服务", "互动交流", "走进" + s['site'][:2]])) + "</div>",
             f"<div class=\"crumb\">{e(s['crumb'])}</div>"]
    head = title_html(s, style="font-size:24px;text-align:center")
    info = f"<div class=\"info\">{s['info']}</div>"
    if s.get("sizebtn_after_title"):
        head += "<div class=\"info\">【大】【中】【小】</div>"
    parts += [info, head] if s.get("info_first") else [head, info]
    parts += [divs(s.get("pre", []), "info")]
    parts.append(f"<div class=\"art\">{body_html(s['body'])}</div>")
    parts.append(divs(s.get("post", []), "info"))
    parts.append("<div class=\"info\">" + s.get("tools", "分享到：微信 微博 QQ空间　【打印本页】【关闭窗口】") + "</div>")
    parts.append(f"<div>上一篇：{e(s.get('prev', '关于开展冬季安全生产大检查的通知'))}</div><div>下一篇：{e(s.get('next', '区政府召开第38次常务会议'))}</div>")
    if s.get("related"):
        parts.append(f"<h3>{e(s.get('related_h', '相关链接'))}</h3>" + ul(s["related"]))
    parts.append("<div style=\"font-size:12px\"><img src=\"data:,\" alt=\"二维码\" width=\"80\" height=\"80\"><br>扫一扫在手机打开当前页</div>")
    parts.append(f"<div class=\"foot\">{'<br>'.join(e(x) for x in s['foot'])}</div></div>")
    return page(s["title"], s.get("css", ""), "\n".join(parts))


def t_gov2010(s):
    """2010s table layout: 当前位置 line then headline with no break, 【字体：大 中 小】【打印】【关闭】."""
    nav = "".join(f"<td><a href=\"#\">{e(x)}</a></td>" for x in s.get("nav", ["首页", "政务公开", "新闻中心", "办事服务", "公众参与"]))
    rec = ""
    if s.get("record"):
        colon = "：" if s.get("record_colon", True) else ""
        cells = "".join(f"<tr><td>{e(k)}{colon}</td><td>{e(v)}</td><td>{e(k2)}{colon}</td><td>{e(v2)}</td></tr>"
                        for (k, v, k2, v2) in s["record"])
        if s.get("title_html_only_field"):
            cells = f"<tr><td>标题{colon}</td><td colspan=\"3\">{e(s['title'])}</td></tr>" + cells
        rec = f"<table class=\"dt\" width=\"900\">{cells}</table>"
    info = s.get("info", "")
    body = f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%"><tr><td class="banner">{e(s['site'])}</td><td align="right" style="font-size:12px">{e(s.get('topright', '设为首页 | 加入收藏 | 网站地图'))}</td></tr></table>
<table width="100%" bgcolor="#c33" style="color:#fff"><tr>{nav}</tr></table>
<table width="100%"><tr><td width="240" valign="top">{s.get('left', '')}</td><td valign="top">
<div class="crumb" style="margin:0;padding:0">{e(s['crumb'])}</div>{rec}{'' if s.get('title_html_only_field') else '<div style="font-size:22px;font-weight:bold;text-align:center">' + '<br>'.join(e(x) for x in (s.get('title_lines') or [s['title']])) + '</div>'}
<table width="100%"><tr><td align="center" class="info">{info}</td></tr></table>
{divs(s.get('pre', []), 'info')}
<div class="art">{body_html(s['body'], indent=s.get('indent', True))}</div>
{divs(s.get('post', []), 'info')}
<table width="100%"><tr><td align="right">{s.get('tools', '【字体：大 中 小】【打印】【关闭】')}</td></tr></table>
{('<div><b>相关文章</b></div>' + ul(s['related'])) if s.get('related') else ''}
</td></tr></table>
<table width="100%" class="foot"><tr><td align="center">{'<br>'.join(e(x) for x in s['foot'])}</td></tr></table>
</td></tr></table>"""
    return page(s["title"], s.get("css", ""), body)


def t_news(s):
    """Portal / news site: channel nav, title, info bar, body, editor, related + hot lists, comments."""
    parts = [f"<div class=\"top\"><div class=\"w\">{e(s.get('topline', '首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技 | 汽车 | 房产 | 登录 | 注册'))}</div></div>",
             f"<div class=\"w\"><div class=\"banner\">{e(s['site'])}</div>"]
    if s.get("ph"):
        parts.append(f"<input placeholder=\"{e(s['ph'])}\"><button>搜索</button>")
    parts.append(f"<div class=\"crumb\">{e(s['crumb'])}</div>")
    parts.append("<div style=\"display:flex\"><div style=\"width:760px\">")
    if s.get("kicker"):
        parts.append(f"<div class=\"info\">{e(s['kicker'])}</div>")
    head = title_html(s, style="font-size:28px")
    info = f"<div class=\"info\">{s['info']}</div>"
    parts += [info, head] if s.get("info_first") else [head, info]
    parts.append(divs(s.get("pre", []), "info"))
    parts.append(f"<div class=\"art\">{body_html(s['body'])}</div>")
    parts.append(divs(s.get("post", []), "info"))
    parts.append(f"<div class=\"info\">{s.get('share', '分享到：')}</div>")
    if s.get("comments"):
        parts.append(f"<div><b>{e(s['comments'])}</b><br><textarea placeholder=\"{e(s.get('cph', '文明上网理性发言，请遵守新闻评论服务协议'))}\"></textarea><button>发表评论</button></div>")
    parts.append(f"<h3>{e(s.get('related_h', '相关新闻'))}</h3>" + ul(s.get("related", [])))
    parts.append("</div><div style=\"width:300px;margin-left:30px\">")
    parts.append(f"<h3>{e(s.get('hot_h', '热点排行'))}</h3>" + "<ol class=\"side\">" + "".join(f"<li>{e(x)}</li>" for x in s.get("hot", [])) + "</ol>")
    parts.append("</div></div>")
    parts.append(f"<div class=\"foot\">{'<br>'.join(e(x) for x in s['foot'])}</div></div>")
    return page(s["title"], s.get("css", ""), "\n".join(parts))


def t_self(s):
    """Self-media platforms: account block, article, follow buttons, recommendations."""
    parts = [f"<div class=\"top\"><div class=\"w\">{e(s['topline'])}</div></div><div class=\"w\" style=\"width:700px\">"]
    if s.get("above"):
        parts.append(divs(s["above"], "info"))
    head = title_html(s, style="font-size:24px")
    info = f"<div class=\"info\">{s['info']}</div>"
    parts += [info, head] if s.get("info_first") else [head, info]
    parts.append(divs(s.get("pre", []), "info"))
    parts.append(f"<div class=\"art\">{body_html(s['body'])}</div>")
    parts.append(divs(s.get("post", []), "info"))
    if s.get("related"):
        parts.append(f"<h3>{e(s.get('related_h', '相关推荐'))}</h3>" + ul(s["related"]))
    parts.append(f"<div class=\"foot\">{'<br>'.join(e(x) for x in s['foot'])}</div></div>")
    return page(s["title"], s.get("css", ""), "\n".join(parts))


def t_epaper(s):
    """Newspaper e-paper: 版次 bar, 上一版 下一版, 版面目录, 引题/主题/副题, bylines, 本版责编."""
    parts = [f"<div class=\"w\"><div class=\"banner\">{e(s['site'])}</div>",
             f"<div class=\"info\">{e(s['edition'])}</div>",
             "<div style=\"display:flex\"><div style=\"width:300px;font-size:13px\">"
             f"<div>{e(s.get('pagenav', '上一版　下一版'))}</div>"
             "<img src=\"data:,\" alt=\"版面缩略图\" width=\"260\" height=\"380\">"
             f"<div><b>本版新闻</b></div>{ul(s.get('related', []))}</div><div style=\"width:760px\">"]
    if s.get("yin"):
        parts.append(f"<div style=\"font-size:16px\">{e(s['yin'])}</div>")
    parts.append(title_html(s, style="font-size:28px"))
    if s.get("fu"):
        parts.append(f"<div style=\"font-size:18px\">{e(s['fu'])}</div>")
    parts.append(divs(s.get("pre", []), "info"))
    parts.append(f"<div class=\"art\">{body_html(s['body'], indent=s.get('indent', False))}</div>")
    parts.append(divs(s.get("post", []), "info"))
    parts.append(f"<div class=\"info\">{e(s.get('tools', '【打印】【关闭】'))}</div>")
    parts.append(f"</div></div><div class=\"foot\">{'<br>'.join(e(x) for x in s['foot'])}</div></div>")
    return page(s["title"], s.get("css", ""), "\n".join(parts))


T = {"gov2020": t_gov2020, "gov2010": t_gov2010, "news": t_news, "self": t_self, "epaper": t_epaper}


def main():
    for s in PAGES:
        html = T[s["tpl"]](s)
        with open(os.path.join(ROOT, "html", s["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        g = {"id": s["id"], "set": "zh-blind54", "lang": s.get("lang", "zh"), "title": s["title"],
             "authors": s["authors"], "publish_time": s["publish_time"],
             "body_paragraphs": gold_body(s["body"])}
        with open(os.path.join(ROOT, "gold", s["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
