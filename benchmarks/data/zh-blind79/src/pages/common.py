"""Furniture shared by several pages (all names, numbers and codes are invented)."""
from kit import ul, links, img, search, GIF  # noqa: F401


def toolbar_2025(extra=""):
    return ('<div class="toolbar"><div class="w">'
            '<span>欢迎访问！今天是</span>'
            '<a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a>'
            '<a href="#">登录</a><a href="#">注册</a>' + extra + '</div></div>')


def share_gov(label="分享到："):
    return (f'<div class="share" style="user-select:none">{label}<a href="#">微信</a><a href="#">微博</a>'
            '<a href="#">QQ空间</a></div>')


def qr(caption="扫一扫在手机打开当前页"):
    return f'<div class="qr">{img("二维码", 100, 100, gif=True)}<p>{caption}</p></div>'


def prevnext(prev, nxt, a="上一篇：", b="下一篇："):
    return f'<div class="prevnext"><p>{a}<a href="#">{prev}</a></p><p>{b}<a href="#">{nxt}</a></p></div>'


def fontsize(style="【字体：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>】"):
    return style


def gov_footer(lines, cls="footer"):
    return f'<div class="{cls}"><div class="w">' + "".join(f"<p>{l}</p>" for l in lines) + "</div></div>"


def badges(items):
    """"党政机关" / "政府网站找错" marks rendered as images with alt text."""
    return '<div class="badges">' + "".join(img(a, 60, 70) for a in items) + "</div>"
