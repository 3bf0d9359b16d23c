"""Small helpers for writing furniture HTML in the page descriptions."""
from html import escape as E


def nav(items, cls="nav", tag="ul", sep=None):
    if tag == "ul":
        return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{E(i)}</a></li>' for i in items) + "</ul>"
    if sep is not None:
        return f'<div class="{cls}">' + sep.join(f'<a href="#">{E(i)}</a>' for i in items) + "</div>"
    return f'<div class="{cls}">' + "".join(f'<a href="#">{E(i)}</a>' for i in items) + "</div>"


def links(items, cls="links", sep=" | "):
    return nav(items, cls, tag="div", sep=sep)


def line(text, cls="line", tag="div"):
    return f'<{tag} class="{cls}">{E(text)}</{tag}>'


def lines(texts, cls="foot"):
    return f'<div class="{cls}">' + "".join(f"<p>{E(t)}</p>" for t in texts) + "</div>"


def search(placeholder="请输入关键词", button="搜索", cls="search"):
    ph = f' placeholder="{E(placeholder)}"' if placeholder else ""
    return f'<div class="{cls}"><input type="text"{ph}><button>{E(button)}</button></div>'


def ul(heading, items, cls="box", dates=None):
    h = f"<h4>{E(heading)}</h4>" if heading else ""
    lis = []
    for n, i in enumerate(items):
        d = f'<span class="d">{E(dates[n])}</span>' if dates else ""
        lis.append(f'<li><a href="#">{E(i)}</a>{d}</li>')
    return f'<div class="{cls}">{h}<ul>' + "".join(lis) + "</ul></div>"


def qr(caption, cls="qr"):
    return (f'<div class="{cls}"><img alt="" width="1" height="1" '
            f'src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="><p>{E(caption)}</p></div>')


def img(alt="", cls="pic"):
    return f'<img class="{cls}" alt="{E(alt)}">'


def share(label, items, cls="share"):
    return f'<div class="{cls}"><span>{E(label)}</span>' + "".join(f'<a href="#">{E(i)}</a>' for i in items) + "</div>"


def prevnext(prev, nxt, cls="pn", p="上一篇：", n="下一篇："):
    return f'<div class="{cls}"><p>{E(p)}<a href="#">{E(prev)}</a></p><p>{E(n)}<a href="#">{E(nxt)}</a></p></div>'


def crumb(parts, lead="当前位置：", sep=" > ", cls="crumb"):
    return f'<div class="{cls}">{E(lead)}' + E(sep).join(f'<a href="#">{E(p)}</a>' for p in parts) + "</div>"


def fontsize(lead="【字体：", end="】", cls="fs"):
    return f'<span class="{cls}">{E(lead)}<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>{E(end)}</span>'


def raw(html):
    return html
