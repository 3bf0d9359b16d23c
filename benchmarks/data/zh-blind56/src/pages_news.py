from lib import E, ul, img, footer_gov

PAGES = []

CSS_EN = ("body{font-family:Georgia,serif;margin:0}.top{background:#003a70;color:#fff;padding:6px 40px;font:13px Arial}.top a{color:#fff;margin-right:12px}"
          ".logo{font:bold 30px Arial;padding:16px 40px;color:#003a70}.nav a{font:14px Arial;margin-right:16px}.wrap{width:960px;margin:0 auto}"
          "h1{font-size:32px}.meta{color:#777;font:13px Arial}.content p{font-size:18px;line-height:1.7}.foot{background:#eee;padding:14px;font:12px Arial;text-align:center}")

# xe-13 English, Chongqing: date line "2025-11-28 17:04:35 | Editor: NAME"
PAGES.append(dict(
    id="xe-13", kind="news: English (Chongqing)", lang="en", skin="custom", css=CSS_EN,
    title="Chongqing Opens Its First Cross-River Cable Car for Commuters in 20 Years",
    tpl='''<div class="top"><a href="#">中文</a><a href="#">Sign in</a><a href="#">Newsletter</a><span style="float:right">Follow us: WeChat | X | YouTube</span></div>
<div class="logo">iChongqing Today <input placeholder="Search iChongqing" style="float:right"></div>
<div class="nav"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Video</a><a href="#">Opinion</a></div>
<div class="wrap"><p class="crumb"><a href="#">Home</a> &gt; <a href="#">News</a> &gt; Local</p>
<h1>{TITLE}</h1>
<p class="meta">2025-11-28 17:04:35 | Editor: Liang Xiaoyu</p>
<p class="meta">By Tang Jiarui</p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
<div class="content">{BODY}</div>
<p class="meta">Source: iChongqing</p>
<h3>Related Stories</h3><ul><li><a href="#">Yangtze River Cableway Draws Record Crowds During National Day Holiday</a></li><li><a href="#">Chongqing Rail Transit Line 18 Begins Trial Operation</a></li><li><a href="#">How a Mountain City Learned to Move: Chongqing's Urban Transport Story</a></li></ul>
<h3>Most Read</h3><ol><li><a href="#">Hotpot Festival Returns to Nanbin Road</a></li><li><a href="#">Wulong Karst Reopens Cliff Walkway</a></li></ol>
</div><div class="foot">Copyright © 2025 iChongqing. All rights reserved. | 渝ICP备2021009314号 | About Us | Contact Us</div>''',
    blocks=[
        "CHONGQING (iChongqing) - A new cable car line linking the Jiangbei and Nan'an districts across the Yangtze River began carrying commuters on Friday, the first cross-river cableway built in the city in two decades.",
        ("img", "A cable car cabin crosses the Yangtze River in Chongqing on Nov. 28, 2025. (Photo/Wu Tong)", "A cable car cabin crosses the Yangtze River on Nov. 28, 2025. (Photo/Wu Tong)"),
        "The 1.6-kilometer line runs from Danzishi station to the Guanyinyan business area. Each of its 40 cabins holds up to ten passengers, and a one-way trip takes about six minutes, compared with more than 30 minutes by bus during rush hour.",
        "\"We designed it first for people who cross the river every day to work,\" said Zhou Yiming, deputy general manager of the operator, Chongqing Ropeway Transit Co. \"Commuters with a transport card pay 5 yuan, while tourists pay 25 yuan for a single ride.\"",
        "The city's older Yangtze River Cableway, opened in 1987, has become one of its best-known tourist attractions, with queues of more than two hours on holidays. City planners hope the new line will ease pressure on bridges while giving visitors a second way to see the skyline.",
        "Operating hours are 7 am to 10 pm, extended to midnight on weekends and public holidays.",
    ],
    authors=["Tang Jiarui"], publish_time="2025-11-28 17:04:35",
))

# xe-14 English, Hubei: byline after the first paragraph
PAGES.append(dict(
    id="xe-14", kind="news: English (Hubei)", lang="en", skin="custom", css=CSS_EN,
    title="Wuhan Optics Valley Start-ups Turn Lab Lasers into Factory Tools",
    tpl='''<div class="top"><a href="#">Global Edition</a><a href="#">China</a><a href="#">ePaper</a><a href="#">Subscribe</a><span style="float:right">Search <input placeholder="Keywords"></span></div>
<div class="logo">CHINA DAILY 中国日报 | Hubei</div>
<div class="nav"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Photos</a><a href="#">Special</a></div>
<div class="wrap"><p class="crumb">Home / Hubei / Business</p>
<h1>{TITLE}</h1>
<p class="meta">Updated: 2025-05-14 10:22 | chinadaily.com.cn</p>
<div class="content">{BODY}</div>
<p class="meta">Editor: Wang Qian</p>
<h3>Related</h3><ul><li><a href="#">Hubei Exports of Optical Fiber Rise 18% in First Quarter</a></li><li><a href="#">Donghu lab unveils chip-scale light source</a></li></ul>
<p>Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p>
</div><div class="foot">About China Daily | Advertise on Site | Contact Us | Job Offer | 京ICP备13028878号-6</div>''',
    blocks=[
        "Engineers at a workshop in Wuhan's Donghu High-tech Development Zone, better known as Optics Valley, are testing a laser cleaner the size of a suitcase that can strip rust from a ship's hull without sand or chemicals.",
        ("x", "By XU ZHAOYANG in Wuhan"),
        "The machine is made by Hanguang Intelligent Equipment, a company founded in 2021 by three graduates of Huazhong University of Science and Technology. Its sales rose to 160 million yuan ($22 million) last year, and about a third of its orders now come from shipyards and railway maintenance depots.",
        "\"Five years ago, a fiber laser of this power had to be imported. Now most of the components can be bought within 50 kilometers of our office,\" said chief executive Luo Hanwen.",
        "Optics Valley is home to more than 16,000 companies in optoelectronics and related fields, according to the zone's administrative committee. Local authorities have set up a 2-billion-yuan fund to help young companies move from prototypes to mass production, and offer shared testing platforms that small firms cannot afford on their own.",
        "Analysts say the next challenge is overseas markets. Hanguang plans to open a service center in Southeast Asia next year, Luo said.",
    ],
    authors=["XU ZHAOYANG"], publish_time="2025-05-14 10:22",
))

# xe-15 四川 provincial news site: headline in two parts split by ——
PAGES.append(dict(
    id="xe-15", kind="news: provincial site (title with ——)", skin="news", site="四川在线",
    nav=["首页", "要闻", "市州", "财经", "文旅", "视频", "评论"], crumb="当前位置：<a href='#'>首页</a> &gt; <a href='#'>市州</a> &gt; 攀枝花",
    title="小芒果“闯”出大市场——攀枝花芒果产业链见闻",
    info="2025-08-19 07:45:12　来源：四川日报　　记者 杨  颖 何  勇　　<a href='#'>参与评论（36）</a>",
    blocks=[
        "8月中旬，攀枝花市仁和区啊喇乡的芒果园里，果农们正抢收最后一批晚熟芒果。分拣车间内，一条智能分选线按照糖度和果径将芒果分成6个等级，装箱后直接发往成都、上海和香港。",
        "“以前靠眼睛挑，一天最多分两吨；现在机器一小时就能分五吨，而且分得更准。”合作社负责人罗成章说，分级销售让优质果的价格提高了三成。",
        "攀枝花是全国纬度最北、海拔最高的芒果主产区，种植面积超过60万亩。近年来，当地在延链补链上下功夫，发展芒果干、芒果酒、芒果冻干粉等精深加工产品，建成冷链仓储库容8.6万吨，芒果产后商品化处理率达到70%。",
        ("img", "工人在仁和区一家芒果分拣中心包装芒果", "工人在仁和区一家芒果分拣中心包装芒果。记者 何勇 摄"),
        "电商直播也为小芒果打开了新销路。今年以来，攀枝花已培育本土芒果主播300余名，线上销售芒果12万吨。当地还推出“芒果+旅游”线路，吸引游客到果园采摘、认养果树。",
        "“全市芒果全产业链产值预计今年将突破100亿元。”攀枝花市农业农村局相关负责人表示。",
    ],
    after="<p class='x'>责任编辑：蔡敏</p><div class='rel'><h4>相关阅读</h4>" + ul([("攀枝花芒果首次空运出口中东",), ("四川晚熟柑橘、芒果抢“鲜”上市",), ("图集｜金沙江畔芒果红",)]) + "</div>",
    side="<h4>热点排行</h4>" + ul([("四川今年第一批省级重点项目名单公布",), ("成都地铁新线开通时间表出炉",), ("九寨沟景区调整门票预约规则",), ("川渝两地公积金互认再扩容",)]),
    footer="四川日报网络传媒发展有限公司版权所有　川ICP备08002413号　互联网新闻信息服务许可证：51120170001　川公网安备 51019002000153号",
    authors=["杨颖", "何勇"], publish_time="2025-08-19 07:45:12",
))

# xe-16 江西 通讯 with 【】小标题; byline 文/… 通讯员
PAGES.append(dict(
    id="xe-16", kind="news: provincial 通讯 (【】 sub-heads)", skin="news", site="中国江西网",
    nav=["首页", "江西", "时政", "民生", "赣商", "文化", "视频"], crumb="<a href='#'>首页</a> &gt; <a href='#'>江西新闻</a> &gt; 正文",
    title="一座“钨都”的绿色转身",
    info="2024年11月26日 08:03　来源：江西日报",
    post_title="<p class='by'>文/江西日报全媒体记者 邹晓华　通讯员 李春梅</p>",
    blocks=[
        "深秋时节，大余县西华山下，昔日裸露的废石堆上已是满眼新绿。这里曾是新中国第一批开采的钨矿之一，百年采矿留下的矿坑和尾砂，一度是压在当地人心头的一块“伤疤”。",
        ("hb", "【从“挖矿”到“修山”】"),
        "2019年起，大余县启动历史遗留矿山生态修复工程，采用“削坡整形+客土覆绿+截排水”综合治理方式，累计修复废弃矿山1.8万亩。修复后的土地上，种植了油茶、杨梅和马尾松。",
        "“小时候一到下雨天，河水都是浑的。”在矿区长大的刘永胜如今是修复工程的护林员，“现在山绿了，河里又见鱼了。”",
        ("hb", "【从“卖原矿”到“卖材料”】"),
        "生态修复的同时，大余县推动钨产业由采选向深加工延伸，引进培育硬质合金、钨粉末等企业42家。2023年，全县钨及有色金属深加工产业营业收入达到213亿元，比2018年翻了一番。",
        ("hb", "【从“矿区”到“景区”】"),
        "依托老矿区的工业遗存，大余县建设了钨矿遗址公园和矿山科普馆，开发研学旅游线路。今年前10个月，遗址公园接待游客23万人次，周边村民开办民宿、农家乐30余家。",
        "从“钨都”到“绿都”，大余人正走出一条资源型地区转型发展的新路。",
    ],
    after="<p class='x'>编辑：钟  琳　审核：彭  辉</p><p>【<a href='#'>打印</a>】【<a href='#'>关闭</a>】</p>",
    side="<h4>图片新闻</h4>" + ul([("赣江新区举办首届航空物流博览会",), ("井冈山红色研学游持续升温",)]) + "<h4>热门评论</h4><p>暂无评论</p>",
    footer="中国江西网 版权所有　赣ICP备05003616号　赣公网安备36010802000145号　违法和不良信息举报电话：0791-86849032",
    authors=["邹晓华", "李春梅"], publish_time="2024年11月26日 08:03",
))

# xe-17 重庆 视频新闻 (video alt, 时长 line; 剪辑 not author)
PAGES.append(dict(
    id="xe-17", kind="news: city media video story", skin="news", site="华龙网",
    nav=["首页", "重庆", "区县", "视频", "直播", "评论"], crumb="当前位置：<a href='#'>首页</a> &gt; <a href='#'>区县</a> &gt; 长寿",
    title="重庆长寿：万亩沙田柚迎丰收 果农“喜上眉梢”",
    info="2025-10-21 16:38:02　来源：华龙网　　<span>阅读 2.3万</span>",
    blocks=[
        ("vid", "视频：长寿沙田柚采摘现场", "视频时长 01:42"),
        ("x", "记者：冉  文 刘  茜　剪辑：邓小川"),
        "华龙网-新重庆客户端10月21日16时讯 金秋十月，重庆长寿区万亩沙田柚进入采摘期。在长寿区龙河镇保合村的柚子园里，金黄的柚子挂满枝头，果农们忙着采摘、装筐、搬运，一派丰收景象。",
        "“今年雨水匀，柚子个头大、水分足，一亩能收2500斤左右。”种植户况明德一边摘柚子一边算账，今年他家40亩柚子预计能卖20多万元。",
        "长寿沙田柚栽培历史已有300多年，是国家地理标志保护产品。全区沙田柚种植面积达到10.5万亩，年产量约12万吨。近年来，长寿区推广“柚园+电商”“柚园+乡村旅游”模式，开发柚子茶、柚子蜜饯等加工产品，带动2万余户果农增收。",
        "据了解，今年长寿沙田柚上市期将持续到12月，产品除销往川渝地区外，还通过冷链物流发往广东、江苏等地。",
    ],
    after="<p class='x'>责任编辑：许  玲</p><div><b>热门推荐</b>" + ul([("重庆今冬首场寒潮明日抵达",), ("视频｜武隆仙女山迎来首场降雪",)]) + "</div><p>已有<span>12</span>人参与评论</p>",
    footer="华龙网版权所有　未经许可不得复制或镜像　渝ICP备09040017号　渝公网安备50010802001098号",
    authors=["冉文", "刘茜"], publish_time="2025-10-21 16:38:02",
))

# xe-18 湖北 记者调查 with 编者按 at top; byline under the 编者按
PAGES.append(dict(
    id="xe-18", kind="news: 记者调查 with 编者按", skin="news", site="湖北日报网",
    nav=["首页", "湖北", "调查", "评论", "民生", "经济"], crumb="首页 &gt; 调查",
    title="乡村公交，如何跑得更稳？",
    info="湖北日报　2025年3月27日",
    info_above=True,
    blocks=[
        ("q", "编者按：村村通客车是乡村振兴的“毛细血管”。近年来，我省建制村通客车率保持100%，但在部分山区，客流少、成本高、补贴不到位等问题，让一些乡村公交线路“开得通、留不住”。本报记者近日深入鄂西山区调查，探寻乡村公交持续运营之策。"),
        ("x", "湖北日报全媒记者 龚  萍　通讯员 郑  文"),
        "清晨6点半，恩施州建始县花坪镇的乡村客车准时从镇上发车。驾驶员谭德胜开这条线路已经8年，“现在每天跑两趟，平时一趟只有五六个人，赶场天能坐满。”",
        "谭德胜算了一笔账：一趟往返油费加车辆折旧约180元，票价每人5元，平日里基本是亏本运营，全靠政府补贴和赶场天的收入维持。",
        "记者走访发现，山区乡村客运普遍面临“三难”：线路长、客源散，运营难盈利；车辆老化，更新难；驾驶员年龄偏大，招人难。",
        "一些地方正在探索破解之道。宜昌市远安县推行“客货邮”融合，乡村客车顺路捎带快递和农产品，每车每月增收约1500元。十堰市竹山县则推出“预约公交”，村民提前一天电话预约，客车按需发车，空驶率下降了四成。",
        "“乡村客运不能简单算经济账。”省交通运输厅相关负责人表示，下一步将完善农村客运补贴机制，推广“客货邮”融合发展模式，确保乡村公交“开得通、留得住、可持续”。",
    ],
    after="<p class='x'>编辑：刘伟</p><div>" + ul([("“客货邮”融合让山区快递进村更快", "2025-03-20"), ("我省新增一批城乡交通运输一体化示范县", "2025-02-14")]) + "</div>",
    footer="湖北日报传媒集团版权所有　鄂ICP备05016587号　鄂公网安备42010602000199号",
    authors=["龚萍", "郑文"], publish_time="2025年3月27日",
))

# xe-19 安徽 地方日报 story; last line （作者：NAME，单位）
PAGES.append(dict(
    id="xe-19", kind="news: 地方日报 (author+unit last line)", skin="news", site="铜陵新闻网",
    nav=["首页", "铜陵要闻", "县区", "社会", "专题", "铜陵日报"], crumb="首页 &gt; 县区新闻",
    title="义安区：“小网格”撬动基层治理“大变化”",
    info="来源：铜陵日报　发布时间：2025-09-05　浏览：1406",
    blocks=[
        "“网格员小周，我家楼道灯坏了好几天了。”9月初，义安区五松镇南湖社区居民在微信群里留言后不到两个小时，网格员周蕾就带着电工上门修好了。",
        "这样的场景在义安区已成常态。今年以来，义安区将全区划分为412个基础网格，每个网格配备1名专职网格员和若干名兼职网格员，推动党员干部、在职党员下沉网格，把群众诉求解决在“家门口”。",
        "为提升网格治理效能，该区开发了“义网通”智慧平台，网格员通过手机即可上报事件、跟踪办理进度。今年1至8月，平台共受理各类事项1.3万件，办结率达到98.6%，群众满意率持续提升。",
        "在钟鸣镇，网格员还承担起政策宣传员、矛盾调解员的角色。今年以来，全镇网格员共排查化解邻里纠纷、土地纠纷等矛盾236起，实现“小事不出网格、大事不出村”。",
        ("x", "（作者：章慧，义安区委社会工作部）"),
    ],
    after="<p class='x'>编辑：汪晓伟</p><div>上一篇：<a href='#'>铜陵开通至合肥南站城际公交</a>　下一篇：<a href='#'>枞阳县秋粮收获进度过半</a></div>",
    footer="铜陵日报社版权所有　皖ICP备05009157号",
    authors=["章慧"], publish_time="2025-09-05",
))

# xe-20 新华社 通稿 reprinted on a portal (原标题, 来源 新华社, 责任编辑 with id, comments)
PAGES.append(dict(
    id="xe-20", kind="news: 新华社 通稿 on portal", skin="news", site="新浪新闻",
    bar="<a href='#'>新浪首页</a><a href='#'>新闻</a><a href='#'>体育</a><a href='#'>财经</a><a href='#'>娱乐</a><a href='#'>科技</a><a href='#'>登录</a><a href='#'>注册</a>",
    nav=["首页", "国内", "国际", "社会", "军事", "评论", "图片"], crumb="<a href='#'>新闻中心</a> &gt; <a href='#'>国内新闻</a> &gt; 正文",
    title="长江中游城市群今年新开跨省公交线路27条",
    info="2025年06月03日 19:46　新华社　　<a href='#'>评论（218）</a>",
    blocks=[
        ("x", "原标题：长江中游城市群今年新开跨省公交线路27条"),
        "新华社武汉6月3日电（记者 喻旭 谭小敏）记者3日从湖北省交通运输厅获悉，今年以来，湖北、湖南、江西三省毗邻地区新开通跨省公交线路27条，长江中游城市群跨省公交线路总数达到96条，日均服务旅客约3.5万人次。",
        "据介绍，三省交通运输部门建立了跨省公交开行协调机制，简化线路审批流程，推动票价、站点、班次等信息互联互通。在湖北通城与湖南平江、湖北黄梅与江西九江等毗邻地区，跨省公交实行“一卡通行”，乘客可使用交通联合卡或扫码乘车。",
        "“以前去九江要到客运站坐班车，现在家门口就能上公交，票价只要8块钱。”家住黄梅县小池镇的居民陈美华说。",
        "三省交通运输部门表示，下一步将继续加密毗邻地区公交线路，推进城际公交化运营，为长江中游城市群一体化发展提供交通支撑。",
    ],
    after="<p class='x'>责任编辑：张玉_NN5031</p><div class='rel'><b>相关新闻</b>" + ul([("湖北今年将新改建农村公路1万公里",), ("湘赣边区域合作示范区交通项目集中开工",), ("长江中游三省协同推进旅游一体化",)]) + "</div><div><b>热门评论</b><p>湖北网友：希望咸宁到岳阳也通公交 <span>赞 56</span></p></div>",
    side="<h4>新闻排行</h4>" + ul([("多地发布高温预警",), ("今年高考报名人数公布",), ("国产大飞机新航线开通",)]),
    footer="新浪公司 版权所有　Copyright © 1996-2025 SINA Corporation　京ICP证000007",
    authors=["喻旭", "谭小敏"], publish_time="2025年06月03日 19:46",
))

# xe-21 人民日报 article reprinted on a provincial government site (来源：人民日报, 本报记者)
PAGES.append(dict(
    id="xe-21", kind="news: 人民日报 on a government site", skin="gov2020", site="安徽省人民政府",
    nav=["首页", "要闻动态", "信息公开", "政务服务", "互动交流", "走进安徽"], crumbs=["首页", "要闻动态", "媒体看安徽"],
    title="安徽：新能源汽车产业集群加速成势",
    info="来源：人民日报　　发布时间：2025-12-03 08:15　　<a href='#'>字体：大 中 小</a>",
    blocks=[
        ("x", "本报记者　韩晓晨　李俊杰"),
        "走进合肥经济技术开发区一家新能源汽车工厂的总装车间，机械臂上下翻飞，平均每分钟就有一辆整车下线。“今年以来工厂满负荷运转，订单已经排到明年一季度。”工厂负责人说。",
        "近年来，安徽把新能源汽车作为首位产业来抓，构建起涵盖整车、动力电池、电机电控、智能网联等环节的完整产业链。2024年，全省新能源汽车产量达到168万辆，同比增长超过50%。",
        "产业集群成势，离不开创新链的支撑。安徽依托中国科学技术大学、合肥工业大学等高校院所，建设新能源汽车和智能网联汽车领域省级以上创新平台90余个，一批固态电池、车规级芯片等关键技术取得突破。",
        "在芜湖，一家汽车零部件企业的智能工厂里，工人们正在调试新一代电驱系统。“本地配套率提高了，我们的产品运到整车厂只要半个小时。”企业相关负责人介绍。",
        ("x", "《 人民日报 》（ 2025年12月03日　第 10 版）"),
    ],
    after="<div>相关链接" + ul([("安徽新能源汽车产量突破百万辆",), ("合肥：“链”上发力 “新”动能澎湃",)]) + "</div>",
    footer=footer_gov("安徽省人民政府办公厅", "安徽省人民政府", "3400000001", "皖ICP备05001567号", "皖公网安备 34010402700602号"),
    authors=["韩晓晨", "李俊杰"], publish_time="2025-12-03 08:15",
))

# xe-22 成都 city media (2025.06.03 style date; 摄影报道)
PAGES.append(dict(
    id="xe-22", kind="news: city media (Chengdu)", skin="news", site="红星新闻",
    nav=["推荐", "成都", "四川", "财经", "文娱", "体育", "视频"], crumb="",
    title="成都地铁30号线二期开通在即 沿线多个站点将实现与公交“零距离”换乘",
    info="红星新闻　2025.06.03　<span>四川</span>",
    post_title="<p>红星新闻记者 曾  洁 实习记者 罗一鸣 摄影报道</p>",
    blocks=[
        "6月3日，红星新闻记者从成都轨道集团获悉，成都地铁30号线二期工程已完成全部设备系统调试和试运行，正在开展开通前的各项准备工作，预计将于本月底开通初期运营。",
        "30号线二期全长约27.4公里，设站18座，连接双流区、武侯区和锦江区。开通后，市民从双流西航港前往锦江区三圣乡一带，可比现在节省约25分钟。",
        ("img", "30号线二期某车站站厅", "30号线二期某车站站厅"),
        "记者在多个站点看到，站厅装修已全部完成，导向标识也已安装到位。为方便市民换乘，成都公交集团将同步调整优化沿线21条公交线路，在9个地铁站出入口50米范围内设置公交站台。",
        "成都轨道集团相关负责人表示，具体开通时间将在完成相关程序后向社会公布。",
        "据统计，今年1至5月，成都地铁日均客运量达到640万乘次，同比增长约9%。30号线二期开通后，成都地铁运营里程将超过700公里。",
    ],
    after="<p class='x'>编辑 张  莉　责编 官  莉</p><p>评论 <span>46</span>　点赞 <span>302</span></p><div><b>相关阅读</b>" + ul([("成都地铁今年还将开通2条新线",), ("双流机场至天府机场快线最新进展",)]) + "</div>",
    side="<h4>24小时热榜</h4>" + ul([("1 成都今夏首个高温橙色预警",), ("2 宽窄巷子周边交通管制",), ("3 成都大运公园开放夜间场",)]),
    footer="红星新闻 版权所有　川ICP备18033624号-1　成都商报社",
    authors=["曾洁", "罗一鸣"], publish_time="2025.06.03",
))

# xe-23 重庆 city media; author beside a 来源 link that is an URL
PAGES.append(dict(
    id="xe-23", kind="news: city media (来源 URL + 作者)", skin="news", site="上游新闻",
    nav=["首页", "重庆", "时事", "财经", "汽车", "房产", "教育"], crumb="<a href='#'>首页</a> › <a href='#'>重庆</a>",
    title="沙坪坝区磁器口后街改造完工 老街巷引来年轻人“打卡”",
    info="<a href='#'>来源：https://www.cqcb.com/shapingba/2025-03-14/5832011.html</a> 作者：谭旭 2025-03-14 18:20:41",
    blocks=[
        "经过近一年的施工，沙坪坝区磁器口后街街巷更新项目日前完工。3月14日，记者在现场看到，青石板路面重新铺装，沿街老房子的木窗棂、小青瓦得到修缮，街角还新增了不少休闲座椅和文创小店。",
        "磁器口后街位于磁器口古镇东侧，过去基础设施老旧、雨污混流问题突出。此次改造坚持“微更新”思路，保留原有街巷肌理和老建筑，共修缮传统风貌建筑46栋，改造雨污管网2.3公里。",
        "“改造后生意好了很多，周末一天能卖两三百碗豌杂面。”在后街开了20多年面馆的李成贵说。",
        "沙坪坝区相关负责人介绍，后街将引入非遗手作、老字号餐饮等业态，与磁器口古镇联动发展，打造“可漫步、可体验”的山城老街。",
        "据了解，磁器口后街更新是沙坪坝区今年城市更新重点项目之一，区里还将对童家桥、新桥等片区的老旧街巷实施改造，计划年内完成街巷整治8条。",
    ],
    after="<p class='x'>编辑：王  丹</p><div>" + ul([("重庆今年将实施城市更新项目200个",), ("九龙坡黄桷坪老厂房变身艺术街区",)]) + "</div>",
    side="<h4>热读</h4>" + ul([("重庆轨道交通新线路最新进展",), ("渝中区解放碑步行街夜间经济升级",)]),
    footer="重庆商报　上游新闻　版权所有　渝ICP备16002548号",
    authors=["谭旭"], publish_time="2025-03-14 18:20:41",
))

# xe-24 湖北 city news site; bylines under the title; [date]
PAGES.append(dict(
    id="xe-24", kind="news: city news site (荆门)", skin="news", site="荆门新闻网",
    nav=["首页", "荆门新闻", "县市区", "民生", "图片", "荆门日报"], crumb="您现在的位置：首页 &gt; 荆门新闻",
    title="漳河新区首批“共享菜园”开园 120户居民认领“一分田”",
    post_title="<p>荆门日报全媒体记者 石安然　通讯员 周  静</p>",
    info="[2025-04-22]　编辑：胡  斌",
    blocks=[
        "4月21日，漳河新区漳河镇双井村“共享菜园”正式开园。120户城区居民通过线上报名、现场抽签的方式认领了自己的“一分田”，在村民的指导下种上了辣椒、茄子和黄瓜。",
        "“平时在城里上班，周末带孩子来种种菜，既能吃上放心菜，也让孩子知道粮食来之不易。”市民刘佳一边给菜苗浇水一边说。",
        "双井村党支部书记张永华介绍，“共享菜园”利用村里流转的20亩闲置土地建设而成，每块菜地约66平方米，年租金600元。村集体负责提供种苗、农具和灌溉设施，认领户可以自己种，也可以委托村民代管。",
        "据了解，菜园预计每年可为村集体增收7万元，并带动10余名村民就近务工。",
        "漳河新区农业农村部门负责人表示，将总结双井村经验，引导更多村集体盘活闲置土地，发展认养农业、研学体验等新业态，促进城乡融合发展。",
    ],
    after="<div>相关新闻" + ul([("掇刀区：春耕备耕正当时",), ("京山桥米春播全面展开",)]) + "</div>",
    footer="荆门日报社主办　鄂ICP备09028573号　互联网新闻信息服务许可证：42120200003",
    authors=["石安然", "周静"], publish_time="2025-04-22",
))
