# -*- coding: utf-8 -*-
"""Media pages sg-13 .. sg-24 (all invented). Markup as in pages_a."""

PAGES = [
dict(id="sg-13", kind="media", tpl="media_portal", site="淮溪日报网", province="江苏",
 title="淮溪港一季度集装箱吞吐量同比增长17.6%", authors=["顾明远", "吴海燕"], time="2025-04-09 08:32",
 info="spaced", info_pos="below", byline=None, byline_pos="inpara", source="淮溪日报", editor="编辑：钱一鸣",
 body="""本报讯（记者 顾明远 通讯员 吴海燕）记者从淮溪港口集团获悉，今年一季度，淮溪港完成集装箱吞吐量48.3万标箱，同比增长17.6%，创历史同期新高。
吞吐量快速增长，得益于航线网络的持续加密。年初以来，淮溪港新开通至日本、越南的2条近洋直航航线和1条内贸快线，航线总数达到38条。港口集团还与长江沿线6个港口开展“联动接卸”合作，通过“一次申报、一次查验、一次放行”，货物在港时间平均缩短了1.5天。
“以前我们的货要先拉到上海港出口，现在在家门口就能直接装船，每个柜子能省下800多元。”淮溪一家机械制造企业的物流经理说。
据介绍，淮溪港三期集装箱码头工程目前已完成总工程量的70%，预计年底投入试运营，届时港口集装箱年通过能力将提升至260万标箱。"""),

dict(id="sg-14", kind="media", tpl="media_flex", site="锦江新闻网", province="四川",
 title="锦江地铁9号线全线贯通 预计年内开通试运营", authors=["杨帆", "邓思远"], time="2025年06月18日 14:06",
 info="glued", info_pos="above", byline="记者 杨帆 邓思远", byline_pos="first", source="锦江晚报", editor="责任编辑：刘倩",
 body="""6月17日上午，随着最后一台盾构机在青龙场站顺利接收，锦江地铁9号线实现全线洞通，工程进入铺轨和机电安装阶段。
9号线全长28.6公里，设站21座，全部为地下线，串联起城北新区、老城区和天府科技城。全线贯通后，从城北的金牛湖站到南端的科技城站，乘车时间约45分钟，比地面公交缩短一半以上。
建设过程中，施工方克服了穿越富水砂卵石地层、下穿既有铁路和老旧居民区等多项难题。“我们在下穿锦江段时采用了冻结加固工法，施工期间地面沉降控制在3毫米以内。”项目总工程师赵立峰介绍。
据锦江轨道交通集团透露，9号线将于今年8月开始“冷滑”“热滑”试验，计划12月底开通试运营。届时，锦江地铁运营里程将突破400公里，城北新区群众进城通勤将更加便捷。
@盾构机接收现场|6月17日，盾构机在青龙场站破土而出。记者 杨帆 摄"""),

dict(id="sg-15", kind="media", tpl="media_portal", site="南海之声网", province="海南",
 title="海南自贸港今年上半年新增外资企业1286家", authors=[], time="2025-07-15 11:20:03",
 info="glued", info_pos="below", byline=None, byline_pos="none", source="新华社", editor="编辑：林小满",
 body="""新华社海口7月15日电 记者从海南省商务厅获悉，今年上半年，海南新设立外商投资企业1286家，同比增长21.4%；实际使用外资98.7亿元，继续保持较快增长势头。
从投资来源地看，来自新加坡、英属维尔京群岛、美国、韩国等国家和地区的投资较为活跃；从行业分布看，现代服务业吸引外资占比超过七成，其中租赁和商务服务业、批发和零售业、信息传输和软件服务业位居前三。
海南省商务厅有关负责人表示，随着全岛封关运作临近，零关税、低税率、简税制等政策红利持续释放，跨境资金流动、人员进出、数据流动等便利化措施不断落地，越来越多的外资企业选择在海南布局区域总部和运营中心。
下半年，海南将继续举办系列投资推介活动，推动一批外资项目签约落地。"""),

dict(id="sg-16", kind="media", tpl="media_table", site="陇原晚报", province="甘肃",
 title="兰州“牛肉面师傅”技能大赛落幕 56名选手同台竞技", authors=["马  骏"], time="2025年05月26日",
 info="spaced", info_pos="below", byline="文/图 本报记者 马  骏", byline_pos="first", source="陇原晚报", editor="一审：张立 二审：刘华 三审：王强",
 body="""拉面、抻面、下面、浇汤……5月25日，在兰州市第三届“牛肉面师傅”技能大赛决赛现场，56名选手同台竞技，一碗碗“一清二白三红四绿五黄”的牛肉面赢得现场观众阵阵喝彩。
本次大赛由兰州市人力资源和社会保障局、市商务局联合主办，分为理论考试和实操比赛两个环节。实操比赛中，选手需在规定时间内完成和面、醒面、拉面和调汤，并拉出毛细、二细、韭叶等不同面型，评委从面条粗细均匀度、口感、汤色和操作规范等方面打分。
“比赛不仅比手艺，也比卫生和服务。”大赛评委、中国烹饪大师李德福说，近几年年轻拉面师越来越多，技术也越来越规范。
经过激烈角逐，来自七里河区的24岁选手韩小龙获得一等奖。按照规定，获奖选手将被授予相应职业技能等级证书，并可享受技能人才相关补贴政策。
据了解，目前兰州共有牛肉面馆1500余家，从业人员超过2万人。"""),

dict(id="sg-17", kind="media", tpl="media_flex", site="江苏广电融媒", province="江苏",
 title="太湖蓝藻防控进入关键期 打捞船“日夜不歇”", authors=["钱蕾", "黄志刚"], time="2025.06.30 19:45",
 info="spaced", info_pos="below", byline="（记者 钱蕾 黄志刚）", byline_pos="closing", source="江苏广电融媒", editor="编辑：何佳",
 body="""入夏以来，气温持续升高，太湖蓝藻防控进入关键期。记者在太湖梅梁湾看到，十余艘蓝藻打捞船在湖面上往返作业，岸边的藻水分离站正满负荷运转。
“现在每天要打捞藻浆3000多吨，高峰期打捞船24小时轮班作业。”湖区蓝藻打捞队队长陈建国告诉记者，今年打捞队新增了6艘自动化打捞船，打捞效率比去年提高了约三成。
# 科技助力精准打捞
在无锡太湖生态环境监测中心，大屏幕上实时显示着湖区各点位的水质数据和卫星遥感图像。“通过卫星和无人机巡查，我们能提前6到12小时预判蓝藻聚集区域，及时调度打捞力量。”监测中心工作人员说。
# 藻泥变废为宝
打捞上来的藻浆经过藻水分离后，藻泥被运往处理厂制成有机肥料，分离出的尾水经处理达标后再排放，实现了资源化利用。
据介绍，今年以来太湖未发生大面积湖泛，主要饮用水源地水质保持稳定达标。"""),

dict(id="sg-18", kind="media", tpl="media_portal", site="川西在线", province="四川",
 title="雅安藏茶“出山”记：一片老茶叶走出新天地", authors=["泽仁卓玛", "李  涛"], time="2025/04/21 09:00",
 info="spaced", info_pos="above", byline="泽仁卓玛　李  涛", byline_pos="info", source="川西在线", editor="责编：冯晓",
 body="""清明前后，雅安名山区的茶山上，采茶工人正在抢抓时节采摘春茶。而在山下的藏茶厂房里，工人们正按照传统工艺对去年的老茶进行“渥堆”发酵。
藏茶是雅安的传统名茶，已有上千年历史，曾经主要通过茶马古道销往藏区。过去，藏茶包装简单、口感粗犷，在内地市场知名度不高。近年来，当地茶企在保留传统工艺的基础上，开发出袋泡茶、茶膏、冷泡茶等新产品，并通过电商平台和直播带货打开了年轻人市场。
“去年我们线上销售额占比已经超过40%，买家大多是二三十岁的年轻人。”一家藏茶企业负责人扎西平措说。
与此同时，雅安还把藏茶与文旅融合起来，建设茶马古道遗址公园和藏茶博物馆，推出“茶园研学”“古道徒步”等线路。2024年，雅安藏茶综合产值突破60亿元，带动茶农人均增收3800元。"""),

dict(id="sg-19", kind="media", tpl="media_en", site="Jiangsu Today", province="江苏", lang="en",
 title="Huaixi opens first hydrogen refueling station for heavy trucks", authors=["Chen Xiaoyu", "Zhou Lin"], time="March 21, 2025",
 info="spaced", info_pos="below", byline="By Chen Xiaoyu and Zhou Lin", byline_pos="info", source="Jiangsu Today",
 body="""The coastal city of Huaixi in Jiangsu province opened its first hydrogen refueling station for heavy-duty trucks on Thursday, as the port city steps up efforts to cut carbon emissions from freight transport.
The station, built by a local energy company next to the Huaixi Port logistics park, can supply up to 1,000 kilograms of hydrogen a day, enough to refuel about 40 heavy trucks. Refueling one truck takes around 15 minutes, roughly the same as filling up a diesel vehicle.
"Hydrogen trucks have a range of more than 400 kilometers, which fits the short-haul routes between the port and inland factories very well," said Wang Jun, the station's manager.
The city plans to put 300 hydrogen-powered trucks into service by the end of 2026 and build three more refueling stations along its main freight corridors. Operators who buy the vehicles can receive subsidies of up to 150,000 yuan per truck.
Jiangsu aims to have more than 50 hydrogen refueling stations in operation across the province by 2027, according to a provincial plan released last year."""),

dict(id="sg-20", kind="media", tpl="media_en", site="Hainan Global Post", province="海南", lang="en",
 title="Tourists flock to Hainan's duty-free malls during May Day holiday", authors=[], time="2025-05-06 10:32",
 info="glued", info_pos="above", byline="Source: Xinhua", byline_pos="info", source="Xinhua",
 body="""HAIKOU, May 6 (Xinhua) -- Offshore duty-free shops in Hainan province recorded sales of 2.1 billion yuan (about 290 million U.S. dollars) during the five-day May Day holiday, up 12.8 percent year on year, according to Haikou Customs.
About 320,000 shoppers made purchases at the island's 12 duty-free malls from May 1 to 5, with cosmetics, jewelry, watches and electronic products among the most popular goods.
"The prices here are lower than in my hometown, and there are many new brands," said Li Na, a tourist from Shanghai who was shopping at a duty-free mall in Sanya.
Since the offshore duty-free policy was upgraded in 2020, each traveler has been allowed to buy up to 100,000 yuan worth of duty-free goods a year. Customs officers said they had introduced self-service checkout and faster pickup at airports to handle the holiday rush.
Hainan is building itself into an international tourism and consumption center as part of its free trade port development."""),

dict(id="sg-21", kind="media", tpl="media_table", site="天水广播电视台", province="甘肃",
 title="天水麦积区：10万亩花牛苹果迎来疏花疏果关键期", authors=["赵  亮", "杨晓梅"], time="2025-04-28 18:20",
 info="glued", info_pos="below", byline="记者：赵  亮 杨晓梅", byline_pos="bottom", source="天水新闻", editor="编辑：王蕊",
 body="""眼下，天水市麦积区10万亩花牛苹果进入疏花疏果关键期，果农们抢抓农时在果园里忙碌，为全年丰产丰收打好基础。
在麦积区花牛镇的一处果园里，果农张建平正带着几名工人给果树疏果。“一个花序只留一个中心果，这样果子长得大、颜色好，能卖上好价钱。”张建平说，他家种了20亩花牛苹果，去年收入将近30万元。
为提高果品质量，麦积区农业技术推广中心组织50多名技术人员分片包村，深入果园开展现场指导，推广疏花疏果、果实套袋、水肥一体化等关键技术。区上还建设了3个数字化果园示范点，通过安装气象站、土壤墒情监测仪等设备，实现果园管理“看得见、算得准”。
花牛苹果是国家地理标志保护产品。2024年，麦积区苹果总产量达到28万吨，产值超过20亿元，果业已成为当地农民增收的支柱产业。"""),

dict(id="sg-22", kind="media", tpl="media_flex", site="琼州日报", province="海南",
 title="五指山茶农的“数字茶园”", authors=["符丽娟"], time="2025-03-27",
 info="spaced", info_pos="bottom", byline="（本报记者 符丽娟）", byline_pos="inpara", source="琼州日报", editor="审核：吴天亮",
 kicker="走基层·看变化",
 body="""清晨，五指山水满乡的茶园里云雾缭绕。黎族茶农王亚妹打开手机，查看茶园里的温度、湿度和土壤墒情数据，“以前靠天吃饭，现在看着手机就知道什么时候该浇水、该施肥。”
去年，水满乡在海拔700米以上的2000亩茶园里安装了物联网监测设备，茶农通过一个小程序就能随时掌握茶园情况。当地还建起了茶叶质量追溯系统，每一罐茶叶都有一个“身份证”，消费者扫码就能看到茶叶的产地、采摘时间和加工过程。
“有了追溯码，客人买得放心，我们的茶也卖得更贵了。”王亚妹说，她家的红茶去年每斤卖到了600元，比前年高出100多元。
目前，水满乡茶叶种植面积已达到1.1万亩，年产值超过2亿元，全乡近七成农户从事茶叶种植和加工。乡里正计划把数字化管理推广到全部茶园，并发展茶旅融合民宿，让游客走进茶园、体验制茶。（本报记者 符丽娟）"""),

dict(id="sg-23", kind="media", tpl="media_portal", site="金陵网", province="江苏",
 title="南京老城南“城市更新”片区焕新开街", authors=["刘  畅", "吴  楠"], time="2025年09月28日 09:15",
 info="glued", info_pos="above", byline="刘  畅 吴  楠", byline_pos="info", source="金陵晚报", editor="编辑：韩冰",
 body="""9月27日晚，南京老城南小西湖片区二期正式开街，修缮一新的青砖黛瓦、街巷院落迎来了第一批市民游客。
小西湖片区是南京城南保存较为完整的历史风貌区之一。与“大拆大建”不同，片区更新采用“小规模、渐进式、陪伴式”的方式，居民可以自主选择留下、置换或者搬迁。二期共修缮传统民居63处，保留居民112户，引入非遗工坊、独立书店、咖啡馆等新业态31家。
“住了大半辈子的老房子修好了，厨房卫生间都有了，邻居还是原来的老邻居。”78岁的居民徐奶奶说，开街后家门口热闹了，她还把自家一间房改成了小茶馆。
片区负责人介绍，更新过程中，设计团队和居民一起开了上百次“协商会”，每家每户的方案都经过反复沟通。开街期间，片区将举办秦淮灯彩展、白局演出等文化活动，持续到国庆假期结束。"""),

dict(id="sg-24", kind="media", tpl="media_table", site="川北日报网", province="四川",
 title="南充：“两江四岸”绿道全线贯通 串起城市滨水空间", authors=["唐  敏"], time="2025-05-12",
 info="spaced", info_pos="below", byline="川北日报全媒体记者　唐  敏", byline_pos="first", source="川北日报", editor="责任编辑：罗成",
 body="""5月11日，南充嘉陵江“两江四岸”滨江绿道最后一段——白塔公园至下中坝段建成开放，标志着全长62公里的滨江绿道全线贯通。
绿道沿嘉陵江两岸布设，串联起北湖公园、白塔公园、滨江湿地公园等12个公园，设置了骑行道、慢跑道和漫步道“三道分离”，沿线建有驿站18处、观景平台26处、公共厕所40座。
“以前江边有的地方杂草丛生，晚上都不敢来。现在每天吃完饭和老伴来走一圈，空气好，风景也好。”家住滨江路的市民陈大爷说。
在建设过程中，南充坚持生态优先，保留了原有的江滩湿地和大树，新增绿化面积约85万平方米，沿线还设置了鸟类观测点和科普展板。
据介绍，接下来南充将在绿道沿线引入文创、餐饮、体育等业态，举办滨江马拉松、骑行节等活动，让绿道真正成为市民休闲健身的“城市客厅”。"""),
]
