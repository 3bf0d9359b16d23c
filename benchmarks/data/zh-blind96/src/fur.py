"""Small helpers for site furniture (each page still writes its own texts and layout)."""
import html
E = html.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def img(alt, w=120, h=40):
    return f'<img src="{GIF}" alt="{E(alt)}" width="{w}" height="{h}">'


def links(items, sep="", cls="nav", tag="div"):
    return f'<{tag} class="{cls}">' + sep.join(f'<a href="#">{E(x)}</a>' for x in items) + f'</{tag}>'


def ul(items, cls="list", title=None, htag="h4"):
    h = f'<{htag}>{E(title)}</{htag}>' if title else ""
    return f'<div class="{cls}">{h}<ul>' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + '</ul></div>'


def ul_dated(items, cls="list", title=None):
    h = f'<h4>{E(title)}</h4>' if title else ""
    return f'<div class="{cls}">{h}<ul>' + "".join(f'<li><a href="#">{E(a)}</a><span>{E(d)}</span></li>' for a, d in items) + '</ul></div>'


def lines(items, cls="foot", tag="p"):
    return f'<div class="{cls}">' + "".join(f'<{tag}>{x}</{tag}>' for x in items) + '</div>'


def search(ph="请输入关键词", btn="搜索"):
    return f'<div class="search"><input type="text" placeholder="{E(ph)}"><button>{E(btn)}</button></div>'
