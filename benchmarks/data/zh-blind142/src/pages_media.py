# um-13 .. um-24: central, provincial and city media, portals, TV/radio (um-21, um-22 English)
PAGES = [
dict(id="um-13", kind="media", lang="zh", tpl="div", site="东南网",
 top=["福建省重点新闻网站", "手机版", "English", "登录", "注册"],
 nav=["首页", "福建", "时政", "社会", "经济", "两岸", "文旅", "视频", "评论"],
 crumb="东南网 > 福建频道 > 福建要闻 > 正文",
 title=["莆田木兰溪治理再提速 两岸生态廊道年底贯通"],
 info='<div class="lbar"><span>2025-05-19 07:58</span> <span>来源：东南网</span> <span>作者：黄子航</span> <a href="#">我要评论</a></div>',
 pre='<p class="yuan">原标题：木兰溪：一条河的新生</p>',
 body="""
P 东南网5月19日讯（本网记者 黄子航 通讯员 郑雅琴）初夏时节，漫步莆田木兰溪畔，绿道蜿蜒、白鹭翩飞。记者从莆田市水利局获悉，木兰溪下游生态廊道建设已完成总工程量的78%，预计今年年底实现两岸全线贯通。
P 据介绍，生态廊道全长约28公里，沿线建设亲水平台、湿地公园和慢行系统。工程采用“防洪+生态+景观”一体化设计，在提升防洪能力的同时，恢复河道自然形态。
P “过去一到汛期就提心吊胆，现在堤防牢固了，河边还成了散步的好去处。”家住荔城区的市民陈阿姨说。
H 水质持续向好
P 监测数据显示，今年前4个月，木兰溪干流国控断面水质均值达到Ⅱ类，优于考核目标。莆田市持续推进截污纳管、农业面源治理，沿线新建污水管网46公里。
H 带动沿线发展
P 随着生态环境改善，木兰溪沿岸的民宿、研学、文创等业态快速发展，仅今年“五一”假期，沿线主要景点接待游客就超过35万人次。
""",
 post='<p class="zb">责任编辑：林晓静</p>',
 share='<div class="bshare">分享到：<a href="#">微信</a><a href="#">新浪微博</a><a href="#">QQ</a></div>',
 related=("相关新闻", ["莆田：打造木兰溪文化品牌", "福建河长制工作再获国务院督查激励", "闽江流域水质优良比例创新高"]),
 side=[("热点排行", ["福州地铁新线开通首日客流超20万", "厦门至金门航线客流回升"]), ("图片", ["仙游枇杷丰收"])],
 footer=["东南网版权所有，未经书面授权禁止使用", "互联网新闻信息服务许可证编号：35120170001", "闽ICP备05014235号　闽公网安备35010202000143号", "违法和不良信息举报电话：0591-87095404"],
 authors=["黄子航", "郑雅琴"], time="2025-05-19 07:58",
 css=".top{background:#0d4a8c;color:#fff}.lbar span{margin-right:12px;color:#999}.yuan{color:#777}.side.r{float:right;width:260px}.article{float:left;width:680px}.footer{clear:both;background:#222;color:#aaa}"),

dict(id="um-14", kind="media", lang="zh", tpl="modern", site="天视新闻",
 top=["天津广播电视台", "直播", "下载客户端"],
 nav=["首页", "天津新闻", "民生", "财经", "体育", "直播", "节目"],
 crumb="首页 / 天津新闻",
 title=["海河边新添十处“口袋公园” 市民家门口就能遛弯赏景"], info_pos="below",
 info='<div class="meta-row">天视新闻　2025年06月03日 20:15　<span>来源：《天津新闻》</span></div>',
 pre='<p class="jz">记者 曹文卓 赵&nbsp;&nbsp;宇</p>',
 body="""
I 视频：海河口袋公园|
P 从今年春天开始，海河沿线的河东区、河北区、红桥区陆续建成10处“口袋公园”。这些小公园面积不大，少则几百平方米，多则两三千平方米，却成了周边居民最爱去的地方。
P 傍晚时分，记者来到河东区大直沽附近的一处口袋公园。健身器材区里，老人们正在锻炼；沙池旁，几个孩子玩得正欢。“以前这里是一块堆杂物的空地，现在种上了花草，还装了路灯，晚上出来遛弯特别方便。”附近居民李女士告诉记者。
P 据了解，今年本市计划新建和提升口袋公园50处，优先选址在老旧社区周边、绿地服务半径覆盖不到的区域。在设计上，充分听取居民意见，增加儿童游乐、休憩座椅、无障碍通道等设施。
P 市城市管理委相关负责人表示，下一步将建立口袋公园长效管护机制，由属地街道和专业养护单位共同负责，确保建得好、管得好、用得好。
""",
 post='<p class="ed">编辑：韩璐</p>',
 share='<div class="share-bar"><a href="#">微信</a><a href="#">微博</a><a href="#">复制链接</a></div>',
 related=("更多视频", ["天津地铁11号线二期进入铺轨阶段", "五大道夜游线路上新", "津门虎主场再取三分"]),
 qr=["下载天视新闻客户端"],
 footer=["天津广播电视台版权所有", "信息网络传播视听节目许可证：0208202", "津ICP备10003726号-7　津公网安备12010302001212号"],
 authors=["曹文卓", "赵宇"], time="2025年06月03日 20:15",
 css=".site-hd{background:#111;color:#fff}.meta-row{color:#888}article{max-width:780px}"),

dict(id="um-15", kind="media", lang="zh", tpl="table", site="正北方网",
 top=["内蒙古日报社主办", "设为首页", "收藏本站"],
 nav=["首页", "内蒙古新闻", "国内", "国际", "经济", "文化", "旗县", "图片"],
 crumb="正北方网 > 内蒙古新闻 > 综合",
 title=["鄂尔多斯：绿电制氢项目首批产品下线"],
 info='<table width="100%"><tr><td class="t1">2025-04-22 10:14:37</td><td>来源：内蒙古日报</td><td>编辑：乌日娜</td></tr></table>',
 body="""
P 本报鄂尔多斯4月21日电　（记者 王  磊）4月21日，位于鄂托克前旗的风光制氢一体化示范项目首批绿氢产品顺利下线，标志着该项目正式进入试生产阶段。
P 该项目总投资约58亿元，配套建设风电50万千瓦、光伏30万千瓦，年可生产绿氢3万吨，副产氧气24万吨。项目所产氢气将通过管道输送至附近煤化工企业，替代部分灰氢，每年可减少二氧化碳排放约30万吨。
P “我们采用的是碱性电解水制氢技术，单台电解槽产氢能力达到每小时1000标准立方米。”项目负责人介绍，项目建设过程中攻克了风光波动电源与制氢设备匹配等技术难题。
P 近年来，鄂尔多斯立足风光资源优势，加快布局氢能全产业链。目前，全市已建成和在建绿氢项目11个，规划年制氢能力超过20万吨，氢燃料电池重卡推广数量突破1000辆。
P 业内人士表示，绿氢与煤化工耦合发展，既能消纳新能源电力，又能推动传统产业降碳，是资源型地区转型发展的重要方向。
""",
 share='<p align="center">【<a href="#">我要纠错</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>',
 related=("相关链接", ["内蒙古新能源装机突破1.5亿千瓦", "包头稀土高新区氢能产业园开工"]),
 footer=["内蒙古日报社 版权所有　正北方网 承办", "互联网新闻信息服务许可证：15120170002　蒙ICP备05000419号", "违法和不良信息举报电话：0471-6659208"],
 authors=["王磊"], time="2025-04-22 10:14:37",
 css=".banner{background:#8b0000;color:#fff}.t1{color:#c00}.foot{text-align:center}"),

dict(id="um-16", kind="media", lang="zh", tpl="modern", site="多彩贵州网",
 top=["贵州省重点新闻网站", "APP", "贵州政务"],
 nav=["首页", "新闻", "贵州", "观点", "旅游", "美食", "视频", "专题"],
 crumb="首页>新闻>贵州新闻",
 kicker="村超“出圈”三年后",
 title=["榕江：一场足球赛带火一座县城"],
 sub="——县城旅游综合收入较三年前翻了一番",
 info='<div class="meta"><span class="src">来源：多彩贵州网</span><span class="au">作者：杨秀梅 石 磊</span><span class="tm">2025.07.30 08:41</span></div>', info_pos="below",
 body="""
P 盛夏的榕江县城，夜幕刚刚降临，城北新区体育场已经座无虚席。伴随着侗族大歌和苗族芦笙的开场表演，新一轮“村超”比赛鸣哨开赛。
P 三年前，这项由当地村民自发组织的乡村足球联赛意外走红网络。三年后，“村超”依旧热度不减，并带动当地餐饮、住宿、文创等产业全面发展。
H 流量变“留量”
P 榕江县文体广电旅游局提供的数据显示，今年上半年，榕江县接待游客612万人次，实现旅游综合收入约68亿元，较三年前翻了一番。县城新增民宿、酒店120余家，带动就业1.5万余人。
P 在“村超”美食街经营卷粉店的吴阿姐说：“比赛日一天能卖800多碗，平时也有不少游客专门来打卡。”
H 产业跟着赛事走
P 榕江依托赛事IP，开发出村超文创、特色农产品等系列商品，并建设直播基地，培育本地网络主播2000多名，去年农特产品网络销售额超过10亿元。
P 专家认为，榕江的经验在于让群众成为主角，把体育赛事与民族文化、乡村产业深度融合，这种模式值得各地借鉴。
""",
 post='<p class="ze">编辑：陈　曦　二审：刘杰　三审：何勇</p>',
 share='<div class="share">分享到：微信 微博 QQ</div>',
 related=("相关推荐", ["台盘村“村BA”总决赛开赛", "黔东南暑期旅游持续升温"]),
 qr=["扫码下载动静APP"],
 footer=["多彩贵州网版权所有", "互联网新闻信息服务许可证编号：52120170001", "黔ICP备09003213号　贵公网安备52010302000120号"],
 authors=["杨秀梅", "石磊"], time="2025.07.30 08:41",
 css=".kicker,.subt{text-align:center;color:#555}.meta span{margin-right:14px}footer{background:#0e3a63;color:#ccc}"),

dict(id="um-17", kind="media", lang="zh", tpl="div", site="福州新闻网",
 top=["福州日报社主办", "数字报", "福州+APP"],
 nav=["首页", "榕城", "区县", "社会", "民生", "专题", "图片", "视频"],
 crumb="首页 >> 榕城 >> 民生",
 title=["福州今年再建150个“15分钟健身圈”"],
 info='<div class="a-info">福州日报 2025-03-12 08:05:21 作者：林　晗 【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>',
 body="""
P 本报讯　11日，记者从市体育局获悉，今年我市将新建和改造提升“15分钟健身圈”150个，新增健身步道120公里，让市民出门就能健身。
P 市体育局有关负责人介绍，今年建设的健身圈主要分布在鼓楼、台江、仓山、晋安等城区的老旧小区周边以及新建居住区，重点补齐篮球场、羽毛球场、笼式足球场等设施短板。
P 与往年相比，今年的建设更加注重“智慧化”。部分新建场地将配备智能健身器材和运动数据采集终端，市民扫码即可查看运动时长、消耗热量等数据。
P 此外，我市还将推动学校体育场地向社会开放。目前，全市已有186所中小学在节假日和课余时间向周边居民开放体育场地，今年计划再增加40所。
T 建设内容|数量|完成时限
T 15分钟健身圈|150个|11月底
T 健身步道|120公里|10月底
T 开放学校场地|40所|9月底
P 据了解，截至去年底，我市人均体育场地面积已达到2.86平方米，经常参加体育锻炼的人数比例达到42%。
""",
 post='<p class="by">（记者 林晗 通讯员 何志斌）</p><p class="ed">责任编辑：吴敏</p>',
 share='<p class="fxx">分享到：<a href="#">微信</a> <a href="#">微博</a></p>',
 prevnext=("上一篇：福州地铁4号线二期全面开工", "下一篇：榕城樱花进入最佳观赏期"),
 footer=["福州新闻网版权所有 Copyright © 2006-2025 www.example.cn All Rights Reserved", "闽ICP备06025627号　闽公网安备35010202000215号", "违法和不良信息举报：0591-87095526"],
 authors=["林晗", "何志斌"], time="2025-03-12 08:05:21",
 css=".a-info{text-align:center;color:#666}.by{text-align:right}.footer{background:#eee}"),

dict(id="um-18", kind="media", lang="zh", tpl="app", site="新华网客户端",
 top=["打开APP", "阅读更多精彩"],
 title=["贵州黔西南：万亩刺梨进入采摘季"], info_pos="below",
 info='<div class="info-m"><span>新华网</span> <span>2025-08-28 15:32:10</span></div>',
 body="""
P 新华社贵阳8月28日电（记者 罗 娟 周 燕）时下，贵州省黔西南布依族苗族自治州普安县、兴仁市等地的万亩刺梨进入采摘季，果农们穿梭在刺梨林间，采收、分拣、装车，一派丰收繁忙景象。
I 果农在普安县一处刺梨基地采摘刺梨|8月27日，果农在普安县一处刺梨基地采摘刺梨。新华社记者 罗娟 摄
P 刺梨富含维生素C，被誉为“维C之王”。近年来，黔西南州将刺梨作为山地特色产业重点培育，全州刺梨种植面积已达到28万亩，今年预计鲜果产量超过12万吨。
P 在普安县江西坡镇的刺梨加工厂，一车车新鲜刺梨被运进车间，经过清洗、压榨、灌装等工序，制成刺梨原汁和饮料。工厂负责人介绍，今年工厂与周边1.2万户农户签订收购协议，保底收购价每公斤2.6元。
P “种刺梨不愁卖，一亩能收入四五千元。”种植户韦光明说。
P 据了解，黔西南州正在延伸刺梨产业链，开发刺梨果脯、刺梨酵素、刺梨护肤品等产品，推动产业从“卖鲜果”向“卖产品”转变。
""",
 post='<p class="zr">【责任编辑:韦洁】</p>',
 share='<div class="bottom-bar"><a href="#">分享</a><a href="#">点赞</a><a href="#">评论</a></div>',
 related=("热门推荐", ["遵义红茶秋茶开采", "六盘水凉都避暑游持续火热"]),
 footer=["新华网版权所有"],
 authors=["罗娟", "周燕"], time="2025-08-28 15:32:10", gifimg=True,
 css="body{max-width:600px;margin:0 auto}.appbar{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd}.info-m{color:#999}.cap{font-size:13px}"),

dict(id="um-19", kind="media", lang="zh", tpl="table", site="包头新闻网",
 top=["包头日报社", "包头晚报", "数字报"],
 nav=["首页", "包头新闻", "旗县区", "民生", "专题", "图片", "文化"],
 crumb="位置：首页 > 包头新闻 > 民生",
 title=["我市冬季供热首日平稳运行"],
 info='<div class="xinxi">2025年10月16日 08:20　来源：包头晚报</div>', info_pos="above",
 pre='<p class="byl">记者 任思远</p>',
 body="""
P 10月15日零时，我市中心城区正式进入2025—2026年采暖期。截至当天18时，全市供热系统运行平稳，市供热服务热线共接到咨询电话1260余个，较去年同期下降约15%。
P 据市住房和城乡建设局介绍，今年非采暖期，全市共更新改造老旧供热管网186公里，改造换热站92座，涉及居民11万余户。为应对可能出现的极端低温天气，各供热企业已储备燃煤等物资，并组建应急抢修队伍64支。
P 记者在昆都仑区一处换热站看到，工作人员正在监控屏幕前查看各项运行参数。“我们通过智慧供热平台，可以实时监测每栋楼的供回水温度，发现异常能及时调节。”供热企业工作人员说。
P 市住房和城乡建设局提醒，居民家中如出现暖气不热等问题，可拨打12345或所属供热企业服务电话反映。供热企业须在接到报修后2小时内上门处理，做到当日问题当日解决。
P 据悉，今年我市居民供热价格保持不变，继续执行每平方米每月4.8元的标准。
""",
 post='<p class="edit">编辑：张宇航</p>',
 share='<p class="share">分享到：</p><p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>',
 related=("相关新闻", ["我市启动冬季供热试运行", "包头今冬供热面积达1.6亿平方米"]),
 footer=["包头日报社主办　包头新闻网版权所有", "蒙ICP备05002154号　互联网新闻信息服务许可证：15120170006"],
 authors=["任思远"], time="2025年10月16日 08:20",
 css=".xinxi{text-align:center;color:#999}.byl{text-align:center}.foot{text-align:center}"),

dict(id="um-20", kind="media", lang="zh", tpl="modern", site="北方网",
 top=["天津新闻门户", "津云", "手机北方网"],
 nav=["首页", "新闻", "天津", "财经", "健康", "教育", "汽车", "房产"],
 crumb="北方网 > 新闻中心 > 天津 > 正文",
 title=["天津港集装箱吞吐量前三季度同比增长6.8%"],
 info='<div class="article-info">来源：北方网 &nbsp; 2025-10-21 11:46 &nbsp; 作者：记者 宋芳菲 &nbsp; 编辑：郭磊</div>', info_pos="above",
 body="""
P 北方网讯：记者从天津港集团获悉，今年前三季度，天津港累计完成集装箱吞吐量1850万标准箱，同比增长6.8%，增速位居北方沿海港口前列。
P 今年以来，天津港加密“一带一路”沿线航线布局，新开通至东南亚、中东、南美等地的外贸集装箱航线9条，外贸航线总数达到150条。同时，持续推进智慧港口建设，北疆港区C段智能化集装箱码头单桥作业效率进一步提升。
P 在海铁联运方面，天津港前三季度完成海铁联运量112万标准箱，同比增长9.5%，内陆“无水港”和办事处数量增至140余个，服务范围辐射华北、西北地区。
P 天津港集团相关负责人表示，四季度将继续优化航线结构，提升服务能级，确保完成全年目标任务。
P 业内人士分析，随着京津冀协同发展不断深入，天津港作为北方国际航运核心区的枢纽作用将进一步增强，腹地货源有望持续增长。
""",
 share='<div class="share2"><a href="#">微信</a><a href="#">微博</a></div>',
 related=("延伸阅读", ["天津港“智慧零碳”码头获国际奖项", "京津冀港口群协同发展再提速"]),
 side=[("排行", ["天津地铁新线路图公布", "海河文化节开幕"])],
 footer=["北方网版权所有", "津ICP备05004485号　互联网新闻信息服务许可证编号：12120170001", "违法和不良信息举报电话：022-23602525"],
 authors=["宋芳菲"], time="2025-10-21 11:46",
 css=".article-info{color:#888}.grid{display:flex}aside{width:260px}footer{background:#f2f2f2}"),

dict(id="um-21", kind="media", lang="en", tpl="modern", site="Fujian Daily English",
 top=["中文", "Subscribe", "Log in"],
 nav=["Home", "Fujian", "Business", "Culture", "Cross-Strait", "Travel", "Photos"],
 crumb="Home > Fujian", ph="Search",
 title=["Xiamen opens new cruise terminal to boost", "regional tourism"],
 info='<div class="byline">By Lin Qiuyue and Chen Hao | Updated: 2025-06-18 14:27</div>', info_pos="below",
 body="""
P A new international cruise terminal opened in Xiamen, Fujian province, on Tuesday, enabling the coastal city to berth two of the world's largest cruise ships at the same time.
P The terminal, located on the east side of Xiamen Island, covers about 60,000 square meters and is designed to handle up to 1.5 million passenger trips a year, according to the city's port authority.
P "The opening marks a new stage for the cruise economy in Xiamen," said Wang Jianmin, deputy director of the authority. "We expect more international routes to Southeast Asia and Japan to be launched in the coming months."
H Faster clearance
P Customs officers at the terminal use facial recognition and self-service gates, which cut average clearance time for passengers to about 20 minutes.
P Xiamen received more than 180,000 cruise passengers last year, and the number is expected to double this year as more routes resume.
""",
 post='<p class="ed">Editor: Zhang Rui</p>',
 share='<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>',
 related=("Related stories", ["Fuzhou launches direct flights to Jakarta", "Tulou villages draw record visitors"]),
 footer=["Copyright 2025 Fujian Daily Newspaper Group. All rights reserved.", "闽ICP备05014235号-3"],
 authors=["Lin Qiuyue", "Chen Hao"], time="2025-06-18 14:27",
 css="body{font-family:Georgia,serif}.byline{color:#666}footer{background:#003366;color:#fff}"),

dict(id="um-22", kind="media", lang="en", tpl="div", site="Guizhou International",
 top=["Chinese", "About us", "Contact"],
 nav=["HOME", "NEWS", "BUSINESS", "CULTURE", "TRAVEL", "VIDEO"],
 crumb="Home > News", ph="Keywords",
 title=["Guizhou big data expo draws record number of exhibitors"],
 info='<p class="dt">Source: Xinhua | 2025-05-27</p>', info_pos="above",
 body="""
P GUIYANG, May 26 (Xinhua) -- The 2025 China International Big Data Industry Expo opened on Monday in Guiyang, capital of southwest China's Guizhou province, attracting a record 480 exhibitors from home and abroad.
P The four-day event focuses on artificial intelligence, computing power and data security, with exhibitors showcasing products ranging from large language models to liquid-cooled servers.
P Guizhou has become one of China's major data center hubs thanks to its cool climate, stable geology and abundant electricity. The province now hosts more than 40 large data centers operated by major technology and telecom companies.
P Officials said a number of cooperation agreements in computing services and digital industries are expected to be signed during the expo.
P The annual expo was first held in 2015.
""",
 share='<p class="share">Share to: <a href="#">Facebook</a> <a href="#">Twitter</a></p>',
 related=("Latest", ["Guizhou tea exports rise in first quarter", "Huangguoshu waterfall welcomes summer crowds"]),
 side=[("Most Viewed", ["Miao New Year festival", "Guiyang metro line 3"])],
 footer=["Copyright © Guizhou International. All Rights Reserved.", "黔ICP备18007751号"],
 authors=[], time="2025-05-27",
 css="body{font-family:Arial}.dt{color:#888}.side.r{float:right;width:250px}.article{float:left;width:700px}.footer{clear:both}"),

dict(id="um-23", kind="media", lang="zh", tpl="app", site="津云",
 top=["津云客户端", "立即打开"],
 title=["“津城夜市”再升级：",  "6条特色街区延时至凌晨"],
 info='<div class="author-row"><img alt="津云"><span>津云</span><span>2025-07-11 21:03</span><span>阅读 3.2万</span></div>', info_pos="above",
 body="""
P 津云消息　7月11日，记者从市商务局获悉，为进一步激发夏季消费活力，本市6条特色商业街区从即日起将营业时间延长至凌晨1点，并推出夜间演艺、美食市集、文创展卖等系列活动。
P 此次延时营业的街区包括意式风情区、鼓楼商业街、南市食品街等。各街区将结合自身特色举办主题活动，例如意式风情区推出露天音乐会，南市食品街开设“津味小吃”夜市专区。
H 配套服务同步跟上
P 为方便市民夜间出行，地铁部分线路将在周五、周六延长运营30分钟，公交集团开通夜间专线4条。交警部门在各街区周边增设临时停车泊位1800余个。
P “晚上下班后带孩子来逛逛，吃点小吃、看看演出，特别有烟火气。”正在鼓楼商业街游玩的市民刘先生说。
P 据统计，今年上半年本市夜间消费额占全天消费额的比重达到36%，较去年同期提高2个百分点。
""",
 post='<p>（津云新闻记者 邢　悦）</p><p class="zb">编辑：孔令凡</p>',
 share='<div class="foot-btn"><span>赞</span><span>转发</span><span>评论</span></div>',
 related=("相关阅读", ["天津发布夏季消费券发放安排", "海河游船夜游线路扩容"]),
 footer=["天津海河传媒中心", "津ICP备19007513号"],
 authors=["邢悦"], time="2025-07-11 21:03",
 css="body{max-width:640px;margin:0 auto}.author-row span{margin-right:8px;color:#999}"),

dict(id="um-24", kind="media", lang="zh", tpl="div", site="漳州网",
 top=["闽南日报社主办", "闽南日报数字报", "漳州发布"],
 nav=["首页", "漳州新闻", "县区", "社会", "台海", "文旅", "评论"],
 crumb="您当前的位置 ：漳州网 > 漳州新闻 > 县区",
 title=["东山岛首批渔业碳汇交易落地"],
 info='<div class="txt">2025-09-09 09:12:44来源：闽南日报作者：沈若兰 通讯员 林 涵编辑：蔡宁</div>',
 body="""
P 本报讯　8日，东山县首批渔业碳汇交易在县海洋与渔业局签约落地，当地一家水产养殖合作社将其养殖海域产生的2400吨碳汇量出售给省内一家新能源企业，交易金额约14万元。
P 据介绍，东山县近年来大力发展贝藻类养殖，牡蛎、海带、龙须菜等养殖面积达到4万余亩。贝类和藻类在生长过程中能够吸收海水中的二氧化碳，形成可计量的碳汇。
P 为推动碳汇交易，东山县委托第三方机构对养殖海域开展碳汇计量核证，并搭建线上交易平台，为养殖户和购买方提供撮合服务。
Q “过去只卖海产品，现在连养殖产生的碳汇也能卖钱，这对我们是实实在在的增收。”合作社负责人黄阿水说。
P 下一步，东山县将扩大碳汇计量范围，探索碳汇质押贷款等金融产品，让更多养殖户从“蓝色碳汇”中受益。
""",
 share='<div class="fx">分享到：微信 微博 QQ空间</div>',
 prevnext=("上一篇：漳浦县开展台风“复盘”演练", "下一篇：平和琯溪蜜柚开始采摘"),
 footer=["闽南日报社版权所有", "闽ICP备09047362号　闽公网安备35060202000152号　互联网新闻信息服务许可证：35120170010"],
 authors=["沈若兰", "林涵"], time="2025-09-09 09:12:44",
 css=".txt{color:#999;text-align:center}blockquote{margin:0 2em;color:#444}"),
]
