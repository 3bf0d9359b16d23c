# media pages tr-13 .. tr-24
K = "media"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
MEDIA = [
dict(id="tr-13", kind=K, lang="zh", tpl="modern", title="浙江“千万工程”再升级：今年新建未来乡村320个",
 authors=["沈一鸣","钱晓红"], time="2026-11-28 07:02",
 top="<b>浙江新潮网</b> <a href='#'>下载客户端</a> <a href='#'>登录</a>",
 nav=["首页","浙江","时政","经济","社会","文化","视频"], crumb="浙江新潮网 > 浙江 > 正文",
 info_pos="below", info="<span>2026-11-28 07:02</span><span>来源：浙江新潮报</span><span>记者 沈一鸣 钱晓红</span>",
 body="""本报杭州11月27日讯　记者从省农业农村厅获悉，今年我省新建未来乡村320个，累计达到1520个，覆盖全省所有县（市、区）。
## 从“美丽乡村”到“未来乡村”
“以前说的是把村子搞干净，现在要让村子有产业、有人气、有未来。”省农业农村厅相关负责人介绍，未来乡村建设聚焦“一老一小”服务、数字化应用和共富产业，每个村至少引进或培育1个带动力强的经营主体。
在安吉县溪龙乡，白茶数字化工厂带动全村年人均可支配收入突破6万元；在松阳县，一批古村落通过民宿、写生基地重新热闹起来。
## 下一步：让青年回得来
省里明年将实施“乡村新青年”计划，力争新引进乡村CEO、农创客等青年人才1万名。专家认为，人才是未来乡村可持续发展的关键，要在住房、社保、创业贷款等方面给予更多支持。""",
 post=["责任编辑：蒋　琳"],
 share="<a href='#'>微信</a><a href='#'>微博</a><a href='#'>复制链接</a>", related=["我省发布未来乡村建设指南","千万工程二十年启示录"], rel_head="延伸阅读",
 footer=["浙江新潮网版权所有　未经授权禁止转载","互联网新闻信息服务许可证：33120180009　浙ICP备06003218号　浙公网安备33010602000532号","违法和不良信息举报电话：0571-8530xxxx"]),

dict(id="tr-14", kind=K, lang="zh", tpl="div", title="山东港口集装箱航线总数突破360条",
 authors=["鲁  平"], time="2026年11月26日 15:48",
 top="<b>大众新闻网</b> <a href='#'>山东</a>·<a href='#'>齐鲁</a>",
 nav=["首页","山东新闻","国内","国际","财经","体育"], navsep=" | ", crumb="大众新闻网 &gt;&gt; 山东新闻 &gt;&gt; 正文",
 info="2026年11月26日 15:48　来源：大众新闻网　作者：鲁  平",
 body="""大众新闻网讯　11月26日，记者从山东港口集团获悉，截至目前，山东港口集装箱航线总数达到362条，其中外贸航线263条，覆盖全球180多个国家和地区的700多个港口。
今年以来，山东港口新开通青岛至南美西、日照至东南亚等集装箱航线27条，“一带一路”沿线航线占比超过四成。前10个月，山东港口完成集装箱吞吐量3380万标准箱，同比增长7.6%。
“航线越密，企业出口越方便，物流成本也越低。”青岛一家轮胎出口企业负责人说，现在货物从工厂到装船最快只要1天。
山东港口集团表示，将继续加密航线网络，推进智慧港口建设，年内力争航线总数达到370条。""",
 post=["责任编辑：王　珂"],
 related=["青岛港自动化码头再创世界纪录","日照港开通新航线"], side="<b>24小时热闻</b><ol><li>冬季流感高发</li><li>高铁新线开通</li></ol>",
 footer=["大众新闻网 版权所有","鲁ICP备09012531号　信息网络传播视听节目许可证1502003","举报邮箱：jubao@example.com"]),

dict(id="tr-15", kind=K, lang="zh", tpl="modern", title="重庆轨道交通27号线全线贯通 计划明年6月开通运营",
 authors=["陈　曦","李学文"], time="2026-11-25 18:20:33",
 top="<b>华龙新视网</b> <span>重庆市重点新闻网站</span>",
 nav=["首页","重庆","区县","财经","房产","评论","视频"], crumb="首页 / 重庆 / 城建",
 info_pos="below", info="<span>来源：华龙新视网</span><span>2026-11-25 18:20:33</span><span>编辑：黄莉</span>",
 pre=["华龙新视网-新重庆客户端11月25日18时讯（记者 陈　曦 通讯员 李学文）"],
 body="""今日，随着最后一个盾构区间顺利贯通，重庆轨道交通27号线实现全线洞通，工程进入轨道铺设和机电安装阶段，计划明年6月开通运营。
27号线全长约54公里，设站22座，是重庆首条采用最高时速140公里A型车的市域快线，串联起璧山、沙坪坝、渝北等区域。建成后，璧山城区到江北机场的轨道出行时间将缩短至50分钟左右。
施工方介绍，线路穿越中梁山、铜锣山两座山脉，隧道地质条件复杂，建设团队采用超前地质预报和智能盾构等技术，确保了施工安全。
|项目|数据
|线路长度|约54公里
|车站数量|22座
|设计时速|140公里
目前，重庆轨道交通运营里程已超过600公里。""",
 share="<a href='#'>分享到微信</a> <a href='#'>分享到微博</a>",
 footer=["华龙新视网版权所有","渝ICP备05003471号　互联网新闻信息服务许可证编号：50120170001","<span>扫码下载新重庆客户端</span>"]),

dict(id="tr-16", kind=K, lang="zh", tpl="table", title="银川今冬首场降雪 环卫工人连夜除雪保畅通",
 authors=["马  丽","赵建军"], time="2026-11-22",
 top="<b>宁夏网讯</b>　<a href='#'>宁夏日报报业集团主办</a>",
 nav=["首页","宁夏新闻","银川","民生","图片","专题"], crumb="<b>您现在的位置：</b>宁夏网讯 &gt; 宁夏新闻 &gt; 民生",
 info_pos="below", info="时间：2026-11-22 来源：宁夏网讯 作者：马  丽 赵建军 <a href='#'>【我要纠错】</a>",
 body="""11月21日夜间，银川市迎来今冬首场降雪。为保障市民出行，银川市城市管理局连夜启动除雪应急预案，出动环卫工人4800余人、除雪机械260余台。
@img 环卫工人在北京路清扫积雪|11月22日凌晨，环卫工人在北京路清扫积雪。马丽 摄
“雪从晚上10点开始下，我们11点就上路了。”金凤区环卫工人杨桂花一边撒融雪剂一边说。
截至22日早7时，全市主次干道、桥梁、坡道等重点路段积雪基本清除，公交线路运行正常。
气象部门提醒，未来三天气温持续偏低，最低气温可达零下14摄氏度，请市民注意防寒保暖，出行注意安全。""",
 post=["编辑：李娜　校对：周敏"],
 footer=["宁夏网讯 版权所有　宁ICP备06000412号","互联网新闻信息服务许可证号：64120170002　宁公网安备64010402000211号"]),

dict(id="tr-17", kind=K, lang="en", tpl="modern", title="Zhejiang's digital trade exports top 300 billion yuan",
 authors=["Lin Xiaoyu","Daniel Brooks"], time="2026-11-27 10:15",
 top="<b>ZJ Daily Online</b> <a href='#'>中文</a> <a href='#'>Subscribe</a>",
 nav=["Home","Zhejiang","China","Business","Culture","Travel"], crumb="Home / Business",
 info_pos="below", info="<span>By Lin Xiaoyu and Daniel Brooks</span><span>Updated: 2026-11-27 10:15</span><span>Source: ZJ Daily</span>",
 body="""Zhejiang province's digital trade exports exceeded 300 billion yuan ($41.8 billion) in the first 10 months of the year, the provincial department of commerce said on Wednesday.
The figure marks a rise of 11.4 percent year-on-year, with cross-border e-commerce accounting for more than half of the total.
"Small manufacturers in Yiwu and Yongkang now sell directly to buyers in Latin America and the Middle East," said Zhou Hui, an official with the department. "They no longer need several layers of middlemen."
## Platforms go global
Digital services such as online games, software and cloud computing also grew quickly. Hangzhou-based companies signed overseas service contracts worth 46 billion yuan in the period.
Analysts say the province's lead in logistics and payment systems gives it an advantage, but warn that rising trade barriers could slow growth next year.""",
 post=["Editor: Wang Qian"],
 share="Share: <a href='#'>Facebook</a> <a href='#'>X</a> <a href='#'>LinkedIn</a>", related=["Yiwu traders embrace AI translation","Hangzhou hosts digital economy forum"], rel_head="Related Stories",
 footer=["Copyright 2026 ZJ Daily. All rights reserved.","浙ICP备06002210号-5"]),

dict(id="tr-18", kind=K, lang="en", tpl="div", title="Ningxia wine region draws record number of visitors",
 authors=[], time="2026-11-24 16:40", 
 top="<b>YELLOW RIVER NEWS</b> | English Edition <a href='#'>中文版</a>",
 nav=["Home","News","Economy","Culture","Photos","Video"], navsep=" | ", crumb="You are here: Home > News",
 info="<span>Xinhua</span> | <span>2026-11-24 16:40</span>",
 body="""YINCHUAN, Nov. 24 (Xinhua) -- The wine region at the eastern foot of the Helan Mountains in Northwest China's Ningxia Hui autonomous region received more than 1.6 million tourists in the first 10 months of this year, a record high, local authorities said.
The region, home to over 260 wineries, has developed wine tasting, vineyard hiking and harvest festivals to attract visitors.
"Many guests come for the wine and stay for the desert scenery," said Ma Jun, manager of a winery in Yongning county.
Wine tourism revenue reached 2.1 billion yuan ($292 million) in the period, up 18 percent year-on-year. The region plans to build more guesthouses and improve transport links to the vineyards.""",
 post=["Editor: Li Hong"],
 side="<b>Most Popular</b><ul><li>Desert railway opens</li><li>Goji harvest</li></ul>",
 footer=["Copyright © Yellow River News. All Rights Reserved.","宁ICP备09001233号"]),

dict(id="tr-19", kind=K, lang="zh", tpl="modern", title="东营黄河口湿地迎来越冬候鸟高峰",
 authors=["孙晓东"], time="2026-11-21 20:31", 
 top="<b>齐鲁视听网</b> <span>山东广播电视台</span> <a href='#'>直播</a> <a href='#'>节目单</a>",
 nav=["首页","新闻","综艺","直播","纪录片","闪电号"], crumb="首页 - 新闻 - 正文",
 info_pos="above", info="<span>2026-11-21 20:31</span><span>齐鲁视听网</span><span>记者：孙晓东</span><span>播放：3.2万</span>",
 pre=["<img alt='视频：黄河口湿地候鸟' src='"+GIF+"'> 00:00 / 02:35"],
 body="""【导语】入冬以来，黄河三角洲国家级自然保护区迎来越冬候鸟迁徙高峰。监测数据显示，目前保护区内候鸟数量已超过40万只，其中包括东方白鹳、丹顶鹤等国家一级保护动物。
【正文】清晨，在保护区大汶流管理站，成群的白鹤在滩涂上觅食，不时振翅高飞。保护区工作人员刘伟告诉记者，近年来通过退养还滩、生态补水，湿地面积不断扩大，鸟类栖息环境明显改善。
今年，保护区新建鸟类监测点12处，利用AI识别系统实现了全天候监测。保护区鸟类种类已由建区时的187种增加到373种。
【同期】保护区工作人员 刘伟：我们每天都要巡护，看看鸟的数量和健康情况，发现受伤的鸟会及时救护。""",
 post=["编辑：张静怡"],
 related=["黄河口生态旅游区获评国家5A级景区","记者探访湿地巡护员的一天"], rel_head="相关视频",
 footer=["山东广播电视台 版权所有　信息网络传播视听节目许可证：1503003","鲁ICP备05010278号-1　鲁公网安备37010202000445号"]),

dict(id="tr-20", kind=K, lang="zh", tpl="table", title="重庆开州：柑橘进入采摘季 电商订单火爆",
 authors=["王  鑫"], time="2026-11-19 09:05:00",
 top="<b>重庆网络广播电视台</b> <a href='#'>CBG</a>",
 nav=["首页","新闻","区县","直播","专题","互动"], crumb="当前位置：首页 &gt; 区县新闻",
 info="来源：开州区融媒体中心&nbsp;&nbsp;发布时间：2026-11-19 09:05:00&nbsp;&nbsp;作者：王  鑫",
 body="""眼下，重庆开州区20多万亩柑橘陆续成熟，进入采摘季。在大进镇柑橘基地，果农们忙着采摘、分拣、装箱，一派丰收景象。
“今年雨水调和，果子糖度高，一斤能卖到4块多。”种植大户冉启明说，他的300亩果园今年预计产量60万斤。
为拓宽销路，开州区组织电商企业开展直播带货，开通冷链专线，消费者下单后48小时内就能收到新鲜柑橘。据统计，今年开州柑橘线上订单已超过120万单，同比增长35%。
当地农业部门负责人介绍，开州将继续推进柑橘品种改良和品牌建设，让“开州春橙”“开州沃柑”走向全国市场。""",
 post=["责任编辑：周诗雨"],
 footer=["重庆网络广播电视台 版权所有","渝ICP备12002516号　广播电视节目制作经营许可证（渝）字第00133号"]),

dict(id="tr-21", kind=K, lang="zh", tpl="div", title="温州：“瓯江夜游”带火冬季文旅消费",
 authors=["林思琪"], time="2026.11.23",
 top="<b>温州新闻在线</b> <a href='#'>温州日报</a> <a href='#'>温州都市报</a> <a href='#'>温州商报</a>",
 nav=["首页","温州","县域","民生","文旅","图片"], crumb="温州新闻在线 › 文旅 › 正文",
 info="<span>2026.11.23</span> <span>温州日报</span> <span>记者 林思琪</span> <span><a href='#'>评论</a></span>",
 body="""夜幕降临，瓯江两岸灯光次第亮起。11月22日晚，“瓯江夜游”游船码头游客排起长队，不少人专程从外地赶来。
“江心屿的灯光秀特别美，还能吃到地道的温州小吃。”来自上海的游客陈女士说。
今年以来，温州推出“瓯江夜游＋”系列产品，将游船、街区、演艺和美食串联起来。截至目前，“瓯江夜游”接待游客超过85万人次，带动周边夜间消费约3.4亿元。
- 推出“夜游＋演艺”：江心屿实景演出每晚两场；
- 推出“夜游＋美食”：五马街区夜市营业至凌晨1点；
- 推出“夜游＋住宿”：游船套票包含沿江酒店优惠。
温州市文化广电旅游局相关负责人表示，将持续丰富夜间文旅业态，打造“不夜温州”城市名片。""",
 post=["编辑：胡晓"],
 related=["温州入选国家级夜间文旅消费集聚区"],
 footer=["温州新闻在线 版权所有","浙ICP备05061528号　浙公网安备33030202000811号　互联网新闻信息服务许可证：33120180012"]),

dict(id="tr-22", kind=K, lang="zh", tpl="modern", title="从“一张网”到“一朵云”：济南数字政府建设纪实",
 authors=["张晓峰","刘　婷","郑　源"], time="2026年11月20日 08:30", title_html="从“一张网”到“一朵云”：<br>济南数字政府建设纪实",
 top="<b>泉城网</b> <span>济南新闻门户</span> <a href='#'>爆料</a>",
 nav=["首页","济南","深度","区县","教育","健康"], crumb="泉城网 > 深度",
 info_pos="below", info="<span>2026年11月20日 08:30</span><span>来源：济南日报</span>",
 pre=["济南日报记者 张晓峰 刘　婷 通讯员 郑　源"],
 body="""办营业执照不用跑窗口，领补贴不用填表格，看病不用带病历本……在济南，越来越多的事情“掌上办”“一次办”。
## 数据多跑路，群众少跑腿
济南市大数据局介绍，全市已汇聚政务数据超过120亿条，打通了43个部门的业务系统。今年以来，“泉城办”APP累计办件量达到3600万件，较去年同期增长42%。
“以前办个新生儿落户要跑三个地方，现在手机上十分钟就办完了。”市民高先生说。
## 城市有了“智慧大脑”
在济南城市运行管理中心，一块大屏实时显示着交通、供水、燃气等运行数据。一旦某处出现积水或拥堵，系统会自动派单给相关部门处置。
专家指出，数字政府建设不仅是技术升级，更是治理方式的变革，下一步要在数据安全和隐私保护上下更大功夫。""",
 post=["编辑：徐敏　审核：周杨"],
 share="<a href='#'>分享</a> <a href='#'>收藏</a> <a href='#'>点赞 88</a>",
 footer=["泉城网 版权所有 未经授权不得转载","鲁ICP备11007789号　互联网新闻信息服务许可证37120170008"]),

dict(id="tr-23", kind=K, lang="zh", tpl="table", title="固原：冷凉蔬菜“东菜西运”年销量突破80万吨",
 authors=["海小燕"], time="2026/11/18 11:22",
 top="<b>六盘山在线</b>　固原市融媒体中心主办",
 nav=["首页","固原要闻","县区","农业","图说固原"], crumb="位置：首页 &gt; 固原要闻 &gt; 内容",
 info_pos="below", info="[ 2026/11/18 11:22 ]　[ 作者：海小燕 ]　[ 来源：固原日报 ]　[ 点击数：731 ]",
 body="""固原讯（记者 海小燕）今年以来，固原市冷凉蔬菜种植面积稳定在60万亩，年销量突破80万吨，产品远销广东、福建、香港等地。
固原地处六盘山区，夏季平均气温在20℃左右，昼夜温差大，蔬菜品质好、口感佳。每年7月至10月，正值南方蔬菜淡季，固原的芹菜、西兰花、娃娃菜通过冷链运往全国。
原州区头营镇蔬菜种植户杨志强说：“今年我种了120亩西兰花，收购商直接到地头收，一亩地纯收入4000多元。”
目前，全市建成蔬菜产地冷藏保鲜设施230座，培育蔬菜种植合作社180家，带动3.2万户农户增收。""",
 post=["编辑：马东"],
 footer=["固原市融媒体中心 版权所有","宁ICP备13000854号　宁公网安备64040202000175号"]),

dict(id="tr-24", kind=K, lang="zh", tpl="app", title="杭州亚运场馆变身全民健身中心 年接待市民超千万人次",
 authors=["潘逸飞"], time="2026-11-26 21:17",
 top="<a href='#'>打开杭城眼APP</a> 阅读体验更佳",
 info="<span>杭城眼</span> <span>记者 潘逸飞</span> <span>2026-11-26 21:17</span> <span>浙江</span>",
 body="""杭州奥体中心体育馆里，羽毛球场地座无虚席；黄龙体育中心游泳馆，晨泳的市民排起了队……亚运会闭幕三年多来，杭州的亚运场馆持续向市民开放，成为全民健身的热门去处。
据杭州市体育局统计，今年全市56个亚运场馆累计接待市民1120万人次，其中免费或低收费开放时段占比超过40%。
“下班后花20块钱就能打两个小时羽毛球，比商业球馆便宜一半。”在滨江区工作的程序员小吴说。
为提高场馆利用率，杭州还引入专业运营团队，举办演唱会、电竞比赛和展会，实现了以馆养馆。""",
 post=["编辑：陈雪　审核：沈涛"],
 share="<a href='#'>👍 1.2万</a> <a href='#'>评论 356</a> <a href='#'>分享</a>",
 related=["杭州新增社区运动场120个","亚运遗产如何持续发光"], rel_head="相关推荐",
 footer=["杭城眼 © 2026　浙ICP备18022143号-4"]),
]
