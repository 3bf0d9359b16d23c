"""Media pages rb-13 … rb-24 (invented)."""
from furniture import E, img, related

PAGES = []


def add(**kw):
    kw.setdefault("kind", "media")
    kw.setdefault("lang", "zh")
    PAGES.append(kw)


def mhead(site, crumb, extra=""):
    return (f'<div class="top"><a href="#">登录</a> <a href="#">注册</a> | <a href="#">客户端</a> | <a href="#">手机版</a>{extra}</div>'
            f'<div class="wrap">{img(site)}<b>{E(site)}</b> <form><input placeholder="搜索新闻"><button>搜索</button></form>'
            f'<div class="nav"><a href="#">首页</a><a href="#">时政</a><a href="#">社会</a><a href="#">财经</a><a href="#">文旅</a><a href="#">视频</a></div>'
            f'<div class="crumb">{crumb}</div></div>')


def mfoot(name, icp, ga, lic):
    return (f'<div class="foot"><p>{E(name)} 版权所有 未经授权禁止转载</p><p>互联网新闻信息服务许可证：{lic}　{icp}　{ga}</p>'
            f'<p>违法和不良信息举报电话：0000-12345678</p></div>')


F_GS = mfoot("陇原日报社", "陇ICP备00000101号", "甘公网安备 62010202000101号", "62120170000")
F_XJ = mfoot("天山晚报", "新ICP备00000202号-1", "新公网安备 65010402000202号", "65120180000")
F_JL = mfoot("北国新闻网", "吉ICP备00000303号", "吉公网安备 22010202000303号", "22120190000")
F_GD = mfoot("南粤都市报", "粤ICP备00000404号", "粤公网安备 44010602000404号", "44120160000")

add(id="rb-13", title="兰州新区：一条生产线如何“跑”出加速度",
    authors=["周　静", "马晓龙"], time="2025-03-19 07:45",
    header=mhead("陇原网", '<a href="#">陇原网</a> &gt; <a href="#">经济</a> &gt; 正文'),
    info='<div class="info">2025-03-19 07:45　来源：陇原日报　记者 周　静 通讯员 马晓龙</div>',
    body=[
        "清晨7点，兰州新区一家新材料企业的智能车间里，机械臂有条不紊地抓取、装配、检测，一块块锂电池隔膜从生产线末端下线。这条年产2亿平方米的生产线，从签约到投产只用了11个月。",
        "“审批手续是园区帮我们代办的，开工前拿到了全部证照。”企业负责人刘振东说，项目建设期间，新区派驻了专门的服务专员，遇到问题当天就能协调解决。",
        ("h", "“拿地即开工”成常态"),
        "据了解，兰州新区去年推行“标准地+承诺制”改革，企业拿地后可以同步办理规划、施工等多项许可。全年有37个项目实现“拿地即开工”，平均开工时间缩短了4个月。",
        ("h", "产业链条越拉越长"),
        "随着龙头企业落地，上下游配套企业也纷至沓来。今年一季度，新区新签约新材料产业项目14个，总投资超过90亿元，初步形成了从原料到终端产品的完整链条。",
        "新区经济发展局负责人表示，将继续围绕重点产业链精准招商，为企业提供全生命周期服务。",
    ],
    tail='<p class="editor">【责任编辑：杨文华】</p>',
    after='<div>分享至 <span class="btn">微信</span><span class="btn">微博</span> ' + img("扫码下载客户端") + '扫码下载陇原日报客户端</div>' + related(["兰州新区一季度工业投资增长两成", "甘肃加快培育新材料产业集群"], "相关新闻"),
    footer=F_GS)

add(id="rb-14", title="乌鲁木齐地铁2号线一期工程全线贯通",
    authors=["艾尔肯·买买提"], time="2025年04月11日 19:02",
    header=mhead("天山网", '首页 &gt; 新闻 &gt; 本地'),
    info='<div class="info">天山晚报　2025年04月11日 19:02　<span>浏览：8621</span></div>',
    body=[
        "本报讯（记者 艾尔肯·买买提）4月11日上午，随着最后一段盾构机破土而出，乌鲁木齐地铁2号线一期工程实现全线贯通，为年内开展轨道铺设和设备安装打下基础。",
        "2号线一期工程全长约19.5公里，设车站16座，串联起老城区、会展片区和高铁枢纽等客流密集区域。施工过程中，建设单位攻克了富水砂卵石地层掘进、邻近既有建筑保护等多项技术难题。",
        "“冬季施工是最大的挑战。”项目总工程师郭海峰介绍，团队采用暖棚养护和电伴热措施，保证了混凝土质量，冬季施工期间没有停工一天。",
        "按照计划，2号线一期工程将于明年底开通初期运营。届时，乌鲁木齐轨道交通运营里程将超过45公里，市民出行将更加便捷。",
    ],
    tail='<p>编辑：古丽娜　二审：王建新　三审：李海涛</p>',
    footer=F_XJ)

add(id="rb-15", title="长春一汽开放日迎来上千名市民",
    authors=["高　原"], time="2025-04-20 16:30:12",
    header=mhead("北国新闻网", '<a href="#">首页</a> | <a href="#">吉林新闻</a> | <a href="#">长春</a>'),
    info_pos="above",
    info='<div class="info">2025-04-20 16:30:12　北国新闻网</div>',
    body=[
        "4月19日，长春一家汽车企业举办第六届工厂开放日活动，来自全市的1000余名市民走进总装车间、试车场和汽车博物馆，近距离感受汽车制造的魅力。",
        ("img", "市民参观", "市民在总装车间参观。高原 摄"),
        "在总装车间，一辆辆新车沿着生产线依次完成内饰、底盘和车门安装。讲解员介绍，车间平均每58秒就有一辆整车下线，自动化率超过80%。",
        "试车场上，不少市民体验了新能源车型的加速和自动泊车功能。市民王丽萍带着上初中的儿子前来参观，她说：“孩子对汽车很感兴趣，这次来算是上了一堂很生动的科普课。”",
        "据悉，该企业今年还将推出“周末工业游”线路，每月面向公众开放两次，预约可通过企业官方小程序进行。",
    ],
    tail='<p>北国新闻网记者 高　原</p><p>责任编辑：孟晓</p>',
    footer=F_JL)

add(id="rb-16", title="广州南沙：“港澳青年之家”一年孵化项目120个",
    authors=["黎嘉欣", "何子豪"], time="2025-05-12",
    header=mhead("南粤都市报", '南粤都市报 › 湾区 › 正文'),
    info='<div class="info"><span>南粤都市报</span> <span>2025-05-12</span> <span>作者：黎嘉欣 何子豪</span></div>',
    body=[
        "走进南沙“港澳青年之家”，开放式工位上坐满了年轻人，有人在调试无人机程序，有人在讨论跨境电商运营方案。这里成立一年来，已累计孵化港澳青年创业项目120个，带动就业600余人。",
        "来自香港的林浩然是其中一员。他的团队研发的智能养老看护设备已在广州多家养老机构试用。“从注册公司到申请补贴，都有专人帮忙，省了不少时间。”他说。",
        "南沙区相关负责人介绍，“港澳青年之家”为入驻项目提供最长三年免租场地，并联合金融机构推出“湾区创业贷”，单个项目最高可获500万元授信。",
        "下一步，南沙将推动与港澳高校共建实习基地，每年提供实习岗位不少于1000个，让更多港澳青年在湾区实现梦想。",
    ],
    after='<div>' + img("二维码") + '扫码关注南粤都市报微信公众号</div>',
    footer=F_GD)

add(id="rb-17", title="嘉峪关关城景区“五一”假期接待游客同比增长三成",
    authors=[], time="2025.05.06 08:12",
    header=mhead("河西新闻网", '首页 &gt; 文旅 &gt; 旅游资讯'),
    info='<div class="info">来源：中国新闻网 | 2025.05.06 08:12</div>',
    body=[
        "“五一”假期，嘉峪关关城景区迎来客流高峰，5天共接待游客11.6万人次，同比增长31.4%；实现门票收入1280万元，同比增长27.8%。",
        "假期期间，景区推出了“古城夜游”“边关将士巡城”等沉浸式演艺活动，并延长开放时间至晚上10点。夜游项目累计接待游客2.3万人次，成为假期新亮点。",
        "为应对客流高峰，景区实行分时预约入园，增派讲解员和安保人员，并在停车场开通免费摆渡车。景区周边酒店入住率超过九成，带动餐饮、文创消费明显增长。",
        "当地文旅部门表示，将以“长城文化”为主线，持续丰富夏季旅游产品，打造西北旅游精品线路。",
    ],
    tail='<p>（责编：孙悦）</p>',
    footer=F_GS)

add(id="rb-18", title="吉林省出台措施支持冰雪经济高质量发展",
    authors=["韩　冰"], time="2025-01-08 10:00",
    header=mhead("吉林日报网", '<span>您的位置：</span>首页 - 政务 - 要闻'),
    info='<div class="info">2025-01-08 10:00　来源：吉林日报　作者：韩　冰　字号：大 中 小</div>',
    body=[
        "日前，吉林省政府办公厅印发《关于推动冰雪经济高质量发展的若干措施》，从冰雪旅游、冰雪运动、冰雪装备、冰雪文化四个方面提出22条具体举措。",
        "措施提出，到2027年，全省冰雪旅游人次力争突破1.2亿，冰雪产业总规模达到3000亿元。支持重点滑雪场扩建雪道、更新索道设施，对新增高品质雪道给予一次性奖补。",
        "在冰雪运动普及方面，措施明确将冰雪运动纳入中小学体育课程，每年组织“百万青少年上冰雪”活动；鼓励企业研发滑雪板、造雪机等装备，培育本土品牌。",
        "省文化和旅游厅相关负责人表示，将用好冰雪资源优势，推动“冷资源”转化为“热经济”，让冰雪成为吉林的金色名片。",
    ],
    after=related(["长白山雪季客流创新高", "吉林冰雪装备产业园开工"], "延伸阅读"),
    footer=F_JL)

add(id="rb-19", lang="en", title="Xinjiang's cotton harvest goes fully mechanized in key counties",
    authors=["Li Wen", "Dilnur Abdukerim"], time="2025-10-15 09:48",
    header='<div class="top">Home | China | World | Business | Sports | Culture</div><div class="wrap"><form><input placeholder="Search"><button>Go</button></form><div class="crumb">Home / China / Regional</div></div>',
    info='<div class="info">By Li Wen and Dilnur Abdukerim in Urumqi | Tianshan Daily English | Updated: 2025-10-15 09:48</div>',
    body=[
        "Cotton pickers rolled across fields in northern Xinjiang this week as the region's autumn harvest entered its peak, with several major producing counties reporting that nearly all of their crop is now gathered by machine.",
        "\"Ten years ago we needed hundreds of seasonal workers. Now one machine does the work of 200 people in a day,\" said Zhang Jianhua, head of a farming cooperative in Shawan, who manages about 3,000 hectares.",
        "Local agriculture officials said drones are being used to spray defoliants before picking, while satellite navigation guides tractors during sowing, cutting fuel and water use.",
        "The region expects cotton output to remain stable this year. Officials added that processing plants have upgraded equipment to handle the larger volumes of machine-picked cotton, which requires additional cleaning.",
    ],
    after='<div>Share: <span class="btn">Facebook</span><span class="btn">X</span> | Copyright 2025 (invented test page)</div>',
    footer='<div class="foot">About Us | Contact Us | Terms of Use</div>')

add(id="rb-20", lang="en", title="Guangdong port city opens new cross-border e-commerce hub",
    authors=[], time="Apr 3, 2025",
    header='<div class="top">NANYUE NEWS ENGLISH　|　中文</div><div class="crumb">News &gt; Business</div>',
    info_pos="above",
    info='<div class="info">Source: Xinhua | Apr 3, 2025</div>',
    body=[
        "A new cross-border e-commerce logistics hub began operating on Wednesday in a port city in Guangdong province, aiming to handle up to 50 million parcels a year bound for Southeast Asia and the Middle East.",
        "The 120,000-square-meter facility integrates customs inspection, warehousing and sorting under one roof, allowing outbound parcels to clear customs within hours, according to the local commerce bureau.",
        "More than 40 e-commerce companies have signed agreements to use the hub, which is linked to the city's container terminal by a dedicated road. Officials said the project will create about 2,000 jobs.",
        "Cross-border e-commerce trade in Guangdong reached hundreds of billions of yuan last year, with small and medium-sized exporters increasingly selling directly to overseas consumers through online platforms.",
    ],
    footer='<div class="foot">Copyright © Nanyue News. All rights reserved.</div>')

add(id="rb-21", title="哈密瓜新品种亮相：更甜更耐储运",
    authors=["努尔兰·哈力木", "陈思雨"], time="2025-07-22 15:36",
    header=mhead("新疆广播电视台", '首页 &gt; 新闻 &gt; 视频新闻', " | <a href=\"#\">直播</a>"),
    info='<div class="info">发布时间：2025-07-22 15:36　来源：新疆新闻联播</div>',
    after_info='<div>' + img("视频封面") + '<span>播放</span> 时长 02:18</div>',
    body=[
        "眼下，哈密市各地的哈密瓜陆续成熟上市。今年，当地农科部门选育的两个新品种首次大面积种植，平均含糖量比传统品种高出2个百分点，常温下可存放20天以上。",
        "在伊州区的一片瓜田里，瓜农正忙着采摘、分拣、装箱。种植户赵红梅说，新品种个头匀称、表皮网纹清晰，收购商上门收购，每公斤比去年多卖了1块多钱。",
        "哈密市农科所研究员介绍，新品种经过六年选育，抗病性强、适合长途运输，已在全市推广种植1.8万亩，预计总产量超过5万吨。",
        "目前，当地已开通哈密瓜冷链专列，鲜瓜48小时内可运抵北京、上海等城市。",
    ],
    tail='<p>记者：努尔兰·哈力木 陈思雨</p><p>编辑：阿不都</p>',
    footer=F_XJ)

add(id="rb-22", title="深夜食堂暖了夜班司机的胃",
    authors=["吴嘉豪"], time="2025年8月9日",
    header=mhead("羊城晚讯网", '首页 &gt;&gt; 社会 &gt;&gt; 城事'),
    info='<div class="info">2025年8月9日　星期六　羊城晚讯</div>',
    lead='<p>羊城晚讯记者 吴嘉豪</p>',
    body=[
        "凌晨两点，广州天河区一条小巷里，“司机之家”深夜食堂依然灯火通明。出租车司机老梁端着一碗热腾腾的牛腩粉坐下，“跑了一晚上，能吃口热饭太舒服了。”",
        "这家食堂由街道、工会和一家餐饮企业合作开办，每天晚上10点营业至次日早上6点，主食价格控制在15元以内，凭网约车、出租车司机证件还能享受八折优惠。",
        "开业三个月，食堂每晚平均接待司机近200人次。除了吃饭，这里还提供免费充电、热水和休息座椅，墙上贴着附近公共厕所和充电桩的分布图。",
        "“我们希望让夜里奔波的人有个歇脚的地方。”街道工作人员说，下一步计划在其他几个司机集中的区域再开设两家。",
    ],
    tail='<p>编辑 许　可</p>',
    footer=F_GD)

add(id="rb-23", title="白银市今年将新增城镇就业2.5万人",
    authors=["马　睿"], time="2025/02/14",
    header=mhead("白银日报网", '当前位置：白银新闻网 &gt; 本地新闻'),
    info_pos="bottom",
    info='<div class="info">作者：马　睿　来源：白银日报　时间：2025/02/14</div>',
    body=[
        "记者从2月13日召开的全市人社工作会议上获悉，今年白银市将新增城镇就业2.5万人，城镇调查失业率控制在5.5%以内，农村劳动力转移就业稳定在28万人以上。",
        "为实现目标，该市将实施就业服务“百日攻坚”行动，组织各类招聘活动不少于150场；开展职业技能培训2万人次，重点培养焊工、电工、养老护理员等紧缺工种。",
        "在社会保障方面，全市将推进企业职工基本养老保险扩面，新增参保人数1.2万人；全面推行社保卡“一卡通”，实现交通出行、文旅场馆等领域刷卡应用。",
        "会议要求，各县区要压实就业工作责任，把稳就业作为民生工作的头等大事抓紧抓好。",
    ],
    footer=F_GS)

add(id="rb-24", title="延边州：朝鲜族民俗文化节吸引八方游客",
    authors=["金美玉", "朴成浩"], time="2025-09-02 21:07",
    header=mhead("延边新闻网", '<a href="#">首页</a> &gt; <a href="#">州内</a>'),
    info='<div class="info">2025-09-02 21:07　来源：延边日报　作者：金美玉 朴成浩</div>',
    body=[
        "9月1日至2日，第十二届朝鲜族民俗文化节在延吉市举办。象帽舞、长鼓舞、农乐舞等传统节目轮番上演，吸引了来自全国各地的游客约8万人次。",
        ("img", "象帽舞表演", "演员表演象帽舞。金美玉 摄"),
        "文化节期间，主办方设置了非遗展示区、民俗美食街和互动体验区。游客可以亲手制作打糕、体验传统服饰拍照，还能观看秋千、跳板等民俗体育比赛。",
        "“打糕是现场用木槌打出来的，特别有嚼劲。”来自上海的游客周女士说，这是她第一次来延边，感受到了浓郁的民族风情。",
        "据统计，文化节两天带动延吉市餐饮、住宿、交通等消费约1.5亿元。当地将继续做好民俗文化与旅游融合文章，打造全年不断档的节庆品牌。",
    ],
    tail='<p>责任编辑：崔英</p>',
    after=related(["延吉网红街区客流创新高", "图们江畔秋色正浓"]),
    footer=F_JL)

# further paragraphs (inserted before each page's last paragraph)
EXTRA = {
    "rb-14": "据介绍，2号线一期工程建设过程中坚持绿色施工，渣土全部密闭运输，施工现场安装了扬尘在线监测设备。沿线还同步实施了管线迁改和交通疏解，尽量减少对市民出行的影响。",
    "rb-15": "活动现场还设置了汽车文化展区和职业体验区。孩子们在工程师的指导下动手组装汽车模型，了解发动机和电池的工作原理，不少家长也跟着一起当起了“小学生”，现场气氛十分热烈。",
    "rb-16": "记者了解到，入驻项目中有近四成集中在人工智能、生物医药和智能制造领域，已有11个项目完成天使轮或A轮融资，融资总额超过3亿元。不少项目负责人表示，湾区市场空间大、产业配套全，是创业的理想之地。",
    "rb-17": "假期期间，嘉峪关市还组织开展了文旅市场专项检查，重点整治不合理低价游、强制购物等问题，并在景区设立游客服务中心和投诉受理点，及时处理游客诉求，全市未发生重大旅游投诉和安全事故。",
    "rb-18": "措施还提出，要加强冰雪人才培养，支持省内高校开设冰雪运动与管理相关专业，对取得国家级滑雪指导员资格的人员给予补贴；推动冰雪旅游与避暑旅游联动，打造四季皆宜的旅游目的地。",
    "rb-21": "为了保证品质，当地推行标准化种植和分级销售，每个瓜贴上溯源二维码，消费者扫码即可查看产地、采摘时间和检测报告。今年，合作社还与多家电商平台签订了订单，线上销售量同比增长四成。",
    "rb-22": "食堂的菜单也根据司机们的口味不断调整。经营方介绍，开业之初推出的菜品以粤式粉面为主，后来根据外地司机的建议，增加了盖浇饭、饺子和热汤，现在每晚供应的菜品有二十多种，基本能满足大家的需求。",
    "rb-23": "记者了解到，去年白银市新增城镇就业2.38万人，完成年度目标任务的108%；全市发放创业担保贷款4.2亿元，扶持创业4100余人，带动就业1.1万人，就业局势保持总体稳定。",
    "rb-24": "今年的文化节首次引入线上直播，通过多个网络平台对开幕式和主要演出进行实时播出，累计观看人次超过500万。组委会还邀请了来自韩国、日本和俄罗斯的艺术团体参加演出，进一步扩大了文化节的影响力。",
}
for _p in PAGES:
    if _p["id"] in EXTRA:
        _p["body"].insert(len(_p["body"]) - 1, EXTRA[_p["id"]])
