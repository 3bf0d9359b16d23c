# Media pages sb-13 .. sb-24 (all invented)
PAGES = [
dict(id="sb-13", kind="media", tpl="media_portal", site="天津北方网", place="天津",
 title="滨海新区首条无人驾驶公交线路开通试运营", authors=["宋佳怡"], time="2025-03-21 08:36",
 info="2025-03-21 08:36　来源：北方网　作者：宋佳怡　编辑：周航", info_pos="above",
 body="""
北方网讯 3月20日，滨海新区首条无人驾驶公交线路在中新天津生态城开通试运营。该线路全长9.6公里，串联起生态城轻轨站、动漫园、国家海洋博物馆等12个站点，首批投放5辆L4级自动驾驶小巴。
记者在现场看到，这些小巴车身小巧，车顶装有激光雷达和摄像头，车内设有12个座位。车辆驶出站台后平稳加速，遇到行人横穿马路时能够提前减速礼让，到站时会自动播报站名并打开车门。
据运营方介绍，试运营期间每天7时至19时发车，发车间隔约15分钟，市民通过手机小程序预约即可免费乘坐。为确保安全，每辆车上暂时配备一名安全员，必要时可接管车辆。
“从家到轻轨站坐这个车只要十来分钟，比以前方便多了。”家住生态城的市民马女士说。
生态城相关负责人表示，将根据试运营情况逐步优化线路和班次，今年下半年计划再开通两条线路。
"""),

dict(id="sb-14", kind="media", tpl="media_flex", site="红网", place="湖南",
 title="长沙地铁6号线东延段完成“电通”", authors=["邹思远", "彭娟"], time="2025年05月08日 19:27",
 info="来源：红网　作者：邹思远　彭娟　编辑：刘敏　2025年05月08日 19:27", info_pos="above",
 body="""
红网时刻新闻5月8日讯（记者 邹思远 通讯员 彭娟）今天上午，随着控制中心一声令下，长沙地铁6号线东延段主变电所成功受电，标志着该线路全面完成“电通”节点目标，为后续动车调试和试运行打下基础。
6号线东延段起于黄花机场T1T2航站楼站，止于机场T3航站楼站，线路长约6.1公里，设站2座。建成后，乘客可乘坐地铁在三座航站楼之间便捷换乘，进一步提升长沙机场的综合交通服务能力。
“电通是地铁建设从土建施工转向系统联调的关键一步。”长沙市轨道交通集团相关负责人介绍，受电前，建设团队对变电所设备进行了逐台检测，累计完成各类试验3000余项，确保一次受电成功。
接下来，建设单位将抓紧开展信号、通信、站台门等系统调试，按计划今年年底前具备开通试运营条件。
"""),

dict(id="sb-15", kind="media", tpl="media_portal", site="正北方网", place="内蒙古",
 title="呼和浩特：今年将新增城市绿地面积320公顷", authors=[], time="2025-04-15 11:03:52",
 info="2025-04-15 11:03:52　来源：内蒙古日报　责任编辑：王鑫", info_pos="above", byline_end="（记者 巴雅尔 实习生 高雪）",
 authors_fix=["巴雅尔", "高雪"],
 body="""
记者从呼和浩特市园林建设服务中心获悉，今年该市将围绕“增绿、提质、惠民”目标，新增城市绿地面积320公顷，新建和改造提升公园游园26处，让市民推窗见绿、出门见园。
今年的城市绿化工作将重点做好三方面：一是加快大青山前坡生态保护修复，完成造林绿化面积1.2万亩；二是见缝插绿建设口袋公园，优先安排在老旧小区和学校、医院周边；三是对主干道行道树进行补植补种，提升街道绿化品质。
此外，呼和浩特市还将推进公园绿地开放共享，在部分公园划定帐篷区和亲子活动区，增设健身步道和休息座椅，满足市民多样化的休闲需求。
“我们在树种选择上坚持适地适树，多用油松、樟子松、山杏等乡土树种，既耐寒耐旱，又能降低养护成本。”该中心相关负责人说。
据悉，今年新建的公园游园将于9月底前陆续建成开放。
"""),

dict(id="sb-16", kind="media", tpl="media_flex", site="大江网", place="江西",
 title="景德镇春季陶瓷博览会吸引海内外客商超5万人次", authors=["胡晓琳"], time="2025-04-28",
 info="胡晓琳　2025-04-28　中国江西网", info_pos="below",
 body="""
中国江西网讯 4月27日，为期五天的景德镇春季陶瓷博览会落下帷幕。据主办方统计，本届博览会共吸引来自28个国家和地区的海内外客商超过5万人次，现场签约及意向成交额达到7.3亿元。
本届博览会展览面积4.2万平方米，设置传统陶瓷、现代艺术陶瓷、日用陶瓷、国际陶瓷等八大展区，参展企业和陶瓷工作室达1600余家。在国际展区，来自日本、韩国、意大利等国的陶艺家带来了各具特色的作品。
!img 博览会现场|观众在景德镇春季陶瓷博览会上选购瓷器
“我们这次带来的青花釉里红茶具很受欢迎，已经接到了好几家海外经销商的订单。”一位参展的陶瓷企业负责人告诉记者。
博览会期间，还同步举办了陶瓷产业发展论坛、青年陶艺家作品评选和非遗技艺展演等活动。不少年轻人通过直播带货的方式将展会“搬”到了线上，进一步扩大了景德镇陶瓷的影响力。
"""),

dict(id="sb-17", kind="media", tpl="tv_site", site="天津广播电视台", place="天津",
 title="武清区：高标准农田建设助力春耕生产", authors=["赵鹏", "李一凡"], time="2025-03-25 20:10",
 info="发布时间：2025-03-25 20:10", info_pos="above", byline_end="记者：赵鹏　李一凡",
 body="""
【导语】眼下正值春耕备耕关键时期，在武清区，一块块新建成的高标准农田里，农机来回穿梭，农户们抢抓农时，忙着整地、施肥，处处是繁忙的春耕景象。
【正文】在武清区大良镇的高标准农田示范区，平整的田块连成一片，沟渠路配套齐全。种粮大户孙建民正驾驶拖拉机进行旋耕作业。他告诉记者，去年村里的地块完成了高标准农田改造，灌溉用上了地下管道，一亩地能节约用水三成，小麦亩产提高了将近一百斤。
据了解，武清区近年来累计建成高标准农田62万亩，今年计划再新建和改造提升8万亩。建设中，区里统筹推进土地平整、灌溉排水、田间道路和农田防护林建设，同步推广水肥一体化、智能监测等技术。
【同期】武清区农业农村委相关负责人：我们将加快项目建设进度，确保在汛期前完成主体工程，让农民早受益。
"""),

dict(id="sb-18", kind="media", tpl="media_portal", site="湘潭在线", place="湖南",
 title="湘潭一社区“共享菜园”让邻里关系更亲近", authors=["谭昕"], time="2025年06月03日",
 info="湘潭日报　2025年06月03日", info_pos="above", byline_top="湘潭日报全媒体记者 谭昕",
 body="""
初夏时节，雨湖区窑湾街道唐兴桥社区的“共享菜园”里，辣椒、茄子、豆角长势喜人。傍晚时分，不少居民提着水壶来到菜园，一边浇水，一边聊着家常。
这片菜园原本是小区内的一块闲置荒地，长期堆放建筑垃圾。去年，社区征求居民意见后，将其清理改造成32块小菜地，由居民认领种植，并约定不使用化学农药，收获的蔬菜部分捐给社区里的独居老人。
“以前住了十几年，对门姓什么都不知道。现在每天在菜园碰面，互相交流种菜经验，成了好朋友。”居民周阿姨说。
社区党委书记罗新华介绍，菜园还成了社区开展自然教育的课堂，暑假期间将组织孩子们参与播种、观察和采摘，让城市里的孩子认识农作物、体验劳动的乐趣。
社区还制定了菜园公约，由居民轮流担任“园长”，负责日常巡查和工具管理。不少在外地工作的年轻人回家时，也会跟着父母来菜园帮忙，菜园里常常热热闹闹的。
"""),

dict(id="sb-19", kind="media", tpl="en_page", site="Tianjin Daily English", place="天津", lang="en",
 title="Tianjin port handles record container volume in first quarter", authors=["Zhang Wenjing", "Li Hao"], time="April 12, 2025",
 info="By Zhang Wenjing and Li Hao | Updated: April 12, 2025", info_pos="above",
 body="""
Tianjin Port handled a record 5.9 million twenty-foot equivalent units of containers in the first quarter of this year, up 7.2 percent year-on-year, according to the port's operator.
Officials attributed the growth to new shipping routes to Southeast Asia and South America, as well as faster customs clearance at the port's automated terminals. Since January, eight new international container routes have been launched.
"We have cut the average time a vessel waits at anchor by nearly a third compared with last year," said Wang Jianhua, a manager at the port's operations center. He added that more than 70 percent of container trucks now book their terminal slots online.
The port also reported strong growth in sea-rail intermodal transport, which links the coast with inland provinces and Central Asia. Volumes on those routes rose 15 percent in the quarter.
Analysts say the figures point to steady demand in regional trade, although they cautioned that shipping costs remain volatile.
"""),

dict(id="sb-20", kind="media", tpl="en_page", site="Jiangxi News Online", place="江西", lang="en",
 title="Jingdezhen kilns draw young artisans back home", authors=[], time="2025-09-03 14:20",
 info="Source: Xinhua | 2025-09-03 14:20", info_pos="above", variant="wire",
 body="""
NANCHANG, Sept. 3 (Xinhua) -- In a narrow lane lined with workshops in Jingdezhen, a city in east China's Jiangxi Province known as the country's porcelain capital, 27-year-old Xu Lan carefully paints blue patterns on a teapot.
Xu studied design in Shanghai and worked at an advertising firm for three years before returning to her hometown in 2023. She now runs a small studio that sells hand-painted tableware online.
"My grandfather was a kiln worker. I grew up around clay, but I only realized how special it was after I left," Xu said.
Local authorities say more than 30,000 young people from outside the city, along with many returning locals, have set up studios in Jingdezhen in recent years, attracted by low rents, a complete supply chain and a lively creative market.
The city has opened training programs in traditional firing techniques and offers subsidies for young artisans who take part in international exhibitions.
"""),

dict(id="sb-21", kind="media", tpl="media_flex", site="草原云", place="内蒙古",
 title="通辽科尔沁区：智慧牧场让养牛更“省心”", authors=["乌云格日乐", "张 强"], time="2025-07-19 09:05",
 info="2025-07-19 09:05 草原云", info_pos="above", byline_top="记者：乌云格日乐　张 强",
 authors_fix=["乌云格日乐", "张强"],
 body="""
清晨五点半，科尔沁区庆和镇的一家智慧牧场里，挤奶机器人已经开始工作。奶牛排队进入挤奶位，机械臂自动完成清洗、套杯和挤奶，每头牛的产奶量、乳汁温度等数据实时上传到管理平台。
“每头牛脖子上都戴着电子项圈，吃了多少草、走了多少步、有没有生病，手机上一看就清楚。”牧场负责人包金山说，过去200头牛需要十几个人照看，现在只需要5个人。
近年来，科尔沁区大力推进肉牛和奶牛养殖数字化改造，目前已建成智慧牧场23个，覆盖存栏牛4.6万头。区里还与高校合作建设了饲草料配方实验室，帮助养殖户降低饲养成本。
“数字化让我们算得清账、养得好牛。”包金山说，今年牧场计划再扩建一栋牛舍，带动周边农户发展青贮玉米种植。
在科尔沁区，越来越多的年轻人开始回乡从事养殖业。他们熟悉手机和电脑操作，成为智慧牧场的技术骨干，为传统畜牧业注入了新的活力。
"""),

dict(id="sb-22", kind="media", tpl="tv_site", site="赣州广播电视台", place="江西",
 title="赣州：“赣南脐橙”春季修剪技术培训送到田间地头", authors=[], time="2025-02-18 18:30:00",
 info="来源：赣州广播电视台　2025-02-18 18:30:00", info_pos="below",
 body="""
连日来，赣州市果业部门组织技术人员深入信丰、安远、寻乌等脐橙主产县，开展春季修剪技术培训，帮助果农打好全年丰产基础。
在安远县镇岗乡的一处果园里，技术员钟卫东一边示范，一边讲解：“修剪要遵循‘去密留疏、去弱留强’的原则，把交叉枝、病虫枝剪掉，让树冠通风透光，这样挂果才均匀。”围观的果农们不时提问，有的还用手机录下视频。
据介绍，今年以来，全市已举办脐橙修剪、施肥和黄龙病防控等各类培训班210余场，培训果农1.8万人次。果业部门还组建了120支技术服务队，实行分片包干，随时为果农解决生产中遇到的问题。
果农曾庆华说：“以前修剪全凭经验，听了专家讲课才知道里面有这么多学问，今年我要按照新方法试一试。”
据了解，赣南脐橙种植面积目前稳定在190万亩左右，是当地群众增收致富的主导产业。果业部门表示，将持续推广标准化生产技术，提升脐橙品质和市场竞争力。
"""),

dict(id="sb-23", kind="media", tpl="media_portal", site="岳阳新闻网", place="湖南",
 title="洞庭湖越冬候鸟监测数量创近十年新高", authors=["方晓宇"], time="2025-01-09 10:48",
 info="作者：方晓宇 | 来源：岳阳日报 | 2025-01-09 10:48 | 阅读：2.3万", info_pos="above",
 body="""
本报讯（记者 方晓宇）1月8日，记者从东洞庭湖国家级自然保护区管理局获悉，今冬洞庭湖越冬水鸟同步监测共记录水鸟29.6万只，数量创近十年新高。
此次监测由保护区联合高校专家、志愿者共同开展，共设置监测样点52个。监测结果显示，国家一级重点保护野生动物东方白鹳、白鹤、小天鹅等珍稀鸟类数量均有不同程度增加，其中东方白鹳达到1800余只。
“候鸟数量增加，说明洞庭湖湿地生态持续向好。”保护区管理局相关负责人分析，近年来，当地实施了退耕还湿、矮围网围拆除、欧美黑杨清理等一系列生态修复工程，湿地面积不断扩大，为候鸟提供了充足的食物和栖息空间。
> 保护候鸟就是保护我们自己的家园。
这是很多湖区渔民如今挂在嘴边的一句话。当地已有300余名退捕渔民转型成为护鸟员，日夜巡护在湖区一线。
"""),

dict(id="sb-24", kind="media", tpl="media_flex", site="九江新闻网", place="江西",
 title="九江长江岸线生态修复工程完成验收", authors=["严冬梅"], time="2025-08-22 16:15",
 info="2025-08-22 16:15　来源：九江日报", info_pos="above", byline_last="（严冬梅）",
 body="""
8月21日，九江市长江岸线生态修复一期工程通过验收。该工程修复岸线长度15.3公里，新增滨江绿地面积86公顷，沿江生态环境和城市风貌得到明显改善。
一期工程范围西起琵琶湖，东至八里湖新区，主要实施了非法码头拆除后的复绿、护岸加固、湿地恢复和滨江步道建设等内容。施工中优先采用生态护坡和本地植物，既提升了防洪能力，又为鸟类和鱼类提供了栖息环境。
工程建设过程中，施工单位严格落实长江大保护要求，施工废水经沉淀处理后循环利用，渣土全部运至指定地点消纳，没有对江水造成污染。验收专家组认为，工程质量达到设计要求，生态修复效果明显。
如今，昔日砂石堆积的岸线已变成绿树成荫的江滩公园，每天傍晚都有不少市民来此散步、骑行。据悉，二期工程将于今年年底开工建设，计划修复岸线12公里。（严冬梅）
"""),
]
