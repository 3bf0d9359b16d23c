"""Media sz-13..24 and self-media sz-25..30 (invented)."""
P = []
def add(**k): P.append(k)

add(id="sz-13", kind="media", style="div", site="扬子晚报网", crumbs="首页 &gt; 南京 &gt; 民生",
 title="南京地铁5号线南段开通初期运营", authors=["刘　畅","沈雯雯"], time="2025-06-30 07:42",
 hd='<h1>南京地铁5号线南段开通初期运营</h1><div class="meta">扬子晚报网 2025-06-30 07:42　记者 刘　畅　通讯员 沈雯雯</div>',
 body=["扬子晚报网6月30日讯 今天上午6时，南京地铁5号线南段正式开通初期运营。该段线路全长约14.6公里，共设车站9座，串联起江宁、雨花台等多个片区。",
  "记者在首班车上看到，不少市民早早来到车站，体验新线路。家住江宁方山附近的市民周女士告诉记者：“以前进城要先坐公交再换乘，现在出门就是地铁站，到新街口能省下二十多分钟。”",
  "据南京地铁运营方介绍，开通初期，5号线南段工作日高峰时段行车间隔为6分钟，平峰时段为8分钟，首末班车时间与全线网保持一致。",
  "为做好开通保障，地铁运营方在各站增派志愿者，加强客流引导，并提醒乘客留意站内导向标识，合理安排出行。"],
 tail='<p class="ed">校对 王倩</p><div class="rel"><b>猜你喜欢</b><ul><li>南京今夏将迎来多场大型演唱会</li><li>南京出台新一轮购房支持政策</li></ul></div>')

add(id="sz-14", kind="media", style="div", site="大众网", crumbs="大众网 &gt; 济南 &gt; 新闻",
 title="济南百年老字号焕新 非遗技艺走进大学课堂", authors=["赵　璐"], time="2025年04月17日 15:26",
 hd='<h1>济南百年老字号焕新 非遗技艺走进大学课堂</h1><div class="meta">2025年04月17日 15:26　来源：大众网</div>',
 body=["大众网记者 赵　璐 济南报道",
  "“这道九转大肠，讲究的是酸、甜、苦、辣、咸五味俱全。”4月16日下午，在山东某职业学院烹饪实训室里，济南百年老字号餐馆的第四代传承人马立新一边示范一边讲解，学生们围在灶台前认真记录。",
  "今年以来，济南多家老字号企业与本地高校合作，开设鲁菜烹饪、手工糕点制作等非遗课程，由老师傅走进课堂“手把手”传艺。",
  "“以前担心手艺没人接，现在有不少年轻人愿意学，我们心里踏实多了。”马立新说，他今年已带了12名学生实习，其中3人已经能够独立完成几道招牌菜。",
  "学院相关负责人介绍，下一步将与老字号企业共建非遗工坊，开发活页式教材，推动传统技艺在传承中创新发展。"],
 tail='<p>责任编辑：宋倩倩</p><div class="share">分享：<a>微信</a><a>微博</a><a>QQ</a></div>')

add(id="sz-15", kind="media", style="grid", site="河南日报网", crumbs="首页 > 河南 > 经济",
 title="河南小麦主产区进入“三夏”大忙时节", authors=["尹江勇","张　恒","王锦帆"], time="2025-06-03 19:08:45",
 hd='<div class="bar">河南日报网 | 2025-06-03 19:08:45</div><h1>河南小麦主产区进入“三夏”大忙时节</h1>',
 body=["本报讯（记者 尹江勇 张　恒 通讯员 王锦帆）6月3日，记者从省农业农村厅获悉，随着气温升高，我省南部麦区小麦已陆续成熟，全省“三夏”生产由南向北全面展开。",
  "截至当天下午6时，全省已收获小麦1260万亩，约占种植面积的14.8%。信阳、南阳、驻马店等地麦收进度较快，周口、商丘等地将于近日大面积开镰。",
  "为保障麦收顺利进行，全省预计投入联合收割机19万台左右，各地设立农机跨区作业接待服务站400余个，为机手提供免费加油、维修、信息咨询等服务。",
  "省农业农村厅提醒，近期我省部分地区可能出现雷阵雨和大风天气，各地要抢抓晴好天气收获，做好烘干储备，确保颗粒归仓。",
  ("table",[["地市","收获进度"],["信阳","71%"],["南阳","45%"],["驻马店","38%"]])],
 tail='<div class="card">编辑：刘奕　审核：周明</div>')

add(id="sz-16", kind="media", style="table", site="中国江西网", crumbs="当前位置：中国江西网 &gt; 江西新闻 &gt; 社会",
 title="九江一货车侧翻 交警消防联手救援", authors=[], time="2025-02-21 11:03",
 hd='<h1>九江一货车侧翻 交警消防联手救援</h1><p>2025-02-21 11:03　来源：江西新闻客户端　【字体：<a>大</a> <a>中</a> <a>小</a>】</p>',
 body=["2月20日晚，一辆满载建材的重型货车在九江市濂溪区十里大道附近发生侧翻，驾驶员被困驾驶室内。接警后，交警和消防救援人员迅速赶赴现场处置。",
  "救援人员到场后发现，货车驾驶室严重变形，驾驶员双腿被卡，意识清醒。消防员立即使用液压扩张器、剪切钳等破拆工具展开救援，交警同步对现场进行交通管制。",
  "经过约40分钟的紧张救援，被困驾驶员被成功救出，随即由120急救车送往医院救治，目前无生命危险。",
  "交警提醒，货车驾驶人要严格按照核定载质量装载货物，雨天路滑时要降低车速、保持安全车距，避免急打方向和急刹车。事故原因正在进一步调查中。"],
 tail='<p>编辑：熊芸</p><p><a>上一篇</a>｜<a>下一篇</a></p>')

add(id="sz-17", kind="media", style="div", site="齐鲁网", crumbs="齐鲁网·闪电新闻 > 新闻 > 山东",
 title="烟台苹果花开 果农忙疏花", authors=["于志海","姜丽丽"], time="2025年4月21日",
 hd='<h1>烟台苹果花开 果农忙疏花</h1><div class="meta">闪电新闻记者 于志海 姜丽丽 烟台报道　2025年4月21日</div>',
 body=[("img","栖霞市一处果园里，果农正在疏花"),
  "眼下，烟台栖霞、蓬莱等地的苹果花进入盛花期，漫山遍野一片雪白。果农们抢抓农时，在果园里忙着疏花、授粉，为丰收打下基础。",
  "在栖霞市桃村镇的一处果园里，果农王德胜正踩着梯子，把多余的花朵一一摘掉。“一个花序只留中心花，这样结出的果子个头大、品相好。”他说。",
  "近年来，烟台大力推广矮砧密植、水肥一体化等技术，老果园改造面积不断扩大。当地农技人员也深入田间地头，指导果农科学疏花疏果、防治病虫害。",
  "据了解，今年烟台苹果种植面积稳定在280万亩左右，预计产量与去年基本持平。"],
 tail='<p>责任编辑：李晓 摄影：孙敬涛</p>')

add(id="sz-18", kind="media", style="grid", site="大河网", crumbs="首页 > 专访",
 title="对话开封市文旅局负责人：让古城夜游“热”下去", authors=["李　萌"], time="2025-08-12 20:17",
 hd='<h1>对话开封市文旅局负责人：让古城夜游“热”下去</h1><div class="bar">2025-08-12 20:17 大河网</div><p>文/图 大河网记者 李　萌</p>',
 body=["今年暑期，开封古城夜游持续火爆。如何让“流量”变成“留量”？记者专访了开封市文化广电和旅游局相关负责人。",
  "记者：今年暑期开封文旅市场表现如何？",
  "负责人：7月以来，全市接待游客超过1300万人次，同比增长16%左右。其中夜间游客占比接近六成，清明上河园、鼓楼夜市、御街等地每晚人气很旺。",
  "记者：在丰富夜游产品方面有哪些新举措？",
  "负责人：我们推出了沉浸式演艺、宋韵游船和非遗市集，延长了部分景区开放时间，并在古城内增设了20个“城市驿站”，提供饮水、充电和休息服务。",
  "记者：下一步有什么打算？",
  "负责人：我们会继续做好住宿、交通等配套，推动文旅与商业、体育融合，让游客愿意多住一晚、多逛一天。"],
 tail='<div class="card">编辑：王菲菲</div>')

add(id="sz-19", kind="media", style="div", lang="en", site="Jiangsu Now", crumbs="Home &gt; News &gt; Economy",
 title="Suzhou industrial park opens AI computing center", authors=["Chen Xiaoyu"], time="April 9, 2025",
 hd='<h1>Suzhou industrial park opens AI computing center</h1><p class="meta">By Chen Xiaoyu | Updated: April 9, 2025 | Source: Jiangsu Now</p>',
 body=["A new artificial intelligence computing center officially began operation in Suzhou Industrial Park on Tuesday, offering computing power to more than 200 local companies working on industrial software, biomedicine and smart manufacturing.",
  "The center, built with an investment of 1.8 billion yuan, provides computing capacity equivalent to several thousand high-end graphics processors, according to the park's administrative committee.",
  "\"Small and medium-sized enterprises used to wait weeks to rent computing resources elsewhere,\" said Wang Lihong, an official with the park's science and technology bureau. \"Now they can apply online and get access within two days.\"",
  "The park plans to offer computing vouchers worth up to 500,000 yuan a year to eligible startups, and will work with universities to train engineers in large-model development."],
 tail='<p>Editor: Zhou Min</p><div class="rel"><b>Related stories</b><ul><li>Jiangsu exports rise in first quarter</li><li>Nanjing expands metro network</li></ul></div>')

add(id="sz-20", kind="media", style="grid", lang="en", site="Henan Daily English", crumbs="HOME / CULTURE",
 title="Longmen Grottoes launch digital tours for overseas visitors", authors=[], time="2025-05-22 14:30",
 hd='<h1>Longmen Grottoes launch digital tours for overseas visitors</h1><div class="bar">Source: Xinhua | 2025-05-22 14:30</div>',
 body=["LUOYANG, May 22 -- The Longmen Grottoes, a UNESCO World Heritage site in central China's Henan Province, has launched a multilingual digital tour service to attract more overseas visitors.",
  "Visitors can scan QR codes at major caves to listen to explanations in English, French, Japanese, Korean and Spanish, and view high-resolution 3D models of statues that are difficult to see up close.",
  "The site received more than 160,000 foreign tourists last year, nearly triple the figure of the previous year, according to its management.",
  "Managers said the digital tour was built on years of scanning work, and the data is also used for the protection and restoration of the 1,500-year-old carvings."],
 tail='<div class="card">Share: <a>Facebook</a> <a>X</a></div>')

add(id="sz-21", kind="media", style="table", site="南阳网", crumbs="南阳网 → 南阳新闻 → 县区",
 title="西峡猕猴桃产业链年产值突破40亿元", authors=["王　鑫"], time="2025-10-08",
 hd='<h1>西峡猕猴桃产业链<br>年产值突破40亿元</h1><p>2025-10-08　作者：王　鑫　来源：南阳日报</p>',
 body=["金秋十月，西峡县12万亩猕猴桃陆续进入采摘期。在丁河镇的猕猴桃种植基地，果农们正忙着采摘、分拣、装箱，一派丰收景象。",
  "近年来，西峡县坚持“基地+加工+电商”模式，培育猕猴桃加工企业23家，开发果汁、果酒、果脯等系列产品40余种，全产业链年产值突破40亿元。",
  "“今年我家10亩果园，预计收入能有15万元。”丁河镇果农李长青说，县里的农技员定期上门指导，果子品质一年比一年好。",
  "西峡县还建成了冷链物流中心和电商直播基地，产品销往全国30多个省份，并出口东南亚等地。"],
 tail='<p>编辑：陈霞</p>')

add(id="sz-22", kind="media", style="div", site="新华日报·交汇点", crumbs="交汇点 &gt; 推荐",
 title="“苏超”带火城市游 周末客流创新高", authors=["顾　敏","吴婷婷"], time="2025-07-07 21:55",
 hd='<h1>“苏超”带火城市游 周末客流创新高</h1><div class="meta">新华日报·交汇点记者 顾　敏 吴婷婷　2025-07-07 21:55　阅读 10万+</div>',
 body=["一场城市足球联赛，带火了一座座城市。7月5日至6日，江苏省城市足球联赛第六轮比赛在多地开赛，赛场内外人气爆棚，周末各地文旅客流创下新高。",
  "在常州奥体中心，来自周边城市的球迷早早排起长队入场。“看完球再去吃顿小吃、逛逛夜市，一个周末安排得满满当当。”来自无锡的球迷陆先生说。",
  "携程数据显示，比赛周末举办城市的酒店预订量环比增长超过五成，景区门票预订量增长近四成。",
  "业内人士认为，体育赛事与文旅消费深度融合，正在成为拉动城市消费的新引擎。各地也纷纷推出“凭票根享优惠”等活动，延长球迷的停留时间。"],
 tail='<p>打开交汇点客户端，查看更多精彩</p><p>扫码下载 <img alt="交汇点二维码" src=""></p>')

add(id="sz-23", kind="media", style="grid", site="江西广播电视台今视频", crumbs="首页 > 赣鄱",
 title="景德镇陶瓷文化周吸引中外艺术家", authors=["黄　珊","刘伟杰"], time="2025.10.19 18:20",
 hd='<div class="bar">今视频 2025.10.19 18:20</div><h1>景德镇陶瓷文化周吸引中外艺术家</h1><div class="bar">记者：黄　珊 刘伟杰　编辑：邱敏</div>',
 body=["10月18日，2025景德镇陶瓷文化周在陶溪川开幕，来自30多个国家和地区的400余名陶艺家、设计师齐聚瓷都，交流创作经验，展示最新作品。",
  "本届文化周设置国际陶艺邀请展、青年创客市集、传统制瓷技艺展演等12项活动。在传统技艺展演区，拉坯、利坯、画坯等72道工序依次呈现，不少外国艺术家驻足观看。",
  "“景德镇是每一个陶艺家都向往的地方。”来自意大利的陶艺家马可说，他已经在景德镇工作了三年，这里的材料、工匠和氛围都令人着迷。",
  "据悉，景德镇目前常住“景漂”人员超过6万人，其中外籍人士5000余人，成为国内外陶瓷艺术交流的重要平台。"],
 tail='<div class="card">今视频客户端出品</div>')

add(id="sz-24", kind="media", style="div", site="网易新闻", crumbs="网易首页 &gt; 新闻中心 &gt; 国内新闻",
 title="山东港口一季度集装箱吞吐量同比增长8.6%", authors=[], time="2025-04-15 10:21:09",
 hd='<h1>山东港口一季度集装箱吞吐量同比增长8.6%</h1><div class="meta">2025-04-15 10:21:09　来源: 中国新闻网</div>',
 body=["中新网青岛4月15日电 记者15日从山东省港口集团获悉，今年一季度，山东港口累计完成货物吞吐量4.6亿吨，同比增长3.2%；集装箱吞吐量1000万标准箱，同比增长8.6%。",
  "一季度，山东港口新开通外贸航线11条，其中“一带一路”沿线航线7条。青岛港自动化码头单机作业效率再创新高，日照港、烟台港散粮、原油等大宗货物接卸量稳步增长。",
  "山东省港口集团相关负责人表示，将持续加密东南亚、中东、非洲等方向航线，深化海铁联运，推动港口与腹地产业协同发展。"
  ],
 tail='<p>本文来源：中国新闻网</p><p>责任编辑：王晓_NN6821</p><div class="rel"><b>热点新闻</b><ul><li>多地出台促消费新举措</li></ul></div>')

# self-media
add(id="sz-25", kind="self-media", style="app", site="微信公众号", crumbs="",
 title="周末去哪儿｜徐州这5个公园的樱花开了", authors=["徐州生活圈"], time="2025年3月22日 18:30",
 hd='<h1>周末去哪儿｜徐州这5个公园的樱花开了</h1><div class="bar"><span>原创</span> <a>徐州生活圈</a> <span>2025年3月22日 18:30</span> <span>江苏</span></div>',
 body=["春分一过，徐州的樱花陆续进入盛花期。小编整理了市区5个赏樱好去处，周末约上家人朋友，一起去看花吧！",
  ("hs","01 云龙湖珠山景区"),
  "沿湖栽种的上千株日本晚樱和染井吉野樱已经开了七八成，湖光山色配上粉白花海，拍照特别出片。建议早上9点前到，人少光线好。",
  ("hs","02 彭园"),
  "彭园的樱花大道是很多徐州人的“童年回忆”，今年园内新增了夜间灯光，晚上也能赏花。",
  ("hs","03 徐州植物园"),
  "植物园樱花品种最多，有近20个品种，花期从3月中旬一直持续到4月上旬，适合带娃来认识植物。",
  ("hs","04 九里湖湿地公园、05 大龙湖"),
  "这两处樱花林相对小众，停车方便，适合骑行和野餐。温馨提示：赏花时请不要攀折花枝，垃圾记得带走哦。"],
 tail='<p>图片来源：网友投稿</p><p>阅读 2.1万　<a>赞</a> 316　<a>在看</a> 89</p><p>写留言</p>')

add(id="sz-26", kind="self-media", style="app", site="今日头条", crumbs="",
 title="干了20年的老木匠，靠直播把榫卯卖到了国外", authors=["豫见匠心"], time="2025-08-03 12:47",
 hd='<h1>干了20年的老木匠，靠直播把榫卯卖到了国外</h1><div class="bar"><span>豫见匠心</span><span>2025-08-03 12:47</span><span>河南</span><a>关注</a></div>',
 body=["在河南兰考县的一个小院里，52岁的木匠张德福正对着手机镜头，一边刨木头一边讲解榫卯结构。直播间里，不时有网友留言提问。",
  "张德福从十几岁开始跟着父亲学木工，一干就是二十多年。前几年，村里的年轻人教他用手机拍短视频，没想到一条做鲁班锁的视频播放量突破了百万。",
  "“以前做的东西只卖给十里八乡，现在订单从全国各地来，还有海外的华人专门找我定做。”张德福说，他现在每月能卖出去300多件小件木作，收入比以前翻了好几倍。",
  "如今，张德福还带了5个徒弟，他希望更多年轻人能把这门老手艺传下去。"],
 tail='<p>举报/反馈</p><div class="open">打开APP，阅读全文</div>')

add(id="sz-27", kind="self-media", style="app", site="百家号", crumbs="",
 title="一文读懂：2025年山东个人养老金新变化", authors=["鲁财说"], time="2025-01-09",
 hd='<h1>一文读懂：2025年山东个人养老金新变化</h1><div class="bar"><span>鲁财说</span><span>2025-01-09</span><span>财经领域创作者</span></div>',
 body=["从2024年12月15日起，个人养老金制度从36个先行城市（地区）推开至全国。对山东的朋友们来说，有哪些变化值得关注？本文帮你梳理。",
  ("hs","一、谁可以参加？"),
  "在中国境内参加城镇职工基本养老保险或者城乡居民基本养老保险的劳动者，都可以参加个人养老金。",
  ("hs","二、每年能存多少？"),
  "每人每年缴费上限为12000元，可以按月、分次或按年度缴纳，缴费额度按自然年度累计。",
  ("hs","三、有哪些税收优惠？"),
  "缴费环节，缴纳的金额可以在个税综合所得中扣除；投资环节，收益暂不征税；领取环节，单独按3%的税率计算缴纳个人所得税。",
  "小编提醒：个人养老金资金账户封闭运行，原则上达到领取条件才能取出，大家要根据自身情况合理规划。"],
 tail='<p>本文仅供参考，不构成投资建议</p><p>举报</p>')

add(id="sz-28", kind="self-media", style="app", site="网易号", crumbs="",
 title="南昌这家社区食堂火了，15块钱吃得很丰盛", authors=["胡小晨"], time="2025-05-27 11:12:36",
 hd='<h1>南昌这家社区食堂火了，15块钱吃得很丰盛</h1><div class="bar"><span>2025-05-27 11:12:36</span><span>来源: 洪城视界</span><span>江西</span></div><p>文 | 胡小晨</p>',
 body=["中午11点半，南昌市东湖区一家社区食堂已经排起了长队。排队的有附近的老人，也有上班族和外卖小哥。",
  "食堂每天供应20多个菜品，荤素搭配，一荤两素加米饭只要15元。60岁以上老人凭卡就餐还能享受每餐3元的补贴。",
  "“菜做得清淡，价格也实惠，我和老伴基本天天来。”72岁的刘奶奶说，自从食堂开业后，他们就很少自己做饭了。",
  "据了解，这家食堂由街道引入专业餐饮企业运营，场地由社区提供，水电费用享受居民价格，因此能够保持较低的价格。目前，东湖区已建成社区食堂32家，日均服务近万人次。"],
 tail='<p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>')

add(id="sz-29", kind="self-media", style="app", site="澎湃号·政务", crumbs="",
 title="淄博：“淄”味烧烤再升级 推出夜经济消费季", authors=["淄博发布"], time="2025-06-14 09:05",
 hd='<div class="bar"><span>澎湃号·政务 &gt; 淄博发布</span></div><h1>淄博：“淄”味烧烤再升级 推出夜经济消费季</h1><div class="bar"><span>淄博发布</span><span>2025-06-14 09:05</span><span>来源：澎湃新闻·澎湃号·政务</span></div>',
 body=["6月13日晚，2025淄博夜经济消费季启动，为期三个月的活动将串联起烧烤、夜市、演艺、文创等多个业态，为市民游客带来丰富的夏夜体验。",
  "今年消费季期间，淄博将在八大局、海月龙宫等重点区域举办主题市集和音乐演出120余场，并联合金融机构发放总额1000万元的消费券。",
  "与此同时，当地持续加强市场监管，对烧烤店明码标价、食品安全等情况开展常态化检查，设立游客投诉快速处理通道，确保“进淄赶烤”体验更好。",
  "来淄博，不止有烧烤。消费季期间，博山琉璃、周村古商城等文旅项目也将推出夜游线路和优惠套餐。"],
 tail='<p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。</p>')

add(id="sz-30", kind="self-media", style="app", site="微博", crumbs="",
 title="#开封万岁山武侠城# 今天又被王婆说媒圈粉了", authors=["开封旅游小分队"], time="25-4-5 20:31",
 hd='<div class="bar"><b>开封旅游小分队</b><span>25-4-5 20:31 来自 iPhone客户端</span><a>+关注</a></div><h1 style="font-size:15px;font-weight:normal">#开封万岁山武侠城# 今天又被王婆说媒圈粉了</h1>',
 body=["清明假期第二天，万岁山武侠城人山人海，“王婆说媒”的舞台前从中午开始就围满了游客。台上王婆妙语连珠，台下笑声一阵接一阵，还有来自新疆的小伙子上台“相亲”，全场气氛拉满。",
  "除了说媒，景区里的“打铁花”“水浒英雄”等演出也很精彩，晚上七点半的铁花表演一定要提前占位置。",
  "小分队实测攻略：上午先逛城墙和街区，中午看王婆，下午看实景剧，晚上看打铁花，一天刚刚好。门票记得提前在官方平台预约，节假日现场排队时间较长。",
  "最后提醒大家，人多的时候注意看好老人和孩子，文明游园，给开封留个好印象！"],
 tail='<p>转发 326　评论 512　赞 2847</p>')
