"""Page furniture helpers (site names, ICP numbers etc. are invented per call)."""
def gov_top(site, nav, extra=""):
    links = "".join(f"<a>{n}</a>" for n in nav)
    return f'<div class="bar"><span>无障碍</span><span>长者模式</span><span>English</span><span>登录</span>{extra}</div><header><b style="font-size:22px">{site}</b> <input placeholder="请输入关键词搜索"> <button>搜索</button><nav>{links}</nav></header>'

def table_top(site, nav):
    links = "".join(f"<a>{n}</a>" for n in nav)
    return f'<table class="wrap top" width="980"><tr><td><b>{site}</b></td><td align="right">设为首页 | 加入收藏 | 网站地图</td></tr><tr class="nav"><td colspan="2">{links}</td></tr></table>'

def crumb(*parts):
    return '<div class="crumb">当前位置：' + " &gt; ".join(parts) + "</div>"

def tools(views=None):
    v = f"浏览次数：{views}　" if views else ""
    return f'<div class="meta" style="text-align:right">{v}【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</div>'

def gov_foot(org, icp, ga, bsm, tel):
    return f'<footer><p>主办：{org}　承办：{org}办公室</p><p>联系电话：{tel}　网站标识码：{bsm}</p><p>{icp}　{ga}</p><p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="政府网站找错"> 党政机关 <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="扫一扫在手机打开当前页"></p></footer>'

def related(title, items):
    return f'<aside class="side"><h4>{title}</h4><ul>' + "".join(f"<li><a>{i}</a></li>" for i in items) + "</ul></aside>"

def prevnext(a, b):
    return f'<div class="pn"><p>上一篇：<a>{a}</a></p><p>下一篇：<a>{b}</a></p></div>'

def share():
    return '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a> <a>复制链接</a></div>'

def media_foot(name, icp, lic):
    return f'<div class="ft"><p>关于我们 | 联系我们 | 广告服务 | 违法和不良信息举报</p><p>{name} 版权所有 未经授权禁止转载</p><p>{icp}　{lic}</p></div>'
