#!/usr/bin/env python3
"""Generator of the zh-blind24 blind set: html/<id>.html and gold/<id>.json.
Body items: str -> <p> (gold); ('h',t) sub-heading (gold); ('t',rows) table (gold: one
paragraph per row, cells joined by a space); ('r',t) right-aligned line (gold);
('x',html) furniture inside the content area (not gold); ('img',alt,cap) picture + caption (not gold).
"""
import json, os, html as H

OUT = os.path.dirname(os.path.abspath(__file__))
SET = "zh-blind24"
CSS = """body{font:14px/1.7 "Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333}
a{color:#333;text-decoration:none}ul{list-style:none;margin:0;padding:0}
.w{width:1100px;margin:0 auto}.top{background:#f2f2f2;font-size:12px;padding:4px 0}
.top span{margin-right:14px}.ban{background:#b71c1c;color:#fff;padding:18px 0;font-size:28px}
.nav a{display:inline-block;padding:6px 14px}.crumb{font-size:13px;color:#666;padding:8px 0}
.info{font-size:13px;color:#888;border-bottom:1px solid #ddd;padding:6px 0;text-align:center}
.ft{background:#eee;font-size:12px;text-align:center;padding:14px 0;margin-top:20px}
h1{font-size:24px;text-align:center;margin:16px 0 8px}.rel li{padding:2px 0}
.side{float:right;width:260px}.main{width:800px}.r{text-align:right}.c{text-align:center}
table.rec td{border:1px solid #ccc;padding:3px 8px;font-size:13px}
table.dt td{border:1px solid #999;padding:3px 6px}.share span{margin:0 4px;color:#06c}
"""

def e(s): return H.escape(s, quote=False)

def render_body(items, indent=False):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append("<p>%s%s</p>" % ("&#12288;&#12288;" if indent else "", e(it)))
        elif it[0] == 'h':
            out.append("<p><strong>%s</strong></p>" % e(it[1]))
        elif it[0] == 'r':
            out.append('<p class="r">%s</p>' % e(it[1]))
        elif it[0] == 't':
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in it[1])
            out.append('<table class="dt" cellspacing="0">%s</table>' % rows)
        elif it[0] == 'x':
            out.append(it[1])
        elif it[0] == 'img':
            out.append('<p class="c"><img src="/upload/%d.jpg" alt="%s" width="600" height="400"></p>%s'
                       % (len(it[1])*7919 % 99991, e(it[1]),
                          '<p class="c" style="font-size:12px;color:#666">%s</p>' % e(it[2]) if it[2] else ""))
    return "\n".join(out)

def gold_body(items):
    g = []
    for it in items:
        if isinstance(it, str): g.append(it)
        elif it[0] in ('h', 'r'): g.append(it[1])
        elif it[0] == 't': g.extend(" ".join(r) for r in it[1])
    return g

PAGES = []
def page(pid, kind, title, authors, ptime, body, html_inner, lang="zh", extra_css="", doctitle=None):
    PAGES.append(dict(id=pid, kind=kind, title=title, authors=authors, publish_time=ptime,
                      body=gold_body(body), lang=lang))
    doc = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>\n'
           '<style>%s%s</style></head>\n<body>\n%s\n</body></html>\n'
           % ("en" if lang == "en" else "zh-CN", e(doctitle or title), CSS, extra_css, html_inner))
    with open(os.path.join(OUT, "html", pid + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)

def ul(items, cls="rel"):
    return '<ul class="%s">%s</ul>' % (cls, "".join("<li>%s</li>" % e(i) for i in items))

def topbar_new(extra=""):
    return ('<div class="top"><div class="w"><span>无障碍</span><span>长者模式</span><span>繁體</span>'
            '<span>智能问答</span><span>登录</span><span>注册</span>%s</div></div>' % extra)

def search(ph="请输入关键字"):
    return '<div class="w"><input type="text" placeholder="%s"> <button>搜索</button></div>' % ph

def nav(items):
    return '<div class="nav w">%s</div>' % "".join("<a href='#'>%s</a>" % i for i in items)

def gov_footer(org, code, icp, ga):
    return ('<div class="ft"><p>关于我们 | 网站地图 | 联系我们 | 隐私声明</p><p>主办单位：%s　承办：%s办公室</p>'
            '<p>网站标识码：%s　<a>%s</a>　<a>%s</a></p><p><img src="/img/dzjg.png" alt="党政机关"> '
            '<img src="/img/jiucuo.png" alt="政府网站找错"></p></div>' % (org, org, code, icp, ga))

def qr():
    return '<div class="c"><img src="/img/qr.png" alt="二维码" width="90"><p>扫一扫在手机打开当前页</p></div>'

def prevnext(a, b, p="上一篇：", n="下一篇："):
    return '<div><p>%s%s</p><p>%s%s</p></div>' % (p, e(a), n, e(b))

GOVNAV = ["首页", "政务公开", "政务服务", "互动交流", "走进", "专题专栏"]

# ---------------------------------------------------------------- government pages
def gov_old(pid, kind, site, crumb, title, authors, ptime, infobar, body, tail="", indent=True, bartop=False):
    inner = f"""<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%"><tr><td style="font-size:12px">今天是：<span>2025年</span> 设为首页 | 加入收藏</td><td align="right" style="font-size:12px">简体版 | 繁體版 | 无障碍浏览</td></tr></table>
<table width="100%" class="ban"><tr><td>{site}</td></tr></table>
<table width="100%"><tr>{''.join('<td><a>%s</a></td>' % x for x in ['网站首页','政务公开','县情概况','新闻中心','办事服务','政民互动','招商引资'])}</tr></table>
<table width="100%"><tr><td class="crumb">{crumb}</td><td align="right"><input type="text" value="" placeholder="站内搜索"><input type="button" value="检索"></td></tr></table>
<table width="100%" style="border:1px solid #ccc"><tr><td>
{'<p class="info">%s</p>' % infobar if bartop else ''}
<h1>{e(title)}</h1>
{'' if bartop else '<p class="info">%s</p>' % infobar}
<div>{render_body(body, indent)}</div>
{tail}
<p class="r">【<a>打印本页</a>】【<a>关闭窗口</a>】【<a>返回顶部</a>】</p>
</td></tr></table>
<table width="100%" class="ft"><tr><td>版权所有：{site}　主办：{site.replace('人民政府','')}人民政府办公室<br>地址：{site}政务服务中心四楼　联系电话：0454-6721035<br>网站标识码：2308220003　黑ICP备05003467号-1　<img src="/img/ga.png" alt="">黑公网安备 23082202000108号</td></tr></table>
</td></tr></table>"""
    page(pid, kind, title, authors, ptime, body, inner)

# zy-01 old table-layout county site, authors at end of body in parentheses
b01 = ["今年以来，桦南县坚持把粮食收购作为保障农民增收的重要抓手，提前谋划、精心部署，全县秋粮收购工作开局平稳、进展顺利。截至10月28日，全县累计收购玉米、水稻、大豆等秋粮42.6万吨，同比增加3.1万吨。",
       "为确保农民“有处卖、卖得出、卖好价”，县发展和改革局会同县粮食储备中心对全县31个收储库点逐一开展设施检查，新增烘干能力每日2800吨，落实收购资金9.8亿元。各库点实行“预约收购、错峰售粮”，开通售粮服务热线，安排专人引导车辆有序排队，农民平均等候时间缩短至40分钟以内。",
       "在金沙乡宏达粮库，前来售粮的农户赵德贵告诉记者：“今年玉米水分低、品相好，一车卖了一万三千多块钱，当场就打到了卡上。”县市场监督管理局同步开展计量器具专项检查，严厉打击压级压价、短斤少两等坑农害农行为。",
       "下一步，桦南县将持续加强市场监测，及时发布收购价格信息，引导多元主体积极入市，切实保护种粮农民利益。（县发改局 刘玉梅 于洪涛）"]
gov_old("zy-01", "gov: county 政务动态 (2010s table layout)", "桦南县人民政府",
        "您现在的位置：首页 &gt; 新闻中心 &gt; 政务动态",
        "桦南县秋粮收购工作有序推进", ["刘玉梅", "于洪涛"], "2024-10-30 15:42",
        "发布时间：2024-10-30 15:42　　信息来源：县发改局　　浏览次数：1367　　【字体：<a>大</a> <a>中</a> <a>小</a>】",
        b01, prevnext("桦南县召开冬季供暖保障工作会议", "我县开展秸秆综合利用现场观摩活动"))

# zy-11 old layout, 领导活动, no author, info bar on top of headline
b11 = ["11月14日，县委副书记、县长韩志刚深入阿尔乡、前福兴地乡调研设施农业和冬季防火工作。县政府办公室、县农业农村局、县应急管理局主要负责同志陪同调研。",
       "在阿尔乡新民村暖棚蔬菜基地，韩志刚走进大棚，详细了解棚室保温、蔬菜品种和市场销路等情况。他指出，要用好冬季闲置棚室资源，推广“棚菜+食用菌”轮作模式，延长生产周期，让棚室在冬季也能出效益。",
       "在前福兴地乡章古台林场防火检查站，韩志刚查看了值班记录和扑火物资储备，与护林员交流防火巡查情况。他强调，当前已进入森林草原防火关键期，各乡镇、各林场要压实防火责任，严格野外用火管控，加强重点时段、重点部位巡护，确保不发生大的火情。",
       "韩志刚要求，各部门要树牢安全发展理念，统筹抓好冬季农业生产、安全生产和群众生活保障，为全年目标任务圆满完成打下坚实基础。"]
gov_old("zy-11", "gov: 领导活动 (old layout, info bar above headline)", "彰武县人民政府",
        "当前位置：<a>首页</a>&gt;&gt;<a>新闻中心</a>&gt;&gt;<a>领导活动</a>",
        "韩志刚到阿尔乡、前福兴地乡调研设施农业和冬季防火工作", [], "2023年11月15日",
        "来源：县政府办　发布日期：2023年11月15日　点击：528　【<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】",
        b11, prevnext("彰武县召开2023年第十二次县政府常务会议", "县领导督导检查冬季安全生产工作"), bartop=True)

def gov_new(pid, kind, site, sub, crumb, title, authors, ptime, meta_html, body, tail="", title_html=None, indent=False, side=None):
    th = title_html or "<h1>%s</h1>" % e(title)
    side = side or ["图片新闻", "政策文件", "政府信息公开指南", "依申请公开"]
    inner = f"""{topbar_new('<span>个人中心</span>')}
<div class="ban"><div class="w">{site}<div style="font-size:14px">{sub}</div></div></div>
{search('搜索本站内容')}
{nav(GOVNAV)}
<div class="w"><div class="crumb">{crumb}</div>
<div class="side"><h3>热点专题</h3>{ul(side)}</div>
<div class="main">{th}
{meta_html}
<div class="content">{render_body(body, indent)}</div>
{tail}
<div class="share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span></div>
<p class="r">【<a>打印</a>】【<a>关闭</a>】</p>
</div></div>"""
    return inner

# zy-02 banner (旗) portal, 会议 report, 供稿单位 only
b02 = ["8月21日，正蓝旗人民政府召开2025年第14次常务会议，旗委副书记、旗长其木格主持会议。副旗长阿拉坦仓、刘晓军、王建华，旗政府办公室、旗发展和改革委员会等部门负责同志参加会议。",
       "会议传达学习了锡林郭勒盟行政公署第九次常务会议精神，听取了全旗上半年经济运行情况汇报。上半年，全旗地区生产总值同比增长5.8%，牲畜存栏稳定在112万头只，旅游接待人数同比增长21.4%。",
       "会议审议并原则通过了《正蓝旗2025年草原生态保护补助奖励政策实施方案》《正蓝旗嘎查村集体经济发展三年行动计划》等文件。会议指出，要严格落实草畜平衡和禁牧休牧制度，确保补奖资金足额及时兑现到户；要因地制宜发展奶食品加工、牧家游等特色产业，持续壮大嘎查村集体经济。",
       "会议强调，要抓好秋季防火、安全生产和汛期收尾工作，加快推进上都镇供热管网改造等民生项目，确保在供暖季前全部完工投用。"]
page("zy-02", "gov: banner portal 会议 report", "正蓝旗人民政府召开2025年第14次常务会议", [], "2025-08-22 09:12", b02,
     gov_new("zy-02", "", "正蓝旗人民政府", "ZHENGLAN BANNER PEOPLE'S GOVERNMENT",
             "当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政务动态</a> &gt; <a>政府常务会议</a>",
             "正蓝旗人民政府召开2025年第14次常务会议", [], "",
             '<div class="info"><span>发布时间：2025-08-22 09:12</span>　<span>供稿单位：旗政府办公室</span>　<span>阅读量：946</span>　<span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>',
             b02, prevnext("正蓝旗召开秋季防火工作部署会", "上都镇开展人居环境整治“回头看”") + '<p style="font-size:12px;color:#999">责任编辑：图雅</p>'
             + gov_footer("正蓝旗人民政府办公室", "1525300004", "蒙ICP备14002871号", "蒙公网安备 15253002000115号")))

def rec_table(rows, colon=True):
    c = "：" if colon else ""
    trs = "".join("<tr>%s</tr>" % "".join("<td><b>%s%s</b></td><td>%s</td>" % (k, c, v) for k, v in r) for r in rows)
    return '<table class="rec" cellspacing="0" width="100%%">%s</table>' % trs

def docpage(pid, kind, site, crumb, title, wenhao, rec, colon, ptime, body, title_two=None):
    th = ('<h1>%s<br>%s</h1>' % (e(title_two[0]), e(title_two[1]))) if title_two else '<h1>%s</h1>' % e(title)
    inner = f"""{topbar_new()}
<div class="ban"><div class="w">{site}</div></div>
{nav(["首页", "信息公开指南", "信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"])}
<div class="w"><div class="crumb">{crumb}</div>
{rec_table(rec, colon)}
{th}
<p class="c">{wenhao}</p>
<div class="content">{render_body(body, True)}</div>
<p>相关附件：<a>附件1.docx</a>　<a>附件2.xlsx</a></p>
<p class="r">【<a>打印</a>】【<a>关闭</a>】 <span>浏览次数：612</span></p>
{qr()}</div>
{gov_footer(site, "6207000012", "陇ICP备10003218号-2", "甘公网安备 62070202000131号")}"""
    page(pid, kind, title, [], ptime, body, inner)

# zy-03 通报
b03 = ["各县（区）应急管理局，市安委会有关成员单位：",
       "根据《张掖市2025年安全生产大检查工作方案》安排，5月12日至5月30日，市应急管理局会同市住建、交通、市场监管等部门组成5个检查组，对全市6县（区）开展了安全生产综合检查。现将有关情况通报如下：",
       ('h', "一、基本情况"),
       "此次检查采取“四不两直”方式，共检查企业和场所213家，发现各类隐患问题587项，已现场整改412项，下达执法文书64份，立案查处17起，罚款43.5万元。",
       ('h', "二、存在的主要问题"),
       "（一）企业主体责任落实不到位。部分企业安全管理制度流于形式，隐患排查台账记录不全，特种作业人员持证上岗率不高。",
       "（二）重点行业领域风险突出。部分建筑工地临边防护缺失，个别危化品企业储罐区可燃气体报警装置未定期检测，部分“九小场所”存在电动自行车违规充电问题。",
       ('h', "三、下一步工作要求"),
       "各县（区）要对照问题清单，逐项明确整改责任人、整改措施和整改时限，于6月30日前将整改情况报送市应急管理局；对重大隐患实行挂牌督办，整改不到位的一律依法从严处理。",
       "附件：1.2025年安全生产综合检查问题清单",
       "2.各县（区）隐患整改情况统计表",
       ('r', "张掖市应急管理局"), ('r', "2025年6月9日")]
docpage("zy-03", "gov: official document 通报 (record table with colons)", "张掖市应急管理局",
        "当前位置：首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 通知公告",
        "张掖市应急管理局关于2025年安全生产综合检查情况的通报", "张应急发〔2025〕31号",
        [[("索引号", "11620700MB1F63721X/2025-00412"), ("主题分类", "安全生产监管")],
         [("发文机关", "张掖市应急管理局"), ("成文日期", "2025-06-09")],
         [("标题", "张掖市应急管理局关于2025年安全生产综合检查情况的通报"), ("发文字号", "张应急发〔2025〕31号")],
         [("发布日期", "2025-06-11"), ("有效性", "有效")]], True, "2025-06-11", b03)

# zy-04 批复, record table without colons, title in two lines
b04 = ["市自然资源局：",
       "你局《关于珲春市敬信镇防川村等3个村庄规划的请示》（珲自然资呈〔2024〕17号）收悉。经研究，现批复如下：",
       "一、原则同意《珲春市敬信镇防川村、圈河村、玉泉村村庄规划（2023—2035年）》（以下简称《规划》）。",
       "二、《规划》是指导村庄开发建设、国土空间用途管制和核发乡村建设规划许可的法定依据。要严格落实耕地和永久基本农田保护任务，划定的生态保护红线不得擅自调整。",
       "三、敬信镇人民政府要做好《规划》的公布、实施和日常管理工作，在村内显著位置公开《规划》主要内容，充分发挥村民主体作用，将村庄规划主要内容纳入村规民约。",
       "四、市自然资源局要加强对《规划》实施的指导和监督，建立健全村庄规划动态监测评估机制，确保规划落地见效。",
       "此复。",
       ('r', "珲春市人民政府"), ('r', "2024年7月26日"),
       "（此件公开发布）"]
docpage("zy-04", "gov: official document 批复 (record table without colons, title on two lines)", "珲春市人民政府",
        "您当前所在位置：首页 &gt; 政务公开 &gt; 政府文件 &gt; 珲政函",
        "珲春市人民政府关于敬信镇防川村等3个村庄规划的批复", "珲政函〔2024〕58号",
        [[("索  引  号", "112224040134527791/2024-01873"), ("发布机构", "珲春市人民政府")],
         [("成文日期", "2024年07月26日"), ("发布日期", "2024年07月31日")],
         [("文　　号", "珲政函〔2024〕58号"), ("主题分类", "城乡建设、环境保护")]], False, "2024年07月31日", b04,
        title_two=("珲春市人民政府关于敬信镇防川村", "等3个村庄规划的批复"))

# zy-05 实施方案 (通知 + 方案)
b05 = ["各乡镇人民政府，县政府各部门：",
       "《祁连县2025年冬春季牧区草原防火实施方案》已经县政府同意，现印发给你们，请结合实际，认真抓好贯彻落实。",
       ('r', "祁连县人民政府办公室"), ('r', "2025年10月20日"),
       "（此件公开发布）",
       ('h', "祁连县2025年冬春季牧区草原防火实施方案"),
       "为切实做好全县冬春季草原防火工作，保护草原资源和人民群众生命财产安全，结合我县实际，制定本方案。",
       ('h', "一、防火期限"),
       "2025年10月15日至2026年6月15日为全县草原防火期，其中2026年3月1日至5月31日为草原高火险期。",
       ('h', "二、工作任务"),
       "（一）强化火源管控。防火期内，各乡镇要在主要路口、牧道设立防火检查站，对进入草原的人员和车辆进行防火登记，严禁在草原上吸烟、烧荒、野炊等野外用火行为。",
       "（二）加强队伍建设。各乡镇组建不少于30人的半专业扑火队，各村（牧委会）组建不少于15人的应急扑火队，配齐风力灭火机、二号工具等扑火装备。",
       "（三）开展隐患排查。县林草局牵头，每月对重点区域开展一次隐患排查，建立问题台账，实行销号管理。",
       ('h', "三、保障措施"),
       "县财政安排草原防火专项资金120万元，用于物资储备、检查站运行和扑火队员补助。各乡镇、各部门要严格执行24小时值班和领导带班制度，发生火情及时报告、科学处置。",
       "附件：祁连县草原防火责任分工表"]
docpage("zy-05", "gov: official document 通知 + 实施方案", "祁连县人民政府",
        "您当前所在位置：首页 &gt; 政务公开 &gt; 政府文件 &gt; 祁政办",
        "祁连县人民政府办公室关于印发祁连县2025年冬春季牧区草原防火实施方案的通知", "祁政办〔2025〕87号",
        [[("索引号", "015231722/2025-00218"), ("发布机构", "祁连县人民政府办公室")],
         [("生成日期", "2025-10-20"), ("公开日期", "2025-10-23")],
         [("文号", "祁政办〔2025〕87号"), ("主题词", "草原防火")]], True, "2025-10-23", b05)

# zy-06 公示 with table, new portal, heading beside a date bar
b06 = ["根据《伊犁州直2024年耕地地力保护补贴实施方案》要求，经乡镇初审、县级复核，现将昭苏县2024年第二批耕地地力保护补贴资金发放情况予以公示，公示期为2024年9月5日至9月11日（5个工作日）。",
       ('t', [["序号", "乡（镇）", "补贴户数（户）", "补贴面积（亩）", "补贴金额（元）"],
              ["1", "昭苏镇", "1126", "48213.6", "4290010.4"],
              ["2", "喀夏加尔镇", "973", "51307.2", "4565340.8"],
              ["3", "阿克达拉镇", "842", "39886.0", "3549854.0"],
              ["4", "乌尊布拉克乡", "615", "27402.5", "2438822.5"],
              ["5", "察汗乌苏蒙古族乡", "538", "24110.3", "2145816.7"],
              ["合计", "", "4094", "190919.6", "16989844.4"]]),
       "公示期间，如对公示内容有异议，请以书面形式向昭苏县农业农村局反映，反映问题要实事求是，并提供联系方式。",
       "监督电话：0999-6022317（县农业农村局），0999-6025106（县纪委监委）",
       ('r', "昭苏县农业农村局"), ('r', "2024年9月4日")]
th06 = ('<div style="background:#f5f5f5;padding:4px"><span>【通知公告】</span> <span>2024年09月04日 星期三</span> '
        '<h1 style="display:inline;font-size:20px">昭苏县2024年第二批耕地地力保护补贴资金发放情况公示</h1></div>')
page("zy-06", "gov: 公示 with data table (headline on a date bar)", "昭苏县2024年第二批耕地地力保护补贴资金发放情况公示", [],
     "2024年09月04日", b06,
     gov_new("zy-06", "", "昭苏县人民政府", "天马故乡 · 昭苏",
             "当前位置：<a>首页</a> » <a>通知公告</a>", "", [], "",
             '<div class="info">信息来源：县农业农村局　浏览：2210次　<a>【打印】</a></div>', b06,
             prevnext("关于昭苏县2024年秋季学期学生资助名单的公示", "昭苏县2024年草原生态奖补资金发放公示", "上一条：", "下一条：")
             + gov_footer("昭苏县人民政府办公室", "6540260011", "新ICP备05001736号", "新公网安备65402602000043号"),
             title_html=th06))

# zy-07 政策解读 with named 解读人
b07 = ["近日，辽宁省人力资源和社会保障厅、辽宁省财政厅联合印发《辽宁省高校毕业生等青年就业见习管理办法》（以下简称《办法》）。为便于社会各界准确理解，现就有关内容解读如下。",
       ('h', "一、《办法》出台的背景是什么？"),
       "就业见习是帮助青年积累工作经验、提升就业能力的重要举措。原有见习管理规定已实施五年，部分条款与当前青年就业需求不相适应，需要在见习对象、补贴标准和基地管理等方面作出调整。",
       ('h', "二、哪些人员可以参加就业见习？"),
       "离校2年内未就业高校毕业生、16至24岁失业青年均可参加就业见习。与以往相比，《办法》将港澳台青年在辽就业见习纳入范围。",
       ('h', "三、见习补贴标准有何变化？"),
       "见习补贴标准按照当地最低工资标准的80%确定，由见习单位按月发放给见习人员。对见习期满留用率达到50%以上的单位，见习补贴标准提高至当地最低工资标准的100%。",
       ('h', "四、见习基地如何认定和管理？"),
       "见习基地由县级以上人力资源社会保障部门认定，实行动态管理。对弄虚作假骗取补贴的，取消基地资格，追回补贴资金，并按规定纳入失信记录。",
       ('h', "五、《办法》何时开始施行？"),
       "《办法》自2025年3月1日起施行，有效期5年。"]
page("zy-07", "gov: province department 政策解读 by named 解读人", "《辽宁省高校毕业生等青年就业见习管理办法》政策解读", ["孟庆林"],
     "2025-02-14", b07,
     gov_new("zy-07", "", "辽宁省人力资源和社会保障厅", "Department of Human Resources and Social Security of Liaoning Province",
             "您当前所在位置：<a>首页</a> &gt; <a>政策解读</a> &gt; <a>文字解读</a>",
             "《辽宁省高校毕业生等青年就业见习管理办法》政策解读", [], "",
             '<div class="info">发布日期：2025-02-14　来源：就业促进处　解读人：就业促进处处长 孟庆林　字体：[<a>大</a> <a>中</a> <a>小</a>]</div>'
             '<p>相关文件：<a>辽宁省人力资源和社会保障厅 辽宁省财政厅关于印发《辽宁省高校毕业生等青年就业见习管理办法》的通知</a></p>',
             b07, ul(["相关解读：", "图解：一图读懂青年就业见习新政", "问答：见习补贴怎么领？"]) + gov_footer("辽宁省人力资源和社会保障厅", "2100000035", "辽ICP备05016832号", "辽公网安备 21010202000367号")))

# zy-08 speech, speaker line, title in two lines
b08 = ["同志们：",
       "今天召开全旗生态保护和高质量发展推进会，主要任务是总结上半年工作，分析形势，部署下一阶段重点任务。刚才，旗林草局、巴彦托海镇和伊敏苏木作了发言，讲得很好，我都同意。下面，我讲三点意见。",
       ('h', "一、提高站位，充分认识生态保护工作的重大意义"),
       "鄂温克族自治旗地处大兴安岭西麓、呼伦贝尔草原腹地，生态地位十分重要。上半年，全旗完成营造林3.2万亩，治理退化草原12.6万亩，森林覆盖率稳定在27%以上。成绩来之不易，但也要清醒看到，草原退化、湿地萎缩的压力依然存在。",
       ('h', "二、突出重点，扎实推进生态产业融合发展"),
       "要坚持生态优先、绿色发展，做好“草”“畜”“游”三篇文章。要推动饲草料基地建设，稳步发展三河牛、呼伦贝尔羊良种繁育，叫响鄂温克民族文化旅游品牌，让好生态真正带来好收益。",
       ('h', "三、压实责任，确保各项任务落地见效"),
       "各苏木乡镇、各部门要把生态保护责任扛在肩上，建立任务清单、责任清单，旗委督查室、旗政府督查室要加强跟踪问效。",
       "同志们，保护好这片草原和森林，是我们这一代人的责任。让我们团结一心、真抓实干，奋力谱写鄂温克旗高质量发展新篇章！"]
th08 = ('<h1>在全旗生态保护和高质量发展<br>推进会上的讲话</h1><p class="c">旗委书记　额尔敦·巴图</p><p class="c">（2025年7月18日）</p>')
page("zy-08", "gov: leader's speech (title on two lines, speaker line)", "在全旗生态保护和高质量发展推进会上的讲话", ["额尔敦·巴图"],
     "2025-07-21", b08,
     gov_new("zy-08", "", "鄂温克族自治旗人民政府", "EWENKI AUTONOMOUS BANNER",
             "当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>领导讲话</a>", "", [], "",
             '<div class="info">发布时间：2025-07-21　来源：旗委办公室　【字号 <a>大</a> <a>中</a> <a>小</a>】</div>', b08,
             gov_footer("鄂温克族自治旗人民政府", "1507240001", "蒙ICP备12003312号-1", "蒙公网安备 15072402000009号"), title_html=th08, indent=True))

# zy-09 乡镇 page (Tibet), 通讯员 alone under headline, plain minimal site
b09 = ["6月18日，林芝市巴宜区布久乡组织干部职工、村“两委”班子成员和驻村工作队开展“林下经济进村入户”技术培训，全乡7个行政村的120余名群众参加培训。",
       "培训邀请区农业农村局高级农艺师罗布次仁授课，围绕灵芝、天麻林下种植和松茸采收保护等内容，采取“课堂讲解+田间示范”的方式，手把手教群众选地、搭棚、接种和病虫害防治。",
       "“以前采松茸连小的都挖，现在知道了要留种、要回填，明年才能接着长。”珠曲登村村民格桑卓嘎说。",
       "近年来，布久乡依托森林资源优势，累计发展林下种植基地1600余亩，带动460户群众户均增收8000余元。下一步，该乡将进一步完善“合作社+农户”利益联结机制，推动林下经济提质增效。"]
inner09 = f"""<div class="top"><div class="w">欢迎访问布久乡人民政府网站　|　<a>林芝市人民政府</a>　|　<a>巴宜区人民政府</a></div></div>
<div class="ban" style="background:#1565c0"><div class="w">巴宜区布久乡人民政府</div></div>
{nav(['首页','乡情概况','乡镇动态','村务公开','便民服务'])}
<div class="w"><div class="crumb">所在位置：首页 - 乡镇动态</div>
<h1>布久乡开展林下经济实用技术培训</h1>
<p class="c">通讯员：次仁卓玛　　2025年6月20日　　点击数：213</p>
{render_body(b09)}
<div class="share"><span>分享</span><span>微信</span><span>微博</span></div>
{prevnext('布久乡召开2025年安全生产工作会', '布久乡开展“法律进寺庙”宣讲活动')}</div>
<div class="ft">巴宜区布久乡人民政府 版权所有　藏ICP备12000365号-3　地址：林芝市巴宜区布久乡</div>"""
page("zy-09", "gov: 乡镇 site (Tibet), 通讯员 under headline", "布久乡开展林下经济实用技术培训", ["次仁卓玛"], "2025年6月20日", b09, inner09)

# zy-10 province bureau 部门动态, 文/图 spaced name, headline next to share buttons
b10 = ["5月8日，省林业和草原局在伊春市汤旺县组织开展2025年春季森林草原防灭火实战演练。省局、伊春森工集团以及伊春市相关部门共210余人参加演练。",
       "演练模拟汤旺河林业局有限公司施业区内因雷击引发林火，过火面积迅速扩大。接到报警后，前线指挥部立即启动应急预案，调派专业扑火队、无人机侦察组和航空护林力量协同作战。演练分为火情报告、力量调度、火场扑救、清理看守等6个科目，历时2小时。",
       "演练中，首次应用了森林草原火情智能监测平台，实现了火点定位、火场态势和人员轨迹的实时回传。“以前靠望远镜和对讲机，现在大屏幕上一目了然。”汤旺河林场场长吴国庆说。",
       "省林业和草原局有关负责同志表示，春防期间全省林区将严格执行24小时值班制度，持续加强火源管控，确保不发生重大森林草原火灾。"]
th10 = ('<div style="border-bottom:2px solid #2e7d32"><span style="color:#2e7d32">部门动态</span> <h1 style="display:inline;font-size:22px">'
        '省林草局在汤旺县开展春季森林草原防灭火实战演练</h1> <span class="share">分享：<span>微信</span><span>微博</span></span></div>')
page("zy-10", "gov: province bureau 部门动态 (headline on column/share line)", "省林草局在汤旺县开展春季森林草原防灭火实战演练", ["孙涛"],
     "2025-05-09 16:05", b10,
     gov_new("zy-10", "", "黑龙江省林业和草原局", "", "当前位置：首页 / 新闻动态 / 部门动态", "", [], "",
             '<div class="info">2025-05-09 16:05 | 文/图：孙  涛 | 来源：防火处 | 浏览量：3051</div>', b10,
             '<p>审核：李长江</p>' + gov_footer("黑龙江省林业和草原局", "2300000052", "黑ICP备17001262号", "黑公网安备 23010302000718号"),
             title_html=th10))

# zy-12 人民日报 reprint on a prefecture government site
b12 = ["盛夏时节，阿勒泰地区布尔津县禾木村游人如织。木屋、炊烟、白桦林，与远处的雪山相映成趣。“今年6月以来，我家的民宿几乎天天满房。”村民阿依努尔·吐尔逊一边整理客房一边说。",
       "近年来，阿勒泰地区坚持生态优先，统筹推进冰雪旅游、避暑旅游和乡村旅游发展。今年上半年，全地区接待游客1286万人次，同比增长18.2%；实现旅游收入142亿元，同比增长20.6%。",
       "在旅游发展中，当地注重把生态保护放在首位。喀纳斯景区实行游客总量控制和分时预约，景区内全面使用新能源观光车；禾木村实施“煤改电”，清理违建木屋，恢复草甸植被2000余亩。",
       "“保护好这里的山水，就是保护好大家的饭碗。”布尔津县文化体育广播电视和旅游局局长马晓峰说，县里组织村民参与护林护草、垃圾清运等公益岗位，让更多群众在生态保护中受益。"]
inner12 = f"""{topbar_new()}
<div class="ban"><div class="w">阿勒泰地区行政公署</div></div>{search('请输入您要搜索的内容')}{nav(['首页','走进阿勒泰','新闻中心','政务公开','政务服务','互动交流'])}
<div class="w"><div class="crumb">首页 &gt; 新闻中心 &gt; 媒体看阿勒泰</div>
<h1>阿勒泰：守护好生态 过上好日子</h1>
<div class="info">来源：人民日报　作者：李亚楠 阿尔达克·努尔兰　发布时间：2025-07-14 10:36　<a>【字体：大 中 小】</a></div>
{render_body(b12, True)}
<p>《 人民日报 》（ 2025年07月14日 13 版）</p>
<p style="color:#999">编辑：古丽米拉</p>{qr()}</div>
{gov_footer('阿勒泰地区行政公署办公室', '6543000001', '新ICP备05001312号', '新公网安备 65430102000021号')}"""
page("zy-12", "gov: 人民日报 article reprinted on a prefecture site", "阿勒泰：守护好生态 过上好日子", ["李亚楠", "阿尔达克·努尔兰"],
     "2025-07-14 10:36", b12, inner12)

# zy-13 district site, 基层动态 about a state farm, closing 撰稿 line
b13 = ["连日来，黑河市爱辉区坤河达斡尔族满族乡、西岗子镇和锦河农场抢抓晴好天气，全力推进大豆收获工作。在锦河农场第三管理区，8台大马力收割机在金黄的豆田里往来穿梭，一派繁忙景象。",
       "“今年大豆长势好，预计亩产能达到380斤左右，比去年多出三四十斤。”种植户关海涛说。为减少收获损失，农场组织农机技术人员对收获机械进行逐台检修调试，将割台高度控制在5厘米以内，收获损失率控制在1%以下。",
       "截至9月27日，全区已收获大豆86.4万亩，占播种面积的41%。区农业农村局组建6个技术指导组，深入乡镇和农场开展巡回指导，同时协调粮食收储企业提前做好收购准备，保障颗粒归仓。"]
inner13 = f"""{topbar_new('<span>2025年9月29日 星期一</span>')}
<div class="ban"><div class="w">黑河市爱辉区人民政府</div></div>{nav(GOVNAV)}
<div class="w" style="position:sticky;top:0;background:#fff"><span>基层动态</span> | <span>首页</span></div>
<div class="w"><h1>爱辉区：豆浪翻金 秋收正忙</h1>
<div class="info">2025.09.28 发布　｜　来源：爱辉区农业农村局　｜　字号 <a>T</a> <a>T</a></div>
{render_body(b13)}
<img src="/up/1.jpg" alt="锦河农场第三管理区大豆收获现场">
<p>撰稿：郑丽娜　摄影：王　岩</p><p>编审：高  峰</p>
{prevnext('爱辉区召开秋季农业生产调度会', '四嘉子乡开展秋季防火宣传')}</div>
{gov_footer('黑河市爱辉区人民政府办公室', '2311020001', '黑ICP备08103321号-1', '黑公网安备 23110202000012号')}"""
page("zy-13", "gov: district site 基层动态 (state farm), closing 撰稿 line", "爱辉区：豆浪翻金 秋收正忙", ["郑丽娜"], "2025.09.28", b13, inner13)

# zy-14 county 政务动态, [date] form, author in info bar without spaces
b14 = ["近日，玛曲县在阿万仓镇召开黄河首曲湿地保护修复现场推进会，总结前期工作经验，安排部署下一阶段重点任务。",
       "会议现场观摩了阿万仓湿地沙化草地治理点和贡赛尔喀木道鼠害防治示范区。今年以来，全县累计完成沙化草地治理4.8万亩，补播改良退化草原9.2万亩，设置草方格沙障1.1万亩，湿地生态状况持续向好。",
       "会议要求，各乡镇和相关部门要坚持“以草定畜、草畜平衡”，严格落实禁牧和季节性休牧制度；要发挥生态管护员作用，做好围栏设施日常维护，对破坏湿地、非法采挖等行为依法严肃查处；要积极争取项目资金，推动湿地保护修复与牧民增收有机结合，切实守护好黄河上游生态屏障。"]
inner14 = f"""<div class="top"><div class="w">玛曲县人民政府欢迎您！<span style="float:right">[2025-06-03]</span></div></div>
<div class="ban" style="background:#00695c"><div class="w">玛曲县人民政府门户网站</div></div>
{nav(['首页','走进玛曲','政务公开','政务服务','互动交流','专题专栏'])}{search('请输入搜索内容')}
<div class="w"><div class="crumb">您的位置：<a>首页</a>&gt;<a>政务公开</a>&gt;<a>政务动态</a></div>
<h1>玛曲县召开黄河首曲湿地保护修复现场推进会</h1>
<div class="info">作者：才让东主来源：县林草局发布时间：[2025-06-03]阅读：738</div>
{render_body(b14, True)}
<p class="r">【<a>打印文章</a>】 【<a>关闭窗口</a>】</p>
<h3>相关文章</h3>{ul(['玛曲县开展湿地保护宣传周活动','甘南州湿地保护工作座谈会在玛曲召开','玛曲县2025年草原防火工作会议召开'])}</div>
{gov_footer('玛曲县人民政府', '6230250002', '陇ICP备05001489号', '甘公网安备 62302502000103号')}"""
page("zy-14", "gov: county 政务动态 ([date], glued info bar)", "玛曲县召开黄河首曲湿地保护修复现场推进会", ["才让东主"], "2025-06-03", b14, inner14)

# zy-15 province department, glued info bar with seconds, spaced name
b15 = ["9月11日，吉林省生态环境厅召开松花江流域水生态环境保护工作调度会，通报1至8月全省地表水环境质量状况，部署秋冬季水污染防治重点工作。",
       "1至8月，全省111个国考断面中，水质优良（Ⅰ—Ⅲ类）断面比例为86.5%，同比上升2.7个百分点；劣Ⅴ类断面实现动态清零。松花江干流水质总体为优，辽河流域水质持续改善。",
       "会议指出，秋冬季是水环境质量波动的敏感期，各地要聚焦城镇生活污水收集处理、畜禽养殖污染治理和入河排污口整治，加快补齐基础设施短板。对水质不达标断面，要逐一制定“一断面一方案”，明确责任单位和完成时限。",
       "会议要求，要强化上下游联防联控，完善跨市（州）断面水质预警和通报机制，确保全年水环境质量目标任务顺利完成。"]
inner15 = f"""{topbar_new('<span>关怀版</span>')}
<div class="ban" style="background:#2e7d32"><div class="w">吉林省生态环境厅<div style="font-size:13px">Department of Ecology and Environment of Jilin Province</div></div></div>
{nav(['首页','机构职能','新闻中心','信息公开','环境质量','政务服务','公众参与'])}
<div class="w"><div class="crumb">首页 » 新闻中心 » 厅动态</div>
<h1>省生态环境厅召开松花江流域水生态环境保护工作调度会</h1>
<div class="info">发布时间:2024/9/12 09:12:30来源:省生态环境厅作者:赵  晗【字体:大 中 小】</div>
{render_body(b15)}
<p>【<a>打印</a>】【<a>关闭</a>】</p>{prevnext('省生态环境厅开展第三方环保服务机构专项检查','吉林省启动2024年秋季秸秆禁烧督导')}</div>
{gov_footer('吉林省生态环境厅', '2200000064', '吉ICP备05004015号', '吉公网安备 22010402000477号')}"""
page("zy-15", "gov: province department 厅动态 (glued info bar)", "省生态环境厅召开松花江流域水生态环境保护工作调度会", ["赵晗"], "2024/9/12 09:12:30", b15, inner15)

# ---------------------------------------------------------------- news pages
def portal(pid, kind, site, chan, title, authors, ptime, meta_html, body, after="", title_html=None, lang="zh"):
    th = title_html or "<h1>%s</h1>" % e(title)
    inner = f"""<div class="top"><div class="w"><span>{site}首页</span><span>新闻</span><span>财经</span><span>体育</span><span>娱乐</span><span>汽车</span><span>房产</span><span style="float:right">登录 | 注册</span></div></div>
<div class="w" style="padding:10px 0"><b style="font-size:24px">{site}</b> <span>{chan}</span> <input placeholder="热搜：东北振兴 冰雪旅游"><button>搜索</button></div>
<div class="w"><div class="side"><h3>24小时热点</h3>{ul(['哈尔滨冰雪大世界开园时间公布','新疆多地迎来降雪 部分路段临时管制','青海湖裸鲤洄游进入高峰期','辽宁发布暴雪橙色预警','东北多地入冬时间提前'])}<h3>图片</h3><img src="/p/a.jpg" alt="雪后的长白山"></div>
<div class="main">{th}
{meta_html}
<div class="content">{render_body(body)}</div>
{after}
<div class="share">分享到：<span>微信</span><span>微博</span><span>QQ</span> <span>评论(36)</span> <span>赞(128)</span></div>
<h3>相关新闻</h3>{ul(['东北地区粮食产量连续多年稳定在全国四分之一以上','西部地区新型城镇化建设提速','多地出台政策支持冰雪经济发展','草原牧区“智慧牧业”走进千家万户','边境口岸进出口货运量同比增长'])}
<h3>网友评论</h3><p>已有36人参与　<a>查看全部评论</a></p><textarea placeholder="文明上网理性发言，请遵守新闻评论服务协议"></textarea></div></div>
<div class="ft">关于我们 | 广告服务 | 联系我们 | 招聘信息<br>违法和不良信息举报电话：400-052-0066　互联网新闻信息服务许可证：10120170022<br>Copyright © 2026 {site} All Rights Reserved</div>"""
    page(pid, kind, title, authors, ptime, body, inner, lang=lang)

# zy-16 新华社通稿 on a portal, 原标题 + 来源
b16 = ["新华社西宁6月3日电（记者 张子琪 央秀达珍）记者从青海省林业和草原局获悉，今年春季以来，三江源国家公园共监测记录到雪豹活动影像1400余次，较去年同期明显增多，雪豹种群数量保持稳定增长态势。",
       "据介绍，三江源国家公园已布设红外相机2800余台，覆盖澜沧江源园区、长江源园区等雪豹主要栖息地。监测数据显示，部分区域还首次记录到雪豹母兽带领幼崽活动的画面。",
       "近年来，三江源国家公园持续推进生态管护公益岗位“一户一岗”，1.7万余名牧民生态管护员参与巡护监测、反盗猎和垃圾清理等工作。“现在巡山时经常能看到岩羊、白唇鹿，有时候还能发现雪豹的脚印。”杂多县昂赛乡管护员才仁江措说。",
       "青海省林业和草原局相关负责人表示，下一步将完善天空地一体化监测体系，加强野生动物栖息地保护和廊道建设，推动人与野生动物和谐共生。"]
portal("zy-16", "news: 新华社 通稿 reprinted on a portal (原标题, 来源)", "东方资讯网", "国内新闻", "三江源国家公园雪豹影像记录明显增多",
       ["张子琪", "央秀达珍"], "2025-06-03 18:47:12",
       '<p class="info">2025-06-03 18:47:12　来源：新华社　<a>评论(36)</a></p><p>原标题：三江源国家公园今春记录雪豹影像1400余次</p>',
       b16, '<p>责任编辑：王晓东　SN104</p>')

# zy-17 通讯 feature on provincial news site, reporters under headline, subheadings
b17 = ["清晨五点，佳木斯市抚远市黑瞎子岛上已是一片光亮。作为祖国最早迎来日出的地方之一，这里的一天开始得格外早。",
       "55岁的渔民孙福林已经把船推进了江里。“鳇鱼、鲟鱼早就不让捕了，现在我们打的是鲤鱼、鲫鱼，还有开江鱼。”他一边整理渔网一边说。",
       ('h', "从“打鱼人”到“护鱼人”"),
       "孙福林是赫哲族，祖辈都在黑龙江上打鱼。2020年黑龙江流域实施禁渔期制度后，他成了抚远市的一名渔政协管员，每到禁渔期，就驾着小船在江面上巡查。",
       "“过去是靠江吃江，现在是养江护江。”孙福林说，这几年江里的鱼明显多了，开江时节还有人专门从南方赶来尝鲜。",
       ('h', "“东极”旅游火起来"),
       "沿着黑瞎子岛的木栈道前行，游客们正在“东极宝塔”前排队拍照。抚远市文化广电和旅游局提供的数据显示，去年全市接待游客212万人次，同比增长34%。",
       "在岛上经营鱼馆的尤翠玲把赫哲族的杀生鱼、塌拉哈做成了招牌菜。“夏天一天能接待三四百人，忙得脚不沾地。”",
       ('h', "口岸通关更便捷"),
       "抚远港口岸恢复客运后，往来中俄两国的旅客日益增多。口岸部门推出“预约通关”“一站式查验”等举措，旅客平均通关时间缩短至20分钟以内。",
       "夕阳西下，江面上波光粼粼。孙福林把船靠了岸，他说：“江好了，岛美了，日子也越过越有奔头。”"]
th17 = '<div class="c" style="color:#b71c1c">东北网 &gt; 黑龙江新闻 &gt; 龙江通讯</div><h1>“东极”之晨：在黑瞎子岛看江、看鱼、看人</h1><p class="c">记者　邢汉夫　韩　丹</p>'
portal("zy-17", "news: provincial news site 通讯 feature (reporters under headline)", "东北网", "黑龙江新闻", "“东极”之晨：在黑瞎子岛看江、看鱼、看人",
       ["邢汉夫", "韩丹"], "2024年8月12日", '<p class="info">2024年8月12日 07:31　来源：黑龙江日报</p>', b17,
       '<img src="/p/2.jpg" alt="黑瞎子岛东极宝塔"><p>图为黑瞎子岛东极宝塔。记者 韩丹 摄</p><p>编辑：李月</p>', title_html=th17)

# zy-18 评论 with writer at end
b18 = ["近日，甘肃省多地陆续启动“县域商业体系建设”项目，一批乡镇商贸中心、村级快递服务站相继建成投用。曾经“买难卖难”的偏远乡村，正在被一张越织越密的商业网络连接起来。",
       "县域商业是连接城乡的重要纽带。对于河西走廊的农户来说，高原夏菜、制种玉米能不能卖上好价钱，很大程度上取决于冷链物流和销售渠道是否畅通；对于陇南、甘南山区的群众来说，网购的商品能不能送到家门口，直接关系到生活的便利程度。",
       "也要看到，部分地区仍存在重建设轻运营的问题。有的快递站点建起来了，却因为件量少、成本高而难以为继；有的商贸中心招商不足，门可罗雀。补齐县域商业短板，不能只算投入账，更要算运营账、长远账。",
       "这就需要在“统筹”二字上下功夫：推动快递、邮政、供销等网点共建共享，降低末端配送成本；支持本地龙头企业向乡镇延伸，带动农产品上行与工业品下行双向流通；用好数字化手段，让小县城也能对接大市场。",
       "县域商业活起来，乡村振兴才有底气。把一个个网点用起来、盘活好，城乡之间的“最后一公里”才能真正变成致富路。"]
portal("zy-18", "news: provincial news site 评论 (writer at the end)", "每日甘肃网", "评论频道", "让县域商业网络更好连接城乡", ["韩雪"],
       "2025年3月18日", '<p class="info">每日甘肃网　2025年3月18日　字号：<a>大</a> <a>中</a> <a>小</a></p>', b18,
       '<p>（作者：韩雪　单位：中共白银市委党校）</p><p>责任编辑：吴晓霞</p>')

# zy-19 photo story
b19 = ["金秋时节，日喀则市江孜县的万亩青稞田迎来丰收。连日来，当地农牧民抢抓农时，收割、脱粒、晾晒，田间地头处处是忙碌的身影。",
       "江孜县被誉为“西藏粮仓”，青稞种植面积常年稳定在15万亩以上。今年，县里推广“藏青2000”等优良品种，全面推行机械化收割，全县青稞平均亩产预计达到420公斤。",
       "在紫金乡，合作社组织的农机队每天可收割青稞600余亩。“以前全家人割一个月，现在机器两三天就完成了。”紫金乡村民拉巴次仁笑着说。收获的青稞除了自家食用，大部分销售给当地的青稞加工企业，制成青稞面、青稞酒和青稞饼干销往区内外。"]
inner19 = f"""<div class="top"><div class="w">中国西藏网 | 藏文 | English</div></div>
<div class="w"><b style="font-size:22px">中国西藏网</b> {nav(['首页','时政','图片','视频','文化','旅游'])}</div>
<div class="w"><div class="crumb">当前位置：首页 &gt; 图片 &gt; 图说西藏</div>
<h1>【图说西藏】江孜：青稞飘香丰收忙</h1>
<div class="info">发布时间：2025-09-16 11:05　来源：中国西藏网　记者 扎西次仁 摄影报道</div>
{render_body(b19[:1])}
<img src="/p/q1.jpg" alt="江孜县紫金乡农机手驾驶收割机收割青稞"><p class="c">9月14日，江孜县紫金乡农机手驾驶收割机收割青稞。</p>
{render_body(b19[1:2])}
<img src="/p/q2.jpg" alt="村民在晾晒场翻晒青稞"><p class="c">村民在晾晒场翻晒青稞。</p>
{render_body(b19[2:])}
<img src="/p/q3.jpg" alt="丰收的青稞田"><p class="c">丰收的青稞田。</p>
<p>1/6　<a>上一张</a>　<a>下一张</a></p><p>[责任编辑：格桑]</p>
<h3>更多图片</h3>{ul(['纳木错迎来候鸟迁徙季','拉萨河畔秋色浓','林芝：桃花沟迎来赏花游客'])}</div>
<div class="ft">版权所有：中国西藏网　京ICP备10024263号-2</div>"""
page("zy-19", "news: photo story (captions not body)", "【图说西藏】江孜：青稞飘香丰收忙", ["扎西次仁"], "2025-09-16 11:05", b19, inner19)

# zy-20 reprint with 原标题 + 来源 on city news site, byline in body start
b20 = ["本报讯（记者 孟令宇）11月6日，记者从丹东市商务局获悉，今年前三季度，丹东市边境贸易进出口额达到86.3亿元，同比增长12.4%，边民互市贸易区交易活跃，带动了周边地区就业和农产品加工业发展。",
       "据介绍，丹东积极推进边民互市贸易进口商品落地加工试点，引进海产品、农副产品加工企业14家，形成“边民互市+落地加工”产业链条。同时，优化通关流程，推行“提前申报”“两步申报”等便利化措施，货物通关时间压缩了30%以上。",
       "丹东市商务局相关负责人表示，下一步将继续完善边贸基础设施，加快建设边境仓储物流中心，推动边境贸易高质量发展。"]
portal("zy-20", "news: city news site reprint (原标题, 来源, 本报讯 byline)", "丹东新闻网", "本地要闻", "丹东前三季度边贸进出口额同比增长12.4%", ["孟令宇"],
       "2025-11-07 08:20", '<p class="info">来源：辽宁日报　2025-11-07 08:20　编辑：周晴</p><p>原标题：边民互市+落地加工 丹东边贸量质齐升</p>', b20)

# zy-21 live-blog 快讯
b21 = ["今天，新疆维吾尔自治区第十四届人民代表大会第三次会议在乌鲁木齐开幕。天山网记者在现场为您带来实时报道。",
       "10:00　大会开幕。全体起立，奏唱国歌。",
       "10:05　自治区人民政府主席作政府工作报告。报告指出，2024年全区地区生产总值增长6%左右，城乡居民人均可支配收入分别增长5%和7%左右。",
       "10:32　报告提出，2025年全区地区生产总值预期增长6%左右，城镇新增就业48万人以上。",
       "10:48　报告提到，将加快建设丝绸之路经济带核心区，推动中欧班列集结中心扩能提质。",
       "11:20　政府工作报告结束，现场响起热烈掌声。",
       "11:35　大会审查自治区2024年国民经济和社会发展计划执行情况与2025年计划草案、预算执行情况与预算草案的报告。本场报道结束。"]
inner21 = f"""<div class="top"><div class="w">天山网 | 维吾尔文 | 哈萨克文 | English | <span>登录</span></div></div>
<div class="w"><b style="font-size:22px">天山网</b> {nav(['首页','新疆','时政','经济','图片','视频','专题'])}</div>
<div class="w"><div class="crumb">首页 > 专题 > 2025自治区两会</div>
<p style="color:red">● 直播中　<span>刷新</span>　<span>按时间正序</span></p>
<h1>快讯｜自治区十四届人大三次会议开幕</h1>
<div class="info">天山网-新疆日报记者 努尔比亚·买买提 王  瑜 报道　2025年1月20日　<span>已有12.3万人关注</span></div>
{render_body(b21)}
<p>主编：吴彤　编辑：阿依夏木</p>
<h3>两会最新</h3>{ul(['代表委员热议政府工作报告','【图集】大会开幕现场','一图读懂2025年政府工作报告'])}</div>
<div class="ft">天山网版权所有 新ICP备05000106号 互联网新闻信息服务许可证：65120170002</div>"""
page("zy-21", "news: live-blog 快讯 page", "快讯｜自治区十四届人大三次会议开幕", ["努尔比亚·买买提", "王瑜"], "2025年1月20日", b21, inner21)

# zy-22 English, China Daily style
b22 = ["Herders in Xilingol League of the Inner Mongolia autonomous region are turning to smart devices to manage their livestock, as the vast grassland embraces digital tools to balance grazing and ecological protection.",
       "At a family ranch in Zhenglan Banner, 42-year-old herder Batbayar checks his phone every morning. GPS collars fitted on 300 sheep and 40 cattle send their locations to an app, which also warns him when animals stray into areas closed for grazing.",
       "\"I used to ride a motorbike for hours to find them. Now I know where they are in seconds,\" he said.",
       "According to the league's agriculture and animal husbandry bureau, more than 8,600 households have adopted such devices since 2023, and the system also monitors grass height and soil moisture across pastures.",
       "Local officials said the data helps enforce the balance between grass and livestock, a key policy for preventing grassland degradation. Last year, vegetation coverage on Xilingol's grasslands reached 48.6 percent, up 2.1 percentage points from 2020.",
       "Experts, however, noted that older herders still need training, and mobile signals remain weak in some remote pastures. The league plans to build 120 new base stations by the end of 2026."]
inner22 = f"""<div class="top"><div class="w">Global Edition | China Edition | ASIA | 中文 | <span>Sign in</span> <span>Subscribe</span></div></div>
<div class="w"><b style="font-size:26px">CHINA DAILY</b> {nav(['HOME','CHINA','WORLD','BUSINESS','LIFESTYLE','CULTURE','TRAVEL','OPINION'])}<input placeholder="Search"></div>
<div class="w"><div class="crumb">Home / China / Society</div>
<h1>Smart collars help herders keep grassland green</h1>
<p class="info">By ZHANG YU in Hohhot | chinadaily.com.cn | Updated: 2024-06-20 09:14</p>
<p class="share"><span>Share</span><span>Facebook</span><span>X</span><span>Linkedin</span></p>
<img src="/p/e.jpg" alt="herder checks app"><p style="font-size:12px">A herder checks the locations of his sheep on a mobile app in Zhenglan Banner, Inner Mongolia autonomous region. [Photo/Xinhua]</p>
{render_body(b22)}
<h3>Related Stories</h3>{ul(['Inner Mongolia boosts grassland restoration','Dairy industry thrives on the prairie','Wind power lights up herders’ homes'])}
<h3>Most Viewed in 24 Hours</h3>{ul(['Harbin ice festival draws record crowds','Xinjiang cotton harvest in full swing'])}</div>
<div class="ft">About China Daily | Advertise on Site | Contact Us | Job Offer<br>Copyright 1995 - 2026. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>京ICP备13028878号-6</div>"""
page("zy-22", "news: English page of a Chinese site (byline in info bar)", "Smart collars help herders keep grassland green", ["ZHANG YU"],
     "2024-06-20 09:14", b22, inner22, lang="en")

# zy-23 English, Xinhua-style, no byline (Source/Editor)
b23 = ["URUMQI, Oct. 8 (Xinhua) -- Cross-border freight trains passing through the Khorgos port in northwest China's Xinjiang Uygur Autonomous Region have exceeded 6,000 trips so far this year, according to local customs.",
       "The trains, linking Chinese cities with destinations in Central Asia and Europe, carried goods including automobiles, electronics, home appliances and agricultural products, said Khorgos customs.",
       "To improve efficiency, the port has introduced smart inspection equipment and extended customs service hours, cutting average clearance time for each train to under 30 minutes.",
       "Located in the Ili Kazak Autonomous Prefecture, the Khorgos port is one of China's busiest land ports on the China-Europe freight train routes. Local authorities said the port will expand its railway yards next year to handle growing traffic."]
inner23 = f"""<div class="top"><div class="w">English | 中文 | Français | Español | Русский | العربية</div></div>
<div class="w"><b style="font-size:24px">XINHUANET</b> {nav(['Home','China','World','Business','Sci-Tech','Culture','Photos','Video'])}</div>
<div class="w"><div class="crumb">Home » China</div>
<h1>China's Khorgos port sees over 6,000 cross-border freight train trips this year</h1>
<p class="info">Source: Xinhua| 2025-10-08 20:31:15|Editor: Liu Yang</p>
<p class="share"><span>Video Player</span> <span>Close</span></p>
{render_body(b23)}
<p>Enditem</p>
<p><img src="/p/x.jpg" alt=""></p><h3>Photos</h3>{ul(['Autumn scenery of Kanas scenic area','Farmers harvest cotton in Aksu'])}</div>
<div class="ft">Copyright © 2000-2026 XINHUANET.com All rights reserved.</div>"""
page("zy-23", "news: English page, wire story without byline", "China's Khorgos port sees over 6,000 cross-border freight train trips this year", [],
     "2025-10-08 20:31:15", b23, inner23, lang="en")

# zy-24 city news site, reporter + 通讯员 in info bar
b24 = ["“以前去城里看病要坐两个多小时车，现在在家门口就能找专家看。”8月5日，在通化市集安市清河镇卫生院，村民于秀兰做完心电图检查后感慨道。",
       "今年以来，集安市依托医共体建设，组织市医院、市中医院的35名专家组成巡回医疗队，每周定期到乡镇卫生院坐诊，并通过远程心电、远程影像系统与乡镇卫生院实现检查结果实时传输、上级诊断。",
       "截至7月底，巡回医疗队累计下沉诊疗1.2万人次，开展远程会诊3600余例，乡镇卫生院门诊量同比增长22%。",
       "集安市卫生健康局负责人表示，下一步将推动检验检查结果互认，逐步把慢病管理、家庭医生签约服务延伸到村卫生室，让边境山区群众就近享受优质医疗服务。"]
portal("zy-24", "news: city news site, 记者 + 通讯员 in info bar", "通化新闻网", "县域", "集安：专家下乡坐诊 群众家门口看好病", ["姜宏伟", "林晓燕"],
       "2025-08-07 10:02:08", '<p class="info">2025-08-07 10:02:08　记者：姜宏伟　通讯员：林晓燕　来源：通化日报　浏览：1422</p>', b24)

# zy-25 人民网地方频道, 原标题, byline in body
b25 = ["本报讯（记者 杨  硕 通讯员 崔兴旺）记者从齐齐哈尔市农业农村局获悉，今年齐齐哈尔市发展鲜食玉米种植面积36.5万亩，预计总产量10亿穗以上，产品销往北京、上海、广州等30多个城市，并出口韩国、日本等国家。",
       "在克东县宝泉镇的一家鲜食玉米加工企业，自动化生产线上剥皮、蒸煮、真空包装一气呵成。企业负责人介绍，今年新上两条生产线，日加工能力达到120万穗。",
       "近年来，齐齐哈尔市把鲜食玉米作为特色主导产业，推广“企业+合作社+农户”订单种植模式，带动1.8万户农民增收。目前，全市已有鲜食玉米加工企业87家，冷链仓储能力达到4.5亿穗。"]
portal("zy-25", "news: 人民网 regional channel reprint (原标题, byline in body)", "人民网", "黑龙江频道", "齐齐哈尔鲜食玉米“鲜”销全国", ["杨硕", "崔兴旺"],
       "2025年09月10日08:36", '<p class="info">2025年09月10日08:36 | 来源：黑龙江日报</p><p>原标题：齐齐哈尔鲜食玉米产业链不断延伸</p><p class="share"><span>小字号</span></p>', b25,
       '<p>(责编：刘婧婷、王洋)</p><p>分享让更多人看到</p>')

# ---------------------------------------------------------------- self-media
def selfm(pid, kind, plat, title, authors, ptime, head_html, body, tail_html, css_top=""):
    inner = f"""<div class="top"><div class="w">{plat}</div></div>
<div class="w"><div class="side"><div><img src="/av/1.png" alt="头像" width="48"></div>{head_html[1]}</div>
<div class="main"><h1 style="text-align:left">{e(title)}</h1>{head_html[0]}
{render_body(body)}
{tail_html}</div></div>"""
    page(pid, kind, title, authors, ptime, body, inner)

b26 = ["最近几天，鹤岗的朋友圈被一组照片刷屏了：松花江边的雾凇像一片片白色的珊瑚，挂满了整条岸线。",
       "据当地气象部门介绍，雾凇的形成需要低温、高湿度和微风等条件。近日鹤岗夜间最低气温降至零下25℃左右，江面水汽遇冷凝结，就形成了这样的美景。",
       "小编周末专门去了一趟萝北县名山镇，早上七点多到的时候，江边已经有不少摄影爱好者架好了三脚架。太阳一出来，树挂在阳光下闪闪发亮，真的是美到不行。",
       "温馨提示：看雾凇最好的时间是早上8点到10点，太阳升高以后雾凇就会慢慢脱落。江边温度很低，大家一定注意保暖，手机电池也要做好防冻哦。",
       "你今年去看雾凇了吗？欢迎在评论区晒出你拍的照片！"]
selfm("zy-26", "self-media: 头条号, account only (IP属地)", "今日头条　<span>下载头条APP</span>　<span>登录</span>",
      "鹤岗江边雾凇美翻了！这个周末赶紧去看", ["鹤岗生活圈"], "2025-01-12 21:36",
      ('<p>鹤岗生活圈 <span>2025-01-12 21:36</span> <span>·</span> <span>头条原创</span> <span>IP属地：黑龙江</span> <button>+ 关注</button></p>',
       '<p><b>鹤岗生活圈</b></p><p>优质生活领域创作者</p><p>1.2万粉丝 · 326获赞</p><button>关注</button>'),
      b26, '<p>举报/反馈</p><h3>相关推荐</h3>' + ul(['哈尔滨冰雪大世界今年有啥新玩法','黑龙江这5个小众滑雪场人少景美','鹤岗一男子冰面钓鱼被困 消防紧急救援']) + '<p>评论 46 · 写评论...</p>')

b27 = ["七月的锡林郭勒，草长得没过脚踝。我们一行四人从北京出发，沿着208国道一路向北，六个小时后抵达了正蓝旗的元上都遗址。",
       "遗址上如今只剩下夯土城墙的轮廓，但站在这片草原上，依然能想象当年的盛景。讲解员告诉我们，这里曾是元朝的夏都，马可·波罗在游记里对它有过详细的描述。",
       "傍晚，我们住进了一户牧民家的蒙古包。女主人端上奶茶、手把肉和奶豆腐，男主人拉起马头琴，唱起了长调。那一刻，星空低得仿佛伸手就能摸到。",
       "第二天一早，我们去了乌拉盖的九曲湾。河水在草原上弯出一道道弧线，远处有牛羊在慢慢移动。同行的朋友说，这才是真正的“风吹草低见牛羊”。",
       "几点小建议：草原早晚温差大，要带厚外套；部分路段没有信号，建议提前下载离线地图；进入牧民的草场前要先征得同意，不要随意丢弃垃圾。"]
selfm("zy-27", "self-media: 网易号, account + named author", "网易　<span>首页</span> <span>新闻</span> <span>网易号</span> <span>登录</span>",
      "草原自驾三日记：从元上都到乌拉盖九曲湾", ["其其格"], "2024-07-23 18:05:41",
      ('<p class="info" style="text-align:left">2024-07-23 18:05:41　来源: <a>草原漫游记</a>　<span>内蒙古</span>　<span>举报</span></p><p>作者：其其格</p>',
       '<p><b>草原漫游记</b></p><p>网易号 · 旅游领域</p><button>+订阅</button>'),
      b27, '<p>特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p>' + ul(['跟帖 12','热门推荐：呼伦贝尔夏季自驾路线全攻略']))

b28 = ["据新疆维吾尔自治区统计局发布的数据，2024年新疆棉花总产量568.6万吨，占全国总产量的九成以上，再创历史新高。",
       "从产业链角度看，新疆棉花的优势正在从“种得好”向“用得好”延伸。近年来，阿克苏、库尔勒、石河子等地纺织服装产业集聚发展，纱锭规模已超过2800万锭，棉花就地转化率逐年提升。",
       "不过，行业也面临一些挑战。一方面，国际市场需求波动较大，出口订单存在不确定性；另一方面，劳动力成本上升，倒逼企业加快智能化改造。",
       "笔者认为，未来新疆棉纺产业的竞争力，关键在于两点：一是依托机采棉和智慧农业进一步降低种植成本；二是向印染、家纺、品牌服装等中下游延伸，提高附加值。只有把产业链留在当地，棉花的价值才能真正留在当地。"]
selfm("zy-28", "self-media: 百家号, account only", "百度首页　<span>百家号</span>　<span>登录</span>",
      "新疆棉花产量再创新高，棉纺产业链还有多大空间？", ["西部财经观察"], "2025-02-08 09:30",
      ('<p>西部财经观察 <span>2025-02-08 09:30</span> <span>新疆</span> <span>财经领域创作者</span> <button>关注</button></p>',
       '<p><b>西部财经观察</b></p><p>百家号优质财经作者</p><p>粉丝 8.6万</p>'),
      b28, '<p>本文为作者原创，未经授权禁止转载。</p><p>举报/反馈</p>' + ul(['新疆外贸进出口总值同比增长','棉价走势分析：春节后何去何从']))

b29 = ["很多人去青海，第一站都是青海湖。但如果你有时间，我更推荐往西走，去茶卡和大柴旦看看。",
       "茶卡盐湖被称为“天空之镜”，最佳拍照时间是上午10点前和傍晚，这时候风小，湖面倒影最清晰。记得带一双防水鞋套，盐水对鞋子的腐蚀很厉害。",
       "从茶卡往西三个多小时，就到了大柴旦的翡翠湖。湖水因为矿物质含量不同呈现出深浅不一的绿色，比茶卡人少得多，很适合慢慢拍。",
       "提醒一句：青海西部海拔普遍在3000米左右，第一次去的朋友要注意防高反，前两天别剧烈运动，少洗澡，多喝水。沿途加油站间隔较远，看到加油站最好加满。",
       "这条线我前后走了三次，每次的风景都不一样。祝大家旅途愉快！"]
selfm("zy-29", "self-media: 企鹅号 (腾讯新闻), named writer 文｜", "腾讯新闻　<span>要闻</span> <span>企鹅号</span> <span>登录</span>",
      "青海西线怎么玩？茶卡盐湖和翡翠湖攻略一次说清", ["马晓东"], "2024年5月6日",
      ('<p>青海旅游攻略君 <span>2024年5月6日 14:20</span> <span>发布于青海</span> <button>关注</button></p><p>文｜马晓东</p>',
       '<p><b>青海旅游攻略君</b></p><p>腾讯新闻企鹅号</p>'),
      b29, '<p>本文来自腾讯新闻客户端自媒体，不代表腾讯新闻的观点和立场。</p><p>点赞 56　分享</p>')

b30 = ["金秋十月，阿拉善左旗的胡杨林进入最佳观赏期。额济纳旗、阿拉善右旗的胡杨也陆续变黄，整片沙漠被染成了金色。",
       "为了方便游客出行，今年阿拉善盟文旅部门推出“胡杨季”系列活动，包括沙漠越野、骆驼骑行、篝火晚会和非遗展演等，还开通了从银川、乌海到额济纳旗的旅游专线。",
       "额济纳旗的胡杨林景区实行分时段预约入园，每日限流2万人。景区提醒，游客需提前通过官方小程序预约，错峰出行；进入景区后请沿步道游览，不要攀爬胡杨、踩踏植被。",
       "“胡杨生而千年不死，死而千年不倒，倒而千年不朽。”这个秋天，来阿拉善，赴一场金色的约会吧！"]
inner30 = f"""<div class="w" style="width:680px"><h1 style="text-align:left">金秋胡杨季｜阿拉善的金色约会已开启</h1>
<p><span>原创</span> <span>巴雅尔</span> <a>阿拉善文旅</a> <em>2025年10月08日 09:12</em> <em>内蒙古</em></p>
{render_body(b30)}
<img src="/p/hy.jpg" alt="图片"><p>编辑｜苏日娜　审核｜王  军</p>
<p>阅读 2.1万　<span>分享</span> <span>收藏</span> <span>赞</span> <span>推荐</span></p>
<p>写留言</p><div><img src="/av/2.png" alt="头像"><b>阿拉善文旅</b><p>阿拉善盟文化和旅游局官方公众号，发布文旅资讯。</p><button>关注</button></div>
<p>微信扫一扫<br>关注该公众号</p></div>"""
page("zy-30", "self-media: 微信公众号 with 原创 author name", "金秋胡杨季｜阿拉善的金色约会已开启", ["巴雅尔"], "2025年10月08日 09:12", b30, inner30)

b31 = ["9月20日，延吉市“延边美食节”在延吉水上市场开幕，朝鲜族冷面、打糕、米肠、辣白菜等120余种特色美食集中亮相，吸引了大批市民和游客前来品尝。",
       "本届美食节为期5天，设置特色美食区、非遗展示区、文创市集区等多个板块。在非遗展示区，朝鲜族打糕制作技艺传承人现场演示打糕，游客还可以亲手体验。",
       "“冷面劲道，汤汁酸甜，比网上说的还好吃。”来自广州的游客刘女士说。据统计，开幕首日美食节接待游客4.6万人次。",
       "延吉市文化广播电视和旅游局相关负责人表示，美食节期间还将举办朝鲜族民俗表演、美食评选等活动，进一步擦亮“延吉美食”城市名片。"]
selfm("zy-31", "self-media: 澎湃号·政务, account only", "澎湃新闻　<span>澎湃号</span> <span>下载客户端</span> <span>登录</span>",
      "延边美食节开幕 120余种特色美食等你来尝", ["延吉发布"], "2024-09-21 10:45",
      ('<p><a>延吉发布</a> <span>2024-09-21 10:45</span> <span>来源：澎湃新闻·澎湃号·政务</span> <span>IP属地：吉林</span></p>',
       '<p><b>延吉发布</b></p><p>澎湃号·政务</p><p>延吉市委宣传部官方账号</p><button>+ 关注</button>'),
      b31, '<p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。</p>' + ul(['延吉“网红”经济火热 带动夜经济升温','延边州推出秋季旅游线路']))

# ---------------------------------------------------------------- e-paper
def epaper(pid, kind, paper, date, ban, title, authors, ptime, stack_html, body, tail=""):
    inner = f"""<div class="top"><div class="w">{paper}数字报　<span>{date}</span>　<span>往期回顾</span>　<input placeholder="请输入检索词"><button>检索</button></div></div>
<div class="w"><div class="side"><p>{ban}</p><p><a>上一版</a>　<a>下一版</a></p><h4>本版标题</h4>{ul(['本版导读一', '本版导读二', '本版导读三'])}<img src="/ep/page.jpg" alt="版面缩略图"><p><a>PDF版下载</a></p></div>
<div class="main">{stack_html}
{render_body(body, True)}
{tail}
<p><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></p></div></div>
<div class="ft">{paper}社版权所有 未经书面授权 不得复制或建立镜像</div>"""
    page(pid, kind, title, authors, ptime, body, inner)

b32 = ["近日，记者走进吉林省白山市抚松县万良镇人参市场，只见交易大厅里摊位林立，鲜参、干参、参片、参茶琳琅满目，前来采购的客商络绎不绝。",
       "“今年鲜参收购价比去年高出一成多，我家15亩参园卖了30多万元。”参农刘长河笑着说。",
       "抚松县是“中国人参之乡”，全县人参种植面积稳定在6万亩左右，年产鲜参约1.2万吨，占全国总产量的四成左右。近年来，抚松推进人参标准化种植和精深加工，开发出人参饮品、人参化妆品、人参食品等200余种产品，全产业链产值突破300亿元。",
       "抚松县人参产业发展中心负责人说，下一步将加快建设人参交易数字化平台，完善质量追溯体系，让“长白山人参”品牌更加响亮。"]
epaper("zy-32", "e-paper: 引题/主标题/副题 stack, 本报记者 + 通讯员 under headline", "吉林日报", "2025年10月21日 星期二",
       "第03版：综合新闻", "抚松人参产业链产值突破300亿元", ["王  蕊".replace("  ", ""), "吴长青"], "2025年10月21日",
       '<p class="c">小参须撬动大产业</p><h1>抚松人参产业链产值突破300亿元</h1><p class="c">鲜参收购价同比上涨一成多</p><p class="c">本报记者　王  蕊　通讯员　吴长青</p>',
       b32, '<p>本版责编：刘晓光</p>')

b33 = ["本报讯（记者 阿依古丽·艾海提 通讯员 张立新）4月15日，喀什地区疏附县托克扎克镇的千亩杏园迎来盛花期，漫山遍野的杏花吸引了众多游客前来踏青赏花。",
       "今年，托克扎克镇以“杏花为媒、文旅搭台”，举办杏花节系列活动，推出民族歌舞表演、特色小吃展销和农家乐体验等项目，带动周边农家乐、民宿经营户增收。",
       "“杏花节期间，我家的农家乐每天接待游客200多人，营业额比平时翻了一番。”托克扎克镇布拉克贝希村村民买买提江·吾斯曼说。",
       "据了解，疏附县杏树种植面积达到16万亩，今年将继续推动“赏花游+采摘游”融合发展，延长旅游产业链条。"]
epaper("zy-33", "e-paper: 本报讯 byline with minority name", "新疆日报", "2024年4月17日", "第A05版：地州新闻",
       "疏附县杏花节引客来", ["阿依古丽·艾海提", "张立新"], "2024年4月17日",
       '<p class="c">2024年4月17日　第A05版</p><h1>疏附县杏花节引客来</h1>', b33, '<p>本版编辑：孙丽</p>')

b34 = ["初夏时节，那曲市色尼区那玛切乡的草场上绿意渐浓。在那玛切乡生态畜牧业合作社，牧民们正忙着把牦牛赶往夏季牧场。",
       "合作社理事长次仁多吉告诉记者，合作社成立于2019年，如今已有社员156户，实行草场统一规划、牲畜统一管理、收益按股分红。去年，合作社分红总额达到420万元，社员户均分红2.7万元。",
       "近年来，色尼区把发展生态畜牧业作为牧民增收的主要途径，推行“合作社+牧户”的经营模式，建设牦牛育肥基地和乳制品加工厂，推动牦牛产业从“卖活畜”向“卖产品”转变。",
       "“合作社让我们的草场保护得更好了，收入也越来越稳定。”牧民白玛央宗说，她在合作社的乳制品加工厂上班，每月还有3000多元的工资。"]
epaper("zy-34", "e-paper: author line with 见习记者 under title, 本版责编", "西藏日报", "2025年06月05日", "第02版：要闻",
       "合作社里话增收", ["央金", "扎西平措"], "2025年06月05日",
       '<p class="c">【我们的新时代】</p><h1>合作社里话增收</h1><p class="c">——那曲市色尼区那玛切乡发展生态畜牧业见闻</p><p class="c">本报记者　央金　见习记者　扎西平措</p><p class="c">2025年06月05日　作者：央金 扎西平措　来源：西藏日报</p>',
       b34, '<p>本版责编：次仁　美编：拉珍</p>')

b35 = ["3月18日，内蒙古自治区兴安盟科尔沁右翼前旗满族屯满族乡的春耕备耕现场，新购置的北斗导航播种机正在进行调试，农机手们抓紧学习操作技能。",
       "今年，科右前旗落实春耕资金8.6亿元，储备种子1.9万吨、化肥12.3万吨，各类农机具检修率达到98%以上。全旗计划播种面积358万亩，其中玉米220万亩、大豆56万亩。",
       "旗农牧和科技局组织120名技术人员下沉到苏木乡镇，开展测土配方、种子检测等服务，并通过“田间课堂”培训农牧民1.2万人次。（记者 包呼和 实习生 高欣然）"]
epaper("zy-35", "e-paper: byline at end of body in parentheses, 引题 one line", "内蒙古日报", "2025年3月20日", "第6版：盟市新闻",
       "科右前旗：农机调试春耕忙", ["包呼和", "高欣然"], "2025年3月20日",
       '<p class="c">内蒙古日报　2025年3月20日　第6版　<a>上一版</a> <a>下一版</a></p><p class="c">备足农资抢农时</p><h1>科右前旗：农机调试春耕忙</h1>',
       b35, '<p>本版责编：乌日娜</p>')

# ---------------------------------------------------------------- institutional
def inst(pid, kind, site, crumb, title, authors, ptime, meta_html, body, tail, color="#0d47a1", title_html=None):
    th = title_html or "<h1>%s</h1>" % e(title)
    inner = f"""<div class="top"><div class="w"><span>English</span><span>信息公开</span><span>校友</span><span>邮箱</span><span>VPN</span></div></div>
<div class="ban" style="background:{color}"><div class="w">{site}</div></div>{nav(['首页','概况','新闻','公告','服务','联系我们'])}
<div class="w"><div class="crumb">{crumb}</div>{th}
{meta_html}
{render_body(body)}
{tail}</div>
<div class="ft">版权所有 © {site}　地址：略　{'陇' if '兰州' in site else '辽'}ICP备05000{len(site)}号</div>"""
    page(pid, kind, title, authors, ptime, body, inner)

b36 = ["7月6日，兰州大学2025年“三下乡”社会实践团队在甘南藏族自治州夏河县启动“高原牧区儿童科学教育”支教活动，来自物理科学与技术学院、生命科学学院等6个学院的22名学生参加。",
       "支教期间，实践团队将在夏河县甘加镇、桑科镇的两所小学开设天文观测、植物标本制作、趣味物理实验等课程，并为当地学校捐赠天文望远镜、显微镜等教学仪器。",
       "“孩子们第一次在望远镜里看到月球上的环形山，都兴奋得叫了起来。”实践团队队长、物理科学与技术学院2022级本科生李思远说。",
       "据悉，兰州大学已连续8年在甘南开展支教活动，累计服务当地中小学生3000余人次。"]
inst("zy-36", "institutional: university news (文/图, 审核)", "兰州大学新闻网", "当前位置：首页 &gt; 校园动态",
     "兰州大学社会实践团队赴夏河县开展科学教育支教活动", ["李思远", "卓玛措"], "2025-07-08",
     '<p class="info">文/图：李思远 卓玛措　审核：王建军　发布时间：2025-07-08　点击：[1864]</p>', b36,
     '<p>编辑：杨帆</p>' + prevnext('我校召开2025年暑期工作部署会', '兰州大学举行2025届研究生毕业典礼'))

b37 = ["近日，青海省人民医院心血管内科团队成功为一名82岁高龄的重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR），术后患者恢复良好，已顺利出院。",
       "患者来自海南藏族自治州共和县，因反复胸闷、气短加重入院。检查显示其主动脉瓣重度狭窄，且合并高血压、慢性肾功能不全等多种基础疾病，传统开胸手术风险极高。",
       "经心内科、心外科、麻醉科、影像科等多学科会诊，团队决定为患者实施TAVR手术。手术在局麻下进行，通过股动脉穿刺将人工瓣膜输送至主动脉瓣位置释放，全程仅用时1小时20分钟。",
       "心血管内科主任赵宏伟介绍，高原地区患者心肺功能储备较差，对手术团队的技术要求更高。此次手术的成功，为高原地区高龄、高危瓣膜病患者提供了新的治疗选择。"]
inst("zy-37", "institutional: hospital news (供稿/撰稿/审核 closing lines)", "青海省人民医院", "首页 &gt; 新闻中心 &gt; 医院新闻",
     "我院成功为82岁高龄患者实施经导管主动脉瓣置换术", ["马  瑞".replace("  ", "")], "2024年11月26日",
     '<p class="info">发布日期：2024年11月26日　浏览次数：905</p>', b37,
     '<p>供稿：心血管内科</p><p>撰稿：马  瑞</p><p>审核：宣传统战部</p>', color="#00838f")

b38 = ["受强冷空气影响，预计1月8日夜间至10日，我区自西向东将出现大风降温和雨雪天气。",
       ('h', "一、降温"),
       "全区大部地区气温下降8～12℃，其中锡林郭勒盟、乌兰察布市、赤峰市西部局地降温幅度可达14℃以上。最低气温将出现在11日早晨，呼伦贝尔市、兴安盟北部可降至零下38℃左右。",
       ('h', "二、大风"),
       "阿拉善盟、巴彦淖尔市、包头市、锡林郭勒盟等地将出现5～6级偏北风，阵风7～8级，部分地区伴有扬沙或浮尘。",
       ('h', "三、降雪"),
       "呼伦贝尔市、兴安盟、通辽市北部、赤峰市北部有小到中雪，局地大雪，新增积雪深度2～5厘米。",
       ('h', "关注与建议"),
       "请公众注意防寒保暖，做好设施农业和牲畜棚圈防风防冻工作；降雪和道路结冰对交通运输有不利影响，请司乘人员注意出行安全，及时关注最新天气预报。"]
inst("zy-38", "institutional: weather bureau bulletin (no author)", "内蒙古自治区气象局", "您现在的位置：首页 > 天气预报 > 重要天气",
     "我区将出现大风降温和雨雪天气", [], "2026-01-08 16:00",
     '<p class="info">来源：内蒙古气象台　2026-01-08 16:00　【<a>大</a> <a>中</a> <a>小</a>】</p><p>内蒙古气象台2026年1月8日16时发布</p>', b38,
     '<p>制作：李晓红　签发：张国庆</p>' + ul(['内蒙古气象台发布寒潮蓝色预警', '未来三天天气预报']), color="#1565c0")

b39 = ["11月3日，国网佳木斯供电公司完成220千伏同江变电站主变增容改造工程，变电站容量由24万千伏安提升至36万千伏安，有效提升了同江口岸及周边地区的供电能力。",
       "同江变电站是同江市和八岔赫哲族乡等地区的主要电源点。随着同江铁路口岸货运量增长和冬季电采暖负荷增加，原有主变容量已无法满足用电需求。",
       "为减少停电对生产生活的影响，公司采用“不停电作业+分段施工”的方式，优化施工方案，工期较计划提前8天完成。施工期间，公司还组织人员对沿线输电线路开展巡视消缺，排查处理隐患23处。",
       "工程投运后，将满足同江地区未来5年负荷增长需要，为边境口岸经济发展和群众温暖过冬提供坚强电力保障。（通讯员 王  磊 刘佳欣）"]
inst("zy-39", "institutional: state power company news (通讯员 at end)", "国网黑龙江省电力有限公司", "首页 > 新闻中心 > 基层动态",
     "国网佳木斯供电公司完成同江变电站主变增容改造", ["王磊", "刘佳欣"], "2025-11-05",
     '<p class="info">2025-11-05　|　来源：国网佳木斯供电公司</p>', b39, '<p>【<a>打印</a>】【<a>关闭</a>】</p>', color="#00695c")

b40 = ["10月25日至26日，辽宁省地理学会2025年学术年会在辽宁师范大学召开。本次年会以“国土空间治理与东北全面振兴”为主题，来自省内外高校、科研院所和规划设计单位的260余名专家学者参加会议。",
       "开幕式上，学会理事长致辞，回顾了学会一年来在学术交流、科普教育和决策咨询等方面的工作。大会特邀5位专家作主旨报告，内容涉及黑土地保护、辽河流域生态治理、城市更新等领域。",
       "年会设置自然地理与生态环境、人文地理与区域发展、地理信息科学、地理教育4个分会场，共有68位代表作学术报告。会议还评选出优秀青年论文12篇。",
       "学会秘书长表示，学会将继续搭建学术交流平台，服务辽宁全面振兴新突破三年行动。"]
inst("zy-40", "institutional: academic society (文： and 编辑：)", "辽宁省地理学会", "首页 &gt; 学会动态",
     "辽宁省地理学会2025年学术年会在大连召开", ["周佳宁"], "2025.10.28",
     '<p class="info">2025.10.28　文：周佳宁　编辑：于  洋　图：学会秘书处</p>', b40,
     '<img src="/up/g.jpg" alt="年会现场"><p>年会现场</p>', color="#4e342e")

for p in PAGES:
    g = {"id": p["id"], "set": SET, "lang": p["lang"], "title": p["title"], "authors": p["authors"],
         "publish_time": p["publish_time"], "body_paragraphs": p["body"]}
    with open(os.path.join(OUT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "kinds.json"), "w", encoding="utf-8") as f:
    json.dump({p["id"]: p["kind"] for p in PAGES}, f, ensure_ascii=False, indent=1)
print(len(PAGES), "pages")
