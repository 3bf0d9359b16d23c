# page templates for zh-blind21 (compact; furniture varies by template and per-page params)
import html as H, random
E = H.escape
CSS = """body{font-family:SimSun,serif;margin:0;font-size:14px;color:#333}a{color:#333;text-decoration:none}
.w{width:1000px;margin:0 auto}.top{background:#eee;font-size:12px}.nav a{margin:0 12px}.nav{background:#b01}
.nav a{color:#fff}h1{font-size:24px;text-align:center}.info{text-align:center;color:#777;font-size:12px}
.cap{text-align:center;font-size:12px;color:#666}.foot{background:#ddd;font-size:12px;text-align:center;padding:10px}
.sticky{position:sticky;top:0;background:#fff}table.t{border-collapse:collapse}table.t td,table.t th{border:1px solid #999;padding:3px}
.r{text-align:right}.side{float:right;width:260px}.main{width:700px}.rel li{font-size:13px}"""
GOVREL = ["全区2025年安全生产月活动启动","关于开展夏季防汛应急演练的通知","市场监管部门开展校园周边食品安全检查",
 "2025年度第二批高校毕业生就业见习单位名单公布","我县召开巩固拓展脱贫攻坚成果推进会","街道开展“邻里守望”志愿服务活动",
 "关于公开征求《城区停车管理办法（征求意见稿）》意见的公告","农业农村局组织开展高标准农田建设项目验收","政府常务会议研究部署近期重点工作",
 "医保局：城乡居民医保集中参保缴费启动","关于2025年第一季度政府网站检查情况的通报","县领导督导检查秋粮收购工作",
 "文旅局召开旅游旺季安全工作会议","住建局开展老旧小区改造质量巡查","退役军人事务局走访慰问重点优抚对象","镇村干部“大走访”收集群众诉求128条"]
NEWSREL = ["多地启动夏粮收购 收购价格总体平稳","黄河流域生态保护重点项目进展顺利","暑期文旅消费持续升温 多个景区预约已满",
 "新能源汽车下乡活动走进西北县城","高原牧区开通首条冷链物流专线","今年前五个月外贸进出口同比增长","新一批国家级非遗代表性传承人名单公布",
 "多部门联合部署防范电信网络诈骗","全国首个县域数字乡村标准发布","高校毕业生“三支一扶”计划招募开始报名","铁路暑运预计发送旅客超9亿人次",
 "沙漠光伏基地实现全容量并网","这个村的葡萄卖到了东南亚","专家解读：个人养老金制度有哪些新变化"]
ABBR = {"鲁":"37","粤":"44","黔":"52","滇":"53","藏":"54","陕":"61","甘":"62","青":"63","宁":"64","新":"65"}
ENREL = ["Xinjiang cotton harvest fully mechanized in major areas","High-speed rail links more western cities to national network",
 "Guizhou's big data industry attracts global firms","Tibetan opera troupe tours rural Shigatse","Ningxia wine makers eye overseas markets",
 "Yunnan elephants return to protected habitat","Qinghai Lake naked carp population recovers","Shandong ports report record cargo throughput",
 "Gansu's Dunhuang launches digital cave tour","Shaanxi unveils new finds at Terracotta Warriors site","Summer travel boom lifts western tourism",
 "Guangdong expands cross-border e-commerce pilot zones"]
def rel(pool, n, seed):
    r = random.Random(seed); return r.sample(pool, n)
def body_html(items):
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(f'<p style="text-indent:2em">{E(it)}</p>'); gold.append(it)
        elif it[0] == 'h':
            out.append(f'<p style="text-indent:2em"><strong>{E(it[1])}</strong></p>'); gold.append(it[1])
        elif it[0] == 'h3':
            out.append(f'<h3>{E(it[1])}</h3>'); gold.append(it[1])
        elif it[0] == 'r':
            out.append(f'<p class="r">{E(it[1])}</p>'); gold.append(it[1])
        elif it[0] == 'np':   # paragraph without indent (主送, Q&A)
            out.append(f'<p>{E(it[1])}</p>'); gold.append(it[1])
        elif it[0] == 'img':
            out.append(f'<p style="text-align:center"><img src="upload/{abs(hash(it[1]))%99999}.jpg" alt="{E(it[1])}" width="600"></p>')
            if len(it) > 2 and it[2]: out.append(f'<p class="cap">{E(it[2])}</p>')
        elif it[0] == 'tbl':
            rows = it[1]
            t = ['<table class="t" align="center">']
            for i, row in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                t.append('<tr>' + ''.join(f'<{tag}>{E(c)}</{tag}>' for c in row) + '</tr>')
                gold.append(' '.join(row))
            t.append('</table>'); out.append(''.join(t))
        elif it[0] == 'x':
            out.append(it[1])
    return '\n'.join(out), gold
def head(p, extra=''):
    return f'<!DOCTYPE html><html lang="{"en" if p.get("lang")=="en" else "zh-CN"}"><head><meta charset="utf-8"><title>{E(p["title"])}_{E(p["site"])}</title><style>{CSS}{extra}</style></head><body>\n'
def th(p):
    return p.get('title_html') or E(p['title'])
def foot_gov(p):
    a = p['abbr']; r = random.Random(p['id'])
    code = ABBR[a] + str(r.randint(10000000, 99999999))
    return (f'<div class="foot">主办单位：{E(p.get("host", p["site"]))}　承办：{E(p.get("cb","政府办公室（大数据中心）"))}<br>'
            f'网站标识码：{code[:10]}　{a}ICP备{r.randint(10000000,99999999)}号-{r.randint(1,3)}　{a}公网安备 {code[:6]}02000{r.randint(100,999)}号<br>'
            f'地址：{E(p.get("addr","政务服务中心"))}　联系电话：0{r.randint(100,999)}-{r.randint(2000000,8999999)}　建议使用1920×1080分辨率</div>')
def nav(items, how=''):
    if how == 'ul': return '<ul class="nav">' + ''.join(f'<li><a href="#">{n}</a></li>' for n in items) + '</ul>'
    return '<div class="nav">' + how.join(f'<a href="#">{n}</a>' for n in items) + '</div>'
def rel_ul(titles, dates=False, seed=0):
    r = random.Random(seed)
    return '<ul class="rel">' + ''.join(f'<li><a href="#">{E(t)}</a>' + (f' <span>{r.choice(["2025-05-2","2025-06-0","2024-12-1"])}{r.randint(1,9)}</span>' if dates else '') + '</li>' for t in titles) + '</ul>'

# --- 2010s government table layout
def gov_old(p, body):
    rl = rel(GOVREL, 4, p['id'])
    return head(p) + f'''<table width="100%" class="top"><tr><td>欢迎访问{E(p["site"])}！今天是：{E(p.get("today","2025年6月3日"))}</td><td align="right"><a>设为首页</a> | <a>加入收藏</a> | <a>手机版</a> | <a>繁體中文</a></td></tr></table>
<table width="1000" align="center"><tr><td height="110"><h2>{E(p["site"])}</h2><div>{E(p.get("site_en",""))}</div></td><td align="right"><form><input type="text" placeholder="请输入搜索内容"><input type="button" value="搜 索"></form></td></tr></table>
<table width="1000" align="center" class="nav"><tr>{"".join(f"<td><a href=#>{n}</a></td>" for n in p.get("nav",["首页","政务公开","政务服务","互动交流","走进"+p["place"],"专题专栏"]))}</tr></table>
<table width="1000" align="center"><tr><td>当前位置：<a>首页</a> &gt;&gt; {" &gt;&gt; ".join(f"<a>{E(c)}</a>" for c in p["crumb"])}</td></tr>
<tr><td><h1>{th(p)}</h1></td></tr>
<tr><td class="info">{p["info"]}</td></tr>
<tr><td align="right" style="font-size:12px">【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</td></tr>
<tr><td><hr>{body}</td></tr>
<tr><td>{p.get("after","")}</td></tr>
<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】【<a>返回顶部</a>】</td></tr>
<tr><td>上一篇：<a>{E(rl[0])}</a><br>下一篇：<a>{E(rl[1])}</a></td></tr>
<tr><td><b>相关文章</b><ul><li>{E(rl[2])}</li><li>{E(rl[3])}</li></ul></td></tr></table>
''' + foot_gov(p) + '</body></html>'

# --- 2020s government portal
def gov_new(p, body):
    rl = rel(GOVREL, 7, p['id'])
    tit = f'<h1>{th(p)}</h1>'
    info = f'<div class="info">{p["info"]}</div>'
    tool = '<div class="info">字号：<a>大</a> <a>中</a> <a>小</a>　<a>打印</a>　分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>'
    mid = (info + tit + tool) if p.get('info_first') else (tit + info + tool)
    return head(p) + f'''<div class="top sticky"><span>{E(p.get("today","2025年6月3日 星期二"))}</span>　<a>无障碍</a> | <a>长者模式</a> | <a>繁體</a> | <a>政务微博</a> | <a>政务微信</a> | <a>登录</a> | <a>注册</a></div>
<div class="w"><div><img src="logo.png" alt="{E(p["site"])}"> <input type="search" placeholder="{E(p.get("ph","搜索关键词，如：社保、公积金"))}"><button>搜索</button></div>
{nav(p.get("nav",["首页","要闻动态","政务公开","政务服务","政民互动","走进"+p["place"]]))}
<div>您当前所在位置：<a>首页</a> &gt; {" &gt; ".join(f"<a>{E(c)}</a>" for c in p["crumb"])}</div>
{p.get("label","")}{mid}
<div class="content">{body}</div>{p.get("after","")}
<div class="info"><img src="qr.png" alt="">扫一扫在手机打开当前页</div>
<div>【<a>打印本页</a>】　【<a>关闭窗口</a>】</div>
<div>上一篇：<a>{E(rl[0])}</a></div><div>下一篇：<a>{E(rl[1])}</a></div>
<div><h4>相关阅读</h4>{rel_ul(rl[2:7], True, p["id"])}</div></div>
''' + foot_gov(p) + '</body></html>'

# --- information disclosure (信息公开) page with record table
def gov_xxgk(p, body):
    c = '：' if p.get('colon', True) else ''
    m = p['rec']
    rows = [("索引号", m[0], "主题分类", m[1]), ("发文机关", m[2], "成文日期", m[3]), ("发文字号", m[4], "发布日期", m[5]), ("标题", p.get('rec_title', p['title']), "", "")]
    t = '<table class="t" width="100%">' + ''.join(
        f'<tr><td>{a}{c}</td><td>{E(b)}</td>' + (f'<td>{d}{c}</td><td>{E(e)}</td></tr>' if d else '</tr>') if a != "标题" else f'<tr><td>{a}{c}</td><td colspan="3">{E(b)}</td></tr>' for a, b, d, e in rows) + '</table>'
    return head(p) + f'''<div class="top"><a>{E(p["site"])}</a>　<a>长者模式</a>　<a>无障碍浏览</a>　<a>English</a></div>
<div class="w"><h2>{E(p["site"])} · 政府信息公开</h2><input type="text" placeholder="请输入关键字">
{nav(["政府信息公开指南","政府信息公开制度","法定主动公开内容","政府信息公开年报","依申请公开"], "ul")}
<div>您的位置：首页 &gt; {" &gt; ".join(E(c) for c in p["crumb"])}</div>
{t}
<h1>{th(p)}</h1>{('<div class="info">' + E(p["wh"]) + '</div>') if p.get("wh") else ""}
<div class="info">{p.get("info","")}</div>
<div class="content">{body}</div>{p.get("after","")}
<div>【<a>打印本页</a>】【<a>关闭窗口</a>】</div><div class="info"><img src="qr.png" alt="">扫一扫在手机打开当前页</div></div>
''' + foot_gov(p) + '</body></html>'

# --- news portal / media site
def news(p, body):
    en = p.get('lang') == 'en'
    rl = rel(ENREL if en else NEWSREL, 10, p['id'])
    hot = ''.join(f'<li><span>{i+1}</span>{E(t)}</li>' for i, t in enumerate(rl[5:10]))
    if en:
        top = f'<div class="top"><a>{E(p["site"])}</a> | <a>Global Edition</a> <a>China Edition</a> | <a>中文</a> | <a>Sign in</a> <a>Subscribe</a></div>'
        share = '<div>Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>WeChat</a></div>'
        com = f'<div><b>{random.Random(p["id"]).randint(3,99)}</b> Comments <textarea placeholder="Leave your comment here"></textarea></div>'
        relh = 'Related Stories'
    else:
        top = f'<div class="top"><a>{E(p["site"])}</a> | <a>新闻</a> <a>财经</a> <a>体育</a> <a>娱乐</a> <a>视频</a> <a>图片</a> | <a>登录</a> <a>注册</a> <a>客户端</a></div>'
        share = '<div>分享到：<a>微信</a> <a>微博</a> <a>QQ</a>　<a>举报</a></div>'
        com = f'<div>已有<b>{random.Random(p["id"]).randint(3,999)}</b>人参与　<a>评论</a>　<textarea placeholder="文明上网，理性发言"></textarea></div>'
        relh = p.get('relh', '相关新闻')
    return head(p) + top + f'''
<div class="w"><div><b>{E(p.get("chan","新闻中心"))}</b> <input placeholder="{E(p.get("ph","热搜：高考志愿填报"))}"></div>
{nav(p.get("nav",["首页","国内","国际","社会","评论","财经","文旅","健康","专题"]), p.get("navsep", " "))}
<div>{p.get("crumb","")}</div>
<div class="main">{p.get("pre","")}<h1>{th(p)}</h1>
<div class="info">{p["info"]}</div>
<div class="content">{body}</div>
{p.get("after","")}
{share}{com}
<h4>{relh}</h4>{rel_ul(rl[:5], not en, p["id"])}</div>
<div class="side"><h4>{p.get("hotname","热点排行")}</h4><ol>{hot}</ol></div></div>
<div class="foot">{p.get("foot","")}</div></body></html>'''

# --- self media
def selfm(p, body):
    return head(p) + p['top'] + f'''<div class="w"><div class="main">{p.get("pre","")}<h1 style="text-align:left">{th(p)}</h1>
<div>{p["info"]}</div>{p.get("card","")}
<div class="content">{body}</div>{p.get("after","")}</div>
<div class="side">{p.get("side","")}</div></div>{p.get("bottom","")}</body></html>'''

# --- e-paper
def epaper(p, body):
    return head(p) + f'''<div class="top">{E(p["site"])}　{E(p["issue"])}　<a>往期回顾</a>　<a>PDF版</a>　<a>返回首页</a></div>
<div class="w"><div class="side"><div>{E(p["ban"])}</div><div><a>上一版</a>　<a>下一版</a></div><div><b>本版新闻</b>{rel_ul(p["others"])}</div><div><a>上一期</a> <a>下一期</a></div><img src="ban.jpg" alt="版面图"></div>
<div class="main">{p.get("yt","")}<h1>{th(p)}</h1>{p.get("ft","")}
<div class="info">{p["info"]}</div>
<div class="content">{body}</div>{p.get("after","")}
<div><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div></div></div>
<div class="foot">{E(p["foot"])}</div></body></html>'''

# --- institutional
def inst(p, body):
    rl = p.get('rel', [])
    mid = (f'<div class="info">{p["info"]}</div><h1>{th(p)}</h1>') if p.get('info_first') else (f'<h1>{th(p)}</h1><div class="info">{p["info"]}</div>')
    return head(p) + f'''<div class="top">{p.get("topbar","")}</div>
<div class="w"><h2>{E(p["site"])}</h2><input type="text" placeholder="{E(p.get("ph","请输入关键词"))}">
{nav(p["nav"], p.get("navsep", "ul"))}
<div>{p.get("crumb","")}</div>{p.get("label","")}
{mid}
<div class="content">{body}</div>{p.get("after","")}
{rel_ul(rl)}</div><div class="foot">{p.get("foot","")}</div></body></html>'''
TPL = dict(gov_old=gov_old, gov_new=gov_new, gov_xxgk=gov_xxgk, news=news, selfm=selfm, epaper=epaper, inst=inst)
