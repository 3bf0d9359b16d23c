"""Newspaper e-paper pages xx-31 ... xx-35 (引题/主题/副题 stacks, 版次 navigation,
本版标题 lists)."""
from lib import BR, G, H, L, P, PS, T, X, img, links, nav, search, ul_links

PAGES = []


def page(**kw):
    PAGES.append(kw)


def banmian(items, current):
    """版次导航 list."""
    out = ['<div class="bm"><b>版面导航</b><ul>']
    for i, (no, name) in enumerate(items):
        cls = ' class="cur"' if no == current else ""
        out.append(f'<li{cls}><a href="#">第{no}版：{name}</a></li>')
    out.append("</ul></div>")
    return "\n".join(out)


# --------------------------------------------------------------------------- xx-31
# 河南 provincial daily e-paper: 引题 / 主题 / 副题 stack, 本报记者 + 本报通讯员 byline
# line (one spaced name), issue date with weekday, 版面导航 and 本版标题 list before
# the article in the document.
CSS31 = """
body{margin:0;font:14px/1.7 "宋体";background:#e8e4da;color:#222}
.paper{width:1100px;margin:0 auto;background:#fff;display:flex}
.l{width:330px;border-right:1px solid #ccc;padding:10px}
.r{flex:1;padding:10px 30px}
.mast{font:bold 30px "华文中宋";color:#b00;text-align:center}
.date{text-align:center;color:#333;margin-bottom:8px}
.bm ul{list-style:none;padding:0;margin:0}.bm li{border-bottom:1px dotted #ccc;padding:2px}.bm li.cur{background:#fce8e8}
.bbt ul{padding-left:18px}
.pdf{color:#b00}
.yt,.ft{font:16px "黑体";text-align:center;margin:4px 0;color:#333}
.zt{font:bold 28px "华文中宋";text-align:center;margin:6px 0;color:#000}
.by{text-align:center;font-family:"楷体",KaiTi;margin:10px 0}
.wz p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 8px}
.nav2{text-align:center;margin:14px 0}
.copy{text-align:center;font-size:12px;color:#777;padding:10px}
"""

BM31 = [("01", "要闻"), ("02", "要闻"), ("03", "综合"), ("04", "时政"), ("05", "经济"),
        ("06", "民生"), ("07", "理论"), ("08", "文化")]

page(
    id="xx-31", kind="e-paper", lang="zh",
    head="许昌：“小发丝”织就百亿大产业--河南日报数字报",
    title="许昌：“小发丝”织就百亿大产业",
    authors=["李铮", "王红梅"],
    publish_time="2024年05月16日 星期四",
    css=CSS31,
    parts=[
        X("""<div class="paper"><div class="l"><div class="mast">河南日报</div>
<div class="date">2024年05月16日 星期四</div>
<div><a href="#">往期回顾</a> | <a href="#">上一期</a> | <a href="#">下一期</a> | <a href="#" class="pdf">PDF版</a></div>
""" + banmian(BM31, "05") + """
<div class="bbt"><b>本版标题</b><ul>
<li><a href="#">许昌：“小发丝”织就百亿大产业</a></li>
<li><a href="#">一季度全省规上工业增加值增长7.8%</a></li>
<li><a href="#">周口港年吞吐量突破4000万吨</a></li>
<li><a href="#">“豫农优品”亮相中国国际农产品交易会</a></li>
</ul></div>
<div>""" + img("第05版版面缩略图") + """</div></div>
<div class="r"><div style="color:#999">第05版：经济　<a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></div>
<p class="yt">聚焦制造业高质量发展</p>
<h1 class="zt">许昌：“小发丝”织就百亿大产业</h1>
<p class="ft">——全市发制品出口额连续三年保持两位数增长</p>
<p class="by">本报记者 李&nbsp;&nbsp;铮　本报通讯员 王红梅</p>
<div class="wz">"""),
        PS([
            "5月15日，在许昌市建安区的一家发制品企业，数百名工人正在流水线上进行分拣、染色、钩织。一根根发丝经过数十道工序，最终变成一顶顶假发、一束束接发，销往北美、欧洲和非洲等地。",
            "许昌发制品产业起步于上世纪初的“收头发”，经过百余年发展，已形成从原料收购、加工到研发、销售的完整产业链。目前，全市发制品企业达到3000余家，年产值超过500亿元，产品出口到120多个国家和地区，是全球最大的发制品生产和出口基地。",
            "“过去靠的是人多手快，现在拼的是设计和品牌。”企业负责人介绍，公司每年推出上千款新品，研发团队会根据海外消费者的发型和审美偏好，快速调整产品款式。去年，公司通过跨境电商实现销售额12亿元，自有品牌占比超过六成。",
            "为推动产业转型升级，许昌市设立发制品产业发展基金，建设发制品检测中心、设计研发中心和跨境电商产业园，帮助企业开拓新兴市场。今年一季度，全市发制品出口额同比增长14.6%，连续三年保持两位数增长。",
            "与此同时，发制品产业也成为当地群众就近就业的重要渠道。在许昌周边乡镇，不少农户在家接单钩织假发，“一根钩针”带动了10多万人就业增收。",
        ]),
        X("""</div>
<div class="nav2"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a>　<a href="#">打印</a></div>
<div class="copy">河南日报报业集团版权所有　未经书面授权不得转载　豫ICP备10200588号</div></div></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-32
# 山东 evening paper e-paper: 编者按 in the article (body, label inline); 主题 printed on
# two lines; byline "记者 … 通讯员 …" with 报道; a 本版其他文章 list after.
CSS32 = """
body{margin:0;background:#fff;font:14px/1.8 "Microsoft YaHei"}
.bar{background:#0a5;color:#fff;padding:8px 20px}
.bar b{font-size:22px}
.layout{display:table;width:1180px;margin:0 auto}
.col{display:table-cell;vertical-align:top}
.c1{width:250px;background:#f4faf6;padding:10px}
.c2{padding:10px 30px}
.bm ul{list-style:none;padding:0}.bm li.cur a{color:#c00}
h2.title{font-size:28px;line-height:1.35;text-align:center;margin:12px 0}
.sub{text-align:center;font-size:17px;color:#444}
.au{text-align:center;color:#666}
.ed{border-left:4px solid #0a5;background:#f2faf5;padding:8px 12px;font-family:"楷体",KaiTi}
.content p{font-size:16px;line-height:2;text-indent:2em}
.other{border-top:1px solid #ccc;margin-top:20px}
"""

BM32 = [("A01", "封面"), ("A02", "要闻"), ("A03", "城事"), ("A04", "城事"), ("A05", "民生"),
        ("A06", "区县"), ("A07", "文体"), ("A08", "广告")]

page(
    id="xx-32", kind="e-paper", lang="zh",
    head="老街区里的“15分钟便民生活圈” - 潍坊晚报数字报",
    title="老街区里的“15分钟便民生活圈”",
    authors=["于静", "高建"],
    publish_time="2024年6月14日 星期五",
    css=CSS32,
    parts=[
        X("""<div class="bar"><b>潍坊晚报</b>　数字报　<a href="#" style="color:#fff">往期回顾</a>　<a href="#" style="color:#fff">PDF下载</a></div>
<div class="layout"><div class="col c1">""" + banmian(BM32, "A03") + """
<div><b>本版其他文章</b>""" + ul_links(["奎文区老旧小区改造全面开工", "潍坊市区新增公交线路3条", "寒亭区“夜市地图”出炉"]) + """</div></div>
<div class="col c2"><div style="color:#999;font-size:13px">A03版：城事　　2024年6月14日 星期五</div>
<h2 class="title">老街区里的<br>“15分钟便民生活圈”</h2>
<p class="sub">——奎文区十笏园片区推进城市更新走访记</p>
<p class="au">记者&nbsp;于&nbsp;&nbsp;静&nbsp;&nbsp;通讯员&nbsp;高建&nbsp;报道</p>
<div class="ed">"""),
        P("编者按：城市更新，更新的不只是楼房和道路，更是群众的生活品质。今年，我市计划改造老旧街区12个。本报今起推出“走进更新街区”系列报道，记录老街区的新变化。"),
        X('</div>\n<div class="content">'),
        PS([
            "早上七点，奎文区十笏园片区的社区菜市场已经开门迎客。新鲜的蔬菜、刚出锅的朝天锅、热乎的肉火烧……居民李大爷提着菜篮子说：“出门走几分钟就能买菜、吃早点，比以前方便多了。”",
            "十笏园片区是潍坊的老城区，街巷狭窄、设施老旧。去年以来，奎文区以“15分钟便民生活圈”建设为抓手，对片区内的菜市场、便利店、社区食堂、养老服务站等进行统一规划和改造提升，新建和改造便民服务网点46处。",
            "在片区的社区长者食堂，记者看到，不少老人正在排队打饭，两荤两素一碗汤，老人只需花8元钱。社区负责人介绍，食堂由社区提供场地、企业负责运营，每天供应午餐和晚餐，还为行动不便的老人提供送餐上门服务。",
            "改造中，片区还保留了老街的青石板路和传统门楼，引入风筝、核雕、年画等非遗工作室，让老街区既有烟火气，又有文化味。奎文区相关负责人表示，今年将在全区再建成5个“15分钟便民生活圈”，让更多居民享受到家门口的便利。",
        ]),
        X("""</div>
<div class="other"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">放大</a>　<a href="#">缩小</a>　<a href="#">默认</a></div>
<div style="font-size:12px;color:#888;margin-top:10px">潍坊晚报社版权所有　鲁ICP备10005463号</div></div></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-33
# 湖北 metropolitan daily e-paper: photo story; 文/图 credits (photographer not an
# author); a caption per picture between the paragraphs; 引题 above the 主题.
CSS33 = """
body{margin:0;font:14px/1.7 "宋体";background:#f3f3f3}
.top{background:#003d7a;color:#fff;padding:10px 30px;font-size:24px}
.top span{font-size:13px;margin-left:20px}
table.main{width:1100px;margin:0 auto;background:#fff}
td.bm{width:260px;vertical-align:top;background:#f9f9f9;padding:10px}
td.art{vertical-align:top;padding:10px 30px}
.bm ul{padding-left:16px}
.intro{text-align:center;font-size:16px;color:#555}
.main-title{font:bold 26px "黑体";text-align:center}
.by{text-align:center;color:#333;font-size:14px}
.txt p{font-size:16px;line-height:1.9;text-indent:2em}
.photo{text-align:center;font-size:13px;color:#555}
"""

BM33 = [("A01", "封面"), ("A02", "要闻"), ("A03", "要闻"), ("A04", "湖北新闻"), ("A05", "湖北新闻"),
        ("A06", "视觉"), ("A07", "武汉新闻"), ("A08", "文体")]

page(
    id="xx-33", kind="e-paper", lang="zh",
    head="江汉平原油菜收割忙 - 楚天都市报数字报",
    title="江汉平原油菜收割忙",
    authors=["陈晨"],
    publish_time="2024年5月10日 星期五",
    css=CSS33,
    parts=[
        X("""<div class="top">楚天都市报<span>2024年5月10日 星期五　第A06版：视觉</span></div>
<table class="main" cellspacing="0" cellpadding="0"><tr><td class="bm">""" + banmian(BM33, "A06") + """
<b>本版标题</b><ul><li><a href="#">江汉平原油菜收割忙</a></li><li><a href="#">东湖绿道上的“追风少年”</a></li></ul>
<div><a href="#">上一期</a> | <a href="#">下一期</a> | <a href="#">版面PDF</a></div></td>
<td class="art"><p class="intro">“油”然丰收</p>
<h1 class="main-title">江汉平原油菜收割忙</h1>
<p class="by">文/本报记者 陈&nbsp;&nbsp;晨　图/本报记者 刘&nbsp;&nbsp;强</p>
<div class="txt">"""),
        P("立夏过后，江汉平原进入油菜收获季。5月9日，在荆州市监利市新沟镇，大型联合收割机在金黄的油菜田里来回穿梭，收割、脱粒一次完成，一颗颗饱满的菜籽被装进运输车，运往附近的烘干中心。"),
        X('<p class="photo">' + img("收割机在油菜田里作业") + "<br>收割机在新沟镇的油菜田里作业。</p>"),
        P("“今年油菜长势好，亩产能到三百五十斤左右。”种植大户王建国一边查看菜籽成色一边说。他流转了1200亩土地种植油菜，全程实现机械化作业，收完油菜后，马上就要翻耕整地、灌水插秧，实行“油稻轮作”。"),
        X('<p class="photo">' + img("农户晾晒菜籽") + "<br>农户在晒场上翻晒菜籽。</p>"),
        P("湖北是全国油菜种植面积最大的省份。今年全省油菜种植面积超过1800万亩，江汉平原是主产区之一。为确保颗粒归仓，当地农机部门组织了1.2万台收割机投入抢收，并调度烘干设备，避免菜籽因阴雨天气发芽霉变。"),
        X('<p class="photo">' + img("榨油厂工人") + "<br>榨油厂工人正在压榨新菜籽油。</p>"),
        P("新菜籽下来，附近的榨油厂也忙碌起来。浓郁的菜籽油香飘满车间，新榨的菜籽油经过沉淀、过滤后装瓶，不少都通过电商直播卖到了全国各地。"),
        X("""</div>
<div style="margin-top:16px"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></div>
<div style="font-size:12px;color:#888;margin-top:10px">楚天都市报版权所有　鄂ICP备05010402号</div></td></tr></table>"""),
    ],
)


# --------------------------------------------------------------------------- xx-34
# 江西 provincial daily e-paper: signed commentary with a □ byline (spaced name);
# 作者单位 line after the text is not body; 版面导航 after the article.
CSS34 = """
body{margin:0;font:15px/1.8 "宋体";background:#fff}
.head{border-bottom:3px double #a00;padding:10px 40px;display:flex;justify-content:space-between;align-items:flex-end}
.head b{font:bold 32px "华文行楷";color:#a00}
.wrap{width:980px;margin:0 auto}
.pl{font:bold 26px "黑体";text-align:center;margin:22px 0 10px}
.au{text-align:center;font-family:"楷体",KaiTi}
.body p{text-indent:2em;font-size:17px;line-height:2}
.unit{text-align:right;font-family:"楷体",KaiTi}
.bm ul{display:flex;flex-wrap:wrap;list-style:none;padding:0;gap:6px 20px}
.bbt li{margin:2px 0}
"""

BM34 = [("01", "要闻"), ("02", "要闻"), ("03", "政治"), ("04", "经济"), ("05", "观点"),
        ("06", "社会"), ("07", "文化"), ("08", "体育")]

page(
    id="xx-34", kind="e-paper", lang="zh",
    head="让更多“赣品”走出大山 - 江西日报数字报",
    title="让更多“赣品”走出大山",
    authors=["刘明"],
    publish_time="2024-06-20",
    css=CSS34,
    parts=[
        X("""<div class="head"><b>江西日报</b><span>2024-06-20　第05版：观点　<a href="#">往期回顾</a>　<a href="#">PDF下载</a></span></div>
<div class="wrap"><h2 class="pl">让更多“赣品”走出大山</h2>
<p class="au">□&nbsp;刘&nbsp;&nbsp;明</p>
<div class="body">"""),
        PS([
            "赣南脐橙、南丰蜜橘、庐山云雾茶、万年贡米……江西物产丰饶，“赣品”声名在外。但不少好产品仍然“藏在深山人未识”，卖不上好价钱。如何让更多“赣品”走出大山、走向全国，是推动乡村振兴必须答好的一道题。",
            "让“赣品”走出大山，首先要把品质立起来。好产品是“种”出来的，也是“管”出来的。要推行标准化生产，建立从田间到餐桌的全程质量追溯体系，让消费者买得放心、吃得安心。",
            "让“赣品”走出大山，还要把品牌响起来。当前，不少地方的农产品品牌多而散、小而弱，“有产品无品牌、有品牌无影响”的问题比较突出。要整合区域公用品牌，讲好产品背后的文化故事，以品牌溢价带动农民增收。",
            "让“赣品”走出大山，更要把渠道畅起来。近年来，直播电商、社区团购等新业态快速发展，为农产品销售打开了新空间。要加快补齐冷链物流、产地仓储等短板，培育一批懂产品、会营销的新农人，让山里的好东西更快、更鲜地走上城市餐桌。",
            "一件件“赣品”，连着千家万户的“钱袋子”。只要久久为功、持续发力，“赣品”一定能在更大的市场上闯出一片天地。",
        ]),
        X("""</div>
<p class="unit">（作者单位：江西省社会科学院）</p>
<div style="text-align:center"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回版面</a></div>
<div class="bbt"><b>本版标题</b><ul><li><a href="#">让更多“赣品”走出大山</a></li><li><a href="#">以“绣花功夫”做好城市精细化管理</a></li><li><a href="#">读懂“新质生产力”的江西答卷</a></li></ul></div>
""" + banmian(BM34, "05") + """
<div style="text-align:center;font-size:12px;color:#888">江西日报社版权所有　赣ICP备05001633号</div></div>"""),
    ],
)


# --------------------------------------------------------------------------- xx-35
# 河南 city daily's county edition, old table-layout e-paper: 引题 + 主题, byline line
# with a spaced name, and the text breaks off with "（下转第三版）" (not body);
# date selector and 往期回顾.
CSS35 = """
body{margin:0;font:12px/1.7 "宋体";background:#ddd}
table.out{width:1000px;background:#fff;margin:0 auto}
.mh{font:bold 28px "黑体";color:#036;padding:8px}
.rq{color:#036}
td.lf{width:480px;vertical-align:top;border-right:1px solid #999}
td.rt{vertical-align:top;padding:8px 20px}
.yt{font-size:15px;text-align:center}
.bt{font:bold 24px "黑体";text-align:center}
.zz{text-align:center;font-size:14px}
.nr{font-size:15px;line-height:1.9}
.xz{text-align:right;font-size:14px}
select{font-size:12px}
"""

page(
    id="xx-35", kind="e-paper", lang="zh",
    head="新密：“耐材之都”加速转型升级 - 郑州日报·县域版",
    title="新密：“耐材之都”加速转型升级",
    authors=["韩雪", "张宏伟"],
    publish_time="2024年6月7日",
    css=CSS35,
    parts=[
        X("""<table class="out" cellspacing="0" cellpadding="0">
<tr><td colspan="2" class="mh">郑州日报　<span class="rq">2024年6月7日</span>　第02版：县域经济</td></tr>
<tr><td colspan="2" style="padding:4px 8px;border-bottom:1px solid #999">日期选择：<select><option>2024年6月</option></select>　<a href="#">往期回顾</a>　<a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">本版PDF</a></td></tr>
<tr><td class="lf">""" + img("第02版版面图") + """<br>
<table width="100%"><tr><td><a href="#">01 要闻</a></td><td><a href="#">02 县域经济</a></td><td><a href="#">03 县域经济</a></td><td><a href="#">04 综合</a></td></tr></table>
<b>本版文章</b><br><a href="#">新密：“耐材之都”加速转型升级</a><br><a href="#">登封：“旅游+”激活乡村经济</a><br><a href="#">中牟：大蒜产业链延伸增效</a></td>
<td class="rt"><p class="yt">坚定不移推进产业转型</p>
<p class="bt">新密：“耐材之都”加速转型升级</p>
<p class="zz">本报记者&nbsp;韩&nbsp;&nbsp;雪&nbsp;&nbsp;通讯员&nbsp;张宏伟</p>
<div class="nr">"""),
        PS([
            "走进位于新密市曲梁镇的一家耐火材料企业，记者看到，智能化压砖机有序运转，机械手将成型的耐火砖精准码放到窑车上，整个车间只有寥寥几名工人在巡检。“自从上了智能生产线，产品合格率提高到了99%以上，能耗下降了近两成。”企业负责人说。",
            "新密是全国重要的耐火材料生产基地，素有“耐材之都”之称，耐火材料产量约占全国的五分之一。过去，当地耐材企业普遍规模小、能耗高、污染重。近年来，新密坚持“关停一批、整合一批、提升一批”，推动企业向绿色化、智能化、高端化转型。",
            "目前，全市规模以上耐材企业已全部完成超低排放改造，建成省级以上智能工厂和绿色工厂21家。企业产品也从传统的耐火砖向高性能耐火材料、节能保温材料延伸，广泛应用于钢铁、有色、玻璃和新能源等领域。",
            "为破解企业研发能力不足的难题，新密市与高校和科研院所共建耐火材料产业研究院，围绕关键材料和工艺开展联合攻关。去年，全市耐材企业新增发明专利136件，新产品产值占比提高到38%。",
        ]),
        X("""<p class="xz">（下转第三版）</p></div>
<div style="margin-top:14px"><a href="#">上一篇</a> | <a href="#">下一篇</a> | <a href="#">返回本版</a></div></td></tr>
<tr><td colspan="2" style="text-align:center;padding:6px;border-top:1px solid #999">郑州日报社主办　版权所有　豫ICP备05004823号</td></tr></table>"""),
    ],
)
