#!/usr/bin/env python3
"""Generate html/<id>.html and gold/<id>.json for zh-blind217 from pages_*.py (all invented)."""
import json, pathlib, html as H
from pages_a import P as A
from pages_b import P as B
from pages_c import P as C
ROOT = pathlib.Path(__file__).resolve().parent.parent
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
PAGES = A + B + C
from extras import X
for _p in PAGES:
    if _p["id"] in X:
        pos, txt = X[_p["id"]]
        if pos < 0: pos = len(_p["body"]) + pos + 1 if pos == -1 else len(_p["body"]) + pos + 1
        _p["body"].insert(pos, txt)
REGION = {"吉林": ("吉ICP备", "22010"), "海南": ("琼ICP备", "46010"), "四川": ("蜀ICP备", "51010"), "甘肃": ("陇ICP备", "62010")}

def region(p):
    for k in REGION:
        if k in p["site"] or k in p.get("org", ""):
            return k
    kw = {"吉林": "吉长白松", "海南": "琼椰海", "四川": "蜀川天府蓉巴", "甘肃": "陇甘金城敦煌"}
    for k, v in kw.items():
        if any(c in p["site"] for c in v):
            return k
    return "吉林"

def img(alt):
    return f'<img src="{GIF}" alt="{H.escape(alt)}" width="1" height="1">'

def body_html(p, tag="p"):
    out = []
    for it in p["body"]:
        rows = []
        if isinstance(it, str):
            out.append(f"<{tag}>{it}</{tag}>" if tag == "p" else f'<div class="para">{it}</div>')
            continue
        k = it[0]
        if k == "h":
            out.append(f'<p class="sub"><strong>{it[1]}</strong></p>' if int(p["id"][3:]) % 2 else f"<h3>{it[1]}</h3>")
        elif k == "li":
            out.append(f'<ul class="li"><li>{it[1]}</li></ul>')
        elif k == "tr":
            out.append("<TR>" + "".join(f"<td>{c}</td>" for c in it[1]) + "</TR>")
        elif k == "img":
            out.append(f'<p class="pic">{img(it[1])}</p><p class="caption">{it[2]}</p>')
        elif k == "by":
            out.append(f'<p class="byline">{it[1]}</p>')
    # wrap consecutive rows in tables
    res, buf = [], []
    for o in out:
        if o.startswith("<TR>"):
            buf.append(o.replace("TR>", "tr>"))
        else:
            if buf:
                res.append('<table class="data" border="1" cellspacing="0">' + "".join(buf) + "</table>"); buf = []
            res.append(o)
    if buf:
        res.append('<table class="data" border="1" cellspacing="0">' + "".join(buf) + "</table>")
    return "\n".join(res)

def gold_body(p):
    g = []
    for it in p["body"]:
        if isinstance(it, str):
            g.append(it)
        elif it[0] in ("h", "li"):
            g.append(it[1])
        elif it[0] == "tr":
            g.append(" ".join(it[1]))
    return g

def footer(p, style=0):
    r = region(p); icp, ga = REGION[r]
    n = int(p["id"][3:])
    code = f"{ga[:2]}{n:02d}00{n*37%1000:04d}"
    lines = [f"主办：{p['site']}　承办：{p['site'][:4]}信息中心",
             f"{icp}{1000000+n*7919:08d}号-{n%3+1}　{r[0]}公网安备 {ga}{n*1234567%100000000:08d}号",
             f"网站标识码：{code}　联系电话：0{n%9+1}{n:02d}-{(n*7331)%10000000:07d}"]
    if p["kind"] not in ("government",):
        lines = [f"Copyright © 2012-2025 {p['site']} 版权所有", f"{icp}{1000000+n*7919:08d}号　{r[0]}公网安备 {ga}{n*1234567%100000000:08d}号", "违法和不良信息举报电话：12377"]
    return '<div class="footer">' + "".join(f"<p>{l}</p>" for l in lines) + "</div>"

CSS = """body{margin:0;font:14px/1.8 "SimSun","Microsoft YaHei",sans-serif;color:#333}
a{color:#333;text-decoration:none}.wrap{width:1000px;margin:0 auto}.top{background:#b60000;color:#fff;padding:4px 0}
.nav a{margin:0 10px}.title{font-size:24px;text-align:center;font-weight:bold}.info{text-align:center;color:#888;font-size:12px;border-bottom:1px solid #ddd}
.footer{background:#eee;text-align:center;font-size:12px;margin-top:20px}.caption{text-align:center;color:#666;font-size:12px}
.side{float:right;width:260px}.main{width:700px}.grid{display:grid;grid-template-columns:2fr 1fr;gap:20px}
table.idx td{border:1px solid #ccc;padding:2px 6px}.share span{margin-right:8px}.byline{color:#666}
.pre,.subt{text-align:center;font-size:16px}.qr{font-size:12px}"""

def page(p, inner, title_tag=None):
    t = H.escape(p["title"].replace("<br>", ""))
    cs = ' charset="gb2312"' if int(p["id"][3:]) % 5 == 0 and p["kind"] == "government" else ' charset="utf-8"'
    return f'<!DOCTYPE html>\n<html lang="{ "en" if p["lang"]=="en" else "zh-CN"}"><head><meta{cs}><title>{t}_{H.escape(p["site"])}</title>\n<style>{CSS}</style></head>\n<body>\n{inner}\n</body></html>\n'

def related(titles, head="相关阅读"):
    return f'<div class="related"><h4>{head}</h4><ul>' + "".join(f"<li><a>{x}</a></li>" for x in titles) + "</ul></div>"

def heads(p):
    s = ""
    if p.get("pre"): s += f'<p class="pre">{p["pre"]}</p>'
    s += f'<h1 class="title">{p["title"]}</h1>'
    if p.get("sub"): s += f'<p class="subt">{p["sub"]}</p>'
    return s

def lead(p): return "".join(p.get("lead", []))
def tail(p): return "".join(p.get("tail", []))

def gov_table(p):
    n = int(p["id"][3:])
    doc = f'<p align="center" class="docno">{p["docno"]}</p>' if p.get("docno") else ""
    return f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="top">欢迎访问{p['site']}　<a>无障碍</a> | <a>长者模式</a> | <a>繁體</a>　<a>登录</a> <a>注册</a></td></tr>
<tr><td><table width="100%"><tr><td>{img(p['site']+'标志')}</td><td align="right"><input type="text" placeholder="请输入关键字"> <button>搜索</button></td></tr></table></td></tr>
<tr><td class="nav"><a>首页</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>走进{p['site'][3:6]}</a></td></tr>
<tr><td>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>{'通知公告' if n%2 else '工作动态'}</a></td></tr>
<tr><td>{heads(p)}</td></tr><tr><td class="info">{p['info']}</td></tr>
<tr><td>{doc}{lead(p)}{body_html(p)}{tail(p)}</td></tr>
<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>
<tr><td>{related(['关于做好2025年度安全生产工作的通知','2025年第一季度政务公开工作情况通报'],'相关链接')}</td></tr>
<tr><td>{footer(p)}</td></tr></table>"""

def gov_div(p):
    doc = f'<div class="docno" style="text-align:center">{p["docno"]}</div>' if p.get("docno") else ""
    return f"""<div class="top"><div class="wrap"><span>{p['site']}</span> <a>长者模式</a> <a>无障碍浏览</a> <a>English</a> <a>个人登录</a> | <a>法人登录</a></div></div>
<div class="wrap"><div class="search"><input placeholder="搜索本站内容"><a>搜索</a></div>
<div class="nav"><a>首页</a><a>要闻动态</a><a>信息公开</a><a>办事服务</a><a>政民互动</a><a>数据开放</a></div>
<div class="crumb">您所在的位置：<a>首页</a> &gt; <a>要闻动态</a> &gt; <a>部门动态</a></div>
<div class="article">{heads(p)}<div class="info">{p['info']} <span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
{doc}{lead(p)}<div class="content">{body_html(p)}</div>{tail(p)}
<div class="share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span></div>
<div class="prevnext"><p>上一篇：<a>全区召开森林防灭火工作部署会</a></p><p>下一篇：<a>2025年政府信息公开工作年度报告</a></p></div>
<div class="tools"><a>【打印】</a><a>【关闭】</a></div></div>
<div class="qr">{img('微信二维码')}<p>扫一扫在手机打开当前页</p></div></div>{footer(p)}"""

def gov_info(p):
    rows = list(p["index"]); rows.append(("名称", p["title"].replace("《","《").replace("<br>","")))
    idx = '<table class="idx">' + "".join(f"<tr><td>{rows[i][0]}：</td><td>{rows[i][1]}</td>" + (f"<td>{rows[i+1][0]}：</td><td>{rows[i+1][1]}</td>" if i+1 < len(rows) else "<td></td><td></td>") + "</tr>" for i in range(0, len(rows), 2)) + "</table>"
    doc = f'<p class="docno" style="text-align:center">{p["docno"]}</p>' if p.get("docno") else ""
    return f"""<div class="top"><div class="wrap">{p['site']} <a>无障碍</a> <a>关怀版</a> <a>登录</a></div></div>
<div class="wrap"><div class="nav"><a>首页</a><a>政府信息公开</a><a>政策文件</a><a>政策解读</a><a>互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政策解读</div>
{idx}<div class="article">{heads(p)}<div class="info">{p['info']}</div>{doc}
<div class="content">{body_html(p)}</div>
<div>【<a>打印</a>】【<a>关闭</a>】【<a>收藏</a>】</div>
{related(['原文链接：'+p['title'][:18]+'…','相关解读：一图读懂'],'关联文件')}</div></div>{footer(p)}"""

def media_div(p):
    return f"""<div class="top"><div class="wrap">{p['site']}　<a>首页</a> <a>时政</a> <a>经济</a> <a>社会</a> <a>文旅</a> <a>视频</a> <a>登录</a></div></div>
<div class="wrap"><div class="crumb"><a>{p['site']}</a> &gt; <a>正文</a></div>
<div class="side">{related(['全省春季森林防火形势总体平稳','多地出台措施支持新能源汽车消费','暑期档电影票房同比增长'],'热点排行')}{img('客户端二维码')}<p class="qr">扫码下载客户端</p></div>
<div class="main">{heads(p)}<div class="info">{p['info']}</div>{lead(p)}
<div class="content">{body_html(p)}</div>{tail(p)}
<div class="share">分享到：<span>微信</span><span>微博</span><span>复制链接</span></div>
{related(['【图解】一季度经济数据出炉','新闻观察：县域经济如何突围'],'相关新闻')}</div></div>{footer(p)}"""

def media_grid(p):
    return f"""<header class="top"><div class="wrap"><b>{p['site']}</b> <input placeholder="搜索新闻"> <a>下载APP</a> <a>登录</a></div></header>
<div class="wrap grid"><article>{heads(p)}<div class="info">{p['info']}</div>{lead(p)}
<section class="content">{body_html(p)}</section>{tail(p)}
<div class="share"><span>点赞 326</span><span>收藏</span><span>分享</span></div>
<div class="prevnext">上一篇：<a>城区部分路段夜间施工</a>　下一篇：<a>本周天气：晴转多云</a></div></article>
<aside>{related(['24小时热榜：暴雨黄色预警','市民热线：小区停车难怎么办','本地楼市：新房成交回暖'],'24小时热榜')}</aside></div>{footer(p)}"""

def media_table(p):
    return f"""<table width="980" align="center"><tr><td class="top">{p['site']}　<a>设为首页</a> <a>加入收藏</a> <a>手机版</a></td></tr>
<tr><td class="nav"><a>新闻首页</a> | <a>本地</a> | <a>国内</a> | <a>财经</a> | <a>图片</a> | <a>专题</a></td></tr>
<tr><td>您现在的位置：<a>首页</a> &gt;&gt; <a>本地新闻</a> &gt;&gt; 正文</td></tr>
<tr><td><table width="100%"><tr><td width="680" valign="top">{heads(p)}<div class="info">{p['info']}　【<a>我要评论</a>】【<a>打印</a>】</div>{lead(p)}
{body_html(p)}{tail(p)}<p>【<a>关闭窗口</a>】</p></td>
<td valign="top">{related(['图片新闻','本周推荐','新闻排行'],'栏目导航')}</td></tr></table></td></tr>
<tr><td>{footer(p)}</td></tr></table>"""

def media_en(p):
    return f"""<header class="top"><div class="wrap"><b>{p['site']}</b> <a>Home</a> <a>China</a> <a>Business</a> <a>Culture</a> <a>Travel</a> <input placeholder="Search"> <a>中文</a></div></header>
<div class="wrap"><div class="crumb">Home / China / Regional</div>{heads(p)}<div class="info">{p['info']}</div>
<div class="content">{body_html(p)}</div>{tail(p)}
<div class="share">Share: <span>Facebook</span><span>X</span><span>WeChat</span></div>
{related(['Island launches new tourism visa measures','Desert town bets on solar power'],'Related stories')}</div>
<div class="footer"><p>Copyright 1998-2025 {p['site']}. All rights reserved.</p><p>{REGION[region(p)][0]}{1000000+int(p['id'][3:])*7919:08d}号</p></div>"""

def self_app(p):
    n = int(p["id"][3:])
    reads = f"阅读 {n*517}" 
    lb = p.get("lead_body", "")
    return f"""<div class="wrap" style="width:640px"><div class="top">{p['site']}　<a>打开APP</a></div>
<h1 class="title" style="text-align:left">{p['title']}</h1>
<div class="acct">{img(p['account']+'头像')}<span class="name">{p['account']}</span> <span>{p['time']}</span> <span>{p['platform']}</span> <a>+ 关注</a></div>
{lb}<div class="content">{body_html(p)}</div>
<p class="note">本文为{p['platform']}作者原创，未经授权不得转载。</p>
<div class="share"><span>{reads}</span><span>赞 {n*13}</span><span>在看</span><span>分享</span></div>
<div class="cm"><p>精选留言</p><p>用户7316：说得很实在，收藏了！</p></div>
{related(['更多精彩内容','猜你喜欢：周末带娃去哪儿'],'相关推荐')}<p class="qr">打开{p['site']}APP，阅读体验更佳</p></div>"""

def self_weibo(p):
    return f"""<div class="wrap" style="width:600px"><div class="top">微博　<a>登录</a> <a>注册</a></div>
<div class="acct">{img(p['account'])}<b>{p['account']}</b><br><span>{p['time']} 来自 iPhone客户端</span></div>
<h2 class="wbt">{p['title']}</h2><div class="content">{body_html(p, tag='div')}</div>
<div class="pics">{img('图片1')}{img('图片2')}{img('图片3')}</div>
<div class="share"><span>转发 86</span><span>评论 142</span><span>赞 1053</span></div>
<p>查看更多评论</p></div>"""

def self_xhs(p):
    return f"""<div class="wrap" style="width:720px"><div class="top">小红书　<a>发现</a> <a>发布</a> <a>通知</a> <a>登录</a></div>
<div class="acct">{img(p['account'])}<span>{p['account']}</span> <a>关注</a></div>{img('笔记封面')}
<div class="note"><div class="title" style="text-align:left">{p['title']}</div>
<div class="content">{body_html(p, tag='div')}</div><div class="date">编辑于 {p['time']}</div></div>
<div class="share"><span>♡ 2371</span><span>☆ 1880</span><span>💬 96</span></div><p>共 96 条评论</p></div>"""

def epaper(p):
    n = int(p["id"][3:])
    t_list = p.get("title_gold") and (p["title"] + " " + p["title2"]) or p["title"]
    items = [t_list] + p["others"]
    eds = ["第01版：要闻", "第02版：综合", "第03版：要闻", "第04版：民生", "第05版：经济", "第06版：文化", "第07版：专版", "第08版：城事"]
    h2 = f'<br>{p["title2"]}' if p.get("title2") else ""
    return f"""<table width="1000" align="center"><tr><td class="top">{p['site']}数字报　<a>往期回顾</a> <a>PDF下载</a>　{p['pdate']}</td></tr>
<tr><td><table width="100%"><tr><td width="300" valign="top"><div>{img('版面缩略图')}</div><p>{p['edition']}</p>
<p><a>上一版</a>　<a>下一版</a></p><div class="ednav"><p>版面导航</p>{''.join(f'<p><a>{e}</a></p>' for e in eds)}</div>
<div class="list"><p>本版标题</p>{''.join(f'<p><a>{x}</a></p>' for x in items)}</div></td>
<td valign="top">{f'<p class="pre">{p["pre"]}</p>' if p.get('pre') else ''}<h1 class="title">{p['title']}{h2}</h1>{f'<p class="subt">{p["sub"]}</p>' if p.get('sub') else ''}
<div class="content">{body_html(p)}</div><p>【<a>返回目录</a>】【<a>打印</a>】</p></td></tr></table></td></tr>
<tr><td><div class="footer"><p>{p['site']}社版权所有　未经书面授权不得复制或建立镜像</p><p>{REGION[region(p)][0]}{1000000+n*7919:08d}号</p></div></td></tr></table>"""

def inst(p):
    return f"""<div class="top"><div class="wrap">{img(p['org']+'标志')} {p['org']}　<a>首页</a> <a>概况</a> <a>新闻动态</a> <a>通知公告</a> <a>联系我们</a> <input placeholder="站内搜索"></div></div>
<div class="wrap"><div class="crumb">首页 &gt; 新闻动态 &gt; 正文</div>{heads(p)}<div class="info">{p['info']}</div>
<div class="content">{body_html(p)}</div>{tail(p)}
<div class="prevnext"><p>上一条：<a>关于2025年国庆节放假安排的通知</a></p><p>下一条：<a>开展秋季消防安全演练</a></p></div>
<p class="qr">{img('官方微信')}关注官方微信</p></div>{footer(p)}"""

R = dict(gov_table=gov_table, gov_div=gov_div, gov_info=gov_info, media_div=media_div, media_grid=media_grid,
         media_table=media_table, media_en=media_en, self_app=self_app, self_weibo=self_weibo, self_xhs=self_xhs,
         epaper=epaper, inst=inst)

def main():
    (ROOT / "html").mkdir(exist_ok=True); (ROOT / "gold").mkdir(exist_ok=True)
    assert len(PAGES) == 40
    for p in PAGES:
        (ROOT / "html" / f"{p['id']}.html").write_text(page(p, R[p["layout"]](p)), encoding="utf-8")
        g = dict(id=p["id"], set="zh-blind217", lang=p["lang"], kind=p["kind"],
                 title=p.get("title_gold", p["title"]), authors=p.get("authors_gold", p["authors"]),
                 publish_time=p["time"], body_paragraphs=gold_body(p))
        (ROOT / "gold" / f"{p['id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("pages:", len(PAGES))

if __name__ == "__main__":
    main()
