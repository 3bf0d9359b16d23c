"""Media pages rd-13 … rd-24 (invented)."""
from furniture import *

def P(**k):
    k.setdefault("kind", "media"); k.setdefault("lang", "zh"); return k

PAGES = []

PAGES.append(P(id="rd-13", css="grid", tag="宁波舟山港前三季度集装箱吞吐量同比增长8.2%_甬派",
 title="宁波舟山港前三季度集装箱吞吐量同比增长8.2%", authors=["应雨桐"], time="2025-10-14 07:32",
 pre=['<div class="top"><a href="#">首页</a> <a href="#">新闻</a> <a href="#">财经</a> <a href="#">区县</a> <a href="#">登录</a> <input placeholder="搜索新闻"></div>'],
 title_html='<h1>宁波舟山港前三季度集装箱吞吐量同比增长8.2%</h1>',
 below='<div class="meta"><span>宁波日报</span><span>记者 应雨桐</span><span>2025-10-14 07:32</span><span>阅读 2.3万</span></div>',
 body=["记者昨日从宁波舟山港集团获悉，今年前三季度，宁波舟山港完成集装箱吞吐量2915万标准箱，同比增长8.2%，继续保持全球第三位。",
  "从航线看，港口新增“一带一路”航线11条，航线总数达到305条，其中远洋干线超过130条。海铁联运业务量达到117万标准箱，同比增长14.6%，辐射范围延伸至中西部16个省份。",
  "“今年以来，我们持续推进智慧码头建设，梅山港区自动化岸桥作业效率提升了约两成。”集团生产业务部相关负责人说。",
  "业内人士分析，外贸企业抢抓订单、新兴市场需求回暖，是港口吞吐量保持增长的重要原因。四季度是传统旺季，预计全年集装箱吞吐量将突破3900万标准箱。"],
 post=['<p class="ed">编辑：何佳　审核：徐海峰</p>', share(3), related("相关阅读", ["宁波出台稳外贸十条","梅山港区新泊位投用"]), footer(["甬派客户端　宁波日报报业集团主办　浙ICP备12036549号　互联网新闻信息服务许可证：33120170008"])]))

PAGES.append(P(id="rd-14", css="div", tag="合肥：新能源汽车产业链加速集聚 - 安徽网",
 title="合肥新能源汽车产业链加速集聚", authors=["孙若楠", "李辰阳"], time="2025年06月19日 20:41",
 pre=['<div class="top w">安徽网 | 新安晚报 <a href="#">首页</a> <a href="#">安徽</a> <a href="#">合肥</a> <a href="#">财经</a> <a href="#">登录</a></div>', '<div class="crumb">安徽网 &gt; 新闻中心 &gt; 合肥新闻 &gt; 正文</div>'],
 title_html='<p class="yt">整车产量上半年预计突破80万辆</p><h1>合肥新能源汽车产业链加速集聚</h1>',
 below='<div class="info">2025年06月19日 20:41　来源：新安晚报　作者：孙若楠 李辰阳</div>',
 body=["6月18日，位于合肥新站高新区的一家动力电池企业第三条生产线正式投产，新增年产能12吉瓦时。这是今年以来合肥新能源汽车产业链上又一个重点项目落地。",
  "记者从合肥市发展改革委了解到，合肥已集聚新能源汽车产业链企业超过600家，覆盖整车、动力电池、电驱电控、智能座舱等关键环节，本地配套率达到65%左右。",
  ("h","“链主”带动效应明显"),
  "多家整车企业持续扩产，带动上下游企业就近布局。一家从事汽车线束生产的企业负责人说：“整车厂就在隔壁，半小时就能送货，物流成本下降了不少。”",
  ("h","人才和金融双向发力"),
  "合肥还联合高校设立新能源汽车产业学院，今年计划培养技能人才1.5万名；同时设立总规模200亿元的产业母基金，重点投向关键零部件和软件企业。"],
 post=[('<p>' + img("投产仪式现场") + '</p><p class="cap">新生产线投产现场。记者 李辰阳 摄</p>'), '<p class="ed">责任编辑：周婷</p>', prevnext("合肥地铁8号线开通初期运营","骆岗公园迎来周末客流高峰"), footer(["安徽网版权所有　皖ICP备12002418号　皖公网安备34010302000555号"])]))

PAGES.append(P(id="rd-15", css="grid", tag="四川：“天府粮仓”核心区秋收进度过七成 | 川观新闻",
 title="“天府粮仓”核心区秋收进度过七成", authors=["肖瑶"], time="2025-09-22 19:06",
 pre=['<div class="top">川观新闻 <a href="#">下载APP</a> <a href="#">登录</a> <input placeholder="请输入关键词"></div>'],
 title_html='<h1>“天府粮仓”核心区秋收进度过七成</h1>',
 below='<div class="meta"><span>川观新闻记者 肖瑶</span><span>2025-09-22 19:06</span></div>',
 body=["9月下旬，成都平原稻浪翻滚。在崇州市隆兴镇的高标准农田里，四台收割机来回穿梭，稻谷被直接装车送往烘干中心。",
  "“今年水稻长势好，亩产估计能到650公斤。”种粮大户杨志强算了一笔账，他流转的1200亩稻田全部实现机械化收割，比人工节省成本近10万元。",
  "省农业农村厅数据显示，截至9月21日，“天府粮仓”核心区水稻已收获面积占播种面积的72%，较去年同期快4个百分点。各地组织农机跨区作业队伍3100余支，烘干能力较去年提高15%。",
  "农业专家提醒，近期盆地西部仍有阶段性降雨，各地要抢抓晴好天气收获晾晒，防止稻谷霉变。"],
 post=['<p class="ed">责任编辑：陈骏</p>', share(3), footer(["四川日报全媒体集团主办　川观新闻　蜀ICP备13017532号-1　川公网安备51019002000423号"])]))

PAGES.append(P(id="rd-16", css="div", tag="银川一季度空气质量优良天数比例创新高_宁夏新闻网",
 title="银川一季度空气质量优良天数比例创新高", authors=[], time="2025-04-08 10:12",
 pre=['<div class="top w">宁夏新闻网 <a href="#">首页</a> <a href="#">时政</a> <a href="#">民生</a> <a href="#">视频</a></div>', '<div class="crumb">首页 &gt; 宁夏新闻 &gt; 银川</div>'],
 title_html='<h1>银川一季度空气质量优良天数比例创新高</h1>',
 below='<div class="info">2025-04-08 10:12　来源：宁夏日报　<span>【字号 大 中 小】</span></div>',
 body=["银川市生态环境局4月7日发布数据，今年一季度，银川市空气质量优良天数为76天，优良天数比例达到84.4%，同比提高6.7个百分点，为近五年同期最好水平。",
  "一季度，全市细颗粒物平均浓度为41微克/立方米，同比下降10.9%；可吸入颗粒物平均浓度为78微克/立方米，同比下降8.2%。重污染天数为零。",
  "今年以来，银川市持续推进燃煤锅炉淘汰、重点行业深度治理和扬尘管控，完成散煤清洁化替代1.8万户，对建筑工地实施视频在线监控全覆盖。",
  "市生态环境局有关负责人表示，春季沙尘天气多发，将继续加强区域联防联控，力争全年优良天数比例稳定在80%以上。"],
 post=['<p>（原标题：《一季度银川优良天数比例84.4%》）</p>', '<p class="ed">编辑：马瑞</p>', footer(["宁夏新闻网版权所有　宁ICP备08000175号　互联网新闻信息服务许可证编号：64120170001"])]))

PAGES.append(P(id="rd-17", css="grid", tag="温州瓯海：老旧工业区变身“科创湾” - 浙江新闻",
 title="老旧工业区变身“科创湾”", authors=["郑可欣", "瓯宣"], time="2025年7月2日",
 pre=['<div class="top">浙江新闻 <a href="#">首页</a> <a href="#">浙江</a> <a href="#">区县</a> <a href="#">登录</a></div>'],
 title_html='<p class="yt">温州瓯海推进低效用地再开发</p><h1>老旧工业区变身“科创湾”</h1>',
 below='<div class="meta"><span>浙江日报</span><span>2025年7月2日</span></div>',
 body=[("by","记者 郑可欣 共享联盟瓯海站 瓯宣"),
  "走进温州瓯海区娄桥街道，曾经低矮破旧的鞋革厂房已被改造成一栋栋明亮的研发楼。三年前，这里还是“亩均税收不足3万元”的老旧工业区。",
  "瓯海区通过“政府收储+国企开发+企业入驻”的模式，累计腾退低效工业用地2100亩，新建小微企业园9个，引进光电、智能装备等企业230余家。",
  "“园区配套了共享实验室和中试车间，我们省下了一大笔设备投入。”一家激光器件企业负责人说，企业入驻后研发周期缩短了近一半。",
  "据测算，改造后的园区亩均税收提高到28万元，是改造前的近十倍。"],
 post=['<p class="ed">来源：浙江日报　编辑：章颖</p>', share(0), footer(["浙江在线新闻网站有限公司　浙ICP备05009865号　浙公网安备33010302000087号"])]))

PAGES.append(P(id="rd-18", css="div", tag="视频｜芜湖：长江江豚频频“现身” - 芜湖新闻网",
 title="芜湖：长江江豚频频“现身”", authors=["钱晨", "沈浩然"], time="2025-02-27 17:45:09",
 pre=['<div class="top w">芜湖新闻网 <a href="#">首页</a> <a href="#">本地</a> <a href="#">视频</a> <a href="#">专题</a></div>', crumbs("当前位置：", ["首页","本地新闻"])],
 title_html='<h1>芜湖：长江江豚频频“现身”</h1>',
 below='<div class="info">发布时间：2025-02-27 17:45:09 来源：芜湖日报 作者：钱晨/文 沈浩然/图</div>',
 body=["近日，在芜湖长江大桥下游江段，市民多次拍到长江江豚成群出水嬉戏的画面，引发网友热议。",
  ("img","江豚出水","2月25日，长江江豚在芜湖江段跃出水面。"),
  "“一次看到五六头，有大有小，应该是一家子。”观鸟爱好者许国平在江边蹲守了一个上午，拍下了江豚“微笑”的瞬间。",
  "芜湖市农业农村局渔政部门介绍，长江十年禁渔实施以来，芜湖江段鱼类资源明显恢复，江豚监测频次和数量均呈上升趋势。2024年监测到江豚出现超过400次，单次最多记录到23头。",
  "渔政人员提醒，市民观赏江豚时应保持距离，不要投喂或使用无人机低空追拍，共同守护长江生态。"],
 post=['<p class="ed">审核：孔令军</p>', prevnext("芜湖轨道交通客流创新高","镜湖区开展迎春志愿服务"), footer(["芜湖传媒中心主办　皖ICP备06002137号"])]))

PAGES.append(P(id="rd-19", lang="en", css="grid", tag="Zhejiang's Yiwu expands cross-border e-commerce hub - Zhejiang Daily English",
 title="Yiwu expands cross-border e-commerce hub as overseas orders climb", authors=["Lin Xiaoyu", "Daniel Hart"], time="Apr 16, 2025",
 pre=['<div class="top"><a href="#">Home</a> <a href="#">Zhejiang</a> <a href="#">Business</a> <a href="#">Culture</a> <a href="#">中文</a> <input placeholder="Search"></div>', '<div class="crumb">Home / Business</div>'],
 title_html='<h1>Yiwu expands cross-border e-commerce hub as overseas orders climb</h1>',
 below='<div class="meta"><span>By Lin Xiaoyu and Daniel Hart</span><span>Updated: Apr 16, 2025</span><span>Zhejiang Daily</span></div>',
 body=["Yiwu, the small-commodity capital in Zhejiang province, opened the second phase of its cross-border e-commerce park on Tuesday, adding warehouse space for more than 400 online sellers as overseas orders keep rising.",
  "Local commerce officials said cross-border e-commerce transactions in Yiwu reached 128 billion yuan ($17.6 billion) in 2024, up 16 percent year-on-year, with Latin America and the Middle East among the fastest-growing markets.",
  "\"Two years ago most of our buyers were wholesalers. Now we ship small parcels directly to consumers,\" said Chen Lijuan, who runs a shop selling kitchenware. Her store now handles about 3,000 orders a day.",
  "The new park offers shared photo studios, customs pre-clearance and training in multilingual livestreaming. Officials expect it to create around 5,000 jobs when fully operational next year."],
 post=['<p class="ed">Editor: Wang Yue</p>', share(3), footer(["Copyright Zhejiang Daily Press Group. All rights reserved.　浙ICP备05009865号"])]))

PAGES.append(P(id="rd-20", lang="en", css="div", tag="Sichuan giant panda base welcomes record visitors - Sichuan Online",
 title="Chengdu panda base sees record visitors during May Day holiday", authors=[], time="2025-05-06 14:20",
 pre=['<div class="top w">SICHUAN ONLINE <a href="#">News</a> <a href="#">Travel</a> <a href="#">Culture</a> <a href="#">Photos</a></div>', '<div class="crumb">You are here: Home &gt; News</div>'],
 title_html='<h1>Chengdu panda base sees record visitors during May Day holiday</h1>',
 below='<div class="info">Source: Xinhua | 2025-05-06 14:20</div>',
 body=["The Chengdu Research Base of Giant Panda Breeding received more than 260,000 visitors during the five-day May Day holiday, a record for the period, according to the base.",
  "To ease crowding, the base introduced timed-entry tickets and extended opening hours to 8 p.m. Shuttle buses linked the base with two nearby metro stations, carrying about 40,000 passengers.",
  "Twin cubs born last summer were among the most popular attractions. Keepers said the pair, now weighing about 30 kilograms each, are in good health and have begun eating bamboo shoots.",
  "Tourism officials in Sichuan said the province received 41.5 million domestic trips over the holiday, up 7.3 percent from last year."],
 post=[related("Related", ["Sichuan opens new high-speed rail line to Xizang border area","Dujiangyan hosts water festival"]), footer(["Sichuan Online　蜀ICP备05002118号"])]))

PAGES.append(P(id="rd-21", css="table", tag="滁州：废弃矿山变身生态公园_滁州日报",
 title="废弃矿山变身生态公园", authors=["葛文静"], time="2025-08-11",
 pre=['<table class="w"><tr><td>滁州新闻网</td><td><a href="#">首页</a> <a href="#">滁州新闻</a> <a href="#">县区</a> <a href="#">图片</a></td></tr></table>'],
 title_html='<table class="w"><tr><td class="t">废弃矿山变身生态公园</td></tr>',
 below='<tr><td align="center">2025-08-11　　滁州日报　　点击：818</td></tr></table>',
 body=["盛夏时节，南谯区珠龙镇的石门山生态公园游人如织。谁能想到，五年前这里还是一片裸露的采石宕口。",
  "2020年起，南谯区对石门山废弃矿山实施综合治理，采用削坡减载、客土喷播、乔灌草结合等方式复绿，累计修复面积380亩，栽植乔木2.6万株。",
  "修复后的矿坑被改造成湖面，周边建起了步道、观景台和露营地。附近村民王秀兰在公园入口开了一家小吃店，“周末一天能卖两三千元，比种地强多了。”",
  "南谯区自然资源和规划局负责人介绍，全区已完成历史遗留废弃矿山治理23处，下一步将探索“生态修复+文旅”模式，让绿水青山持续释放经济效益。",
  ("by","（葛文静）")],
 post=['<table class="w"><tr><td>【<a href="#">关闭窗口</a>】</td></tr></table>', footer(["滁州日报社主办　皖ICP备05017893号"])]))

PAGES.append(P(id="rd-22", css="grid", tag="绵阳科技城：一批“硬科技”成果集中签约 - 四川新闻网",
 title="绵阳科技城一批“硬科技”成果集中签约", authors=["蒋梦瑶", "杜川"], time="2025年11月18日 21:03",
 pre=['<div class="top">四川新闻网 <a href="#">首页</a> <a href="#">四川</a> <a href="#">市州</a> <a href="#">登录</a></div>', '<div class="crumb">四川新闻网 &gt; 市州 &gt; 绵阳</div>'],
 title_html='<h1>绵阳科技城一批“硬科技”成果集中签约</h1>',
 below='<div class="meta"><span>2025年11月18日 21:03</span><span>来源：四川新闻网</span></div>',
 body=["四川新闻网绵阳11月18日讯（蒋梦瑶 杜川）18日，中国（绵阳）科技城科技成果转化对接会举行，现场集中签约项目36个，涉及先进材料、电子信息、核技术应用等领域，签约金额达到74亿元。",
  "签约项目中，一批来自科研院所的成果将在绵阳本地实现产业化。其中，一种新型耐高温陶瓷涂层技术已完成中试，预计明年形成年产值5亿元的生产能力。",
  "对接会还发布了科技城2025年技术需求清单，共征集企业技术难题128项，面向全国高校院所“揭榜挂帅”。",
  ("ul",["先进材料类项目11个，签约金额28亿元；","电子信息类项目14个，签约金额31亿元；","核技术应用及其他项目11个，签约金额15亿元。"]),
  "绵阳市科技局负责人表示，将完善成果转化服务体系，为落地项目提供场地、资金和人才全流程保障。"],
 post=['<p class="ed">责任编辑：何晓丽</p>', share(0), footer(["四川新闻网传媒（集团）股份有限公司　蜀ICP备05014052号"])]))

PAGES.append(P(id="rd-23", css="div", tag="固原：“小馍馍”做成“大产业” - 宁夏广播电视台",
 title="固原：“小馍馍”做成“大产业”", authors=["杨佳", "海涛"], time="2025/12/03 09:15",
 pre=['<div class="top w">宁夏广播电视台 <a href="#">直播</a> <a href="#">点播</a> <a href="#">新闻</a> <a href="#">节目</a></div>', '<div class="crumb">首页 &gt; 新闻 &gt; 地方</div>'],
 title_html='<h1>固原：“小馍馍”做成“大产业”</h1>', below='<div class="info">2025/12/03 09:15</div>',
 body=["清晨六点，固原市原州区一家食品加工厂里已是热气腾腾。揉面、成型、烘烤，一个个金黄的锅盔从生产线上下来，装箱后将发往北京、上海等地。",
  "“过去做锅盔是家家户户的手艺，现在我们有了标准化生产线，一天能产3万个。”企业负责人马文斌说，工厂带动周边120多名农村妇女就业，人均月收入3500元左右。",
  "近年来，固原市把特色面食作为乡村产业重点培育，建成面食加工企业46家，开设线上店铺300余家，去年特色面食销售额突破8亿元。",
  ("by","记者：杨佳 海涛")],
 post=['<p>编辑：丁宁</p>', footer(["宁夏广播电视台版权所有　宁ICP备05002165号　信息网络传播视听节目许可证：1704066"])]))

PAGES.append(P(id="rd-24", css="grid", tag="杭州：今年首批“共富工坊”名单公布_杭州网",
 title="杭州公布今年首批“共富工坊”名单", authors=["沈佳怡"], time="2025.06.30",
 pre=['<div class="top">杭州网 <a href="#">首页</a> <a href="#">杭州新闻</a> <a href="#">区县市</a> <a href="#">登录</a></div>'],
 title_html='<h1>杭州公布今年首批“共富工坊”名单</h1>',
 below='<div class="meta"><span>2025.06.30</span><span>来源：杭州日报</span><span>作者：沈佳怡</span><span>浏览：5627</span></div>',
 body=["日前，杭州市委组织部公布了2025年首批“共富工坊”名单，共有来自13个区县（市）的118家工坊入选。",
  "“共富工坊”是企业把适合的加工环节放到村里，由村集体提供场地、组织村民就近就业的一种模式。入选工坊主要涉及服装加工、电子元件组装、竹木制品和农产品分拣等。",
  ("tbl",[["区县（市）","入选数量"],["建德市","17"],["淳安县","15"],["桐庐县","14"],["临安区","12"]]),
  "据统计，首批入选工坊共吸纳农村劳动力6800余人，人均月增收2200元，其中低收入农户1100余人。",
  "市委组织部相关负责人表示，将对入选工坊给予场地改造、技能培训等支持，并实行动态管理。"],
 post=['<p class="ed">编辑：王琳</p>', share(3), footer(["杭州网　杭州日报报业集团主办　浙ICP备05028366号"])]))
