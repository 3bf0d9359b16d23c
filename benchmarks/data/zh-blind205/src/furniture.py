"""Shared page furniture (banners, crumbs, footers) for the page sources."""
from html import escape as e
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
def img(alt): return f'<img src="{GIF}" alt="{e(alt)}" width="1" height="1">'
def gov_top(site, links=("无障碍", "长者模式", "English"), nav=("首页", "政务公开", "政务服务", "互动交流", "走进本区")):
    l = " | ".join(f'<a href="#">{x}</a>' for x in links)
    n = "".join(f'<a href="#">{x}</a>' for x in nav)
    return f'<div class="top">{l}</div><div class="w">{img(site + "标志")}<span>{e(site)}</span><form><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div><div class="nav w">{n}</div>'
def crumbs(*xs, lead="当前位置："):
    return f'<div class="crumb">{lead}' + " &gt; ".join(f'<a href="#">{e(x)}</a>' for x in xs) + "</div>"
def font_tools(): return '<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>'
def print_close(): return '<div class="tools">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>'
def share(label="分享到："): return f'<div class="share">{label}<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'
def qr(cap): return f'<div class="qr">{img("二维码")}<p>{e(cap)}</p></div>'
def prevnext(a, b, pl="上一篇：", nl="下一篇："): return f'<div class="pn"><p>{pl}<a href="#">{e(a)}</a></p><p>{nl}<a href="#">{e(b)}</a></p></div>'
def related(head, items): return f'<div class="rel"><h4>{e(head)}</h4><ul>' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul></div>"
def gov_foot(host, under, icp, ga, bsm, extra=""):
    return (f'<div class="foot"><p>主办：{e(host)}　承办：{e(under)}</p><p>{e(icp)}　{e(ga)}　网站标识码：{e(bsm)}</p>'
            f'<p>{extra}<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>{img("党政机关")}</div>')
def media_foot(name, icp, ga, lic=""):
    return f'<div class="foot"><p>{e(name)} 版权所有 未经授权禁止转载</p><p>{e(lic)} {e(icp)} {e(ga)}</p><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">违法和不良信息举报</a></p></div>'
