# Furniture helpers for the zh-blind33 generator (written blind: no newsconv code consulted).
import html as H
E = H.escape

CSS = {
 'gov20': "body{font-family:'Microsoft YaHei',sans-serif;margin:0;color:#333}.top{background:#f2f2f2;font-size:12px;padding:4px 40px}.top a{margin-right:12px}.ban{background:#b71c1c;color:#fff;padding:20px 40px;font-size:28px}.nav a{display:inline-block;padding:8px 14px;color:#fff;background:#c62828}.crumb{padding:8px 40px;font-size:13px}.main{width:1000px;margin:0 auto}h1{font-size:26px;text-align:center}.info{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:8px}.con p{text-indent:2em;line-height:2}.foot{background:#eee;font-size:12px;padding:16px;text-align:center}.sticky{position:sticky;top:0;background:#fff}",
 'gov10': "body{font:12px SimSun;margin:0}table{border-collapse:collapse}.t{font-size:20px;font-weight:bold;color:#c00;text-align:center}.bar{color:#666}td{padding:3px}",
 'news': "body{font-family:sans-serif;margin:0}.tabs a{padding:6px 10px;display:inline-block}.ad{background:#fafafa;border:1px dashed #ccc;height:60px;text-align:center;color:#aaa}.left{float:left;width:70%}.right{float:right;width:28%;font-size:13px}h1{font-size:30px}.meta{color:#999;font-size:13px}.art p{line-height:1.9;font-size:17px}.clear{clear:both}",
 'self': "body{font-family:sans-serif;max-width:700px;margin:0 auto;color:#222}.acc{display:flex;gap:8px;align-items:center}.acc img{width:40px;height:40px}h1{font-size:24px}.art p{line-height:1.8}.btns span{margin-right:16px;color:#888}",
 'epaper': "body{font-family:SimSun,serif;margin:0;background:#eef}.hd{background:#1a3f7a;color:#fff;padding:10px}.pg{float:left;width:35%;font-size:12px}.art{float:right;width:62%;background:#fff;padding:10px}.yin,.fu{font-size:16px;color:#444;text-align:center}.zhu{font-size:26px;font-weight:bold;text-align:center}.art p{text-indent:2em;line-height:1.9}",
 'inst': "body{font-family:sans-serif;margin:0}.head{background:#0b4d8c;color:#fff;padding:16px 30px}.menu a{color:#fff;margin-right:18px}.side{float:left;width:22%}.mainc{float:right;width:75%}h2.tt{font-size:22px;text-align:center}.i{text-align:center;color:#999;font-size:13px}.mainc p{text-indent:2em;line-height:1.9}",
}

def page(title, css, parts, lang='zh-CN'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>\n'
            % (lang, E(title), CSS[css]) + '\n'.join(parts) + '\n</body></html>\n')

def links(items, sep='', cls=None, tag='div'):
    c = ' class="%s"' % cls if cls else ''
    return '<%s%s>' % (tag, c) + sep.join('<a href="#">%s</a>' % E(i) for i in items) + '</%s>' % tag

def ul(title, items, cls='rel'):
    h = '<div class="%s">' % cls
    if title: h += '<h3>%s</h3>' % E(title)
    h += '<ul>' + ''.join('<li><a href="#">%s</a></li>' % E(i) for i in items) + '</ul></div>'
    return h

def ul_dated(title, items):
    h = '<div class="rel"><h3>%s</h3><ul>' % E(title)
    for t, d in items:
        h += '<li><a href="#">%s</a><span>%s</span></li>' % (E(t), E(d))
    return h + '</ul></div>'

def P(paras, cls='con', indent=False):
    out = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == 'img':
            out.append('<p style="text-align:center"><img src="pic%d.jpg" alt="%s"></p><p style="text-align:center;text-indent:0">%s</p>' % (len(out), E(p[1]), E(p[2])))
        elif isinstance(p, tuple) and p[0] == 'h':
            out.append('<p><strong>%s</strong></p>' % E(p[1]))
        elif isinstance(p, tuple) and p[0] == 'table':
            rows = ''.join('<tr>' + ''.join('<td>%s</td>' % E(c) for c in r) + '</tr>' for r in p[1])
            out.append('<table border="1" cellspacing="0">%s</table>' % rows)
        elif isinstance(p, tuple) and p[0] == 'right':
            out.append('<p style="text-align:right">%s</p>' % E(p[1]))
        elif isinstance(p, tuple) and p[0] == 'raw':
            out.append(p[1])
        else:
            out.append('<p>%s</p>' % E(p))
    return '<div class="%s">' % cls + '\n'.join(out) + '</div>'

def gold_body(paras):
    out = []
    for p in paras:
        if isinstance(p, tuple):
            if p[0] == 'img' or p[0] == 'raw':
                continue
            if p[0] == 'table':
                out += [' '.join(r) for r in p[1]]
            else:
                out.append(p[1])
        else:
            out.append(p)
    return out

def search(ph, btn='搜索'):
    return '<div class="search"><input type="text" placeholder="%s"><button>%s</button></div>' % (E(ph), E(btn))

def govtop(v=1):
    if v == 1:
        return '<div class="top sticky"><a>无障碍</a><a>长者模式</a><a>繁體</a><a>English</a><span style="float:right"><a>登录</a><a>注册</a></span></div>'
    if v == 2:
        return '<div class="top">您好，欢迎访问！ 今天是：2025年6月3日 星期二 <a>设为首页</a> | <a>加入收藏</a> | <a>简</a>/<a>繁</a> | <a>无障碍浏览</a></div>'
    return '<div class="top"><a>智能问答</a><a>长者模式</a><a>无障碍</a><a>个人登录</a><a>法人登录</a></div>'

def govfoot(org, code, icp, gongan, extra=''):
    return ('<div class="foot"><p><a>网站地图</a> | <a>联系我们</a> | <a>关于本站</a> | <a>隐私声明</a></p>'
            '<p>主办单位：%s %s</p><p>网站标识码：%s <a>%s</a> <a>%s</a></p></div>' % (E(org), E(extra), code, E(icp), E(gongan)))

def qr(t='扫一扫在手机打开当前页'):
    return '<div class="qr"><img src="qr.png" alt="二维码"><p>%s</p></div>' % t

def prevnext(a, b, fmt=1):
    if fmt == 1:
        return '<div class="pn"><p>上一篇：<a>%s</a></p><p>下一篇：<a>%s</a></p></div>' % (E(a), E(b))
    return '<div class="pn"><span>上一条：%s</span>　<span>下一条：%s</span></div>' % (E(a), E(b))
