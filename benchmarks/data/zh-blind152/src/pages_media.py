"""Media pages uw-13 … uw-24. All content invented."""

PAGES = [
dict(id="uw-13", kind="media", tpl="media_central_2021", site="新华网", today="2025年03月13日",
     crumbs=["新华网", "地方", "新疆"],
     title="新疆阿勒泰：冬季冰雪旅游带火“夜经济”",
     info='2025-03-13 09:48:12　来源：新华网',
     time="2025-03-13 09:48:12", authors=["赵梓涵", "努尔兰·别克"],
     related=["新疆冬季旅游接待人次创新高", "喀纳斯景区推出冰雪研学线路"],
     footer=["Copyright © 2000-2025 XINHUANET.com　All Rights Reserved.", "制作单位：新华网新疆分公司"],
     after=["【责任编辑：吴  迪】"],
     body="""
新华社乌鲁木齐3月12日电（记者赵梓涵、努尔兰·别克）夜幕降临，阿勒泰市将军山脚下的冰雪夜市灯火通明，烤包子、冰糖葫芦、手工毡绣摊位前游客排起长队。
今年雪季，阿勒泰市依托将军山国际滑雪度假区，在景区入口广场打造冰雪夜市，引入本地餐饮、文创和非遗手工艺商户80余家，每晚营业至23时。
“白天滑雪，晚上逛夜市，一天安排得满满当当。”来自江苏的游客周凯说，夜市里还有冬不拉弹唱和民族舞蹈表演，感觉很有特色。
阿勒泰市文化体育广播电视和旅游局相关负责人介绍，截至3月上旬，今年雪季该市累计接待游客同比增长约三成，夜间消费占旅游消费的比重明显提升。
!! 3月11日，游客在阿勒泰市将军山冰雪夜市选购商品。新华社记者 赵梓涵 摄
下一步，当地将延长冰雪夜市运营时间，并在春季推出“雪山花海”主题夜游活动，推动冰雪旅游向四季旅游延伸。
"""),

dict(id="uw-14", kind="media", tpl="media_resp_2023", site="潮新闻",
     nav=["首页", "浙江", "时政", "经济", "社会", "视频"],
     crumbs=["首页", "浙江", "民生"],
     title="杭州地铁三期最后一条线路完成全线“电通”",
     info='<span>潮新闻客户端　记者　章宇航　通讯员　俞婷婷</span><span>2025年03月12日 19:06</span>',
     time="2025年03月12日 19:06", authors=["章宇航", "俞婷婷"],
     related=["杭州公交开通5条地铁接驳线", "杭州西站枢纽春季客流创新高"],
     footer=["浙江日报报业集团　版权所有", "浙ICP备13025634号　互联网新闻信息服务许可证：33120170001"],
     after=["编辑：程冰　审核：何斌"],
     body="""
3月12日，记者从杭州市地铁集团获悉，杭州地铁三期建设规划中最后一条线路日前完成全线“电通”，为后续“热滑”试验和系统联调打下基础。
“电通”是指线路供电系统送电成功，列车牵引所需电能可以正常输送到接触网。按照计划，该线路将在今年下半年开展空载试运行。
## 有哪些便民设计？
- 全线设置无障碍电梯和母婴室，部分站点增加非机动车停车区域；
- 与既有线路实现6个站点换乘，平均换乘步行距离控制在150米以内；
- 站厅引入智慧导引屏，实时显示车厢拥挤度。
“这条线路开通后，城西片区到钱塘江南岸的通勤时间可缩短20分钟左右。”杭州市地铁集团相关负责人说。
记者了解到，目前全线车站主体结构均已完工，装修工程完成约八成，机电设备安装正在加紧推进。地铁集团表示，将在确保安全和质量的前提下，全力推进各项收尾工作。
"""),

dict(id="uw-15", kind="media", tpl="media_tv_2019", site="河北广播电视台·冀时",
     nav=["首页", "新闻", "直播", "栏目", "冀时客户端"],
     title="保定：“专精特新”企业订单排到六月",
     info='2025-03-10 20:31:45 &nbsp;|&nbsp; 河北新闻联播 &nbsp;|&nbsp; 记者：庞 冲 孙雪梅',
     time="2025-03-10 20:31:45", authors=["庞冲", "孙雪梅"],
     related=["石家庄：首批“人形机器人”场景发布", "沧州港一季度吞吐量稳步增长"],
     footer=["河北广播电视台　版权所有", "冀ICP备05023211号　信息网络传播视听节目许可证：0308219"],
     after=["编辑：李洋"],
     body="""
【导语】开年以来，保定市“专精特新”企业生产经营持续向好，不少企业订单已经排到六月份。
在保定高新区一家新能源零部件企业，自动化生产线正在满负荷运转。企业负责人介绍，今年一季度订单同比增长三成以上，新开发的储能连接器已批量供应给长三角地区客户。
【同期】企业生产经理　郝建伟：我们现在实行两班倒，每天能产出12万件，还在抓紧扩建第二条生产线。
据了解，保定市目前共有省级以上“专精特新”企业600余家。今年，当地将通过技改补贴、知识产权质押融资、人才公寓等措施，支持企业加大研发投入，力争全年新增省级“专精特新”企业100家。
【同期】保定市工业和信息化局相关负责人：我们将建立重点企业包联服务机制，帮助企业解决用地、用工、融资等问题，让企业安心搞生产、抓订单。
"""),

dict(id="uw-16", kind="media", tpl="media_city_2017", site="贵阳网", today="2025年3月14日 星期五",
     nav=["首页", "贵阳新闻", "区县", "民生", "文旅", "视频"],
     crumbs=["首页", "贵阳新闻"],
     title="贵阳首批“口袋公园”升级改造完工",
     info='贵阳日报融媒体记者 吴 磊　　2025年03月11日　　来源：贵阳日报',
     time="2025年03月11日", authors=["吴磊"],
     prev="贵阳发布3月份城市道路施工计划", next="花溪区春季赏花攻略出炉",
     related=["贵阳新增5条城市绿道", "黔灵山公园春季开放时间调整"],
     footer=["贵阳日报传媒集团主办　贵阳网版权所有", "黔ICP备06005432号　互联网新闻信息服务许可证编号：52120170002"],
     after=["编辑：欧阳蕾"],
     body="""
本报讯　记者近日从贵阳市住房和城乡建设局获悉，该市首批12个“口袋公园”升级改造工程已全部完工并向市民开放。
此次改造的口袋公园分布在云岩区、南明区、观山湖区等6个区，多选址于老旧社区周边的闲置边角地块。改造中，设计团队增设了儿童游乐设施、健身步道和休憩座椅，并结合贵阳多雨的气候特点，加装了风雨连廊。
“以前这里是堆杂物的空地，现在一出门就有地方散步。”家住南明区花果园片区的市民杨秀芬说。
根据计划，贵阳今年还将新建和改造口袋公园30个，让市民“推窗见绿、出门入园”。
据了解，口袋公园改造坚持“一园一策”，在征求周边居民意见的基础上确定设计方案，并同步明确了日常管护责任单位。市住建局还开通了意见反馈渠道，市民可通过“贵阳12345”热线反映公园管理中的问题。
"""),

dict(id="uw-17", kind="media", tpl="media_en", site="China Daily Zhejiang",
     nav=["HOME", "NEWS", "BUSINESS", "CULTURE", "TRAVEL"], lang="en",
     crumbs=["Home", "News", "Regional"],
     title="Ningbo port handles record container volume in first two months",
     info='By <a href="#">CHEN MEILIN</a> in Ningbo and <a href="#">JIANG XUE</a> | chinadaily.com.cn | Updated: 2025-03-12 17:20',
     time="2025-03-12 17:20", authors=["CHEN MEILIN", "JIANG XUE"],
     related=["Zhejiang exports of new energy vehicles surge", "Hangzhou launches AI industrial park"],
     footer=["Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC)."],
     body="""
Ningbo-Zhoushan Port handled 6.1 million twenty-foot equivalent units of containers in the first two months of the year, up 9.8 percent year-on-year, according to the port operator.
The growth was driven by new shipping routes to Southeast Asia and Latin America, as well as rising demand for exports of home appliances and electric vehicles from the Yangtze River Delta.
!! Container ships berth at a terminal of Ningbo-Zhoushan Port in Zhejiang province on March 10. [Photo provided to China Daily]
"We opened four new international routes in January alone," said Li Hongtao, a manager at the port's marketing department. "Our rail-sea intermodal services also grew quickly, bringing more cargo from inland provinces."
The port has been upgrading its automated terminals, with remote-controlled cranes now operating at three berths.
"""),

dict(id="uw-18", kind="media", tpl="media_en_2", site="iTianshan English", today="Friday, March 14, 2025",
     nav=["Home", "Xinjiang", "China", "Culture", "Photos"], lang="en",
     crumbs=["Home", "Xinjiang"],
     title="Turpan grape growers prepare vines for new season",
     info='Source: Xinhua　|　2025-03-09 11:02:34',
     time="2025-03-09 11:02:34", authors=[],
     related=["Xinjiang's apricot blossom season to start early April", "Kashgar old city sees tourism boom"],
     related_head="More News",
     footer=["Sponsored by Xinjiang Daily | Copyright © iTianshan. All Rights Reserved.", "新ICP备15001234号"],
     after=["Editor: Zhao Yang"],
     body="""
URUMQI, March 9 (Xinhua) -- As temperatures rise in Turpan, a city known as China's "hometown of grapes", farmers have started lifting vines out of the soil where they were buried to survive the winter.
In Putaogou Village, dozens of villagers worked in the fields on Saturday, uncovering the vines, trimming branches and repairing trellises.
"We need to finish this before mid-March, otherwise the buds may be damaged," said villager Abdurehim Tursun, who grows grapes on 1.3 hectares of land.
Local agricultural technicians are visiting farms to promote drip irrigation and new pruning methods, which can save water and improve fruit quality.
Turpan has more than 30,000 hectares of vineyards, and the grape industry is a major source of income for local farmers.
"""),

dict(id="uw-19", kind="media", tpl="media_portal_2014", site="长城网",
     nav=["首页", "河北", "时政", "社会", "财经", "文化", "冀云"],
     crumbs=["长城网", "河北新闻", "社会"], hot=["河北春季招聘会时间表", "石家庄地铁新线进展", "雄安新区建设新进展"],
     title="邯郸一小区停车难题这样化解",
     kicker="【民生调查】",
     info='2025-03-08 14:27 &nbsp; 来源：长城网·冀云客户端 &nbsp; 作者：邢梦瑶',
     time="2025-03-08 14:27", authors=["邢梦瑶"],
     related=["邯郸新增公共停车泊位3000个"],
     footer=["河北长城网传媒有限公司版权所有", "冀ICP备09004321号-1　冀公网安备13010802000321号"],
     after=["责任编辑：田  丰"],
     body="""
晚上8点，邯郸市丛台区某小区门口，车主王先生轻松把车停进了小区旁新建的立体停车库。“以前每天下班都要转好几圈才能找到车位，现在方便多了。”他说。
这个建成于上世纪九十年代的小区共有住户680户，而原有车位不足200个，停车难一度成为居民反映最集中的问题。
## 社区牵头“找”空间
去年，社区联合物业公司和周边单位，对小区及周边闲置空间进行摸排，最终在一处废弃锅炉房旧址上建起一座三层立体车库，新增车位126个，并与附近两家单位签订夜间错时共享停车协议。
## 居民参与定规则
车位如何分配、收费标准怎么定，都经过居民代表大会讨论表决。最终确定按月租赁、优先保障本小区居民，月租金低于周边市场价。
社区党支部书记韩丽萍表示，下一步还将增设充电桩，满足新能源汽车充电需求。
"""),

dict(id="uw-20", kind="media", tpl="media_radio_2015", site="浙江之声",
     nav=["首页", "新闻", "节目", "主持人", "活动"],
     crumbs=["首页", "新闻频道", "浙江新闻"], hot=["07:00 浙江新闻联播", "08:00 早安浙江", "12:00 新闻午报"],
     title="丽水山区首条低空物流航线开通",
     info='浙江之声记者 叶  青 &nbsp; 通讯员 蓝晓东 &nbsp;&nbsp; 2025-03-06',
     time="2025-03-06", authors=["叶青", "蓝晓东"],
     footer=["浙江广播电视集团　版权所有", "浙ICP备05018234号"],
     after=["编辑：孙茜"],
     body="""
昨天上午，一架载着药品和快递包裹的无人机从丽水市景宁畲族自治县县城起飞，20分钟后平稳降落在海拔900多米的大均乡一处山村。这标志着丽水山区首条低空物流航线正式开通。
过去，从县城到这个村，山路弯弯绕绕，快递车单程要一个多小时。无人机航线开通后，常用药品、生活物资可以实现“当日达”。
“老人们买药不用再托人带了。”村党支部书记雷建华说。
据介绍，这条航线由当地邮政部门与一家无人机企业合作运营，每天往返4个架次，单次最大载重15公斤。今年，景宁计划再开通5条低空物流航线，覆盖更多偏远乡村。
景宁县相关负责人介绍，低空物流航线不仅解决了山区群众“买药难、取件难”的问题，也为农产品“出山”提供了新通道。下一步，村里的香菇、茶叶等土特产也可以通过无人机运往县城。
"""),

dict(id="uw-21", kind="media", tpl="gov_leader_2018", site="天山网",
     nav=["首页", "新疆", "时政", "经济", "文化", "兵团", "视频"],
     crumbs=["首页", "新疆新闻", "经济"],
     title="喀什综合保税区一季度进出口保持增长",
     info='天山网-新疆日报　　2025年3月13日 10:22　　记者　买买提江·阿不都　巴音',
     time="2025年3月13日 10:22", authors=["买买提江·阿不都", "巴音"],
     related=["新疆外贸进出口再创新高", "霍尔果斯口岸中欧班列通行量增长"],
     footer=["新疆日报社主办　天山网版权所有", "新ICP备12000321号　互联网新闻信息服务许可证编号：65120170001"],
     after=["（编辑：贺  江）"],
     body="""
记者从喀什综合保税区管委会了解到，今年以来，该区企业进出口保持增长势头，1—2月进出口额同比增长18.6%，其中出口主要为服装、电子产品和农副产品加工品。
在保税区内一家服装加工企业车间，工人们正在赶制发往中亚国家的春季订单。企业负责人说，依托保税政策，原辅料进口可以享受保税，节约了资金成本，企业今年计划新增两条生产线。
近年来，喀什综合保税区加快发展加工制造和跨境电商，已吸引入驻企业120余家。管委会相关负责人表示，将进一步提升通关便利化水平，推动“保税+”新业态发展。
据了解，今年喀什综合保税区还将推进跨境电商公共服务平台建设，引导更多企业开展“保税备货”“直购进口”等业务，同时加强与周边国家的物流通道对接，进一步降低企业物流成本。
"""),

dict(id="uw-22", kind="media", tpl="gov_dept_2016", site="金华新闻网", today="2025年3月14日",
     nav=["首页", "金华新闻", "县市区", "社会", "教育", "健康"],
     crumbs=["首页", "金华新闻"],
     title="义乌小商品出口首站迎来“开门红”",
     info='金华日报　2025年03月05日　星期三　&nbsp;&nbsp;&nbsp;记者　傅雯婕',
     time="2025年03月05日　星期三", authors=["傅雯婕"],
     prev="金华市区首批公共充电桩投用", next="兰江春季禁渔期开始",
     footer=["金华日报社主办　金华新闻网版权所有", "浙ICP备06003211号　浙公网安备 33070202000111号"],
     after=["责任编辑：方昊"],
     body="""
本报讯　记者　傅雯婕　3月4日，满载圣诞饰品、五金工具和小家电的中欧班列从义乌西站驶出，前往西班牙马德里。这是今年以来义乌开行的第100列中欧班列，比去年提前了12天。
今年1—2月，义乌市进出口总值同比增长14.2%，其中对共建“一带一路”国家进出口增长超过两成。
国际商贸城经营户陈晓丽告诉记者，年后外商来得早，很多订单在春节前就已下好，“现在每天都在备货、发货。”
义乌市商务局有关负责人表示，今年将继续加密海外仓布局，新增市场采购贸易联网信息平台服务功能，帮助经营户拓展海外市场。
记者在义乌国际陆港看到，集装箱堆场里一派繁忙景象，吊装设备来回穿梭。陆港工作人员介绍，今年以来义乌至中亚、欧洲方向的班列运量持续增长，新开辟的线路也在加紧筹备中。
"""),

dict(id="uw-23", kind="media", tpl="gov_town_plain", site="毕节日报·洪流网",
     nav=["首页", "毕节新闻", "县区动态", "图片", "专题"],
     crumbs=["首页", "毕节新闻"], side=["毕节新闻", "县区动态", "图说毕节", "评论"],
     title="威宁高原冷凉蔬菜抢抓农时开种",
     info='<span>时间：2025-03-07 08:12:05</span> <span>来源：毕节日报</span> <span>作者：龙  菲　杨  帆</span> <span>阅读量：2316</span>',
     time="2025-03-07 08:12:05", authors=["龙菲", "杨帆"],
     footer=["毕节日报社版权所有　联系电话：0857-8220123", "黔ICP备10201234号-1"],
     after=["编辑：赵  芳　　二审：何  文　　三审：罗  杰"],
     style={"img": "p"},
     body="""
连日来，在威宁彝族回族苗族自治县草海镇、小海镇的蔬菜基地里，农户们起垄、覆膜、移栽，一派繁忙景象。
!! 农户在基地移栽甘蓝苗
威宁平均海拔2200米，夏季凉爽，是发展高原冷凉蔬菜的理想之地。今年，该县计划种植蔬菜60万亩，其中甘蓝、白菜、萝卜等主导品种占七成以上。
“我们提前与广东、重庆的客商签了订单，按保底价收购，种起来心里有底。”小海镇一家合作社负责人马永强说。
为保障春耕用工，当地组织农机合作社开展代耕代种服务，并在重点基地设立技术服务点，帮助农户解决育苗、施肥等问题。
威宁县农业农村局相关负责人表示，今年将重点推广测土配方施肥和病虫害绿色防控技术，同时加快建设产地冷库和分拣中心，提高蔬菜商品化处理能力，让高原蔬菜卖出好价钱。
"""),

dict(id="uw-24", kind="media", tpl="gov_table_2012", site="衡水新闻网",
     nav=["首页", "本地新闻", "县域经济", "教育", "衡水湖", "图片"],
     crumbs=["首页", "本地新闻"],
     title="衡水湖迎来大批北迁候鸟",
     info='来源：衡水日报　作者：刘彦超　发布时间：2025年3月3日 9:41',
     time="2025年3月3日 9:41", authors=["刘彦超"],
     related=["衡水湖湿地保护条例修订征求意见", "衡水湖马拉松报名启动"],
     footer=["衡水日报社主办　衡水新闻网版权所有", "冀ICP备08001122号"],
     after=["责任编辑：高洁"],
     style={"indent": True},
     body="""
惊蛰将至，衡水湖国家级自然保护区迎来候鸟北迁高峰。连日来，大批豆雁、灰鹤、白琵鹭等候鸟在湖区停歇、觅食，构成一幅生机勃勃的春日画卷。
保护区监测人员介绍，2月下旬以来，湖区累计监测到北迁候鸟60余种、6万余只，其中国家一级重点保护野生动物青头潜鸭、东方白鹳等数量较往年明显增加。
为保障候鸟安全停歇，保护区加强了巡护力度，在重点区域增设视频监控点位，并提醒游客观鸟时保持距离，不投喂、不惊扰。
近年来，衡水湖持续推进退耕还湿、生态补水等工程，湿地生态环境不断改善，已成为华北地区重要的候鸟迁徙停歇地。
保护区管理中心提醒，候鸟迁徙期间，市民游客可在指定观鸟点观赏，请勿擅自进入核心区，不得使用无人机近距离拍摄。发现受伤或被困的鸟类，请及时拨打保护区救助电话。
"""),
]
