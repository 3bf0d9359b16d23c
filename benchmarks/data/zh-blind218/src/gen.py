#!/usr/bin/env python3
"""Generate html/ and gold/ for zh-blind218. Everything is invented."""
import json, os
from render import e, img, body_html, gold_paras, page, links, gov_footer
from pages_gov import P as G
from pages_media import P as M
from pages_other import P as O
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = G + M + O
FOOT = {"北京": ("京ICP备1908xxxx号-1", "京公网安备 11010502xxxxxx号", "1101000021"),
        "辽宁": ("辽ICP备1700xxxx号", "辽公网安备 21010202xxxxxx号", "2108000017"),
        "福建": ("闽ICP备0600xxxx号", "闽公网安备 35010202xxxxxx号", "3501000039"),
        "云南": ("滇ICP备1400xxxx号-2", "滇公网安备 53010202xxxxxx号", "5328000008")}

def crumb(p, sep=" &gt; "):
    return '<div class="crumb">当前位置：' + sep.join(f'<a href="#">{e(c)}</a>' for c in p.get("crumb", ["首页"])) + "</div>"

def title_html(p, tag="h1"):
    if "title_lines" in p:
        return f"<{tag}>" + "<br>".join(e(x) for x in p["title_lines"]) + f"</{tag}>"
    return f"<{tag}>{e(p['title'])}</{tag}>"

def body_items(p):
    from extras import X
    b = list(p["body"]); add = X.get(p["id"], [])
    i = len(b)
    while i > 0 and not isinstance(b[i - 1], str) and b[i - 1][0] == "right":
        i -= 1
    if i == len(b):
        i -= 1
    if p["id"] in ("rk-07",):
        i = len(b) - 3
    return b[:i] + add + b[i:]

def prevnext(a="上一篇：关于做好2025年防汛准备工作的通知", b="下一篇：无"):
    return f'<div class="pn"><p>{e(a)}</p><p>{e(b)}</p></div>'

def share():
    return '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'

def gov_header(p):
    return (f'<div class="top"><span>{e(p["site"])}</span> <a href="#">无障碍</a> <a href="#">长者模式</a> '
            f'<a href="#">登录</a> <a href="#">注册</a> <input type="text" placeholder="请输入关键字"> <button>搜索</button></div>'
            + links(["首页", "政务公开", "政务服务", "互动交流", "走进" + p["region"]], "nav"))

def L_gov_table(p):
    icp, ga, code = FOOT[p["region"]]
    docno = f'<tr><td align="center">{e(p["docno"])}</td></tr>' if p.get("docno") else ""
    return f"""<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td>{img(p["site"] + "标志")}<span class="sn">{e(p["site"])}</span></td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a></td></tr>
<tr><td colspan="2">{links(["首页", "机构概况", "政务公开", "办事服务", "互动交流"], "nav")}</td></tr>
<tr><td colspan="2">{crumb(p, " &gt;&gt; ")}</td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="6">
<tr><td align="center" class="tt">{e(p["title"])}</td></tr>
<tr><td align="center" class="info">{e(p["timelabel"])}{e(p["time"])}　　来源：{e(p["source"])}　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
{docno}
<tr><td class="content">{body_html(body_items(p))}</td></tr>
<tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
</table></td></tr>
<tr><td colspan="2" class="foot">{gov_footer(p["site"], icp, ga, code)}</td></tr>
</table>"""

def L_gov_index(p):
    icp, ga, code = FOOT[p["region"]]
    idx = p["index"]; rows = ""
    for i in range(0, len(idx), 2):
        pair = idx[i:i + 2]
        rows += "<tr>" + "".join(f'<th>{e(k)}：</th><td>{e(v)}</td>' for k, v in pair) + "</tr>"
    docno = f'<p class="wh">{e(p["docno"])}</p>' if p.get("docno") else ""
    return f"""{gov_header(p)}{crumb(p)}
<div class="main"><table class="idx">{rows}</table>
{title_html(p)}<div class="info">{e(p["info"])}</div>
{docno}<div class="content">{body_html(body_items(p))}</div>
{share()}{prevnext()}<div class="rel"><h4>相关阅读</h4>{links(["关于印发相关实施细则的通知", "一图读懂政策要点", "政策问答"], "rl")}</div>
<p class="ed">责任编辑：{e("何婷")}</p></div>{gov_footer(p["site"], icp, ga, code)}"""

def L_gov_div(p):
    icp, ga, code = FOOT[p["region"]]
    sf = f'<p class="sf" style="text-align:center">{e(p["standfirst"])}</p>' if p.get("standfirst") else ""
    b = body_items(p)
    if p.get("closing_in_last"):
        b[-1] = b[-1] + p["closing"]
    return f"""{gov_header(p)}{crumb(p)}
<div class="main">{title_html(p)}<div class="info">{e(p["info"])}</div>{sf}
<div class="content">{body_html(b)}</div>
<div class="tools">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>{share()}
{img("扫一扫在手机打开当前页", "扫一扫在手机打开当前页")}{prevnext("上一篇：全市春季植树活动启动", "下一篇：多部门联合开展安全生产检查")}
<p class="ed">编辑：刘敏　审核：赵建国</p></div>{gov_footer(p["site"], icp, ga, code)}"""

def L_gov_resp(p):
    icp, ga, code = FOOT[p["region"]]
    return f"""<header class="rh"><div class="wrap">{e(p["site"])} <a href="#">长者模式</a> <a href="#">无障碍</a> <input placeholder="搜索本站内容"></div></header>
<nav>{links(["首页", "要闻", "公开", "服务", "互动", "数据"], "nav")}</nav>
<div class="wrap">{crumb(p, " / ")}<article><div class="grid"><div class="col8">{title_html(p)}
<div class="meta">{e(p["info"])} <span>字号：大 中 小</span></div>
<div class="content">{body_html(body_items(p))}</div></div>
<aside class="col4"><h4>热点推荐</h4>{links(["政府工作报告", "重大项目进展", "便民服务指南"], "rl")}</aside></div></article>
{prevnext("上一篇：关于开展消防安全专项检查的通知", "下一篇：区政府召开常务会议")}</div>{gov_footer(p["site"], icp, ga, code)}"""

def media_footer(p):
    icp, ga, _ = FOOT[p["region"]]
    return (f'<div class="foot">{links(["关于我们", "广告服务", "联系我们", "版权声明"])}'
            f'<p>{e(p["site"])}版权所有　未经授权禁止转载</p><p>互联网新闻信息服务许可证：{p["region"][0]}12024000xx　{e(icp)}　{e(ga)}</p>'
            f'<p>违法和不良信息举报电话：0xx-8888xxxx</p></div>')

def L_media_portal(p):
    pre = f'<p class="pre">{e(p["pre"])}</p>' if p.get("pre") else ""
    sub = f'<p class="subt">——{e(p["sub"])}</p>' if p.get("sub") else ""
    fl = f'<p class="fl">{e(p["firstline"])}</p>' if p.get("firstline") else ""
    return f"""<div class="top">{e(p["site"])} <a href="#">登录</a> <a href="#">注册</a> <input placeholder="搜索新闻"></div>
{links(["首页", "时政", "本地", "经济", "文化", "视频", "图片"], "nav")}{crumb(p)}
<div class="main">{pre}{title_html(p)}{sub}<div class="info">{e(p["info"])} <a href="#">评论</a> <a href="#">收藏</a></div>
{fl}<div class="content">{body_html(body_items(p))}</div>
{share()}<div class="rel"><h4>相关新闻</h4>{links(["本周天气：气温回升 注意防风", "多条公交线路优化调整", "读者来信：小区停车难如何破解"], "rl")}</div>
{prevnext("上一篇：市民热线一季度受理诉求32万件", "下一篇：周末全市将迎来降雨")}</div>{media_footer(p)}"""

def L_media_grid(p):
    sub = f'<h2>{e(p["sub"])}</h2>' if p.get("sub") else ""
    cl = f'<p class="cl">{e(p["closing_line"])}</p>' if p.get("closing_line") else ""
    return f"""<header><div class="logo">{e(p["site"])}</div><input placeholder="输入关键词搜索"><a href="#">APP下载</a></header>
{links(["推荐", "要闻", "本地", "财经", "体育", "视频"], "nav")}
<div class="wrap">{crumb(p, " > ")}<div class="grid"><main class="col8">{title_html(p)}{sub}
<div class="meta">{e(p["info"])}</div><div class="content">{body_html(body_items(p))}</div>{cl}
<p class="ed">【责任编辑：宁远】</p>{share()}</main>
<aside class="col4"><h4>24小时热榜</h4>{links(["1 多地发布高温预警", "2 新学期开学时间公布", "3 这些新规下月起施行"], "rl")}
{img("扫码下载客户端", "扫码下载客户端")}</aside></div></div>{media_footer(p)}"""

def L_media_wire(p):
    return f"""<div class="top">{e(p["site"])} | <a href="#">手机版</a> <input placeholder="请输入搜索内容"></div>
{links(["首页", "国内", "国际", "海峡", "财经"], "nav")}{crumb(p)}
<div class="main">{title_html(p)}<div class="info">{e(p["info"])}</div>
<div class="content">{body_html(body_items(p))}</div><p class="ed">[责任编辑：陈丽]</p>
<div class="rel"><h4>延伸阅读</h4>{links(["多地加快推进农村公路建设", "春运首日客流平稳有序"], "rl")}</div></div>{media_footer(p)}"""

def L_media_en(p):
    icp, _, _ = FOOT[p["region"]]
    return f"""<header><div class="logo">{e(p["site"])}</div>{links(["Home", "News", "Business", "Culture", "Travel", "中文"], "nav")}<input placeholder="Search"></header>
<div class="wrap"><div class="crumb">{" &gt; ".join(e(c) for c in p["crumb"])}</div>{title_html(p)}
<div class="meta">{e(p["info"])}</div><div class="content">{body_html(body_items(p))}</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
<div class="rel"><h4>Related Stories</h4>{links(["Province boosts green energy investment", "New flights link region to Southeast Asia"], "rl")}</div></div>
<footer><p>Copyright 2025 {e(p["site"])}. All rights reserved.</p><p>{e(icp)}</p></footer>"""

def L_media_app(p):
    return f"""<div class="appbar">{img(p["site"] + "图标")}<span>{e(p["site"])}</span> <a href="#">打开APP</a></div>
<div class="wrap">{title_html(p)}<div class="meta">{e(p["info"])}</div>
<div class="content">{body_html(body_items(p))}</div><p class="rd">阅读 2.3万　点赞 186</p>
<div class="rel"><h4>相关推荐</h4>{links(["地铁19号线北延段进入试运行", "这些路段本周末施工请绕行"], "rl")}</div>
<p class="ed">编辑：许晴　校对：邵杰</p><div class="openapp">打开京彩新闻APP，阅读体验更佳</div></div>"""

def L_sm(p, head, meta, tail):
    return f"""{head}<div class="wrap">{title_html(p)}{meta}<div class="content">{body_html(body_items(p))}</div>{tail}</div>"""

def L_sm_toutiao(p):
    return L_sm(p, f'<div class="tb">{e(p["site"].replace("号", ""))} <a href="#">下载头条</a> <a href="#">登录</a></div>',
        f'<div class="meta"><span>{e(p["account"])}</span> <span>{e(p["time"])}</span> <a href="#">+关注</a></div>',
        '<p>举报</p><div class="rel"><h4>相关推荐</h4>' + links(["北京这几家早点铺，开了几十年", "老北京卤煮哪家强？"], "rl") + "</div>")

def L_sm_wechat(p):
    return L_sm(p, "", f'<div class="meta"><span>{e(p["byline_top"])}</span> <a href="#">{e(p["account"])}</a> <span>{e(p["time"])}</span> <span>辽宁</span></div>',
        f'<p class="tail">{e(p["tail"])}</p>{img("公众号二维码", "长按识别二维码关注我们")}<p>阅读 5612　在看 87</p><p>预览时标签不可点</p>')

def L_sm_baijia(p):
    return L_sm(p, '<div class="tb">百度首页 <a href="#">登录</a></div>',
        f'<div class="meta">{img(p["account"] + "头像")}<span>{e(p["account"])}</span> <span>{e(p["time"])}</span><span>福建</span><span>优质茶叶领域创作者</span> <a href="#">关注</a></div>',
        '<p>举报/反馈</p>')

def L_sm_paper(p):
    return L_sm(p, '<div class="tb">澎湃新闻 <a href="#">下载客户端</a> <input placeholder="搜索"></div>',
        f'<div class="meta"><span>{e(p["account"])}</span> <span>关注</span><p>{e(p["time"])}</p><p>来源：澎湃新闻·澎湃号·湃客</p></div>',
        '<p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。</p><p>+1 收藏 我要举报</p>')

def L_sm_weibo(p):
    return L_sm(p, f'<div class="tb">微博 <input placeholder="搜索微博"> <a href="#">登录</a> <a href="#">注册</a></div><div class="wbh">{img("头像")}<a href="#">{e(p["account"])}</a> <span>{e(p["time"])}</span> 来自 微博网页版</div>',
        '<p class="rd">阅读数：12.8万</p>', '<p>转发 326　评论 218　赞 1591</p>')

def L_sm_xhs(p):
    return L_sm(p, f'<div class="tb">小红书 <a href="#">登录</a></div><div class="wbh">{img("头像")}<span>{e(p["account"])}</span> <a href="#">关注</a></div>{img("笔记图片1/9")}',
        "", f'<p>#建水古城 #云南旅行 #紫陶</p><p>编辑于 {e(p["time"])} 云南</p><p>赞 2341　收藏 1876　评论 95</p>')

def ep_nav(p):
    eds = ["第01版：要闻", "第02版：综合", "A03版：经济", "第04版：创新", "第05版：城事", "第06版：副刊"]
    return ('<div class="ednav"><p>' + e(p["site"]) + "　" + e(p["date"]) + '</p><p><a href="#">上一期</a> <a href="#">下一期</a> <a href="#">往期回顾</a></p>'
            + "<h4>版面导航</h4>" + links(eds, "edl") + f'<p>当前版：{e(p["edition"])}</p>'
            + '<p><a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">PDF下载</a></p></div>')

def ep_titles(p, main):
    return "<h4>本版标题</h4>" + links([main] + p["others"], "tl")

def L_epaper(p):
    pre = f'<p class="pre">{e(p["pre"])}</p>' if p.get("pre") else ""
    sub = f'<p class="subt">{e(p["sub"])}</p>' if p.get("sub") else ""
    lead = f'<p class="lead">{e(p["lead"])}</p>' if p.get("lead") and not p["body"][0].startswith(p["lead"]) else ""
    main = p.get("title") or "".join(p["title_lines"])
    return f"""<table width="1000" align="center"><tr><td width="300" valign="top">{ep_nav(p)}{img("版面缩略图")}{ep_titles(p, main)}</td>
<td valign="top"><div class="art">{pre}{title_html(p, "h1")}{sub}{lead}<div class="content">{body_html(body_items(p))}</div></div></td></tr>
<tr><td colspan="2" class="foot"><p>{e(p["site"])}社版权所有　{e(FOOT[p["region"]][0])}</p></td></tr></table>"""

def L_epaper2(p):
    pre = f'<h3 class="pre">{e(p["pre"])}</h3>' if p.get("pre") else ""
    sub = f'<h2 class="subt">{e(p["sub"])}</h2>' if p.get("sub") else ""
    lead = f'<p class="lead">{e(p["lead"])}</p>' if p.get("lead") else ""
    main = p.get("title") or "".join(p["title_lines"])
    return f"""<div class="epw"><div class="col4">{ep_nav(p)}</div><div class="col8"><div class="art">{pre}{title_html(p, "h1")}{sub}{lead}
<div class="content">{body_html(body_items(p))}</div></div>{ep_titles(p, main)}</div></div>
<div class="foot"><p>{e(p["site"])}　数字报刊平台　{e(FOOT[p["region"]][0])}</p></div>"""

def inst(p, nav, extra_top=""):
    icp, ga, _ = FOOT[p["region"]]
    return f"""<div class="top">{img(p["site"] + "logo")}<span>{e(p["site"])}</span>{extra_top} <input placeholder="请输入关键词"></div>
{links(nav, "nav")}{crumb(p)}<div class="main">{title_html(p)}<div class="info">{e(p["info"])}</div>
<div class="content">{body_html(body_items(p))}</div>{share()}{prevnext("上一条：" + nav[1] + "工作会议召开", "下一条：无")}</div>
<div class="foot"><p>版权所有 © {e(p["site"])}　地址：{p["region"]}某市某路1号</p><p>{e(icp)}　{e(ga)}</p></div>"""

L_inst_univ = lambda p: inst(p, ["首页", "学校概况", "院系设置", "教育教学", "科学研究", "招生就业"], " <a href=\"#\">信息门户</a> <a href=\"#\">English</a>")
L_inst_hosp = lambda p: inst(p, ["首页", "医院概况", "科室导航", "专家介绍", "就医指南", "预约挂号"], " <a href=\"#\">长者模式</a>")
L_inst_museum = lambda p: inst(p, ["首页", "参观", "展览", "藏品", "研究", "文创"], " <a href=\"#\">预约参观</a>")
L_inst_assoc = lambda p: inst(p, ["首页", "协会简介", "协会动态", "会员服务", "入会申请"], " <a href=\"#\">会员登录</a>")
L_inst_corp = lambda p: inst(p, ["首页", "关于我们", "产品中心", "新闻中心", "投资者关系", "联系我们"], " <a href=\"#\">EN</a>")

CSS = """.top{padding:6px 20px;background:#f3f3f3} .crumb{margin:10px 20px;color:#666}
.main,.wrap{width:960px;margin:0 auto} h1{font-size:24px;text-align:center} .info,.meta{color:#888;text-align:center;font-size:12px}
.content p{text-indent:2em} .grid{display:flex;gap:20px} .col8{flex:2} .col4{flex:1} .epw{display:flex;width:1000px;margin:0 auto}
.idx{width:100%;border:1px solid #ccc;font-size:12px} .foot{background:#eee;text-align:center;font-size:12px;padding:10px}
.pre,.subt{text-align:center} .tt{font-size:22px;font-weight:bold}"""

def gold(p):
    b = body_items(p)
    if p.get("closing_in_last"):
        b[-1] = b[-1] + p["closing"]
    title = p.get("title") or "".join(p["title_lines"])
    return dict(id=p["id"], set="zh-blind218", lang=p.get("lang", "zh"), kind=p["kind"], title=title,
                authors=p["authors"], publish_time=p["time"], body_paragraphs=gold_paras(b))

def main():
    assert len(PAGES) == 40
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True); os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in PAGES:
        inner = globals()["L_" + p["layout"]](p)
        t = (p.get("title") or "".join(p["title_lines"])) + "_" + p["site"]
        h = page(t, CSS, inner)
        if p.get("lang") == "en":
            h = h.replace('lang="zh-CN"', 'lang="en"')
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(h)
        json.dump(gold(p), open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("generated", len(PAGES))

if __name__ == "__main__":
    main()
