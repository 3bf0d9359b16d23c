"""Page furniture and templates for zh-blind210 (all invented)."""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
CSS = """body{font-family:sans-serif;margin:0;font-size:15px;color:#222}
.wrap{width:1000px;margin:0 auto}.top{background:#f2f2f2;font-size:12px;padding:4px}
.nav a{margin:0 8px}.crumb{font-size:13px;color:#666;margin:8px 0}
h1{font-size:24px;text-align:center}.info{color:#888;font-size:13px;text-align:center}
.foot{background:#eee;font-size:12px;text-align:center;padding:10px;margin-top:20px}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px}
.side{float:right;width:220px;font-size:13px}.tools{font-size:13px;text-align:right}
.cap{font-size:13px;color:#666;text-align:center}.sub{text-align:center;color:#555}
.noselect{user-select:none}"""


def img(alt):
    return f'<img src="{GIF}" alt="{H.escape(alt)}" width="1" height="1">'


def render_body(items):
    out, mode = [], None
    def close():
        nonlocal mode
        if mode == "tr": out.append("</table>")
        if mode == "li": out.append("</ul>")
        mode = None
    for it in items:
        k = it[0]
        if k != mode and mode in ("tr", "li"):
            close()
        if k == "p":
            out.append(f"<p>{H.escape(it[1])}</p>")
        elif k == "h":
            out.append(f"<p><strong>{H.escape(it[1])}</strong></p>")
        elif k == "li":
            if mode != "li": out.append("<ul>"); mode = "li"
            out.append(f"<li>{H.escape(it[1])}</li>")
        elif k == "tr":
            if mode != "tr": out.append('<table>'); mode = "tr"
            out.append("<tr>" + "".join(f"<td>{H.escape(c)}</td>" for c in it[1]) + "</tr>")
        elif k == "img":
            out.append(f'<p style="text-align:center">{img(it[1])}</p><p class="cap">{H.escape(it[2])}</p>')
        elif k == "x":
            out.append(it[1])
    close()
    return "\n".join(out)


def gold_body(items):
    g = []
    for it in items:
        if it[0] in ("p", "h", "li"):
            g.append(it[1])
        elif it[0] == "tr":
            g.append(" ".join(it[1]))
    return g


def header(p):
    s = p["site"]
    style = p.get("tpl", "gov")
    if style == "gov_old":
        return (f'<table width="100%" class="top"><tr><td>今天是：2025年{p.get("today","3月18日")} 星期二</td>'
                f'<td align="right">设为首页 | 加入收藏 | 无障碍浏览 | 繁體</td></tr></table>'
                f'<table width="100%"><tr><td>{img(s + "标志")}<b>{s}</b></td><td>站内搜索：<input value="请输入关键字"> 搜索</td></tr></table>'
                f'<div class="nav">首页 政务公开 政务服务 互动交流 走进{s[:3]}</div>')
    if style == "gov":
        return (f'<div class="top">无障碍 长者模式 关怀版 | 登录 注册 | 简 繁</div>'
                f'<div class="wrap"><div>{img(s)}<span style="font-size:28px">{s}</span></div>'
                f'<input placeholder="请输入搜索内容"><button>搜索</button>'
                f'<div class="nav"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>数据发布</a></div></div>')
    if style == "media":
        return (f'<div class="top">{s} | 客户端下载 | 登录 | 注册 | 投稿 | 手机版</div>'
                f'<div class="nav"><a>首页</a><a>时政</a><a>社会</a><a>经济</a><a>文旅</a><a>视频</a><a>专题</a><a>评论</a></div>'
                f'<input placeholder="搜索新闻"> 搜索')
    if style == "en":
        return (f'<div class="top">{s} | 中文 | Mobile | Sign in</div>'
                f'<div class="nav"><a>Home</a><a>China</a><a>Business</a><a>Culture</a><a>Travel</a><a>Photos</a><a>Video</a></div>'
                f'<input placeholder="Search"> Search')
    if style == "wx":
        return ''
    if style == "app":
        return f'<div class="top">{img("logo")} {s} 打开APP 阅读更多精彩内容</div>'
    if style == "epaper":
        return (f'<div class="top">{s}数字报 | 往期回顾 | 版面导航 | PDF下载 | 登录</div>')
    if style == "inst":
        return (f'<div class="top">English | 信息门户 | 邮箱 | 图书馆 | 校友 | 人才招聘</div>'
                f'<div>{img(s + "logo")} <b style="font-size:26px">{s}</b></div>'
                f'<div class="nav"><a>首页</a><a>概况</a><a>新闻中心</a><a>机构设置</a><a>服务指南</a><a>联系我们</a></div>'
                f'<input placeholder="请输入关键词">')
    return ''


def footer(p):
    f = p.get("foot")
    if f is not None:
        return f'<div class="foot">{f}</div>'
    return ''
