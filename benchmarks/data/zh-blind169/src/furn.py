"""Page furniture pieces; each page combines them in its own frame (its template)."""
import html
E = html.escape

def links(items, cls="tl", sep=""):
    return f'<div class="{cls}">' + sep.join(f'<a href="#">{E(x)}</a>' for x in items) + "</div>"

def search(ph="请输入关键字", btn="搜索", cls="sch"):
    return f'<div class="{cls}"><input type="text" placeholder="{E(ph)}"><button>{E(btn)}</button></div>'

def nav(items, cls="nav"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + "</ul>"

def crumb(text, cls="crumb"):
    return f'<div class="{cls}">{E(text)}</div>'

def ul(title, items, cls="rel"):
    h = f"<h3>{E(title)}</h3>" if title else ""
    return f'<div class="{cls}">{h}<ul>' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + "</ul></div>"

def dated(title, items, cls="rel"):
    h = f"<h3>{E(title)}</h3>" if title else ""
    return f'<div class="{cls}">{h}<ul>' + "".join(
        f'<li><a href="#">{E(a)}</a><span>{E(b)}</span></li>' for a, b in items) + "</ul></div>"

def foot(lines, cls="foot"):
    return f'<div class="{cls}">' + "".join(f"<p>{E(l)}</p>" for l in lines) + "</div>"

def qr(caps, cls="qr"):
    return f'<div class="{cls}">' + "".join(f'<div><img alt="二维码" width="90" height="90"><p>{E(c)}</p></div>' for c in caps) + "</div>"

def prevnext(a, b, la="上一篇：", lb="下一篇："):
    return f'<div class="pn"><p>{E(la)}<a href="#">{E(a)}</a></p><p>{E(lb)}<a href="#">{E(b)}</a></p></div>'

def frame(v, site, navi, crumbtext, footer, side=None, acc=None, ph="搜索", rel=None, pn=None, share=None, qrs=None, extra=""):
    """Eight frame families; v picks the family, the page's own strings fill it."""
    acc_html = links(acc, "acc", " | ") if acc else ""
    sd = ul(side[0], side[1], "side") if side else ""
    rl = ul(rel[0], rel[1]) if rel else ""
    p_n = prevnext(*pn) if pn else ""
    sh = f'<div class="share">{E(share)}</div>' if share else ""
    q = qr(qrs) if qrs else ""
    ft = foot(footer)
    top = {
        0: f'<div class="w">{acc_html}<h2>{E(site)}</h2>{search(ph)}{nav(navi)}</div>',
        1: f'<table width="980" align="center"><tr><td>{acc_html}</td></tr><tr><td><img alt="{E(site)}" width="980" height="100"></td></tr><tr><td>{nav(navi)}</td></tr></table>',
        2: f'<header><div class="bar">{acc_html}</div><div class="logo">{E(site)}</div>{nav(navi, "menu")}{search(ph, "")}</header>',
        3: f'<div class="app"><div class="apph">{E(site)}<a href="#">打开APP</a></div></div>',
        4: f'<div class="w"><div class="mast"><img alt="{E(site)}" width="420" height="70"></div>{acc_html}{nav(navi)}</div>',
        5: f'<nav class="topn">{nav(navi, "tn")}</nav><div class="brand">{E(site)}{search(ph)}</div>{acc_html}',
        6: f'<div id="hd">{search(ph)}<p class="site">{E(site)}</p>{acc_html}<div class="chl">{" · ".join(E(x) for x in navi)}</div></div>',
        7: f'<div class="head2"><b>{E(site)}</b></div>{nav(navi, "n7")}{acc_html}',
    }[v]
    ct = crumb(crumbtext) if crumbtext else ""
    mid = {
        0: f'<div class="w">{ct}<div class="art">{{HEAD}}{{BODY}}{{TAIL}}</div>{sh}{p_n}{rl}</div>',
        1: f'<table width="980" align="center"><tr><td width="220" valign="top">{sd}</td><td valign="top">{ct}{{HEAD}}<div>{{BODY}}</div>{{TAIL}}{p_n}{sh}</td></tr></table>{rl}',
        2: f'<main><div class="path">{E(crumbtext or "")}</div><article>{{HEAD}}<section>{{BODY}}</section>{{TAIL}}</article>{sh}<aside>{sd}{rl}</aside></main>',
        3: f'<div class="app">{{HEAD}}<div class="ac">{{BODY}}</div>{{TAIL}}{sh}{rl}</div>',
        4: f'<div class="w">{ct}<div class="l">{{HEAD}}{{BODY}}{{TAIL}}{p_n}</div><div class="r">{sd}{q}</div>{rl}{sh}</div>',
        5: f'<div class="cont">{ct}{sh}{{HEAD}}<div class="txt">{{BODY}}</div>{{TAIL}}{rl}{p_n}</div><div class="rt">{sd}</div>',
        6: f'<div id="bd">{ct}<div class="main">{{HEAD}}<div id="zoom">{{BODY}}</div>{{TAIL}}</div>{p_n}{rl}{sh}{sd}</div>',
        7: f'<div class="c7">{sd}<div class="m7">{ct}{{HEAD}}{{BODY}}{{TAIL}}{sh}</div>{rl}</div>',
    }[v]
    bottom = (q if v != 4 else "") + ft + extra
    return dict(top=top, frame=mid, bottom=bottom)
