"""Shared site furniture (headers, footers, share bars, …) used by several page families.

All names, numbers, phone numbers, ICP and 公网安备 numbers are invented.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from kit import GIF, attr, dated_list, esc, img, links, search, select, ul


def gov_topbar(left: str, items: Sequence[str] = ("无障碍", "长者模式", "繁體", "手机版", "政务微博", "政务微信"),
               cls: str = "topbar") -> str:
    return (f'<div class="{cls}"><div class="w"><span class="tl">{esc(left)}</span>'
            f'<span class="tr">{links(items)}</span></div></div>')


def gov_banner(emblem_alt: str, name: str, sub: str = "", placeholder: str = "请输入搜索内容") -> str:
    s = f'<div class="sub">{esc(sub)}</div>' if sub else ""
    return (f'<div class="banner"><div class="w"><div class="logo">{img(emblem_alt, 64, 64)}'
            f'<div class="sitename">{esc(name)}</div>{s}</div>{search(placeholder)}</div></div>')


def nav_bar(items: Sequence[str], cls: str = "mainnav") -> str:
    return f'<div class="{cls}"><div class="w">{ul(items)}</div></div>'


def crumbs(parts: Sequence[str], lead: str = "当前位置：", sep: str = " > ", cls: str = "crumb") -> str:
    inner = sep.join(f'<a href="#">{esc(p)}</a>' for p in parts[:-1]) + sep + esc(parts[-1])
    return f'<div class="{cls}">{esc(lead)}{inner}</div>'


def share(variant: str = "gov") -> str:
    if variant == "gov":
        return ('<div class="share"><span>分享到：</span>'
                + links(["微信", "微博", "QQ空间"], " ") + '</div>')
    if variant == "gov2":
        return ('<div class="tools"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a>'
                '<a href="#">【收藏】</a><span class="share">分享：'
                + links(["微信", "新浪微博", "QQ"], " ") + "</span></div>")
    if variant == "media":
        return ('<div class="share" style="user-select:none">分享到：'
                + links(["微信", "朋友圈", "微博", "QQ"], " ") + "</div>")
    if variant == "icons":
        return '<div class="share-icons">' + "".join(img(x, 28, 28) for x in ("微信", "微博", "QQ空间", "复制链接")) + "</div>"
    return ""


def prevnext(prev: str, nxt: str, labels=("上一篇：", "下一篇：")) -> str:
    return (f'<div class="prevnext"><p>{esc(labels[0])}<a href="#">{esc(prev)}</a></p>'
            f'<p>{esc(labels[1])}<a href="#">{esc(nxt)}</a></p></div>')


def related(head: str, items: Sequence, cls: str = "related") -> str:
    if items and isinstance(items[0], tuple):
        inner = dated_list(items)
    else:
        inner = ul(items)
    return f'<div class="{cls}"><h3>{esc(head)}</h3>{inner}</div>'


def qr(captions: Sequence[str], cls: str = "qr") -> str:
    boxes = "".join(f'<div class="qri">{img("二维码", 90, 90)}<p>{esc(c)}</p></div>' for c in captions)
    return f'<div class="{cls}">{boxes}</div>'


def gov_footer(lines: Sequence[str], logos: Sequence[str] = ("党政机关", "政府网站找错"), links_row: Sequence[str] = (),
               cls: str = "footer") -> str:
    lr = f'<div class="flinks">{links(links_row, " | ")}</div>' if links_row else ""
    lg = "".join(img(x, 60, 70) for x in logos)
    body = "".join(f"<p>{esc(x)}</p>" for x in lines)
    return f'<div class="{cls}"><div class="w">{lr}<div class="flogos">{lg}</div>{body}</div></div>'


def friend_links(groups: Dict[str, Sequence[str]]) -> str:
    return '<div class="friend">' + "".join(select(k, v) for k, v in groups.items()) + "</div>"


def mega_menu(menu: Dict[str, Dict[str, Sequence[str]]], cls: str = "mega") -> str:
    out = [f'<div class="{cls}"><div class="w">']
    for top, cols in menu.items():
        out.append(f'<div class="mcol"><h4><a href="#">{esc(top)}</a></h4>')
        for head, items in cols.items():
            out.append(f'<dl><dt>{esc(head)}</dt>' + "\n".join(f'<dd><a href="#">{esc(i)}</a></dd>' for i in items) + "</dl>")
        out.append("</div>")
    out.append("</div></div>")
    return "".join(out)


def font_tools(style: int = 0) -> str:
    if style == 0:
        return '<span class="fs">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>'
    if style == 1:
        return '<span class="fs">字号：<a href="#">T</a>|<a href="#">T</a></span>'
    return '<span class="fs">【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>'


GOV_CSS = """
.w{width:1200px;margin:0 auto;overflow:hidden}
.topbar{background:#f3f3f3;border-bottom:1px solid #ddd;line-height:32px;font-size:12px}
.topbar .tl{float:left}.topbar .tr{float:right}.topbar .tr a{margin-left:14px}
.banner{background:#b71c1c;color:#fff;height:120px}.banner .logo{float:left;padding-top:24px}
.banner .sitename{display:inline-block;font-size:34px;font-weight:bold;margin-left:12px;vertical-align:top}
.banner .sub{font-size:13px}.banner .search{float:right;margin-top:44px}
.mainnav{background:#8e0000}.mainnav li{float:left}.mainnav a{display:block;color:#fff;padding:0 26px;line-height:46px;font-size:16px}
.crumb{width:1200px;margin:12px auto;font-size:13px;color:#666}
.article{width:1100px;margin:0 auto 30px;padding:30px 50px;border:1px solid #e5e5e5}
.article h1{font-size:26px;text-align:center;color:#b71c1c;line-height:1.5}
.info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:10px}
.info span{margin:0 10px}
.content p{font-size:16px;line-height:2;margin:0 0 14px}
.share,.tools{margin-top:20px;text-align:right;font-size:13px}.share a,.tools a{margin:0 4px}
.prevnext{border-top:1px solid #eee;margin-top:20px;padding-top:10px;font-size:14px}
.related h3{font-size:16px;border-bottom:2px solid #b71c1c}.related li,.dl li{line-height:30px}.dl .d{float:right;color:#999}
.qr{overflow:hidden}.qri{float:left;width:120px;text-align:center;font-size:12px}
.footer{background:#eee;border-top:3px solid #b71c1c;padding:20px 0;text-align:center;font-size:13px;color:#555;line-height:1.9}
.footer p{margin:0}.flogos{float:left;margin-right:20px}.flinks{margin-bottom:8px}
.friend select{margin:0 6px 10px;width:200px}
.mega .mcol{float:left;width:290px;margin-right:10px}.mega dl{margin:4px 0}.mega dt{font-weight:bold}.mega dd{display:inline-block;margin:0 8px 0 0}
"""
