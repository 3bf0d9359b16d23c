# media pages sm-13 .. sm-24 (all invented); sm-19, sm-20 English
PAGES = [
dict(id="sm-13", kind="media", tpl="media_portal", prov="鄂", site="荆楚晚报网", channel="本地新闻",
 title="武汉东湖绿道新增三处智慧驿站", authors=["杨帆", "许晴"], time="2025-04-02 10:15",
 info=["2025-04-02 10:15", "来源：荆楚晚报"], glued=False, info_pos="below", byline_pos="none",
 editor="责任编辑：冯敏", related=["东湖樱花节客流创新高", "武汉今年将新建绿道120公里"],
 body="""本报讯（记者 杨帆 通讯员 许晴）4月1日，记者从东湖风景区管委会获悉，东湖绿道新增的听涛、磨山、落雁三处智慧驿站正式投入使用，为市民游客提供休憩、补给、充电、应急救助等服务。
记者在听涛驿站看到，驿站内设有自助售货机、共享充电宝、直饮水机和医疗急救箱，墙上的电子屏实时显示绿道各区段客流量和天气信息。驿站还配备了AED除颤仪，工作人员均经过急救培训。
“以前骑车骑到一半想喝口水、歇歇脚都不方便，现在好了。”正在驿站休息的市民刘先生说，他每周都会和朋友来绿道骑行，智慧驿站让骑行体验好了不少。
东湖风景区管委会相关负责人介绍，三处驿站均采用装配式建筑，屋顶安装了光伏板，可满足驿站日常用电需求。今年还将在绿道沿线增设无障碍设施和母婴室，进一步提升服务品质。
据统计，东湖绿道全长101.98公里，去年接待游客超过2600万人次。"""),

dict(id="sm-14", kind="media", tpl="media_flex", prov="桂", site="八桂融媒", channel="民生",
 title="南宁地铁5号线二期工程取得新进展", authors=["覃慧"], time="2025年03月28日 08:42",
 info=["八桂融媒", "2025年03月28日 08:42"], info_pos="above", byline="记者 覃慧", byline_pos="first",
 editor="编辑：黄海", related=["南宁轨道交通线网规划调整获批", "南宁公交新开通3条社区微循环线路"],
 body="""3月27日，记者从南宁轨道交通集团获悉，地铁5号线二期工程首个车站主体结构已顺利封顶，标志着该工程建设进入新阶段。
南宁地铁5号线二期工程线路全长约8.7公里，全部为地下线，设车站6座，起于5号线一期终点国凯大道站，向北延伸至五象新区。工程建成后，将进一步完善南宁城市轨道交通线网，方便沿线市民出行。
## 克服复杂地质条件
项目负责人介绍，5号线二期沿线地质条件复杂，部分区段穿越富水圆砾层和膨胀土地层，施工难度较大。建设单位采用了盾构同步注浆、地层加固等技术，确保施工安全和周边建筑物稳定。
## 计划2027年建成通车
目前，工程其余5座车站正在同步施工，盾构区间预计今年下半年陆续始发。按照计划，5号线二期工程将于2027年底建成通车。
施工期间，建设单位将合理安排施工时间，落实扬尘、噪声管控措施，尽量减少对周边居民生活的影响。"""),

dict(id="sm-15", kind="media", tpl="media_portal", prov="蒙", site="草原新闻网", channel="内蒙古新闻",
 title="锡林郭勒盟牧区冬春接羔保育工作全面展开", authors=["额尔敦", "李明"], time="2025-02-27 15:33:08",
 info=["2025-02-27 15:33:08", "来源：草原日报", "作者：额尔敦 李明"], glued=True, info_pos="below", byline_pos="none",
 editor="（责编：萨仁）",
 body="""眼下正是牧区冬春接羔保育的关键时期，锡林郭勒盟各旗县牧民忙着接羔、保育，确保牲畜“接得下、保得住、养得活”。
在阿巴嘎旗别力古台镇的一户牧民家，暖棚里新出生的小羊羔依偎在母羊身边。牧民巴特尔说，今年他家有600多只母羊进入产羔期，已经接下羔羊300多只，成活率在98%以上。“现在有了暖棚和电暖设备，羔羊不怕冻了，比以前省心多了。”
据了解，锡林郭勒盟今年冬春接羔保育任务为1200万只左右。为保障接羔保育顺利进行，全盟各级农牧部门组织技术人员深入嘎查、牧户，开展接羔保育技术指导，同时储备饲草料85万吨，确保牲畜安全越冬度春。
> 今年我们重点推广了“暖棚产羔、早期断奶、补饲育肥”的模式，能有效提高羔羊成活率和出栏效益。
盟农牧局畜牧科负责人说。
此外，各地还加强了重大动物疫病防控和牲畜保险工作，降低牧民养殖风险。"""),

dict(id="sm-16", kind="media", tpl="media_flex", prov="吉", site="吉林广播电视台·吉视网", channel="新闻频道",
 title="长白山保护开发区开展冬季旅游安全大检查", authors=["王帅", "金善英"], time="2025-01-15",
 info=["来源：吉视新闻", "2025-01-15", "阅读：3821"], info_pos="below",
 byline="（记者 王帅 金善英）", byline_pos="closing", editor="责任编辑：程琳",
 body="""随着冬季旅游旺季到来，长白山景区游客数量持续增长。为确保游客安全，近日，长白山保护开发区管委会组织应急、文旅、市场监管、消防等部门，对辖区滑雪场、宾馆酒店、景区景点开展冬季旅游安全大检查。
检查组先后来到万达长白山国际度假区滑雪场、长白山北景区、二道白河镇部分酒店和餐饮店，重点检查了索道运行、雪道防护、消防设施、食品安全、应急预案等情况。
在滑雪场，检查人员仔细查看了魔毯、缆车的维护保养记录，询问了救援人员的配备情况。对于检查中发现的部分雪道防护网破损、个别酒店疏散指示灯损坏等问题，检查组当场下达整改通知，要求限期整改到位。
据了解，今年冬季以来，长白山景区已接待游客46万人次，同比增长21%。管委会相关负责人表示，将持续开展常态化安全检查，加强节假日期间的值班值守和客流管控，为游客营造安全、舒心的旅游环境。
此外，管委会还在景区主要路口设置了12个游客服务点，提供防寒物资、热水和路况咨询服务。"""),

dict(id="sm-17", kind="media", tpl="media_portal", prov="鄂", site="襄阳日报网", channel="襄阳新闻",
 title="襄阳高新区新能源汽车产业链项目集中签约", authors=["胡艳", "刘佳明"], time="2025年05月16日 21:04",
 info=["襄阳日报", "2025年05月16日 21:04", "记者 胡艳 通讯员 刘佳明"], glued=False, info_pos="above", byline_pos="none",
 editor="编辑：周磊　审核：蔡振华", related=["襄阳一季度规上工业增加值增长8.3%", "东风汽车襄阳基地新车型下线"],
 lead_img=("签约现场", "签约仪式现场。记者 胡艳 摄"),
 body="""5月16日，襄阳高新区举行新能源汽车产业链项目集中签约仪式，12个项目现场签约，总投资达186亿元，涵盖动力电池、电驱系统、汽车电子、轻量化材料等领域。
此次签约的项目中，投资额最大的是一个年产20GWh的动力电池储能项目，总投资68亿元，建成后预计年产值可达百亿元。另有3个项目为高新区现有企业增资扩产项目。
近年来，襄阳高新区围绕新能源汽车产业“建链、延链、补链、强链”，聚焦整车企业配套需求开展精准招商，已集聚汽车及零部件企业300余家，初步形成了从核心零部件到整车制造的完整产业链。
高新区管委会负责人表示，将为签约项目提供“一对一”全程代办服务，推动项目早落地、早开工、早投产。
据介绍，今年以来，襄阳高新区已累计签约亿元以上项目35个，协议投资额超过420亿元，新开工项目22个。"""),

dict(id="sm-18", kind="media", tpl="media_flex", prov="桂", site="北部湾在线", channel="北海",
 title="北海银滩“夜经济”点亮滨海消费新场景", authors=["陈思远", "林秀华"], time="2025-07-05 19:20:11",
 info=["发布时间：2025-07-05 19:20:11", "来源：北海日报"], info_pos="bottom", byline="文/陈思远　林秀华　图/邓宇", byline_pos="first",
 body="""入夜，北海银滩海风习习，音乐广场上灯光璀璨，沙滩音乐会、露天电影、海鲜夜市吸引了大批市民游客。今年暑期以来，北海市推出“银滩之夜”系列活动，打造滨海夜间消费新场景。
## 夜市里的烟火气
在银滩南侧的海鲜夜市，80多个摊位一字排开，炒螺、烤生蚝、海鲜粥香气扑鼻。摊主阿芬说，夜市开市以来，她家每晚营业额都在3000元以上，周末更是忙不过来。
## 文旅融合添活力
除了美食，“银滩之夜”还安排了疍家咸水歌表演、沙雕展、无人机灯光秀等文化活动。来自湖南的游客周女士说：“白天太热，晚上出来逛最舒服，节目也很有特色。”
据统计，活动开展以来，银滩景区夜间客流量日均超过5万人次，带动周边餐饮、住宿消费增长约30%。
北海市商务局相关负责人表示，下一步将进一步优化夜间交通、照明和安保服务，丰富夜间消费业态，让“夜经济”成为拉动消费的新引擎。"""),

dict(id="sm-19", kind="media", tpl="media_en", lang="en", prov="鄂", site="Hubei Today", channel="Home > Hubei > Economy",
 title="Yichang port handles record container volume in first quarter", authors=["Liu Meng", "Zhang Wei"], time="Apr 14, 2025",
 info=["By Liu Meng and Zhang Wei", "Updated: Apr 14, 2025"], info_pos="below", byline_pos="none",
 prev="Wuhan opens new cross-river tunnel to traffic", next="Enshi tea farmers embrace e-commerce",
 related=["Hubei foreign trade grows 9 percent in 2024", "New freight train links Xiangyang with Central Asia"], related_head="Related stories",
 body="""Yichang's ports along the Yangtze River handled 92,000 twenty-foot equivalent units of containers in the first quarter of this year, a record for the period and up 14 percent year-on-year, according to the city's port and shipping authority.
Officials attributed the growth to the expansion of the Baiyang port area and new river-sea intermodal routes linking Yichang with Shanghai and Ningbo.
"Shipping by river is cheaper and greener for bulky goods like phosphate chemicals and agricultural products," said Wang Jun, a manager at a local logistics company. "Our clients can now book a through service from Yichang to overseas ports with a single bill of lading."
The Three Gorges ship lock remains a bottleneck, with vessels sometimes waiting several days to pass. The city has been promoting a combined water-rail transfer system to ease congestion, moving some cargo around the dam by rail.
Yichang plans to invest 3.2 billion yuan ($441 million) in port facilities over the next three years, the authority said."""),

dict(id="sm-20", kind="media", tpl="media_en", lang="en", prov="蒙", site="Inner Mongolia News English", channel="Culture",
 title="Naadam fair draws herders and tourists to Hulunbuir grassland", authors=[], time="2025-07-21 09:12",
 info=["Source: Xinhua", "2025-07-21 09:12"], info_pos="above", byline_pos="none", editor="Editor: Sarah Bao",
 related=["Horse culture festival opens in Xilingol", "Grassland tourism booms in summer"], related_head="Read more",
 body="""HULUNBUIR, July 20 -- Thousands of herders and tourists gathered on the grassland of New Barag Left Banner in Hulunbuir, north China's Inner Mongolia Autonomous Region, on Sunday for the annual Naadam fair.
The three-day event features the traditional "three manly games" of wrestling, horse racing and archery, as well as folk song performances and a market where herders sell dairy products, felt handicrafts and livestock.
More than 260 wrestlers from across the region competed in the opening rounds, while 400 horses took part in a 20-km endurance race across the steppe.
"I come every year. Naadam is the best time to meet friends from other pastures," said Batu, a 56-year-old herder who drove his family more than 100 km to attend.
Local authorities said the fair is expected to attract about 80,000 visitors this year, boosting income for herders who run homestays and restaurants during the summer tourist season."""),

dict(id="sm-21", kind="media", tpl="media_portal", prov="吉", site="中国吉林网", channel="吉林要闻",
 title="吉林省今年将实施城市更新项目1200个", authors=["赵琳琳"], time="2025-03-05 07:58",
 info=["2025-03-05 07:58", "来源：吉林日报"], glued=False, info_pos="below", byline="吉林日报记者 赵琳琳", byline_pos="first",
 editor="编辑：孙一鸣", hot=["吉林省两会闭幕", "长春至白城高铁提速", "吉林雾凇最佳观赏期到来", "一汽新能源车型上市"],
 body="""记者日前从省住房和城乡建设厅获悉，今年我省将实施城市更新项目1200个，计划完成投资580亿元，重点推进老旧小区改造、城市燃气管道更新、地下管网建设和城市排水防涝能力提升等工作。
根据计划，今年全省将改造城镇老旧小区1100个，惠及居民约20万户；更新改造燃气、供水、排水、供热等各类管网2800公里；新建和改造城市绿道300公里、口袋公园150个。
在完整社区建设方面，我省将在长春、吉林、四平等城市开展试点，按照“15分钟生活圈”的要求，补齐社区养老、托育、便民商业等服务设施短板。
省住建厅负责人表示，城市更新要坚持“留改拆”并举，以保留利用提升为主，防止大拆大建。同时，要创新投融资模式，引导社会资本参与城市更新项目建设和运营。
去年，全省共实施城市更新项目1050个，完成投资512亿元，群众满意度明显提升。"""),

dict(id="sm-22", kind="media", tpl="media_flex", prov="鄂", site="恩施新闻网", channel="县市新闻",
 title="利川：高山蔬菜抢“鲜”上市供应大湾区", authors=["谭静", "向阳"], time="2025.08.12",
 info=["来源：恩施日报", "2025.08.12", "记者：谭静 通讯员：向阳"], info_pos="below", byline_pos="none",
 editor="责任编辑：覃雪", related=["恩施州高山蔬菜种植面积突破百万亩", "利川莼菜获国家地理标志认证"],
 body="""8月11日凌晨，在利川市汪营镇的蔬菜交易市场，一箱箱刚从地里采收的甘蓝、白萝卜、大白菜经过分拣、预冷、包装后，装上冷链货车发往广州、深圳等大湾区城市。
利川市平均海拔1100米，夏季凉爽，昼夜温差大，种出的蔬菜品质好、口感佳，在大湾区市场颇受欢迎。今年全市高山蔬菜种植面积达32万亩，预计总产量90万吨。
“我们和深圳的几家商超签订了订单，每天发货6车左右，价格比去年稳定。”蔬菜经纪人冉从军说。
为了让蔬菜“鲜”得更久，利川市近年来新建和改造冷库96座，冷链物流车增至210辆，蔬菜从田间到大湾区餐桌的时间缩短到24小时以内。
## 品牌打响了，价格也上去了
利川还注册了“利川山菜”区域公共品牌，推行标准化生产和质量追溯，带动菜农户均增收8000元以上。"""),

dict(id="sm-23", kind="media", tpl="media_portal", prov="桂", site="玉林新闻网", channel="社会",
 title="玉林一小区电动车充电棚改造完工 居民不再“飞线”充电", authors=["梁伟"], time="2025/10/09 11:26",
 info=["时间：2025/10/09 11:26", "来源：玉林日报", "作者：梁伟"], glued=True, info_pos="below", byline_pos="none",
 editor="编辑：庞丽", title_html="玉林一小区电动车充电棚改造完工<br>居民不再“飞线”充电",
 body="""近日，玉林市玉州区名山街道金港花园小区新建的电动自行车集中充电棚正式投入使用，困扰小区居民多年的“飞线”充电问题得到解决。
金港花园小区建于2008年，有住户620户，居民电动自行车保有量超过500辆。由于小区没有集中充电设施，不少居民从楼上拉电线下来充电，有的甚至把电动车推进楼道、家中充电，存在很大安全隐患。
今年，街道和社区将该小区充电设施建设列入为民办实事项目，多次召开居民议事会征求意见，最终确定在小区空地上新建2处充电棚，共设充电端口160个，配备烟感报警、自动喷淋和视频监控设施。
“扫码就能充，一个小时才几毛钱，方便又安全。”居民陈阿姨说。
据了解，今年以来，玉州区已在76个老旧小区建成电动自行车集中充电设施，新增充电端口5800余个。"""),

dict(id="sm-24", kind="media", tpl="media_flex", prov="蒙", site="包头新闻网", channel="包头要闻",
 title="包头稀土高新区今年前三季度新增科技型企业87家", authors=["贺晓东"], time="2025-10-23 16:48:30",
 info=["2025-10-23 16:48:30", "包头日报"], info_pos="above", byline_pos="none",
 editor="编辑：乔丽　审核：张斌",
 body="""记者从包头稀土高新区获悉，今年前三季度，该区新增科技型中小企业87家、高新技术企业23家，科技型企业总数达到680家，创新主体加速集聚。（记者 贺晓东）
为推动科技企业发展，稀土高新区出台了科技型企业梯度培育办法，对新认定的高新技术企业给予最高30万元奖励，并建设了稀土新材料中试基地、科技企业孵化器等平台，为企业提供研发场地、检测设备和融资对接服务。
在一家从事稀土永磁材料研发的企业，技术人员正在调试新研发的高性能钕铁硼生产线。企业负责人说，公司去年被认定为高新技术企业，享受了研发费用加计扣除等政策，今年研发投入增长了40%。
据介绍，前三季度稀土高新区规上工业企业研发投入同比增长18.6%，技术合同成交额达到12.4亿元。下一步，该区将继续深化产学研合作，推动更多科技成果在本地转化落地。"""),
]
