"""Newspaper e-paper pages vb-31 .. vb-35."""
from lib import render, page, GIF

KIND = "epaper"


def vb31():
    title = "“县域特色产业集群”跑出加速度"
    blocks = [
        ("p", "3月12日，在清河县羊绒产业园，一台台数字化针织横机正在飞速运转，一件件羊绒衫从生产线上“走”下来。“今年一季度订单比去年同期增长了18%，其中出口订单占到四成。”企业负责人说。"),
        ("p", "清河羊绒只是我市县域特色产业发展的一个缩影。近年来，我市坚持“一县一业”，聚焦羊绒、汽车零部件、自行车童车、食品加工等特色产业，推动产业链上下游协同发展，全市已培育年营业收入超百亿元的县域特色产业集群7个。"),
        ("h", "抓龙头：以大带小 抱团发展"),
        ("p", "在平乡县，自行车童车产业集群集聚生产企业1300余家，年产各类童车4000多万辆。县里引导龙头企业牵头组建产业联盟，统一采购原材料、统一检测认证、统一品牌推广，中小企业生产成本平均降低8%。"),
        ("h", "强创新：研发中心建到产业链上"),
        ("p", "围绕产业共性技术难题，我市在特色产业集群所在县建设省级以上研发平台46家，引导高校院所与企业联合攻关。去年，全市县域特色产业集群新增专利授权2100余件。"),
        ("p", "市工业和信息化局有关负责人表示，今年将实施县域特色产业集群提质升级行动，力争新培育2个年营业收入超百亿元的产业集群。"),
    ]
    body = render(blocks, h='<p class="xt"><b>{}</b></p>')
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#f3f0e8}
.ep-top{background:#7a1212;color:#fff;padding:10px 3%;display:flex;justify-content:space-between}
.ep-top b{font-size:22px}
.ep-bar{background:#fff;padding:8px 3%;font-size:13px;border-bottom:1px solid #ccc}
.ep-bar a{margin-right:10px}
.ep{display:grid;grid-template-columns:260px 1fr 240px;gap:16px;padding:16px 3%}
.ep-l,.ep-r{background:#fff;padding:10px;font-size:13px}
.ep-m{background:#fff;padding:24px 40px}
.yt{color:#7a1212;font-size:16px;text-align:center}
.zt{font-size:28px;text-align:center;margin:6px 0;font-weight:bold}
.ft{font-size:16px;text-align:center;color:#333}
.zz{text-align:center;font-size:14px;color:#555;margin:16px 0}
.ep-m p{font-size:16px;line-height:1.9;text-indent:2em}
.xt{text-indent:0 !important}
.ep-f{text-align:center;font-size:12px;color:#777;padding:16px}
"""
    html = page(title, css, f"""
<div class="ep-top"><b>燕南日报 数字报</b><span>2025年03月13日 星期四</span></div>
<div class="ep-bar"><a href="#">往期回顾</a><a href="#">上一期</a><a href="#">下一期</a><a href="#">PDF下载</a>　当前版：<b>第03版：经济</b>　<a href="#">上一版</a> <a href="#">下一版</a></div>
<div class="ep">
<div class="ep-l"><p><img alt="第03版版面图" src="{GIF}"></p><p><b>版面导航</b></p><p><a href="#">第01版：要闻</a></p><p><a href="#">第02版：要闻</a></p><p><a href="#">第03版：经济</a></p><p><a href="#">第04版：县域</a></p><p><a href="#">第05版：民生</a></p><p><a href="#">第06版：副刊</a></p></div>
<div class="ep-m">
<div class="yt">我市培育县域特色产业集群7个，年营收均超百亿元</div>
<div class="zt">{title}</div>
<div class="ft">——我市推动县域特色产业提质升级综述</div>
<div class="zz">本报记者　高雅琪</div>
{body}
</div>
<div class="ep-r"><p><b>本版标题</b></p><p>· “县域特色产业集群”跑出加速度</p><p>· 一季度全市工业用电量同比增长6.2%</p><p>· 邢东新区新签约项目21个</p><p>· 短讯</p></div>
</div>
<div class="ep-f">燕南日报社主办　版权所有　未经授权不得转载<br>冀ICP备11012785号</div>""")
    return dict(id="vb-31", kind=KIND, title=title, authors=["高雅琪"], publish_time="2025年03月13日 星期四", blocks=blocks, html=html,
                site="河北 燕南日报数字报（三栏：版面图/正文/本版标题）",
                features="引题/主题/副题三层（gold只取主题；引题是长句，主题较短）；“本报记者　高雅琪”独立行；顶栏日期带星期；版次导航与本版标题列表（本文标题再次出现）")


def vb32():
    title = "西江两岸百座古村落将串珠成链"
    blocks = [
        ("p", "本报讯 记者/林晓峰 通讯员/冼嘉仪 昨日，记者从市文化广电旅游体育局获悉，《西江古村落保护利用三年行动方案》正式印发，我市将以西江为轴线，对沿江102座传统村落实施整体保护和活化利用，打造一条百里古村落文旅走廊。"),
        ("p", "根据方案，我市将分三年推进古村落保护修缮，重点修缮祠堂、书院、镬耳屋等历史建筑580处，完善村落消防、排水和游客服务设施。同时，鼓励村集体以房屋入股、合作经营等方式引入社会资本，发展民宿、研学和非遗工坊等业态。"),
        ("p", "“不能把古村落变成只看不住的‘盆景’。”市文化广电旅游体育局相关负责人表示，保护利用要坚持“见人见物见生活”，让原住民留得下、过得好。"),
        ("p", "据了解，首批将在沿江8个镇选取20座基础较好的古村落先行试点，力争年内形成可复制的经验。"),
    ]
    body = render(blocks, p='<p>　　{}</p>')
    css = """
body{margin:0;background:#ddd;font-size:12px;font-family:宋体}
.w{width:1000px;margin:0 auto;background:#fff}
.lt{background:#0a4f8c;color:#fff;font:bold 26px 黑体;padding:14px}
td{vertical-align:top}
.bmnav td{padding:3px;font-size:12px}
.tit{font:bold 24px 黑体;text-align:center;line-height:34px}
.con{font-size:14px;line-height:26px;padding:10px 20px}
.foot{text-align:center;color:#666;padding:10px;border-top:1px solid #0a4f8c}
"""
    html = page(title, css, f"""
<div class="w">
<div class="lt">西江日报 电子版</div>
<table width="100%" cellpadding="4"><tr><td>2025年3月14日 星期五</td><td align="right"><a href="#">返回目录</a> | <a href="#">上一版</a> | <a href="#">下一版</a> | <a href="#">往期查阅</a></td></tr></table>
<table width="100%" cellspacing="0" cellpadding="0"><tr>
<td width="300">
<table class="bmnav" width="100%"><tr><td><img alt="A04版版面缩略图" src="{GIF}"></td></tr>
<tr><td>A01：头版</td></tr><tr><td>A02：要闻</td></tr><tr><td>A03：时政</td></tr><tr><td>A04：城事</td></tr><tr><td>A05：区域</td></tr><tr><td>A06：文体</td></tr></table>
<table class="bmnav" width="100%"><tr><td><b>A04：城事 本版新闻</b></td></tr><tr><td>西江两岸百座古村落将串珠成链</td></tr><tr><td>我市新增公共充电桩1200个</td></tr><tr><td>春季义务植树活动启动</td></tr></table>
</td>
<td>
<table width="100%"><tr><td class="tit">西江两岸百座古村落<br>将串珠成链</td></tr>
<tr><td align="center" style="color:#555">我市印发古村落保护利用三年行动方案，首批20座先行试点</td></tr>
<tr><td align="center" style="color:#999">《西江日报》（2025-03-14）A04：城事</td></tr>
<tr><td class="con">{body}</td></tr>
<tr><td align="right" style="color:#999">字数：612　<a href="#">打印本文</a></td></tr></table>
</td></tr></table>
<div class="foot">西江日报社版权所有 Copyright © 西江日报社 All rights reserved.<br>粤ICP备05082651号</div>
</div>""")
    return dict(id="vb-32", kind=KIND, title=title, authors=["林晓峰", "冼嘉仪"], publish_time="2025-03-14", blocks=blocks, html=html,
                site="广东 西江日报电子版（2010年代表格布局）",
                features="主题在版面上折成两行（<br>，gold连写）；副题在主题下；“《西江日报》（2025-03-14）A04：城事”为发布日期行；顶栏另有日期与星期；“本报讯 记者/林晓峰 通讯员/冼嘉仪”在首段内；字数统计")


def vb33():
    title = "安县：一颗猕猴桃的“出海”之路"
    blocks = [
        ("p", "3月上旬，一批贴着“安县红心猕猴桃”标签的果品从成都国际铁路港出发，经中欧班列运往德国汉堡。这是今年该县第三批出口欧洲的猕猴桃。"),
        ("img", "工人在分拣中心分拣猕猴桃"),
        ("cap", "工人在分拣中心分拣猕猴桃。唐瑶 摄"),
        ("p", "“以前我们的猕猴桃只在国内卖，这两年出口量翻了几番。”安县果业协会会长赵建平介绍，全县猕猴桃种植面积达到6.5万亩，去年出口量超过3000吨。"),
        ("p", "出口的背后，是一整套标准化生产体系。县里推行统一品种、统一技术、统一采收、统一品牌，建成智能分选线12条，每一颗果子都要经过糖度、硬度和外观检测。全县还建立了果园数字化管理平台，果农施肥打药都要上传记录，实现产品质量全程可追溯。"),
        ("p", "“一颗果子就是一张名片。”赵建平说，下一步将争取开通猕猴桃冷链专列，把更多“安县造”送上欧洲消费者的餐桌。"),
    ]
    body = render(blocks, img='<div class="pic"><img alt="{}" src="' + GIF + '">', cap='<p class="pt">{}</p></div>')
    css = """
body{margin:0;background:#fdfaf3;font-family:"Microsoft YaHei"}
.bz-h{border-bottom:4px double #a0522d;padding:14px 5%;display:flex;align-items:baseline;gap:20px}
.bz-h b{font-size:30px;color:#a0522d;font-family:STKaiti,KaiTi}
.bz-h span{color:#777}
.bz-n{padding:8px 5%;font-size:14px;background:#f4ead7}
.bz-n a{margin-right:8px}
.bz-c{width:820px;margin:24px auto;background:#fff;padding:30px;border:1px solid #eadfca}
.bz-c h1{font-size:28px;text-align:center;margin:0}
.fti{text-align:center;color:#666;font-size:16px;margin:8px 0}
.zz{text-align:center;font-size:14px;color:#555}
.bz-c p{font-size:16px;line-height:1.9;text-indent:2em}
.pic{text-align:center}
.pt{font-size:13px !important;color:#777;text-indent:0 !important}
.bz-list{width:820px;margin:0 auto;font-size:14px}
"""
    html = page(title, css, f"""
<div class="bz-h"><b>涪江日报</b><span>数字报刊平台</span><span>2025-03-11</span></div>
<div class="bz-n">版次：<a href="#">01 头版</a><a href="#">02 综合</a><a href="#">03 县域经济</a><a href="#">04 视点</a><a href="#">05 文化</a><a href="#">06 专版</a>　｜　<a href="#">◀ 上一版</a> <a href="#">下一版 ▶</a></div>
<div class="bz-c">
<h1>{title}</h1>
<div class="fti">——安县猕猴桃产业出口调查</div>
<div class="zz">□本报记者　唐　瑶　文/图</div>
{body}
</div>
<div class="bz-list"><p><b>本版标题导航</b></p><p>安县：一颗猕猴桃的“出海”之路</p><p>北川：羌绣工坊带动千名妇女就业</p><p>梓潼：高标准农田建设全面开工</p><p>县域快讯</p>
<p style="text-align:center;color:#999;font-size:12px">涪江日报社 版权所有　蜀ICP备10207791号</p></div>""")
    return dict(id="vb-33", kind=KIND, title=title, authors=["唐瑶"], publish_time="2025-03-11", blocks=blocks, html=html,
                site="四川 涪江日报数字报刊平台（单栏，版次横排）",
                features="只有主题+副题（无引题）；“□本报记者　唐　瑶　文/图”（方框符号、间隔名）；图注“唐瑶 摄”不是正文；日期只在顶栏；本版标题导航")


def vb34():
    title = "让冰雪的温度留住远方的游客"
    blocks = [
        ("p", "刚刚过去的这个冰雪季，我省旅游市场交出了一份亮眼的成绩单。游客来了，热情高了，接下来要思考的是：冰雪消融之后，凭什么让远方的客人再来？"),
        ("p", "冰雪是资源，服务才是口碑。这个冬天，“把游客当亲人”成为不少地方的共识：出租车不绕路、商户不宰客、街头有暖心驿站、景区有志愿者嘘寒问暖。这些细节汇聚起来，才有了游客口中的“宾至如归”。但也要看到，少数景区仍存在排队时间长、厕所不足、交通接驳不畅等问题，个别商户“一锤子买卖”的心态还没有完全改变。"),
        ("p", "留住游客，首先要把“流量”变成“留量”。一方面，要补齐旅游基础设施短板，特别是中小城市和县域景区的交通、住宿、餐饮配套；另一方面，要从“卖风景”转向“卖体验”，把冰雪运动、民俗文化、森林康养等资源串起来，开发出适合不同季节、不同人群的产品。"),
        ("p", "更重要的是，要把好服务变成常态。靠一时的热情赢得掌声不难，难的是把这种热情转化为制度和习惯，让每一位游客在任何时候来，都能感受到同样的真诚。"),
        ("p", "冰雪会融化，但温度可以留下。守住口碑，才能让“冷资源”持续释放“热效应”。"),
    ]
    body = render(blocks)
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#e6ecf2}
header{background:#173a5e;color:#fff;padding:14px 4%}
header b{font-size:24px}
header small{margin-left:12px;color:#a9c1da}
.layout{display:flex;gap:20px;padding:20px 4%}
.pages{width:220px;background:#fff;font-size:13px;padding:10px}
.pages li{list-style:none;padding:4px 0}
.reader{flex:1;background:#fff;padding:30px 50px}
.lead{font-size:15px;color:#173a5e;text-align:center}
.reader h1{text-align:center;font-size:30px;margin:8px 0 16px}
.author{text-align:center;font-size:15px}
.reader p{font-size:16px;line-height:2;text-indent:2em}
.pinfo{font-size:12px;color:#888;text-align:center}
footer{text-align:center;font-size:12px;color:#666;padding:20px}
"""
    html = page(title, css, f"""
<header><b>北疆日报</b><small>电子版 · 第08版：评论</small></header>
<div class="layout">
<ul class="pages"><li><b>2025年03月15日</b></li><li><a href="#">01 要闻</a></li><li><a href="#">02 要闻</a></li><li><a href="#">03 经济</a></li><li><a href="#">04 龙江新闻</a></li><li><a href="#">05 社会</a></li><li><a href="#">06 农业</a></li><li><a href="#">07 文旅</a></li><li><a href="#">08 评论</a></li><li><br><b>本版文章</b></li><li>让冰雪的温度留住远方的游客</li><li>“小切口”撬动基层治理“大变革”</li><li>读者来信：老旧小区停车难何解</li></ul>
<div class="reader">
<div class="lead">冰雪季观察</div>
<h1>{title}</h1>
<div class="author">□ 姜维平</div>
<p class="pinfo">发布日期：2025-03-15　版次：08　作者：姜维平</p>
{body}
<p class="pinfo"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回版面</a></p>
</div></div>
<footer>北疆日报社 主办　黑ICP备09012237号-1</footer>""")
    return dict(id="vb-34", kind=KIND, title=title, authors=["姜维平"], publish_time="2025-03-15", blocks=blocks, html=html,
                site="黑龙江 北疆日报电子版·评论版（左侧版次列表）",
                features="评论：栏目式引题“冰雪季观察”（不属标题）；“□ 姜维平”署名与信息行“作者：姜维平”重复；日期在左栏与信息行各一次")


def vb35():
    title = "石家庄今年将新开通“定制公交”线路30条"
    blocks = [
        ("p", "记者昨日从石家庄公交集团获悉，今年石家庄将新开通30条“定制公交”线路，重点服务通勤、通学和就医等出行需求，市民可通过手机小程序“点单”提出线路需求。"),
        ("p", "据介绍，定制公交实行“一人一座、一站直达”，线路根据乘客需求设计，车辆从居住集中区出发，中途少停站或不停站，直达工业园区、学校和医院。目前，石家庄已开通定制公交线路47条，日均服务乘客约6000人次。"),
        ("p", "“以前上班要倒两趟车，路上一个半小时，现在坐定制公交40分钟就到了。”在高新区上班的市民刘女士说。"),
        ("p", "公交集团相关负责人表示，今年新开通的线路将优先考虑新建小区和产业园区，同时试点开通“学生专线”，在上学、放学时段接送中小学生。市民在小程序上提交需求后，同一方向的需求达到20人以上即可启动线路论证。（记者 贾梦瑶）"),
    ]
    body = render(blocks)
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.wb{border-top:6px solid #e94e1b;padding:12px 6%;display:flex;justify-content:space-between;align-items:center}
.wb .lg{font-size:32px;color:#e94e1b;font-weight:bold}
.wb .qi{font-size:13px;color:#555;text-align:right}
.ban{background:#fff3ee;padding:8px 6%;font-size:14px}
.ban a{margin-right:12px}
.box{width:760px;margin:20px auto}
.box h3{font-size:15px;color:#e94e1b;text-align:center;margin:0}
.box h1{font-size:30px;text-align:center;margin:6px 0 20px}
.box p{font-size:17px;line-height:1.9;text-indent:2em}
.nx{border-top:1px solid #eee;font-size:14px}
.ft{text-align:center;font-size:12px;color:#999;padding:20px}
"""
    html = page(title, css, f"""
<div class="wb"><span class="lg">滹沱晚报</span><span class="qi">第6832期　2025年03月17日<br><a href="#">过往期刊</a></span></div>
<div class="ban">版面：<a href="#">A01 封面</a><a href="#">A02 焦点</a><a href="#">A03 城市</a><a href="#">A04 城市</a><a href="#">A05 教育</a><a href="#">A06 健康</a><a href="#">A07 体育</a><a href="#">A08 娱乐</a>　<b>当前：A03 城市</b></div>
<div class="box">
<h3>通勤、通学、就医“一站直达”</h3>
<h1>{title}</h1>
{body}
<div class="nx"><p><b>本版其他新闻</b></p><p><a href="#">二环路部分路段夜间封闭施工</a></p><p><a href="#">市区新增口袋公园15个</a></p><p><a href="#">图片新闻</a></p></div>
</div>
<div class="ft">滹沱晚报 版权所有　联系电话：0311-6705****　冀ICP备07010029号</div>""")
    return dict(id="vb-35", kind=KIND, title=title, authors=["贾梦瑶"], publish_time="2025年03月17日", blocks=blocks, html=html,
                site="河北 滹沱晚报数字版（晚报，横排版次）",
                features="引题在主题上方（h3，不属标题）；无信息栏，日期只在刊头“第6832期　2025年03月17日”；作者只在末段“（记者 贾梦瑶）”中（留在正文里）；本版其他新闻")


PAGES = [vb31, vb32, vb33, vb34, vb35]
