# media pages tx-13 .. tx-24
from pages_gov import foot, nav
PAGES = []
P = PAGES.append

P(dict(id="tx-13", kind="media", lang="zh", title="上海今年将新建改建100个“家门口”口袋公园",
  authors=["张懿"], publish_time="2025-03-11 06:30",
  css=".wh-top{background:#333;color:#eee}",
  top='<div class="wh-top">文汇网 <a>登录</a> <a>文汇APP</a></div>' + nav(["首页", "时政", "城事", "文化", "教育", "科技", "评论"]) + '<div>首页 &gt; 城事</div>',
  head='<h1>上海今年将新建改建100个“家门口”口袋公园</h1><div class="by">作者：张懿　来源：文汇报　2025-03-11 06:30</div>',
  body=["记者从市绿化市容局获悉，今年本市将新建改建口袋公园100个，新增绿地1000公顷，其中城市公园数量将突破1000座。",
        "“口袋公园面积不大，但离老百姓最近。”市绿化市容局相关负责人介绍，今年的新建项目将优先布局在中心城区公共绿地服务半径覆盖不足的区域，以及老旧小区集中的街道，力争实现“推窗见绿、出门进园”。",
        "记者了解到，与以往不同，今年不少口袋公园将在设计阶段引入“社区规划师”和居民议事会，由居民投票决定是否增设儿童游乐设施、健身步道和宠物活动区等。",
        ("img", "改造后的口袋公园", "静安区一处改造后的口袋公园。（资料照片）"),
        "此外，本市还将推进公园24小时开放和绿地开放共享，今年计划新增开放共享区域50处，让市民在草坪上搭帐篷、野餐成为常态。"],
  tail='<p class="ed">编辑：沈阳　责任编辑：李一能</p><div>本文系文汇网原创，转载请注明出处</div><div class="rel"><h4>相关新闻</h4><ul><li>上海城市公园已达973座</li></ul></div>' + foot("文汇报社版权所有　沪ICP证：沪B2-20050125　互联网新闻信息服务许可证：31120170002")))

P(dict(id="tx-14", kind="media", lang="zh", title="安徽首条跨省市域铁路进入联调联试阶段",
  authors=["汪国梁", "许昊"], publish_time="2025-03-12 08:14",
  css=".ahnews{width:1100px}.ly span{margin:0 5px}",
  top='<div class="ahnews">中安在线 安徽新闻网 <a>手机版</a> <a>安徽日报</a> <a>新安晚报</a></div>' + nav(["首页", "安徽", "要闻", "视频", "原创", "县域"]) + '<p>您的位置：中安在线 &gt; 安徽新闻 &gt; 要闻</p>',
  head='<h1>安徽首条跨省市域铁路进入联调联试阶段</h1><div class="ly"><span>2025-03-12 08:14</span><span>来源：安徽日报</span><span>作者：汪国梁 许昊</span><span>编辑：王静怡</span></div>',
  body=["本报讯（记者 汪国梁 许昊）3月11日，记者从省交通控股集团获悉，连接马鞍山与南京的宁马城际铁路安徽段已完成轨道铺设和站房主体施工，全线进入联调联试阶段，预计年内具备开通运营条件。",
        "宁马城际铁路全长约44.6公里，设站11座，其中安徽段约24公里，设车站5座，设计时速120公里。建成后，马鞍山市区至南京南站的通行时间将缩短至40分钟以内。",
        "“联调联试是对线路、供电、信号、通信等系统进行全面检测和综合调试。”项目负责人介绍，这一阶段将持续约三个月，随后还将开展试运行和安全评估。",
        "据悉，该线路是我省首条跨省市域（郊）铁路，对推动宁马同城化、深度融入南京都市圈具有重要意义。"],
  tail='<div class="share">分享：<a>微信</a><a>微博</a></div>' + foot("中安在线版权所有 皖ICP备08000412号 互联网新闻信息服务许可证34120170001", "违法和不良信息举报电话：0551-62620110")))

P(dict(id="tx-15", kind="media", lang="zh", title="“天下第一村”的新年新事",
  authors=["字振华"], publish_time="2025年03月13日 09:08",
  css=".yn .tit{font-size:26px}.yn .sm{color:#999}",
  top='<div class="yn">云南网 首页 | 云南 | 昆明 | 州市 | 视界 | 旅游 | 财经 <input placeholder="搜索"></div><div>云南网 &gt; 州市新闻 &gt; 正文</div>',
  head='<div class="yn"><p class="sm">原标题：大理古生村：洱海边的村子有了新营生</p><h1 class="tit">“天下第一村”的新年新事</h1><p class="sm">2025年03月13日 09:08　来源：云南网</p></div>',
  body=["云南网讯（记者 字振华）三月的洱海边，樱花刚谢，海菜花又开。大理市湾桥镇古生村村民何利成早早打开自家小院，迎接当天第一批研学的学生。",
        "“以前种大蒜、种烤烟，化肥用得多，洱海受不了。现在我们搞生态种植、开民宿、接研学，收入反而比以前高了。”何利成说，去年他家仅研学接待一项就收入十多万元。",
        "近年来，古生村以洱海保护治理为牵引，推动传统农业向绿色有机转型，发展乡村旅游、研学教育等新业态。2024年，全村接待游客和研学团队超过60万人次，村集体经济收入突破200万元。",
        "“我们要守好洱海这盆清水，也要让群众的日子越过越红火。”古生村党总支书记说，今年村里将建设洱海生态农业展示中心，并与周边村联合推出环海徒步线路。"],
  tail='<p>（责任编辑：杨帆）</p><div class="rel">相关推荐：大理洱海水质连续四年稳定保持“优”</div>' + foot("云南网版权所有 滇ICP备05002237号 滇公网安备53010202000123号")))

P(dict(id="tx-16", kind="media", lang="en", title="Xinjiang's apricot growers turn to e-commerce as spring blossoms draw visitors",
  authors=["Mao Weihua", "Cui Jia"], publish_time="2025-03-13 07:42",
  css=".cd-top{background:#0b3d91;color:#fff}.info{font-size:12px}",
  top='<div class="cd-top">chinadaily.com.cn | 中文 | Global Edition | Asia | Africa</div>' + nav(["Home", "China", "World", "Business", "Lifestyle", "Culture", "Travel", "Opinion"]) + '<div>Home / China / Society</div>',
  head='<h1>Xinjiang\'s apricot growers turn to e-commerce as spring blossoms draw visitors</h1><div class="info">By Mao Weihua in Urumqi and Cui Jia | China Daily | Updated: 2025-03-13 07:42</div><div class="share">Share - <a>WeChat</a></div>',
  body=["As apricot trees begin to bloom across the Ili River valley, farmers in the Xinjiang Uygur autonomous region are preparing for a double harvest this year: tourists in spring and online orders in summer.",
        "In Turgen township of Xinyuan county, grower Ablimit Tursun has set up a small livestreaming studio in his orchard. \"Last year I sold more than 3 tons of dried apricots online, nearly twice what I sold at the market,\" he said.",
        "Local officials said the county now has more than 400 registered e-commerce businesses related to fruit, and cold-chain logistics centers built in the past two years allow fresh apricots to reach coastal cities within 48 hours.",
        "The blossom season, which usually lasts about three weeks, attracted over 1.2 million visitors to the area last year, according to the county's culture and tourism bureau."],
  tail='<p class="ed">Editor: Li Yan</p><div class="related">Related Stories: Xinjiang expands cross-border trade routes</div>' + foot("Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).", "京ICP备13028878号-6")))

P(dict(id="tx-17", kind="media", lang="zh", title="新疆今年计划实施重点项目超千个",
  authors=["潘莹", "宋秋成"], publish_time="2025-03-10 19:36:02",
  css=".ts-head{display:flex}.ts-info{color:#777}",
  top='<div class="ts-head"><span>天山网</span><span>新疆日报 | 新疆维吾尔自治区主流新闻门户网站</span><a>维吾尔文</a><a>哈萨克文</a><a>English</a></div>' + nav(["首页", "时政", "新疆", "社会", "旅游", "丝路"]) + '<div>天山网 &gt; 新疆新闻</div>',
  head='<div class="ts-info">2025-03-10 19:36:02 来源：新疆日报</div><h1>新疆今年计划实施重点项目超千个</h1><p class="ts-info">新疆日报记者 潘莹 宋秋成</p>',
  body=["3月10日，记者从自治区发展改革委获悉，今年新疆计划实施重点项目1100余个，年度计划完成投资超过4000亿元，涵盖能源、交通、水利、产业和民生等领域。",
        "在交通领域，和田至若羌至罗布泊、阿勒泰至哈密等铁路项目将加快推进，新建改建公路里程预计超过5000公里；在水利领域，将加快建设一批骨干水源工程和大型灌区现代化改造项目。",
        "自治区发展改革委有关负责人表示，将建立重点项目“一对一”包联服务机制，强化用地、用能、资金等要素保障，推动项目早开工、早见效。",
        ("h", "链接"),
        "2024年，新疆固定资产投资增长9.3%，增速位居全国前列，其中工业投资增长超过20%。"],
  tail='<p>编辑：阿依努尔</p><div>扫一扫 分享到手机</div>' + foot("天山网 版权所有 新ICP备05001125号 新公网安备65010202000136号")))

P(dict(id="tx-18", kind="media", lang="zh", title="长三角生态绿色一体化发展示范区跨域项目清单发布",
  authors=["徐晶卉"], publish_time="2025.03.14",
  css=".xm-title{font-size:28px;font-weight:bold}",
  top='<div>新民网 <a>新民晚报</a> <a>新民周刊</a> <a>客户端下载</a></div>' + nav(["要闻", "上海", "体育", "文娱", "夜光杯"]),
  head='<div class="xm-title">长三角生态绿色一体化发展示范区<br>跨域项目清单发布</div><div class="xm-meta">新民晚报　2025.03.14　<span>记者：徐晶卉</span></div>',
  body=["今天上午，长三角生态绿色一体化发展示范区执委会发布2025年度重点项目清单，共安排项目106个，总投资约620亿元，其中跨域项目32个，数量为历年最多。",
        "清单中，水乡客厅、元荡岸线贯通、沪苏嘉城际铁路等项目备受关注。示范区执委会相关负责人表示，今年将重点推进跨省域的道路“断头路”打通和公交线路互联互通，新增跨省公交线路4条。",
        "在生态环境方面，示范区将继续推进太浦河、淀山湖等重点跨界水体联保共治，统一监测标准、统一执法尺度。在公共服务方面，将推动示范区内的医保异地结算、职称互认等事项进一步扩面。",
        "据介绍，示范区成立五年多来，已累计形成150余项制度创新成果，其中不少已在全国复制推广。"],
  tail='<div>原标题：示范区2025年重点项目清单发布 跨域项目数历年最多</div><p>编辑：王蕾</p>' + foot("新民网版权所有 沪ICP备09007385号")))

P(dict(id="tx-19", kind="media", lang="en", title="Shanghai opens first cross-border data service center for foreign firms",
  authors=[], publish_time="2025-03-12 21:05:33",
  css=".xh h1{font-family:Georgia}",
  top='<div class="xh">english.news.cn | Xinhua</div>' + nav(["China", "World", "Business", "Sci-Tech", "Photos"]),
  head='<h1>Shanghai opens first cross-border data service center for foreign firms</h1><div class="meta">Source: Xinhua | 2025-03-12 21:05:33 | Editor: huaxia</div>',
  body=["SHANGHAI, March 12 (Xinhua) -- Shanghai on Wednesday opened a cross-border data service center in the Lingang Special Area, aiming to help foreign-invested companies move business data abroad in a compliant and efficient way.",
        "The center offers one-stop services including data export security assessments, standard contract filing and personal information protection certification, according to local authorities.",
        "More than 60 companies from sectors such as automobiles, biomedicine and finance have already applied for services, officials said, adding that the average processing time is expected to be cut by about half.",
        "Shanghai has been stepping up efforts to facilitate cross-border data flows as part of its push to build a world-class business environment. ■"],
  tail='<div>Related: Shanghai unveils measures to attract foreign investment</div>' + foot("Copyright © 2025 Xinhua News Agency. All rights reserved.")))

P(dict(id="tx-20", kind="media", lang="zh", title="昆明：滇池湿地迎来大批候鸟北迁“中转”",
  authors=["李秋明"], publish_time="2025-03-13 18:20",
  css=".kmtv .play{background:#000;color:#fff;height:200px}",
  top='<div class="kmtv">昆明广播电视台 | 春城台 <a>直播</a> <a>点播</a> <a>节目单</a></div><div class="play">视频加载中…</div><div>首页 &gt; 昆明新闻</div>',
  head='<h2>昆明：滇池湿地迎来大批候鸟北迁“中转”</h2><div>发布时间：2025-03-13 18:20 | 来源：昆明广播电视台 | 记者：李秋明 | 编辑：张茜</div>',
  body=["随着气温回升，在昆明越冬的红嘴鸥陆续北迁，与此同时，一批从南方飞来的候鸟把滇池湿地当作北迁途中的“加油站”。连日来，在滇池东岸的捞鱼河湿地公园，赤麻鸭、白骨顶、苍鹭等鸟类在水面觅食嬉戏，吸引不少市民驻足观看。",
        "“这几天每天都能拍到不同的鸟，前天还拍到了彩鹮。”观鸟爱好者杨先生说，他已经连续五年在这里记录候鸟。",
        "据滇池保护部门监测，近年来滇池湖滨生态带持续修复，湿地面积不断扩大，在滇池流域记录到的鸟类已达150余种。工作人员提醒，观鸟时请保持距离，不投喂、不惊扰鸟类，共同守护滇池生态。"],
  tail='<div>分享到：<a>微信</a><a>微博</a></div>' + foot("昆明广播电视台版权所有 信息网络传播视听节目许可证：2510577 滇ICP备08003172号")))

P(dict(id="tx-21", kind="media", lang="zh", title="芜湖一季度新能源汽车产量同比增长超四成",
  authors=["朱静"], publish_time="2025年03月14日08:52",
  css=".rmw{width:980px}",
  top='<div class="rmw">人民网 &gt;&gt; 安徽频道 &gt;&gt; 经济</div>',
  head='<h1>芜湖一季度新能源汽车产量同比增长超四成</h1><div class="box01"><div class="fl">2025年03月14日08:52 | 来源：人民网－安徽频道</div><div class="fr">小字号</div></div>',
  body=["人民网合肥3月14日电（朱静）记者从芜湖市经信局获悉，今年1至2月，芜湖市新能源汽车产量达12.8万辆，同比增长43.6%，预计一季度产量将突破20万辆。",
        "作为安徽汽车产业的重要集聚区，芜湖已形成整车、动力电池、电机电控、智能网联等完整产业链，规上汽车及零部件企业超过400家。",
        "今年以来，芜湖持续推进“链长制”，围绕整车企业开展本地配套对接，新引进零部件项目23个。同时，加大出口市场开拓，1至2月汽车出口量同比增长近三成，产品销往中东、南美、东南亚等60多个国家和地区。",
        "芜湖市经信局有关负责人表示，将加快推进智能网联汽车测试道路建设，打造全国领先的新能源汽车产业集群。"],
  tail='<div class="edit">(责编：汪瑞、王莉)</div><div>关注公众号：人民网安徽频道 <img alt="二维码"></div>' + foot("人民日报社概况 | 关于人民网 | 网站声明", "人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用")))

P(dict(id="tx-22", kind="media", lang="zh", title="上海地铁12条线路周末延时运营",
  authors=["简工博"], publish_time="2025-03-14 21:48",
  css=".jm{max-width:720px;margin:auto}",
  top='<div class="jm">上观新闻 <a>打开APP</a></div>',
  head='<div class="jm"><h1>上海地铁12条线路周末延时运营</h1><div class="author">解放日报·上观新闻 记者 简工博</div><div class="time">2025-03-14 21:48 <span>浏览量：3.2万</span></div></div>',
  body=["记者从上海地铁获悉，为满足市民周末夜间出行需求，自3月15日起，每周五、周六及法定节假日前一天，1、2、7、8、9、10、11、12、13、14、16、18号线12条线路将延时运营，主要站点末班车延长约1小时。",
        "上海地铁有关负责人介绍，延时运营期间，各线路行车间隔将根据客流情况动态调整，中心城区区段行车间隔控制在10分钟以内。部分换乘站将同步延长换乘时间。",
        "具体各站末班车时间，乘客可通过“Metro大都会”App或车站公告查询。",
        "此前，上海地铁在跨年夜、大型演唱会等重大活动期间已多次延时运营，市民反响良好。"],
  tail='<div>栏目主编：唐烨　文字编辑：张熠</div><div>题图来源：上观题图　图片编辑：邵竞</div><div>来源：作者：解放日报 简工博</div>' + foot("上海报业集团主管 解放日报主办 沪ICP备13022316号")))

P(dict(id="tx-23", kind="media", lang="zh", title="阿勒泰地区冰雪旅游季接待游客同比增长25%",
  authors=["杨柳", "帕提古丽"], publish_time="2025-03-11",
  css=".ntv li{display:inline}",
  top='<div>新疆网络广播电视台 <a>新疆台</a> <a>直播新疆</a></div><ul class="ntv"><li>新闻</li><li>节目</li><li>专题</li></ul><div>当前位置：首页 &gt; 新闻 &gt; 地州新闻</div>',
  head='<h1>阿勒泰地区冰雪旅游季接待游客同比增长25%</h1><p>2025-03-11　来源：新疆广播电视台</p>',
  body=["新疆台讯（记者 杨柳 帕提古丽）记者从阿勒泰地区文化体育广播电视和旅游局获悉，2024至2025年冰雪旅游季，阿勒泰地区累计接待游客860万人次，同比增长25%，实现旅游收入96亿元。",
        "这个雪季，将军山、可可托海、禾木等滑雪场客流持续火爆，多条国际航线和旅游专列为南方游客提供了便利。当地还推出古老毛皮滑雪体验、冬季牧场转场观光等特色产品。",
        "阿勒泰地区有关负责人表示，将推动冰雪旅游与乡村旅游、民俗文化深度融合，延长产业链条，带动更多牧民吃上“旅游饭”。"],
  tail='<p>编辑：古丽米拉</p>' + foot("新疆广播电视台版权所有 新ICP备13001256号")))

P(dict(id="tx-24", kind="media", lang="zh", title="全国两会代表委员热议新质生产力",
  authors=["吴东升", "周凯"], publish_time="2025年03月09日 20:11:18",
  css=".cctv h1{color:#1a1a1a}",
  top='<div class="cctv">央视网 | 新闻 | 体育 | 财经 | 综艺 <a>登录</a></div><div>央视网 &gt; 新闻频道 &gt; 国内新闻</div>',
  head='<div class="cctv"><div class="function">来源：央视新闻客户端 | 2025年03月09日 20:11:18</div><h1>全国两会代表委员热议新质生产力</h1></div>',
  body=["央视网消息：今年的政府工作报告提出，因地制宜发展新质生产力，加快建设现代化产业体系。连日来，这一话题引发代表委员热议。",
        "来自安徽的全国人大代表表示，合肥从“敢投”到“会投”，用耐心资本培育了一批新兴产业，关键是要把科技创新和产业创新融合起来。",
        "来自云南的全国政协委员建议，西部地区发展新质生产力，要立足资源禀赋，在绿色能源、生物医药等领域打造特色优势。",
        "代表委员们认为，发展新质生产力不是忽视、放弃传统产业，而是要用新技术改造提升传统产业，积极促进产业高端化、智能化、绿色化。",
        ("x", "<p>（总台央视记者 吴东升 周凯）</p>")],
  tail='<div>编辑：张建英 责任编辑：刘亮</div>' + foot("央视网版权所有 京ICP证060535号")))
