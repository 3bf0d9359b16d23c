"""Page templates (site generations) for zh-blind36. Each render_* returns a whole HTML page."""
from build import E, body_html, ul, nav, page

ICP = {"晋": ("晋ICP备05002937号", "晋公网安备 14010502000317号"),
       "冀": ("冀ICP备10011462号-1", "冀公网安备 13010202001218号"),
       "津": ("津ICP备05004158号-3", "津公网安备 12010302000851号"),
       "鲁": ("鲁ICP备05044096号", "鲁公网安备 37070202000123号")}


def title_html(p, tag="h1", cls="title"):
    if p.get("title_html"):
        return p["title_html"]
    return '<%s class="%s">%s</%s>' % (tag, cls, "<br>".join(E(x) for x in p["title"].split("\n")), tag)


def rel(p, head="相关阅读"):
    if not p.get("related"):
        return ""
    return '<div class="rel"><h4>%s</h4>%s</div>' % (E(head), ul(p["related"]))


def footer_gov(p):
    icp, ga = ICP[p.get("prov", "晋")]
    if p.get("footer"):
        return '<div class="foot">%s</div>' % p["footer"]
    return ('<div class="foot"><p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>'
            '<p>主办单位：%s　承办单位：%s</p><p>网站标识码：%s　<a href="#">%s</a>　<img src="data:," alt="">%s</p>'
            '<p><img src="data:," alt="党政机关">　<img src="data:," alt="政府网站找错"></p></div>'
            % (E(p.get("host", p["site"])), E(p.get("runner", p["site"] + "信息中心")), p.get("code", "1401000021"), icp, ga))


STYLE_GOV20 = """body{margin:0;font-family:sans-serif;background:#f3f5f8}
.top{background:#b40000;color:#fff;font-size:12px;padding:4px 20px}.top a{color:#fff;margin-right:12px}
.top .r{float:right}.banner{background:#c8161d;color:#fff;padding:20px}.banner .sn{font-size:30px;font-weight:bold}
.banner form{float:right}.nav{background:#a40f15;padding:6px 20px}.nav a{color:#fff;margin-right:26px}
.wrap{width:1000px;margin:0 auto;background:#fff;padding:20px}.crumb{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:6px}
.title{text-align:center;font-size:26px;color:#222}.info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}
.info span{margin:0 8px}.content p{text-indent:2em;line-height:1.9;font-size:17px}.content .sub{text-indent:2em}
.cap{text-align:center;font-size:14px;color:#555;text-indent:0!important}.dt{border-collapse:collapse;margin:0 auto}
.tools{text-align:right;font-size:13px}.pn{font-size:14px;margin:10px 0}.rel li{font-size:14px}.rel .d{float:right;color:#999}
.qr{float:right;font-size:12px;text-align:center}.foot{background:#333;color:#ccc;text-align:center;font-size:13px;padding:16px}
.foot a{color:#ccc}.sticky{position:sticky;top:0}"""


def render_gov20(p):
    top = p.get("top", '<a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><span class="r"><a href="#">登录</a><a href="#">注册</a><a href="#">手机版</a></span>')
    ph = p.get("placeholder", "请输入关键词")
    crumb = p.get("crumb", "首页 > 政务公开 > 政务动态")
    info = '<div class="info">%s</div>' % p["info"] if p.get("info") else ""
    head = title_html(p)
    blocks = [p.get("pre", ""), info, head] if p.get("info_pos") == "before" else [p.get("pre", ""), head, info]
    tools = p.get("tools", '<div class="tools">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>')
    pn = p.get("pn", '<div class="pn"><p>上一篇：%s</p><p>下一篇：%s</p></div>' % tuple(E(x) for x in p.get("prevnext", ("", ""))))
    inner = f"""<div class="top sticky">{top}</div>
<div class="banner"><span class="sn">{E(p['site'])}</span><form><input type="text" placeholder="{E(ph)}"><button type="button">搜索</button></form></div>
{nav(p.get('nav', ['首页', '走进' + p.get('short', ''), '政务公开', '政务服务', '互动交流', '专题专栏']))}
<div class="wrap"><div class="crumb">您当前所在位置：{E(crumb)}</div>
{''.join(blocks)}
<div class="content">{body_html(p['body'])}</div>
{p.get('after', '')}
{tools}{pn}
<div class="qr"><img src="data:," alt="" width="90" height="90"><p>扫一扫在手机打开当前页</p></div>
{rel(p)}</div>
{footer_gov(p)}"""
    return page(p["title"].replace("\n", "") + "_" + p["site"], STYLE_GOV20, inner)


STYLE_GOV10 = """body{margin:0;font-size:12px;font-family:SimSun,serif}td{font-size:12px}
.lm a{display:block;padding:3px}.t1{font-size:20px;font-weight:bold;color:#c00;text-align:center}
.c p{font-size:14px;line-height:24px;text-indent:2em}.dt td,.dt th{font-size:12px}"""


def render_gov10(p):
    """2010s table layout; the left menu comes first in the source order."""
    left = "".join('<a href="#">%s</a>' % E(x) for x in p.get("left", ["机构概况", "领导信息", "政策法规", "通知公告", "工作动态", "办事指南"]))
    visitors = p.get("visitors", "您是第 <b>0352871</b> 位访问者")
    info = p.get("info", "")
    icp, ga = ICP[p.get("prov", "冀")]
    foot = p.get("footer") or f"版权所有：{E(p.get('host', p['site']))}　地址：{E(p.get('addr', ''))}　电话：{E(p.get('tel', ''))}<br>{icp}　{ga}　网站标识码：{p.get('code', '1301000012')}"
    inner = f"""<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2"><img src="data:," alt="{E(p['site'])}" width="980" height="120"></td></tr>
<tr><td colspan="2" bgcolor="#1d5aa7"><font color="#fff">今天是：{E(p.get('today', ''))}　{visitors}　<a href="#">设为首页</a> <a href="#">加入收藏</a></font></td></tr>
<tr><td width="200" valign="top" class="lm"><b>栏目导航</b>{left}<p><b>快速链接</b></p><select><option>—— 市直部门 ——</option></select></td>
<td valign="top"><table width="100%"><tr><td>当前位置：{E(p.get('crumb', '首页 >> 工作动态'))}</td></tr>
<tr><td class="t1">{'<br>'.join(E(x) for x in p['title'].split(chr(10)))}</td></tr>
<tr><td align="center">{info}</td></tr>
<tr><td class="c">{body_html(p['body'])}</td></tr>
<tr><td>{p.get('after', '')}</td></tr>
<tr><td align="right">{p.get('tools', '【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】')}</td></tr>
</table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#eee">{foot}</td></tr></table>"""
    return page(p["title"].replace("\n", ""), STYLE_GOV10, inner)


def render_govdoc(p):
    """information-disclosure page: record table then the document."""
    rec = p["record"]  # list of (label, value) pairs; label printed as given (with or without colon)
    cells = []
    for i in range(0, len(rec), 2):
        pair = rec[i:i + 2]
        cells.append("<tr>" + "".join("<th>%s</th><td>%s</td>" % (E(a), E(b)) for a, b in pair) + "</tr>")
    rt = '<table class="rec" border="1" cellspacing="0">%s</table>' % "".join(cells)
    q = dict(p)
    q["pre"] = rt + p.get("pre", "")
    return render_gov20(q)


STYLE_PORTAL = """body{margin:0;font-family:"Microsoft YaHei",sans-serif}.tb{background:#f2f2f2;font-size:12px;padding:4px 30px}
.tb a{margin-right:10px;color:#333}.logo{font-size:28px;color:#0a4da2;font-weight:bold;padding:12px 30px}.nav{background:#0a4da2;padding:6px 30px}
.nav a{color:#fff;margin-right:18px}.main{width:1100px;margin:0 auto;display:flex}.art{width:760px}.side{width:300px;margin-left:30px}
.art h1{font-size:30px}.meta{color:#888;font-size:14px}.meta span{margin-right:10px}.body p{font-size:18px;line-height:1.8}
.cap{text-align:center;color:#666;font-size:14px}.side li,.rel li{font-size:14px;line-height:1.9}.edit{text-align:right;color:#888}
.cm{border-top:2px solid #0a4da2;margin-top:20px}.foot{background:#eee;text-align:center;font-size:12px;padding:12px}"""


def render_portal(p):
    tb = p.get("tb", '<a href="#">设为首页</a><a href="#">收藏本站</a><a href="#">手机版</a><a href="#">客户端</a><a href="#">登录</a><a href="#">注册</a>')
    info = '<div class="meta">%s</div>' % p.get("info", "")
    head = title_html(p)
    blocks = [p.get("pre", ""), info, head] if p.get("info_pos") == "before" else [p.get("pre", ""), head, info]
    side = "".join('<div class="hot"><h4>%s</h4>%s</div>' % (E(h), "<ol>%s</ol>" % "".join("<li>%s</li>" % E(x) for x in xs)) for h, xs in p.get("side", []))
    cm = p.get("comments", '<div class="cm"><p>网友评论</p><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button><p>已有 <b>0</b> 条评论</p></div>')
    icp, ga = ICP[p.get("prov", "冀")]
    foot = p.get("footer") or f"{E(p['site'])} 版权所有 未经书面授权禁止转载<br>互联网新闻信息服务许可证：{p.get('lic', '13120170001')}　{icp}　{ga}<br>违法和不良信息举报电话：{p.get('tel', '0311-12345678')}"
    inner = f"""<div class="tb">{tb}</div><div class="logo">{E(p['site'])}<input type="text" placeholder="{E(p.get('placeholder', '搜索'))}"></div>
{nav(p.get('nav', ['首页', '时政', '要闻', '社会', '财经', '文旅', '视频', '图片']))}
<div class="main"><div class="art"><div class="crumb">{E(p.get('crumb', ''))}</div>
{''.join(blocks)}
<div class="body">{body_html(p['body'])}</div>
{p.get('after', '')}
<div class="share">{p.get('share', '分享到：微信 朋友圈 微博 QQ')}</div>
{rel(p, p.get('relhead', '相关新闻'))}{cm}</div>
<div class="side">{side}</div></div>
<div class="foot">{foot}</div>"""
    return page(p["title"].replace("\n", "") + " - " + p["site"], STYLE_PORTAL, inner)


STYLE_EN = """body{font-family:Georgia,serif;margin:0}.hdr{border-bottom:3px solid #000;padding:10px 40px}.hdr .l{font-size:34px;font-weight:bold}
.nav a{margin-right:16px;font-family:Arial;font-size:14px}.main{width:980px;margin:0 auto}h1{font-size:34px}.meta{font-family:Arial;color:#666;font-size:13px}
.body p{font-size:18px;line-height:1.7}.cap{font-size:14px;color:#555;font-family:Arial}.foot{background:#111;color:#bbb;padding:16px 40px;font-size:12px}"""


def render_en(p):
    inner = f"""<div class="hdr"><div class="tb">{p.get('tb', '')}</div><span class="l">{E(p['site'])}</span> <input type="text" placeholder="{E(p.get('placeholder', 'Search'))}"></div>
{nav(p.get('nav', ['Home', 'China', 'World', 'Business', 'Lifestyle', 'Culture', 'Travel', 'Sports', 'Opinion']))}
<div class="main"><div class="crumb">{E(p.get('crumb', ''))}</div>
{p.get('pre', '')}{title_html(p)}<div class="meta">{p.get('info', '')}</div>
<div class="body">{body_html(p['body'])}</div>{p.get('after', '')}
{rel(p, p.get('relhead', 'Related Stories'))}</div>
<div class="foot">{p.get('footer', '')}</div>"""
    return page(p["title"] + " - " + p["site"], STYLE_EN, inner)


STYLE_SELF = """body{margin:0;font-family:-apple-system,"PingFang SC",sans-serif;background:#fff}.ph{border-bottom:1px solid #eee;padding:8px 24px;font-size:14px}
.ph a{margin-right:14px;color:#222}.main{width:680px;margin:0 auto}h1{font-size:26px;line-height:1.4}.acc{font-size:14px;color:#576b95}
.acc span{margin-right:8px;color:#999}.body p{font-size:17px;line-height:1.8;color:#333}.cap{font-size:13px;color:#999;text-align:center}
.ops{color:#999;font-size:13px}.rec li{font-size:15px;line-height:2}"""


def render_self(p):
    inner = f"""<div class="ph">{p.get('ph', '')}</div>
<div class="main">{p.get('pre', '')}{title_html(p, 'h1', 't')}<div class="acc">{p.get('info', '')}</div>
<div class="body">{body_html(p['body'])}</div>{p.get('after', '')}
<div class="ops">{p.get('ops', '')}</div>{rel(p, p.get('relhead', '相关推荐'))}</div>
<div class="fs">{p.get('footer', '')}</div>"""
    return page(p["title"].replace("\n", ""), STYLE_SELF, inner)


STYLE_EP = """body{margin:0;font-family:SimSun,serif;background:#f4efe4}.eh{background:#8b0000;color:#fff;padding:8px 20px}.eh a{color:#fff;margin:0 6px}
.wrap{display:flex;width:1200px;margin:0 auto}.lp{width:380px}.lp li{font-size:13px}.ar{width:780px;background:#fff;padding:20px}
.yin,.fu{font-size:17px;text-align:center;color:#333;font-weight:normal}.zhu{font-size:28px;text-align:center}.au{text-align:center;font-size:14px}
.ar p{text-indent:2em;font-size:16px;line-height:1.9}.cap{text-align:center}.bz{font-size:13px;color:#555}.foot{text-align:center;font-size:12px;color:#555}"""


def render_epaper(p):
    inner = f"""<div class="eh">{p.get('eh', '')}</div>
<div class="wrap"><div class="lp"><img src="data:," alt="{E(p.get('pageimg', '版面图'))}" width="360" height="520">
<div class="bl"><b>本版新闻</b>{ul(p.get('pagelist', []))}</div></div>
<div class="ar">{p.get('pre', '')}{title_html(p, 'h1', 'zhu')}<div class="au">{p.get('info', '')}</div>
<div class="body">{body_html(p['body'])}</div>{p.get('after', '')}</div></div>
<div class="foot">{p.get('footer', '')}</div>"""
    return page(p["title"].replace("\n", "") + "--" + p["site"], STYLE_EP, inner)


def render(p):
    if p.get("sep") and p.get("info"):
        p = dict(p, info=p["info"].replace("</span><span>", "</span>" + p["sep"] + "<span>"))
    return {"gov20": render_gov20, "gov10": render_gov10, "govdoc": render_govdoc, "portal": render_portal,
            "en": render_en, "self": render_self, "epaper": render_epaper, "inst": render_gov20}[p["tpl"]](p)
