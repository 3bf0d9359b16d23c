"""Media pages wo-13 … wo-24: provincial/city media, county 融媒体中心, TV/radio, 2 English pages."""
from kit import *

PAGES = []

# wo-13 江苏 provincial portal carrying 新华社 copy; inline dateline byline, spaced names
PAGES.append(dict(
    id="wo-13", kind="media", lang="zh", layout="div",
    css="body{font:16px/1.8 'Microsoft YaHei'}.channel{background:#c4161c;color:#fff}.left{width:860px}.right{width:300px}.title{font-size:30px}.info{color:#999;font-size:14px}",
    head=[links(["江苏新闻网", "首页", "时政", "财经", "社会", "文化", "视频", "专题"], "channel", " "),
          links(["登录", "注册", "客户端"], "user", " | ")],
    crumb_block=[crumb(["江苏新闻网", "时政", "正文"], "", " > ")],
    title="江苏沿海风电装机容量突破1500万千瓦",
    info='<div class="info"><span>2025-03-16 19:42:07</span>　<span>来源：新华社</span>　<a href="#">手机看</a></div>',
    body=[
        ("p", "新华社南京3月16日电（记者 朱  旭 陈  静）记者从江苏省能源局获悉，截至今年2月底，江苏沿海风电累计并网装机容量达1512万千瓦，其中海上风电装机超过1180万千瓦，继续位居全国前列。"),
        ("p", "在盐城大丰港以东约60公里的海域，一座座白色风机迎风转动。“这里单台机组容量达到16兆瓦，叶轮直径超过250米，每转一圈可发电约30千瓦时。”项目运维负责人介绍说。"),
        ("p", "近年来，江苏推动海上风电由近海向深远海拓展，同步布局海上升压站、柔性直流送出等配套工程，并带动盐城、南通等地形成涵盖整机、叶片、海缆、运维的产业集群，相关产业年产值超过千亿元。"),
        ("p", "江苏省能源局有关负责人表示，下一步将有序推进深远海风电示范项目建设，探索“海上风电＋海洋牧场”“海上风电＋制氢”等融合发展模式。"),
    ],
    tail=[line("【责任编辑：沈一鸣】", "ed"), share("", ["微信", "微博", "复制链接"])],
    side=[ul("热门新闻", ["南京地铁新线开通倒计时", "苏州工业园区发布人才新政", "江苏今年将新增养老床位1万张", "连云港港一季度集装箱吞吐量创新高"])],
    after=[ul("相关新闻", ["江苏首个深远海风电项目开工", "盐城打造新能源产业地标"])],
    foot=[lines(["江苏新闻网版权所有，未经书面授权禁止使用", "互联网新闻信息服务许可证：32120170001　苏ICP备10012345号", "违法和不良信息举报电话：025-8888XXXX"])],
    gold=dict(authors=["朱旭", "陈静"], publish_time="2025-03-16 19:42:07"),
))

# wo-14 山东 烟台 city paper site — 本报讯（记者 … 通讯员 …）, 2012 table layout
PAGES.append(dict(
    id="wo-14", kind="media", lang="zh", layout="table", side_pos="right", indent="u3000",
    css="body{font:12px 宋体}.logo{height:80px;background:#0050a0}.title{font-size:22px;font-family:黑体;text-align:center}.sj{text-align:center;background:#f2f2f2}",
    head=[line("胶东在线·烟台新闻", "logo"), nav(["首页", "烟台", "国内", "国际", "社会", "财经", "房产", "汽车", "论坛"], "nav", "div"),
          line("2025年3月15日 星期六 农历二月十六", "date")],
    crumb_block=[crumb(["首页", "烟台新闻", "城市"], "您的位置：", " → ")],
    title="烟台港开通首条直达东南亚冷链航线",
    info='<div class="sj">2025-03-15 07:32　来源：烟台日报　编辑：姜  涛</div>',
    body=[
        ("p", "本报讯（记者 于海洋 通讯员 曲晓丽）3月14日，满载1200吨冷冻水产品的“海丰盛达”轮从烟台港芝罘湾港区启航，驶向越南胡志明港，标志着烟台港首条直达东南亚的冷链集装箱航线正式开通。"),
        ("p", "据介绍，该航线每周一班，途经青岛、厦门，全程约9天，较以往经韩国釜山中转缩短4至5天。航线开通后，烟台及周边地区的冷冻海参、鱿鱼、苹果等特色产品可直达东南亚市场，东南亚的榴莲、山竹等热带水果也将经此进入胶东地区。"),
        ("p", "为保障航线顺利运营，烟台海关设立冷链货物专用通道，实行“提前申报、抵港直装”模式，冷链货物通关时间压缩至2小时以内。港口还新建了可容纳500个冷藏箱的专用堆场，配备24小时温控监测系统。"),
        ("p", "“以前走中转，一票货要多花近万元物流费，现在直航更省心。”烟台一家水产品出口企业负责人说。"),
    ],
    tail=[line("[打印] [关闭] [收藏]", "tools")],
    side=[ul("图片新闻", ["养马岛春色", "开发区新建口袋公园"]), ul("排行榜", ["烟台今日天气", "芝罘区学区划分公布", "烟台地铁1号线最新进展"])],
    foot=[lines(["关于我们 | 广告服务 | 联系方式 | 网站地图", "烟台日报传媒集团主办　鲁ICP备05001234号", "互联网新闻信息服务许可证编号：37120180009"])],
    gold=dict(authors=["于海洋", "曲晓丽"], publish_time="2025-03-15 07:32"),
))

# wo-15 广西 融水县融媒体中心 — 记者 line at top, 编辑/审核 at end
PAGES.append(dict(
    id="wo-15", kind="media", lang="zh", layout="grid",
    css="body{margin:0;background:#fff}.brand{background:#d7263d;color:#fff;padding:10px}.grid{max-width:900px;margin:auto}.title{font-size:26px}.byline{color:#555}.ed{color:#888;font-size:13px}",
    head=[line("融水融媒", "brand"), nav(["首页", "本地新闻", "乡村振兴", "民族风情", "视频", "专题"], "nav"), search("搜索", "")],
    crumb_block=[crumb(["首页", "本地新闻"], "", " > ")],
    title="融水：苗寨春耕忙 稻鱼共生增收益",
    info='<div class="info">融水县融媒体中心　2025-03-13 21:06</div>',
    body=[
        ("x", "记者：梁  燕  覃海波", "byline"),
        ("p", "初春时节，走进融水苗族自治县安陲乡的梯田，田间地头一派繁忙景象。村民们有的翻耕田地，有的修整田埂，为稻田养鱼做准备。"),
        ("p", "“今年我家扩种了6亩，等秧苗插下去，就放鱼苗进田。”村民贾老三说，稻田里的鱼吃虫吃草，鱼粪又给水稻当肥料，一亩田能多收入2000多元。"),
        ("p", "近年来，融水县依托山区梯田资源，大力推广“稻鱼共生”生态种养模式，并注册“融水田鲤”地理标志商标。全县稻田养鱼面积达12万亩，带动3万多户农户增收。"),
        ("p", "在香粉乡，不少村民还把稻田鱼做成了腌鱼、烤鱼等特色产品，通过直播带货卖到全国各地。“去年光是卖腌鱼就收入了3万多元。”村民梁大姐说。"),
        ("p", "县农业农村局相关负责人介绍，今年将继续实施稻渔综合种养提升工程，为农户免费提供鱼苗和技术指导，同时对接电商平台拓宽销路。"),
    ],
    tail=[line("编辑：韦小红　审核：杨  松", "ed"),
          ul("往期回顾", ["融水举办苗族芦笙斗马节", "融水县召开2025年春季森林防火工作会议"])],
    foot=[lines(["融水苗族自治县融媒体中心 版权所有", "桂ICP备19004321号-1"])],
    gold=dict(authors=["梁燕", "覃海波"], publish_time="2025-03-13 21:06"),
))

# wo-16 内蒙古 呼和浩特广播电视台 — TV news page with video, Mongolian names with middle dot
PAGES.append(dict(
    id="wo-16", kind="media", lang="zh", layout="div",
    css="body{background:#111;color:#eee}.hd{display:flex}.player{background:#000;height:360px}.title{font-size:24px}.src{color:#aaa}",
    head=[line("青城融媒", "hd"), nav(["首页", "直播", "点播", "新闻", "专题", "节目单"], "nav"), links(["呼和浩特新闻综合频道", "都市生活频道", "FM105.6"], "ch", " | ")],
    crumb_block=[crumb(["首页", "新闻", "呼和浩特新闻"], "", " > ")],
    above=['<div class="player"><img alt="视频封面"><p>00:00 / 02:46</p></div>'],
    title="青城冰雪消融 城市排水设施完成春季检修",
    info='<div class="src">发布时间：2025年03月12日 19:58　来源：呼和浩特新闻联播</div>',
    meta=['<p class="rep">记者：其其格　斯琴·巴特尔</p>'],
    body=[
        ("p", "随着气温回升，首府积雪进入集中融化期。为防止融雪积水影响市民出行，市排水公司从3月初开始对城区主次干道的雨水管网、检查井和排水泵站进行全面检修。"),
        ("p", "在新华大街与锡林郭勒路交口，记者看到，工作人员正用高压清洗车疏通雨水口。“冬季落叶和泥沙容易把雨水篦子堵住，化雪时路面就会积水。”排水公司养护二队队长说，今年计划清掏雨水口1.8万座、疏通管道260公里。"),
        ("p", "据了解，目前城区18座排水泵站已完成设备调试，各类抢险车辆和移动泵车全部到位。市民如发现道路积水、井盖缺失等问题，可拨打12345热线反映。"),
        ("p", "市排水公司还提醒，融雪期间部分检查井周边路面可能出现结冰或沉陷，驾驶人途经时应减速慢行，行人注意避让施工区域。今年汛期前，该公司还将对城区17处易积水点逐一制定“一点一策”处置方案。"),
    ],
    tail=[line("责任编辑：阿拉坦", "ed"), ul("相关视频", ["首府公交调整部分线路", "青城公园冰雪节落幕"])],
    foot=[lines(["呼和浩特广播电视台 主办", "信息网络传播视听节目许可证：1505XXX　蒙ICP备09001122号"])],
    gold=dict(authors=["其其格", "斯琴·巴特尔"], publish_time="2025年03月12日 19:58"),
))

# wo-17 English page of a Jiangsu outlet — By line, Updated date
PAGES.append(dict(
    id="wo-17", kind="media", lang="en", layout="grid", side_pos="right", hstyle="h2",
    css="body{font:17px/1.6 Georgia,serif;margin:0}.masthead{font:700 28px sans-serif;border-bottom:3px solid #0a4}.grid{display:grid;grid-template-columns:1fr 300px;max-width:1140px;margin:auto}.title{font-size:34px}.byline,.info{font:14px sans-serif;color:#666}",
    head=[links(["中文", "Newsletter", "Subscribe"], "tools", " | "), line("JIANGSU NOW", "masthead"),
          nav(["Home", "Business", "Culture", "Travel", "Opinion", "Video", "Photos"], "nav"), search("Search", "Go")],
    crumb_block=[crumb(["Home", "Business"], "", " / ")],
    title="Wuxi factories bet on robot 'colleagues' as orders pick up",
    info='<div class="info"><p class="byline">By Zhang Yue and Chris Whitfield</p><p>Updated: 2025-03-14 16:20 | <a href="#">jiangsunow.cn</a></p></div>',
    body=[
        ("p", "WUXI — On a production line in Wuxi's Xishan district, six-axis robotic arms lift engine housings onto a conveyor while two technicians watch tablets showing real-time output."),
        ("p", "\"Three years ago this line needed 40 workers per shift. Now it needs 11,\" said Gu Weiming, deputy general manager of an auto parts maker that supplies carmakers in Europe and Southeast Asia."),
        ("img", "Robotic arms at work", "Robotic arms assemble parts at a factory in Wuxi. [Photo by Wang Ming / For Jiangsu Now]"),
        ("p", "Local officials say more than 1,300 industrial robots were installed in Wuxi last year, helped by city subsidies of up to 15 percent of equipment costs for small and mid-sized firms."),
        ("h", "Skills gap"),
        ("p", "Managers said the bigger challenge is not buying machines but finding people who can maintain them. Several vocational colleges in the city have added courses in robot programming this spring."),
    ],
    tail=[share("Share:", ["WeChat", "Facebook", "X", "LinkedIn"])],
    side=[ul("Most Popular", ["Suzhou gardens open at night for spring season", "Nanjing metro line 11 enters trial run", "Yangzhou rice noodles go global"])],
    foot=[lines(["About Us | Contact Us | Terms of Use", "Copyright 2025 Jiangsu Now. All rights reserved.", "苏ICP备10023456号-2"])],
    gold=dict(authors=["Zhang Yue", "Chris Whitfield"], publish_time="2025-03-14 16:20"),
))

# wo-18 English page of a Guangxi outlet — wire copy, source only, editor not author
PAGES.append(dict(
    id="wo-18", kind="media", lang="en", layout="table", side_pos="left",
    css="body{font:13px Arial}.top{background:#003b6f;color:#fff;height:70px}.title{font-size:22px;color:#003b6f}.info{font-size:11px;color:#888}",
    head=[line("Guangxi News English", "top"), nav(["HOME", "GUANGXI", "ASEAN", "BUSINESS", "CULTURE", "TRAVEL", "PHOTOS"], "nav", "div")],
    side=[ul("Latest", ["Guilin welcomes first international flight of spring", "Beibu Gulf port throughput up 8%", "Zhuang ethnic festival draws visitors"])],
    crumb_block=[crumb(["Home", "ASEAN"], "You are here: ", " > ")],
    title="China-ASEAN fruit trade gets faster lane at Pingxiang border",
    info='<div class="info">Source: Xinhua | Editor: Lu Ming | 2025-03-13 10:05:11</div>',
    body=[
        ("p", "NANNING, March 13 (Xinhua) -- A new smart customs channel for fruit trucks has opened at the Youyi Pass port in Pingxiang, south China's Guangxi Zhuang Autonomous Region, cutting clearance time for imported durian and dragon fruit to under 30 minutes."),
        ("p", "The channel uses automated vehicle recognition and electronic seals, allowing trucks from Vietnam to pass inspection without stopping at multiple checkpoints, according to local customs authorities."),
        ("p", "Fruit imports through Pingxiang reached 1.9 million tonnes last year, making it one of China's busiest land ports for tropical fruit from ASEAN countries."),
        ("p", "Traders said faster clearance reduces spoilage. \"Durians are sensitive to delays. Half a day can make a difference in price,\" said a Vietnamese exporter waiting at the port. Enditem"),
    ],
    tail=[line("[Print] [Close]", "tools")],
    foot=[lines(["Copyright © Guangxi News English. All Rights Reserved.", "桂ICP备05002233号"])],
    gold=dict(authors=[], publish_time="2025-03-13 10:05:11"),
))

# wo-19 江苏 无锡 city TV site — glued info bar, two reporters, 摄像 not author
PAGES.append(dict(
    id="wo-19", kind="media", lang="zh", layout="div", side_pos="right",
    css="body{font:15px 'PingFang SC'}.logo{color:#e60012;font-size:26px}.title{font-size:24px}.info span{margin:0}.left{width:800px;float:left}.right{width:320px;float:right}",
    head=[line("无锡观察 · 无锡广播电视集团", "logo"), nav(["首页", "新闻", "直播", "视听", "民生", "教育", "健康"], "nav"), links(["下载APP", "登录"], "u", " ")],
    crumb_block=[crumb(["首页", "新闻", "无锡新闻"], "当前位置：", "-")],
    title="无锡今年将新改建城市口袋公园30个",
    info='<div class="info"><span>2025年03月15日 20:31</span><span>来源：无锡新闻</span><span>记者：钱  立 孙  颖</span><span>摄像：许  杰</span></div>',
    body=[
        ("p", "记者从市园林局获悉，今年我市将新建、改建城市口袋公园30个，重点布局在老旧小区周边、学校医院附近和滨水空间，让市民“推窗见绿、出门入园”。"),
        ("p", "口袋公园面积一般在400到10000平方米之间。与传统公园相比，口袋公园规模小、分布散，更强调便民和实用。今年的建设项目中，梁溪区将利用拆迁腾退地块打造5个“邻里花园”，滨湖区计划在蠡湖沿线增设休憩驿站。"),
        ("p", "“我们会在方案设计阶段征求周边居民意见，比如增加儿童游乐设施、适老座椅，还是设置健身步道，由居民说了算。”市园林局公园管理处负责人说。"),
        ("p", "截至去年底，无锡已建成口袋公园210个，城市公园绿地服务半径覆盖率达到91.5%。"),
        ("p", "市园林局表示，今年还将对已建成的口袋公园开展“回头看”，对设施老化、绿化缺损的进行提升改造，并探索引入社区志愿者参与日常管护。"),
    ],
    tail=[line("编辑：王诗雨", "ed"), share("分享至", ["微信", "朋友圈", "微博"])],
    side=[ul("24小时热榜", ["地铁4号线二期最新进展", "无锡马拉松报名开启", "太湖新城新增学校"]), qr("扫码下载无锡观察APP")],
    foot=[lines(["无锡广播电视集团（台）版权所有", "信息网络传播视听节目许可证：1002XXX　苏ICP备05067890号"])],
    gold=dict(authors=["钱立", "孙颖"], publish_time="2025年03月15日 20:31"),
))

# wo-20 山东 provincial portal republishing 晚报 copy — 原标题, own-line byline "记者 王晓敏 济南报道"
PAGES.append(dict(
    id="wo-20", kind="media", lang="zh", layout="grid", side_pos="right",
    css="body{margin:0;font:16px/1.9 sans-serif}.nav{background:#1f4e9c;color:#fff}.grid{display:grid;grid-template-columns:1fr 320px;max-width:1200px;margin:auto}.title{font-size:30px}.ytitle{color:#666}",
    head=[links(["齐鲁新闻网", "山东", "济南", "青岛", "财经", "体育", "娱乐"], "nav", " "), search("请输入关键字", "搜索")],
    crumb_block=[crumb(["齐鲁新闻网", "济南", "正文"], "", " > ")],
    title="济南泉水节期间 趵突泉景区将延时开放",
    info='<div class="info">2025-03-11 08:17:26　来源：齐鲁晚报　' + '<a href="#">0条评论</a></div>',
    body=[
        ("x", "原标题：泉城迎来“泉水季” 趵突泉延长开放至晚九点", "yt"),
        ("x", "记者 王晓敏 济南报道", "byl"),
        ("p", "受冬季降水偏多影响，济南地下水位持续走高，趵突泉三股水喷涌有力。10日，记者从济南市园林和林业绿化局获悉，2025年泉水节期间，趵突泉、黑虎泉等景区将延时开放至21时，并推出夜游项目。"),
        ("p", "据介绍，截至3月10日，趵突泉地下水位达到29.35米，较去年同期上涨0.6米，远高于27.6米的红色警戒线。“今年泉水形势非常好，预计旺盛喷涌期会持续到夏天。”市水务局相关负责人表示。"),
        ("p", "泉水节期间，景区还将举办泉水诗词大会、非遗市集等活动。市民游客可通过“爱济南”客户端预约参观。"),
        ("p", "市园林和林业绿化局提醒，泉水节期间景区客流量较大，建议游客错峰出行，尽量选择公共交通前往。景区周边将增设临时停车场2处，并开通泉城公园至趵突泉的免费接驳车。"),
        ("p", "“今年的泉水太旺了，早上五点就有人来打泉水泡茶。”在黑虎泉边，市民李先生一边灌水一边说。"),
    ],
    tail=[line("（责编：张  萌）", "ed")],
    side=[ul("热点排行", ["济南今年计划建设保障性住房2万套", "青岛国际啤酒节发布新标识", "山东高速服务区新增充电桩"])],
    foot=[lines(["齐鲁新闻网版权所有", "鲁ICP备09012345号　互联网新闻信息服务许可证：37120170003"])],
    gold=dict(authors=["王晓敏"], publish_time="2025-03-11 08:17:26"),
))

# wo-21 广西 南宁 city news portal — 2011 table, 作者：记者 … 实习生 …
PAGES.append(dict(
    id="wo-21", kind="media", lang="zh", layout="table", side_pos="right", indent="u3000",
    css="body{font:12px 宋体;background:#e9eef3}.logo{background:#1a7f3c;color:#fff;height:75px}.title{font:bold 20px 黑体;text-align:center}.info{text-align:center;color:#666;border-bottom:1px dotted #aaa}",
    head=[line("南宁新闻在线", "logo"), nav(["首页", "南宁", "广西", "国内", "国际", "民生", "房产", "教育", "图片"], "nav", "div"),
          line("今天是2025年3月12日", "d")],
    crumb_block=[crumb(["首页", "南宁新闻", "民生"], "当前位置：", " >> ")],
    title="南宁市区新增12条“潮汐车道”缓解早晚高峰拥堵",
    info='<div class="info">2025-03-12 09:15　来源：南宁晚报　作者：记者 苏敏 实习生 唐  可　点击数：3120</div>',
    body=[
        ("p", "记者11日从南宁市交警支队获悉，经过前期交通流量监测和模拟测试，市区民族大道、友爱路、大学东路等路段将新增12条可变导向车道和“潮汐车道”，计划于3月下旬起陆续启用。"),
        ("p", "所谓“潮汐车道”，是指根据早晚高峰不同方向车流量变化，通过车道信号灯调整车道行驶方向。以友爱路为例，早高峰进城方向车流量约为出城方向的2.3倍，设置潮汐车道后，进城方向可增加一条车道。"),
        ("p", "交警部门提醒，驾驶人通过潮汐车道时，应注意观察车道上方的信号灯：绿色箭头表示可以通行，红色叉号表示禁止驶入。违规驶入的，将按照不按规定车道行驶处以罚款并记分。"),
        ("p", "“我们还会根据启用后的运行数据，动态优化信号配时。”交警支队相关负责人说。"),
        ("p", "据了解，去年以来，南宁交警已在市区42个路口实施信号灯智能配时，高峰时段主干道平均车速提高了约12%。"),
    ],
    tail=[line("[打印本页] [关闭窗口]", "tools"), ul("相关新闻", ["南宁地铁5号线延长线开工", "五象新区新增公交线路3条"])],
    side=[ul("图片新闻", ["南湖公园樱花盛开"]), ul("热点排行", ["南宁公积金新政解读", "2025南宁中考政策发布"])],
    foot=[lines(["南宁新闻在线 版权所有　未经授权不得转载", "桂ICP备05003344号　桂公网安备45010302000222号"])],
    gold=dict(authors=["苏敏", "唐可"], publish_time="2025-03-12 09:15"),
))

# wo-22 内蒙古 daily site — 网讯（记者 …）, photo captions with 摄 credit
PAGES.append(dict(
    id="wo-22", kind="media", lang="zh", layout="div",
    css="body{font:16px/1.8 'Microsoft YaHei'}.top{background:#0070c0;color:#fff}.title{font-size:28px;text-align:center}.info{text-align:center;color:#999}.caption{text-align:center;font-size:14px;color:#555}",
    head=[links(["正北方网", "首页", "内蒙古", "盟市", "经济", "文化", "视频", "图片"], "top", "  "), links(["蒙古文", "English"], "lang", " | ")],
    crumb_block=[crumb(["首页", "内蒙古新闻"], "", "＞")],
    title="锡林郭勒草原迎来接羔保育高峰",
    info='<div class="info">2025-03-09 11:03:48　来源：正北方网　' + fontsize("【字号：", "】") + "</div>",
    body=[
        ("p", "正北方网讯（记者 孟  和）眼下，锡林郭勒盟各旗县进入春季接羔保育高峰期。在阿巴嘎旗别力古台镇牧民朝格图家的暖棚里，刚出生的小羊羔挤在母羊身边，不时发出稚嫩的叫声。"),
        ("img", "牧民照料新生羊羔", "3月8日，牧民在暖棚里照料新生羊羔。 记者 乌日娜 摄"),
        ("p", "“今年准备了300多只基础母羊，已经接了120多只羔子。暖棚里装了监控和加热器，夜里用手机就能看。”朝格图说。"),
        ("p", "为保障接羔保育顺利进行，锡林郭勒盟农牧局组织畜牧兽医技术人员深入嘎查，开展防疫注射、饲草料储备检查和技术指导。全盟今年预计接羔800万只以上，目前已储备饲草料40亿斤，每个苏木都设立了应急饲草料储备库。"),
        ("p", "当地气象部门提醒，3月中下旬仍可能出现大风降温和沙尘天气，牧民要提前做好棚圈加固和幼畜保暖工作。"),
        ("p", "在阿巴嘎旗，当地还推广了“暖棚＋监控＋保险”的接羔模式，为牧民提供每只羔羊10元的保险补贴，降低了春季灾害带来的损失。"),
    ],
    tail=[line("责任编辑：娜仁高娃", "ed")],
    after=[ul("相关阅读", ["呼伦贝尔开展春季牲畜防疫", "乌兰察布马铃薯种薯进入销售旺季"])],
    foot=[lines(["内蒙古日报社主办　正北方网版权所有", "蒙ICP备05000012号　互联网新闻信息服务许可证：15120170001"])],
    gold=dict(authors=["孟和"], publish_time="2025-03-09 11:03:48"),
))

# wo-23 江苏 沭阳县融媒体中心 share page — two-line headline, 记者｜ form
PAGES.append(dict(
    id="wo-23", kind="media", lang="zh", layout="grid",
    css="body{margin:0;max-width:640px;font:17px/1.9 sans-serif}.appbar{display:flex;background:#f33;color:#fff}.title{font-size:24px;line-height:1.4}.meta{font-size:13px;color:#999}.open{position:fixed;bottom:0}",
    head=[links(["沭阳发布", "打开APP"], "appbar", " ")],
    title=["花木之乡“云”上卖货", "沭阳电商直播基地一季度成交额破亿"],
    info='<div class="meta"><p>记者｜张  雨　通讯员｜周  海</p><p>2025-03-16 10:12　沭阳县融媒体中心</p></div>',
    body=[
        ("p", "清晨7点，沭阳县新河镇电商直播基地已经热闹起来。主播们举着盆栽月季、多肉和绿萝，对着手机镜头介绍养护要点，订单提示音此起彼伏。"),
        ("p", "“春天是花木销售旺季，我们一天能发出2000多单。”主播小陈一边打包一边说，她所在的团队去年直播销售额突破800万元。"),
        ("h", "从“卖苗木”到“卖服务”"),
        ("p", "基地负责人介绍，今年一季度，入驻基地的132家商户直播成交额达1.06亿元，同比增长27%。除了卖花卖苗，不少商户开始提供庭院设计、花艺课程等服务，客单价明显提高。"),
        ("p", "沭阳县商务局有关负责人表示，全县将继续完善冷链包装、快递分拨等配套设施，并联合高校开设电商直播培训班，今年计划培训新农人3000人次。"),
        ("p", "为了让花木“活着”到达买家手中，基地还与物流企业合作推出了专用包装箱和“花木专线”，江浙沪地区最快次日送达，运输破损率下降到2%以下。"),
    ],
    tail=[line("编辑：刘  畅　审核：马晓东　监制：陈  刚", "ed"), line("打开APP阅读更多精彩内容", "open"), ul("推荐", ["沭阳高铁站春运客流创新高", "沭阳举办第十届花木节"])],
    foot=[lines(["©沭阳县融媒体中心"])],
    gold=dict(authors=["张雨", "周海"], publish_time="2025-03-16 10:12"),
))

# wo-24 山东 莒县 广播电视台 site — short item, closing byline in parentheses
PAGES.append(dict(
    id="wo-24", kind="media", lang="zh", layout="table", side_pos="left", indent="nbsp",
    css="body{font:14px SimSun}.hd{background:#ff8c00;height:60px}.title{text-align:center;font-size:19px}.i{text-align:center}",
    head=[line("莒县广播电视台 · 莒州融媒", "hd"), nav(["首页", "莒县新闻", "视频点播", "广播在线", "专题", "联系我们"], "nav", "div")],
    side=[ul("栏目导航", ["莒县新闻", "乡镇快讯", "部门动态", "民生热线"])],
    crumb_block=[crumb(["首页", "莒县新闻"], "当前位置：", " > ")],
    title="莒县启动春季动物集中免疫工作",
    info='<div class="i">作者：　　来源：莒县广播电视台　　时间：2025-3-9　　阅读：156次</div>',
    body=[
        ("p", "3月8日，莒县2025年春季重大动物疫病集中免疫工作全面启动。县畜牧兽医事业发展中心组织各乡镇畜牧兽医站技术人员和村级防疫员，深入养殖场户开展免疫注射。"),
        ("p", "在店子集街道一家生猪养殖场，防疫员们穿戴好防护服，逐栏为生猪注射口蹄疫疫苗，并同步佩戴耳标、填写免疫档案。"),
        ("p", "据了解，此次春防以口蹄疫、高致病性禽流感、小反刍兽疫等为重点，实行“应免尽免、不留空当”，计划免疫猪、牛、羊、家禽共计2100余万头（只），集中免疫工作将持续到3月底。县畜牧部门还将对免疫效果开展抽样监测，确保群体免疫密度常年保持在90%以上。（记者 李  娜 厉  强）"),
        ("p", "为确保免疫质量，县畜牧兽医事业发展中心将全县划分为21个防疫片区，每个片区落实1名技术骨干包片指导，对规模养殖场实行“一场一档”管理，对散养户采取集中免疫和入户补免相结合的方式，做到不漏村、不漏户、不漏畜。"),
    ],
    tail=[line("上一篇：莒县召开春季农业生产工作会议　下一篇：浮来山景区推出春季研学线路", "pn")],
    foot=[lines(["莒县广播电视台版权所有　鲁ICP备12007890号"])],
    gold=dict(authors=["李娜", "厉强"], publish_time="2025-3-9"),
))
