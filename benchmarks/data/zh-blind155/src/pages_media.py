M = "media"
PAGES = [
dict(id="uz-13", kind=M, tpl="portal", authors=["王  磊", "赵一鸣"], time="2025-05-22 07:58",
 top=["东北网", "黑龙江新闻网", "客户端", "登录"], banner=["东北网 | 黑龙江重点新闻网站"], nav=["首页", "黑龙江", "国内", "国际", "财经", "文旅", "视频"],
 crumb="东北网 > 黑龙江 > 要闻",
 title="哈尔滨新区首批数据要素企业集中签约",
 info=["2025-05-22 07:58　来源：黑龙江日报　作者：王  磊 赵一鸣"],
 body="""本报讯（记者王磊 赵一鸣）21日，哈尔滨新区举行数据要素产业项目集中签约活动，18家数据服务、算力、人工智能企业与新区签订入驻协议，协议总投资额达46亿元。
据了解，此次签约项目涵盖数据标注、行业大模型训练、工业互联网平台等方向。新区将为入驻企业提供算力券、租金减免和人才公寓等支持。
签约现场，新区还与省内三所高校签署了数据人才联合培养协议，将共建实训基地，每年定向培养数据工程、算法开发等方面专业人才500名以上，为入驻企业提供人才支撑。
“寒地气候让数据中心的制冷成本大幅下降，这是我们选择这里的重要原因。”一家算力企业负责人说。
新区管委会相关负责人表示，下一步将加快建设数据交易服务中心，推动政务、交通、医疗等领域公共数据有序开放，力争到年底集聚数据企业100家以上。""",
 after=["责任编辑：孙  悦"], share=["分享到：", "微信", "微博"], related=["黑龙江发布数字经济三年行动方案", "哈尔滨获批国家级算力枢纽节点"],
 side=[("东北网热榜", ["松花江开江观景攻略", "龙江夏季旅游线路发布"])],
 footer=["东北网版权所有 未经授权禁止转载", "互联网新闻信息服务许可证：2312XXXX　黑ICP备0500XXXX号", "违法和不良信息举报电话：0451-XXXXXXXX"]),

dict(id="uz-14", kind=M, tpl="modern", authors=["许晓彤"], time="2025-06-02 21:15",
 top=["南方+", "下载客户端", "登录"], banner=["南方+ 南方日报客户端"], nav=["推荐", "广东", "时政", "经济", "湾区", "视频"],
 kicker=None, title="深中通道通车一周年：珠江口两岸“半小时生活圈”加速成形",
 info=["南方+　2025-06-02 21:15", "记者｜许晓彤", "编辑｜陈丽"],
 body="""深中通道通车满一年，珠江口东西两岸的联系正在发生深刻变化。
来自交通部门的数据显示，通车一年来深中通道日均车流量超过10万车次，节假日高峰突破15万车次。从深圳南山到中山马鞍岛，车程由原来的2小时缩短至30分钟左右。
## 产业“东进西拓”
在中山翠亨新区，越来越多的深圳企业把研发中心留在深圳，把生产基地放在中山。一家智能家居企业负责人介绍，公司去年在翠亨新区落地生产基地，物流成本下降了约两成。
## 通勤族的新日常
“早上七点半出门，八点十分就能到公司。”在深圳工作、在中山买房的市民小李说，如今的通勤体验和在深圳城区内跨区上下班差不多。
专家认为，深中通道正在推动珠江口两岸从“地理相邻”走向“功能相融”，为粤港澳大湾区建设注入新动能。""",
 share=["转发", "收藏", "点赞"], related=["珠江口跨江通道建设全面提速", "翠亨新区一季度招商成绩单出炉"],
 footer=["南方报业传媒集团 版权所有", "粤ICP备0901XXXX号 互联网新闻信息服务许可证44120170XXX"]),

dict(id="uz-15", kind=M, tpl="table", authors=["马文华", "李晓东"], time="2025-04-18 10:36:12",
 top=["每日甘肃", "甘肃日报", "设为首页"], banner=["每日甘肃网"], nav=["首页", "甘肃要闻", "市州", "视频", "图片", "文旅"],
 crumb="您当前的位置：每日甘肃网 > 甘肃要闻 > 正文",
 title="敦煌莫高窟数字展示中心春季客流同比增长两成",
 info=["2025-04-18 10:36:12　来源：新华网"],
 body="""新华社兰州4月17日电（记者马文华、李晓东）记者从敦煌研究院获悉，今年3月以来，莫高窟数字展示中心接待游客约42万人次，同比增长约20%。
!莫高窟数字展示中心|游客在莫高窟数字展示中心观看球幕电影。新华社发
敦煌研究院相关负责人介绍，为缓解洞窟开放压力，研究院推行“数字展示+实体洞窟”参观模式，游客先在数字展示中心观看主题电影和球幕电影，再进入洞窟参观，既提升了参观体验，又减少了洞窟内的停留时间。
数据显示，采用新的参观模式后，单个洞窟内游客平均停留时间由过去的8分钟缩短至5分钟左右，洞窟内温湿度波动明显减小，壁画保护条件得到改善。
今年，研究院还新推出了“数字藏经洞”沉浸式体验项目，游客可以通过虚拟现实设备“走进”藏经洞，了解敦煌文物的流散与回归历史。
据悉，研究院将继续实行旺季单日游客限量和预约参观制度，以保护珍贵的洞窟壁画和彩塑。""",
 after=["[责任编辑：杨  茜]"], related=["嘉峪关关城景区推出夜游项目", "甘肃“五一”假期旅游市场火热"],
 footer=["甘肃新闻网 每日甘肃网版权所有", "陇ICP备0900XXXX号 互联网新闻信息服务许可证号：62120170XXX"]),

dict(id="uz-16", kind=M, tpl="modern", lang="en", authors=["Chen Jia", "Liu Wei"], time="June 4, 2025 | 10:12",
 top=["SHINE", "Download App", "Subscribe"], banner=["SHINE Shanghai Daily (sample)"], nav=["Metro", "Business", "Nation", "World", "Feature", "Opinion"],
 crumb="Home > Metro",
 title="Shanghai opens 20 more riverside sections to public along Suzhou Creek",
 info=["By Chen Jia and Liu Wei", "June 4, 2025 | 10:12"],
 body="""Twenty more sections along Suzhou Creek have been opened to the public, giving residents a nearly continuous walkway through the city's central districts, local authorities said on Tuesday.
The new sections, totaling about 6.8 kilometers, connect parks, old warehouses and residential communities in Putuo and Changning districts.
!Suzhou Creek walkway|Residents walk along a newly opened section of Suzhou Creek. — Ti Gong
"We used to see only walls and fences here. Now my grandson can ride his bicycle along the water," said a 65-year-old resident surnamed Zhang.
## Cafes and cultural spaces
Several former industrial buildings along the creek have been converted into cafes, exhibition halls and public toilets, according to the Shanghai Municipal Bureau of Planning and Natural Resources.
The city plans to improve lighting and add more rest stations by the end of the year.""",
 after=["Editor: Wang Yanlin"], share=["Share"], related=["Huangpu riverside to host summer festival", "New metro line to open by year-end"],
 footer=["Copyright © Shanghai Daily (sample). All rights reserved.", "沪ICP备0501XXXX号"]),

dict(id="uz-17", kind=M, tpl="portal", authors=["刘睿"], time="2025/05/30 19:04",
 top=["看度", "东方网", "无障碍"], banner=["东方网 eastday（示例）"], nav=["首页", "上海", "国内", "国际", "财经", "体育"],
 crumb="东方网 > 新闻 > 上海新闻",
 title="上海中心城区首批“智慧菜场”完成改造",
 info=["东方网记者刘睿5月30日报道", "2025/05/30 19:04 来源：东方网 作者：刘睿 选稿：周  洁"],
 body="""东方网记者刘睿5月30日报道：记者从市商务委获悉，本市中心城区首批12家“智慧菜场”已完成改造并陆续开门迎客。
改造后的菜场统一设置了电子价签和溯源屏，市民扫码即可查看蔬菜、肉类的产地和检测信息。部分菜场还增设了净菜专区、预制菜专柜和社区食堂窗口。
为照顾不会使用智能手机的老年人，每家菜场都保留了现金支付和人工服务窗口，并安排志愿者在早高峰时段帮助老人查询信息。部分菜场还开设了“爱心磨刀”“免费缝补”等便民服务。
“以前买菜总怕称不准，现在秤都是联网的，价格一清二楚。”在虹口区一家菜场买菜的市民张先生说。
据介绍，今年全市计划完成50家标准化菜场的改造提升，并推动菜场与周边社区助餐点、快递驿站融合运营。""",
 share=["分享"], related=["本市启动夏季蔬菜保供稳价", "社区助餐点年内新增200家"], related_h="相关阅读",
 footer=["东方网版权所有", "沪ICP证：沪B2-2001XXXX 沪公网安备31010602000XXX号"]),

dict(id="uz-18", kind=M, tpl="app", authors=["董  娜"], time="2025-05-12 18:30",
 banner=["极光新闻"], top=["打开APP"], open="打开极光新闻APP 阅读更多精彩内容",
 title="齐齐哈尔：扎龙湿地丹顶鹤野化放飞",
 info=["极光新闻 2025-05-12 18:30"],
 body="""%极光新闻记者 董  娜
5月12日上午，在齐齐哈尔扎龙国家级自然保护区，8只经过人工繁育和野化训练的丹顶鹤被放归自然。
保护区工作人员介绍，这些丹顶鹤从出壳起就在半散养环境中生活，经过一年多的觅食、飞行和避敌训练，已具备在野外生存的能力。每只丹顶鹤都佩戴了卫星定位环志，工作人员将持续跟踪其活动轨迹。
“放飞前，我们会在模拟野外环境中让它们学会自己捕鱼、辨认天敌，还要经历至少一个冬季的适应训练。”保护区繁育中心负责人说，野化放飞的丹顶鹤成活率逐年提高。
!丹顶鹤放飞|丹顶鹤在扎龙湿地上空飞翔。极光新闻记者 董娜 摄
近年来，扎龙保护区通过补水、禁牧、生态移民等措施，湿地生态持续向好。目前保护区内野生丹顶鹤种群数量稳定在400只左右。
保护区还计划在今年夏季推出“观鹤研学”课程，面向中小学生普及湿地和鸟类保护知识。""",
 after=["编辑：高洋", "审核：丁雪"], related=["黑龙江候鸟迁徙高峰到来", "兴凯湖湿地迎来东方白鹳"],
 footer=["黑龙江日报报业集团主办"]),

dict(id="uz-19", kind=M, tpl="modern", authors=[], time="2025年06月06日 12:40",
 top=["央视网", "CCTV", "登录"], banner=["央视网（示例）"], nav=["首页", "新闻", "体育", "综艺", "直播", "片库"],
 crumb="首页 > 新闻频道 > 国内新闻",
 title="甘肃“陇电入鲁”配套新能源基地全容量并网",
 info=["来源：央视新闻客户端 | 2025年06月06日 12:40"],
 body="""央视网消息：记者6月6日从国网甘肃省电力公司获悉，“陇电入鲁”特高压直流输电工程配套的酒泉新能源基地近日实现全容量并网发电。
该基地总装机容量约1000万千瓦，包括风电、光伏和配套储能项目。全容量并网后，每年可向山东输送清洁电量约360亿千瓦时，相当于减少标准煤消耗1100万吨。
据国网甘肃省电力公司相关负责人介绍，这是我国首条以输送新能源为主的特高压直流工程配套电源基地之一。工程建设期间，参建单位克服戈壁大风、沙尘等不利条件，比计划提前两个月完成全部建设任务。
据介绍，为解决新能源发电波动性问题，基地同步建设了大规模电化学储能和光热电站，有效提升了外送电力的稳定性。
甘肃是我国重要的新能源基地，目前全省新能源装机占比已超过六成。""",
 after=["编辑：张然　责任编辑：刘亮"], share=["微信", "微博", "复制链接"],
 footer=["中央广播电视总台 版权所有", "京ICP证06053XXXX号"]),

dict(id="uz-20", kind=M, tpl="portal", authors=["邝丽霞", "何思敏"], time="2025-04-29 09:17",
 top=["广州日报", "大洋网", "新花城"], banner=["大洋网·广州日报（示例）"], nav=["首页", "广州", "湾区", "财经", "文娱", "视频"],
 crumb="大洋网 > 广州 > 正文",
 kicker="全市首个社区嵌入式托育中心开园", title="家门口托育“接得住”也“看得好”",
 sub="——荔湾区探索“社区+医育”托育服务新模式",
 info=["2025-04-29 09:17 广州日报", "文/广州日报全媒体记者邝丽霞 通讯员何思敏", "图/广州日报全媒体记者 骆昌威"],
 body="""在荔湾区逢源街，一栋老旧厂房改造而成的社区托育中心近日开园，首批招收了2至3岁幼儿48名。
中心负责人介绍，中心与附近的社区卫生服务中心签约合作，儿科医生每周两次到园巡诊，为幼儿建立成长档案。收费方面，全日托每月2800元，低于周边市场价格约三成。
托育中心每个班级配备3名保育人员，实行“一日生活记录”制度，家长可以通过手机小程序实时查看孩子的饮食、睡眠和活动情况。中心还设有独立的隔离观察室和母婴室。
“孩子就在小区旁边，下班顺路就能接，特别方便。”家长陈女士说。
荔湾区卫健局相关负责人表示，区里计划今年再建设5个社区嵌入式托育点，重点布局在老城区和新建住宅集中的片区，让更多家庭在家门口享受到普惠、安全、优质的托育服务。
!托育中心|托育中心内，老师带领孩子们做游戏。
据了解，广州今年将新增普惠托位1.2万个，力争每千人口拥有3岁以下婴幼儿托位数达到4.5个。""",
 after=["广州日报新花城编辑：吴  越"], share=["分享到："],
 footer=["广州日报报业集团主办", "粤ICP备1200XXXX号"]),

dict(id="uz-21", kind=M, tpl="table", authors=["程俊峰"], time="2025年05月07日 14:08",
 top=["上海广播电视台", "看看新闻", "阿基米德"], banner=["看看新闻 Knews（示例）"], nav=["首页", "直播", "上海", "国际", "财经"],
 crumb="首页 > 上海 > 新闻坊",
 title="地铁14号线延伸段进入全面铺轨阶段",
 info=["2025年05月07日 14:08　来源：新闻坊　记者：程俊峰　摄像：吴  杰"],
 body="""%（视频时长02:15）
今天上午，随着最后一段长轨精准就位，轨道交通14号线延伸段全面进入铺轨阶段。
记者在施工现场看到，铺轨机正沿着隧道缓缓前行，工人们正在对钢轨进行焊接和精调。据介绍，延伸段全长约4.6公里，共设3座车站，建成后将串联起浦东多个新建居住社区。
施工方介绍，延伸段部分区间穿越既有河道和高架桥桩基，施工难度较大。为此，项目团队采用了高精度测量和自动化监测系统，实时掌握隧道变形数据，确保施工安全。目前，延伸段土建施工已全部完成，各车站正在进行装修和设备安装。
“我们采用的是长钢轨无缝焊接工艺，列车运行会更平稳、噪声更小。”项目技术负责人说。
按照计划，延伸段将在今年下半年开展设备系统联调联试，力争年底具备试运营条件。届时，沿线居民到陆家嘴的通勤时间将缩短约15分钟。""",
 after=["责任编辑：王丽"], related=["市域铁路嘉闵线完成首段贯通", "地铁站点无障碍设施改造提速"],
 footer=["上海广播电视台版权所有", "沪ICP备1000XXXX号 信息网络传播视听节目许可证：0908XXX"]),

dict(id="uz-22", kind=M, tpl="app", lang="en", authors=[], time="2025-05-26 15:03",
 banner=["CGTN (sample)"], top=["Open App"], crumb="China",
 title="Gansu's Hexi Corridor sees record wheat seed exports",
 info=["Updated 15:03, 26-May-2025", "2025-05-26 15:03", "Xinhua"],
 body="""Seed companies in northwest China's Gansu Province exported a record amount of wheat and corn seeds in the first four months of the year, local authorities said.
The Hexi Corridor, with its dry climate, long sunshine hours and isolated oases, is one of the country's largest seed production bases, supplying about half of the hybrid corn seeds planted in China.
According to the provincial agriculture department, seed exports reached 8,600 tonnes between January and April, mainly to countries in Central Asia and Southeast Asia.
Local officials said the province will expand digital management of seed farms and improve quality testing to meet international standards.""",
 after=["Source(s): Xinhua"], related=["China's summer grain harvest begins", "Gansu expands solar power base"],
 footer=["Copyright © 2025 CGTN (sample). 京ICP备1606XXXX号"]),

dict(id="uz-23", kind=M, tpl="modern", authors=["金  晶"], time="2025-06-10",
 top=["上观新闻", "解放日报", "下载APP"], banner=["上观新闻（示例）"], nav=["首页", "政情", "财经", "区情", "文化", "天下"],
 title="一座老电影院的“第二春”",
 info=["原创 | 金  晶 | 2025-06-10 | 来源：上观新闻"],
 body="""%原标题：百年影院修缮后重新开放 老建筑里看新电影
六月初的一个傍晚，位于虹口区的这座老电影院重新亮起了霓虹灯。经过近两年修缮，这座建于上世纪二十年代的影院重新向市民开放。
修缮团队负责人告诉记者，他们按照“修旧如旧”的原则，保留了原有的穹顶、楼梯扶手和售票窗口，同时对放映设备和座椅进行了全面更新。
修缮过程中，施工人员在拆除后期加装的吊顶时，意外发现了原有的石膏线脚和彩色玻璃天窗。团队请来老工匠，按照老照片一点点修复，前后花了四个多月。
## 老观众回来了
开幕当天，不少老影迷专程赶来。82岁的陈老伯说，他年轻时在这里看过很多电影，“那时一张票两毛钱，今天又坐在这里，好像回到了年轻时候。”
## 新功能也来了
除了放映电影，影院二楼还开设了电影史展厅和小型剧场，未来将定期举办老电影展映、导演见面会等活动。""",
 after=["栏目主编：张  骏", "文字编辑：施薇"], share=["微信", "微博"], related=["虹口北外滩今夏推出多场文化活动", "上海老建筑保护利用新探索"],
 footer=["上海报业集团 版权所有", "沪ICP备1401XXXX号"]),

dict(id="uz-24", kind=M, tpl="portal", authors=[], time="2025-05-15 11:22",
 top=["中国甘肃网", "奔流新闻", "手机版"], banner=["中国甘肃网（示例）"], nav=["首页", "时政", "市州", "民生", "法治", "教育"],
 crumb="当前位置：中国甘肃网 > 民生",
 title="兰州市启动2025年老旧小区改造",
 info=["2025-05-15 11:22", "来源：兰州日报社全媒体"],
 body="""本报讯　今年，兰州市计划改造城镇老旧小区186个，涉及居民2.9万户，目前已有62个小区开工建设。
此次改造内容包括基础类、完善类和提升类三大类。基础类重点改造供水、排水、供暖、燃气管网和屋面防水；完善类主要增设停车位、电动自行车充电设施和无障碍设施；提升类则着重建设社区养老、托育和便民服务设施。
为减少施工对居民生活的影响，各项目均实行“一小区一方案”，明确施工时段和临时通行方案，并设立公示牌公布监督电话。同时，市里还将组织第三方机构对工程质量进行全过程监督。
市住建局相关负责人介绍，改造前各区县均开展了“问需于民”活动，由居民共同决定改造内容，确保改造项目符合群众需求。
据悉，全市老旧小区改造工程将于10月底前全部完工。（兰州日报社全媒体记者）""",
 after=["编辑：王丽娜"], related=["兰州市新增公共停车泊位3000个", "兰州开展城市供热管网改造"],
 footer=["中国甘肃网版权所有", "陇ICP备0800XXXX号"]),
]
