"""yr-13 … yr-24: central/provincial/city media pages."""
NB = "&nbsp;"
P = []

HOT = [("今年前5个月我国外贸进出口同比增长", ""), ("多地发布高温预警 注意防暑", ""), ("2025年高考今日开考", ""), ("国务院常务会议部署相关工作", ""), ("中国—东盟自贸区3.0版谈判取得新进展", "")]

# 13 English, Xinhua style with dateline, (Xinhua), Editor at end
P.append(dict(
    id="yr-13", kind="news-en", sub="English, Xinhua-style dateline", tpl="en", lang="en", site="XINHUANET English",
    topx="<a href='#'>中文</a> | <a href='#'>Français</a> | <a href='#'>Español</a> | Sign in",
    nav=["Home", "China", "World", "Business", "Sci-Tech", "Culture", "Photos", "Video"],
    crumbs=["Home", "China"],
    title="Xinjiang's cotton harvest enters final stage with 98% mechanization",
    info="Source: Xinhua | 2024-10-28 18:42:15",
    ipos="below",
    authors=[], time="2024-10-28 18:42:15",
    body=[
        "URUMQI, Oct. 28 (Xinhua) -- Cotton picking in northwest China's Xinjiang Uygur Autonomous Region has entered its final stage, with machines now handling about 98 percent of the harvest, local agricultural authorities said Monday.",
        "In Shaya County of Aksu Prefecture, dozens of cotton pickers moved across the fields, each able to harvest about 150 mu (10 hectares) a day, far more than manual labor could manage.",
        "\"A few years ago we had to hire hundreds of pickers from other provinces. Now two machines finish my 800 mu in less than a week,\" said farmer Tursun Ahmat.",
        ("img", "Cotton pickers work in a field in Shaya County", "Cotton pickers work in a field in Shaya County, Xinjiang, Oct. 25, 2024. (Xinhua/Ding Lei)"),
        "Xinjiang produced 5.62 million tonnes of cotton in 2023, accounting for over 90 percent of China's total output. The region has also expanded the use of drones for spraying and satellite navigation for sowing.",
        "Officials said the harvest is expected to be completed by mid-November, and cotton purchasing and processing are proceeding in an orderly manner. (Xinhua)",
    ],
    after="<p>Editor: Zhang Long</p><p>Copyright © 2000 - 2024 XINHUANET.com All rights reserved.</p>",
    rel=[("Xinjiang expands high-standard farmland", ""), ("China's autumn grain harvest nearly complete", "")],
    hot=[("China's foreign trade up in first three quarters", ""), ("Hainan FTP sees surge in new enterprises", "")],
    foot="About Us | Contact Us | Privacy Policy<br>Copyright © 2000-2024 XINHUANET.com. All rights reserved."))

# 14 English, By NAME, NAME and NAME
P.append(dict(
    id="yr-14", kind="news-en", sub="English, By three names", tpl="en", lang="en", site="CHINA DAILY 中国日报",
    topx="Global Edition | China | Asia | Africa | <a href='#'>中文</a> | Subscribe",
    nav=["HOME", "CHINA", "WORLD", "BUSINESS", "LIFESTYLE", "CULTURE", "TRAVEL", "SPORTS", "OPINION", "REGIONAL"],
    crumbs=["China", "Society"],
    title="Hainan duty-free sales top 10 billion yuan in first quarter",
    info="By Ma Zhiping, Chen Bowen and Zhao Ruixue in Haikou | chinadaily.com.cn | Updated: 2025-04-09 15:30",
    ipos="below",
    authors=["Ma Zhiping", "Chen Bowen", "Zhao Ruixue"], time="2025-04-09 15:30",
    body=[
        "Offshore duty-free stores in Hainan province recorded sales of 10.3 billion yuan ($1.41 billion) in the first quarter, up 8.6 percent year-on-year, according to Haikou Customs.",
        "More than 1.6 million shoppers made purchases during the period, with cosmetics, jewelry and electronic products remaining the most popular categories.",
        "The growth came as the province prepares for independent customs operations of the Hainan Free Trade Port, scheduled to begin by the end of 2025. Officials said new policies, including duty-free purchases on arrival, would attract more visitors.",
        "\"We saw many families from northern China who combined a winter holiday with shopping,\" said Lin Xiaohui, a manager at a duty-free mall in Sanya. \"Tourists now spend more time comparing prices online before they buy.\"",
        "Analysts said the province still needed to improve the variety of goods and after-sales services to compete with overseas shopping destinations.",
    ],
    after="<p>Share - <a href='#'>WeChat</a></p>",
    rel=[("Sanya welcomes record number of cruise passengers", ""), ("Hainan FTP draws more foreign investment", "")],
    hot=[("Tibet boosts clean energy capacity", ""), ("Yunnan flowers bloom in export markets", "")],
    foot="Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC)."))

# 15 reprint with 来源 and 原标题
P.append(dict(
    id="yr-15", kind="news", sub="转载（来源、原标题）", tpl="news", site="网易新闻",
    crumbs=["网易首页", "新闻中心", "国内新闻"],
    title="云南咖啡豆卖出“好价钱”，每公斤均价涨超40%",
    info="2025-02-14 08:36:20　来源: 云南日报　<a href='#'>举报</a>",
    ipos="below",
    under="",
    authors=["陈晓波", "岩温香"], time="2025-02-14 08:36:20",
    body=[
        ("x", "<p>（原标题：生豆价格创近年新高 咖农笑开颜）</p>"),
        ("x", "<p>本报记者 陈晓波 岩温香</p>"),
        "春节刚过，普洱市思茅区南岛河村的咖啡初加工厂里一片繁忙，晾晒场上铺满了刚脱壳的咖啡豆。“今年一公斤精品生豆能卖到50元以上，去年只有30多元。”咖农李春梅告诉记者。",
        "据云南省咖啡行业协会统计，2024—2025产季，云南咖啡生豆平均收购价格达每公斤38.6元，同比上涨42.3%，精品率提高到26%。受国际咖啡期货价格上涨和国内消费需求增长双重带动，云南咖啡迎来近十年来最好的行情。",
        "价格上涨的背后，是云南咖啡品质的持续提升。近年来，云南大力推广精品咖啡种植和加工技术，建设咖啡初加工厂200余座，推动咖啡豆从“卖原料”向“卖品质”转变。",
        "业内人士提醒，咖啡价格受国际市场影响较大，咖农和企业要理性扩种，更加注重提升品质和品牌。",
    ],
    after="<p class='ep'>本文来源：云南日报　责任编辑：王晓东_NN6078</p>",
    cmt="跟贴 236 参与 1.8万",
    rel=[("云南咖啡产业综合产值突破千亿元", ""), ("普洱：咖啡庄园游持续升温", ""), ("国际咖啡价格持续走高", ""), ("咖啡“云南造”加速出海", ""), ("瑞丽口岸咖啡出口增长", "")],
    hot=HOT, hotname="24小时排行",
    foot="About NetEase | 公司简介 | 联系方法 | 招聘信息 | 客户服务 | 隐私政策 | 网站地图<br>网易公司版权所有 ©1997-2025"))

# 16 直播 timeline
P.append(dict(
    id="yr-16", kind="news", sub="图文直播（时间线）", tpl="news", site="广西新闻网",
    nav=["首页", "广西", "时政", "东盟", "财经", "视频", "直播", "图片"],
    crumbs=["首页", "直播"],
    title="图文直播丨第21届中国—东盟博览会开幕",
    info="<span>2024-09-24 09:00</span>　<span>记者：黄艳梅　陆玉兰</span>　<span>来源：广西新闻网</span>　<span class='live'>● 直播中</span>",
    ipos="below",
    authors=["黄艳梅", "陆玉兰"], time="2024-09-24 09:00",
    body=[
        "9月24日，第21届中国—东盟博览会、中国—东盟商务与投资峰会在南宁开幕。本届东博会以“共享数字新未来”为主题，展览总面积16万平方米。广西新闻网全程图文直播。",
        "11:20 记者在东盟商品展区看到，来自越南的咖啡、泰国的榴莲干和马来西亚的燕窝摊位前挤满了采购商。",
        "10:45 开幕式结束后，嘉宾们前往南宁国际会展中心巡馆。",
        "10:00 开幕大会正式开始。",
        "09:45 记者在新闻中心看到，来自东盟国家的数十家媒体记者正在紧张工作，通过网络向本国传送开幕式消息。",
        ("img", "开幕式现场", "开幕式现场。记者 覃冰 摄"),
        "09:30 各国嘉宾陆续抵达南宁国际会展中心，现场气氛热烈。",
        "09:00 直播开始。今天上午，南宁天气晴朗，会展中心周边交通有序，安检入口排起长队。",
    ],
    after="<p>【责任编辑：滕　雨】</p>",
    cmt="评论（58）",
    rel=[("东博会首日签约项目金额超千亿元", ""), ("数说东博会20年", ""), ("南宁：东博会期间地铁加密运营", "")],
    hot=HOT,
    foot="广西新闻网版权所有　互联网新闻信息服务许可证：45120170001　桂ICP备05004563号"))

# 17 人物 story, headline is a quote, byline under title
P.append(dict(
    id="yr-17", kind="news", sub="人物（引语标题，署名在题下）", tpl="news", site="中国西藏网",
    nav=["首页", "时政", "经济", "文化", "旅游", "人物", "视频", "藏学"],
    crumbs=["首页", "人物"],
    title="“我想让更多孩子走出大山”",
    under="<p style='color:#666'>文/中国西藏网记者　达瓦卓嘎</p>",
    info="2024-09-10 11:06:34　来源：中国西藏网　<a href='#'>打印</a>　<a href='#'>纠错</a>",
    ipos="below",
    authors=["达瓦卓嘎"], time="2024-09-10 11:06:34",
    body=[
        "清晨7点，那曲市申扎县马跃乡完全小学的操场上，40岁的校长巴桑次仁已经在等待第一批到校的学生。海拔4700米，冬季最低气温零下30摄氏度，他在这里一待就是18年。",
        "2006年，刚从西藏大学毕业的巴桑次仁主动申请回到家乡教书。那时的学校只有3间土坯房，全校不到80名学生。“很多孩子读完三年级就回家放牧了，我心里很难受。”他说。",
        "为了留住学生，巴桑次仁骑着摩托车挨家挨户走访牧民家庭，一个学期要跑几千公里。渐渐地，学校的入学率达到100%，巩固率也保持在99%以上。",
        "如今，马跃乡完小已经建起了新教学楼、暖气宿舍和多媒体教室，在校生达到326名。这些年，学校先后有60多名毕业生考上了内地西藏班。",
        "“我想让更多孩子走出大山，再回来建设家乡。”巴桑次仁说，这是他最大的心愿。",
    ],
    after="<p>责任编辑：格桑</p>",
    cmt="",
    rel=[("全国教书育人楷模事迹展播", ""), ("那曲：高海拔地区教育质量稳步提升", "")],
    hot=HOT,
    foot="版权所有 中国西藏网　京ICP备06039397号"))

# 18 视频 page
P.append(dict(
    id="yr-18", kind="news", sub="视频页（简介文字）", tpl="news", site="天山网",
    nav=["首页", "新疆", "时政", "视频", "专题", "天山时评", "民生"],
    crumbs=["首页", "视频", "新疆视频"],
    title="短视频｜喀什古城的夜市烟火",
    info="<span>2025-05-18 21:05</span>　<span>来源：天山网</span>",
    ipos="below",
    authors=["阿迪拉·艾山", "刘宏"], time="2025-05-18 21:05",
    body=[
        ("x", "<div style='background:#000;color:#fff;height:300px;text-align:center'>视频加载中... <span>00:00 / 02:36</span> <a href='#'>倍速</a> <a href='#'>全屏</a></div>"),
        "夜幕降临，喀什古城东门夜市热闹起来。烤包子、缸子肉、烤鸽子、石榴汁……上百个摊位一字排开，香气四溢。",
        "“每天晚上能卖出400多个烤包子，旅游旺季要忙到凌晨一点。”摊主买买提·阿不拉说。今年五一假期，喀什古城景区共接待游客52.3万人次，同比增长21%。",
        "随着夜间经济的发展，古城里的手工艺品店、民宿和茶馆也迎来了更多客人，不少游客穿上艾德莱斯绸服装拍照打卡，感受古城的独特魅力。",
        ("x", "<p>记者：阿迪拉·艾山　刘宏</p>"),
    ],
    after="<p>编辑：周冰</p><p>相关视频：<a href='#'>航拍帕米尔高原</a> <a href='#'>赛里木湖的春天</a></p>",
    cmt="播放 1.2万　点赞 356",
    rel=[("喀什：古城夜经济火起来", ""), ("新疆五一假期接待游客超千万人次", "")],
    hot=HOT,
    foot="天山网版权所有　新ICP备05000231号　互联网新闻信息服务许可证：65120170001"))

# 19 深度 with 小标题 in 【】
P.append(dict(
    id="yr-19", kind="news", sub="深度（【】小标题）", tpl="news", site="南海网",
    nav=["首页", "海南", "自贸港", "时政", "深度", "视频", "南海", "旅游"],
    crumbs=["南海网", "深度"],
    title="封关倒计时，海南企业准备好了吗？",
    info="南海网　2025-07-21 07:30　记者：林　珊　吴　川　<a href='#'>分享</a>",
    ipos="below",
    authors=["林珊", "吴川"], time="2025-07-21 07:30",
    body=[
        "海南自由贸易港全岛封关运作的时间表已经明确。距离封关不到半年，岛内企业在做哪些准备？面临哪些困难？南海网记者近日走访了海口、洋浦、三亚等地的多家企业。",
        "【加工增值：企业抢抓政策窗口】",
        "在洋浦经济开发区，一家食用油加工企业的生产线正满负荷运转。企业负责人告诉记者，依托“加工增值内销免关税”政策，企业去年免征关税超过2亿元，今年计划再上一条生产线。",
        "截至今年6月，享受加工增值免关税政策的企业已达80余家，货值超过200亿元。",
        "【人才短缺：通关报关人员紧缺】",
        "不少企业反映，封关后报关、通关业务量将大幅增长，但专业人才相对缺乏。海口一家物流公司负责人说，公司计划年内新招报关员30人，但至今只招到一半。",
        "【服务保障：部门联动做好准备】",
        "海口海关相关负责人介绍，海关已在全岛布设“二线口岸”通关设施，开展压力测试，确保封关后货物进出顺畅。省商务厅也将开展系列政策宣讲，帮助企业用好用足政策。",
    ],
    after="<p>（编辑：符　颖　审核：陈小冬）</p>",
    cmt="0条评论",
    rel=[("海南自贸港封关运作倒计时", ""), ("“零关税”清单再扩容", ""), ("洋浦港集装箱吞吐量增长", "")],
    hot=HOT,
    foot="南海网版权所有　琼ICP备06000418号　互联网新闻信息服务许可证：46120170001"))

# 20 新华社 通稿 reprinted on a portal
P.append(dict(
    id="yr-20", kind="news", sub="新华社通稿转载", tpl="news", site="新浪新闻",
    crumbs=["新浪首页", "新闻中心", "国内新闻"],
    title="西藏：今年将新建改建农村公路2000公里",
    info="2025年03月11日 14:22　新华网",
    ipos="below",
    authors=["田金文", "李键"], time="2025年03月11日 14:22",
    body=[
        "新华社拉萨3月11日电（记者 田金文 李键）记者从西藏自治区交通运输厅获悉，今年西藏计划新建改建农村公路2000公里以上，重点推进抵边村、易地搬迁安置点等通硬化路工程。",
        "截至2024年底，西藏公路通车总里程达到12.7万公里，全区所有乡镇和具备条件的建制村实现通硬化路。但部分偏远地区道路等级低、抗灾能力弱等问题仍较突出。",
        "自治区交通运输厅相关负责人介绍，今年将实施农村公路安全生命防护工程3000公里，完成危桥改造120座，进一步提升农村公路通行能力和安全水平。同时，推进“四好农村路”示范创建，新增客运通达的建制村50个。",
    ],
    after="<p>责任编辑：刘光博</p>",
    cmt="我要评论 (12)",
    rel=[("西藏公路通车里程突破12万公里", ""), ("新藏公路改扩建工程加快推进", "")],
    hot=HOT,
    foot="新浪公司 版权所有 Copyright © 1996-2025 SINA Corporation"))

# 21 人民日报 reprinted on a government site, 来源：人民日报 + 记者 names
P.append(dict(
    id="yr-21", kind="news", sub="人民日报转载于政府网", tpl="gov_new", site="新疆维吾尔自治区人民政府网",
    crumbs=["首页", "新闻", "媒体看新疆"],
    title="新疆：光伏治沙绿了沙丘亮了日子",
    info="来源：人民日报　　发布时间：2025-05-06 08:55　　【字体：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>】",
    under="<p style='text-align:center'>本报记者　李亚楠　阿尔达克</p>",
    ipos="below",
    authors=["李亚楠", "阿尔达克"], time="2025-05-06 08:55",
    body=[
        "春日的塔克拉玛干沙漠边缘，一排排光伏板在阳光下熠熠生辉，板下新栽的梭梭、红柳吐出嫩芽。这里是和田地区洛浦县的光伏治沙项目现场。",
        "“板上发电、板下种植、板间养殖，沙地变成了‘宝地’。”项目负责人吴刚介绍，项目装机容量50万千瓦，年发电量约8.5亿千瓦时，同时治理沙化土地1.5万亩。",
        "近年来，新疆在沙漠边缘大力推进光伏治沙，截至2024年底，全区新能源装机容量突破9000万千瓦。当地群众在光伏电站从事清洗、养护等工作，每月收入3000元以上。",
        "在洛浦县布亚乡，村民阿依努尔·买买提去年开始在光伏板下种植肉苁蓉。“一亩地收入有5000多元，在家门口就能挣钱。”她高兴地说。",
        ("x", "<p>《人民日报》（2025年05月06日 第13版）</p>"),
    ],
    rel=[("新疆新能源装机容量突破9000万千瓦", ""), ("和田：防沙治沙取得新成效", "")],
    foot="主办：新疆维吾尔自治区人民政府办公厅　网站标识码：6500000026　新ICP备05000015号　新公网安备 65010202000001号"))

# 22 city media, headline with numbers and %
P.append(dict(
    id="yr-22", kind="news", sub="地市媒体（数字、%标题）", tpl="news", site="玉溪网",
    nav=["首页", "玉溪新闻", "县区", "民生", "专题", "玉溪日报", "视频"],
    crumbs=["首页", "玉溪新闻"],
    title="1至4月玉溪市接待游客1356万人次 增长11.8%",
    info="玉溪网讯 2025-05-27 17:40:03 作者：普丽芬 来源：玉溪日报 编辑：赵杰",
    ipos="below",
    authors=["普丽芬"], time="2025-05-27 17:40:03",
    body=[
        "记者从市文化和旅游局获悉，1至4月，全市累计接待国内外游客1356.2万人次，同比增长11.8%；实现旅游总花费142.7亿元，同比增长13.5%。",
        "今年以来，玉溪市围绕抚仙湖、通海古城、新平哀牢山等重点景区，推出“春游玉溪”系列文旅活动120余场，带动乡村旅游、民宿经济持续升温。五一假期，全市主要景区接待游客同比增长19.6%，其中抚仙湖周边民宿入住率超过90%。",
        "市文化和旅游局相关负责人表示，将继续加快文旅项目建设，丰富夜间消费业态，推动旅游消费提质扩容。",
    ],
    cmt="评论 3",
    rel=[("抚仙湖畔民宿一房难求", ""), ("通海古城入选省级旅游休闲街区", "")],
    hot=HOT,
    foot="玉溪网版权所有　滇ICP备09001758号　未经授权禁止复制或建立镜像"))

# 23 provincial broadcaster, short headline, comments
P.append(dict(
    id="yr-23", kind="news", sub="广电网站（短标题）", tpl="news", site="广西网络广播电视台",
    nav=["首页", "广西新闻", "看广西", "电视直播", "广播", "节目单"],
    crumbs=["首页", "广西新闻"],
    title="广西甘蔗开榨了",
    info="发布时间：2024-11-20 19:32:08　　作者：莫建新　　来源：广西卫视《广西新闻》",
    ipos="below",
    authors=["莫建新"], time="2024-11-20 19:32:08",
    body=[
        "11月20日，来宾市兴宾区的一家糖厂正式开榨，成为全区2024/2025年榨季首批开榨的糖厂之一。",
        "一大早，满载甘蔗的货车就在糖厂门口排起了长队。蔗农韦光荣今年种了60亩甘蔗，预计产量超过400吨。“今年雨水好，甘蔗长势比去年好，每亩能多收一吨多。”他说。",
        "据了解，本榨季全区预计入榨甘蔗5100万吨，产糖量620万吨以上。为保障榨季顺利进行，各地糖厂提前完成设备检修，并推广甘蔗机械化收获，全区机收率有望提高到10%。",
    ],
    after="<p>【编辑：黄　丹】</p>",
    cmt="网友评论 (7)",
    rel=[("广西糖料蔗良种推广面积持续扩大", ""), ("崇左：“甜蜜事业”助农增收", "")],
    hot=HOT,
    foot="广西广播电视台版权所有　信息网络传播视听节目许可证：2004011　桂ICP备10004012号"))

# 24 city portal, headline ending ！, byline 本报讯 style in body start
P.append(dict(
    id="yr-24", kind="news", sub="城市门户（！标题，讯头署名）", tpl="news", site="昆明信息港",
    nav=["首页", "昆明", "云南", "生活", "教育", "房产", "汽车"],
    crumbs=["首页", "昆明新闻"],
    title="滇池边的“候鸟”回来了！",
    info="时间：2024-11-05 10:18　　来源：春城晚报-春城+",
    ipos="below",
    authors=["谭肖颖"], time="2024-11-05 10:18",
    body=[
        "春城晚报-春城+讯（记者 谭肖颖）11月4日，第一批红嘴鸥如约飞抵昆明，在海埂大坝、翠湖公园等地上空盘旋。这已是红嘴鸥连续第40年来昆明越冬。",
        "据昆明市林草局监测，今年首批抵昆的红嘴鸥约有500只，预计11月中下旬将迎来大批红嘴鸥。往年，来昆越冬的红嘴鸥数量保持在4万只左右。",
        "市林草局提醒市民和游客，喂食红嘴鸥要使用专用鸥粮，不要投喂面包、薯片等食品，观鸥时要注意文明，不要追逐、惊扰鸟类。",
    ],
    after="<p>责任编辑：杨　萍</p>",
    cmt="0人参与评论",
    rel=[("红嘴鸥专用鸥粮开售", ""), ("滇池湿地生态持续改善", "")],
    hot=HOT,
    foot="昆明信息港版权所有　滇ICP备05002305号"))
