"""Page templates (site furniture) for the kinds of sites imitated. Each takes (page, body_html, rnd)."""
import html as H
e = H.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

BASE_CSS = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333}
a{color:#333;text-decoration:none}ul{margin:0;padding:0}li{list-style:none}
.wrap{width:1100px;margin:0 auto}.nav a{display:inline-block;padding:8px 14px}
.crumb{padding:8px 0;color:#666}.title{font-size:26px;text-align:center;margin:18px 0 10px}
.info{color:#888;text-align:center;padding:6px 0;border-bottom:1px dashed #ccc}
.content p{line-height:2;margin:0 0 10px}.cap{text-align:center;color:#666}.note{color:#999}
.dt{border-collapse:collapse;margin:8px auto}.dt td,.dt th{padding:4px 8px}
.side{float:right;width:280px}.main{float:left;width:780px}.clear{clear:both}
.foot{background:#eee;padding:16px 0;text-align:center;color:#666;margin-top:20px;line-height:1.8}
.lst li{padding:2px 0}.kick,.subt{text-align:center;color:#555}"""

def img(alt, w=1, h=1):
    return f'<img src="{GIF}" alt="{e(alt)}" width="{w}" height="{h}">'

def title_html(p, tag="h1", cls="title"):
    return f'<{tag} class="{cls}">' + "<br>".join(e(x) for x in p["title"]) + f"</{tag}>"

def links(items, sep=""):
    return sep.join(f'<a href="#">{e(x)}</a>' for x in items)

def lis(items):
    return "<ul>" + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul>"

def doc(p, inner, css=""):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
            '<style>\n%s\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n') % (
        "en" if p.get("lang") == "en" else "zh-CN", e("".join(p["title"]) + "_" + p["site"]), BASE_CSS, css, inner)

def info_html(p):
    return p.get("info", "")

def core(p, body_html):
    """headline block + info bar + body + after-body lines"""
    parts = []
    if p.get("info_pos") == "above":
        parts.append(f'<div class="info">{info_html(p)}</div>')
    if p.get("kicker"):
        parts.append(f'<p class="kick">{e(p["kicker"])}</p>')
    parts.append(title_html(p))
    if p.get("subtitle"):
        parts.append(f'<p class="subt">{e(p["subtitle"])}</p>')
    if p.get("info_pos") != "above" and p.get("info"):
        parts.append(f'<div class="info">{info_html(p)}</div>')
    if p.get("pre"):
        parts.append(p["pre"])
    parts.append(f'<div class="content">\n{body_html}\n</div>')
    if p.get("after"):
        parts.append(p["after"])
    return "\n".join(parts)

def footer_gov(p, rnd):
    host = p.get("host", p["site"])
    icp = p.get("icp", f"{p.get('icp_prov','吉')}ICP备{rnd.randint(10000000, 99999999)}号")
    ga = p.get("gongan", f"{p.get('icp_prov','吉')}公网安备 {rnd.randint(22000000000000, 22999999999999)}号")
    bsm = p.get("bsm", str(rnd.randint(2200000000, 4499999999)))
    tel = p.get("tel", f"0{rnd.randint(431, 759)}-{rnd.randint(80000000, 89999999)}")
    v = rnd.randint(0, 1)
    if v:
        return (f'<div class="foot"><p>{links(["网站地图", "联系我们", "隐私声明", "使用帮助"], " | ")}</p>'
                f'<p>主办单位：{e(host)}　承办单位：{e(p.get("chengban", host + "办公室"))}</p>'
                f'<p>{e(icp)}　{img("公安备案图标")}{e(ga)}　网站标识码：{bsm}</p>'
                f'<p>联系电话：{tel}　（建议使用1920×1080分辨率浏览本网站）</p>'
                f'<p>{img("党政机关")}{img("政府网站找错")}</p></div>')
    return (f'<table class="foot" width="100%"><tr><td>{img("党政机关标识")}</td><td>'
            f'版权所有：{e(host)}<br>地址：{e(p.get("addr", "人民大街" + str(rnd.randint(100, 9999)) + "号"))}　邮编：{rnd.randint(110000, 529999)}　电话：{tel}<br>'
            f'网站标识码：{bsm}　{e(icp)}　{e(ga)}</td><td>{img("政府网站找错")}</td></tr></table>')

# ---------------------------------------------------------------- government
def gov_new(p, body_html, rnd):
    top = (f'<div class="top"><div class="wrap"><span>{e(p.get("today", "今天是2025年5月"))}</span> '
           f'{links(["无障碍", "长者模式", "繁體", "English", "智能问答", "登录"], " | ")}</div></div>')
    ban = (f'<div class="ban"><div class="wrap">{img(p["site"] + "标识")}<span class="sn">{e(p["site"])}</span>'
           f'<form><input type="text" placeholder="{e(p.get("ph", "请输入关键词"))}"><button>搜索</button></form></div></div>')
    nav = f'<div class="nav"><div class="wrap">{links(p.get("nav", ["首页", "政务公开", "政务服务", "互动交流", "走进" + p["site"][:3]]))}</div></div>'
    crumb = f'<div class="crumb wrap">当前位置：' + " &gt; ".join(f'<a href="#">{e(c)}</a>' for c in p["crumbs"]) + " &gt; 正文</div>"
    tools = (f'<div class="tools">{p.get("tools", "【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】")}'
             f'<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div></div>')
    pn = (f'<div class="pn"><p>上一篇：<a href="#">{e(p.get("prev", "关于开展安全生产月活动的通知"))}</a></p>'
          f'<p>下一篇：<a href="#">{e(p.get("next", "全区重点项目建设推进会召开"))}</a></p></div>')
    rel = f'<div class="rel"><h4>相关文章</h4>{lis(p.get("related", ["我区召开一季度经济运行分析会", "全区防汛工作会议召开", "关于公布2025年第一批惠民政策清单的通知"]))}</div>'
    qr = f'<div class="qr">{img("二维码")}<p>扫一扫在手机打开当前页</p></div>'
    inner = top + ban + nav + crumb + f'<div class="wrap art">{core(p, body_html)}{tools}{qr}{pn}{rel}</div>' + footer_gov(p, rnd)
    return doc(p, inner, ".top{background:#f5f5f5;font-size:12px;padding:4px}.ban{background:#1a5ba8;color:#fff;padding:16px}.sn{font-size:28px;margin-left:12px}.ban form{float:right}.nav{background:#0f4a91}.nav a{color:#fff}")

def gov_old(p, body_html, rnd):
    ban = (f'<table width="1000" align="center" cellspacing="0" cellpadding="0"><tr><td>{img(p["site"])}</td>'
           f'<td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">繁体版</a> | <a href="#">无障碍浏览</a></td></tr></table>')
    nav = '<table width="1000" align="center" class="nav"><tr>' + "".join(
        f'<td><a href="#">{e(x)}</a></td>' for x in p.get("nav", ["首 页", "政务动态", "信息公开", "办事服务", "公众参与", "专题专栏"])) + "</tr></table>"
    crumb = ('<table width="1000" align="center"><tr><td class="crumb">您现在的位置：' +
             " &gt;&gt; ".join(f'<a href="#">{e(c)}</a>' for c in p["crumbs"]) + "</td></tr></table>")
    search = '<table width="1000" align="center"><tr><td>站内搜索：<input type="text" value="" size="20"> <input type="submit" value="搜 索"></td></tr></table>'
    art = (f'<table width="1000" align="center" cellpadding="10"><tr><td>{core(p, body_html)}'
           f'<p align="right">{p.get("tools", "【<a>打印本页</a>】【<a>关闭窗口</a>】")}</p></td></tr></table>')
    return doc(p, ban + search + nav + crumb + art + footer_gov(p, rnd), "table{margin:0 auto}")

# ---------------------------------------------------------------- media
def media(p, body_html, rnd):
    top = (f'<div class="top wrap">{links(p.get("toplinks", ["客户端", "数字报", "融媒体矩阵", "投稿", "登录", "注册"]), " | ")}</div>'
           f'<div class="ban wrap">{img(p["site"] + "LOGO")}<b class="sn">{e(p["site"])}</b>'
           f'<input type="text" placeholder="搜索"><button>搜索</button></div>')
    nav = f'<div class="nav wrap">{links(p.get("nav", ["首页", "时政", "要闻", "社会", "经济", "文旅", "视频", "评论"]))}</div>'
    crumb = f'<div class="crumb wrap">{e(p.get("crumb_label", "当前位置："))}' + " &gt; ".join(f'<a href="#">{e(c)}</a>' for c in p["crumbs"]) + "</div>"
    share = f'<div class="share">{p.get("share", "分享到：<a>微信</a> <a>微博</a> <a>QQ</a>")}</div>'
    side = (f'<div class="side"><h4>{e(p.get("hot_label", "热点排行"))}</h4>'
            + "<ol>" + "".join(f'<li>{i}<a href="#">{e(x)}</a></li>' for i, x in enumerate(p.get("hot", ["多地出台措施促进消费", "今年高考报名人数公布", "端午假期出行提示来了", "城市更新项目集中开工", "这些新规下月起施行"]), 1)) + "</ol>"
            + f'<div class="qr">{img("客户端二维码")}<p>扫码下载客户端</p></div></div>')
    rel = f'<div class="rel"><h4>{e(p.get("rel_label", "相关新闻"))}</h4>{lis(p.get("related", ["全省夏粮收购工作启动", "一图读懂今年政府工作报告", "多条公交线路调整"]))}</div>'
    foot = (f'<div class="foot">{links(["关于我们", "广告服务", "联系方式", "版权声明", "网站地图"], " | ")}'
            f'<p>{e(p.get("copy", "Copyright © 2025 " + p["site"] + " All Rights Reserved"))}</p>'
            f'<p>互联网新闻信息服务许可证：{rnd.randint(10000000000, 99999999999)}　{e(p.get("icp", "湘ICP备" + str(rnd.randint(10000000, 99999999)) + "号-1"))}　违法和不良信息举报电话：{p.get("tel", "0731-8" + str(rnd.randint(1000000, 9999999)))}</p></div>')
    inner = top + nav + crumb + f'<div class="wrap"><div class="main">{core(p, body_html)}{share}{rel}</div>{side}<div class="clear"></div></div>' + foot
    return doc(p, inner, ".ban{padding:12px 0}.sn{font-size:24px}.nav{background:#c00}.nav a{color:#fff}.info{text-align:left}")

# ---------------------------------------------------------------- self-media
def selfmedia(p, body_html, rnd):
    plat = p["platform"]
    top = f'<div class="top">{img(plat)}<span>{e(plat)}</span> {links(p.get("toplinks", ["首页", "下载APP", "创作者中心", "登录"]), " ")}</div>'
    acct = p.get("acct_html", "")
    art = f'<div class="art">{core(p, body_html)}</div>'
    tail = p.get("tail", '<div class="act"><a>举报</a> <a>点赞</a> <a>收藏</a> <a>分享</a></div>')
    rec = f'<div class="rec"><h4>{e(p.get("rec_label", "相关推荐"))}</h4>{lis(p.get("related", ["退休后养老金怎么领？一文说清", "这座城市的夜市火了", "孩子暑假去哪儿玩？攻略来了"]))}</div>'
    foot = f'<div class="foot">{e(p.get("copy", "©2025 " + plat))}　{e(p.get("icp", "京ICP证" + str(rnd.randint(100000, 999999)) + "号"))}　用户协议 隐私政策 侵权投诉</div>'
    side = f'<div class="side">{p.get("side", "")}</div>'
    inner = top + f'<div class="wrap"><div class="main">{acct}{art}{tail}{rec}</div>{side}<div class="clear"></div></div>' + foot
    return doc(p, inner, ".top{padding:8px;border-bottom:1px solid #eee}.title{text-align:left}.info{text-align:left;border:0}")

# ---------------------------------------------------------------- e-paper
def epaper(p, body_html, rnd):
    top = f'<div class="top wrap">{img(p["site"] + "报头")}<b>{e(p["site"])}</b> {e(p.get("paper_date", ""))} {links(["往期回顾", "PDF下载", "返回首页"], " ")}</div>'
    pages = p.get("editions", ["01版：要闻", "02版：要闻", "03版：综合", "04版：经济", "05版：城事", "06版：文化"])
    left = f'<div class="side lft"><h4>版面导航</h4>{lis(pages)}<p><a>上一版</a> <a>下一版</a></p></div>'
    bb = p.get("page_titles", [])
    bbh = f'<div class="bb"><h4>本版标题</h4>{lis(bb)}</div>'
    kick = f'<p class="kick">{e(p["kicker"])}</p>' if p.get("kicker") else ""
    sub = f'<p class="subt">{e(p["subtitle"])}</p>' if p.get("subtitle") else ""
    art = kick + title_html(p, "h1") + sub + (f'<div class="info">{p["info"]}</div>' if p.get("info") else "") + \
        (p.get("pre") or "") + f'<div class="content">{body_html}</div>' + (p.get("after") or "")
    foot = f'<div class="foot">{e(p.get("copy", p["site"] + "社版权所有 未经书面授权禁止复制或建立镜像"))}<br>{e(p.get("icp", "辽ICP备" + str(rnd.randint(10000000, 99999999)) + "号"))}</div>'
    order = p.get("ep_order", "art_first")
    if order == "art_first":
        inner = top + f'<div class="wrap"><div class="main">{art}{bbh}</div>{left}<div class="clear"></div></div>' + foot
    else:
        inner = top + f'<div class="wrap">{left}<div class="main">{bbh}{art}</div><div class="clear"></div></div>' + foot
    return doc(p, inner, ".lft{float:left}.main{float:right}")

# ---------------------------------------------------------------- institution
def inst(p, body_html, rnd):
    top = (f'<div class="top wrap">{img(p["site"] + "校徽" if "大学" in p["site"] or "学院" in p["site"] or "学校" in p["site"] else p["site"] + "标志")}'
           f'<b>{e(p["site"])}</b> {links(p.get("toplinks", ["信息门户", "English", "校友", "联系我们"]), " | ")}</div>')
    nav = f'<div class="nav wrap">{links(p.get("nav", ["首页", "概况", "新闻", "机构", "服务"]))}</div>'
    left = f'<div class="side lft"><h4>{e(p["crumbs"][-1])}</h4>{lis(p.get("sidebar", ["综合新闻", "通知公告", "媒体报道", "专题"]))}</div>'
    crumb = f'<div class="crumb">{e(p.get("crumb_label", "当前位置："))}' + " &gt; ".join(f'<a href="#">{e(c)}</a>' for c in p["crumbs"]) + "</div>"
    pn = f'<div class="pn">上一条：<a href="#">{e(p.get("prev", "关于端午节放假安排的通知"))}</a><br>下一条：<a href="#">{e(p.get("next", "我院召开年度工作会议"))}</a></div>'
    foot = (f'<div class="foot">{e(p.get("addr", "地址：" + p["site"]))}　邮编：{rnd.randint(110000, 529999)}　电话：{p.get("tel", "0" + str(rnd.randint(20, 759)) + "-" + str(rnd.randint(80000000, 89999999)))}'
            f'<br>版权所有 © {e(p["site"])}　{e(p.get("icp", "粤ICP备" + str(rnd.randint(10000000, 99999999)) + "号"))}'
            f'<br>{img("微信公众号二维码")}关注官方微信</div>')
    inner = top + nav + f'<div class="wrap">{left}<div class="main">{crumb}{core(p, body_html)}{p.get("tools", "")}{pn}</div><div class="clear"></div></div>' + foot
    return doc(p, inner, ".lft{float:left}.main{float:right}.nav{background:#7a0e13}.nav a{color:#fff}")

# ---------------------------------------------------------------- English
def english(p, body_html, rnd):
    top = f'<div class="top wrap">{img(p["site"] + " logo")}<b class="sn">{e(p["site"])}</b> {links(p.get("toplinks", ["中文", "Subscribe", "Sign in"]), " | ")} <input type="text" placeholder="Search"></div>'
    nav = f'<div class="nav wrap">{links(p.get("nav", ["Home", "China", "World", "Business", "Culture", "Travel", "Sports", "Opinion"]))}</div>'
    crumb = f'<div class="crumb wrap">' + " / ".join(f'<a href="#">{e(c)}</a>' for c in p["crumbs"]) + "</div>"
    rel = f'<div class="rel"><h4>{e(p.get("rel_label", "Related Stories"))}</h4>{lis(p.get("related", []))}</div>'
    side = f'<div class="side"><h4>Most Viewed</h4>{lis(p.get("hot", []))}</div>'
    foot = (f'<div class="foot">{links(["About Us", "Contact Us", "Terms of Use", "Privacy"], " | ")}'
            f'<p>{e(p.get("copy", "Copyright © " + p["site"] + ". All rights reserved."))}</p><p>{e(p.get("icp", ""))}</p></div>')
    inner = top + nav + crumb + f'<div class="wrap"><div class="main">{core(p, body_html)}{p.get("share", "<div>Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>WeChat</a></div>")}{rel}</div>{side}<div class="clear"></div></div>' + foot
    return doc(p, inner, ".title{text-align:left;font-family:Georgia,serif}.info{text-align:left}.nav{background:#003a70}.nav a{color:#fff}")

LAYOUTS = {"gov_new": gov_new, "gov_old": gov_old, "media": media, "selfmedia": selfmedia,
           "epaper": epaper, "inst": inst, "english": english}
