"""12 news pages (yy-13 .. yy-24)."""
from lib import *
from pages_gov import add, P


def foot_news(name, lic, icp):
    return (f"<div class=foot><p><a>关于我们</a> | <a>广告服务</a> | <a>联系我们</a> | <a>网站声明</a></p><p>{name} 版权所有 未经授权禁止转载</p>"
            f"<p>互联网新闻信息服务许可证：{lic}　<a>{icp}</a>　违法和不良信息举报电话：12377</p></div>")


# yy-13 English: Writer: NAME | Editor: NAME
add("yy-13", "news: English (Writer | Editor byline)",
    "Hangzhou opens free overnight parking at 120 public lots for Asian Games anniversary", ["Zhou Minhui"], "2025-09-22 14:08",
    ["Hangzhou will open 120 public parking lots free of charge between 8 pm and 7 am from September 23 to October 8, the city's urban management bureau said on Monday.",
     "The move marks the second anniversary of the 19th Asian Games and is expected to ease parking pressure around venues such as the Olympic Sports Center and the Huanglong Sports Center, which continue to host concerts and matches.",
     "\"Many residents told us they avoid the city center at night because they cannot find a place to park,\" said Xu Jie, deputy director of the bureau's parking division. \"We hope this trial will show whether longer free hours can help local businesses.\"",
     "Drivers can check the list of participating lots and real-time vacancy on the Hangzhou Parking mini program. Lots near hospitals and railway stations are not included.",
     "The bureau said it would evaluate traffic data after the holiday before deciding whether to extend the policy."],
    lambda B: f"""<div class=top><div class=w><a>中文</a> | <a>Sign in</a> | <a>Subscribe</a></div></div>
<div class=ban><div class=w>Hangzhou News <input placeholder="Search"></div></div>{nav(["Home","City","Business","Culture","Travel","Photos","Video"])}
<div class=w><div class=crumb>Home &gt; City</div><h1>Hangzhou opens free overnight parking at 120 public lots for Asian Games anniversary</h1>
<div class=info>Writer: Zhou Minhui | Editor: Grace Lin | From: Hangzhou News | Updated: 2025-09-22 14:08</div>
{{IMG}}<div class=art>{B}</div><div class=share>Share: <span>Weibo</span><span>WeChat</span><span>Facebook</span><span>X</span></div>
{li(["West Lake boat fares unchanged for National Day","Metro Line 19 extends hours during holiday","New bike lanes open along Qiantang River"], "Related stories", "w")}</div>
<div class=foot>Copyright © Hangzhou News. All rights reserved. 浙ICP备09003142号</div>""".replace("{IMG}", '<p class=cap><img alt="A parking lot near the Olympic Sports Center" width=600 height=10></p><p class=cap>A parking lot near the Olympic Sports Center in Hangzhou. [Photo/Hangzhou News]</p>'),
    lang="en")

# yy-14 English with pull quote in the middle
PQ = "“A ferry that runs on time is the best advertisement for a small island.”"
add("yy-14", "news: English (pull quote)",
    "Zhoushan islanders welcome electric ferries on century-old route", ["Fang Aiguo", "Chen Meiling"], "Jun 3, 2025 10:47",
    [("x", "<p class=nt>By Fang Aiguo and Chen Meiling in Zhoushan, Zhejiang</p>"),
     "For almost a hundred years, boats have carried fishermen, schoolchildren and vegetables between Shenjiamen and Taohua Island. Since last week, the crossing has been almost silent.",
     "Two battery-powered ferries built by a shipyard in Daishan county entered service on the route on May 26, replacing diesel vessels that were more than 20 years old. Each carries up to 180 passengers and can be fully charged in 40 minutes at a shore station.",
     "Wang Xiaobo, 54, who has sold dried fish at the Taohua pier for three decades, said the new boats were cleaner and faster. \"A ferry that runs on time is the best advertisement for a small island,\" he said.",
     ("x", f"<blockquote class=pq>{esc(PQ)}</blockquote>"),
     "Local officials say the ferries will cut carbon emissions by about 1,300 metric tons a year. Zhoushan plans to electrify 30 percent of its inter-island passenger fleet by 2027.",
     "Tourism operators hope the quieter ride will appeal to visitors. Taohua Island received 1.1 million tourists last year, most of them from Shanghai and Jiangsu."],
    lambda B: f"""<div class=sticky><div class=w>CHINA COAST DAILY　<a>World</a> <a>China</a> <a>Business</a> <a>Opinion</a> <a>Lifestyle</a>　<input placeholder="Search stories"></div></div>
<div class=w><div class=crumb>China / Society</div><h1>Zhoushan islanders welcome electric ferries on century-old route</h1>
<div class=info>By Fang Aiguo and Chen Meiling | chinacoastdaily.com.cn | Updated: Jun 3, 2025 10:47</div>
<div class=art>{B}</div><p>Contact the writers at fangaiguo@ccdaily.com.cn</p>
{li(["Ningbo port handles record container volume","Island hostels book out ahead of summer"], "Most viewed", "w")}</div>
<div class=foot>Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Coast Daily.</div>""",
    lang="en")

# yy-15 直播回顾 with times
add("yy-15", "news: 直播回顾 (times)",
    "直播回顾｜2025合肥马拉松鸣枪开跑 3.2万名跑者激情开跑", ["孙若涵", "邵  华".replace(" ", "")], "2025-10-26 12:30:41",
    ["10月26日，2025合肥马拉松在合肥市政务区天鹅湖畔鸣枪起跑。本次赛事设马拉松、半程马拉松和健康跑三个项目，共有来自21个国家和地区的3.2万名跑者参赛。本网记者全程直播，以下为直播回顾。",
     "07:10 天鹅湖畔已是一片红色海洋，跑者陆续进入检录区。今年赛事新增了“母婴补给站”和“盲人陪跑区”。",
     "07:30 发令枪响，全程马拉松选手率先出发，市民沿途为跑者加油呐喊。",
     "08:45 赛道途经环巢湖大道，湖光山色尽收眼底，不少跑者停下来拍照留念。",
     "09:38 男子全程马拉松冠军冲线，成绩2小时11分06秒，由肯尼亚选手获得。",
     "10:12 女子组冠军诞生，中国选手何秋燕以2小时28分43秒夺冠，刷新个人最好成绩。",
     "12:00 关门时间到，赛事圆满结束，全程无重大医疗事件发生。"],
    lambda B: f"""<div class=top><div class=w>中安在线 | 安徽重点新闻网站　<a>客户端</a> <a>登录</a></div></div>
<div class=ban><div class=w>中安新闻 <input placeholder="搜索新闻"></div></div>{nav(["首页","安徽","合肥","直播","视频","图片","体育"])}
<div class=w><div class=crumb>首页 &gt; 体育 &gt; 正文</div><h1>直播回顾｜2025合肥马拉松鸣枪开跑 3.2万名跑者激情开跑</h1>
<div class=info>2025-10-26 12:30:41　来源：中安在线　记者：孙若涵　邵&nbsp;&nbsp;华　<span>评论(36)</span></div>
<div class=art>{B}</div><p>编辑：吴桐</p>
{li(["合马赛道沿线交通管制今日解除","冠军专访：跑进2小时30分是我的目标","组图：合马赛道上的“最美风景”"], "相关阅读", "w")}</div>
{foot_news("中安在线", "34120170001", "皖ICP备12003248号")}""")

# yy-16 新闻发布会 with 发布人 and 记者问
add("yy-16", "news: 新闻发布会 (发布人, 记者问)",
    "南昌市举行2025年城市更新行动新闻发布会", ["万思远"], "2025年3月18日 16:22",
    ["3月18日上午，南昌市人民政府新闻办公室举行新闻发布会，介绍2025年城市更新行动有关情况。",
     "发布人：南昌市住房和城乡建设局党组书记、局长　刘志刚",
     "刘志刚介绍，今年全市计划改造城镇老旧小区236个、涉及居民4.1万户，新开工城中村改造项目12个，新建改造城市燃气、供水、排水管网800公里。其中，八一大道沿线街区更新、滕王阁历史文化片区保护提升被列为重点项目。",
     ("b", "江西日报记者：老旧小区改造中，居民最关心的加装电梯和停车问题如何解决？"),
     "刘志刚：我们将加装电梯纳入改造“菜单”，对符合条件的项目给予每台最高20万元补贴；同时利用边角地、闲置地新建停车泊位1.2万个，推广错时共享停车。",
     ("b", "南昌日报记者：城市更新资金从哪里来？"),
     "刘志刚：资金主要通过争取中央预算内投资和超长期特别国债、发行地方政府专项债券、引入社会资本等多渠道筹措，今年预计完成投资超过150亿元。",
     "发布会上，南昌市自然资源和规划局、市城管执法局有关负责人还回答了记者提问。"],
    lambda B: f"""<div class=top><div class=w>大江网 · 江西新闻门户　<a>登录</a> <a>注册</a></div></div>{nav(["首页","江西","南昌","发布","财经","文旅"])}
<div class=w><div class=crumb>当前位置：首页 &gt; 南昌 &gt; 发布</div>
<h1>南昌市举行2025年城市更新行动新闻发布会</h1><div class=info>2025年3月18日 16:22　来源：大江网　作者：万思远</div>
<div class=art>{B}</div><p>（责任编辑：胡娟）</p>
{li(["南昌今年将改造老旧小区236个","八一大道沿线街区更新方案公示"], "延伸阅读", "w")}</div>
{foot_news("大江网", "36120170002", "赣ICP备05003151号")}""")

# yy-17 headline with exclamation mark, local city news
add("yy-17", "news: city news (exclamation headline)",
    "刚刚！苏州轨道交通S1线全线贯通", ["金晓晨"], "2025-06-03 09:12",
    ["6月3日上午9时，随着最后一段轨道在昆山花桥站完成铺设，苏州轨道交通S1线实现全线贯通。这条线路西起苏州工业园区唯亭站，东至昆山花桥站，与上海地铁11号线衔接，全长41.3公里，共设车站28座。",
     "S1线是长三角地区第一条跨省市轨道交通线路之一，开通后，苏州市民可从唯亭“一路地铁”到达上海市区。项目指挥部介绍，目前全线已进入系统联调阶段，预计年内开通初期运营。",
     "据介绍，S1线施工期间克服了软土地基、下穿京沪高铁等多项技术难题，全线采用全自动运行系统，最高运行时速100公里。车站设计融入江南水乡元素，其中阳澄湖站以湖蟹、芦苇为主题，花桥站与上海地铁11号线实现同站台换乘。",
     "“以后从昆山到上海上班，不用再倒公交了。”在花桥工作的市民谢文斌说。",
     "（苏州日报记者 金晓晨）"],
    lambda B: f"""<div class=top><div class=w>名城苏州网　<a>App下载</a></div></div><div class=ban><div class=w>名城新闻 <input placeholder="请输入关键词"></div></div>
{nav(["首页","苏州","区县","民生","交通","图片"])}<div class=w><div class=crumb>首页 | 交通 | 正文</div>
<h1>刚刚！苏州轨道交通S1线全线贯通</h1><div class=info>来源：苏州日报 2025-06-03 09:12 编辑：胡晨</div>
<div class=art>{B}</div><div class=share>分享到：<span>微信</span><span>朋友圈</span><span>微博</span></div>
{li(["S1线沿线站点TOD开发启动","苏州地铁8号线客流突破新高"], "热门排行", "w")}</div>
{foot_news("名城苏州网", "32120170010", "苏ICP备05009382号")}""")

# yy-18 reprint whose 来源 names two outlets joined by 、
add("yy-18", "news: reprint (来源 two outlets with 、)",
    "安徽今年将新建改造农村公路5000公里", ["何  源".replace(" ", "")], "2025-02-26 08:05:12",
    [("x", "<p>原标题：新建改造5000公里 今年我省农村公路提质扩面</p>"),
     "记者2月25日从省交通运输厅获悉，今年我省将新建改造农村公路5000公里，实施农村公路危桥改造300座，新增通双车道的较大人口规模自然村（组）500个。",
     "据介绍，截至2024年底，全省农村公路总里程达21.3万公里，所有乡镇和建制村通硬化路、通客车。今年将重点推进农村公路与产业园区、旅游景区、物流节点等连接，建设“四好农村路”示范带。",
     "在资金保障方面，省级财政今年将安排农村公路建设补助资金28亿元，对皖北、大别山区等地区给予倾斜支持。各地还将结合和美乡村建设，同步完善农村公路沿线的安全防护、停车港湾和候车亭等设施。",
     "同时，我省将深化农村公路管理养护体制改革，全面推行“路长制”，并探索利用集体经济收入和社会资本参与养护。"],
    lambda B: f"""<div class=top><div class=w>安徽网　<a>登录</a> <a>注册</a></div></div>{nav(["首页","时政","社会","财经","县域"])}
<div class=w><div class=crumb>首页 &gt; 时政 &gt; 正文</div><h1>安徽今年将新建改造农村公路5000公里</h1>
<div class=info>2025-02-26 08:05:12　来源：安徽日报、中安新闻客户端　作者：何&nbsp;&nbsp;源　<span>评论0</span>　<span>阅读 1.2万</span></div>
<div class=art>{B}</div><p>责任编辑：杨超</p>
{li(["2025年全省交通运输工作会议召开","合肥至新桥机场S1线全线开工","我省高速公路服务区充电桩全覆盖","皖南国际文化旅游示范区交通规划发布","沿江高铁安徽段建设加速"], "相关新闻", "w")}</div>
{foot_news("安徽网", "34120170003", "皖ICP备08100051号")}""")

# yy-19 图集 page with 1/6 … 6/6 counters; 文/图 after last photo
add("yy-19", "news: 图集 (1/6 … 6/6, 文/图 after last photo)",
    "组图：婺源篁岭晒秋迎来最美时节", ["程  亮".replace(" ", "")], "2025年10月15日",
    ["金秋时节，江西婺源县篁岭古村迎来一年中最美的“晒秋”时节。村民们将辣椒、稻谷、皇菊等农作物晾晒在屋顶的竹匾中，与粉墙黛瓦交相辉映，构成一幅绚丽的农家丰收图。",
     "为方便游客观赏，景区今年新增了三处观景平台，并在古村入口设置了晒秋民俗展示馆，介绍晒秋的由来和农作物晾晒技艺。摄影爱好者们从凌晨就守候在山头，等待日出时分光影洒满屋顶的那一刻。",
     "篁岭晒秋习俗已延续数百年。由于村落建在山坡上，缺少平地，村民们便在房前屋后搭起木架，用竹匾晾晒农作物，久而久之形成了独特的“晒秋”农俗景观。近年来，当地将晒秋与乡村旅游相结合，国庆假期以来日均接待游客超过1.5万人次。",
     ("x", '<p class=cap>1/6</p><p class=cap><img alt="篁岭晒秋1" width=600 height=10></p><p class=cap>村民在屋顶晾晒辣椒。</p>'),
     ("x", '<p class=cap>2/6</p><p class=cap><img alt="篁岭晒秋2" width=600 height=10></p><p class=cap>游客在观景台拍摄晒秋景观。</p>'),
     ("x", '<p class=cap>3/6</p><p class=cap><img alt="篁岭晒秋3" width=600 height=10></p><p class=cap>竹匾中的皇菊。</p>'),
     ("x", '<p class=cap>4/6</p><p class=cap><img alt="篁岭晒秋4" width=600 height=10></p><p class=cap>村民挑着谷物走过石板路。</p>'),
     ("x", '<p class=cap>5/6</p><p class=cap><img alt="篁岭晒秋5" width=600 height=10></p><p class=cap>夕阳下的篁岭古村。</p>'),
     ("x", '<p class=cap>6/6</p><p class=cap><img alt="篁岭晒秋6" width=600 height=10></p><p class=cap>晒秋大妈在屋顶劳作。</p>'),
     ("x", '<p class=r>文/图 程&nbsp;&nbsp;亮</p>')],
    lambda B: f"""<div class=top><div class=w>江西网络广播电视台　<a>今视频</a></div></div>{nav(["首页","新闻","图片","视频","文旅"])}
<div class=w><div class=crumb>图片频道 &gt; 江西</div><h1>组图：婺源篁岭晒秋迎来最美时节</h1><div class=info>2025年10月15日 来源：今视网</div>
<div class=art>{B}</div><p><a>上一组</a>　<a>下一组</a></p><p>责编：罗颖</p>
{li(["三清山云海奇观","鄱阳湖候鸟陆续抵达"], "更多图集", "w")}</div>{foot_news("今视网", "36120170011", "赣ICP备05008732号")}""")

# yy-20 新华社 通稿 reprinted on a portal (byline inside first paragraph)
add("yy-20", "news: 新华社 通稿 on portal",
    "长三角生态绿色一体化发展示范区五周年：跨域协同交出新答卷", ["何欣荣", "吴振东"], "2024-10-30 19:45:02",
    ["新华社上海10月30日电（记者何欣荣、吴振东）从上海青浦、江苏吴江、浙江嘉善三地交界处的“一体化示范区”出发，乘坐一辆跨省公交，半小时内就能穿过两省一市。五年来，这样的“跨域”日常在示范区已习以为常。",
     "示范区执委会介绍，五年来示范区累计推出制度创新成果154项，其中近一半已在长三角乃至全国复制推广。在生态环境领域，三地建立统一的环境标准、统一的监测体系和统一的执法规则，太浦河等重点跨界水体水质稳定达到Ⅲ类。",
     "在民生服务方面，示范区内医保卡实现“一卡通”，跨省异地就医直接结算超过百万人次；三地共建的“示范区职业教育联盟”每年为企业输送技能人才3000多名。",
     "“示范区的意义不在于建一个新城，而在于探索不破行政隶属、打破行政边界的一体化制度路径。”复旦大学长三角研究院研究员表示。"],
    lambda B: f"""<div class=top><div class=w>网易首页　<a>应用</a>　<a>登录</a>　<a>注册免费邮箱</a></div></div>
<div class=ban><div class=w>网易新闻 <input placeholder="搜索"></div></div>{nav(["首页","国内","国际","数读","军事","航空"])}
<div class=w><div class=main><h1>长三角生态绿色一体化发展示范区五周年：跨域协同交出新答卷</h1>
<div class=info>2024-10-30 19:45:02　来源: <a>新华社</a>　　<span>举报</span></div>
<div class=art>{B}</div><p>本文来源：新华社　责任编辑：王凤枝_NQ3866</p><p>跟贴 128 参与 2051</p></div>
{li(["上海青浦：“水乡客厅”建设提速","嘉善：跨省公交日均客流破万","吴江：元荡生态岸线全线贯通","长三角一体化示范区执委会发布新政策","沪苏嘉城际铁路建设最新进展"], "热点新闻")}</div>
<div class=foot>©1997-2025 网易公司版权所有　About NetEase | 公司简介 | 联系方法 | 招聘信息</div>""")

# yy-21 人民日报 article reprinted on a government site
add("yy-21", "news: 人民日报 reprint on gov site",
    "浙江安吉：一片叶子富了一方百姓", ["方敏", "窦  瀚洋".replace(" ", "")], "2025-04-12 08:30",
    ["春分过后，浙江安吉县溪龙乡的白茶园里，采茶工们手指翻飞，将一芽一叶的嫩芽采入竹篓。“今年头采茶每斤能卖到1600元，比去年还高一些。”黄杜村茶农钟玉英笑着说。",
     "安吉白茶种植面积已达20万亩，2024年产值超过34亿元，带动全县农民人均增收8600元。近年来，安吉推动茶产业与文旅深度融合，开发茶园民宿、茶文化研学等新业态，白茶小镇年接待游客超百万人次。",
     "“一片叶子富了一方百姓”的故事还在延续。2018年以来，黄杜村党员累计向湖南、四川、贵州等地捐赠白茶苗2240万株，种植面积超过5000亩，帮助当地群众增收。",
     "安吉县委有关负责人表示，将继续擦亮“安吉白茶”金名片，加快建设数字茶园，推动茶产业全链条升级。",
     "（本报记者 方敏 窦瀚洋）"],
    lambda B: f"""{topbar_new()}<div class=ban><div class=w>安吉县人民政府 <input placeholder="请输入关键字"></div></div>
{nav(["首页","新闻中心","信息公开","政务服务","互动交流","走进安吉"])}
{crumb("当前位置：", ["首页","新闻中心","媒体看安吉"], " > ")}
<div class=w><h1>浙江安吉：一片叶子富了一方百姓</h1>
<div class=info>来源：人民日报　发布时间：2025-04-12 08:30　浏览次数：2417　【大 中 小】</div>
<div class=art>{B}</div><p>《人民日报》（2025年04月12日 第10版）</p><div>【打印本页】【关闭窗口】</div></div>
{foot_gov("安吉县人民政府办公室", "3305230001", "浙ICP备05033741号", "浙公网安备 33052302000178号")}""")

# yy-22 provincial media with 原标题 and 作者 under title; minority name with middle dot
add("yy-22", "news: provincial media (原标题, minority name)",
    "上海援疆医生在喀什开出首例“5G远程手术”", ["阿依努尔·艾合买提", "包晓蕾"], "2025-05-09 21:17",
    ["5月8日，在新疆喀什地区第二人民医院的手术室里，一台腹腔镜胆囊切除手术正在进行。与以往不同的是，主刀医生是远在4000多公里外上海瑞金医院的普外科主任医师。",
     "这是上海援疆医疗队在喀什开展的首例“5G远程手术”。术中，手术图像和操作指令通过5G专网实时传输，时延控制在20毫秒以内。手术历时约1个小时，患者术后情况良好。",
     "患者是一名62岁的维吾尔族老人，此前因胆结石反复腹痛。“以前这样的手术要去乌鲁木齐做，来回一趟花钱又花时间。”老人的儿子说。援疆医生表示，远程手术对网络稳定性要求很高，当地5G专网建成后，才让这种跨越4000多公里的“隔空操作”成为可能。",
     "“远程手术让当地患者在家门口就能享受到上海专家的服务。”上海援疆医疗队领队介绍，目前喀什二院已与上海6家三甲医院建立远程会诊通道，今年以来开展远程会诊600余例。"],
    lambda B: f"""<div class=top><div class=w>东方网 · 上海　<a>App</a> <a>登录</a></div></div>{nav(["首页","上海","国内","国际","财经","健康"])}
<div class=w><div class=crumb>东方网 &gt; 上海 &gt; 正文</div><h1>上海援疆医生在喀什开出首例“5G远程手术”</h1>
<p style="text-align:center">作者：阿依努尔·艾合买提　包晓蕾</p>
<div class=info>来源：新民晚报　2025-05-09 21:17　<span>选稿：周可</span></div>
<p>原标题：4000公里外主刀！上海专家远程为喀什患者手术</p>
<div class=art>{B}</div>{li(["上海第十一批援疆干部人才抵达喀什","莎车县医院新建胸痛中心通过认证"], "相关新闻", "w")}</div>
<div class=foot>东方网版权所有　沪ICP证：沪B2-20070142　违法和不良信息举报</div>""")

# yy-23 city news with 编后 note whose end carries the only byline
add("yy-23", "news: city media (byline at end of 编后)",
    "九旬老人捐出毕生积蓄设立助学金", ["钟  毅".replace(" ", "")], "2025-09-10 07:50",
    ["9月9日，92岁的退休教师胡德馨在家人陪同下来到景德镇市浮梁县教育局，捐出毕生积蓄50万元，设立“德馨助学金”，用于资助县内家庭困难的高中学生。",
     "胡德馨1955年从江西师范学院毕业后回到家乡任教，在浮梁县的乡村中学教了37年书。退休后，她一直过着简朴的生活，衣服补了又补，每月的退休金大部分存了下来。",
     "“我这辈子最骄傲的事，就是看着学生一个个走出大山。”胡德馨说，“钱不多，希望能帮孩子们安心读书。”",
     "据了解，“德馨助学金”每年将资助20名学生，每人每年2000元，直至资金使用完毕。",
     ("b", "编后"),
     "五十万元，对一位退休教师来说，是几十年省吃俭用攒下的全部。胡老师把一生献给了山里的孩子，又把最后的积蓄留给了他们。这份师者的赤诚，值得每个人致敬。（钟  毅）"],
    lambda B: f"""<div class=top><div class=w>瓷都晚报网　<a>数字报</a> <a>客户端</a></div></div>{nav(["首页","本地","民生","教育","文化"])}
<div class=w><div class=crumb>当前位置：首页 » 民生</div><h1>九旬老人捐出毕生积蓄设立助学金</h1>
<div class=info>时间：2025-09-10 07:50　来源：瓷都晚报　点击：<span>3390</span></div>
<div class=art>{B}</div><p>责任编辑：余欣</p><p>上一篇：<a>昌江区开展学生假期安全教育</a>　下一篇：<a>景德镇新增3所公办幼儿园</a></p></div>
{foot_news("瓷都晚报网", "36120170021", "赣ICP备10001125号")}""")

# yy-24 city TV portal with 记者： in info bar and 通讯员
add("yy-24", "news: city TV portal (记者/通讯员 in info bar)",
    "宁波舟山港一季度集装箱吞吐量同比增长9.1%", ["林  涛".replace(" ", ""), "俞思琪"], "2025/04/08",
    ["记者从宁波舟山港集团获悉，今年一季度，宁波舟山港完成集装箱吞吐量1013万标准箱，同比增长9.1%，继续保持全球第三位。",
     "一季度，宁波舟山港新增航线11条，其中“一带一路”航线4条，航线总数达到303条。梅山港区二期工程新泊位投入试运行，自动化码头作业效率进一步提升。",
     "从货类看，一季度宁波舟山港新能源汽车、锂电池、光伏产品等“新三样”出口集装箱量同比增长超过30%。与此同时，海铁联运业务量达39.6万标准箱，同比增长12.5%，义乌、金华、上饶等内陆“无水港”的辐射范围不断扩大。",
     "业内人士分析，航线加密和港口效率提升，是宁波舟山港吞吐量逆势增长的重要原因。",
     "港口集团相关负责人表示，将加快推进智慧港口建设，积极拓展海铁联运业务，力争全年集装箱吞吐量突破4000万标准箱。"],
    lambda B: f"""<div class=top><div class=w>甬派 · 宁波广电　<a>登录</a></div></div><div class=ban><div class=w>NBTV 宁波广电网</div></div>{nav(["首页","新闻","看宁波","直播","专题"])}
<div class=w><h1>宁波舟山港一季度集装箱吞吐量同比增长9.1%</h1>
<div class=info>2025/04/08　记者：林&nbsp;&nbsp;涛　通讯员：俞思琪　编辑：方悦　审核：王海</div>
<div class=art>{B}</div>{li(["梅山港区二期新泊位试运行","宁波海铁联运箱量创新高"], "猜你喜欢", "w")}</div>
{foot_news("宁波广电网", "33120170005", "浙ICP备11022118号")}""")
