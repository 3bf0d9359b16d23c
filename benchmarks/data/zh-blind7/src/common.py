import re
import html as H
PAGES = []
def esc(s): return H.escape(s, quote=False)
def P(paras, cls=None, indent=False):
    out = []
    for p in paras:
        if isinstance(p, tuple):  # ('h', text) subheading / ('raw', html)
            k, t = p[0], p[1]
            if k == 'h': out.append(f'<p><strong>{esc(t)}</strong></p>')
            elif k == 'h3': out.append(f'<h3>{esc(t)}</h3>')
            elif k == 'raw': out.append(t)
            elif k == 'c': out.append(f'<p style="text-align:center">{esc(t)}</p>')
            elif k == 'r': out.append(f'<p style="text-align:right">{esc(t)}</p>')
        else:
            st = ' style="text-indent:2em"' if indent else ''
            out.append(f'<p{st}>{esc(p)}</p>')
    return '\n'.join(out)
def gold_body(paras):
    g = []
    for p in paras:
        if isinstance(p, tuple):
            if p[0] == 'raw':
                if len(p) > 2: g.extend(p[2])
                continue
            g.append(p[1])
        else: g.append(p)
    return g
def table(rows, head=True, attrs='border="1" cellspacing="0" cellpadding="4"'):
    s = [f'<table {attrs}>']
    for i, r in enumerate(rows):
        tag = 'th' if (head and i == 0) else 'td'
        s.append('<tr>' + ''.join(f'<{tag}>{esc(c)}</{tag}>' for c in r) + '</tr>')
    s.append('</table>')
    return ('raw', '\n'.join(s), [' '.join(r) for r in rows])
def img(alt, cap=None):
    s = f'<p style="text-align:center"><img src="data:," alt="{H.escape(alt)}" width="600" height="360"></p>'
    if cap: s += f'\n<p class="cap" style="text-align:center;color:#666">{esc(cap)}</p>'
    return ('raw', s, [])
def ul(items, cls='list'):
    return '<ul class="%s">' % cls + ''.join(f'<li>{i}</li>' for i in items) + '</ul>'
def rel(titles, dates=None, head='相关阅读'):
    items = []
    for i, t in enumerate(titles):
        d = f' <span class="d">{dates[i]}</span>' if dates else ''
        items.append(f'<a href="#">{esc(t)}</a>{d}')
    return f'<div class="rel"><h4>{head}</h4>{ul(items)}</div>'
CSS = '''body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333;font-size:14px}
a{color:#333;text-decoration:none}.w{width:1100px;margin:0 auto}
.top{background:#f2f2f2;font-size:12px;padding:4px 0}.top span,.top a{margin-right:12px}
.banner{background:#b81c22;color:#fff;padding:18px 0}.banner h1,.banner .logo{font-size:28px;margin:0}
.nav{background:#c6262d}.nav a{color:#fff;display:inline-block;padding:8px 16px}
.crumb{padding:10px 0;border-bottom:1px solid #ddd;font-size:13px}
.art h1,.art h2.t{text-align:center;font-size:24px;color:#222}.info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding:8px}
.info span{margin:0 8px}.art p{line-height:2;font-size:16px}.foot{background:#eee;padding:16px;font-size:12px;text-align:center;margin-top:30px}
.rel li,.hot li{line-height:1.9}.share a{margin-right:8px}.side{float:right;width:280px}.cap{font-size:14px}
table{border-collapse:collapse}'''
def page(pid, title_tag, body_html, gold, lang='zh', extra_css=''):
    body_html = re.sub(r'(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])', '&nbsp;&nbsp;', body_html)
    doc = f'''<!DOCTYPE html>
<html lang="{'zh-CN' if lang=='zh' else 'en'}"><head><meta charset="utf-8"><title>{esc(title_tag)}</title>
<style>{CSS}{extra_css}</style></head>
<body>
{body_html}
</body></html>
'''
    gold = dict(id=pid, set='zh-blind7', lang=lang, **gold)
    PAGES.append((pid, doc, gold))
def G(title, authors, pt, body, kind):
    return dict(title=title, authors=authors, publish_time=pt, body_paragraphs=gold_body(body), _kind=kind)
# ---- furniture ----
_TOPS = [
 '<span>您好，欢迎访问！</span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">登录</a><a href="#">注册</a>',
 '<span>今天是2025年6月3日</span> <a href="#">智能问答</a> | <a href="#">无障碍浏览</a> | <a href="#">关怀版</a> | <a href="#">简</a>/<a href="#">繁</a> | <a href="#">个人登录</a> <a href="#">法人登录</a>',
 '<a href="#">政务微博</a> <a href="#">政务微信</a> <a href="#">移动客户端</a> <span style="float:right"><a href="#">长者模式</a> <a href="#">无障碍</a> <a href="#">登录</a> <a href="#">注册</a></span>',
 '<a href="#">设为首页</a> <a href="#">加入收藏</a> <a href="#">RSS订阅</a> <a href="#">繁體版</a> <a href="#">读屏专用</a> <a href="#">长者模式</a>',
]
_ti = [0]
def top_modern(extra=''):
    v = _TOPS[_ti[0] % len(_TOPS)]; _ti[0] += 1
    return '<div class="top"><div class="w">' + v + extra + '</div></div>'
def search(ph='请输入关键词', btn='搜索'):
    return f'<div class="sch"><input type="text" placeholder="{ph}"><button>{btn}</button></div>'
def nav(items): return '<div class="nav"><div class="w">' + ''.join(f'<a href="#">{i}</a>' for i in items) + '</div></div>'
def crumb(items, pre='您当前所在位置：', sep=' &gt; '):
    return f'<div class="crumb w">{pre}' + sep.join(f'<a href="#">{i}</a>' for i in items) + '</div>'
def gov_foot(host, code, icp, ga, extra=''):
    return (f'<div class="foot"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">使用帮助</a></p>'
            f'<p>主办单位：{host}</p><p>网站标识码：{code}　<a href="#">{icp}</a>　<a href="#">{ga}</a></p>{extra}'
            '<p><img src="data:," alt="党政机关" width="40" height="40"> <img src="data:," alt="政府网站找错" width="100" height="40"></p></div>')
def oldtools(): return '<div class="tools" style="text-align:right">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>'
def prevnext(a, b, pre=('上一篇：', '下一篇：')):
    return f'<div class="pn"><p>{pre[0]}<a href="#">{a}</a></p><p>{pre[1]}<a href="#">{b}</a></p></div>'
def share(): return '<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>'
def qr(t='扫一扫在手机打开当前页'): return f'<div class="qr"><img src="data:," alt="二维码" width="100" height="100"><p>{t}</p></div>'
def imgh(*a): return img(*a)[1]
