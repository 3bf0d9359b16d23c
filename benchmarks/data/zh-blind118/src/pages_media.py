from common import *
from engine import img
PAGES = []
A = PAGES.append

# vo-13 central media, wire copy with 新华社 dateline
A(dict(id="vo-13", kind="media", cls="m13",
  title="吉林查干湖湿地迎来候鸟繁殖高峰", authors=["李  爽".replace("  ", ""), "陈梓涵"], publish_time="2025-06-03 19:26:08",
  pre=[div("m13-top", links(["新华网", "首页", "时政", "国际", "财经", "地方", "视频", "English"])),
       div("m13-crumb", "新华网 &gt; 地方 &gt; 正文")],
  order=["head", "info", "body", div("m13-ed", "【纠错】　【责任编辑：秦晓雯】"),
         div("m13-rel", "<h4>相关新闻</h4>" + ul(["东北虎豹国家公园监测到虎崽活动影像", "向海湿地丹顶鹤数量创新高"])),
         div("m13-qr", img("新华网客户端") + "<p>扫码下载新华网客户端</p>")],
  info='<span class="t">2025-06-03 19:26:08</span><span class="s">来源：新华网</span>',
  post=[div("m13-foot", "<p>Copyright © 2000-2025 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司　京ICP证010042号</p>")],
  css=".m13-info span{margin:0 10px}",
  blocks=[
   ("p", "新华社长春6月3日电（记者李爽、陈梓涵）初夏时节，位于吉林省松原市的查干湖国家级自然保护区迎来候鸟繁殖高峰，大批东方白鹳、白枕鹤、凤头䴙䴘在湖区芦苇荡中筑巢育雏。"),
   ("img", "查干湖候鸟", "6月2日，几只凤头䴙䴘在查干湖湿地觅食。新华社记者 许  畅 摄"),
   ("p", "保护区管理局监测数据显示，今年春季以来在湖区停歇和繁殖的鸟类已达216种，较十年前增加40余种，其中国家一级保护鸟类12种。"),
   ("p", "“东方白鹳对栖息环境非常挑剔，它们愿意留下来繁殖，说明湿地生态在持续变好。”保护区管理局科研科科长高建民说。近年来，当地通过引松花江水补给、退耕还湿、控制渔业捕捞强度等措施，湖区水质稳定在地表水Ⅲ类标准。"),
   ("p", "为减少人为干扰，保护区在繁殖期对核心区实行封闭管理，并在外围设置了4处观鸟点，游客可通过高倍望远镜观察鸟类活动。管理局还招募了30余名周边村民担任护鸟员，每天沿湖巡护。"),
  ]))

# vo-14 provincial portal (吉林), info: 来源 + 作者：记者 X
A(dict(id="vo-14", kind="media", cls="m14",
  title="长春新区首批低空物流航线开通", authors=["周  洋".replace("  ", "")], publish_time="2025-06-12 07:31",
  pre=[div("m14-top", "中国吉林网　" + links(["首页", "吉林新闻", "长春", "经济", "文旅", "体育", "视频", "专题"]) + search("")),
       div("m14-crumb", "首页 &gt; 吉林新闻 &gt; 经济")],
  order=["head", "info", "body", div("m14-ed", "[责任编辑：孟  琳]"),
         div("m14-share", "分享到：" + links(["微信", "微博", "QQ空间"])),
         div("m14-hot", "<h4>热点推荐</h4>" + ul(["吉林大米品牌亮相上海食博会", "长白山机场新增至厦门航线", "一汽红旗新能源工厂二期投产"]))],
  info="2025-06-12 07:31　来源：吉林日报　作者：记者 周洋",
  post=[div("m14-foot", "<p>主办：吉林日报社　吉林省互联网新闻信息服务许可证：22120170001</p><p>吉ICP备09003658号　违法和不良信息举报电话：0431-8860××××</p>")],
  css=".m14-top{background:#c00;color:#fff;padding:8px}.m14-top a{color:#fff}",
  blocks=[
   ("p", "6月11日上午，一架载有生鲜快递的无人机从长春新区低空物流起降场起飞，25分钟后平稳降落在九台区龙嘉街道配送站。这标志着长春新区首批3条低空物流航线正式开通运营。"),
   ("p", "据介绍，首批航线总长约78公里，覆盖长春新区至龙嘉、双阳、莲花山等区域，主要承担医疗物资、生鲜农产品和快递包裹的短途运输，单架次最大载重20公斤。与地面运输相比，配送时间平均缩短一半以上。"),
   ("h", "“空中快递”进社区"),
   ("p", "“以前从城区往山里送血液样本，路上要一个多小时，现在半小时以内就能到。”莲花山某卫生院院长邵立新说。"),
   ("p", "长春新区经济发展局相关负责人表示，新区已出台支持低空经济发展的专项政策，对新开通航线、新建起降场给予资金补贴。年内计划再开通5条航线，建设起降点20个，逐步构建“干支末”三级低空物流网络。"),
  ]))

# vo-15 city TV station site (呼和浩特), video news with transcript, 本台记者
A(dict(id="vo-15", kind="media", cls="m15",
  title="青城公园荷花进入最佳观赏期", authors=["王静", "苏日古嘎"], publish_time="2025年07月08日 20:15",
  pre=[div("m15-top", "呼和浩特广播电视台　" + links(["首页", "新闻", "直播", "点播", "节目", "青城之声"])),
       div("m15-player", img("视频播放器") + "<p>00:00 / 01:48</p>")],
  order=["head", "info", "body", div("m15-ed", "编辑：韩雪　　审核：刘  宁"),
         div("m15-more", "<h4>更多视频</h4>" + ul(["【呼和浩特新闻】大召广场夜市人气旺", "【呼和浩特新闻】地铁3号线进入铺轨阶段"]))],
  info="<span>来源：呼和浩特新闻</span>　<span>2025年07月08日 20:15</span>　<span>播放量：1.2万</span>",
  post=[div("m15-foot", "<p>呼和浩特广播电视台 版权所有　信息网络传播视听节目许可证：1502××4</p><p>蒙ICP备12001173号-2</p>")],
  css=".m15-top{background:#111;color:#fff}.m15-top a{color:#fc0}",
  blocks=[
   ("p", "【导语】连日来，青城公园的荷花陆续绽放，吸引不少市民前来观赏拍照。"),
   ("p", "记者在现场看到，公园湖面上的荷叶层层叠叠，粉色、白色的荷花竞相开放，不时有蜻蜓停在花苞上。湖边的步道上，市民们或举着相机，或坐在长椅上乘凉，享受夏日的惬意。"),
   ("q", "市民 赵秀珍：我每天早上都来这儿走一走，今年的荷花比去年开得多，颜色也好看，拍了好多照片发给孩子们。"),
   ("p", "据了解，青城公园今年补植了碗莲、睡莲等品种12个，荷花种植面积达到1.2万平方米。预计花期将持续到8月中旬，其中7月中下旬为最佳观赏期。"),
   ("q", "青城公园管理处工作人员 李振宇：我们增加了早晚巡查频次，也提醒游客不要下湖采摘，文明赏荷。"),
   ("p", "公园管理处提示，周末游客较多，建议市民绿色出行，从公园南门、西门进入可就近观赏荷花。"),
   ("meta", "本台记者　王　静　苏日古嘎"),
  ]))

# vo-16 福建 provincial portal with 引题 and 原标题 line
A(dict(id="vo-16", kind="media", cls="m16",
  kicker="从“看海”到“玩海”", title="平潭海岛旅游今夏持续升温", subtitle="端午假期接待游客同比增长近三成",
  authors=["林  晖".replace("  ", ""), "陈雅琳"], publish_time="2025-06-04 08:05",
  pre=[div("m16-top", "东南网　" + links(["福建", "福州", "厦门", "泉州", "平潭", "台湾频道", "视频"]) + links(["登录", "注册"])),
       div("m16-crumb", "东南网 &gt; 平潭频道 &gt; 平潭新闻")],
  order=["head", "info", "body", div("m16-ed", "责任编辑：郑  艺"),
         div("m16-pn", "<p>上一篇：<a href='#'>平潭两岸快件中心上半年业务量增长</a></p>"),
         div("m16-hot", "<h4>24小时热文</h4>" + ul(["福州地铁5号线二期最新进展", "厦门鼓浪屿推出夜游线路"]))],
  info="2025-06-04 08:05:00".replace(":00", "", 1) + "　来源：福建日报　<a href='#'>我要评论</a>",
  post=[div("m16-foot", "<p>东南网版权所有　闽ICP备05005213号　互联网新闻信息服务许可证 35120170002</p>")],
  blocks=[
   ("meta", "原标题：平潭：海岛游“热”力十足"),
   ("p", "端午假期，平潭综合实验区共接待游客38.6万人次，同比增长28.7%；实现旅游收入3.1亿元，同比增长31.2%。龙凤头海滨浴场、猴研岛、北港村等热门景点人气爆棚。"),
   ("p", "“白天冲浪、晚上露营，在海边看星星，孩子玩得不想走。”来自江西南昌的游客付女士一家三口在坛南湾住了三晚。近年来，平潭围绕“海”字做文章，冲浪、帆船、海钓等海上运动项目快速增长，全区已有各类海上运动俱乐部27家。"),
   ("p", "海岛民宿也迎来旺季。北港村“石头厝”民宿主人陈永辉告诉记者，端午假期民宿入住率超过95%，7月的房间也已订出大半。"),
   ("p", "平潭综合实验区旅游与文化体育局负责人表示，今夏将推出“海岛音乐季”“沙滩运动周”等20余项活动，同时加大对景区周边交通疏导、价格监管和海上安全的保障力度。（福建日报记者 林晖 通讯员 陈雅琳）"),
  ]))

# vo-17 English page of a Chinese outlet, "By ... | Updated:" info bar
A(dict(id="vo-17", kind="media", lang="en", cls="m17",
  title_lines=["Jilin ski resorts bet on summer", "to fill hotel rooms year-round"],
  title="Jilin ski resorts bet on summer to fill hotel rooms year-round",
  authors=["Zhao Lingyu", "Wang Qian"], publish_time="2025-06-09 09:14",
  pre=[div("m17-top", links(["Home", "China", "World", "Business", "Lifestyle", "Culture", "Travel", "Sports", "Opinion", "Regional"]) + search("Search")),
       div("m17-crumb", "Home / China / Regional")],
  order=["head", "info", "body", div("m17-share", links(["Share", "Facebook", "X", "LinkedIn"])),
         div("m17-rel", "<h4>Related Stories</h4>" + ul(["Changbai Mountain welcomes first direct flights from Hong Kong", "Ice-and-snow tourism lifts Northeast economy"]))],
  info="By Zhao Lingyu and Wang Qian in Changchun | chinadaily.com.cn | Updated: 2025-06-09 09:14",
  post=[div("m17-foot", "<p>Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p>License for publishing multimedia online 0108263</p><p>Registration Number: 130349</p>")],
  css=".m17-info{text-align:left;font-style:italic}",
  blocks=[
   ("img", "Beishan resort", "Visitors ride a mountain coaster at a ski resort in Jilin city, Jilin province, on June 7. [Photo provided to chinadaily.com.cn]"),
   ("p", "Ski resorts in Northeast China's Jilin province, long dependent on a four-month winter season, are turning their slopes into mountain-bike trails, music festival grounds and camping sites as they try to keep hotels full through the summer."),
   ("p", "At Wanfeng resort in Tonghua, the gondola that carries skiers in January now takes hikers to a ridge-top cafe. The resort reported 86,000 summer visits last year, nearly double the figure in 2023, and expects to pass 120,000 this year."),
   ("p", "\"A hotel that is empty for eight months a year cannot survive on winter alone,\" said Liu Heng, the resort's general manager. \"Summer is cooler here than in most of China, and that is our selling point.\""),
   ("p", "Average July temperatures in the Changbai Mountain area hover around 22 C, a draw for families from southern cities. The provincial culture and tourism department said it will subsidize 40 summer events at ski resorts this year, from trail running races to forest yoga retreats."),
   ("p", "Industry observers caution that the shift requires new investment. \"Bike parks and zip lines are not cheap, and the margins are thinner than for ski tickets,\" said Sun Wei, a tourism researcher at Northeast Normal University."),
  ]))

# vo-18 English wire copy, only a source (authors [])
A(dict(id="vo-18", kind="media", lang="en", cls="m18",
  title="Inner Mongolia's wind power capacity tops 100 million kilowatts",
  authors=[], publish_time="2025-06-10 21:03:47",
  pre=[div("m18-top", "english.news.cn　" + links(["China", "World", "Business", "Tech", "Sci-Edu", "Photos", "Video"])),
       div("m18-crumb", "Source: Xinhua| 2025-06-10 21:03:47|Editor: Huang Wei")],
  order=["head", "body", div("m18-ed", "Editor: Huang Wei"),
         div("m18-more", "<h4>Most Viewed</h4>" + ul(["China's new energy vehicle exports rise in May", "Giant pandas make debut in Fujian zoo"])),
         div("m18-link", "<p>Copyright © 2000 - 2025 XINHUANET.com　All rights reserved.</p>")],
  post=[], css=".m18-crumb{font-size:12px;color:#888}",
  blocks=[
   ("p", "HOHHOT, June 10 (Xinhua) -- The installed capacity of wind power in north China's Inner Mongolia Autonomous Region has exceeded 100 million kilowatts, making it the first provincial-level region in the country to reach the milestone, local authorities said Tuesday."),
   ("p", "Wind power now accounts for about 35 percent of the region's total installed power capacity, according to the regional energy bureau. In the first five months of this year, Inner Mongolia's wind farms generated 78.4 billion kWh of electricity, up 14.6 percent year on year."),
   ("p", "The region, which stretches across more than 2,400 km of northern China, has abundant wind and solar resources. Large-scale bases in the Kubuqi and Ulan Buh deserts have been connected to the grid through ultra-high-voltage lines that carry power to eastern provinces."),
   ("p", "Inner Mongolia aims to make new energy its main power source by 2025, with its installed new energy capacity surpassing that of thermal power, the bureau said. ■"),
  ]))

# vo-19 北京 city portal, 本报讯（记者 …）in body, 2012-style
A(dict(id="vo-19", kind="media", cls="m19", layout="table",
  title="朝阳区首批“一刻钟便民生活圈”示范社区挂牌", authors=["钱  坤".replace("  ", "")], publish_time="2025-06-14 06:58",
  pre=['<table width="1000" align="center"><tr><td class="m19-logo">京报网</td><td>' + links(["首页", "时政", "社会", "区县", "民生", "文化", "图片"], "|") + "</td></tr></table>"],
  order=['<p class="m19-crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">区县</a></p>', "head", "info", "body",
         '<p class="m19-ed">（责任编辑：王  姝）</p>',
         '<table width="100%" class="m19-rel"><tr><td valign="top"><b>相关阅读</b><br><a href="#">东城区老字号进社区</a><br><a href="#">海淀社区食堂扩容</a></td><td valign="top"><b>图片新闻</b><br>' + img("图片新闻") + "</td></tr></table>"],
  info="来源：北京日报　作者：钱坤　时间：2025-06-14 06:58　【<a href='#'>字号：大中小</a>】",
  post=['<table width="1000" align="center"><tr><td align="center" class="m19-foot">京报网 版权所有　京ICP备15017693号　京公网安备 11010502038729号<br>违法和不良信息举报：010-8577××××</td></tr></table>'],
  css=".m19-logo{font-size:30px;color:#b00}",
  blocks=[
   ("p", "本报讯（记者钱坤）家门口有菜店、早餐铺、修鞋摊，步行一刻钟就能办好日常小事。昨天，朝阳区首批12个“一刻钟便民生活圈”示范社区正式挂牌。"),
   ("p", "在首批示范社区之一的望京西园四区，记者看到，社区周边已聚集便利店、蔬菜零售、家政服务、快递驿站等各类网点86个，其中包括3家老字号早餐店。社区还利用闲置底商开设了“便民服务综合体”，集中提供修鞋、配钥匙、缝补等小修小补服务。"),
   ("p", "“以前修个拉链得跑两站地，现在下楼就能办。”居民周大爷说。"),
   ("p", "区商务局相关负责人介绍，示范社区评定从业态完备度、服务便利度、居民满意度三个维度打分，满分100分，达到85分以上才能挂牌。今年全区计划再建设20个示范社区，重点补齐早餐、维修等短板业态，对新开设的便民网点给予最高10万元的一次性补贴。"),
  ]))

# vo-20 内蒙古 radio/TV group site, info below body, date 2025.05.30
A(dict(id="vo-20", kind="media", cls="m20",
  title="通辽科尔沁牛“云上拍卖”成交额突破两亿元", authors=["敖  登".replace("  ", ""), "韩晓东"], publish_time="2025.05.30 18:40",
  pre=[div("m20-top", img("内蒙古广播电视台 奔腾融媒") + links(["新闻", "直播", "广播", "电视", "蒙古语", "下载客户端"]))],
  order=[div("m20-crumb", "首页 · 新闻 · 盟市"), "head", '<p class="m20-by">记者：敖　登　　通讯员：韩晓东</p>', "body", "info",
         div("m20-like", links(["点赞 126", "收藏", "分享"])),
         div("m20-rec", "<h4>推荐阅读</h4>" + ul(["赤峰：春播进度过九成", "鄂尔多斯新能源重卡保有量全国领先", "乌兰察布马铃薯种薯外销南方"]))],
  info="<span>2025.05.30 18:40</span>　<span>编辑：乌兰</span>　<span>来源：奔腾融媒</span>",
  post=[div("m20-foot", "<p>内蒙古广播电视台 主办　蒙ICP备18001736号-1　信息网络传播视听节目许可证1501××5</p>")],
  css=".m20-top{background:#0a3f7d;color:#fff}.m20-top a{color:#fff}",
  blocks=[
   ("p", "记者从通辽市农牧局获悉，截至5月底，今年通辽科尔沁牛线上活体拍卖平台累计成交肉牛1.3万头，成交额突破2亿元，吸引了来自山东、河北、辽宁等11个省份的买家参与。"),
   ("p", "在开鲁县东风镇的拍卖直播间，工作人员通过镜头逐一展示待售肉牛的体型、耳标和检疫信息，屏幕另一端的买家实时出价。“以前卖牛要等牛贩子上门，价格全凭人家说。现在上了平台，一头牛能多卖八九百块钱。”养殖户孟庆山说。"),
   ("p", "据介绍，平台对每头上线肉牛实行“一牛一码”管理，买家可查询其品种、月龄、免疫记录等信息，成交后由平台统一组织检疫、装车和物流，货款通过第三方账户结算，解决了跨省交易的信任难题。"),
   ("p", "通辽市是全国重要的肉牛生产基地，目前肉牛存栏超过400万头。下一步，当地将推动拍卖平台与屠宰加工、冷链物流企业对接，延伸产业链条，让更多养殖户分享增值收益。"),
  ]))

# vo-21 福建 city daily's site, "文/图" byline line, 2019 design
A(dict(id="vo-21", kind="media", cls="m21",
  title="泉州古城“微改造”让老街巷焕发新活力", authors=["黄晓婷", "庄  毅".replace("  ", "")], publish_time="2025-06-02 08:21:00",
  pre=[div("m21-top", "泉州网　" + links(["首页", "泉州新闻", "晋江", "石狮", "南安", "古城", "泉州晚报", "东南早报"]) + search("请输入关键字")),
       div("m21-crumb", "您的位置：首页 → 泉州新闻 → 城建")],
  order=["head", "info", '<p class="m21-by">文/图 本报记者 黄晓婷 通讯员 庄　毅</p>', "body",
         div("m21-ed", "编辑：蔡  静　　值班主任：许  伟"),
         div("m21-pn", "上一篇：<a href='#'>晋江二中新校区9月投用</a>　下一篇：<a href='#'>石狮推进海岸带综合整治</a>")],
  info="2025-06-02 08:21:00　　来源：泉州晚报　　[<a href='#'>评论</a>]",
  post=[div("m21-foot", "<p>泉州网版权所有　未经书面授权不得转载　闽ICP备06021037号</p><p>网络举报电话：0595-2278××××</p>")],
  blocks=[
   ("p", "青石板路、红砖古厝、新开的咖啡馆和老字号面线糊店比邻而居……走进泉州古城西街片区的象峰巷，处处可见“微改造”带来的变化。"),
   ("img", "象峰巷", "改造后的象峰巷吸引游客打卡。"),
   ("h", "“绣花功夫”修老房"),
   ("p", "与大拆大建不同，古城“微改造”坚持“修旧如旧”。施工队伍采用传统工艺修补红砖墙面和燕尾脊，对破损的石板路逐块编号、拆下、找平后原位铺回。“一条巷子修了大半年，就是为了留住老味道。”鲤城区古城办工作人员说。"),
   ("h", "老居民留下来"),
   ("p", "改造中，鲤城区对巷内的雨污管网、电力线路同步进行了改造，并为老人家庭加装扶手和夜间照明。今年72岁的蔡阿婆在象峰巷住了50多年，“以前下雨巷子里积水，现在路平了、灯亮了，晚上出来散步也放心。”"),
   ("h", "新业态引进来"),
   ("p", "截至目前，西街片区已完成23条街巷“微改造”，引入非遗工坊、文创小店等新业态60余家。鲤城区计划年内再完成15条街巷改造，并制定业态准入清单，避免商业过度开发。"),
  ]))

# vo-22 central media, 2010s people's-daily-style: 本报记者 line in first para
A(dict(id="vo-22", kind="media", cls="m22",
  title="福建宁德：“海上牧场”托起渔民致富梦", authors=["吴  冰".replace("  ", ""), "郑丽丽"], publish_time="2025年06月17日08:42",
  pre=[div("m22-top", links(["人民网", "人民日报", "时政", "地方", "财经", "社会", "科技", "图片", "视频"]) + links(["手机看新闻"])),
       div("m22-crumb", "人民网 &gt;&gt; 地方")],
  order=["head", "info", "body", div("m22-ed", "(责编：林琳、王  晓)"),
         div("m22-share", "分享让更多人看到"),
         div("m22-rec", "<h4>推荐阅读</h4>" + ul(["三明：林下经济拓宽增收路", "漳州：芦柑出口订单同比增长"]))],
  info="2025年06月17日08:42　来源：人民网－人民日报",
  post=[div("m22-foot", "<p>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</p><p>Copyright © 1997-2025 by www.people.com.cn. all rights reserved</p>")],
  blocks=[
   ("meta", "本报记者　吴　冰　郑丽丽"),
   ("p", "清晨，宁德三都澳海面上，一排排深水抗风浪网箱整齐排列，养殖平台上的智能投喂机正在作业。渔民黄立新站在平台上，用手机查看水温、溶氧等数据。“过去养鱼靠经验，现在靠数据，风浪来了也不怕。”"),
   ("p", "宁德是全国最大的大黄鱼养殖基地。过去，这里的传统木质渔排无序扩张，海域环境一度受到影响。近年来，当地开展海上养殖综合整治，推广塑胶渔排和深水网箱，建设了一批集养殖、休闲、科普于一体的“海上牧场”。"),
   ("p", "“塑胶渔排使用年限长、抗风浪能力强，单位产量提高了约20%。”宁德市海洋与渔业局相关负责人介绍，目前全市已完成传统渔排升级改造超过40万口，海水养殖面积稳定在60万亩左右，大黄鱼年产量约占全国的八成。"),
   ("p", "产业升级带动渔民增收。去年，宁德渔民人均可支配收入同比增长7.8%。不少渔民还办起了海上渔家乐，游客可以乘船观光、体验垂钓。"),
   ("meta", "《 人民日报 》（ 2025年06月17日 10 版）"),
  ]))

# vo-23 北京 district 融媒体 app share page (2025), date short + 作者
A(dict(id="vo-23", kind="media", cls="m23",
  title="大兴机场临空区首个人才公寓启用 首批300余名青年入住", authors=["刘思远"], publish_time="2025-06-18 14:32",
  pre=[div("m23-app", img("新大兴") + "<span>新大兴</span><span>区级融媒客户端</span><a href='#'>打开APP</a>")],
  order=["head", "info", "body",
         div("m23-stat", "<span>阅读 3.6万</span><span>点赞 218</span>"),
         div("m23-ed", "<p>作者：刘思远</p><p>编辑：魏  然</p><p>审核：杜宏伟</p>"),
         div("m23-open", "<a href='#'>打开新大兴APP，阅读体验更佳</a>"),
         div("m23-more", "<h4>更多推荐</h4>" + ul(["大兴区2025年普通中小学入学服务系统开通", "庞各庄西瓜采摘季开启"]))],
  info="<span>新大兴</span> <span>2025-06-18 14:32</span>",
  css=".m23-app{position:sticky;top:0;background:#f33;color:#fff}.m23-app a{color:#fff}.m23-title{text-align:left}.m23-info{text-align:left}",
  blocks=[
   ("p", "6月17日，北京大兴国际机场临空经济区首个人才公寓项目正式启用，首批来自航空物流、生物医药等企业的300余名青年人才拎包入住。"),
   ("img", "人才公寓", None),
   ("p", "该项目位于礼贤镇，共有房源1260套，以一居室和两居室为主，配建了共享厨房、健身房、自习室和24小时便利店。房间内家具家电一应俱全，租金较周边同类房源低约20%。"),
   ("p", "“公司离这儿步行不到十分钟，以前住在市区，每天通勤要三个小时。”在某航空物流企业工作的小张说，入住后每天能多出两个多小时学习和锻炼。"),
   ("p", "据介绍，人才公寓面向在临空区注册并缴纳社保的企业员工配租，企业可统一申请。大兴区还将在临空区陆续推出约5000套保障性租赁住房，逐步实现“职住平衡”。公寓运营方表示，后续还将引入洗衣房、共享办公等配套服务，并定期组织青年联谊和技能培训活动。"),
  ]))

# vo-24 吉林 TV station site, 新闻联播 text with closing （记者 ...）
A(dict(id="vo-24", kind="media", cls="m24",
  title="四平：玉米大豆带状复合种植面积扩大到50万亩", authors=["孙  博".replace("  ", ""), "曲凌霄"], publish_time="2025-05-22 19:55",
  doctitle="四平：玉米大豆带状复合种植面积扩大到50万亩_吉林广播电视台",
  pre=[div("m24-top", "吉视网　" + links(["首页", "吉林新闻联播", "吉林卫视", "都市频道", "乡村频道", "直播"]) + search("搜索节目")),
       div("m24-crumb", "当前位置：首页 &gt; 新闻 &gt; 吉林新闻联播")],
  order=[div("m24-video", img("视频") + "<p>视频加载中…</p>"), div("m24-tag", "吉林新闻联播"), "head", "info", "body",
         div("m24-ed", "责任编辑：高  原"),
         div("m24-list", "<h4>本期节目</h4>" + ul(["【吉林新闻联播】全省春播基本结束", "【吉林新闻联播】白山：人参产业链加速延伸", "【吉林新闻联播】延吉机场旅客吞吐量同比增长"]))],
  info="发布时间：2025-05-22 19:55　　来源：吉林广播电视台",
  post=[div("m24-foot", "<p>吉林广播电视台 版权所有　吉ICP备05000281号　信息网络传播视听节目许可证：0701××6</p>")],
  blocks=[
   ("p", "连日来，四平市各地抢抓农时，推广玉米大豆带状复合种植。今年全市带状复合种植面积扩大到50万亩，比去年增加12万亩。"),
   ("p", "在梨树县郭家店镇，种植户李国强正驾驶着复合播种机在田间作业，一次进地就能完成玉米、大豆的同步播种和施肥。"),
   ("q", "梨树县种植户 李国强：四行玉米、六行大豆，一台机器全搞定。去年试了200亩，玉米基本没减产，还多收了一季大豆，一亩地多赚三百来块钱。"),
   ("p", "为推动技术落地，四平市组建了30支农技服务队，深入田间开展播种、除草、病虫害防治全过程指导，并对购买复合播种机的农户给予累加补贴。"),
   ("q", "四平市农业农村局种植业管理科科长 宋立平：我们的目标是在稳定玉米产量的基础上增加大豆产量，确保粮食和油料“双丰收”。"),
   ("p", "目前，全市春播进度已超过95%，苗情整体好于常年。（记者 孙博 曲凌霄）"),
  ]))
