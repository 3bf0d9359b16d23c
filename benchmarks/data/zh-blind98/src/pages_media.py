# Media, portal and TV/radio pages wu-13 .. wu-24. All invented.
M = "media"
PAGES = [
# ------------------------------------------------------------------ wu-13 provincial app-style portal (广东), 2024
dict(id="wu-13", kind=M, layout="modern", site="南方+",
     topbar=["下载客户端", "登录", "注册"], topsep=" ",
     banner=["南方+", "南方日报官方客户端"],
     nav=["首页", "广东", "时政", "经济", "城市", "文化", "观点", "视频"],
     crumb="首页 > 城市频道 > 韶关",
     title_lines=["丹霞山下“民宿+研学”火了，五一假期入住率超九成"],
     info=["南方+ 记者 何嘉欣 通讯员 曾  伟 黄思琪", "2025-05-13 20:17"], info_style="lines",
     authors=["何嘉欣", "曾伟", "黄思琪"], time="2025-05-13 20:17",
     body="""
p 清晨的丹霞山脚下，仁化县断石村的“石上居”民宿里，十几名来自深圳的中学生背着速写本，跟着研学导师去认识丹霞地貌。“以前游客来了看看山就走，现在孩子们一住就是三四天。”民宿主人李国强说。
p 今年五一假期，丹霞山景区周边200多家民宿平均入住率达到92%，其中研学团队占比接近四成。仁化县文广旅体局提供的数据显示，一季度全县接待研学学生4.6万人次，同比增长37%。
h 从“一日游”到“深度游”
p 转变源于当地对研学课程的系统打磨。仁化县联合韶关学院、丹霞山管委会开发了“丹霞地貌形成”“红石村落调查”“夜观星空”等18门课程，培训持证研学导师160名，并将课程资源开放给全县民宿。
q “课程是免费共享的，民宿只要达标就能接研学团。”仁化县文广旅体局相关负责人表示，这让小民宿也能分到研学的“蛋糕”。
img 研学|学生们在丹霞山脚下写生
h 配套跟上才能留住人
p 记者了解到，当地今年新建了3个研学营地，改造乡村道路12公里，并在主要村落设置了急救点和安全员。下一步，仁化还计划推出“研学+农事体验”线路，让学生走进田间地头。
""",
     after=["编辑 刘思远", "审核 陈  亮", "分享到：微信 朋友圈 微博"],
     related=[("推荐阅读", ["韶关“百千万工程”观察：一个村的三次转身", "粤北生态旅游持续升温"])],
     footer=["南方新闻网版权所有 未经授权禁止转载", "粤ICP备09174648号　互联网新闻信息服务许可证：44120170002"]),

# ------------------------------------------------------------------ wu-14 provincial news portal (吉林), 2013 div
dict(id="wu-14", kind=M, layout="div", site="中国吉林网",
     topbar=["吉林日报", "城市晚报", "彩练新闻", "手机版"], topsep=" | ",
     banner=["中国吉林网 www.cnjiwang.com", "吉林省重点新闻网站"],
     search="站内搜索",
     nav=["首页", "吉林新闻", "国内", "国际", "社会", "经济", "文旅", "图片", "视频"], navsep=" ",
     crumb="中国吉林网 > 吉林新闻 > 经济 > 正文",
     title_lines=["一汽解放新能源重卡下线 今年计划交付超万辆"],
     info=["2025-05-13 08:36:12", "来源：吉林日报", "作者：记者 孙  宇", "编辑：宋佳"], info_sep="　",
     authors=["孙宇"], time="2025-05-13 08:36:12",
     indent="u3000",
     body="""
p 5月12日，一汽解放新能源智能制造基地内，一辆搭载新一代换电系统的J7纯电动重卡缓缓驶下生产线。这标志着该基地二期工程全面投产，年产能提升至3万辆。
p 据介绍，新下线的重卡采用自主研发的电驱桥和智能热管理系统，满电续航里程达到400公里，换电时间缩短至5分钟以内，主要面向港口、矿山、钢厂等短倒运输场景。
p “今年我们的新能源订单已经排到了第三季度。”一汽解放相关负责人介绍，一季度公司新能源商用车销量同比增长68%，全年计划交付超过1万辆。
p 为配合新能源重卡推广，长春市今年将新建换电站20座，并在长春兴隆综合保税区、汽开区开展重卡换电示范运营。
img 新能源重卡下线|新能源重卡驶下生产线。（资料图片）
p 业内人士认为，随着电池成本下降和换电网络完善，新能源重卡在中短途运输领域的经济性已逐步显现，吉林汽车产业正加快向电动化、智能化转型。
""",
     after=["【纠错】　【打印】　【关闭】", "责任编辑：宋佳"],
     side=[("吉林要闻", ["全省春播进度过七成", "长白山景区夏季运营开启", "吉林市重点项目集中开工"]),
           ("图片新闻", ["净月潭春色"])],
     related=[("相关新闻", ["长春汽开区新能源产业园签约10个项目", "一汽解放一季度销量发布"])],
     footer=["关于我们 | 广告服务 | 联系方式 | 版权声明", "吉林日报社主办　中国吉林网版权所有", "吉ICP备07003011号　互联网新闻信息服务许可证编号：22120170001　吉公网安备 22010202000342号"]),

# ------------------------------------------------------------------ wu-15 provincial portal (甘肃), wire copy reposted, 2018 table
dict(id="wu-15", kind=M, layout="table", site="每日甘肃网",
     banner=["每日甘肃网 | 甘肃省重点新闻网站"],
     topbar=["甘肃日报", "兰州晨报", "新甘肃客户端"], topsep="  ",
     nav=["首页", "时政", "甘肃", "兰州", "市州", "财经", "文旅", "评论"], navsep=" | ",
     crumb="您当前的位置 ：每日甘肃网 > 新闻频道 > 甘肃新闻",
     title_lines=["敦煌研究院发布莫高窟数字化保护新成果"],
     info=["来源：新华社", "2025-05-12 21:46:30", "编辑：马晓燕"], info_style="spans",
     authors=["张文斌", "马  兰".replace("  ", "")], time="2025-05-12 21:46:30",
     side=[("甘肃新闻", ["河西走廊风电装机突破3000万千瓦", "甘南藏族自治州启动草原防火期"])],
     side_left=False,
     body="""
p 新华社兰州5月12日电（记者 张文斌 马  兰）敦煌研究院12日发布莫高窟数字化保护最新成果，新增完成48个洞窟的高精度数字化采集，其中16个洞窟的全景漫游资源同步上线“数字敦煌”资源库，供全球公众免费浏览。
p 敦煌研究院文物数字化研究所负责人介绍，本批次采集采用自主研发的“多光谱+三维激光”融合技术，图像分辨率达到每英寸300点以上，能够清晰呈现壁画颜料层的细微裂隙和起甲病害，为壁画保护修复提供科学依据。
p 截至目前，莫高窟已完成298个洞窟的数字化摄影采集、178个洞窟的全景漫游制作，“数字敦煌”资源库累计访问量超过2300万次，用户遍及全球78个国家和地区。
p 据悉，敦煌研究院还将联合国内高校开展壁画色彩演变研究，利用人工智能技术对褪色壁画进行虚拟复原，让千年壁画以更鲜活的面貌呈现在世人面前。
""",
     after=["【责任编辑：马晓燕】", "相关新闻", "「莫高窟夏季参观预约开启」", "「敦煌文化艺术展在兰开幕」"],
     footer=["甘肃日报社主办　每日甘肃网版权所有", "陇ICP备10000211号-1　互联网新闻信息服务许可证：62120170001　违法和不良信息举报电话：0931-8156789"]),

# ------------------------------------------------------------------ wu-16 city evening paper site (上海), 2023 responsive
dict(id="wu-16", kind=M, layout="modern", site="新民网",
     topbar=["新民晚报", "新民周刊", "新民APP"], topsep=" · ",
     banner=["新民网", "XINMIN.CN"],
     nav=["首页", "上海", "国内", "国际", "体育", "文娱", "评论", "夜光杯"],
     crumb="新民网 > 上海 > 社会",
     title_lines=["苏州河畔新添一座“口袋公园”，老厂房变身市民客厅"],
     info=["新民晚报记者 江  南", "2025-05-14 06:58", "来源：新民晚报"], info_sep="  ",
     authors=["江南"], time="2025-05-14 06:58",
     body="""
p 昨天上午，位于普陀区苏州河北岸的长寿湾口袋公园正式开放。这座面积约2800平方米的小公园，由一座建于上世纪50年代的仓库改建而成，保留了原有的红砖外墙和木质桁架。
img 长寿湾口袋公园|长寿湾口袋公园内，市民在老厂房改建的廊下休息 新民晚报记者 孙中钦 摄
p 走进公园，老厂房的屋顶被拆除一半，露出钢结构框架，下面种满了耐阴的蕨类和绣球；另一半保留为带顶的“市民客厅”，设有阅读角、便民饮水点和共享充电桩。
q “小时候我就住在这附近，那时候这里是堆棉纱的仓库。”68岁的居民徐阿姨说，“现在每天晚饭后都来走走，比以前亮堂多了。”
p 据普陀区绿化市容局介绍，今年全区计划新建改建口袋公园10座，其中6座位于苏州河沿岸，将与滨河步道贯通，让市民“推窗见绿、出门进园”。
p 记者注意到，公园还设置了一面“城市记忆墙”，展示了20余幅苏州河沿岸工厂的老照片，不少路过的市民驻足拍照。
""",
     after=["原标题：《苏州河畔老仓库变身口袋公园》", "编辑：陆  宁", "分享：微信 微博 QQ"],
     related=[("相关推荐", ["上海今年将新建120座口袋公园", "苏州河中心城区42公里岸线再升级"])],
     footer=["新民网 版权所有", "沪ICP备05050403号　互联网新闻信息服务许可证 31120170001　沪公网安备 31010602000012号"]),

# ------------------------------------------------------------------ wu-17 provincial TV site (广东), video page 2021
dict(id="wu-17", kind=M, layout="div", site="荔枝网",
     topbar=["广东广播电视台", "荔枝新闻", "触电新闻", "登录"], topsep=" | ",
     banner=["荔枝网 GDTV"],
     nav=["首页", "新闻", "卫视", "珠江", "体育", "少儿", "直播", "荔枝新闻"], navsep="",
     crumb="首页 > 新闻 > 广东",
     title_lines=["广州南沙：首艘国产大型邮轮母港航线开通"],
     pre_body="HTML:<div class=\"player\"><img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" alt=\"视频播放器\"><p>00:00 / 02:16</p></div>",
     info_pos="above",
     info=["广东卫视《广东新闻联播》", "2025-05-13 19:40:22"], info_sep=" ",
     authors=["黄振宇", "梁  爽".replace("  ", "")], time="2025-05-13 19:40:22",
     body="""
p 5月13日，首艘国产大型邮轮“爱达·魔都号”从广州南沙国际邮轮母港启航，开启为期6天的南海航线首航。这是南沙邮轮母港开港以来首次迎来国产大型邮轮常态化运营。
p 此次首航共有乘客4200余名，航线途经海南三亚和越南岘港。南沙口岸为首航开辟了邮轮旅客通关专用通道，实现“5分钟登船”。
p 启航仪式上，不少乘客是第一次乘坐国产邮轮。来自佛山的陈女士带着父母登船，她说：“船上的中餐和粤剧表演很有亲切感，价格也比出境游实惠。”
p 据了解，今年以来南沙国际邮轮母港已接待邮轮旅客13.5万人次，预计全年将开通7条常态化航线。广州市相关部门表示，将进一步完善邮轮母港交通接驳和配套服务，推动邮轮旅游与大湾区文旅资源深度融合。
x 记者：黄振宇 梁  爽
x 编辑：蔡婉婷　责任编辑：何文龙
""",
     after=["分享到：", "微信 | 微博 | QQ"],
     side=[("热门视频", ["《广东新闻联播》20250513", "暴雨蓝色预警生效中", "深中通道车流量创新高"])],
     footer=["广东广播电视台主办　荔枝网版权所有", "信息网络传播视听节目许可证：1906111　粤ICP备05008819号", "粤公网安备 44010602000231号"]),

# ------------------------------------------------------------------ wu-18 provincial TV site (吉林), 2015 table
dict(id="wu-18", kind=M, layout="table", site="吉视网",
     banner=["吉视网 吉林广播电视台官方网站"],
     nav=["首页", "吉林卫视", "都市频道", "生活频道", "影视频道", "吉林新闻", "直播"], navsep=" | ",
     crumb="当前位置：吉视网 > 吉林新闻联播 > 正文",
     title_lines=["长白山区域首条跨国旅游线路试运行"],
     info=["发布日期：2025年05月12日 20:05", "来源：吉林新闻联播", "【字号：大 中 小】"], info_style="spans",
     authors=["金美玉"], time="2025年05月12日 20:05",
     side=[("吉林新闻联播", ["20250512吉林新闻联播完整版", "我省高标准农田建设全面展开"])],
     body="""
p （吉视新闻 记者 金美玉）5月11日，从长白山保护开发区池北区出发，经图们口岸至朝鲜罗先的跨国旅游线路正式试运行，首批38名游客顺利完成行程。
p 这条线路全程约260公里，串联起长白山北景区、延吉朝鲜族民俗园、图们江边境口岸等景点，游客可以在一次行程中体验自然风光、民俗文化和边境风情。
p 延边州文化广播电视和旅游局负责人介绍，试运行期间，每周发团两次，游客需提前15天通过指定旅行社报名，办理相关通关手续。
p 首批游客中，来自长春的退休教师刘先生说：“一趟下来既看了天池，又逛了朝鲜族民俗村，还在口岸看了图们江，行程安排得很紧凑。”
p 此外，今年长白山区域还将推出“冰雪+温泉”“林海+康养”等主题线路，推动长白山旅游从“季节游”向“四季游”转变。
""",
     after=["【打印本页】 【关闭窗口】", "编辑：朴成浩"],
     related=[("相关视频", ["长白山景区夏季开园", "延边旅游旺季提前到来"])],
     footer=["吉林广播电视台 版权所有　Copyright © 2008-2025 jlntv.cn", "信息网络传播视听节目许可证：0705099　吉ICP备07004321号"]),

# ------------------------------------------------------------------ wu-19 English page, Shanghai city paper, 2024
dict(id="wu-19", kind=M, lang="en", layout="modern", site="Shanghai Evening Daily",
     topbar=["中文", "Subscribe", "Log in"], topsep=" | ",
     banner=["SHANGHAI EVENING DAILY", "The city's English-language voice"],
     search="Search",
     nav=["Home", "Metro", "Business", "Culture", "Sports", "Opinion", "Video"],
     crumb="Home / Metro",
     kicker="METRO",
     title_lines=["Suzhou Creek warehouse reopens as pocket park"],
     subtitle="The 2,800-square-meter space keeps its 1950s red-brick walls and timber trusses.",
     info=["By Zhou Wen and Lisa Chen", "Updated: 2025-05-14 17:32"], info_style="lines",
     authors=["Zhou Wen", "Lisa Chen"], time="2025-05-14 17:32",
     body="""
p A disused cotton warehouse on the northern bank of Suzhou Creek opened to the public on Tuesday as a pocket park, the latest of dozens of small green spaces the city is squeezing into dense neighborhoods.
img Changshou Bay pocket park|Residents rest under the timber trusses of the former warehouse. Ti Gong
p Half of the warehouse roof has been removed to expose the steel frame, with ferns and hydrangeas planted below. The covered half has become what the district calls a "citizens' living room," with a reading corner, drinking fountains and phone charging points.
q "I grew up around here when this place stored cotton yarn," said a 68-year-old resident surnamed Xu. "Now I come every evening after dinner."
p Putuo District plans to build or renovate 10 pocket parks this year, six of them along the creek, where they will connect with the waterfront walkway.
p A "memory wall" near the entrance displays more than 20 old photographs of factories that once lined the creek.
""",
     after=["Editor: Wang Yu", "Share: Facebook Twitter LinkedIn Email"],
     related=[("Related stories", ["City to add 120 pocket parks this year", "Suzhou Creek walkway fully linked"])],
     footer=["Copyright © Shanghai Evening Daily. All rights reserved.", "沪ICP备05050411号-2　沪公网安备 31010602000777号"]),

# ------------------------------------------------------------------ wu-20 English page, Guangdong portal, wire copy, 2019 div
dict(id="wu-20", kind=M, lang="en", layout="div", site="Guangdong Today",
     topbar=["中文版", "Mobile"], topsep=" | ",
     banner=["GUANGDONG TODAY", "www.gdtoday.example.cn"],
     nav=["Home", "News", "Business", "Culture", "Travel", "GBA", "Photos"], navsep=" ",
     crumb="Home > News > Guangdong",
     title_lines=["Guangdong's foreign trade up 6.1% in first four months"],
     info=["Source: Xinhua", "Updated: 2025-05-13 10:48", "Editor: Liang Wei"], info_sep=" | ",
     authors=[], time="2025-05-13 10:48",
     body="""
p GUANGZHOU, May 13 (Xinhua) -- South China's Guangdong Province saw its foreign trade rise 6.1 percent year on year to 3.02 trillion yuan (about 419.4 billion U.S. dollars) in the first four months of 2025, according to the Guangzhou customs district.
p Exports grew 8.3 percent to 1.94 trillion yuan, while imports edged up 2.4 percent to 1.08 trillion yuan, the customs said.
p Exports of electric vehicles, lithium-ion batteries and industrial robots continued to drive growth, with the "new three" products together jumping 21.5 percent.
p Trade with member countries of the Belt and Road Initiative accounted for 49.7 percent of the province's total, up 1.2 percentage points from the same period last year.
p Private enterprises remained the main force in foreign trade, contributing 62 percent of the total.
""",
     after=["Share:", "Previous: Shenzhen opens new cross-border e-commerce hub", "Next: Canton Fair draws record buyers"],
     side=[("Most read", ["Guangzhou metro adds three lines", "Foshan hosts lion dance festival"])],
     footer=["Copyright © Guangdong Today. All rights reserved.", "粤ICP备12098765号-3"]),

# ------------------------------------------------------------------ wu-21 city daily site (广州), 2022 div; byline line in body
dict(id="wu-21", kind=M, layout="div", site="大洋网",
     topbar=["广州日报", "新花城", "登录", "无障碍"], topsep=" ",
     banner=["大洋网 dayoo.com", "广州日报官方网站"],
     search="请输入搜索关键词",
     nav=["首页", "广州", "区情", "民生", "财经", "教育", "文旅", "体育"], navsep="",
     crumb="大洋网 > 广州 > 民生",
     title_lines=["广州地铁12号线东段试运行", "沿线居民盼“家门口坐地铁”"],
     title="广州地铁12号线东段试运行沿线居民盼“家门口坐地铁”",
     info=["2025-05-14 07:32:15", "来源：广州日报"], info_sep="　",
     tools="　分享：",
     authors=["何思敏", "黄  华".replace("  ", ""), "陈晓东"], time="2025-05-14 07:32:15",
     body="""
x 文/广州日报新花城记者 何思敏 通讯员 黄  华 陈晓东
p 5月13日，广州地铁12号线东段（大学城南站至二沙岛站）开始空载试运行。记者从广州地铁集团获悉，试运行期间列车将按照开通后的运行图行车，全面检验设备系统的稳定性和可靠性。
p 12号线东段全长约20.6公里，设站9座，途经番禺区、海珠区和越秀区。开通后，从大学城到二沙岛最快只需32分钟，比现在节省近一半时间。
h 多个站点与既有线路换乘
p 东段将与4号线、8号线、10号线等多条线路换乘。其中，新造站、广州塔东站为重要换乘站，站内设置了双向无障碍电梯和母婴室。
q “以前去越秀上班要转两趟车，以后在家门口就能坐地铁了。”住在番禺新造的陈先生对记者说。
h 预计年内开通初期运营
p 广州地铁方面表示，试运行结束后将开展运营基本条件评审和初期运营前安全评估，符合条件后尽快开通初期运营。
""",
     after=["广州日报·新花城编辑：李  然", "【打印】【关闭】"],
     side=[("排行榜", ["广州今年新增学位5万个", "海珠湿地开放夜游", "广州南站新增跨线列车"])],
     related=[("延伸阅读", ["广州今年计划新开通地铁里程超百公里"])],
     footer=["广州日报报业集团主办　大洋网版权所有", "粤ICP备05034765号　互联网新闻信息服务许可证：44120170003", "粤公网安备 44010402000018号"]),

# ------------------------------------------------------------------ wu-22 city news site (甘肃), 2011 table
dict(id="wu-22", kind=M, layout="table", site="天水在线",
     banner=["天水在线 www.tianshui.example.cn", "天水日报社主办"],
     topbar=["天水日报", "天水晚报", "数字报"], topsep=" | ",
     nav=["首页", "天水新闻", "县区动态", "社会", "民生", "文化", "旅游", "图片"], navsep=" | ",
     crumb="天水在线 >> 天水新闻 >> 正文",
     title_lines=["麦积区花牛苹果花期防冻保果工作有序开展"],
     info=["来源：天水日报", "作者：记者 赵文博 通讯员 李小芳", "编辑：王  瑞", "发布时间：2025-05-12"], info_style="lines",
     authors=["赵文博", "李小芳"], time="2025-05-12",
     side=[("县区动态", ["甘谷县辣椒育苗移栽进入高峰", "清水县启动春季植树活动"])],
     body="""
p 本报讯 连日来，麦积区组织农技人员深入果园，指导果农做好花期防冻保果工作。
p 进入5月以来，天水地区昼夜温差较大，局部出现低温天气，对正处于坐果期的花牛苹果造成威胁。麦积区农业农村局提前发布预警信息，组织40余名农技人员分赴各乡镇，指导果农采取熏烟、喷施防冻剂、果园灌水等措施。
p 在花牛镇二十里铺村，果农王建华正在果园里喷施防冻剂。“农技员提前通知了降温，我们昨天就准备好了，今年坐果率应该没问题。”他说。
p 麦积区农业技术推广中心高级农艺师介绍，花期遇到零下2摄氏度以下的低温，花器官就容易受冻，果农要密切关注天气预报，降温当晚在果园上风口点燃烟堆，同时可喷施芸苔素内酯等叶面肥，增强树体抗寒能力。
p 据统计，全区已累计开展防冻技术培训62场次，发放技术资料1.2万份，落实防冻保果措施面积20万亩以上。
""",
     after=["【打印】【关闭】", "相关文章："],
     related=[("", ["天水市苹果产业发展大会召开", "花牛苹果获评国家地理标志产品"])],
     footer=["天水日报社 版权所有　陇ICP备09000567号", "联系电话：0938-8211234　地址：天水市秦州区民主西路"]),

# ------------------------------------------------------------------ wu-23 district 融媒体 app share page (上海), mobile
dict(id="wu-23", kind=M, layout="mobile", site="上海嘉定",
     banner=["上海嘉定", "打开APP 阅读更多精彩内容"],
     title_lines=["嘉定新城远香湖畔“音乐草坪”本周末开唱"],
     info=["记者 | 王欣怡", "2025年05月14日 11:06", "阅读 1.3万"], info_style="lines",
     authors=["王欣怡"], time="2025年05月14日 11:06",
     body="""
p 本周六傍晚，远香湖公园中央草坪将迎来今年第一场“音乐草坪”演出。今年的系列活动将持续到10月，每月举办两场，全部免费向市民开放。
img 远香湖|远香湖公园中央草坪
h 演出阵容有哪些？
p 首场演出由嘉定区民族乐团带来民乐与流行音乐的跨界合奏，曲目包括《茉莉花》《夜上海》等。此后，爵士乐队、合唱团和高校乐队将轮番登台。
h 怎么去？
li 地铁：11号线嘉定新城站下车，步行约15分钟；
li 公交：嘉定6路、嘉定108路远香湖站下车；
li 自驾：可停放保利大剧院地下停车场，周末停车费减半。
p 据了解，“音乐草坪”活动已连续举办三年，去年10场演出共吸引观众约4.2万人次。今年主办方还在草坪周边增设了文创市集和咖啡摊位，市民可以边听音乐边逛市集。
p 主办方提醒，草坪区域不设座位，市民可自带野餐垫，并注意带走垃圾。
""",
     after=["编辑：徐  敏", "审核：顾文杰", "点赞 98　　在看 36", "热门推荐"],
     related=[("", ["嘉定这条老街修缮后重新开放", "嘉定新城又一所学校开工"])],
     footer=["上海嘉定 APP", "嘉定区融媒体中心出品", "打开APP"]),

# ------------------------------------------------------------------ wu-24 city news site (长春), 2020 div, 本报讯 inside paragraph
dict(id="wu-24", kind=M, layout="div", site="长春新闻网",
     topbar=["长春日报", "长春晚报", "城市晚报", "手机版"], topsep=" | ",
     banner=["长春新闻网 www.changchun.example.cn"],
     search="输入关键字",
     nav=["首页", "时政", "长春", "县区", "民生", "财经", "教育", "健康", "视频"], navsep=" ",
     crumb="您当前的位置：长春新闻网 > 长春 > 民生",
     title_lines=["长春今年再改造供热老旧管网120公里"],
     info=["2025年05月13日 07:58", "来源：长春晚报"], info_sep="　",
     tools="　【我要纠错】",
     authors=["刘  畅".replace("  ", "")], time="2025年05月13日 07:58",
     body="""
p 本报讯（记者 刘  畅）供暖季刚结束，长春市供热管网改造工程已经开工。记者从长春市城市管理局获悉，今年全市计划改造供热老旧管网120公里，涉及小区186个，惠及居民约9.3万户。
p 据介绍，今年的改造重点是使用年限超过20年、漏损率高的一级管网和庭院管网。改造完成后，预计管网热损失可降低15%以上，居民室温不达标问题将得到有效缓解。
p 为减少施工对居民生活的影响，各供热企业将采取分段施工、夜间作业等方式，并在施工现场设置围挡和警示标志。市城市管理局要求，所有改造工程须在9月30日前完工，确保10月中旬具备试运行条件。
p 记者了解到，去年全市共改造供热老旧管网105公里，改造后的小区供热投诉量同比下降了近三成。家住朝阳区湖西路的居民王女士说：“以前冬天屋里只有十七八度，换了管子以后能到二十二度，暖和多了。”
p 市民如发现施工现场存在安全隐患或影响出行等问题，可拨打12345热线反映。
""",
     after=["编辑：孙  洁", "上一篇：长春南湖公园荷花进入生长期", "下一篇：长春市今年新增停车泊位2万个"],
     side=[("热点新闻", ["长春马拉松报名开启", "长春站新增至北京动车", "净月潭森林音乐节定档"])],
     footer=["长春日报社主办　长春新闻网版权所有", "吉ICP备05002345号　互联网新闻信息服务许可证：22120170002", "吉公网安备 22010402000789号"]),
]
