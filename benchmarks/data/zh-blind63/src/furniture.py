"""Site furniture shared by several templates (banners, navs, footers, lists)."""
from kit import esc, links, ul, GIF


def topbar_gov(welcome, extra=("无障碍", "长者模式", "繁體", "English"), sep=" | "):
    return ('<div class="topbar"><div class="w"><span class="welcome">' + welcome + '</span>'
            '<span class="tools">' + sep.join(f'<a href="#">{e}</a>' for e in extra) + '</span></div></div>')


def searchbox(ph="请输入关键字", btn="搜索", cls="search"):
    return f'<div class="{cls}"><input type="text" placeholder="{ph}"><button type="button">{btn}</button></div>'


def nav(items, cls="nav"):
    return f'<div class="{cls}"><ul>' + "".join(f'<li><a href="#">{i}</a></li>' for i in items) + "</ul></div>"


def crumb(parts, prefix="当前位置：", sep=" &gt; ", cls="crumb"):
    return f'<div class="{cls}">{prefix}' + sep.join(f'<a href="#">{p}</a>' for p in parts[:-1]) + (sep + parts[-1] if len(parts) > 1 else parts[0]) + "</div>"


def qr(caption, alt="二维码", cls="qr"):
    return f'<div class="{cls}"><img src="{GIF}" alt="{alt}" width="1" height="1"><p>{caption}</p></div>'


def related(head, items, cls="related", with_date=True):
    if with_date:
        lis = "".join(f'<li><a href="#">{t}</a><span>{d}</span></li>' for t, d in items)
    else:
        lis = "".join(f'<li><a href="#">{t}</a></li>' for t in items)
    return f'<div class="{cls}"><h3>{head}</h3><ul>{lis}</ul></div>'


def prevnext(prev, nxt, cls="prevnext", lp="上一篇：", ln="下一篇："):
    return (f'<div class="{cls}"><p>{lp}<a href="#">{prev}</a></p>'
            f'<p>{ln}<a href="#">{nxt}</a></p></div>')


def gov_footer(lines, cls="footer", badges=("党政机关", "政府网站找错")):
    b = "".join(f'<img src="{GIF}" alt="{x}" width="1" height="1">' for x in badges)
    return f'<div class="{cls}"><div class="w">' + "".join(f"<p>{l}</p>" for l in lines) + f'<div class="badges">{b}</div></div></div>'


def comments(head, items, cls="comments", more="查看更多评论"):
    """items: (user, place/time, text, likes)"""
    out = [f'<div class="{cls}"><h3>{head}</h3>']
    for u, t, txt, likes in items:
        out.append(f'<div class="cm"><div class="cm-u"><img alt="">{u}</div><div class="cm-t">{txt}</div>'
                   f'<div class="cm-m"><span>{t}</span> <span>回复</span> <span>赞 {likes}</span></div></div>')
    if more:
        out.append(f'<div class="cm-more"><a href="#">{more}</a></div>')
    out.append("</div>")
    return "\n".join(out)


def hotlist(head, items, cls="hot"):
    return f'<div class="{cls}"><h3>{head}</h3><ol>' + "".join(
        f'<li><em>{n}</em><a href="#">{t}</a>' + (f'<span>{h}</span>' if h else "") + "</li>"
        for n, (t, h) in enumerate(items, 1)) + "</ol></div>"


def ad(text, label="广告", cls="ad"):
    return f'<div class="{cls}"><span class="ad-tag">{label}</span><a href="#">{text}</a></div>'


def rec_card(head, items, cls="rec-in"):
    return f'<div class="{cls}"><p class="rec-h">{head}</p>' + "".join(f'<p><a href="#">{t}</a></p>' for t in items) + "</div>"
