"""Furniture helpers shared by the page descriptions in src/pages/.

Everything here returns HTML strings; the pages put them together in their own
TEMPLATE so that every site keeps its own layout.  Only inert markup: no
scripts, no external resources (images are <img alt> with a 1x1 data-URI GIF).
"""
import html as _h

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def esc(s):
    return _h.escape(s, quote=False)


def img(alt="", w=1, h=1, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f'<img{c} alt="{_h.escape(alt, quote=True)}" src="{GIF}" width="{w}" height="{h}">'


def links(items, sep=""):
    """<a> links; items are strings or (text, href)."""
    out = []
    for it in items:
        t, href = (it, "#") if isinstance(it, str) else it
        out.append(f'<a href="{href}">{t}</a>')
    return sep.join(out)


def nav(items, cls="nav", sep="", li=True):
    """Main navigation. sep="" gives items glued in the copy when they are
    inline-blocks; sep="\\n" leaves white space between them."""
    if li:
        inner = sep.join(f'<li><a href="#">{t}</a></li>' for t in items)
        return f'<ul class="{cls}">{inner}</ul>'
    return f'<div class="{cls}">{links(items, sep)}</div>'


def search(placeholder="请输入关键字", button="搜索", cls="search"):
    b = f'<button type="button">{button}</button>' if button else ""
    return f'<div class="{cls}"><input type="text" placeholder="{placeholder}">{b}</div>'


def crumb(steps, prefix="当前位置：", sep=" &gt; ", cls="crumb"):
    inner = sep.join(f'<a href="#">{s}</a>' for s in steps[:-1])
    last = steps[-1]
    inner = inner + (sep + f"<span>{last}</span>" if inner else last)
    return f'<div class="{cls}">{prefix}{inner}</div>'


def ul(items, cls="list", date_fmt=None):
    """A related/list box. items are titles or (title, date)."""
    lis = []
    for it in items:
        if isinstance(it, tuple):
            t, d = it
            lis.append(f'<li><a href="#">{t}</a><span class="d">{d}</span></li>')
        else:
            lis.append(f'<li><a href="#">{it}</a></li>')
    return f'<ul class="{cls}">' + "".join(lis) + "</ul>"


def box(head, items, cls="box", more="更多&gt;&gt;"):
    m = f'<a class="more" href="#">{more}</a>' if more else ""
    return f'<div class="{cls}"><div class="box-hd"><span>{head}</span>{m}</div>{ul(items)}</div>'


def qr(caption, alt="二维码"):
    return f'<div class="qr">{img(alt, 100, 100)}<p>{caption}</p></div>'


def prevnext(prev, nxt, a="上一篇：", b="下一篇："):
    return (f'<div class="prevnext"><p>{a}<a href="#">{prev}</a></p>'
            f'<p>{b}<a href="#">{nxt}</a></p></div>')


def share(label="分享到：", items=("微信", "微博", "QQ空间")):
    return f'<div class="share">{label}' + "".join(f'<a href="#">{t}</a>' for t in items) + "</div>"


def footer(lines, cls="footer"):
    return f'<div class="{cls}">' + "".join(f"<p>{l}</p>" for l in lines) + "</div>"


def gov_tools(items=("无障碍", "长者模式", "繁体", "English"), lead="", cls="tools"):
    l = f"<span>{lead}</span>" if lead else ""
    return f'<div class="{cls}">{l}' + "".join(f'<a href="#">{t}</a>' for t in items) + "</div>"


def fontsize(style=1):
    if style == 1:
        return '【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】'
    if style == 2:
        return '字号：<a href="#">T</a>|<a href="#">T</a>|<a href="#">T</a>'
    return '[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]'


def printclose(style=1):
    if style == 1:
        return '【<a href="#">打印</a>】【<a href="#">关闭</a>】'
    if style == 2:
        return '<a href="#">[打印本页]</a> <a href="#">[关闭窗口]</a>'
    return '<a href="#">打印</a> | <a href="#">关闭</a> | <a href="#">收藏</a>'


BASE_CSS = """
body{margin:0;font:14px/1.7 "Microsoft YaHei","PingFang SC",SimSun,sans-serif;color:#333;background:#fff}
a{color:#333;text-decoration:none}
ul{list-style:none;margin:0;padding:0}
"""
