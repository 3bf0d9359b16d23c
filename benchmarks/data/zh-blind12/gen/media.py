from helpers import *

MTOP = top("手机版", "客户端", "登录", "注册", "无障碍")

# 19 Xinhua wire reprinted on a provincial news portal
t = "山西：煤矿智能化改造提速 井下“少人无人”成常态"
b = body([
    "新华社太原6月2日电（记者 梁晓飞 王劲玉）走进晋能控股集团塔山煤矿的智能化综采工作面，只见采煤机在液压支架的掩护下自动割煤，巡检机器人沿轨道往返巡视，工作面上仅有3名工人值守。",
    "“过去一个班要20多人，现在地面调度中心远程操控，井下人员减少了七成。”矿综采队队长说。",
    "近年来，山西加快推进煤矿智能化建设。截至今年5月底，全省已建成智能化煤矿118座、智能化采掘工作面1490处，煤矿百万吨死亡率持续下降。",
    "山西省能源局有关负责人表示，今年将再推动建设一批智能化示范煤矿，推广应用井下机器人，力争到年底前大型煤矿和灾害严重煤矿基本实现智能化。",
])
add("zm-19", "media: 新华社 wire on a provincial portal (山西)", t, ["梁晓飞", "王劲玉"], "2025-06-02 16:48:05", b, [
    MTOP, div("山西新闻网", "logo"), nav(["首页", "时政", "山西", "经济", "社会", "文旅", "视频", "评论"]),
    '<div class="wrap"><div class="main">', div("山西新闻网 > 山西要闻 > 正文", "crumb"), "<h1>%s</h1>" % esc(t),
    '<div class="meta"><span>2025-06-02 16:48:05</span><span>来源：新华社</span><span>编辑：郝婧</span><span>评论(12)</span></div>',
    "BODY", div("【纠错】 【责任编辑：李晨】", ""),
    div("分享到：微信 微博 QQ", ""), ul("相关新闻", ["山西今年将新建30座智能化煤矿", "大同：数字矿山建设跑出“加速度”", "晋城煤矿机器人应用场景持续拓展", "太原综改区能源装备产业集群加快成长"]),
    '</div><div class="aside">', ul("24小时热榜", ["太原地铁2号线延伸段开工", "山西高考报名人数公布", "晋祠博物馆推出夜游", "平遥古城端午客流创新高", "五台山景区发布出行提示"], cls="hot"),
    "</div></div>", foot("山西新闻网版权所有 未经授权禁止转载 晋ICP备09000123号 互联网新闻信息服务许可证14120170001"),
], css="media")

# 20 Nanchang evening paper site, 引题 + headline + 副题, reporter under title, comments
t = "南昌地铁4号线全线贯通"
b = body([
    "本报讯 记者熊 晶 实习生 万子怡报道：10月28日上午，随着盾构机破土而出，南昌地铁4号线最后一个区间——丁公路南站至八一广场站区间隧道顺利贯通，标志着4号线全线贯通。",
    "南昌地铁4号线全长39.6公里，设站29座，串联起红谷滩、西湖、青云谱、高新等区域。施工方介绍，最后贯通的区间下穿多栋老旧建筑和繁忙主干道，项目部采用实时监测和同步注浆技术，地面沉降控制在3毫米以内。",
    "据了解，4号线将转入轨道铺设和设备安装阶段，计划明年底开通初期运营。届时，南昌将形成“五线成网”的轨道交通格局。",
])
add("zm-20", "media: evening paper site, 引题/副题 (江西 南昌晚报)", t, ["熊晶", "万子怡"], "2023-10-29 07:20", b, [
    MTOP, div("南昌晚报网 · 中国江西网", "logo"), nav(["首页", "本地", "民生", "教育", "消费", "楼市", "晚报电子版"]),
    '<div class="wrap"><div class="main">', div("首页 > 本地新闻", "crumb"),
    div("预计明年底开通初期运营，串联红谷滩、西湖、青云谱等区域", "yin"), "<h1>%s</h1>" % esc(t),
    div("盾构机在八一广场站顺利接收", "fu"),
    '<div class="meta"><span>2023-10-29 07:20</span><span>来源：南昌晚报</span><span>参与评论（36）</span></div>',
    "BODY", div("编辑：胡杨  审核：陈鸣", ""),
    ul("相关阅读", ["南昌地铁1号线北延工程最新进展", "南昌轨道交通第三期建设规划获批"]),
    '</div><div class="aside">', ul("热门评论", ["家门口就有地铁站了，期待！", "希望早日通车"], cls="hot"), "</div></div>",
    foot("中国江西网 版权所有 赣ICP备05001234号"),
], css="media")

# 21 Hainan metropolitan daily site, 原标题 line
t = "海口“候鸟”老人扎堆体检 社区医院推出“体检套餐”"
b = body([
    "每年冬季，大批“候鸟”老人来海口过冬。记者近日走访发现，不少社区卫生服务中心针对这一群体推出了体检套餐，价格从198元到598元不等。",
    "在龙华区金贸街道社区卫生服务中心，来自黑龙江的退休教师刘振华刚做完心电图检查。“在老家体检要排好几天，这里上午做完，下午就能拿到报告。”他说。",
    "该中心负责人介绍，入冬以来中心日均接待体检老人80余人次，较平时增加一倍。为此，中心延长了工作时间，并开通了线上预约。",
    "医生提醒，老人换季迁居后应注意适应当地气候，慢性病患者要随身携带药品和既往病历。",
])
add("zm-21", "media: metropolitan daily site, 原标题 line (海南)", t, ["陈  蔚"], "2024/12/03 08:15", b, [
    MTOP, div("南国都市报·南海网", "logo"), nav(["首页", "海口", "三亚", "民生", "健康", "旅游"]),
    '<div class="wrap"><div class="main">', "<h1>%s</h1>" % esc(t),
    '<div class="meta"><span>来源：南国都市报</span><span>作者：陈  蔚</span><span>2024/12/03 08:15</span></div>',
    div("原标题：冬季“候鸟”老人扎堆体检", "orig"), "BODY",
    ("<p class='cap'><img alt='老人在社区卫生服务中心体检'></p><p class='cap'>老人在社区卫生服务中心排队体检。记者 王程龙 摄</p>"),
    div("【编辑：符晓丹】", ""), ul("推荐阅读", ["海口新增5条定制公交线路", "三亚开展冬季旅游市场整治", "海南明年起调整医保缴费标准"]),
    "</div></div>", foot("南海网版权所有 琼ICP备06000255号"),
], css="media")

# 22 Tianjin news portal, glued meta
t = "天津推出50项便民措施 助力“一老一小”"
b = body([
    "日前，市民政局、市卫健委等部门联合发布50项便民措施，围绕养老托育、医疗健康、出行服务等方面回应市民关切。",
    "在养老服务方面，全市将新增社区老年助餐点200个，推广“家庭养老床位”服务；在托育服务方面，鼓励幼儿园开设2至3岁托班，年内新增普惠托位3000个。",
    "此外，措施还明确在二级以上公立医院设置老年人就医绿色通道，为65岁以上老人提供免费体检服务。",
])
add("zm-22", "media: city news portal, glued meta (天津)", t, [], "2025-01-14 09:03", b, [
    MTOP, div("北方网", "logo"), nav(["新闻", "天津", "财经", "体育", "娱乐", "视频"]),
    '<div class="wrap"><div class="main">', div("北方网 > 天津新闻 > 民生", "crumb"), "<h1>%s</h1>" % esc(t),
    div("2025-01-14 09:03来源：天津日报编辑：赵  宇", "meta"), "BODY",
    ul("相关新闻", ["天津今年将新增普惠托位3000个", "本市养老服务补贴标准提高", "天津发布冬季出行提示", "河西区老年大学春季招生"]),
    "</div></div>", foot("北方网 版权所有 津ICP备06000001号 违法和不良信息举报电话：022-23602123"),
], css="media")

# 23 County TV / media centre news (Gansu Huining), 记者 + 摄像
t = "会宁：10万亩小杂粮进入收获季"
b = body([
    "眼下，会宁县10万亩小杂粮陆续进入收获季，田间地头一派繁忙景象。",
    "在丁家沟镇，收割机来回穿梭，谷子、糜子被整齐收割、打捆。种植大户王福成告诉记者，今年雨水合适，谷子亩产能达到500斤左右，订单企业已提前上门收购。",
    "近年来，会宁县依托小杂粮种植传统，推行“企业＋合作社＋农户”订单种植模式，建成杂粮加工企业12家，小杂粮产品销往全国20多个省市。",
])
add("zm-23", "media: county TV news page (甘肃 会宁融媒体中心)", t, ["张鹏飞"], "2024-09-26 19:32", b, [
    top("会宁县融媒体中心", "新闻", "视频", "直播", "专题"), nav(["首页", "会宁新闻", "乡镇动态", "视听会宁", "网络问政"]),
    '<div class="main">', div("会宁新闻", "label"), "<h1>%s</h1>" % esc(t),
    div("2024-09-26 19:32 | 来源：会宁县融媒体中心 | 阅读 2.1万", "info"),
    div("视频加载中…", ""), div("记者：张鹏飞　摄像：刘  军", ""), "BODY", div("编辑：王丽  责编：杨涛  审核：何向东", ""),
    ul("更多会宁新闻", ["会宁县召开秋季森林防火工作会议", "会宁：红色研学游持续升温", "会宁县开展秋季学期开学安全检查"]),
    "</div>", foot("会宁县融媒体中心 版权所有 陇ICP备19000555号"),
])

# 24 Pingyao county media centre, modern app page, headline below meta
t = "平遥古城推出“夜游+演艺”文旅新产品"
b = body([
    "华灯初上，平遥古城南大街人流如织。",
    "今年以来，平遥县推出“古城夜游”系列文旅产品，在明清街、城隍庙等地布设灯光秀，定时上演晋商主题实景演出，并延长古城景点开放时间至晚上10点。",
    "“白天看古建，晚上看演出，住一晚再走。”来自河南的游客李颖说。据统计，5月以来，古城过夜游客同比增长18%，带动周边民宿入住率超过八成。",
])
add("zm-24", "media: county 融媒体中心, headline below meta (山西 平遥)", t, ["侯  佳"], "2025-06-01 20:15", b, [
    top("平遥融媒", "打开APP", "无障碍", cls="top sticky"), nav(["推荐", "平遥新闻", "政务", "文旅", "视频"]),
    '<div class="main">', div("平遥县融媒体中心  2025-06-01 20:15  浏览 8640", "info"),
    "<h1>%s</h1>" % esc(t), div("作者：侯  佳", ""), "BODY",
    div("（平遥县融媒体中心 出品）", ""), div("点赞 126  分享", ""),
    ul("推荐阅读", ["平遥县召开文旅市场秩序整治推进会", "平遥牛肉入选全国特色农产品名录"]),
    "</div>", foot("平遥县融媒体中心 晋ICP备18007654号"),
])

# 25 English: China Daily style, Guizhou
t = "Guizhou's data centers draw tech giants to mountain province"
b = body([
    "GUIYANG — Tucked into the karst hills outside Guiyang, the capital of Southwest China's Guizhou province, rows of servers hum inside tunnels dug into the mountainside, where the cool, stable air helps keep energy costs low.",
    "Guizhou now hosts 48 major data centers, including facilities run by several of the country's largest internet and telecom companies, according to the provincial big data development administration.",
    "\"Low electricity prices, a mild climate and geological stability are the main reasons companies come here,\" said Luo Wen, a manager at one operator in the Gui'an New Area. \"Now the computing power itself has become a product we sell.\"",
    "The province's digital economy grew by 14 percent year-on-year in 2024, making it one of the fastest-growing in the country. Officials say the next step is to attract more companies that use the data, not just store it.",
])
add("zm-25", "media: English-language national daily (Guizhou)", t, ["Yang Jun", "Zhou Huiying"], "2025-03-18 07:45", b, [
    top("Global Edition", "China Edition", "中文", "Sign in", "Subscribe"), div("CHINA DAILY", "logo"),
    nav(["HOME", "CHINA", "WORLD", "BUSINESS", "LIFESTYLE", "CULTURE", "TRAVEL", "SPORTS", "OPINION", "REGIONAL"]),
    '<div class="wrap"><div class="main">', div("Home / China / Innovation", "crumb"), "<h1>%s</h1>" % esc(t),
    div("By YANG JUN in Guiyang and ZHOU HUIYING | chinadaily.com.cn | Updated: 2025-03-18 07:45", "meta"),
    div("Share - WeChat", ""), "BODY",
    ("<p class='cap'><img alt='A data center in Gui'an New Area'></p><p class='cap'>A technician checks servers at a data center in Gui'an New Area, Guizhou province. [Photo by Wu Dongjun/For China Daily]</p>"),
    ul("Related Stories", ["Guizhou eyes role in national computing network", "Big data expo opens in Guiyang"]),
    '</div><div class="aside">', ul("Most Viewed in 24 Hours", ["Spring travel rush sets record", "Tianjin port adds new routes", "Xizang tourism numbers climb"], cls="hot"),
    "</div></div>", foot("Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).", "京ICP备13028878号-6"),
], css="media", lang="en")
PAGES[-1]["authors"] = ["YANG JUN", "ZHOU HUIYING"]

# 26 English: Xinhua English style, Tianjin / Xizang
t = "Xizang's highland barley harvest hits record high"
b = body([
    "LHASA, Oct. 9 (Xinhua) -- The highland barley output in southwest China's Xizang Autonomous Region reached a record 850,000 tonnes this year, local authorities said Wednesday.",
    "The region planted about 2.1 million mu (140,000 hectares) of highland barley, a staple crop for Tibetan people, with improved varieties covering more than 98 percent of the planting area, according to the regional department of agriculture and rural affairs.",
    "Highland barley is used to make tsampa, barley wine and a growing range of processed foods. The region now has more than 100 enterprises processing the grain.",
    "Farmer Tashi Dondrub in Shigatse said his family's barley yield rose by nearly 10 percent thanks to new seeds and machine sowing.",
])
add("zm-26", "media: English-language wire site (Xizang)", t, [], "2024-10-09 18:22:41", b, [
    top("Chinese", "Français", "Español", "Русский", "عربي"), div("Xinhua english.news.cn", "logo"),
    nav(["China", "World", "Business", "Sci-Tech", "Culture", "Photos", "Video"]),
    '<div class="wrap"><div class="main">', "<h1>%s</h1>" % esc(t),
    div("Source: Xinhua  Editor: Zhang Long  2024-10-09 18:22:41", "meta"), "BODY",
    ul("Related:", ["Xizang's grain output exceeds 1 million tonnes", "Feature: Tibetan farmers embrace smart farming"]),
    "</div></div>", foot("Copyright © 2000 - 2024 XINHUANET.com All rights reserved."),
], css="media", lang="en")

# 38 Ningxia city paper site, channel label above headline, 记者 in meta, date 2025年6月3日
t = "银川“老城新生”：胜利街片区改造完成过半"
b = body([
    "记者6月2日从银川市兴庆区了解到，胜利街片区城市更新项目已完成改造工程量的55%。",
    "该片区建于上世纪八九十年代，涉及住宅楼64栋、居民2300余户。改造内容包括雨污分流、外墙保温、屋面防水、加装电梯和街巷景观提升，同时利用闲置厂房建设社区食堂和儿童活动中心。",
    "“施工期间，每栋楼都有‘楼长’和施工方对接，夜间不施工，我们挺满意。”居民马秀琴说。项目预计今年10月底完工。",
])
add("zm-38", "media: city paper site, channel label above headline (宁夏 银川)", t, ["马  晶", "李  慧"], "2025年6月3日", b, [
    MTOP, div("银川新闻网", "logo"), nav(["首页", "银川", "宁夏", "国内", "图片", "银川日报"]),
    '<div class="wrap"><div class="main">', div("城建", "label"), "<h1>%s</h1>" % esc(t),
    div("2025年6月3日  来源：银川日报  记者：马  晶 李  慧", "meta"), "BODY",
    div("编辑：张悦 校对：李冰 审核：杨丽", ""),
    ul("城建新闻", ["银川新增口袋公园12处", "宁东至银川快速路开工", "银川启动背街小巷整治"]),
    "</div></div>", foot("银川新闻网 版权所有 宁ICP备10000111号"),
], css="media")
PAGES[-1]["authors"] = ["马晶", "李慧"]
PAGES[[p["id"] for p in PAGES].index("zm-21")]["authors"] = ["陈蔚"]
PAGES[[p["id"] for p in PAGES].index("zm-24")]["authors"] = ["侯佳"]
