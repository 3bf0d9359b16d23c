from common import page
K = "media"
PAGES = []
A = PAGES.append

def media_top(site, nav, links=("登录", "注册", "移动版")):
    return [("links", list(links)), ("banner", site, site), ("nav", nav), ("search", "请输入关键词")]

# xs-13: provincial paper site (山西), 引题 + 主题 + 副题, 本报讯
A(page("xs-13", K, "太原至忻州城际铁路全线铺轨贯通", ["温  晴".replace("  ", ""), "郭志远"], "2024-12-06 07:12",
  "太原至忻州城际铁路全线铺轨贯通--三晋新闻网",
  media_top("三晋新闻网", ["首页", "时政", "经济", "社会", "文旅", "评论", "视频", "数字报"]) + [
   ("crumb", "三晋新闻网 > 山西新闻 > 正文"),
   ("kick", "我省城际铁路建设取得重大进展"),
   ("h1", "太原至忻州城际铁路全线铺轨贯通"),
   ("deck", "预计2025年下半年开通运营，两地最快30分钟可达"),
   ("info", "2024-12-06 07:12    来源：山西日报    作者：温  晴 郭志远"),
   ("p", "本报讯（记者 温晴 通讯员 郭志远）12月5日上午，随着最后一组五百米长钢轨在忻州西站精准落位，太原至忻州城际铁路实现全线铺轨贯通，标志着项目建设由线下工程全面转入站后工程施工阶段。"),
   ("p", "太忻城际铁路南起太原，北至忻州，线路全长约九十五公里，设计时速二百五十公里，全线设太原北、阳曲西、忻州西等六座车站。项目于2021年开工建设，是我省“一主三副六市域中心”城镇格局中的重要交通项目。"),
   ("p", "据中铁某局项目负责人介绍，施工中采用了长钢轨一次铺设、无缝线路锁定等先进工艺，克服了冬季低温、跨越既有线路等困难，比计划工期提前二十天完成铺轨任务。"),
   ("p", "“铺轨贯通后，我们将全力推进通信、信号、电力等四电工程施工，为联调联试创造条件。”建设单位相关负责人说。"),
   ("p", "项目建成后，太原与忻州之间最快三十分钟可达，将有力促进太忻一体化经济区建设，进一步完善山西中部城市群交通网络。"),
   ("img", "铺轨机作业", "12月5日，施工人员在忻州西站进行铺轨作业。 记者 温晴 摄"),
   ("editor", "责任编辑：薛  萍"),
   ("share", "分享到：微信 微博 QQ"),
   ("related", "相关新闻", ["太忻城际铁路跨汾河特大桥合龙", "我省今年计划新开工铁路项目五个", "太原至忻州城际铁路全线铺轨贯通"]),
   ("foot", ["三晋新闻网版权所有  未经书面授权禁止转载", "互联网新闻信息服务许可证：14120190003  晋ICP备09003216号", "违法和不良信息举报电话：0351-4282916"]),
  ], style="div"))

# xs-14: city TV site (内蒙古 包头), headline split at comma over two lines, 新华社-style dateline absent
A(page("xs-14", K, "包头稀土高新区新增专利授权1200余件，稀土新材料产业链加速延伸", ["阿拉坦", "包  倩".replace("  ", "")], "2024-06-17 19:45:12",
  "包头稀土高新区新增专利授权1200余件，稀土新材料产业链加速延伸 - 鹿城广电网",
  media_top("鹿城广电网", ["首页", "新闻", "直播", "点播", "专题", "广电节目"], ("登录", "下载APP")) + [
   ("crumb", "首页 / 新闻 / 本地"),
   ("h1", ["包头稀土高新区新增专利授权1200余件，", "稀土新材料产业链加速延伸"]),
   ("info", "来源：鹿城广电网  2024-06-17 19:45:12  记者：阿拉坦 包  倩"),
   ("x", "播放视频 00:00 / 02:31"),
   ("p", "今年以来，包头稀土高新区聚焦稀土新材料产业，持续加大研发投入，企业创新活力不断增强。1至5月，园区企业新增专利授权一千二百余件，其中发明专利三百四十件，同比增长百分之二十六。"),
   ("p", "在园区一家永磁材料企业的研发中心，技术人员正在测试新一代高矫顽力磁体样品。企业研发部负责人介绍，这款产品主要用于新能源汽车驱动电机，重稀土用量比上一代减少了三成。"),
   ("p", "为帮助企业把专利转化为生产力，高新区设立了知识产权服务站，为企业提供专利导航、质押融资等一站式服务。今年以来，已有十一家企业通过专利质押获得贷款两亿三千万元。"),
   ("p", "与此同时，园区围绕抛光材料、储氢材料、催化材料等方向招引项目，产业链条不断向下游延伸，今年新签约项目十九个。"),
   ("editor", "编辑：其其格  责任编辑：王海峰"),
   ("related", "热门推荐", ["黄河湿地迎来观鸟季", "包头稀土高新区新增专利授权1200余件，稀土新材料产业链加速延伸", "昆都仑区启动夏季夜市"]),
   ("foot", ["主办：包头市广播电视台", "信息网络传播视听节目许可证：1505xxx  蒙ICP备13001762号-1", "蒙公网安备 15020302000249号"]),
  ], style="modern"))

# xs-15: 新华社-style wire on a provincial portal (河北), 新华社电 byline in paragraph
A(page("xs-15", K, "雄安新区首批疏解高校新校区主体结构封顶", ["齐  雷".replace("  ", ""), "杜  娟".replace("  ", "")], "2025年01月08日 21:06",
  "雄安新区首批疏解高校新校区主体结构封顶_河北频道_燕赵新闻网",
  media_top("燕赵新闻网", ["首页", "河北", "国内", "国际", "财经", "雄安", "图片"]) + [
   ("crumb", "当前位置：燕赵新闻网 > 雄安 > 正文"),
   ("h1", "雄安新区首批疏解高校新校区主体结构封顶"),
   ("info", "2025年01月08日 21:06    来源：新华网"),
   ("p", "新华社石家庄1月8日电（记者 齐雷 杜娟）记者8日从雄安新区管委会获悉，雄安新区首批疏解高校之一的新校区项目主体结构日前全部封顶，项目整体进入装饰装修和机电安装阶段。"),
   ("p", "该校区位于雄安新区启动区东北部，总建筑面积约六十万平方米，包括教学楼、实验楼、图书馆、学生宿舍等建筑。项目采用装配式建筑和绿色建筑技术，建成后可容纳在校生一万余人。"),
   ("p", "雄安新区有关负责人表示，新区将加快推进疏解高校、医院等项目建设，完善教育、医疗等公共服务配套，为疏解单位和人员提供良好的工作生活环境。"),
   ("p", "据了解，首批疏解的四所高校新校区均已开工，计划于2026年前后陆续投入使用。目前，新区已累计开工建设各类重点项目三百多个。"),
   ("p", "记者在现场看到，施工人员正在进行外墙幕墙安装和室内管线敷设，项目计划明年暑期前完成主要建设任务。"),
   ("editor", "【纠错】 【责任编辑：陈  默】"),
   ("related", "相关稿件", ["雄安新区启动区市政道路建设提速", "雄安新区首批疏解高校新校区主体结构封顶"]),
   ("foot", ["燕赵新闻网 版权所有", "冀ICP备08103377号  冀公网安备13010802000107号"]),
  ], style="div"))

# xs-16: 天津 city portal, place + colon headline, deck below, modern, info bar glued
A(page("xs-16", K, "滨海新区：“海河英才”落户累计突破十万人", ["孟  凡".replace("  ", "")], "2024-08-20 08:30",
  "滨海新区：“海河英才”落户累计突破十万人-津门新闻",
  [("links", ["津门新闻", "客户端", "登录"]), ("banner", "津门新闻", "津门新闻"), ("nav", ["首页", "天津", "滨海", "区县", "民生", "财经", "文体", "视听"]),
   ("crumb", "首页>滨海"),
   ("h1", "滨海新区：“海河英才”落户累计突破十万人"),
   ("deck", "硕士以上学历占比超过三成，“落户即就业”比例持续提高"),
   ("info", "2024-08-20 08:30来源：天津日报记者：孟  凡"),
   ("share", "分享到"),
   ("p", "记者从滨海新区人才工作部门获悉，截至7月底，通过“海河英才”行动计划落户滨海新区的人才累计突破十万人，其中硕士以上学历人才占比达到百分之三十二。"),
   ("p", "“当初看中的就是这里的产业平台。”在天津港保税区一家生物医药企业工作的博士小林说，他落户后很快申请到了人才公寓，两年来参与了三个新药研发项目。"),
   ("p", "近年来，滨海新区围绕信创、生物医药、新能源等主导产业，完善人才引进、培养、评价和激励政策，建成人才公寓一万二千余套，为企业引才提供“一站式”服务。"),
   ("table", [["年份", "新增落户人才（人）", "其中硕士以上（人）"], ["2022", "18650", "5210"], ["2023", "21330", "6890"], ["2024年1-7月", "13270", "4460"]]),
   ("p", "滨海新区人才工作部门负责人表示，下一步将继续优化人才服务，推动人才链与产业链深度融合，让各类人才在滨海安心工作、舒心生活。"),
   ("editor", "责任编辑：刘  洋"),
   ("related", "相关推荐", ["天津港集装箱吞吐量创同期新高", "滨海新区启动新一轮老旧小区改造"]),
   ("foot", ["津ICP备05002101号-1  互联网新闻信息服务许可证编号：12120170001", "津公网安备 12010102000065号"]),
  ], style="modern"))

# xs-17: English page of a Tianjin outlet, By line
A(page("xs-17", K, "Tianjin Port Opens New Automated Container Terminal", ["Zhang Wenjing", "Liu Hao"], "2024-09-11 15:20",
  "Tianjin Port Opens New Automated Container Terminal - Tianjin Today",
  [("links", ["中文", "Sign in"]), ("banner", "Tianjin Today logo", "TIANJIN TODAY"), ("nav", ["Home", "News", "Business", "Culture", "Travel", "Photos", "Video"]),
   ("search", "Search", "Go"),
   ("crumb", "Home > News > Business"),
   ("h1", "Tianjin Port Opens New Automated Container Terminal"),
   ("byline", "By Zhang Wenjing and Liu Hao"),
   ("date", "Updated: 2024-09-11 15:20"),
   ("p", "A new fully automated container terminal began operations at Tianjin Port on Tuesday, adding an annual handling capacity of 2.5 million twenty-foot equivalent units to one of northern China's busiest gateways."),
   ("p", "The terminal uses driverless trucks guided by satellite positioning and remote-controlled quay cranes, allowing operators to manage loading from an office several kilometers away. Port officials said energy consumption per container would fall by about 17 percent compared with conventional terminals."),
   ("p", "\"We designed the system so that ships can be turned around faster, even in bad weather,\" said a terminal manager surnamed Wang. \"The first vessels we handled this week left six hours earlier than planned.\""),
   ("h", "Green power on the quay"),
   ("p", "Electricity for the terminal comes mainly from wind turbines and rooftop solar panels within the port area. The operator said the site was expected to run on renewable power for most of the year."),
   ("p", "Tianjin Port handled more than 23 million TEUs last year. The new terminal is part of a plan to expand links with inland dry ports in Hebei, Shanxi and Inner Mongolia."),
   ("img", "Automated cranes at the new terminal", "Automated cranes work at the new terminal on Tuesday. [Photo provided to Tianjin Today]"),
   ("share", "Share: Facebook Twitter LinkedIn"),
   ("related", "Related Stories", ["Tianjin expands rail-sea links", "Port city hosts logistics expo"]),
   ("foot", ["Copyright 2024 Tianjin Today. All rights reserved.", "津ICP备11004321号"]),
  ], style="en", lang="en"))

# xs-18: English page of an Inner Mongolia outlet, wire copy with only source (authors [])
A(page("xs-18", K, "Inner Mongolia Steps Up Grassland Restoration Along Yellow River", [], "2025-05-14 10:02:37",
  "Inner Mongolia Steps Up Grassland Restoration Along Yellow River",
  [("banner", "Inner Mongolia News", "INNER MONGOLIA NEWS"), ("nav", ["HOME", "LOCAL", "ECONOMY", "ECOLOGY", "CULTURE", "TRAVEL"]),
   ("crumb", "Home / Ecology"),
   ("kick", "ECOLOGY"),
   ("h1", "Inner Mongolia Steps Up Grassland Restoration Along Yellow River"),
   ("info", "Source: Xinhua | 2025-05-14 10:02:37 | Editor: Gao Lan"),
   ("p", "HOHHOT, May 14 (Xinhua) -- North China's Inner Mongolia Autonomous Region will restore 1.2 million mu (about 80,000 hectares) of degraded grassland along the Yellow River this year, local authorities said."),
   ("p", "The work will focus on areas in Ordos, Bayannur and Baotou, where overgrazing and wind erosion have thinned vegetation in past decades. Measures include reseeding with native grasses, fencing off fragile plots and paying herders to reduce livestock numbers."),
   ("p", "Vegetation coverage of the region's grasslands reached 45 percent last year, up from about 37 percent a decade ago, according to the regional forestry and grassland bureau."),
   ("p", "Herders who take part in the program receive subsidies based on the area they leave ungrazed. \"My income has not dropped, and the grass is coming back,\" said a herder in Hanggin Banner."),
   ("p", "The region also plans to plant drought-resistant shrubs on 300,000 mu of sandy land along the river's northern bend."),
   ("related", "MOST POPULAR", ["Hulunbuir welcomes first summer tourists", "Inner Mongolia Steps Up Grassland Restoration Along Yellow River"]),
   ("foot", ["Copyright © Inner Mongolia News. All Rights Reserved.", "蒙ICP备10002345号"]),
  ], style="en", lang="en"))

# xs-19: city newspaper site (大同), 2012 table layout, headline repeated in title bar, 作者 glued
A(page("xs-19", K, "云冈石窟数字化保护工程完成第三阶段任务", ["侯  斌".replace("  ", "")], "2019-11-27 09:18:41",
  "大同新闻网-云冈石窟数字化保护工程完成第三阶段任务",
  [("open", '<table class="w"><tr><td>'), ("banner", "大同新闻网", "大同新闻网 www.dt-news.cn"),
   ("links|", ["首页", "大同要闻", "县区新闻", "社会民生", "文化旅游", "大同日报", "大同晚报"]),
   ("crumb", "您当前的位置 ：大同新闻网 >> 大同要闻 >> 正文"),
   ("x", "云冈石窟数字化保护工程完成第三阶段任务"),
   ("h1x", "云冈石窟数字化保护工程完成第三阶段任务"),
   ("info", "2019-11-27 09:18:41   来源：大同日报   作者：侯  斌   责任编辑：王  鹏"),
   ("p", "本报讯 记者从云冈研究院获悉，历时一年半的云冈石窟数字化保护工程第三阶段任务日前完成，第五、六窟等十二个洞窟实现了高精度三维数字化采集。"),
   ("p", "据介绍，第三阶段工程共完成三维扫描面积四千余平方米，拍摄高清图像七万余张，采集数据量超过一百二十TB。工作人员采用激光扫描与近景摄影测量相结合的方法，精度达到零点零三毫米，能够清晰记录石窟造像的细微纹理和病害情况。"),
   ("p", "“这些数据既是石窟的‘数字档案’，也是今后开展病害监测、保护修复和展示利用的基础。”云冈研究院数字化保护中心负责人说。"),
   ("p", "目前，研究院正利用采集的数据开展第十二窟等洞窟的三维打印复制工作，复制窟将赴国内外展出，让更多观众近距离感受云冈石窟的艺术魅力。"),
   ("p", "据了解，云冈石窟数字化保护工程计划分五个阶段实施，预计2022年全部完成。"),
   ("x", "【我要打印】 【关闭窗口】"),
   ("related", "相关新闻", ["云冈石窟第三窟遗址保护工程通过验收", "平城区推进古城街区改造"]),
   ("close", "</td></tr></table>"),
   ("foot", ["大同新闻网版权所有 未经授权不得转载", "晋ICP备05002266号"]),
  ], style="table"))

# xs-20: provincial TV/radio site (河北广播), only share text marks headline; section label looks like a headline
A(page("xs-20", K, "承德避暑山庄周边古建筑修缮工程启动", ["耿  萱".replace("  ", "")], "2023-04-03 18:56",
  "冀声网",
  media_top("冀声网", ["首页", "广播", "电视", "新闻", "直播", "节目单"], ("登录", "听广播")) + [
   ("crumb", "首页 > 新闻 > 河北"),
   ("x", "河北新闻联播"),
   ("x", "文物保护"),
   ("h1x", "承德避暑山庄周边古建筑修缮工程启动"),
   ("info", "2023-04-03 18:56 冀声网 记者 耿  萱"),
   ("share", "分享“承德避暑山庄周边古建筑修缮工程启动”到：微信 微博"),
   ("p", "4月3日，承德避暑山庄周边古建筑修缮工程正式启动。此次修缮涉及普宁寺、安远庙等六处古建筑群，计划工期两年。"),
   ("p", "据承德市文物部门介绍，这些古建筑大多建于清代乾隆年间，部分建筑存在屋面渗漏、木构件糟朽、彩画脱落等问题。修缮工程坚持“最小干预”原则，尽可能保留原有构件，对确需更换的构件按原材料、原工艺进行复制。"),
   ("p", "为确保修缮质量，工程引入了三维扫描、无人机巡检等技术手段，对古建筑现状进行全面记录，并邀请古建专家全程指导。施工期间，普宁寺将采取局部封闭、分区开放的方式接待游客。"),
   ("p", "承德市文物局有关负责人表示，修缮完成后，将进一步提升世界文化遗产的保护水平和展示效果。"),
   ("p", "据悉，承德今年还将对十余处县级文物保护单位开展抢救性修缮，总投资约一点二亿元。"),
   ("editor", "编辑：林  夕"),
   ("related", "热门新闻", ["河北春季植树造林全面展开", "承德避暑山庄周边古建筑修缮工程启动"]),
   ("foot", ["河北广播电视台 主办", "冀ICP备10009011号-3 冀公网安备 13010402001023号"]),
  ], style="div"))

# xs-21: 内蒙古 provincial portal, long 引题 two lines, 主题, 副题, 记者 line under body
A(page("xs-21", K, "呼伦贝尔“冰雪+”带火冬季旅游", ["萨仁图雅", "李  哲".replace("  ", "")], "2024年12月30日 08:05",
  "呼伦贝尔“冰雪+”带火冬季旅游 - 北疆新闻网",
  media_top("北疆新闻网", ["首页", "要闻", "盟市", "经济", "文旅", "生态", "融媒"]) + [
   ("crumb", "首页 > 盟市 > 呼伦贝尔"),
   ("kick", "打造冰雪旅游目的地 激活冬季消费新引擎"),
   ("h1", "呼伦贝尔“冰雪+”带火冬季旅游"),
   ("deck", "——元旦假期前预订量同比增长四成"),
   ("info", "2024年12月30日 08:05    来源：内蒙古日报"),
   ("p", "零下三十度的呼伦贝尔，冰雪世界里热气腾腾。在海拉尔区的冰雪乐园，游客们乘坐雪圈从高处滑下，欢笑声此起彼伏；在额尔古纳的俄罗斯族民俗村，来自南方的游客体验“泼水成冰”，纷纷拿出手机记录下这一瞬间。"),
   ("p", "今冬以来，呼伦贝尔推出“冰雪+民俗”“冰雪+赛事”“冰雪+研学”等系列产品，开通了多条冬季旅游专列和包机航线。截至12月下旬，元旦假期前酒店和民宿预订量同比增长百分之四十。"),
   ("h", "民俗体验受追捧"),
   ("p", "“驯鹿、雪橇、桦树皮画，这些在南方都见不到。”来自广州的游客陈女士说，她一家人在根河住了三天，每天的行程都排得满满的。"),
   ("h", "赛事活动聚人气"),
   ("p", "本月，呼伦贝尔还举办了冬季那达慕、冰雪汽车越野赛等活动，吸引了大批游客和摄影爱好者。当地文旅部门预计，整个雪季接待游客将超过八百万人次。"),
   ("x", "记者：萨仁图雅 李  哲"),
   ("editor", "责任编辑：敖  登"),
   ("related", "相关阅读", ["阿尔山开板迎客", "满洲里中俄边境旅游升温"]),
   ("foot", ["北疆新闻网 版权所有", "蒙ICP备05004816号  互联网新闻信息服务许可证：15120170002"]),
  ], style="modern"))

# xs-22: 天津 city evening paper site, headline broken over three lines, 文/ byline
A(page("xs-22", K, "老街坊的新邻居：五大道洋楼里开出社区书房", ["田  甜".replace("  ", "")], "2023-09-09 14:40",
  "老街坊的新邻居：五大道洋楼里开出社区书房_津晚在线",
  media_top("津晚在线", ["首页", "津城", "民生", "文化", "体育", "副刊"]) + [
   ("crumb", "当前位置：首页 > 文化"),
   ("h1", ["老街坊的新邻居：", "五大道洋楼里", "开出社区书房"]),
   ("info", "2023-09-09 14:40 来源：今晚报"),
   ("byline", "文/田  甜  图/邵  阳"),
   ("p", "推开一扇红漆木门，穿过种着月季的小院，一座建于上世纪二十年代的洋楼里，藏着一间安静的书房。这是和平区五大道街道新开的社区书房，开放不到一个月，已经成了附近居民的“打卡地”。"),
   ("p", "书房面积不大，约一百五十平方米，藏书却有六千多册，以天津地方文史、儿童绘本和生活类图书为主。每天上午，总有几位老人早早地坐在窗边看报；放学后，孩子们又占满了二楼的小阅览室。"),
   ("quote", "“以前这楼一直闲着，现在成了大家的客厅。”在这条街住了四十多年的刘大爷说。"),
   ("p", "据介绍，这座洋楼原是街道的办公用房，去年街道搬迁后，和平区把它改造为公共文化空间，由社会组织负责日常运营。书房每周举办两到三场活动，内容包括老天津讲座、亲子共读、书法课等，报名常常“秒满”。"),
   ("p", "“我们希望它不只是一个借书的地方，更是老街坊和新居民互相认识的地方。”书房负责人说。"),
   ("img", "社区书房内景", "居民在社区书房阅读。"),
   ("editor", "编辑：魏  然"),
   ("related", "推荐阅读", ["五大道秋季文化季启动", "老街坊的新邻居：五大道洋楼里开出社区书房"]),
   ("foot", ["今晚传媒集团主办", "津ICP备09002287号"]),
  ], style="div"))

# xs-23: 山西 TV station news with 原标题 line and "记者 X" line on its own, headline with colon split
A(page("xs-23", K, "山西：今年将新建改建农村公路5000公里", ["任  静".replace("  ", ""), "段  超".replace("  ", "")], "2025-03-03 20:11",
  "山西：今年将新建改建农村公路5000公里-黄河融媒",
  media_top("黄河融媒", ["首页", "山西新闻", "视频", "直播", "黄河电视", "广播"], ("登录", "APP下载")) + [
   ("crumb", "首页 > 山西新闻"),
   ("h1", ["山西：", "今年将新建改建农村公路5000公里"]),
   ("info", "黄河融媒  2025-03-03 20:11"),
   ("x", "原标题：我省加快推进“四好农村路”高质量发展"),
   ("x", "记者：任  静 段  超"),
   ("p", "记者从省交通运输厅获悉，今年我省将新建改建农村公路五千公里，实施农村公路安全生命防护工程三千公里，改造危旧桥梁二百座，进一步提升农村公路通达水平。"),
   ("p", "近年来，我省持续推进“四好农村路”建设，全省农村公路总里程超过十二万公里，所有具备条件的建制村全部通硬化路、通客车。不少地方依托农村公路发展乡村旅游和特色产业，“一条路带活一片产业”的故事越来越多。"),
   ("p", "省交通运输厅相关负责人介绍，今年将重点推进资源路、产业路、旅游路建设，推动农村公路与沿线产业、景区衔接；同时深化农村公路管理养护体制改革，推广“路长制”，确保路有人管、有人养。"),
   ("p", "此外，我省还将推进城乡交通运输一体化，在五十个县开展农村客货邮融合发展试点，让农产品进城、工业品下乡更加便捷。"),
   ("editor", "编辑：赵  鑫  审核：石  磊"),
   ("foot", ["山西广播电视台 版权所有", "晋ICP备07001254号  信息网络传播视听节目许可证：1405xxx"]),
  ], style="modern"))

# xs-24: 河北 city paper app-like site (唐山), headline with question, deck above, author spaced
A(page("xs-24", K, "一块钢板如何“长”出万吨巨轮", ["冯  雪".replace("  ", ""), "郑志强"], "2024-10-15",
  "一块钢板如何“长”出万吨巨轮｜探访曹妃甸造船基地 - 凤凰城新闻网",
  media_top("凤凰城新闻网", ["首页", "唐山新闻", "县区", "产经", "视频", "数字报"]) + [
   ("crumb", "首页 > 产经 > 正文"),
   ("kick", "探访曹妃甸造船基地"),
   ("h1", "一块钢板如何“长”出万吨巨轮"),
   ("info", "发布日期：2024-10-15  来源：唐山劳动日报  记者：冯  雪  通讯员：郑志强  浏览：3620次"),
   ("p", "走进曹妃甸一家船舶制造企业的总装车间，巨大的龙门吊正在吊装分段，焊花四溅。车间负责人告诉记者，眼下企业手持订单已排到2027年，工人们实行两班倒，车间里昼夜不停。"),
   ("h", "切割：精度以毫米计"),
   ("p", "一艘万吨级散货船，要从一块块钢板开始“生长”。在下料车间，数控等离子切割机按照电脑排版的图纸，把钢板切割成大小不一的零件，误差不超过一毫米。"),
   ("h", "焊接：机器人挑大梁"),
   ("p", "在分段制造车间，十几台焊接机器人正在作业。“过去一个分段要十几个焊工干一周，现在机器人两三天就能完成，焊缝质量也更稳定。”焊接班长老周说。"),
   ("h", "总装：像搭积木一样造船"),
   ("p", "上百个分段在船坞里依次合拢，再经过舾装、涂装和试航，一艘巨轮才能交付。企业今年已交付各类船舶九艘，产值同比增长三成以上。"),
   ("editor", "责任编辑：何  畅"),
   ("related", "相关推荐", ["曹妃甸港区新航线开通", "唐山港前三季度吞吐量稳步增长"]),
   ("foot", ["唐山劳动日报社主办", "冀ICP备12007773号-1 冀公网安备 13020302000212号"]),
  ], style="div"))
