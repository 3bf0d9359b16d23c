from lib import *
def mtop(items): return top(items)
def cmt(n): return '<div class=cmt><a href="#">我要评论</a> <span>已有 %s 条评论</span></div>' % n
SHARE = '<div class=share>分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a><a href="#">复制链接</a></div>'

# zf-15 sina-like portal, 原标题, 新华社 dateline with reporters
t = "多地出台措施推动家电以旧换新 “绿色智能”产品受青睐"
page("zf-15", "portal: 新浪式新闻中心 (原标题, 新华社电 记者)", t, ["胡璐", "周圆"], "2025年06月03日 10:21",
 mtop(["新浪首页", "新闻", "体育", "财经", "娱乐", "科技", "博客", "图片", "专栏", "更多", "登录", "注册"]) + links(["新闻中心", "国内", "国际", "社会", "军事", "评论", "图片", "专题"]) + search("请输入关键词", "搜索")
 + '<div class=w><h1 class=tit style="text-align:left">%s</h1><div class=info style="text-align:left"><span>2025年06月03日 10:21</span><a href="#">新华网</a><span>0条评论</span><a href="#">收藏本文</a><a href="#">大</a><a href="#">小</a></div></div>' % t,
 [("x", "<p style='color:#666'>原标题：家电以旧换新持续升温 绿色智能产品受青睐</p>"),
  "新华社北京6月2日电（记者胡璐、周圆）记者从商务部获悉，今年以来，多地结合实际出台家电以旧换新支持措施，补贴范围从冰箱、洗衣机、空调等传统大家电扩展到净水器、洗碗机、电饭煲等12类产品，消费者参与热情较高。",
  "据统计，截至5月底，全国已有超过3100万名消费者购买以旧换新家电产品，带动销售额超过1800亿元。其中，一级能效和具备智能互联功能的产品销售占比超过九成。",
  "在北京一家大型家电卖场，市民孙女士刚刚用一台使用了12年的老冰箱换购了新款变频冰箱。“旧冰箱回收抵了200元，再加上政府补贴，算下来便宜了将近1000元。”她说。",
  "商务部有关负责人表示，下一步将会同有关部门加强资金保障，优化补贴申领流程，严厉打击虚抬价格、骗取补贴等违法违规行为，让更多消费者享受到政策红利。"],
 '<div class=w><p>责任编辑：张玉</p>' + SHARE + '<h3>相关阅读</h3>' + ul(["商务部：以旧换新补贴资金第二批已下达", "数码产品购新补贴怎么领？一图看懂", "5月份社会消费品零售总额同比增长", "旧家电回收网点查询指南"]) + '<h3>新浪新闻排行</h3>' + ul([("1 夏粮收购陆续展开", " 评论 512"), ("2 多地发布高温预警", " 评论 388"), ("3 全国铁路暑运方案出炉", " 评论 201")]) + '<p class=gray>新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 通行证注册 | 产品答疑</p><p class=gray>Copyright © 1996-2025 SINA Corporation, All Rights Reserved</p></div>')

# zf-16 netease-like, reprint from 中国青年报 with 作者
t = "00后“新农人”返乡种菌菇：一年卖出两千多吨"
page("zf-16", "portal: 网易式新闻 (本文来源 作者, 跟贴数)", t, ["李桂杰"], "2025-05-27 07:32:16",
 mtop(["网易首页", "应用", "网易新闻", "网易公开课", "网易严选", "登录", "注册免费邮箱"]) + links(["首页", "国内", "国际", "独家", "军事", "财经", "科技", "体育", "娱乐", "时尚", "汽车"])
 + '<div class=w><h1>%s</h1><div class=gray>2025-05-27 07:32:16　来源: <a href="#">中国青年报</a>　<a href="#">举报</a></div><div style="float:right">0 跟贴 1,236 人参与</div></div>' % t,
 ["（原标题：00后“新农人”的菌菇生意）",
  "清晨5点，吉林省蛟河市黄松甸镇的大棚里已经亮起了灯。24岁的刘思雨戴着手套，熟练地把一朵朵黑木耳从菌袋上摘下来。两年前，她从长春一所高校的电子商务专业毕业后，回到家乡接手了父母的种植基地。",
  "“刚回来的时候，村里人都不理解，觉得大学生回来种地是没出息。”刘思雨笑着说。她先是跟着镇上的技术员学习菌种培育、温湿度控制，又把大学里学到的直播带货用到了销售上。去年，她的基地通过电商平台卖出黑木耳、香菇等菌菇产品2000多吨，带动周边60多户农户增收。",
  "黄松甸镇是全国有名的“黑木耳之乡”。近年来，当地出台返乡创业扶持政策，提供创业贷款贴息和免费技术培训，已有300多名年轻人返乡从事食用菌种植、加工和销售。",
  "“家乡有资源，也有政策，年轻人回来大有可为。”刘思雨说，她计划今年再建两座智能化大棚，试种灵芝、羊肚菌等高附加值品种。"],
 '<div class=w><p>本文来源：中国青年报　作者：李桂杰</p><p>责任编辑：王晓_NN5123</p><div>相关推荐</div>' + ul(["乡村振兴｜这个村靠一朵花年入千万", "返乡青年的直播间：把山货卖向全国", "东北黑木耳产业调查", "大学生村官十年：我在乡村找到了答案"]) + '<div>热点新闻</div>' + ul(["暑期档电影预售开启", "多地中考成绩今日公布", "国产大飞机新航线开通"]) + '<p class=gray>©1997-2025 网易公司版权所有 About NetEase | 公司简介 | 联系方法 | 招聘信息 | 客户服务 | 隐私政策 | 广告服务 | 网站地图 | 意见反馈 | 不良信息举报</p></div>')

# zf-17 人民网地方频道, dateline with 记者
t = "成都天府绿道串联起3000公里“公园城市”风景线"
page("zf-17", "national media: 人民网地方频道 (dateline 记者)", t, ["王波"], "2025年06月03日08:25",
 mtop(["人民网首页", "频道", "人民日报", "人民网English", "手机人民网", "登录", "注册"]) + '<div class=ban><div class=w><h1>人民网 四川频道</h1></div></div>' + links(["首页", "时政", "要闻", "市州", "财经", "文旅", "教育", "健康", "图片"])
 + '<div class=w><p class=crumb>人民网&gt;&gt;四川频道&gt;&gt;要闻</p><h1 class=tit>%s</h1><div class=info>2025年06月03日08:25 | 来源：<a href="#">人民网－四川频道</a>　　<a href="#">小字号</a></div></div>' % t,
 ["人民网成都6月2日电 （记者王波）沿着锦江绿道骑行，一路繁花相伴，江水潺潺。记者从成都市公园城市建设管理局获悉，截至目前，成都天府绿道已累计建成总长度超过9000公里，其中串联城乡的主干绿道和区域级绿道约3000公里。",
  "作为公园城市建设的重要载体，天府绿道在规划之初就融入了“绿道+”理念。目前，绿道沿线已植入文创、体育、餐饮等消费场景1300余处，年均吸引市民游客超过1亿人次。",
  "“以前周末要开车去郊区才能亲近自然，现在下楼走几分钟就上绿道了。”市民陈静说，她每天傍晚都会和家人在附近的绿道散步。",
  "成都市公园城市建设管理局相关负责人介绍，今年成都将继续推进绿道“补链成网”，新建社区级绿道200公里，打造10个绿道特色街区，让绿道真正成为市民共享的幸福空间。"],
 '<div class=w><p>(责编：罗昱、章华维)</p><p>分享让更多人看到</p><h3>推荐阅读</h3>' + ul(["四川今年将新增高标准农田400万亩", "大熊猫国家公园生态廊道建设加快", "“川超”联赛开赛首日观赛超8万人次"]) + '<p class=gray>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站律师 | 信息保护 | 联系我们</p><p class=gray>人民网版权所有，未经书面授权禁止使用　Copyright © 1997-2025 by www.people.com.cn. all rights reserved</p></div>')

# zf-18 provincial media 红网-like, 记者/通讯员 长沙报道 line under title
t = "湘江新区首个“零碳园区”通过认证"
page("zf-18", "provincial media: 红网式 (记者 通讯员 报道 line)", t, ["唐菁", "刘宇航"], "2025-03-21 17:40:06",
 mtop(["红网首页", "时刻新闻", "红辣椒评论", "百姓呼声", "湖南日报", "登录"]) + links(["新闻", "时政", "评论", "湖南", "长沙", "株洲", "湘潭", "衡阳", "视频", "图片"])
 + '<div class=w><p class=crumb>您当前的位置 : 红网首页 / 时刻新闻 / 长沙</p><div class=tit>%s</div><div class=info>来源：红网　作者：唐菁 刘宇航　编辑：曾金娥　2025-03-21 17:40:06</div><div class=info>时刻新闻　　　<span>阅读量：8765</span></div></div>' % t,
 [("x", "<p>红网时刻新闻记者 唐菁 通讯员 刘宇航 长沙报道</p>"),
  "3月20日，记者从湖南湘江新区管委会获悉，位于新区的长沙智能装备产业园正式通过第三方机构“零碳园区”认证，成为湘江新区首个获此认证的产业园区。",
  "据介绍，该园区近年来在屋顶和停车棚建设分布式光伏电站，装机容量达18兆瓦，年发电量约1900万千瓦时；同时引入储能电站和智慧能源管理平台，实现园区用能实时监测、调度。去年，园区通过光伏发电、购买绿电和碳汇抵消等方式，实现年度碳排放净零。",
  "园区内一家工程机械企业负责人告诉记者，使用绿电后，企业产品在出口欧洲时更具竞争力。“现在海外客户越来越看重产品的碳足迹，零碳园区的认证对我们开拓市场很有帮助。”",
  "湘江新区相关负责人表示，到2027年，新区将力争建成5个以上零碳或近零碳园区。"],
 '<div class=w><p>来源：红网</p><p>作者：唐菁 刘宇航</p><p>编辑：曾金娥</p><p>本文为红网原创文章，转载请附上原文出处链接和本声明。</p><h3>相关新闻</h3>' + ul(["长沙发布绿色低碳产业发展三年行动计划", "湖南新增12家国家级绿色工厂", "湘江新区一季度签约项目46个"]) + '<p class=gray>湖南红网新媒体集团有限公司版权所有　湘ICP备10201116号</p></div>')

# zf-19 澎湃新闻 (portal, not 澎湃号): 记者 under title, 校对
t = "上海首条跨江有轨电车线路开通试运营"
page("zf-19", "portal: 澎湃新闻式 (澎湃新闻记者 X under title)", t, ["朱轶佳"], "2025-01-26 14:05",
 mtop(["澎湃新闻", "下载客户端", "登录"]) + links(["要闻", "深度", "视频", "上海", "中国政库", "世界", "财经", "思想", "生活"], cls="nav") + search("搜索")
 + '<div class=w><h1>%s</h1><p>澎湃新闻记者 朱轶佳</p><p class=gray>2025-01-26 14:05　来源：澎湃新闻</p><p class=gray>字号</p></div>' % t,
 ["1月26日上午，上海松江有轨电车延伸线正式开通试运营。这是上海首条跨越黄浦江的有轨电车线路，全长11.8公里，设站12座，串联起松江新城、车墩镇和浦南地区。",
  "记者在首班车上看到，车厢宽敞明亮，采用低地板设计，方便老人和推婴儿车的乘客上下车。乘客刘先生说：“以前从浦南到松江新城要换两趟公交，现在坐有轨电车半个多小时就到了。”",
  "据了解，延伸线试运营期间，首末班时间为6:00至22:00，高峰时段行车间隔约8分钟。线路与上海地铁9号线在松江新城站实现换乘，票价执行现行有轨电车票价，支持“一票通”和公交卡乘车。",
  "松江区交通委相关负责人表示，延伸线开通后，将有效缓解浦南地区居民出行难问题，进一步完善松江区“轨交+公交”一体化公共交通网络。"],
 '<div class=w><p>责任编辑：宦艳红　图片编辑：沈轲</p><p>校对：施鋆</p><p>澎湃新闻报料：021-962866</p><p>澎湃新闻，未经授权不得转载</p><h3>+1</h3><p>收藏 我要举报</p><h3>查看更多</h3>' + ul(["上海地铁2025年新线计划公布", "松江枢纽开通一周年：客流超千万"]) + '<p class=gray>上海东方报业有限公司 沪ICP备14003370号 沪公网安备31010602000299号</p></div>')

# zf-20 凤凰网-like: 原标题 in body top, comments counts
t = "千年古镇的新活法：非遗工坊里的年轻面孔"
page("zf-20", "portal: 凤凰网式 (原标题, 评论/参与数)", t, ["许晓"], "2024年10月12日 09:45",
 mtop(["凤凰网首页", "资讯", "财经", "娱乐", "体育", "时尚", "汽车", "房产", "科技", "读书", "文化", "登录"]) + search("大家都在搜：秋季养生")
 + '<div class=w><div class=crumb>凤凰网资讯 &gt; 凤凰资讯 &gt; 正文</div><h1>%s</h1><p class=gray>2024年10月12日 09:45:11　来自 <a href="#">安徽日报</a></p><div style="float:right"><span>0</span> 评论 <span>152</span> 参与</div></div>' % t,
 [("x", "<p class=gray>原标题：徽州古镇非遗工坊吸引年轻人回流</p>"),
  "走进安徽歙县许村古镇，青石板路两旁的徽派老宅里传出阵阵刻刀声。在一间由老祠堂改造的非遗工坊内，28岁的方可欣正低头雕刻一块砚台，砚面上的山水纹样已初具雏形。",
  "“我小时候就在爷爷的作坊里玩，大学学的是设计，毕业后在杭州工作了三年，还是觉得回来做歙砚更有意思。”方可欣说。她把文创设计理念融入传统工艺，推出了迷你砚台、砚台书签等新产品，在网上很受年轻人欢迎。",
  "近年来，歙县依托徽墨、歙砚、徽州竹雕等非遗资源，在古镇建设了17个非遗工坊，提供免租场地和技艺培训，吸引200多名年轻人回乡从业。今年以来，古镇接待游客已超过80万人次。",
  "“非遗不只是放在博物馆里的老物件，它需要年轻人来传承，也需要被更多人看见。”歙县文化旅游体育局负责人说。（安徽日报记者 许晓）"],
 '<div class=w><p>[责任编辑：李佳豪 PN123]</p><p>责任编辑：李佳豪 PN123</p><p>举报</p><h3>凤凰资讯官方微信</h3><p>扫一扫</p><h3>热门推荐</h3>' + ul(["黄山景区国庆假期接待游客创新高", "一块歙砚的千年传承", "安徽今年将新建非遗工坊百个"]) + '<h3>24小时热点</h3>' + ul(["全国秋粮收获进度过半", "多地迎来降温", "新一批国家级非遗代表性传承人名单公布"]) + '<p class=gray>凤凰新媒体 版权所有 Copyright © 2024 Phoenix New Media Limited All Rights Reserved.</p></div>')

# zf-21 央视网-like: 央视网消息, no author, 编辑 line
t = "我国首艘大洋钻探船完成首航科考任务"
page("zf-21", "national media: 央视网式 (央视网消息, no author, 编辑)", t, [], "2025年04月28日 19:32",
 mtop(["央视网", "新闻", "体育", "综艺", "纪实", "财经", "直播", "登录", "注册"]) + links(["首页", "国内", "国际", "视频", "评论", "图片", "军事", "法治"])
 + '<div class=w><div class=crumb>央视网 &gt; 新闻频道 &gt; 国内新闻</div><h1>%s</h1><div class=info>来源：央视网 | 2025年04月28日 19:32　<a href="#">A+</a> <a href="#">A-</a> 微信 微博 QQ空间</div></div>' % t,
 [("img", "视频播放器", "视频加载中，请稍候..."),
  "央视网消息（新闻联播）：记者从自然资源部获悉，我国自主设计建造的首艘大洋钻探船“梦想”号今天（4月28日）返回广州南沙母港，顺利完成首航科考任务。",
  "本次首航历时52天，航程约6000海里，在南海北部海域开展了大洋钻探、岩芯取样和海底观测等作业，最大钻探深度超过2000米，获取了大量珍贵的地质样品和数据。",
  "首航期间，来自国内多家科研院所和高校的40余名科研人员随船开展工作，在船载实验室内对岩芯样品进行了古地磁、微体古生物和地球化学等分析。",
  "“梦想”号具备全球海域无限航区作业能力，最大钻探深度可达11000米，搭载了国际上面积最大、功能最全的船载实验室。科研人员表示，首航获取的样品将为研究南海形成演化、地震和海底资源提供重要支撑。"],
 '<div class=w><p>编辑：王心如　责任编辑：刘亮</p><h3>相关新闻</h3>' + ul(["“梦想”号大洋钻探船入列", "深海科技创新成果丰硕", "我国海洋经济总量持续增长"]) + '<h3>热播视频</h3>' + ul(["新闻联播 20250428", "焦点访谈 20250428"]) + '<p class=gray>央视网介绍 | About CCTV.com | 网站声明 | 广告服务 | 联系我们 | 京ICP证060535号</p></div>')

# zf-22 中新网-like: title + 副题 line beside, dateline 记者
t = "兰州黄河风情线上的“夜经济”"
page("zf-22", "national media: 中新网式 (副题 under headline, dateline 记者)", t, ["丁思"], "2025年06月01日 21:16",
 mtop(["中国新闻网", "手机看新闻", "English", "登录"]) + links(["首页", "时政", "国际", "社会", "财经", "文娱", "体育", "视频", "图片", "直播"])
 + '<div class=w><div class=crumb>当前位置：首页 → 社会</div><h1 class=tit>%s</h1><p style="text-align:center;color:#666">——甘肃文旅消费新场景观察</p><div class=info>2025年06月01日 21:16　来源：中国新闻网　　<a href="#">参与互动</a>　<a href="#">发表评论</a></div></div>' % t,
 ["中新网兰州6月1日电 (记者 丁思)夜幕降临，兰州黄河风情线华灯璀璨，中山桥上游人如织。河畔的“黄河之滨也很美”夜市里，牛肉面、灰豆子、甜醅子等小吃摊位前排起长队，手机闪光灯此起彼伏。",
  "“白天去博物馆看了马踏飞燕，晚上来河边吃小吃、看灯光秀，一天行程安排得满满当当。”来自广东的游客林女士说。",
  "近年来，兰州以黄河为轴，打造了夜游、夜市、夜演等多元消费场景。今年“五一”假期，黄河风情线夜间客流量同比增长23%，沿线商户营业额同比增长约30%。",
  "在中山桥南侧的一家文创店里，印有“马踏飞燕”图案的冰箱贴、帆布包十分抢手。店员介绍，晚上八点到十点是店里最忙的时段，营业额占全天的一半以上。",
  "兰州市文旅局相关负责人介绍，今年兰州将新增黄河游船夜航线路2条，推出沉浸式演艺项目，持续擦亮“黄河之都”城市名片。(完)"],
 '<div class=w><p>【编辑:刘阳禾】</p><h3>更多精彩内容</h3>' + ul(["甘肃：敦煌文旅“夜经济”持续升温", "“马踏飞燕”文创火出圈", "黄河流域生态保护成效显著"]) + '<p class=gray>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p><p class=gray>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p></div>')

# zf-23 English: China Daily-like
t = "Chengdu's panda base draws record visitors during May Day holiday"
page("zf-23", "English: China Daily style (By X in Y | Updated:)", t, ["HUANG ZHILING", "LI JING"], "2025-05-06 09:12",
 mtop(["Global Edition", "China Edition", "ASIA", "AFRICA", "中文", "Sign in"]) + links(["HOME", "CHINA", "WORLD", "BUSINESS", "LIFESTYLE", "CULTURE", "TRAVEL", "SPORTS", "OPINION", "REGIONAL"]) + search("Search")
 + '<div class=w><p class=crumb>Home / China / Society</p><h1>%s</h1><p class=info style="text-align:left">By HUANG ZHILING and LI JING in Chengdu | China Daily | Updated: 2025-05-06 09:12</p><p>Share - WeChat</p></div>' % t,
 [("img", "Visitors watch giant pandas at the Chengdu Research Base of Giant Panda Breeding", "Visitors watch giant pandas at the Chengdu Research Base of Giant Panda Breeding in Sichuan province on May 2, 2025. [Photo by Liu Bin/For China Daily]"),
  "The Chengdu Research Base of Giant Panda Breeding received more than 420,000 visitors during the five-day May Day holiday, a record for the popular attraction in Sichuan province.",
  "Staff members said the base introduced a timed-entry booking system this year to reduce crowding at the most popular enclosures, where young pandas born last year were seen climbing and playing for the first time.",
  "\"We waited for almost an hour, but it was worth it,\" said Emily Carter, a tourist from Melbourne, Australia, who came with her two children. \"The kids have been watching panda videos for months.\"",
  "Inbound tourism has been rising since China expanded its visa-free transit policy. According to the city's culture and tourism bureau, Chengdu received about 36,000 inbound visitors during the holiday, up 48 percent year-on-year.",
  "The base plans to open a new habitat area for red pandas in the second half of the year."],
 '<div class=w><h3>Related Stories</h3>' + ul(["Visa-free travel boosts inbound tourism", "Giant panda twins turn one in Chengdu", "Sichuan unveils new heritage trail"]) + '<h3>Most Viewed in 24 Hours</h3>' + ul(["China's first ocean drilling vessel returns", "Tea culture in the spotlight"]) + '<p class=gray>Copyright 1995 - 2025 . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p class=gray>Note: Browsers with 1024*768 or higher resolution are suggested for this site. License for publishing multimedia online 0108263 Registration Number: 130349</p></div>', lang="en")

# zf-24 English: Global Times-like
t = "Yunnan villages turn coffee into a growing export business"
page("zf-24", "English: Global Times style (By X Published:)", t, ["Wang Qi"], "Jun 03, 2025 09:12 PM",
 mtop(["E-Paper", "Mobile", "Apps", "Sina Weibo", "Facebook", "X"]) + links(["CHINA", "SOURCE", "OPINION", "IN-DEPTH", "WORLD", "LIFE", "SPORT", "VIDEO", "PHOTO"])
 + '<div class=w><p class=crumb>SOURCE / ECONOMY</p><h1>%s</h1><p>By Wang Qi</p><p class=gray>Published: Jun 03, 2025 09:12 PM</p></div>' % t,
 ["Coffee farmers in Pu'er, Southwest China's Yunnan Province, are seeing higher incomes this season as local cooperatives move from selling raw beans to exporting roasted specialty coffee, according to local officials.",
  "Yunnan produces about 98 percent of China's coffee. For years, most of its beans were sold cheaply to traders, but the province has since invested in processing plants, quality grading and training programs for farmers.",
  "\"Five years ago we sold green beans at 20 yuan a kilogram. Now our washed and honey-processed beans can fetch more than three times that,\" Li Wenhua, head of a cooperative in Simao district, told the Global Times.",
  "Exports of roasted coffee from Yunnan rose 35 percent year-on-year in the first four months of 2025, with buyers in the Middle East and Southeast Asia showing strong interest, customs data showed.",
  "Industry observers said branding and consistent quality will be key to competing with established producers such as Ethiopia and Colombia."],
 '<div class=w><h3>RELATED ARTICLES:</h3>' + ul(["China's tea exports rebound", "Rural e-commerce helps farmers sell produce"]) + '<p class=gray>Copyright © 2025 Global Times All Rights Reserved 京ICP备16033339号-1 京公网安备 11010502000000号</p></div>', lang="en")
