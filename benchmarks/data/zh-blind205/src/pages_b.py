"""Media pages sx-13 … sx-24."""
from furniture import *
PAGES = []
def P(**k): k.setdefault("lang", "zh"); k.setdefault("kind", "media"); PAGES.append(k)
def mtop(name, nav=("首页", "时政", "社会", "经济", "文旅", "视频", "评论")):
    return f'<div class="top">{e(name)}　<a href="#">登录</a> <a href="#">注册</a> <a href="#">客户端下载</a></div><div class="nav w">' + "".join(f'<a href="#">{x}</a>' for x in nav) + '</div><form class="w"><input type="text"><button>搜索</button></form>'

P(id="sx-13", tpl="grid", site="申江晚报网", title="地铁延伸线开通首日：通勤族“一站直达”园区",
  authors=["周亦舟", "沈佳怡"], time="2025-03-28 07:55",
  top_html=mtop("申江晚报网"), pre_html=crumbs("首页", "上海", "城事", lead="您的位置："),
  info_html='<div class="info">2025-03-28 07:55　来源：申江晚报　作者：周亦舟 沈佳怡</div>' + share(),
  side_html=related("24小时热文", ["本周末申城气温回升至二十度", "这所中学的校史馆对外开放了"]),
  body=["昨天早上六点，地铁十九号线南延伸段正式载客运营。首班车从新设的科创园站驶出时，车厢里已经坐了七八成乘客，不少人是在园区上班的年轻人。",
        "在一家芯片设计公司工作的程序员汤磊说，过去他每天要先坐地铁到终点站，再换乘二十多分钟的园区班车，“现在出了站走五分钟就到公司，每天能多睡半小时”。",
        "据运营方介绍，南延伸段全长七点四公里，新设车站四座，全部为地下站。开通初期，工作日高峰时段行车间隔为四分三十秒，平峰时段为七分钟。沿线车站均设置了无障碍电梯和母婴室，科创园站还与公交枢纽实现了同层换乘。",
        ("cap", ("列车进站", "首班列车驶入科创园站。")),
        "交通部门表示，接下来将根据客流变化及时调整运营方案，并优化沿线公交线路，做好地铁与公交的“最后一公里”衔接。",
        "不少乘客表示，希望后续能进一步加密早高峰班次，并在科创园站增设非机动车停放点。"],
  post_html='<p class="x">原标题：《地铁延伸线开通首日》</p><p class="x">责任编辑：孙文涛</p>' + related("相关新闻", ["十九号线南延伸段今起试运行", "园区公交线路将同步调整"]),
  foot_html=media_foot("申江晚报网", "沪ICP备09028814号", "沪公网安备31010102003356号", "互联网新闻信息服务许可证：31120170008"))

P(id="sx-14", tpl="div", site="青海新闻网", title="青海湖裸鲤资源量恢复到十二万吨以上",
  authors=[], time="2025-06-06 11:20:45",
  top_html=mtop("青海新闻网"), pre_html=crumbs("青海新闻网", "新闻中心", "青海新闻"),
  info_html='<div class="info">来源：新华社　　2025-06-06 11:20:45</div>', info_pos="above",
  body=["新华社西宁6月6日电　青海省渔业部门日前发布监测结果，青海湖裸鲤资源量已恢复到十二万六千吨，是保护初期的四十多倍。",
        "青海湖裸鲤俗称湟鱼，是青海湖特有的鱼类，也是维系青海湖“水—鱼—鸟”生态链的关键物种。上世纪八十年代以来，由于过度捕捞和生态环境变化，湟鱼资源一度濒临枯竭。青海先后六次实施封湖育鱼，并持续开展人工增殖放流。",
        "每年五月至八月是湟鱼洄游产卵的季节。为保障湟鱼顺利洄游，当地在沙柳河、泉吉河等主要河道修建了阶梯式鱼道，并组织志愿者在河道巡护。今年已有四百余名志愿者报名参与湟鱼洄游护送活动。",
        "监测人员介绍，随着湟鱼数量增加，以鱼为食的鸟类种群也明显增长，青海湖周边观测到的普通鸬鹚、渔鸥数量较十年前均有大幅增加。"],
  post_html='<p class="x">编辑：王琳</p>' + prevnext("西宁今年将新建改造十五座公园", "柴达木盆地开展沙尘暴联合观测"),
  foot_html=media_foot("青海新闻网", "青ICP备05000357号", "青公网安备63010302000102号"))

P(id="sx-15", tpl="flex", site="南国早报网", title="邕江夜游新航线开通 市民可乘船赏十座桥夜景",
  authors=["陆美玲"], time="2025年05月01日 20:35",
  top_html=mtop("南国早报网"), pre_html=crumbs("首页", "南宁"),
  info_html='<div class="info">南国早报网2025年05月01日 20:35</div>', 
  side_html=related("推荐", ["五一假期首日南宁接待游客超百万人次", "青秀山景区延长开放时间"]) + qr("扫码关注南国早报"),
  body=["本报讯（记者 陆美玲）5月1日晚，邕江夜游新航线正式开通。游船从民生码头出发，沿江而下途经十座大桥，全程约七十分钟，市民游客可以一路欣赏两岸的灯光秀和城市天际线。",
        "记者在首航现场看到，游船二层设有观景平台，不少游客举着手机拍摄江景。船上还安排了壮族山歌对唱和邕剧选段表演，“三月三”文化元素贯穿全程。",
        "来自湖南的游客刘女士说：“以前只在网上看过南宁的夜景视频，今天坐船看，桥上的灯光倒映在江面上，比视频里还好看。”",
        "据运营方介绍，新航线每晚开行三个班次，票价为每人八十八元，一点二米以下儿童免票。五一假期期间，所有班次的船票已基本售罄。相关部门还在码头周边增设了临时停车位和公交接驳线路。",
        "运营方提醒，乘船时请听从船员指挥，儿童须由成人陪同，雷雨大风天气航线可能临时停航。"],
  post_html='<p class="x">编辑：何晓蕾　二审：梁志明　三审：黄宏</p>',
  foot_html=media_foot("南国早报网", "桂ICP备13006247号", "桂公网安备45010302001288号"))

P(id="sx-16", tpl="div", site="西藏之声网", title="阿里地区首个光伏储能电站并网发电",
  authors=["拉巴卓玛", "王　岩"], time="2025-11-03",
  top_html=mtop("西藏之声网", nav=("首页", "要闻", "地市", "藏语", "视听")), pre_html=crumbs("首页", "地市新闻"),
  info_html='<div class="info">2025-11-03　西藏之声网　记者：拉巴卓玛　王　岩　通讯员：张鹏飞</div>',
  body=["11月1日，阿里地区首个光伏储能电站在噶尔县完成全容量并网发电。电站装机容量五十兆瓦，配套建设储能系统二十兆瓦、八十兆瓦时，预计年均发电量八千五百万千瓦时。",
        "阿里地区平均海拔四千五百米以上，太阳能资源丰富，但长期以来电网结构薄弱，冬季用电紧张。电站投运后，白天富余的电量可以储存起来，在晚间用电高峰时释放，有效缓解当地冬季供电压力。",
        "项目负责人介绍，高海拔地区施工面临缺氧、低温、大风等困难。建设者们采用模块化安装方式，将大量组装工作放在工厂完成，施工期比原计划缩短了一个多月。",
        "据测算，电站每年可节约标准煤二万六千吨，减少二氧化碳排放约七万吨。当地还将探索“光伏＋牧业”模式，在光伏板下种植牧草，实现发电与生态修复双赢。"],
  post_html='<p class="x">责任编辑：旦增</p>' + share(),
  foot_html=media_foot("西藏之声网", "藏ICP备11000089号", "藏公网安备54010202000118号"))
PAGES[-1]["authors"] = ["拉巴卓玛", "王岩", "张鹏飞"]

P(id="sx-17", tpl="grid", site="东方都市台", title="沪上首个“夜间托育”试点开园 双职工家庭可预约到晚九点",
  authors=["钱思琪"], time="2025-09-01 18:40",
  top_html=mtop("东方都市台", nav=("首页", "直播", "节目", "新闻", "主持人")), pre_html='<div class="video">' + img("视频播放器") + '<p>00:00 / 02:36</p></div>',
  info_html='<div class="info">东方都市台《都市夜新闻》　2025-09-01 18:40</div>',
  side_html=related("节目单", ["18:00 都市夜新闻", "19:30 天气预报"]),
  body=["（视频）", "记者：钱思琪",
        "今天，沪上首个“夜间托育”试点在长宁路社区托育中心开园。与普通托育机构不同，这里的服务时间延长到晚上九点，主要面向下班晚的双职工家庭。",
        "记者在现场看到，托育中心设有餐厅、活动室和睡眠室，晚间由三名保育员和一名保健老师值守。孩子们吃完晚饭后，会有绘本阅读和亲子手工等活动。",
        "家长黄先生说，他和爱人都在医院工作，经常要值晚班，“以前只能请老人帮忙，现在有了夜间托育，心里踏实多了”。",
        "据了解，夜间托育按小时收费，家长需提前一天通过小程序预约。试点期间每晚最多接收二十名两至三岁幼儿。区教育部门表示，将根据试点情况，研究在更多社区推广。",
        "有家长也提出，希望今后能把服务对象扩大到三岁以上的幼儿园孩子，区教育部门表示会认真研究。"],
  post_html='<p class="x">（编辑：俞航）</p>',
  foot_html=media_foot("东方都市台", "沪ICP备08013546号", "沪公网安备31010602000791号", "信息网络传播视听节目许可证：0902004"))
PAGES[-1]["body"][0] = ("x", "（视频）"); PAGES[-1]["body"][1] = ("x", "记者：钱思琪")

P(id="sx-18", tpl="table", site="柴达木日报网", title="格尔木盐湖企业开展“安全生产月”应急演练",
  authors=["陈　立", "才让东智"], time="2025-06-18",
  top_html=mtop("柴达木日报网"), pre_html=crumbs("首页", "本地新闻"),
  info_html='<div class="info">作者：陈　立　才让东智来源：柴达木日报发布时间：2025-06-18</div>',
  body=["6月16日，格尔木市在察尔汗盐湖一家钾肥生产企业开展“安全生产月”危险化学品泄漏事故应急演练，应急管理、消防救援、生态环境、卫生健康等部门和企业应急队伍共二百余人参加。",
        "演练模拟企业储罐区发生盐酸泄漏并造成人员受伤。接到报警后，企业立即启动应急预案，组织人员疏散、设置警戒区域，消防救援人员穿戴防护装备进入现场实施堵漏，医疗救护组对“伤员”进行现场救治和转运，环境监测组对周边大气和水体进行监测。",
        "整个演练持续五十分钟，各环节衔接紧密。演练结束后，专家组进行了现场点评，指出了信息报送不够及时、警戒范围设置偏小等问题，并提出改进建议。",
        "格尔木市应急管理局负责人表示，今年“安全生产月”期间，全市还将组织开展各类演练一百二十余场，进一步提高企业和群众的应急处置能力。"],
  post_html='<p class="x">编辑：马丽　审核：李文博</p>',
  foot_html=media_foot("柴达木日报网", "青ICP备06000514号", "青公网安备63280102000027号"))
PAGES[-1]["authors"] = ["陈立", "才让东智"]

P(id="sx-19", tpl="flex", site="Shanghai Harbour Daily", title="Old riverside warehouses reopen as a public library and book market",
  authors=["Lin Jiayi", "Tom Hardacre"], time="April 12, 2025", lang="en",
  top_html='<div class="top"><a href="#">Home</a> | <a href="#">City</a> | <a href="#">Business</a> | <a href="#">Culture</a> | <a href="#">Subscribe</a></div>',
  pre_html=crumbs("Home", "Culture", lead=""),
  info_html='<div class="info">By Lin Jiayi and Tom Hardacre | Updated: April 12, 2025 | Shanghai Harbour Daily</div>',
  side_html=related("Most read", ["Metro line extension opens to passengers", "Spring tea fair draws record crowds"]),
  body=["Three brick warehouses on the east bank of the Huangpu River, empty for almost two decades, reopened on Friday as a public library, a reading garden and a weekend second-hand book market.",
        "The warehouses were built in the 1920s to store cotton and later served as a shipping company depot. The renovation kept the original steel trusses and timber floors, while adding glass walkways that link the three buildings above the street.",
        ("cap", ("Reading room", "The main reading room on the second floor. Photo: Zhou Wen")),
        "\"We wanted people to feel the history of the place as soon as they walk in,\" said Xu Hanqing, the lead architect. \"The cranes outside the windows used to unload cotton. Now they frame the view of the river.\"",
        "The library holds about 180,000 books, including a collection of old maps and shipping records donated by local families. The book market, which opens every Saturday and Sunday, has stalls for 60 independent sellers.",
        "City officials said the project is part of a plan to open more of the riverside to the public. More than 3,000 visitors came through the doors on the first day."],
  post_html=share("Share: "),
  foot_html='<div class="foot"><p>Copyright 2025 Shanghai Harbour Daily. All rights reserved.</p><p>沪ICP备10031552号</p></div>')

P(id="sx-20", tpl="div", site="Guangxi Today", title="Guangxi border town turns cross-border e-commerce into new jobs",
  authors=[], time="2025-09-22 15:06", lang="en",
  top_html='<div class="top"><a href="#">Guangxi Today</a> <a href="#">News</a> <a href="#">ASEAN</a> <a href="#">Travel</a> <a href="#">中文</a></div>',
  pre_html=crumbs("Home", "News", lead="You are here: "),
  info_html='<div class="info">Source: Xinhua | 2025-09-22 15:06</div>', info_pos="above",
  body=["NANNING, Sept. 22 (Xinhua) -- In a border town in south China's Guangxi Zhuang Autonomous Region, young people who once left home to find work in big coastal cities are coming back to sell goods online to buyers across Southeast Asia.",
        "Dongxing, which faces Vietnam across the Beilun River, now has more than 400 cross-border e-commerce businesses. Their best sellers include dried fruit, household goods and small electrical appliances.",
        "\"My parents grew up trading at the border market. I do the same thing, just with a phone and a live-streaming stand,\" said 27-year-old Huang Minghui, who runs an online shop with five employees.",
        "Local officials said a new logistics center opened last year has cut delivery times to Hanoi to less than 24 hours. The town also offers free training in languages and online marketing.",
        "In the first eight months of this year, cross-border e-commerce trade in the town rose 31 percent year on year, according to local customs data."],
  post_html='<p class="x">Editor: Li Qian</p>',
  foot_html='<div class="foot"><p>Guangxi Today | 桂ICP备14002263号 | 桂公网安备45010302002071号</p></div>')

P(id="sx-21", tpl="grid", site="拉萨晚报网", title="雪顿节期间拉萨将开放三处临时停车场",
  authors=["尼玛次仁"], time="2025-08-18",
  top_html=mtop("拉萨晚报网"), pre_html=crumbs("首页", "民生"),
  info_html='<div class="info">2025-08-18　　拉萨晚报</div>', info_pos="above",
  side_html=related("民生热点", ["拉萨市区新增二十条公交线路", "市民可在线预约办理户籍业务"]),
  body=["本报讯　为方便市民游客参加雪顿节活动，缓解节日期间的交通压力，拉萨市交通运输局日前发布通知，雪顿节期间将在哲蚌寺、罗布林卡周边开放三处临时停车场，共提供停车位一千二百个。",
        "通知明确，8月22日至8月28日，哲蚌寺山脚至景区入口路段实行交通管制，社会车辆须停放在临时停车场，再换乘免费接驳车前往。接驳车每天早上五点开始运营，发车间隔约十分钟。",
        "交警部门提醒，节日期间罗布林卡路、民族路等路段车流量大，请市民尽量选择公共交通出行；驾车出行的要服从现场交警指挥，不要随意停车。",
        "市场监管部门也将加强节日期间对周边餐饮摊点的检查，确保食品安全，维护市场秩序。",
        "此外，市区将加开晒佛专线公交，从布达拉宫广场、拉萨火车站等地直达哲蚌寺，票价一元。（尼玛次仁）"],
  post_html='<p class="x">编辑：卓玛</p>' + prevnext("拉萨市开展夏季食品安全检查", "城关区举行全民健身运动会"),
  foot_html=media_foot("拉萨晚报网", "藏ICP备09000263号", "藏公网安备54010202000064号"))

P(id="sx-22", tpl="flex", site="浦江观察", title="一条老街的“微更新”：居民说了算",
  authors=["许可", "吴一凡"], time="2025-10-14 06:30",
  top_html=mtop("浦江观察", nav=("首页", "时事", "财经", "思想", "生活", "问政")), pre_html="",
  kicker="城市更新进行时", sub="从“要我改”到“我要改”，长乐路的半年",
  info_html='<div class="info"><span>许　可</span><span>吴一凡</span><span>2025-10-14 06:30</span><span>来源：浦江观察</span></div>',
  side_html=related("更多", ["旧区改造后的第一个中秋节", "社区食堂为何一座难求"]),
  body=["长乐路是一条只有六百米长的老街，两侧多是上世纪三十年代的石库门里弄。今年春天，街道启动“微更新”项目时，没有先出设计图，而是先在弄堂口摆了一张桌子，请居民写下最想改的地方。",
        "两个月里，桌上的留言本写满了三本。晾衣服没地方、电瓶车充电难、路灯太暗、老人没处坐……设计师把这些意见逐条归类，再拿着草图挨家挨户征求意见，前后改了七稿。",
        ("h", "“小切口”解决“大烦恼”"),
        "如今，弄堂里装上了可以收放的公共晾衣架，闲置的自行车棚改成了带烟感报警的充电车棚，转角处多了几张木质长椅。居民朱老伯说：“东西都不大，但都是我们天天要用的。”",
        ("h", "居民成了“主理人”"),
        "更新完成后，街道成立了由居民、商户和物业组成的自治小组，负责日常维护和后续改造的议事。街道负责人表示，城市更新不只是“改房子”，更重要的是让居民参与进来，把老街的烟火气留下来。"],
  post_html='<p class="x">责任编辑：朱峰　图片编辑：金洁</p>' + share(),
  foot_html=media_foot("浦江观察", "沪ICP备15023301号", "沪公网安备31010102006648号"))

P(id="sx-23", tpl="table", site="西宁晚报网", title="西宁：“口袋公园”让市民推窗见绿",
  authors=["张晓琳"], time="2025年07月09日",
  top_html=mtop("西宁晚报网"), pre_html=crumbs("首页", "夏都新闻"),
  info_html='<div class="info">发布时间：2025年07月09日　　来源：西宁晚报</div>',
  body=["盛夏时节，走进西宁市城西区胜利路街角的一处口袋公园，丁香和月季竞相开放，几位老人坐在树荫下下象棋，孩子们在彩色步道上追逐嬉戏。这里原本是一块堆放杂物的闲置地，经过改造后成了周边居民休闲的好去处。",
        "今年以来，西宁市利用城市边角地、闲置地和拆违空地，新建改造口袋公园三十八个，新增绿地面积十二万平方米。这些公园面积从几百平方米到几千平方米不等，大多数设置了健身器材、休息座椅和儿童游乐设施。",
        "“以前出门就是马路，现在下楼走几步就能到公园，每天晚饭后都来转一转。”家住附近的市民韩阿姨说。",
        "市园林部门介绍，口袋公园选种以丁香、榆叶梅、云杉等适应高原气候的乡土植物为主，养护成本低、成活率高。下一步，西宁还将结合老旧小区改造，计划到年底再建成口袋公园二十个。",
        "文/图　西宁晚报记者　张晓琳"],
  post_html='<p class="x">编辑：祁海燕</p>',
  foot_html=media_foot("西宁晚报网", "青ICP备08000921号", "青公网安备63010002000173号"))
PAGES[-1]["body"][-1] = ("x", "文/图　西宁晚报记者　张晓琳")

P(id="sx-24", tpl="grid", site="广西新闻频道", title="桂林漓江渔民上岸后当起“生态管护员”",
  authors=["唐文斌", "通讯员 秦丽"], time="2025-12-05 10:02:33",
  top_html=mtop("广西新闻频道"), pre_html=crumbs("首页", "广西要闻"),
  info_html='<div class="info">2025-12-05 10:02:33 来源：广西新闻频道</div>',
  side_html=related("图片新闻", ["北海银滩迎来候鸟越冬", "柳州螺蛳粉产业园扩建"]),
  body=["清晨的漓江薄雾缭绕，五十八岁的黄德林撑着竹筏在江面上巡查。他的竹筏上不再放渔网，取而代之的是捞网和垃圾袋。“捕了三十多年鱼，现在换个活法，守着这条江。”黄德林说。",
        "自漓江实施禁捕以来，沿江二百六十余户渔民陆续上岸。为帮助他们转产就业，当地设立了生态管护员公益岗位，优先聘用退捕渔民从事江面巡查、垃圾清理和禁捕宣传工作，每月发放补贴二千二百元。",
        "除了公益岗位，当地还组织退捕渔民参加竹筏驾驶、民宿管理、导游讲解等技能培训，已有一百二十余人在景区、民宿和农家乐实现再就业。",
        "水生生物监测数据显示，禁捕以来漓江鱼类种类数量明显增加，一度少见的光倒刺鲃等鱼类重新出现。黄德林说，如今在江边经常能看到鱼群，“江里的鱼多了，我们心里也高兴”。（唐文斌　通讯员　秦丽）"],
  post_html='<p class="x">责任编辑：梁佳</p>' + share(),
  foot_html=media_foot("广西新闻频道", "桂ICP备10004438号", "桂公网安备45010302000926号"))
PAGES[-1]["authors"] = ["唐文斌", "秦丽"]
