"""Media pages wm-13 … wm-24: central/provincial/city media, county 融媒体中心, TV/radio, 2 English."""
K = "media"
PAGES = [
# ------------------------------------------------------------------ wm-13
dict(id="wm-13", kind=K, layout="div", skin={"c": "#c8161d", "f": "#222", "extra": ".info{text-align:left}"},
features="中央媒体地方频道（四川频道）：信息栏在标题下“日期 | 来源：”左对齐；正文首段“本网讯（记者 …）”内嵌署名留在段内；作者两人取自内嵌署名；正文后“(责编：…、…)”不是作者；右侧热点排行。",
pre="""
top: 人民网首页|手机版|English|登录|注册
logo: 人民网四川频道
nav: 首页|时政|社会|经济|文旅|教育|健康|县域|图片
crumb: 人民网&gt;&gt;四川频道&gt;&gt;社会
""",
head="""
title: 成都至自贡城际动车开行一周年 累计发送旅客超380万人次
info: 2025年03月17日08:21 | 来源：人民网－四川频道
share: 分享到：|微信|微博|QQ空间
""",
body="""
人民网成都3月17日电（记者 何雨桐、邓瑜）记者从中国铁路成都局集团有限公司获悉，成都至自贡城际动车开行一周年以来，累计发送旅客超过380万人次，日均发送旅客1万余人次，成为川南群众出行的重要选择。
开行一年来，铁路部门根据客流变化多次优化运行图，目前每日开行成都至自贡方向动车组34对，最快1小时06分可达。在周末和节假日，铁路部门还会加开夜间列车，方便旅客往返。
“周五下班从成都坐车回自贡，吃个晚饭的工夫就到家了。”在成都东站候车的旅客周女士说，她在成都工作，孩子在自贡上学，城际动车让她每周都能回家。
城际动车还带动了沿线旅游。今年春节期间，自贡国际恐龙灯会吸引大量游客乘动车前往，铁路部门临时增开动车组21列，自贡站单日发送旅客最高达到2.6万人次。
据了解，下一步铁路部门将继续推进成都至宜宾等城际线路公交化运营，进一步提升川南地区出行效率。
""",
tail="""
p: (责编：刘政宁、章华维)
share: 分享让更多人看到|微信|微博
""",
side="""
list: 热点排行|四川今年将新改建农村公路5000公里|成都大运公园春日花海迎客|宜宾三江口夜游航线开通
""",
foot="""
foot: 人民网版权所有，未经书面授权禁止使用
foot: Copyright © 1997-2025 by www.people.com.cn. all rights reserved
""",
gold=dict(title="成都至自贡城际动车开行一周年 累计发送旅客超380万人次", authors=["何雨桐", "邓瑜"], publish_time="2025年03月17日08:21")),

# ------------------------------------------------------------------ wm-14
dict(id="wm-14", kind=K, layout="modern", skin={"c": "#d81e06", "f": "#2b2b2b", "bg": "#fff", "extra": ".article{max-width:760px;margin:0 auto}.info{text-align:left}"},
features="河南 省级党报客户端网页（2025年设计）：标题在上，作者行“记者 X 通讯员 Y Z”单独一行在信息栏前（作者含通讯员，按序）；信息栏“2025-03-18 07:05:12  来源：”；原标题行不是正文；正文有加粗小标题与数据列表；文末“编辑：”“审核：”“终审：”。",
pre="""
logo: 顶端新闻
top: 下载客户端|登录
nav: 推荐|要闻|河南|郑州|财经|文化|教育|视频
""",
head="""
title: 河南小麦返青期苗情总体好于常年
p: 记者 宋思琪 通讯员 郭少华 闫鑫
info: 2025-03-18 07:05:12&nbsp;&nbsp;&nbsp;来源：河南日报
""",
body="""
~ 原标题：一类苗占比提高 田管措施到位
3月17日，记者从省农业农村厅获悉，根据全省苗情监测结果，目前我省8500多万亩小麦陆续进入返青期，苗情总体好于常年，一类苗占比较去年同期提高3.2个百分点。
## 苗情好于常年
去年秋播期间，全省大部分地区墒情适宜，播种进度快、质量高。入冬以来气温偏高、降水偏多，有利于小麦分蘖和根系生长。
监测数据显示：
- 一类苗占比62.4%，较去年同期提高3.2个百分点；
- 二类苗占比31.1%，较去年同期下降2.5个百分点；
- 三类苗及旺长苗占比6.5%，主要分布在豫南部分晚播麦田。
## 科学管好返青麦
省农业农村厅小麦专家指导组成员、河南农业大学教授郭天财建议，对一类苗麦田，返青期一般不追肥不浇水，重点做好中耕划锄；对三类苗麦田，要在返青期适量追施氮肥，促弱转壮。
目前，全省已组织2.3万名农技人员深入田间开展技术指导，各地统防统治服务组织储备植保无人机1.6万余架，做好病虫害防控准备。
""",
tail="""
p: 编辑：李晓 审核：张帆 终审：孙勇
""",
post="""
list: 相关推荐|豫南迎来今春首场透墒雨|郑州：春季植树进行时|河南今年将新建高标准农田500万亩
""",
foot="""
foot: 河南日报报业集团版权所有&nbsp;&nbsp;互联网新闻信息服务许可证编号：41120170001&nbsp;&nbsp;豫ICP备18013024号
""",
gold=dict(title="河南小麦返青期苗情总体好于常年", authors=["宋思琪", "郭少华", "闫鑫"], publish_time="2025-03-18 07:05:12")),

# ------------------------------------------------------------------ wm-15
dict(id="wm-15", kind=K, layout="table-r", skin={"c": "#006699", "f": "#004466"},
indent="\u3000\u3000",
features="甘肃 地级市新闻网（城市媒体，2013年表格版式）：标题上方引题行（不计入标题）；信息栏粘连“作者：”“来源：”“发布时间：”，作者为“本报记者”加名（不含前缀）；正文全角缩进；文末“【责任编辑：】”；右栏图片新闻。",
pre="""
topsp: | | 张掖新闻网 | 张掖日报 | 张掖发布 | 设为首页
logo: 张掖新闻网
navtd: 首页|张掖新闻|县区动态|民生|文化|旅游|评论|图片
crumb: 当前位置：张掖新闻网 &gt; 张掖新闻
""",
side="""
list: 图片新闻|丹霞景区迎来春季首批研学团|黑河湿地候鸟北迁
list: 热点排行|张掖至兰州动车新增班次|甘州区春季招聘会提供岗位3000余个
""",
head="""
kicker: 抢抓农时不误春
title: 甘州区15万亩制种玉米开始备耕
info: 作者：本报记者 马文斌来源：张掖日报发布时间：2025-03-18 09:37
""",
body="""
眼下，甘州区15万亩制种玉米进入备耕关键期。在党寨镇陈家墩村，农机手驾驶旋耕机来回作业，平整后的土地上一条条滴灌带整齐排列。
“今年我们村和种业公司签订了1.2万亩制种订单，种子、化肥已经全部到位，4月上旬就能开始播种。”村党支部书记陈永明说。
甘州区是全国重要的玉米制种基地。近年来，该区推行“企业+基地+农户”订单生产模式，实现了全程机械化和水肥一体化，制种玉米单产和质量稳步提高。2024年，全区制种玉米平均亩产达到480公斤，农户亩均收入超过3000元。
为保障春耕，甘州区组织农机部门对1800余台农机具开展检修，农业技术人员分片包村指导，帮助农户做好整地、施肥、铺膜等工作。区农业农村局还联合种业企业开展种子质量抽检，确保亲本种子纯度和发芽率达标。
""",
tail="""
p: 【责任编辑：赵婷】
""",
post="""
text: 【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】
""",
foot="""
foot: 张掖日报社主办&nbsp;&nbsp;张掖新闻网版权所有&nbsp;&nbsp;未经授权禁止转载
foot: 甘ICP备09001936号&nbsp;&nbsp;甘公网安备 62070202000093号&nbsp;&nbsp;互联网新闻信息服务许可证：62120190002
""",
gold=dict(title="甘州区15万亩制种玉米开始备耕", authors=["马文斌"], publish_time="2025-03-18 09:37")),

# ------------------------------------------------------------------ wm-16
dict(id="wm-16", kind=K, layout="div-l", skin={"c": "#e05a00", "f": "#503020", "extra": ".cols{display:flex}.left{width:180px}.right{flex:1;padding:0 20px}"},
features="广东 县融媒体中心网站：信息栏在标题上方（来源 + 日期带星期）；正文开头“XX融媒讯（记者/通讯员）”；文末另起一行“文字：… 摄影：… 编辑：…”（只有文字作者计入；摄影、编辑不计），正文内的署名段落本身也留在正文；左栏频道。",
pre="""
top: 融媒首页|新闻客户端|电子报|无障碍
logo: 博罗融媒
nav: 首页|博罗新闻|镇街动态|民生关注|视听博罗|专题
crumb: 位置：首页 / 博罗新闻
""",
side="""
list: 频道|博罗新闻|镇街动态|视听博罗|罗浮山
qr: 博罗融媒APP|下载博罗融媒客户端
""",
head="""
info: 来源：博罗县融媒体中心&nbsp;&nbsp;&nbsp;2025年3月19日 星期三
title: 罗浮山百草油产业园首期厂房封顶
""",
body="""
博罗融媒讯（记者 叶嘉怡 通讯员 罗建华）3月18日，位于罗浮山脚下的百草油产业园首期厂房顺利封顶，标志着项目建设进入设备安装和装修阶段。
罗浮山百草油产业园总投资6.5亿元，规划用地120亩，首期建设生产车间、仓储中心和研发楼，总建筑面积5.8万平方米。项目建成后，将形成年产中药日化产品2万吨的生产能力，预计年产值10亿元，提供就业岗位600余个。
!img 厂房封顶现场 || 百草油产业园首期厂房封顶现场。
“项目从开工到封顶用了不到8个月，比计划提前了1个多月。”项目负责人介绍，在施工高峰期，现场有300多名工人三班倒作业。
近年来，博罗县依托罗浮山中医药资源，大力发展中医药健康产业，已集聚中药种植、加工、研发企业70余家。县工业和信息化局相关负责人表示，将继续做好项目服务，推动产业园年内建成投产。
""",
tail="""
p: 文字：叶嘉怡&nbsp;&nbsp;摄影：邓伟坤&nbsp;&nbsp;编辑：黄敏
""",
post="""
dlist: 相关新闻|博罗县召开一季度重点项目调度会##2025-03-12|罗阳街道老城区微改造启动##2025-03-10
""",
foot="""
foot: 博罗县融媒体中心主办&nbsp;&nbsp;新闻热线：0752-6213880
foot: 粤ICP备2019113275号-1&nbsp;&nbsp;粤公网安备 44132202000238号
""",
gold=dict(title="罗浮山百草油产业园首期厂房封顶", authors=["叶嘉怡", "罗建华"], publish_time="2025年3月19日 星期三")),

# ------------------------------------------------------------------ wm-17
dict(id="wm-17", kind=K, layout="modern", skin={"c": "#102a6b", "f": "#0a1a40", "bg": "#eef1f7", "extra": ".article{background:#fff;padding:20px}"},
features="四川 地级市广播电视台网站视频新闻页：视频播放器占位（alt 与时长文字不是正文）；“记者 X 摄像 Y”：摄像不是作者；信息栏“发布时间 2025-03-19 20:14”无冒号；正文为视频文稿，含同期声引语；“编辑|审核”行在后。",
pre="""
logo: 南充广播电视台
nav: 首页|南充新闻|直播|点播|广播|专题|看南充
top: 登录|客户端下载
crumb: 首页 &gt; 南充新闻 &gt; 正文
""",
head="""
title: 嘉陵江南充段春季禁渔期开始
info: 发布时间 2025-03-19 20:14&nbsp;&nbsp;&nbsp;&nbsp;来源 南充新闻联播
img: 视频播放器
p: 00:00 / 02:36
p: 记者&nbsp;何宇航&nbsp;&nbsp;摄像&nbsp;罗杰
""",
body="""
3月1日起，嘉陵江南充段进入为期4个月的春季禁渔期。记者连日来在沿江各县区看到，渔政执法人员正加密开展巡查，严厉打击非法捕捞行为。
19日上午，在顺庆区李家镇江段，市农业综合行政执法支队的执法艇沿江巡航，执法人员用望远镜仔细查看岸边情况，并对江边垂钓人员进行宣传劝导。
“禁渔期是鱼类繁殖的关键时期，我们每天至少开展两次巡查，发现违法行为坚决查处。”市农业综合行政执法支队渔政大队负责人说。
据了解，禁渔期间，嘉陵江南充段干流及其一级支流禁止一切捕捞作业，垂钓应遵守“一人一杆一线一钩”规定。市民发现非法捕捞行为，可拨打12316举报。
今年以来，全市已开展渔政执法行动46次，查处非法捕捞案件7起，收缴违规网具130余套。
""",
tail="""
p: 编辑｜冯晓&nbsp;&nbsp;审核｜李东
share: 分享|微信|微博|复制链接
""",
post="""
list: 更多视频|南充新闻联播 2025年3月18日|南充：春季招聘月活动启动|营山：油菜花开迎客来
""",
foot="""
foot: 南充广播电视台版权所有&nbsp;&nbsp;信息网络传播视听节目许可证：2310587&nbsp;&nbsp;蜀ICP备11017362号
""",
gold=dict(title="嘉陵江南充段春季禁渔期开始", authors=["何宇航"], publish_time="2025-03-19 20:14")),

# ------------------------------------------------------------------ wm-18
dict(id="wm-18", kind=K, layout="div", skin={"c": "#5a2d82", "f": "#2d1441", "extra": ".info{font-size:12px}"},
features="河南 广播电台网站（交通广播）：标题下信息栏“时间：2025/03/20 17:48:33 作者：X 来源：”，作者单人；正文含出行提示列表和路段表格（表头行）；文末“（广播记者 X）”不重复计；页尾“节目表”“主持人”与频率列表是家具。",
pre="""
top: 河南广播网|收听直播|节目单|主持人
logo: 河南交通广播 FM104.1
nav: 首页|路况|新闻|节目|活动|互动
crumb: 您的位置：首页 &gt; 路况新闻
""",
head="""
title: 清明假期前后这些高速路段或将拥堵
info: 时间：2025/03/20 17:48:33&nbsp;&nbsp;&nbsp;作者：许嘉宁&nbsp;&nbsp;&nbsp;来源：河南交通广播
""",
body="""
清明节将至，祭扫出行车流明显增加。记者从省高速公路联网监控中心获悉，预计今年清明假期前后全省高速公路日均车流量约320万辆次，较平日增长约三成，4月4日上午为出行高峰。
根据往年数据分析，以下路段车流量较大，易出现拥堵：
| 路段 | 方向 | 易拥堵时段 |
| 京港澳高速郑州段 | 双向 | 4月4日8时至12时 |
| 连霍高速郑州西段 | 西行 | 4月4日9时至11时 |
| 郑州绕城高速 | 双向 | 4月6日15时至19时 |
交警部门提醒广大驾驶人：
- 出行前关注路况信息，合理安排出行时间，尽量错峰出行；
- 途经墓区周边道路时减速慢行，不要随意停车；
- 遇到轻微交通事故，车辆能够移动的，要及时撤离到应急车道或服务区处理。
假期期间，河南交通广播将开设特别直播节目，实时播报全省路况信息。
""",
tail="""
p: （广播记者 许嘉宁）
""",
side="""
list: 频率导航|新闻广播 FM95.4|交通广播 FM104.1|音乐广播 FM88.1|戏曲广播 FM97.6
""",
post="""
list: 节目表|07:00 早安河南|08:00 路况早高峰|12:00 交通午报|17:00 一路畅通
""",
foot="""
foot: 河南广播电视台主办&nbsp;&nbsp;路况热线：0371-65881041
foot: 豫ICP备09015723号-4&nbsp;&nbsp;豫公网安备 41010502002318号
""",
gold=dict(title="清明假期前后这些高速路段或将拥堵", authors=["许嘉宁"], publish_time="2025/03/20 17:48:33")),

# ------------------------------------------------------------------ wm-19
dict(id="wm-19", kind=K, lang="en", layout="modern", skin={"c": "#003f7f", "f": "#00264d", "bg": "#fff", "extra": ".title{text-align:left}.info{text-align:left}.article{max-width:800px}"},
features="English page of a Guangdong outlet (2024 design): headline, standfirst (not body), 'By' line with two names and a city, date 'Updated: 2025-03-20 10:12'; body with a quote and a sub-heading; photo caption with credit; editor line; Chinese-language switcher in the header.",
pre="""
top: 中文|Login|Subscribe
logo: GD Today
nav: Home|Guangdong|GBA|Business|Culture|Travel|Video
crumb: Home &gt; Guangdong
""",
head="""
title: Shenzhen opens 12 new community sports parks ahead of spring
p: <em>The city plans to add another 30 pocket parks by the end of the year.</em>
info: By Chen Xiaoyu and Lin Hao in Shenzhen&nbsp;|&nbsp;Updated: 2025-03-20 10:12
share: Share:|WeChat|Weibo|X|Facebook
""",
body="""
Shenzhen has opened 12 new community sports parks across six districts, giving residents more places to run, play basketball and exercise close to home, the city's urban management bureau said on Wednesday.
!img Residents playing basketball || Residents play basketball at a newly opened sports park in Longgang district. [Photo provided to GD Today]
The parks, most of them built on idle land under viaducts or beside drainage channels, cover a total area of about 86,000 square meters. Each includes a running track, fitness equipment and at least one ball court, and they are open free of charge from 6 am to 10 pm.
"I used to drive 20 minutes to find a court. Now I can walk here after dinner with my son," said Zhang Wei, a resident of Bao'an district.
## More pocket parks planned
The bureau said it will build another 30 pocket parks and upgrade 50 existing ones this year, with a focus on older neighborhoods where public space is limited. Residents can suggest locations through the city's government service app.
Shenzhen currently has more than 1,300 parks, and officials say the aim is for every resident to live within a 10-minute walk of a park or green space.
""",
tail="""
p: Editor: Huang Min
""",
post="""
list: Related stories|Guangzhou adds metro trains for Canton Fair|Foshan lantern festival draws record crowds
""",
foot="""
foot: Copyright 2025 GD Today. All rights reserved.&nbsp;&nbsp;粤ICP备16081320号-2
""",
gold=dict(title="Shenzhen opens 12 new community sports parks ahead of spring", authors=["Chen Xiaoyu", "Lin Hao"], publish_time="2025-03-20 10:12")),

# ------------------------------------------------------------------ wm-20
dict(id="wm-20", kind=K, lang="en", layout="div", skin={"c": "#9e0b0f", "f": "#333", "extra": ".title{text-align:left}.info{text-align:left}"},
features="English wire copy on a Chinese outlet's English site: only 'Source: Xinhua' and the dateline 'LANZHOU, March 21 (Xinhua) --' in the first paragraph (no named writer, authors []); date as 'Published: 2025-03-21 14:36:09'; editor line '[Editor: ...]' not body; two-line headline joined with a space.",
pre="""
top: 中文|Español|Français|Русский
logo: China Daily News English
search: Search|Go
nav: Home|China|World|Business|Sci-Tech|Culture|Sports|Photos
crumb: Home / China
""",
head="""
title: Gansu expands desert solar base, // adds 2 GW of capacity
info: Source: Xinhua&nbsp;&nbsp;&nbsp;&nbsp;Published: 2025-03-21 14:36:09
""",
body="""
LANZHOU, March 21 (Xinhua) -- Northwest China's Gansu Province has connected 2 gigawatts of new solar capacity to the grid at a desert energy base in Jiuquan, local authorities said Friday.
The new panels, spread across about 4,000 hectares of Gobi desert, are expected to generate around 3.5 billion kWh of electricity a year, enough to meet the annual needs of more than 1.5 million households.
The base also includes energy storage facilities with a capacity of 500 megawatts, which help smooth out fluctuations in solar output, according to the provincial energy administration.
Gansu, rich in wind and solar resources, has been building large-scale renewable energy bases in its Hexi Corridor region. By the end of 2024, the province's installed capacity of new energy exceeded 60 gigawatts, accounting for more than 60 percent of its total power capacity.
Much of the electricity is transmitted to central and eastern China through ultra-high-voltage lines.
""",
tail="""
p: [Editor: Zhao Lin]
""",
post="""
list: Related|China's renewable capacity hits new high|Gansu wind farms boost rural incomes
list: Most Popular|Spring travel rush ends with record trips|Panda cubs make public debut in Chengdu
""",
foot="""
foot: Copyright © 2025 China Daily News English. All Rights Reserved.
""",
gold=dict(title="Gansu expands desert solar base, adds 2 GW of capacity", authors=[], publish_time="2025-03-21 14:36:09")),

# ------------------------------------------------------------------ wm-21
dict(id="wm-21", kind=K, layout="table", skin={"c": "#cc0000", "f": "#555", "bg": "#fff"},
features="河南 省级新闻门户（大河网式）转载城市报稿件：信息栏“来源：郑州日报  作者：X  2025-03-21 06:58”；正文第一段“本报讯（记者 X 通讯员 Y）”内嵌署名留在段中；文末“责任编辑：”；页面有“网友评论”区与热门推荐，2015年前后表格版式（左栏在前）。",
pre="""
top: 大河网|大河报|河南手机报|登录|注册
logo: 大河网 郑州频道
navtd: 首页|要闻|郑州|财经|房产|汽车|教育|健康
crumb: 当前位置：<a href="#">大河网</a> &gt; <a href="#">郑州频道</a> &gt; <a href="#">城事</a>
""",
side="""
list: 郑州要闻|郑州地铁10号线二期开通初期运营|二七商圈春季消费节开幕
""",
head="""
title: 郑州今年将新增口袋公园50个
info: 来源：郑州日报&nbsp;&nbsp;作者：王&nbsp;&nbsp;&nbsp;&nbsp;红&nbsp;&nbsp;2025-03-21 06:58
""",
body="""
本报讯（记者 王红 通讯员 郑园林）3月20日，记者从市城市管理局获悉，今年我市将新建改造口袋公园50个、城市绿道100公里，进一步推进“公园城市”建设。
据介绍，今年新建的口袋公园将重点布局在老城区和人口密集区域，充分利用街角空地、拆违腾退地块，每个面积在400至1万平方米之间，配建健身步道、儿童游乐和休憩设施。
在绿道建设方面，我市将重点推进贾鲁河、金水河等沿河绿道贯通，打造串联公园、社区和商圈的慢行系统。
去年，我市共建成口袋公园62个，不少公园成为周边居民晨练、遛娃的好去处。家住管城区的市民刘女士说：“以前小区门口是一片荒地，现在变成了小游园，晚上出来散步的人特别多。”
市城市管理局相关负责人表示，口袋公园选址将充分征求周边居民意见，建成后由属地街道负责日常管养。市民如有选址建议，可通过“郑好办”App反映。
""",
tail="""
p: 责任编辑：刘洋
""",
post="""
text: <strong>网友评论</strong>&nbsp;&nbsp;<input type="text" placeholder="文明上网，理性发言">&nbsp;<button>发表评论</button>
list: 热门推荐|郑州发布2025年春季赏花地图|新郑机场新开两条国际航线|郑州公积金新政今起实施
""",
foot="""
foot: 大河网络传媒集团主办&nbsp;&nbsp;互联网新闻信息服务许可证：41120170002
foot: 豫ICP备05009802号&nbsp;&nbsp;豫公网安备 41010502002089号
""",
gold=dict(title="郑州今年将新增口袋公园50个", authors=["王红", "郑园林"], publish_time="2025-03-21 06:58")),

# ------------------------------------------------------------------ wm-22
dict(id="wm-22", kind=K, layout="div", skin={"c": "#0a4ba0", "f": "#1a1a1a", "extra": ".title{font-size:30px}"},
features="中央通讯社地方频道（甘肃）：正文首段“新华社兰州3月22日电（记者 X、Y）”内嵌署名；信息栏“2025-03-22 19:05:46 来源：新华网”，标题下有“字号 大 中 小”与分享；文末“【纠错】”“责任编辑：”不是正文；正文含一个小标题。",
pre="""
logo: 新华网 甘肃频道
nav: 首页|时政|甘肃要闻|经济|社会|文化|图片
crumb: 新华网 &gt; 甘肃频道 &gt; 正文
""",
head="""
title: 兰州新区冷链物流枢纽投运
info: 2025-03-22 19:05:46&nbsp;&nbsp;&nbsp;来源：新华网
tools: 字号&nbsp;<a href="#">大</a>&nbsp;<a href="#">中</a>&nbsp;<a href="#">小</a>&nbsp;&nbsp;<a href="#">打印</a>
""",
body="""
新华社兰州3月22日电（记者 宋晨、马希平）22日，位于兰州新区的西北冷链物流枢纽正式投入运营。这一枢纽可实现冷链货物在铁路、公路、航空之间的快速转运，将进一步服务西北地区农产品外销。
该枢纽总投资约18亿元，建有低温冷库、恒温仓库和分拣加工中心，总库容达到30万吨。枢纽内的铁路专用线与兰州新区中川北站相连，冷链班列可直达广州、成都等地。
## 打通农产品“出山路”
甘肃是高原夏菜、苹果、牛羊肉等特色农产品的重要产地。过去，由于冷链设施不足，部分农产品只能在产地就近销售。
“有了这个枢纽，我们的高原夏菜采摘后24小时内就能进入冷库预冷，再通过冷链班列运到南方市场，损耗率能降低一半以上。”榆中县一家蔬菜合作社负责人说。
据了解，枢纽运营方已与20余家农业企业和商贸企业签订合作协议，预计年货物吞吐量可达150万吨。
## 冷链网络加快完善
近年来，甘肃加快补齐冷链物流短板，在河西走廊、陇东南等农产品主产区布局建设产地冷藏保鲜设施。截至2024年底，全省冷库总库容超过500万吨，比2020年增长近一倍。
甘肃省商务厅相关负责人表示，西北冷链物流枢纽投运后，将与各地产地冷库形成“枢纽+节点”的冷链网络，推动甘肃农产品从“卖得出”向“卖得好”转变。下一步，甘肃还将开通更多冷链班列线路，并探索发展跨境冷链物流，让甘肃特色农产品走向中亚和欧洲市场。
""",
tail="""
p: 【<a href="#">纠错</a>】&nbsp;&nbsp;&nbsp;&nbsp;责任编辑：王萌
""",
post="""
list: 相关稿件|甘肃加快建设现代流通体系|兰州新区一季度新签约项目42个
""",
foot="""
foot: Copyright © 2000-2025 XINHUANET.com All Rights Reserved.
foot: 制作单位：新华网甘肃分公司&nbsp;&nbsp;版权所有：新华网
""",
gold=dict(title="兰州新区冷链物流枢纽投运", authors=["宋晨", "马希平"], publish_time="2025-03-22 19:05:46")),

# ------------------------------------------------------------------ wm-23
dict(id="wm-23", kind=K, layout="div-l", skin={"c": "#1b6e3f", "f": "#123d24", "extra": ".cols{display:flex}.left{width:220px;order:2}.right{flex:1;padding:0 20px}"},
features="四川 省级新闻网站（四川在线式）：标题上方“原标题：”所指的是本页标题之外的原报纸标题（原标题行不是正文也不是标题）；信息栏“川观新闻记者 X”与“2025-03-22 10:30”分两行；正文含“一是…二是…三是”和直接引语；侧栏在DOM中先于正文但CSS排在右边。",
pre="""
top: 川观新闻|四川日报|数字报|登录
logo: 四川在线
search: 搜索新闻|搜索
nav: 首页|时政|市州|经济|社会|文化|旅游|评论
crumb: 首页 &gt; 市州 &gt; 广元
""",
side="""
list: 市州头条|广元：剑门关景区推出春季惠民措施|达州：首趟中欧班列发车|巴中：光雾山红叶节筹备启动
""",
head="""
title: 广元出台措施支持青年返乡创业
p: 川观新闻记者 周晓彤
info: 2025-03-22 10:30&nbsp;&nbsp;&nbsp;&nbsp;来源：川观新闻
""",
body="""
~ 原标题：最高可获30万元创业担保贷款 广元“真金白银”引青年回乡
3月21日，记者从广元市人社局获悉，该市近日出台《支持青年返乡入乡创业十条措施》，从资金、场地、培训等方面为返乡青年提供支持。
在资金支持方面，返乡创业青年可申请最高30万元的创业担保贷款，符合条件的小微企业最高可申请400万元，并按规定享受贴息。首次创办小微企业且正常经营6个月以上的，给予1万元一次性创业补贴。
在场地保障方面，广元将利用闲置厂房、学校等建设一批返乡创业园，入驻企业前两年免收租金。
“我们将当好返乡青年的‘店小二’。”广元市人社局相关负责人表示，下一步将着力做好三方面工作：一是建立返乡创业项目库，定期举办项目推介会；二是组建创业导师团，提供“一对一”指导；三是开通创业服务绿色通道，实行“一窗受理”。
""",
tail="""
p: 责任编辑：陈曦&nbsp;&nbsp;&nbsp;&nbsp;编审：李科
""",
post="""
share: 分享|微信|微博|QQ
""",
foot="""
foot: 四川日报报业集团主办&nbsp;&nbsp;四川在线版权所有&nbsp;&nbsp;互联网新闻信息服务许可证：51120170001
foot: 蜀ICP备05002048号&nbsp;&nbsp;川公网安备 51010502010215号
""",
gold=dict(title="广元出台措施支持青年返乡创业", authors=["周晓彤"], publish_time="2025-03-22 10:30")),

# ------------------------------------------------------------------ wm-24
dict(id="wm-24", kind=K, layout="modern", skin={"c": "#ff6a00", "f": "#303030", "bg": "#f7f7f7", "extra": ".article{background:#fff;max-width:720px;margin:0 auto;padding:20px}"},
features="广东 地级市广电融媒客户端网页（2025年设计）：标题下“作者 | X”“2025-03-23 12:00”等卡片化信息；正文含图片组说明与一份时间表（表格）；文末“来源：”“责编：”“二审：”“三审：”；底部“下载APP”浮条与推荐流。",
pre="""
logo: 掌上江门
top: 打开APP|登录
""",
head="""
title: 江门侨乡文化节周末开幕 // 六大板块活动持续一个月
info: <span>作者 | 余秀娟</span>&nbsp;&nbsp;&nbsp;<span>2025-03-23 12:00</span>&nbsp;&nbsp;&nbsp;<span>阅读 1.2万</span>
""",
body="""
3月22日晚，第九届江门侨乡文化节在蓬江区长堤历史文化街区开幕。本届文化节以“侨都春色 家国情怀”为主题，设置侨乡非遗展演、侨批文化展、华侨华人美食节等六大板块活动，将持续至4月20日。
!img 开幕式现场 || 开幕式上，演员表演舞狮。
开幕式上，来自新会、台山、开平等地的非遗传承人带来了蔡李佛拳、台山浮石飘色、开平泥塑等表演，吸引了大批市民和游客驻足观看。
文化节期间主要活动安排如下：
| 活动 | 时间 | 地点 |
| 侨批文化展 | 3月22日至4月20日 | 江门五邑华侨华人博物馆 |
| 华侨华人美食节 | 3月28日至3月30日 | 长堤历史文化街区 |
| 碉楼摄影大赛颁奖 | 4月12日 | 开平碉楼文化旅游区 |
“每年都带孩子来看，让他们知道侨乡的根在哪里。”带着两个孩子观看表演的市民李先生说。
据了解，文化节期间，全市各大景区还将推出门票优惠活动，海外侨胞凭有效证件可免费游览开平碉楼、梁启超故居等景点。江门市文化广电旅游体育局相关负责人表示，希望通过文化节进一步擦亮“中国侨都”品牌，吸引更多海内外游客走进侨乡。
""",
tail="""
p: 来源：江门广播电视台
p: 责编：钟颖&nbsp;&nbsp;二审：陈立&nbsp;&nbsp;三审：伍建明
""",
post="""
list: 推荐阅读|江门至珠海城际公交加密班次|台山都斛镇海鲜节本周末开幕|新会陈皮村迎来春季采茶游
html: <div class="txt" style="position:sticky;bottom:0;background:#ff6a00;color:#fff">打开掌上江门APP，阅读体验更佳&nbsp;&nbsp;<a href="#">立即打开</a></div>
""",
foot="""
foot: 江门广播电视台 版权所有&nbsp;&nbsp;粤ICP备12048105号&nbsp;&nbsp;信息网络传播视听节目许可证：1905106
""",
gold=dict(title="江门侨乡文化节周末开幕六大板块活动持续一个月", authors=["余秀娟"], publish_time="2025-03-23 12:00")),
]
