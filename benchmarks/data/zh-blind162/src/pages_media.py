# Media pages tg-13 … tg-24. All content invented.
PAGES = [
dict(id="tg-13", kind="media", layout="div", page_title="沈阳地铁6号线首批车辆抵沈 - 辽宁新闻 - 辽沈融媒网",
 css=".nav{background:#c8161d}",
 head=[("links", ["辽沈融媒网", "客户端下载", "登录", "注册"], " | "), ("nav", ["首页", "时政", "辽宁", "社会", "财经", "文旅", "视频", "评论"]), ("search", "输入关键词搜索")],
 crumb="辽沈融媒网 > 辽宁新闻 > 正文",
 title="沈阳地铁6号线首批车辆抵沈",
 info=["2025-03-15 08:12:37", "来源：辽沈融媒网", "作者：刘洋"], infosep="　",
 body="""　　本报讯（记者 刘　洋）3月14日凌晨，沈阳地铁6号线首列电客车经过长途运输，顺利抵达位于浑南区的车辆段。这标志着该线路由土建施工全面转入车辆调试阶段。
　　6号线是沈阳首条全线采用全自动运行系统的地铁线路，列车可实现自动唤醒、自动发车和自动回库。
　　据介绍，6号线全长29.3公里，设站22座，串联起于洪、皇姑、大东和浑南等城区。首批到达的车辆为6节编组B型车，最高运行时速80公里，车厢内设置了爱心专座、轮椅停放区和动态地图显示屏。
! 电客车吊装现场 || 3月14日凌晨，首列电客车在车辆段进行吊装。
　　“车辆到段后，我们将进行静态调试和动态调试，所有测试项目超过300项。”沈阳地铁集团车辆部负责人说，后续车辆将按计划陆续交付。
　　按照计划，6号线将于今年下半年开展空载试运行，年底前具备开通条件。届时，沈阳地铁运营里程将突破300公里，市民出行将更加便捷。""",
 after=["【责任编辑：韩雪】", ("links", ["分享到：", "微信", "微博", "QQ"], " "), ("list", "相关新闻", ["沈阳地铁4号线客流创新高", "沈阳今年将新开8条公交线路"])],
 side=[("list", "排行榜", ["辽宁发布春季森林防火令", "大连樱花季预计4月中旬开启"]), ("qr", "客户端二维码", "扫码下载客户端")],
 foot=["辽沈融媒网版权所有 未经授权禁止转载", "互联网新闻信息服务许可证：21120190001　辽ICP备13007851号", "违法和不良信息举报电话：024-22698181"],
 authors=["刘洋"], time="2025-03-15 08:12:37"),

dict(id="tg-14", kind="media", layout="app", page_title="舟山海岛民宿迎来早春预订潮",
 head=[("img", "潮新闻"), ("links", ["打开APP"], "")],
 title="舟山海岛民宿迎来早春预订潮",
 info=["潮新闻客户端", "2025-03-09 21:47"], infosep=" ", infopos="below",
 body="""x 记者 陈　晨　通讯员 叶　舟
　　春节刚过，舟山嵊泗、东极等海岛的民宿主们就忙碌起来。记者从当地文旅部门了解到，截至3月上旬，海岛民宿4月至5月的预订量同比增长近三成。
　　在嵊泗县花鸟岛，民宿主人王海波正忙着给房间更换床品。“清明和五一的周末基本订满了，很多客人是回头客。”他说，去年花鸟灯塔的夜景在网上走红，带火了岛上的民宿生意。
## 交通改善成关键
　　今年，舟山至嵊泗的高速客船增加了班次，旺季每天往返航班达到14个。东极岛也开通了直达航线，游客上岛时间缩短一个多小时。
## 避免“一房难求”
　　为应对客流高峰，嵊泗县推出民宿预订平台，实时显示空房信息，并提醒游客提前购买船票，避免“上得了岛、住不下房”。当地还组织民宿主开展服务培训，统一明码标价。
　　嵊泗县文旅部门负责人表示，今年还将推出渔家乐、海钓等特色体验项目，进一步延长游客停留时间。""",
 side=[("list", "更多推荐", ["杭州西湖边的玉兰开了", "温州：高铁新城项目加快建设"]), ("links", ["打开潮新闻，阅读体验更佳"], "")],
 foot=["本文为潮新闻原创，未经授权不得转载", "责任编辑：沈雁"],
 authors=["陈晨", "叶舟"], time="2025-03-09 21:47"),

dict(id="tg-15", kind="media", layout="resp", lang="en", page_title="Yunnan's coffee farmers turn to specialty beans - Yunnan Gateway",
 css=":root{--c:#d4892a}",
 head=[("img", "Yunnan Gateway"), ("nav", ["Home", "News", "Business", "Culture", "Travel", "Photos", "Video"]), ("search", "Search")],
 crumb="Home / Business",
 title="Yunnan's coffee farmers turn to specialty beans",
 info=["By Li Wen and Zhao Kai", "Updated: 2025-03-11 16:42", "Source: Yunnan Gateway"], infosep="lines",
 body="""Coffee growers in Pu'er, Yunnan province, are shifting from commodity beans to specialty lots as buyers in Shanghai and overseas pay more for traceable, carefully processed coffee.
Yunnan produces more than 95 percent of China's coffee. For years most of it was sold as cheap raw beans to trading companies, leaving farmers exposed to swings in world prices.
## Better processing, better prices
At a cooperative in Simao district, farmers now sort cherries by hand and dry them on raised beds. "We used to pick everything at once. Now we only pick the ripe red cherries," said Zhang Yuxiang, who manages 40 mu of coffee trees.
The extra work pays off. Specialty lots that score above 80 points in cupping tests sell for 50 to 60 yuan per kilogram, roughly double the price of ordinary beans.
! Coffee cherries drying || Coffee cherries dry on raised beds in Simao district. [Photo by Zhao Kai]
Local officials say the province plans to raise the share of specialty coffee to 30 percent of output by 2027, with training programs for growers and support for small roasters.""",
 after=[("links", ["Share:", "Facebook", "X", "LinkedIn"], " "), ("list", "Related", ["Kunming flower market sees spring rush", "Dali opens new cycling route around Erhai Lake"])],
 side=[("list", "Most Read", ["Yunnan railway links boost trade", "Wild elephants spotted in Xishuangbanna"])],
 foot=["Copyright © Yunnan Gateway. All rights reserved.", "滇ICP备10006512号"],
 authors=["Li Wen", "Zhao Kai"], time="Updated: 2025-03-11 16:42".replace("Updated: ", "")),

dict(id="tg-16", kind="media", layout="table", page_title="银川新闻网--银川：老旧小区改造惠及1.2万户居民",
 css=".nav{background:#004a7c}h1{color:#004a7c}",
 head=[("cells", ["银川新闻网", "2025年3月13日 星期四", "设为首页", "加入收藏"]), ("nav", ["首页", "银川新闻", "宁夏新闻", "国内", "国际", "专题", "图片", "视频"])],
 side=[("list", "今日要闻", ["银川河东机场新增两条航线", "贺兰山东麓葡萄酒节筹备启动", "银川发布春季交通出行提示"])],
 crumb="您现在的位置：首页 > 银川新闻",
 title="银川：老旧小区改造惠及1.2万户居民",
 info=["2025-03-13 10:08", "来源：银川日报", "作者：张瑞", "编辑：马晓"], infosep=" ",
 body="""　　今年，银川市计划改造老旧小区56个，涉及居民1.2万户，目前已有18个小区完成设计方案并进场施工。
　　在兴庆区文化东街一处建于上世纪90年代的小区，施工人员正在铺设新的供水管道。“以前一到冬天水管就冻，夏天下大雨楼道还渗水。”居民马秀兰说，这次改造把管网、外墙保温和路面都“翻新”了一遍，大家都很期待。
　　据银川市住房和城乡建设局介绍，今年的改造坚持“先地下、后地上”，优先解决供排水、燃气、供热等管网老化问题，同时增设充电桩、养老服务站和口袋公园。
　　为了让改造更贴合居民需求，各小区在施工前都召开了居民议事会，征求意见建议400余条。施工期间，社区还设置了临时便民通道和停车点，尽量减少对居民生活的影响。
　　按照计划，今年的改造项目将于10月底前全部完工。""",
 after=["银川日报记者 张　瑞", ("links", ["【打印】", "【关闭】", "【返回顶部】"], "")],
 foot=["银川新闻网版权所有", "宁ICP备09000326号　互联网新闻信息服务许可证编号：64120170002", "电话：0951-6075566"],
 authors=["张瑞"], time="2025-03-13 10:08"),

dict(id="tg-17", kind="media", layout="resp", page_title="视频｜大连星海湾海鸥回归 市民“喂鸥”要科学 - 大连广播电视台",
 css=":root{--c:#0058a3}.player{background:#000;color:#fff;height:120px}",
 head=[("img", "大连广播电视台"), ("nav", ["首页", "新闻", "直播", "点播", "大连新闻", "今日大连", "节目"]), ("links", ["登录", "APP下载"], " ")],
 crumb="首页 > 新闻 > 本地",
 title="视频｜大连星海湾海鸥回归 市民“喂鸥”要科学",
 info=["大连广播电视台", "2025年03月02日 19:26"], infosep=" · ",
 pre_body=[("html", "<div class=\"player\">视频加载中… 00:00 / 02:36</div>")],
 body="""　　近日，大批红嘴鸥从南方飞回大连，星海湾、东港一带又出现了人鸥同乐的场景。
　　记者在星海湾广场看到，不少市民和游客拿着面包、鸥粮投喂海鸥。一位带孩子来的市民说，每年这个时候都会来看海鸥，孩子特别喜欢。
　　不过，专家提醒，喂海鸥也要讲科学。大连市自然博物馆的鸟类专家介绍，面包、薯片等食物含盐、含油量高，海鸥吃多了容易生病，建议投喂专用鸥粮或小鱼小虾，并且不要用手直接投喂，以免被啄伤。
　　“海鸥是城市的客人，我们要文明观鸥，和它们友好相处。”这位专家说。据统计，今冬来大连越冬的红嘴鸥数量超过1万只，比去年有所增加。
　　此外，星海湾管理部门在岸边增设了提示牌，提醒游客不要跨越护栏、不要追逐惊扰海鸥。预计这批海鸥将在大连停留到4月中旬，随后继续向北迁徙。""",
 after=["记者：王楠 李想", "编辑：孙悦　审核：赵刚", ("links", ["分享：", "微信", "微博"], " ")],
 side=[("list", "热门视频", ["大连新闻 0301", "今日大连：春季招聘会现场火爆"])],
 foot=["大连广播电视台 版权所有", "信息网络传播视听节目许可证：0609001　辽ICP备11015432号", "辽公网安备 21020402000162号"],
 authors=["王楠", "李想"], time="2025年03月02日 19:26"),

dict(id="tg-18", kind="media", layout="div", page_title="浙江发布数字经济高质量发展新举措_杭州网",
 css=".nav{background:#e60012}.info{font-size:12px}",
 head=[("links", ["杭州网", "首页", "新闻", "城市", "生活", "杭网议事厅"], " "), ("search", "搜索"), ("nav", ["要闻", "杭州", "浙江", "国内", "国际", "财经", "文体"])],
 crumb="杭州网 > 新闻中心 > 浙江新闻",
 title="浙江发布数字经济高质量发展新举措",
 info=["2025-03-16 14:20:05", "来源：新华社", "我要分享"], infosep="　　",
 body="""　　新华社杭州3月16日电（记者 吴　帆）浙江省日前出台推动数字经济高质量发展的若干举措，提出到2027年，全省数字经济核心产业增加值占地区生产总值比重达到15%左右。
　　举措围绕人工智能、集成电路、工业互联网等领域，提出20条具体措施。其中，浙江将统筹建设算力基础设施，为中小企业提供普惠算力服务；对新认定的省级工业互联网平台给予最高500万元奖励。
　　在应用场景方面，浙江将每年发布一批人工智能应用场景清单，推动大模型在制造、医疗、教育、政务等领域落地。
　　人才方面，举措提出实施数字经济领军人才引育计划，对引进的顶尖人才团队给予最高1亿元综合资助，并支持高校扩大相关专业招生规模。
　　浙江省经济和信息化厅有关负责人表示，新举措注重“政策直达”，将通过“浙里办”平台实现惠企资金免申即享，让企业少跑腿。""",
 after=["责任编辑：何雨", ("list", "相关阅读", ["杭州人工智能产业规模突破3000亿元", "浙江：今年新增5G基站2万个"])],
 side=[("list", "图片新闻", ["西湖边春意浓", "钱塘江畔樱花开"])],
 foot=["杭州网版权所有", "浙ICP备09003156号-1　互联网新闻信息服务许可证：33120170003", "杭州网违法和不良信息举报电话：0571-85109960"],
 authors=["吴帆"], time="2025-03-16 14:20:05"),

dict(id="tg-19", kind="media", layout="table", page_title="七彩云南·云南台：西双版纳橡胶林下套种见成效",
 css=".nav{background:#2a8c3a}h1{color:#1d5c28}",
 head=[("img", "云南广播电视台 七彩云南"), ("nav", ["首页", "新闻", "云南新闻联播", "直播", "专题", "旅游"]), ("links", ["登录", "注册", "无障碍"], " | ")],
 crumb="当前位置：首页 >> 新闻 >> 云南新闻",
 title="西双版纳：橡胶林下套种见成效",
 info=["【来源：云南广播电视台】", "【时间：2025/03/08 20:31】", "【字号 大 中 小】"], infosep=" ",
 body="""　　走进西双版纳勐腊县的一片橡胶林，林下种着一排排砂仁、咖啡和茶叶，绿意盎然。近年来，当地推广橡胶林下套种模式，让一片林地产出多份收益。
　　勐腊县农业技术推广中心负责人介绍，橡胶树间距较大，林下光照和湿度适合砂仁、石斛等喜阴作物生长。目前，全县橡胶林下套种面积已超过8万亩，每亩可增收1500元左右。
　　为推广这一模式，县里组织农技人员进村入户开展培训，今年已举办培训班36期，培训胶农2800余人次。
　　勐捧镇胶农玉香说：“胶价不好的时候，林下的砂仁帮了大忙，去年光砂仁就卖了两万多元。”
　　林下套种不仅增加了收入，还减少了除草剂使用，改善了林地生态。下一步，当地将推广更多适合林下种植的品种，并与企业合作建设加工厂，提高产品附加值。
x （云南台记者 杨　雪　和　丽）""",
 after=["责编：李晴", ("links", ["上一篇", "下一篇"], "　")],
 foot=["云南广播电视台版权所有", "信息网络传播视听节目许可证：2508243　滇ICP备05004112号"],
 authors=["杨雪", "和丽"], time="2025/03/08 20:31"),

dict(id="tg-20", kind="media", layout="resp", page_title="固原：冷凉蔬菜育苗忙 - 宁夏新闻网",
 css=":root{--c:#c41230}",
 head=[("img", "宁夏新闻网"), ("nav", ["首页", "宁夏", "要闻", "市县", "经济", "社会", "文化", "评论", "数字报"]), ("search", "站内搜索")],
 crumb="宁夏新闻网 > 市县 > 正文",
 title="固原：冷凉蔬菜育苗忙",
 info=["来源：宁夏日报", "作者：马晓芳", "时间：2025年3月12日 07:58"], infosep="  ", infopos="below",
 body="""x 原标题：冷凉蔬菜育苗忙 春耕备耕抢先机
　　走进固原市原州区头营镇的蔬菜育苗基地，一排排育苗大棚内，辣椒、番茄、甘蓝幼苗长势喜人，工人们正在查看温湿度、调配营养液。
　　“今年我们计划育苗3000万株，订单已经排到了5月份。”基地负责人杨永福说，基地采用穴盘育苗和智能温控，出苗率提高到95%以上。
　　固原地处六盘山区，夏季凉爽，是全国重要的冷凉蔬菜产区之一。今年，全市计划种植冷凉蔬菜60万亩，其中供港蔬菜基地8万亩。
## 订单农业稳收益
　　为稳定农户收益，当地推行“企业+合作社+农户”的订单模式，种植前签订保底收购协议。去年，全市冷凉蔬菜产值达到42亿元，带动6万余户农户增收。
　　当前，固原正抓住有利时机，组织农技人员深入田间地头，指导农户做好整地、施肥等春耕准备工作。""",
 after=["编辑：冯丽", "审核：刘建", ("links", ["分享到：", "微信", "微博"], " "), ("list", "推荐阅读", ["中卫：沙坡头景区迎客流高峰", "石嘴山：新能源项目集中开工"])],
 side=[("list", "热点", ["宁夏两会", "黄河流域生态保护"]), ("qr", "宁夏日报客户端", "扫码下载")],
 foot=["宁夏新闻网版权所有", "互联网新闻信息服务许可证：64120170001　宁ICP备05001234号", "宁公网安备 64010402000025号"],
 authors=["马晓芳"], time="2025年3月12日 07:58"),

dict(id="tg-21", kind="media", layout="div", page_title="绍兴：古城河道迎来“体检” | 绍兴网",
 css=".nav{background:#3b3b8c}.cap{font-size:12px}",
 head=[("links", ["绍兴网", "绍兴日报", "越牛新闻", "数字报"], " · "), ("nav", ["首页", "新闻", "区县", "民生", "文旅", "视频"])],
 crumb="首页 > 新闻 > 民生",
 title="绍兴：古城河道迎来“体检”",
 info=["绍兴网", "2025-03-05 11:36", "记者 孙悦 通讯员 俞浩"], infosep="　",
 body="""　　3月4日，绍兴古城内的环山河、西小河等河道开始降水位清淤，这是绍兴古城河道每隔几年一次的“体检”。
! 河道清淤 || 工人在西小河开展清淤作业。记者 孙悦 摄
　　据了解，本次清淤涉及古城内14条河道，总长约21公里，预计清淤量4.5万立方米。施工期间，河道水位将下降约1米，部分游船线路暂停运营。
　　这也是绍兴古城近五年来规模最大的一次河道清淤，施工单位采取分段围堰、分段清淤的方式，确保河道水体流动。
　　“古城河道水流缓，淤泥积得快，定期清淤能改善水质，也能检查驳坎和桥梁的安全情况。”越城区水利局工作人员说。
　　清淤过程中，工作人员还将对沿河的古石桥、河埠头进行检查，对松动的驳坎石块进行加固。清出的淤泥经过脱水处理后，将用于园林绿化。
　　为减少对居民生活的影响，施工采用环保绞吸船，夜间不作业。清淤工程预计4月底完成，届时古城河道将重现清澈景象。""",
 after=["编辑：傅晓", ("list", "相关新闻", ["绍兴黄酒小镇春季游线发布", "鲁迅故里游客量创新高"])],
 side=[("list", "排行", ["绍兴地铁2号线最新进展", "绍兴今年计划新建公园20个"])],
 foot=["绍兴网版权所有　浙ICP备10023459号", "互联网新闻信息服务许可证：33120180012"],
 authors=["孙悦", "俞浩"], time="2025-03-05 11:36"),

dict(id="tg-22", kind="media", layout="table", lang="en", page_title="Ningxia expands solar power capacity - Ningxia Daily English",
 css="h1{font-family:Georgia,serif;color:#222;text-align:left}",
 head=[("cells", ["NINGXIA DAILY English", "Home", "Ningxia", "China", "Business", "Culture", "Photos"]), ("search", "Search")],
 crumb="Home > Business",
 title=["Ningxia expands solar power capacity", "as desert projects come online"],
 info=["Source: Xinhua", "Editor: Liu Jia", "March 12, 2025"], infosep=" | ",
 body="""YINCHUAN, March 12 (Xinhua) -- Northwest China's Ningxia Hui autonomous region added 2.8 million kilowatts of solar power capacity in the first two months of this year, as large projects in the Tengger Desert were connected to the grid.
The region's installed new energy capacity now exceeds 40 million kilowatts, accounting for more than half of its total power capacity, according to the regional development and reform commission.
Many of the new plants combine power generation with desert control. Grass and shrubs are planted between rows of solar panels, which reduce wind speed and evaporation.
"The panels provide shade, and the plants help fix the sand," said a project manager in Zhongwei city.
Ningxia also plans to build more energy storage facilities this year to reduce curtailment and send more green power to eastern provinces through ultra-high-voltage lines.""",
 after=[("links", ["Print", "E-mail", "Share"], " | ")],
 foot=["Copyright Ningxia Daily. All rights reserved.", "宁ICP备05001288号"],
 authors=[], time="March 12, 2025"),

dict(id="tg-23", kind="media", layout="table", page_title="丹东新闻网-鸭绿江边早春渔汛开捕",
 css="body{background:#ddd}h1{font-size:18px;color:#900}.info{text-align:left}",
 head=[("cells", ["丹东新闻网", "www.dandong-news.example", "2025年3月10日"]), ("nav", ["首页", "本地新闻", "社会", "县区", "图片", "论坛"])],
 side=[("list", "最新新闻", ["丹东至沈阳动车加开班次", "宽甸草莓采摘季开启", "东港港口货运量增长"])],
 crumb="首页 >> 本地新闻",
 title="鸭绿江边早春渔汛开捕",
 info=["发布时间：2025-03-10 09:02:44", "来源：鸭绿江晚报", "点击数：2316"], infosep="    ",
 body="""　　3月上旬，随着气温回升，鸭绿江入海口一带迎来早春渔汛。东港市北井子镇的渔民们赶早出海，收获了第一网银鱼和江虾。
　　凌晨四点多，渔民刘长海就驾船出发了。“开江鱼最鲜，今年第一网就打了二百多斤。”上岸后，他的渔获很快被等候的商贩收购一空，银鱼每斤卖到40元左右。
　　今年开江时间比往年略早，江水水质好，银鱼个头也比去年大一些。不少渔民说，这是一个好兆头。
　　据当地渔业部门介绍，早春渔汛通常持续一个月左右。为保护渔业资源，相关部门已提前对渔船进行安全检查，并加强对禁用网具的巡查。
　　“开江鱼”也吸引了不少游客。在东港的海鲜市场，很多市民专程赶来购买，一些饭店推出了“开江鱼宴”，生意红火。
　　当地渔业部门提醒，江面解冻初期水情复杂，渔民出海要注意安全，严格遵守作业规定。（王　刚　陈玉洁）""",
 after=["【发表评论】【打印】【关闭】"],
 foot=["丹东新闻网 版权所有", "辽ICP备06007182号"],
 authors=["王刚", "陈玉洁"], time="2025-03-10 09:02:44"),

dict(id="tg-24", kind="media", layout="resp", page_title="曲靖：马拉松赛事带火“跑游经济”｜珠江源融媒",
 css=":root{--c:#333}h1{font-weight:900}",
 head=[("img", "珠江源融媒"), ("nav", ["推荐", "曲靖", "县区", "服务", "视频", "专题"]), ("links", ["下载APP"], "")],
 title="曲靖：马拉松赛事带火“跑游经济”",
 kicker="珠江源融媒 · 深度",
 info=["文｜赵敏", "图｜钱程", "2025-03-17 20:15:00"], infosep="　",
 body="""　　3月16日，2025曲靖马拉松鸣枪开跑，来自全国的1.5万名跑者沿着南盘江和麒麟湖奔跑。赛事结束后，不少跑者没有急着离开，而是在曲靖多留了两三天。
## “为一场赛，赴一座城”
　　来自昆明的跑友周丹说：“跑完全马后和朋友去了会泽古城，又吃了地道的蒸饵丝，这一趟很值。”
　　据曲靖市文化和旅游局统计，赛事期间全市接待游客28.6万人次，同比增长21%，酒店入住率超过九成。
## 赛事+文旅的组合拳
　　为了留住跑者，曲靖推出凭参赛号码布免费游览多个景区的优惠政策，并在终点区设置特色美食街和非遗展示区。
- 凭号码布免费游览景区12个；
- 赛事期间推出“跑游”线路4条；
- 合作酒店给予跑者八折优惠。
　　业内人士认为，体育赛事正在成为城市文旅的新名片，如何把“流量”变成“留量”，还需在服务和产品上持续发力。""",
 after=["责任编辑：胡佳　审核：陶明", ("list", "更多阅读", ["曲靖：春季招聘会提供岗位1.2万个", "陆良：蚕豆丰收"])],
 side=[("qr", "珠江源融媒APP", "扫码下载")],
 foot=["曲靖日报社版权所有", "滇ICP备15004419号-2　互联网新闻信息服务许可证：53120180004"],
 authors=["赵敏"], time="2025-03-17 20:15:00"),
]
