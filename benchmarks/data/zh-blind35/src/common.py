"""Shared furniture snippets for the zh-blind35 page specs."""
from build import ul, E

def gov_foot(host, undertake, icp, ga, bsm, addr='', extra=''):
    return ('<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">政府网站找错</a></p>'
            '<p>主办单位：%s　承办：%s　%s</p><p><a href="#">%s</a>　<a href="#">%s</a>　网站标识码：%s</p>%s'
            % (host, undertake, addr, icp, ga, bsm, extra))

def rank(title, items, ol=True):
    return '<div class="rank"><h3>%s</h3>%s</div>' % (E(title), ul(items, ol))

def numbered(title, items):
    # "1 xxx" numbers printed as text, as many portals do with spans
    return '<div class="rank"><h3>%s</h3>%s</div>' % (E(title), ''.join('<div><span>%d</span> <a href="#">%s</a></div>' % (i + 1, E(x)) for i, x in enumerate(items)))

def share(label='分享到：', nets=('微信', '微博', 'QQ空间')):
    return '<div class="share">%s%s</div>' % (label, ''.join('<a href="#">%s</a>' % n for n in nets))

def prevnext(prev, nxt, a='上一篇：', b='下一篇：'):
    return '<div class="pn"><p>%s<a href="#">%s</a></p><p>%s<a href="#">%s</a></p></div>' % (a, E(prev), b, E(nxt))

def related(title, items):
    return '<div class="rel"><h3>%s</h3>%s</div>' % (E(title), ul(items))

QR = '<div class="qr"><img src="data:," alt="二维码" width="90" height="1"><p>扫一扫在手机打开当前页</p></div>'
