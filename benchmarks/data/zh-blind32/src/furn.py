"""Page furniture pieces shared by the page specs."""
from build import e, render_body


def topbar_new(site):
    return (f'<div class="tb"><span>您好，欢迎访问{e(site)}！</span><span style="float:right">'
            '<a>无障碍</a>|<a>长者模式</a>|<a>繁體</a>|<a>English</a>|<a>登录</a>|<a>注册</a></span></div>')


def topbar_old(site):
    return (f'<table width="1000" align="center" style="font-size:12px"><tr><td>今天是：2025年 欢迎您</td>'
            f'<td align="right"><a>设为首页</a> | <a>加入收藏</a> | <a>繁体版</a> | <a>手机版</a></td></tr></table>')


def banner(site, sub='', ph='请输入关键词'):
    return (f'<div class="w" style="padding:14px 0"><span style="font-size:28px;color:#b40000;font-weight:bold">{e(site)}</span>'
            f'<span style="margin-left:10px;color:#999">{e(sub)}</span><span style="float:right">'
            f'<input type="text" placeholder="{e(ph)}"> <button>搜索</button></span></div>')


def nav(items):
    return '<div class="nav"><div class="w">' + ''.join(f'<a>{e(x)}</a>' for x in items) + '</div></div>'


def crumbs(parts, lead='您当前所在位置：', sep=' &gt; '):
    return f'<div class="w bc">{e(lead)}' + sep.join(f'<a>{e(x)}</a>' for x in parts) + '</div>'


def share_new():
    return ('<div style="margin:14px 0;font-size:13px">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a> '
            '<span style="float:right"><a>【打印本页】</a> <a>【关闭窗口】</a></span></div>')


def old_tools():
    return '<div class="info">【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</div>'


def prevnext(a, b):
    return f'<div style="margin:10px 0;font-size:13px"><p>上一篇：<a>{e(a)}</a></p><p>下一篇：<a>{e(b)}</a></p></div>'


def related(items, head='相关文章'):
    return (f'<div style="border-top:2px solid #b40000;margin-top:10px"><h4>{e(head)}</h4><ul>'
            + ''.join(f'<li><a>{e(x)}</a></li>' for x in items) + '</ul></div>')


def qr(cap='扫一扫在手机打开当前页'):
    return f'<div style="text-align:center;font-size:12px"><img src="data:," alt="二维码" width="90" height="90"><br>{e(cap)}</div>'


def footer(lines):
    return '<div class="ft">' + ''.join(f'<p>{e(x)}</p>' for x in lines) + '</div>'


def gov_footer(org, code, icp, ga, tel=''):
    ls = [f'主办单位：{org}', f'网站标识码：{code}    {icp}    {ga}']
    if tel:
        ls.insert(1, f'联系电话：{tel}    建议使用1366×768分辨率浏览本网站')
    return '<div class="ft"><p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p>' + ''.join(
        f'<p>{e(x)}</p>' for x in ls) + '<p><img src="data:," alt="党政机关" width="40" height="40"> <img src="data:," alt="政府网站找错" width="100" height="40"></p></div>'


def content(p, **kw):
    return '<div class="ct">' + render_body(p['body'], **kw) + '</div>'
