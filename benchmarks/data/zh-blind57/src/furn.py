"""Reusable page furniture (HTML fragments)."""
import html
E = html.escape

def top2020(extra=''):
    return ('<div class="top sticky"><div class="w row"><div><span>无障碍</span><span>长者模式</span>'
            '<span>繁體</span><span>English</span></div><div><span>登录</span><span>注册</span>'
            '<span>微信</span><span>微博</span>%s</div></div></div>' % extra)

def top2010(date_line):
    return ('<table width="1000" align="center" class="top"><tr><td>%s</td>'
            '<td align="right">设为首页 | 加入收藏 | 联系我们</td></tr></table>' % date_line)

def banner(name, cls='', sub=''):
    return '<div class="ban %s"><div class="w">%s<small style="font-size:14px;margin-left:20px">%s</small></div></div>' % (cls, E(name), E(sub))

def search(ph='请输入关键词', btn='搜索'):
    return '<div class="w" style="text-align:right"><input type="text" placeholder="%s"> <button>%s</button></div>' % (E(ph), btn)

def nav(items, sep='', block=False):
    """sep: text between links (''= glued as in many portals); block: one <li> per line."""
    if block:
        return '<ul class="nav w">' + ''.join('<li><a href="#">%s</a></li>' % E(i) for i in items) + '</ul>'
    return '<div class="nav"><div class="w">' + sep.join('<a href="#">%s</a>' % E(i) for i in items) + '</div></div>'

def crumb(text):
    return '<div class="w crumb">%s</div>' % E(text)

def ul(title, items, cls='side'):
    return ('<div class="w %s"><h4>%s</h4><ul>' % (cls, E(title)) +
            ''.join('<li><a href="#">%s</a></li>' % E(i) for i in items) + '</ul></div>')

def gov_foot(host, code, icp, gongan, addr='', tel=''):
    return ('<div class="foot"><p>网站地图 | 联系我们 | 隐私声明 | 网站纠错</p><p>主办单位：%s　%s　%s</p>'
            '<p>网站标识码：%s　%s　<span>%s</span></p><p>扫一扫在手机打开当前页</p>'
            '<p><img alt="政府网站找错"> <img alt="党政机关"></p></div>' % (E(host), E(addr), E(tel), code, E(icp), E(gongan)))

def news_foot(name, icp, extra=''):
    return ('<div class="foot"><p>关于我们 | 广告服务 | 版权声明 | 违法和不良信息举报</p>'
            '<p>Copyright © 2019-2026 %s 版权所有 %s</p><p>%s</p></div>' % (E(name), E(icp), extra))

def share(lead='分享到：'):
    return '<div class="w share btns">%s<a>微信</a><a>微博</a><a>QQ空间</a></div>' % lead

def prevnext(prev, nxt):
    return '<div class="w tiny"><p>上一篇：%s</p><p>下一篇：%s</p></div>' % (E(prev), E(nxt))

def print_close(style='【打印本页】【关闭窗口】'):
    return '<div class="w btns">%s</div>' % style
