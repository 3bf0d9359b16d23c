"""Media pages ro-13 … ro-24 (all invented; ro-19, ro-20 English)."""
MF = lambda site: {}
PAGES = [
dict(id="ro-13", kind="media", prov="tj", tpl="media_div", site="海河晚报网", crumbs=["首页", "津城", "民生"],
 pre="老旧小区改造惠及两万余户居民", title="津城今年将完成86个小区“焕新”", sub="加装电梯、增设充电桩、打通消防通道同步推进",
 authors=["许可", "孙浩然"], time="2025-03-20 07:32", meta=[("来源", "海河晚报"), ("编辑", "田甜")],
 editline="责任编辑：田甜", related=["城市更新项目集中开工", "加装电梯补贴标准公布"],
 body="""
本报讯（记者 许　可 通讯员 孙浩然）记者昨天从市住房城乡建设部门获悉，今年我市计划完成86个老旧小区改造任务，涉及居民2.3万户，目前已有41个小区进场施工。
今年的改造坚持“先民生后提升”，重点对小区内的供水、排水、供热、燃气管线等基础设施进行更新，同时结合居民意愿加装电梯、建设停车位和电动自行车充电设施。
在河东片区的一个改造小区，施工人员正在拆除楼道里私拉乱接的线缆。居民刘阿姨说：“以前一下雨楼前就积水，这回下水道全换了新的，心里踏实多了。”
市住房城乡建设部门有关负责人表示，改造过程中将全程接受居民监督，每个小区都成立由居民代表参加的监督小组，工程完工后由居民参与验收打分。
据介绍，全部改造任务将于今年11月底前完成。
"""),
dict(id="ro-14", kind="media", prov="sx", tpl="media_app", site="三晋观察客户端",
 title="太原西山生态修复区迎来首批观鸟爱好者", authors=["郭晓峰", "武静"], time="2025/04/06 12:00",
 meta=[("记者", "郭晓峰 武　静")], views="阅读 1.6万", editline="编辑：乔楠　审核：冯志军",
 related=["汾河湿地发现国家二级保护鸟类", "春季赏花地图出炉"], foot={"copy": "三晋观察 版权所有", "icp": "晋ICP备16057329号"},
 body="""
清晨六点，太原西山生态修复区的柳林湾湿地还笼罩在薄雾中，二十多位观鸟爱好者已经架好了望远镜和相机。
“快看，那是一对鸳鸯！”退休教师马建华压低声音招呼同伴。他告诉记者，自己观鸟十多年，过去要跑到外省才能拍到的鸟，如今在家门口就能看到。
十多年前，这里还是废弃的采石场和矿渣堆。经过持续治理，修复区累计植树造林1.2万亩，建成大小湿地7处，目前已记录鸟类146种，比治理前增加了近两倍。
为了减少对鸟类的干扰，管理方在湿地周边设置了隐蔽观鸟屋和木栈道，并规定春季繁殖期内禁止使用无人机和播放鸟鸣音频。
修复区工作人员介绍，下一步将联合高校开展鸟类多样性监测，并在五一假期前推出面向中小学生的自然观察课程。
观鸟爱好者们也自发组成志愿者队伍，定期在湿地周边捡拾垃圾、劝导游客，为鸟类守护这片来之不易的家园。
"""),
dict(id="ro-15", kind="media", prov="jx", tpl="media_div", site="赣江在线", crumbs=["首页", "财经"],
 title="江西前4个月外贸进出口同比增长9.2%", authors=[], time="2025年05月12日 16:40", meta=[("来源", "赣鄱通讯社")],
 related=["一季度全省经济运行稳中向好", "赣企“出海”订单饱满"], editline="（编辑：曾凡）",
 body="""
赣鄱通讯社南昌5月12日电　记者从南昌海关获悉，今年前4个月，江西货物贸易进出口总值1763.5亿元，同比增长9.2%，增速高于全国平均水平。
其中，出口1208.1亿元，增长10.6%；进口555.4亿元，增长6.3%。民营企业进出口1328.9亿元，增长12.4%，占全省外贸总值的75.4%，主体地位进一步巩固。
从商品结构看，锂电池、太阳能电池、电动载人汽车等“新三样”产品合计出口214.7亿元，增长18.9%；机电产品出口增长11.2%。
从市场分布看，江西对东盟、欧盟、非洲进出口分别增长13.7%、8.1%和21.5%，对共建“一带一路”国家进出口占比提升至56.2%。
海关有关负责人表示，将继续推进通关便利化改革，支持企业拓展多元市场，推动外贸保稳提质。
"""),
dict(id="ro-16", kind="media", prov="gs", tpl="media_div", site="陇原日报网", crumbs=["首页", "甘肃", "乡村振兴"],
 title="高原夏菜搭上“直通车”", sub="定西冷链物流园日均发货超千吨", byline_top="□ 本报记者　马　兰　文/图",
 authors=["马兰"], time="2025年05月18日 15:20", meta=[("来源", "陇原日报")], editline="责任编辑：李文博",
 related=["甘肃高原夏菜首批上市", "冷链物流补短板"],
 body="""
初夏时节，定西市安定川区冷链物流园内，一辆辆满载西兰花、娃娃菜的冷藏车有序驶出，12小时后，这些蔬菜将出现在长三角、珠三角的超市货架上。
! 工人在分拣包装高原夏菜 | 工人在分拣包装高原夏菜。
物流园负责人王立强介绍，园区建有预冷库、分拣中心和冷藏库，蔬菜从田间采收后两小时内就能进入预冷环节，损耗率从过去的15%降到了5%以下。
“以前菜贩子来收，价格说变就变。现在和园区签了订单，价格有保底，心里有底。”种植户张有福今年种了40亩西兰花，预计收入比去年多出两万元。
今年以来，园区已与全国17个城市的商超和农产品批发市场建立合作关系，日均发货量超过1000吨，带动周边1.6万户农户种植高原夏菜。
为保障蔬菜品质，园区还建立了农残快速检测室，每批次蔬菜出库前都要经过抽检，检测合格后贴上追溯二维码，消费者扫码即可查询产地和采收时间。
! 冷藏车在物流园装车 | 冷藏车在物流园装车。
"""),
dict(id="ro-17", kind="media", prov="tj", tpl="media_app", site="津云新闻",
 title="海河夜游航线再添新码头", title2="市民游客可“一票游三岸”", byline_end="（记者 韩冬 通讯员 张丽 李　达）",
 authors=["韩冬", "张丽", "李达"], time="2025-05-18 21:03:45", meta=[("来源", "津云新闻")], views="阅读 3.2万",
 related=["五一假期天津接待游客创新高", "海河游船推出夜间演艺"], foot={"copy": "津云新闻 版权所有", "icp": "津ICP备13004962号"},
 body="""
5月18日晚，海河夜游航线新建的古文化街码头正式启用，市民游客乘船即可串联起古文化街、意式风情区和解放桥三大片区。
新码头采用亲水平台设计，配有无障碍通道和候船廊亭。游船公司推出“一票游三岸”联票，游客可在24小时内多次上下船，在三个片区停留游览。
“坐船看夜景，再上岸吃个夜宵，很方便。”来自河北的游客赵女士一家特意选择了夜游项目。
据统计，今年以来海河游船累计接待游客超过46万人次，同比增长27%。码头启用后，航线日运力将提高约三成。
游船公司相关负责人介绍，下一步还将推出亲子主题航线和水上音乐会等特色产品，并在节假日适当加密班次，满足市民游客的出行需求。
市交通运输部门提醒，夜间乘船请听从工作人员指挥，穿好救生衣，不要在船舷边倚靠或拍照。
"""),
dict(id="ro-18", kind="media", prov="sx", tpl="media_div", site="晋声网", crumbs=["首页", "评论"],
 title="让“小切口”撬动基层治理“大变化”", authors=["周晋平"], time="2025.06.01", time_print="2025.06.01",
 meta=[("作者", "周晋平"), ("来源", "晋声网")], editline="编辑：王璐",
 related=["评论：把群众的小事当成大事办", "评论：为基层减负要落到实处"],
 body="""
近来，我省不少地方在基层治理中探索“小切口”改革：有的社区设立“楼栋议事会”，有的村推行“积分超市”，有的街道开通“接诉即办”热线。这些做法看似细微，却实实在在解决了群众身边的烦心事。
基层治理千头万绪，最怕的是大而化之、空喊口号。从小处着手，就是要把群众最关心、最直接、最现实的问题找准，一件一件抓落实。一盏路灯、一处积水、一个停车位，解决好了，群众的获得感就实实在在。
检验“小切口”改革成效，关键要看群众满不满意。让群众参与议事、评价打分，把评判权交给群众，改革才有生命力。
当然，“小切口”不等于小打小闹。要防止把创新做成盆景，避免一阵风式的“形象工程”，更要注重制度化、长效化，把好经验好做法固定下来、推广开来。
基层是国家治理的“最末梢”，也是联系群众的“最前沿”。期待更多的“小切口”，撬动基层治理的“大变化”。
"""),
dict(id="ro-19", kind="media", lang="en", prov="jx", tpl="en", site="Ganjiang Daily English", crumbs=["Home", "Business"],
 title="Jiangxi porcelain town draws young artisans back home", byline_top="By LIU FANG in Jingdezhen, Jiangxi",
 authors=["LIU FANG"], time="2025-06-09 10:21", meta=[("Source", "Ganjiang Daily")], editline="Editor: Wen Jie",
 related=["Ceramic fair opens in Jiangxi", "Young people find jobs in craft tourism"],
 foot={"copy": "Copyright 2025 Ganjiang Daily. All rights reserved.", "icp": "赣ICP备15008214号"},
 body="""
When Zhou Yiran quit her design job in Shanghai three years ago and returned to her hometown, her parents were worried. Today her small studio in an old kiln compound employs eight people and sells hand-painted teacups to buyers across the country.
Zhou is one of more than 30,000 young people who have moved to the porcelain town in the past decade, according to the local culture and tourism bureau. Many of them run studios, open stalls at weekend markets or sell their work through livestreaming.
"Rent is low, the raw materials are right here and the old masters are willing to teach," Zhou said. "For a ceramic artist, there is no better place."
Local authorities have converted disused factories into creative parks offering shared kilns, training courses and start-up loans. Last year the town's ceramics industry generated revenue of about 78 billion yuan.
Experts say the challenge now is to protect traditional techniques while encouraging innovation, so that the craft can continue to attract the next generation.
"""),
dict(id="ro-20", kind="media", lang="en", prov="gs", tpl="en", site="Longyuan News English", crumbs=["Home", "China", "Gansu"],
 title="Solar farms bring new income to Gobi villages", authors=["Ma Jun", "Aygul Mamat"], time="Jul 3, 2025", time_print="Jul 3, 2025",
 meta=[("By", "Ma Jun and Aygul Mamat")], editline="Edited by Chen Lu",
 related=["Gansu's new energy capacity tops record", "Wind power base expands in Jiuquan"],
 foot={"copy": "Copyright © Longyuan News. All Rights Reserved.", "icp": "陇ICP备17002581号"},
 body="""
Rows of solar panels stretch to the horizon in the Gobi Desert near Jiuquan, in Northwest China's Gansu province, where villagers have found new ways to earn money from land once considered barren.
Under a program launched in 2021, local households lease collectively owned land to energy companies and receive annual rent. Many villagers also work as panel cleaners and maintenance staff.
"I used to herd sheep and earned very little. Now I have a stable salary and my family gets a share of the rent," said Wang Haiyan, a 46-year-old resident of one village.
Some farms have also planted forage grass and medicinal herbs under the panels, which reduce evaporation and help hold down the sand.
Local officials said the province plans to add more than 10 gigawatts of new energy capacity this year while expanding programs that share the benefits with rural residents.
"""),
dict(id="ro-21", kind="media", prov="tj", tpl="media_div", site="北方都市网", crumbs=["首页", "文化"],
 title="对话非遗传承人：一根面塑针捏出百态人生", byline_end="文/图 本报记者 陈　晨", authors=["陈晨"],
 time="2025-07-12 09:48", meta=[("来源", "北方都市报")], editline="责任编辑：高原",
 related=["天津非遗购物节开幕", "年画里的津门故事"],
 body="""
在南开区一间不足二十平方米的工作室里，面塑艺人杜桂兰正低头捏制一组《津门八景》。手指翻飞间，一位撑船的老艄公便栩栩如生地站在了案头。
## 记者：您是怎么走上面塑这条路的？
杜桂兰：我小时候跟着姥爷赶庙会，他在摊位上捏面人，我就在旁边看。十几岁开始自己琢磨，一晃已经捏了四十多年。
## 记者：传统手艺怎样吸引年轻人？
杜桂兰：光靠情怀不行，得让作品跟年轻人的生活连起来。这几年我们捏动画人物、捏城市地标，在网上很受欢迎。我还在三所小学开了兴趣课，每周去上课。
## 记者：您最大的心愿是什么？
杜桂兰：希望有更多年轻人愿意坐下来，把这门手艺学扎实。只要有人学，面塑就不会断。
采访结束时，杜桂兰把刚捏好的一只小老虎送给记者。她笑着说，这是送给读者的礼物，也是她对这门老手艺最朴素的祝福。
! 杜桂兰在创作面塑作品 | 杜桂兰在创作面塑作品。
"""),
dict(id="ro-22", kind="media", prov="sx", tpl="media_app", site="黄河晨报",
 title="晋城上半年新能源汽车销量同比翻番", authors=["赵雅琴"], time="2025-08-04 17:26",
 meta=[("黄河晨报记者", "赵雅琴")], related=["充电桩进小区试点启动", "以旧换新补贴申领指南"],
 foot={"copy": "黄河晨报社 主办", "icp": "晋ICP备12003617号-2"},
 body="""
记者从晋城市商务局获悉，今年上半年，全市新能源汽车销量达1.84万辆，同比增长103%，新能源汽车在新车销量中的占比首次超过四成。
| 车型 | 上半年销量（辆） | 同比增长
| 纯电动乘用车 | 10512 | 86%
| 插电式混合动力乘用车 | 7036 | 148%
| 新能源商用车 | 852 | 41%
业内人士分析，销量快速增长主要得益于汽车以旧换新补贴政策持续发力、充电基础设施不断完善以及车企密集推出新车型。
截至6月底，全市已建成公共充电桩4200余个，实现乡镇充电设施全覆盖。市商务局表示，下半年将联合各大车企举办多场汽车消费节，进一步释放汽车消费潜力。
不少市民表示，新能源汽车用车成本低，小区和单位附近充电越来越方便，家里第二辆车首选新能源车型。
"""),
dict(id="ro-23", kind="media", prov="jx", tpl="media_div", site="豫章网", crumbs=["首页", "社会"],
 title="暑期防溺水，这些知识请转给孩子", time="2025-07-21 11:02:17", authors=["钟毅", "黄晓婷"],
 meta=[("来源", "江城晚报"), ("编辑", "邹敏")], related=["夏季高温健康提示", "景区安全检查全面展开"],
 body="""
暑假来临，孩子们户外活动增多，溺水事故进入高发期。南昌市消防救援支队提醒家长和孩子，务必牢记防溺水安全知识。
- 不私自下水游泳；
- 不擅自与他人结伴游泳；
- 不在无家长或教师带领的情况下游泳；
- 不到无安全设施、无救护人员的水域游泳。
消防救援人员介绍，发现有人溺水时，未成年人不要贸然下水施救，应立即大声呼救并拨打119或110，可以向落水者抛掷救生圈、木板、绳索等漂浮物。
专家提醒，家长是孩子的第一监护人，暑假期间要切实履行监护责任，随时掌握孩子的去向，经常提醒孩子远离危险水域。
近期，南昌市已在主要河湖沿岸设置警示牌1800余块，配备救生圈、救生杆等设施，并组织志愿者开展巡河劝导。（江城晚报全媒体记者 钟　毅 实习生 黄晓婷）
"""),
dict(id="ro-24", kind="media", prov="gs", tpl="media_app", site="丝路新闻",
 title="张掖七彩丹霞景区暑期游客量创新高", authors=["古丽娜·艾买提", "马国栋"], time="2025-9-2 8:05",
 meta=[("记者", "古丽娜·艾买提"), ("通讯员", "马国栋")], views="阅读 5126",
 related=["甘肃文旅推出秋季线路", "河西走廊自驾游升温"], foot={"copy": "丝路新闻 版权所有", "icp": "陇ICP备19004427号-1"},
 body="""
记者从张掖七彩丹霞景区获悉，今年7月至8月，景区共接待游客128.6万人次，同比增长16.8%，暑期游客量创历史新高。
为应对客流高峰，景区提前开通了两条新的观光车线路，增设临时停车场3处，并实行分时段预约入园，游客排队时间明显缩短。
景区还推出了日落观景、星空露营、研学课堂等新产品。每天傍晚，四号观景台上聚满了等待拍摄日落的游客。
“第一次来就被震撼到了，颜色比照片上还漂亮。”来自广东的游客林先生说。
据了解，今年暑期，景区周边的民宿、农家乐入住率普遍在九成以上，不少村民通过经营民宿、售卖特产、提供摄影服务等方式增加了收入。
景区负责人表示，将持续提升服务质量，进一步完善旅游厕所、母婴室等配套设施，让游客游得舒心、玩得开心。
"""),
]
