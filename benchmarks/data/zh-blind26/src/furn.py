from engine import e, ul

def gov10_head(site, nav, crumb):
    return ('<table class="w top" width="980"><tr><td>今天是：<span>2019年</span> 设为首页 | 加入收藏 | 网站地图</td><td align="right">繁體版 | 无障碍</td></tr></table>'
            '<table class="w"><tr><td class="ban">%s</td><td><form>站内搜索：<input type="text" value="请输入关键字"><input type="button" value="搜索"></form></td></tr></table>'
            '<table class="w"><tr>%s</tr></table>'
            '<table class="w"><tr><td>当前位置：%s</td></tr></table><table class="w"><tr><td>') % (
        e(site), ''.join('<td><a href="#">%s</a></td>' % e(n) for n in nav), e(crumb))

def gov10_foot(org, icp, extra=''):
    return ('</td></tr></table><table class="w"><tr><td align="center">【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</td></tr></table>%s'
            '<table class="w ft"><tr><td>版权所有：%s　　%s<br>建议使用1024×768分辨率 IE8.0以上浏览器浏览</td></tr></table>') % (extra, e(org), e(icp))

def gov20_head(site, nav, crumb, elder=True, search='请输入您要搜索的内容'):
    tb = '<div class="sticky"><a>无障碍</a>%s<a>繁體</a><a>个人登录</a><a>法人登录</a><span>%s</span></div>' % (
        '<a>长者模式</a>' if elder else '', '2025年 星期' )
    return tb + ('<div class="hd"><h2>%s</h2><input type="search" placeholder="%s"><button>搜索</button></div>'
                 '<div class="nav">%s</div><div class="crumb">%s</div><div class="art">') % (
        e(site), e(search), ''.join('<a href="#">%s</a>' % e(n) for n in nav), e(crumb))

def gov20_foot(org, code, icp, gaba, qr=True, related=None, prevnext=None):
    s = ''
    if qr:
        s += '<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a><div class="qr"><img src="qr.png" alt="二维码"><p>扫一扫在手机打开当前页</p></div></div>'
    s += '<p>【<a>打印本页</a>】　【<a>关闭窗口</a>】</p>'
    if prevnext:
        s += '<div>上一篇：%s</div><div>下一篇：%s</div>' % (e(prevnext[0]), e(prevnext[1]))
    if related:
        s += '<div class="rel"><h4>相关文章</h4>%s</div>' % ul(related)
    s += '</div><div class="foot"><p><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a></p><p>主办单位：%s　网站标识码：%s</p><p>%s　<img src="ga.png" alt="">%s</p><p><img src="jiucuo.png" alt="政府网站找错"></p></div>' % (
        e(org), e(code), e(icp), e(gaba))
    return s

def portal_head(logo, nav, crumb=None):
    s = '<div class="tb">登录 | 注册 | 客户端 | 移动版 <input placeholder="搜索新闻"></div><div class="logo">%s</div><div class="nav">%s</div>' % (
        e(logo), ''.join('<a href="#">%s</a>' % e(n) for n in nav))
    if crumb:
        s += '<div class="crumb">%s</div>' % e(crumb)
    return s + '<div class="main">'

def portal_foot(related, hot, copy, comments=None):
    s = ''
    if comments is not None:
        s += '<div class="cmt">已有<b>%s</b>人参与评论 <textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>' % comments
    s += '<div class="share">分享到：微信 微博 QQ</div><div class="rel"><h3>相关新闻</h3>%s</div></div>' % ul(related)
    s += '<div class="aside"><h3>热点排行</h3><ol>%s</ol></div>' % ''.join('<li>%s</li>' % e(h) for h in hot)
    return s + '<div class="foot">%s</div>' % e(copy)

def self_head(platform, acct, extra=''):
    return '<div class="hdr"><b>%s</b> <input placeholder="搜索你感兴趣的内容"> 登录</div><div class="wrap">%s' % (e(platform), extra)

def self_foot(acct, fans, more, extra=''):
    return ('%s<div class="tool">举报/反馈</div><div class="card"><b>%s</b> %s <button>关注</button></div><h4>相关推荐</h4>%s</div>') % (
        extra, e(acct), e(fans), ul(more))

def epaper_head(paper, date, ban, prevnext=True, pages=None):
    s = '<div class="eh">%s　%s　<a>往期回顾</a> <a>PDF下载</a></div><div class="bc">%s　%s</div>' % (
        e(paper), e(date), e(ban), '<a>上一版</a> <a>下一版</a>' if prevnext else '')
    s += '<div class="pg"><img src="page.jpg" alt=""><p>本版标题导航</p>%s</div><div class="ar">' % ul(pages or [])
    return s

def epaper_foot(editor, copy, prev_art=True):
    s = '<p>%s</p>' % e(editor) if editor else ''
    if prev_art:
        s += '<p><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></p>'
    return s + '</div><div class="foot">%s</div>' % e(copy)

def inst_head(name, nav, crumb, left):
    return '<div class="ih"><b>%s</b> <input placeholder="搜索"></div><div class="inav">%s</div><div class="lm"><h3>%s</h3>%s</div><div class="ct"><div class="crumb">%s</div>' % (
        e(name), ''.join('<a>%s</a>' % e(n) for n in nav), e(left[0]), ul(left[1:]), e(crumb))

def inst_foot(copy, extra=''):
    return '%s</div><div class="foot">%s</div>' % (extra, copy)
