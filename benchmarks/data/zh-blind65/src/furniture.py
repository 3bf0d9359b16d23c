"""Page furniture helpers (banner bars, navigation, breadcrumbs, share bars,
related lists, footers). Pages call them with their own words, or write
their furniture by hand; these only save typing."""
from __future__ import annotations

QR_GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


def links(items, sep=" | ", cls=None, tag="div"):
    c = f' class="{cls}"' if cls else ""
    inner = sep.join(f'<a href="#">{i}</a>' for i in items)
    return f"<{tag}{c}>{inner}</{tag}>"


def navul(items, cls="nav"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{i}</a></li>' for i in items) + "</ul>"


def crumb(items, label="当前位置：", sep=" &gt; ", cls="crumb"):
    inner = sep.join(f'<a href="#">{i}</a>' if k < len(items) - 1 else i for k, i in enumerate(items))
    return f'<div class="{cls}">{label}{inner}</div>'


def search(placeholder="请输入关键词", button="搜索", cls="search"):
    return (f'<div class="{cls}"><input type="text" placeholder="{placeholder}">'
            f'<button type="button">{button}</button></div>')


def share(label="分享到：", items=("微信", "微博", "QQ空间"), cls="share", icons=True):
    if icons:
        inner = "".join(f'<img alt="{i}" title="{i}">' for i in items)
    else:
        inner = " ".join(f'<a href="#">{i}</a>' for i in items)
    return f'<div class="{cls}">{label}{inner}</div>'


def qr(caption="扫一扫在手机打开当前页", alt="二维码", cls="qr"):
    return f'<div class="{cls}"><img src="{QR_GIF}" alt="{alt}"><p>{caption}</p></div>'


def prevnext(prev, nxt, pl="上一篇：", nl="下一篇：", cls="pn"):
    return (f'<div class="{cls}"><p>{pl}<a href="#">{prev}</a></p>'
            f'<p>{nl}<a href="#">{nxt}</a></p></div>')


def related(title, items, cls="related", dates=True):
    lis = []
    for it in items:
        if dates and isinstance(it, tuple):
            lis.append(f'<li><a href="#">{it[0]}</a><span>{it[1]}</span></li>')
        else:
            lis.append(f'<li><a href="#">{it if isinstance(it, str) else it[0]}</a></li>')
    return f'<div class="{cls}"><h4>{title}</h4><ul>{"".join(lis)}</ul></div>'


def tools(s="【字体：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>】【<a href=\"#\">打印</a>】【<a href=\"#\">关闭</a>】", cls="tools"):
    return f'<div class="{cls}">{s}</div>'


def footer(lines, cls="footer", badges=("党政机关", "找错")):
    imgs = "".join(f'<img alt="{b}">' for b in badges)
    ps = "".join(f"<p>{l}</p>" for l in lines)
    return f'<div class="{cls}"><div class="badges">{imgs}</div>{ps}</div>'
