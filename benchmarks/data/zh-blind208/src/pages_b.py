"""ra-13 … ra-24: media pages (invented)."""
K = "media"
PAGES = []
def P(**k):
    k.setdefault("kind", K); k.setdefault("lang", "zh"); PAGES.append(k)

P(n=13, layout="media", site="荆楚晚报网", prov="鄂",
  crumb="您的位置：首页 &gt; 新闻 &gt; 武汉",
  title="汉口江滩樱花季开启 夜间灯光秀同步上演", authors=["李晓楠", "汪洋"],
  publish_time="2025-03-21 07:58", meta_pos="below",
  meta='<div class="info">2025-03-21 07:58　来源：荆楚晚报　作者：李晓楠</div>',
  paras=[
   "本报讯（记者 李晓楠 通讯员 汪洋）3月20日，汉口江滩三期樱花园正式开园，两千余株早樱、晚樱次第绽放，粉白花海沿江铺展，吸引众多市民游客前来赏花打卡。",
   "今年江滩樱花园新增了观景平台和休憩座椅，并在园内设置了五处自助讲解点，扫码即可收听樱花品种介绍。园区还开通了夜间开放时段，每晚七点至十点举办灯光秀。",
   ("img", "江滩樱花", "市民在汉口江滩赏樱。记者 张峰 摄"),
   "“以前只能白天来，现在下班后带孩子来走走，灯光照着樱花别有一番味道。”家住江岸区的市民何女士说。",
   "据了解，今年江滩樱花园共有染井吉野、关山、大岛等十余个樱花品种，花期将持续到4月中旬，其中晚樱盛花期预计在4月上旬。",
   "江滩管理部门提醒，赏花高峰期请尽量绿色出行，文明赏花，不攀折花枝，不在草坪内搭帐篷。",
  ], after="责任编辑：周丹")

P(n=14, layout="media", site="湖南日报网", prov="湘",
  crumb="湖南日报 &gt; 时政",
  title="湖南一季度地区生产总值同比增长5.6%", authors=["欧阳文"],
  publish_time="2025年04月18日 20:03", meta_pos="above",
  meta='<div class="info">2025年04月18日 20:03 湖南日报·新湖南客户端 作者：欧阳文</div>',
  paras=[
   "4月18日，省统计局发布一季度全省经济运行情况。初步核算，一季度全省地区生产总值一万二千八百余亿元，按不变价格计算，同比增长百分之五点六，增速比上年全年加快零点三个百分点。",
   "分产业看，第一产业增加值同比增长百分之三点八，第二产业增长百分之六点二，第三产业增长百分之五点四。规模以上工业增加值增长百分之七点一，其中装备制造业增长百分之九点三，对全省工业增长的贡献率超过四成。",
   ("h", "消费市场回暖"),
   "一季度，全省社会消费品零售总额同比增长百分之五点九。以旧换新政策带动效应明显，家用电器和音像器材类、通讯器材类零售额分别增长百分之二十八点四和百分之二十一点七。",
   ("h", "外贸稳中有进"),
   "全省进出口总值同比增长百分之七点五，其中对东盟进出口增长百分之十六点二。省统计局新闻发言人表示，全省经济开局良好，但外部环境复杂多变，巩固回升向好态势仍需持续发力。",
  ], after="责编：刘瑶 | 一审：刘瑶 | 二审：易博文 | 三审：杨又华")

P(n=15, layout="media", site="南国都市网", prov="琼",
  crumb="首页 » 海南新闻 » 社会",
  title="海口一外卖小哥跳海救起落水老人", authors=["符　洁"], author_gold=["符洁"],
  publish_time="2025-05-07", meta_pos="bottom",
  meta='<div class="info">南国都市网记者 符　洁　2025-05-07</div>',
  paras=[
   "5月6日傍晚，海口西秀海滩附近，一名老人不慎落入海中，正在附近送餐的外卖骑手林志鹏听到呼救后，来不及脱下工作服便跳入海中，将老人救上岸。",
   "据现场目击者介绍，当时风浪较大，老人在离岸十多米的地方挣扎，情况十分危急。林志鹏游到老人身边后，从背后托住老人，一点点向岸边划去，岸上的市民也纷纷递来救生圈和绳索帮忙。",
   "“当时没想那么多，就想着赶紧把人救上来。”浑身湿透的林志鹏说完，又骑上电动车去送下一单。",
   "老人被救上岸后意识清醒，随后被家属送往医院检查，目前身体无大碍。老人家属表示，将专门上门感谢这位“最美骑手”。海口市秀英区相关部门已启动见义勇为申报程序。",
  ], after="编辑：王佳")

P(n=16, layout="media", site="多彩贵州网", prov="黔",
  crumb="当前位置：多彩贵州网 &gt; 新闻 &gt; 贵州新闻",
  title="贵阳至黄平高速公路建成通车", authors=[],
  publish_time="2025-06-28 12:16:45", meta_pos="below",
  meta='<div class="info">来源：新华社　2025-06-28 12:16:45</div>',
  paras=[
   "新华社贵阳6月28日电 28日上午，贵阳至黄平高速公路建成通车。这条高速公路全长约九十八公里，设计时速一百公里，是贵州省高速公路网规划的重要组成部分。",
   "贵黄高速公路起于贵阳市乌当区，止于黔东南州黄平县，沿线经过开阳、福泉等地。项目共设置特大桥、大桥五十二座，隧道十五座，桥隧比超过百分之六十。",
   "建设单位介绍，项目穿越喀斯特地貌发育区，地质条件复杂，建设者们采用智能建造和BIM技术，攻克了多项技术难题。其中，跨越清水江的特大桥主跨达五百二十米。",
   "通车后，贵阳至黄平的行车时间将由原来的两个半小时缩短至一小时左右，对于完善区域路网、带动沿线旅游和特色农业发展具有重要意义。",
  ], after="编辑：杨丹 审核：罗彬")

P(n=17, layout="media", site="十堰广电网", prov="鄂",
  crumb="新闻 &gt; 本地",
  title="武当山景区推出夜游项目 古建筑群点亮夜空", authors=["余小川", "陈静"],
  publish_time="2025-05-19", meta_pos="below",
  meta='<div class="info">十堰广播电视台 记者：余小川 陈静 2025-05-19 阅读：3.6万</div>',
  paras=[
   "【导语】夜幕降临，武当山太子坡、紫霄宫等古建筑群在灯光映衬下熠熠生辉。从本周起，武当山景区正式推出“夜游武当”项目，游客可以在夜色中感受道教文化的独特魅力。",
   "【正文】记者在现场看到，景区对部分古建筑进行了灯光亮化，运用投影、光影秀等方式展示武当武术、道教音乐等文化元素。夜游线路全长约三公里，游客可乘坐观光车抵达，也可徒步游览。",
   "景区工作人员介绍，夜游项目开放时间为每周五至周日晚上七点半至十点半，夜场门票为八十元，持日场门票的游客当天可免费入园。",
   "【同期】游客 周女士：白天看山，晚上看灯，感觉很不一样，尤其是紫霄宫前面的太极表演，特别震撼。",
   "据了解，今年武当山景区还将陆续推出研学游、康养游等产品，进一步延长游客停留时间。",
  ], after="编辑：冯婕")

P(n=18, layout="media", site="红网", prov="湘",
  crumb="红网首页 &gt; 时刻新闻 &gt; 评论",
  title="红网评论：让“一老一小”过得更舒心", authors=["张　弛"], author_gold=["张弛"],
  publish_time="2025-03-30 08:47", meta_pos="below",
  meta='<div class="info">来源：红网　作者：张　弛　编辑：李思思　2025-03-30 08:47:19</div>', time_note="",
  paras=[
   "“一老一小”问题，关系千家万户。近日，长沙多个社区的“嵌入式”托育点和老年食堂陆续开张，不少居民感叹：家门口的服务越来越多了。",
   "过去，托育难、养老难是不少双职工家庭的心头事。孩子三岁以前找不到合适的托育机构，老人吃饭、看病没人照应，年轻人两头忙、两头顾不上。把服务设施“嵌入”社区，正是从群众最急最忧最盼的事情入手。",
   "当然，设施建起来只是第一步。托育点师资是否专业、老年食堂能否持续运营、收费是否合理，都需要在实践中不断完善。相关部门应加强监管和扶持，社会力量也应积极参与，形成多方共建的良性格局。",
   "民生无小事，枝叶总关情。把“一老一小”的事情办好，就是把千家万户的日子过好。",
  ], after="")

P(n=19, layout="media", site="Hubei Daily", prov="鄂", lang="en",
  crumb="Home &gt; Hubei News",
  title="Wuhan Opens Its First Low-Altitude Drone Delivery Route", authors=["Zhang Yuwei", "Chen Lin"],
  publish_time="April 9, 2025", meta_pos="below",
  meta='<div class="info">By Zhang Yuwei and Chen Lin | Updated: April 9, 2025 | Hubei Daily</div>',
  paras=[
   "Wuhan launched its first regular low-altitude drone delivery route on Tuesday, linking a logistics hub in the Donghu High-Tech Development Zone with a residential community about eight kilometers away.",
   "The drones, each able to carry up to five kilograms, complete a one-way trip in around 15 minutes, compared with nearly 40 minutes by road during peak hours. Operators expect to handle more than 300 orders a day once the service reaches full capacity.",
   "\"Residents can order fresh food and medicine through a mobile app and pick up their parcels at a smart locker near the community gate,\" said Liu Qiang, a manager with the operating company.",
   "Local officials said the city plans to open ten more routes by the end of the year as part of its efforts to develop the low-altitude economy, while strengthening airspace management and safety supervision.",
  ], after="Editor: Wang Jing")

P(n=20, layout="media", site="Hainan International Media Center", prov="琼", lang="en",
  crumb="HOME / NEWS / FTP",
  title="Hainan Free Trade Port Sees Surge in Offshore Duty-Free Sales During Holiday", authors=[],
  publish_time="2025-05-06 18:30", meta_pos="above",
  meta='<div class="info">Source: Xinhua  2025-05-06 18:30</div>',
  paras=[
   "HAIKOU, May 6 (Xinhua) -- Offshore duty-free shops in south China's Hainan Province recorded sales of 1.12 billion yuan during the five-day May Day holiday, up 9.8 percent year on year, according to Haikou Customs.",
   "A total of 143,000 shoppers made purchases at the island's 12 duty-free stores, buying about 956,000 items. Cosmetics, jewelry and electronic products remained the most popular categories.",
   "Since the offshore duty-free policy was adjusted in 2020, raising the annual tax-free shopping quota to 100,000 yuan per person, Hainan has become a major destination for domestic consumers seeking international brands.",
   "Customs officials said they had expanded self-service clearance channels and extended the hours of mail pickup services to handle the holiday rush.",
  ], after="")

P(n=21, layout="media", site="贵阳网", prov="黔",
  crumb="贵阳网 &gt;&gt; 贵阳新闻 &gt;&gt; 民生",
  title="贵阳地铁3号线二期开通初期运营", authors=["罗　敏", "吴昊天"], author_gold=["罗敏", "吴昊天"],
  publish_time="2025年6月1日", meta_pos="bottom",
  meta='<div class="info">文/罗　敏 吴昊天 图/田野　来源：贵阳日报　2025年6月1日</div>',
  paras=[
   "5月31日上午十点，贵阳地铁3号线二期工程正式开通初期运营。二期线路全长十一点四公里，新增车站七座，与1号线、2号线实现换乘。",
   ("img", "地铁", "市民乘坐地铁3号线二期首班车。"),
   "开通首日，不少市民专程赶来体验。“以前从家到花果园要倒两趟公交，现在坐地铁二十分钟就到了。”家住乌当区的张大爷说。",
   "据贵阳轨道交通集团介绍，3号线二期初期运营时间为每天6时30分至22时30分，高峰时段行车间隔七分钟。各车站均设有无障碍电梯、母婴室和自助票务设备，支持刷码、刷卡等多种支付方式。",
   "至此，贵阳城市轨道交通运营里程达到九十六公里，线网日均客运量有望突破七十万人次。",
  ])

P(n=22, layout="media", site="海南日报数字报·南海网", prov="琼",
  crumb="南海网首页 &gt; 海南新闻 &gt; 经济",
  title="儋州洋浦：国际集装箱枢纽港建设提速", authors=["曾　丽", "陈开坚"], author_gold=["曾丽", "陈开坚"],
  publish_time="2025-04-23 06:50", meta_pos="below",
  meta='<div class="info">2025-04-23 06:50　来源：海南日报　海南日报记者 曾　丽 通讯员 陈开坚</div>',
  paras=[
   "洋浦港小铲滩码头，巨型桥吊起落不停，一个个集装箱被稳稳装上货轮。今年以来，洋浦国际集装箱枢纽港建设全面提速，一季度集装箱吞吐量同比增长百分之二十一。",
   ("h", "航线网络持续加密"),
   "目前，洋浦港已开通内外贸航线五十六条，其中外贸航线三十二条，通达东南亚、中东、非洲、澳洲等地区。“中国洋浦港”船籍港登记国际船舶已达五十余艘。",
   ("h", "智慧港口加快建设"),
   "在港区中控室，工作人员通过屏幕远程操控岸桥。洋浦港务公司负责人介绍，码头自动化改造完成后，单箱作业效率提升约百分之十五，船舶平均在港时间明显缩短。",
   "下一步，洋浦将持续推动港航物流、油气化工、新能源新材料等产业集聚，打造西部陆海新通道国际航运枢纽。",
  ], after="责编：林海")

P(n=23, layout="media", site="潇湘晨报网", prov="湘",
  crumb="首页 ＞ 湖南 ＞ 长沙",
  title="岳麓山下“非遗市集”人气旺", authors=["谭　卓"], author_gold=["谭卓"],
  publish_time="2025-04-05 21:11", meta_pos="below",
  meta='<div class="info">潇湘晨报记者 谭　卓 长沙报道　2025-04-05 21:11</div>',
  paras=[
   "清明假期首日，长沙岳麓山下的“非遗市集”热闹非凡。湘绣、棕编、滩头年画、浏阳花炮模型……三十余个非遗项目集中亮相，吸引了大批市民游客。",
   "在湘绣展位前，省级非遗传承人肖桂兰正在演示“鬅毛针”技法，针尖在绸缎上轻轻游走，一只栩栩如生的老虎渐渐成形。“湘绣讲究‘以针代笔、以线晕色’，一幅作品往往要绣几个月。”",
   "不少家长带着孩子参加了拓印、剪纸等体验活动。十岁的小雨拿着自己拓印的年画说：“原来年画是这样做出来的，太好玩了！”",
   "市集主办方介绍，活动将持续至4月6日，期间还将举办非遗戏曲展演和传承人讲座。",
   ("raw", "<p>（潇湘晨报记者 谭　卓）</p>"),
  ], after="编辑：毛晨")

P(n=24, layout="media", site="凤凰网湖北", prov="鄂",
  crumb="凤凰网湖北 &gt; 资讯",
  title="襄阳：“科技副总”进企业 助力破解技术难题", authors=[],
  publish_time="2025年05月27日 15:35:02", meta_pos="above",
  meta='<div class="info">2025年05月27日 15:35:02 来源：湖北日报</div>',
  paras=[
   "近日，襄阳市第三批“科技副总”选派工作完成，来自武汉理工大学、湖北文理学院等十二所高校院所的八十六名专家教授，将到全市八十余家企业挂职一年。",
   "“科技副总”不拿企业工资，主要职责是帮助企业解决技术难题、培养研发人才、对接高校科研资源。去年，第二批“科技副总”共帮助企业解决技术问题二百一十余项，联合申请专利一百四十七件。",
   "在襄阳一家汽车零部件企业，来自华中科技大学的王教授带领团队，帮助企业改进了热处理工艺，产品合格率由百分之九十二提高到百分之九十八以上。",
   "襄阳市科技局相关负责人表示，将进一步完善“科技副总”考核激励机制，推动更多科研成果在襄阳落地转化。",
  ], after="【责任编辑：刘洋】")
