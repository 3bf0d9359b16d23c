# Media pages vj-13 .. vj-24 (central, provincial, city media, portals, TV/radio; 2 English pages).
K = "media"
PAGES = [
dict(
 id="vj-13", kind=K, skel="grid",
 title="海河沿线12处“口袋公园”建成开放",
 authors=["周婷", "李卓然"], time="2025-04-22 07:58",
 top=["海河传媒网 | 津门新闻", ["首页", "天津", "时政", "民生", "区域", "视频", "评论", "海河号"], ("search", "搜索新闻", "搜索"), "登录 注册"],
 crumb="首页 > 天津 > 民生",
 info='<span>2025-04-22 07:58</span><span>来源：海河晚报</span><span>记者 周婷 李卓然</span>',
 body="""
本报讯（记者 周婷 李卓然）近日，海河沿线新建的12处“口袋公园”陆续完工并向市民开放。这些小而精的绿色空间分布在和平、河东、河北等区的沿河地块，总面积约3.6万平方米。
记者在河北区一处口袋公园看到，原本杂草丛生的边角地已铺上透水步道，种植了月季、鸢尾等花卉，还设置了座椅、健身器材和儿童游乐设施。附近居民韩大爷说：“以前这儿堆着建筑垃圾，现在每天早上都来遛弯，方便多了。”
据市城市管理委相关负责人介绍，口袋公园建设坚持“见缝插绿”，充分利用桥下空间、闲置地块和拆违腾退用地，每处公园都征求了周边居民意见。今年全市计划新建口袋公园50处，其中海河沿线安排12处，已全部完工。
! 市民在海河沿线口袋公园休闲 || 市民在海河沿线口袋公园休闲。本报记者 李卓然 摄
下一步，相关部门将建立“一园一长”管护机制，引导周边社区和志愿者参与日常维护。
""",
 after=["责任编辑：吴倩", "分享到：微信 微博 QQ", ("list", "相关新闻", ["天津今年将新增绿道100公里", "五大道文旅街区春季活动启幕"]), ("list", "热门推荐", ["地铁11号线二期最新进展", "天津发布今年第一个高温预警"])],
 side=[("list", "排行榜", ["1 天津今年首批保障性租赁住房开工", "2 津城赏花地图出炉", "3 海河游船新航线开通"])],
 foot=["海河传媒网 版权所有 未经授权禁止转载", "互联网新闻信息服务许可证：12120180XXX 津ICP备1800XXXX号 津公网安备 12010102000XXX号", "违法和不良信息举报电话：022-2360XXXX"],
),
dict(
 id="vj-14", kind=K, skel="div",
 title="成都新开通6条“通勤定制公交” 最快15分钟直达产业园区",
 authors=["罗雪"], time="2025年03月03日 20:17",
 top=["蓉城新闻网", "www.rongcheng-news.example", ["新闻", "成都", "区县", "财经", "文旅", "教育", "健康", "图片"], "客户端下载 | 投稿"],
 crumb="蓉城新闻网 > 成都 > 正文",
 info='2025年03月03日 20:17　来源：蓉城新闻网　作者：罗雪',
 body="""
3月3日，成都公交集团新开通6条“通勤定制公交”线路，连接中心城区主要居住片区和高新西区、天府国际生物城等产业园区，最快15分钟即可直达。
这6条线路均在早晚高峰时段运行，采用“一人一座、站点少、直达快”的运营模式。市民可通过“成都公交”小程序提前预约座位，票价按里程分为4元、6元、8元三档。
# 线路设置根据通勤需求“量身定制”
“线路走向都是根据大数据分析和前期问卷调查确定的。”成都公交集团相关负责人介绍，去年底以来，公交集团共收集市民出行需求问卷1.2万余份，对通勤人数集中的区域优先开通线路。
在当天首发的一班车上，在生物城上班的市民小刘告诉记者：“以前要换乘两次地铁再转公交，单程一个多小时，现在坐上定制公交40分钟就到公司了。”
# 后续将动态调整
该负责人表示，定制公交将根据客流情况动态调整发车班次，对预约人数不足的线路进行优化，今年计划再新开通20条以上。
""",
 after=["【编辑：唐小雨】", "分享到：", "打开蓉城新闻APP 阅读更多精彩内容", ("list", "相关阅读", ["成都地铁部分线路延长运营时间", "天府大道北延线预计年内通车"])],
 side=[("list", "24小时热文", ["成都发布春季花事地图", "春熙路商圈焕新升级"])],
 foot=["关于我们 | 广告服务 | 联系我们 | 版权声明", "蓉城新闻网版权所有 蜀ICP备1600XXXX号 川公网安备 51010502000XXX号 互联网新闻信息服务许可证号：5112006XXX"],
),
dict(
 id="vj-15", kind=K, skel="app",
 title="陕西今年将实施农村公路“百县千里”提升工程",
 authors=["高宁", "赵磊"], time="2025-02-26 19:42",
 top=["三秦视听网 · 陕西新闻联播", ["首页", "直播", "点播", "新闻", "节目", "主持人"]],
 crumb="首页 > 新闻 > 陕西新闻",
 info='<span>2025-02-26 19:42</span> <span>来源：三秦视听网</span> <span>播放次数：4,217</span>',
 body="""
@@ <div class="player">[视频] 00:00 / 01:48</div>
@ 记者：高宁 赵磊　　摄像：吕斌
【导语】记者从省交通运输厅获悉，今年我省将实施农村公路“百县千里”提升工程，完成农村公路新改建4000公里，全年完成投资超过90亿元。
【正文】据了解，今年的提升工程重点围绕县乡公路升级、窄路加宽、危桥改造和安全生命防护工程展开，优先支持产业园区、旅游景区和乡村振兴重点帮扶县的道路建设。
同期声：省交通运输厅公路局负责人 “我们将把农村公路建设和产业发展结合起来，让一条路带活一片产业。”
此外，今年我省还将推进农村公路管养体制改革，全面推行“路长制”，实现县、乡、村三级路长全覆盖，确保农村公路“建得好、管得住、养得优”。
【结尾】记者了解到，去年全省已完成农村公路新改建3800公里，具备条件的建制村全部通硬化路、通客车，农村公路总里程达到16万公里以上。
""",
 after=["责任编辑：曹洁", "扫码下载三秦视听APP", ("list", "更多视频", ["西安至延安高铁建设加快推进", "汉中油菜花进入盛花期"])],
 foot=["陕西广播电视台（三秦视听）版权所有", "信息网络传播视听节目许可证：2708XXX 陕ICP备0500XXXX号 陕公网安备61010302000XXX号"],
 css=".player{background:#000;color:#fff;height:120px;text-align:center}",
),
dict(
 id="vj-16", kind=K, skel="grid",
 title="杭州“城市大脑”新增停车场景 全市2.1万个公共泊位接入一张网",
 authors=["方晓"], time="2024-12-16 08:31",
 top=["钱塘新闻网", ["首页", "浙江", "杭州", "国内", "国际", "财经", "体育", "娱乐"], "钱塘新闻客户端 | 新闻热线：0571-8XXX XXXX"],
 crumb="当前位置：钱塘新闻网 >> 杭州 >> 正文",
 info='<span class="src">钱塘新闻网</span><span>2024-12-16 08:31</span><span>作者：方晓</span><span>编辑：郑可欣</span>',
 info_pos="above",
 body="""
记者从杭州市数据资源管理局获悉，“城市大脑”近日新增“便捷泊车”应用场景，全市2.1万个公共停车泊位和480余个停车场的实时数据接入一张网，市民可在手机上查询空余泊位并实现“先离场后付费”。
据介绍，此次接入的泊位主要分布在西湖景区、武林商圈、火车东站等停车需求集中的区域。系统每30秒更新一次泊位数据，并能根据道路拥堵情况为车主推荐最优停车场。
“周末去西湖，以前找车位要转好几圈，现在出门前看一眼手机就知道哪里有空位。”市民吴女士说。
| 区域 | 接入停车场（个） | 泊位（个） |
| 上城区 | 126 | 5830 |
| 西湖区 | 142 | 6410 |
| 拱墅区 | 118 | 4970 |
| 其他区县 | 98 | 3890 |
相关负责人表示，明年将推动更多居住区、医院停车场接入，探索错峰共享停车。
""",
 after=["版权声明：凡注明“来源：钱塘新闻网”的所有作品，未经授权不得转载。", ("list", "相关新闻", ["杭州发布冬季交通出行指南", "萧山机场T4航站楼运行一周年"])],
 side=[("list", "图片新闻", ["运河夜景", "西溪湿地初冬"]), "扫码关注钱塘新闻公众号"],
 foot=["钱塘新闻网 | 关于我们 | 联系方式 | 网站地图", "浙ICP备0801XXXX号 浙公网安备 33010302000XXX号 互联网新闻信息服务许可证：3312006XXX"],
),
dict(
 id="vj-17", kind=K, skel="div",
 title="四川启动新一轮中小学校舍安全改造",
 authors=["张晓冬"], time="2025-03-18 17:06:44",
 top=["中华时讯网", ["首页", "时政", "地方", "经济", "社会", "国际", "评论", "图片", "视频"], "繁体 | English | 手机版"],
 crumb="中华时讯网 > 地方频道 > 正文",
 info='2025-03-18 17:06:44　来源：新华社',
 body="""
新华社成都3月18日电（记者 张晓冬）记者从四川省教育厅获悉，四川近日启动新一轮中小学校舍安全改造，计划用3年时间对全省1100余所学校的老旧校舍进行加固改造，重点解决抗震设防不达标、消防设施老化等问题。
据介绍，此轮改造优先安排地震高烈度区、山区和民族地区学校。改造项目将严格执行建设标准，实行全过程质量监管，并在施工期间妥善安排师生教学生活，确保不影响正常教学秩序。
四川省教育厅有关负责人表示，今年将先期启动约400所学校的改造项目，中央和省级财政安排补助资金约18亿元。
据了解，2009年以来，四川先后实施了多轮校舍安全工程，全省中小学校舍抗震设防水平整体提升。此次改造还将同步推进校园消防、供电线路和食堂设施的升级，建立校舍安全年度排查制度，对发现的隐患实行台账管理、限期整改。
""",
 after=["【纠错】 【责任编辑：刘洋】", ("list", "相关新闻", ["四川今年新建改扩建幼儿园200所", "教育部部署春季学期校园安全工作"]), "分享到"],
 side=[("list", "热点推荐", ["全国春播粮食面积稳中有增", "多地推进城市更新行动"])],
 foot=["Copyright © 2025 中华时讯网 All Rights Reserved.", "京ICP证0105XX号 京公网安备11010202000XXX号"],
),
dict(
 id="vj-18", kind=K, skel="grid", lang="en",
 title="Tianjin port opens new sea-rail route to Central Asia",
 authors=["Liu Yang", "Wang Xiaoxue"], time="2025-05-14 10:26",
 top=["TIANJIN TODAY | 今日天津", ["Home", "News", "Business", "Culture", "Travel", "Photos", "Video"], "中文 | Subscribe"],
 crumb="Home / News / Business",
 info='<span>By Liu Yang and Wang Xiaoxue</span> | <span>Updated: 2025-05-14 10:26</span> | <span>Tianjin Today</span>',
 body="""
A new sea-rail intermodal route linking Tianjin Port with Almaty in Kazakhstan started regular operation on Tuesday, cutting the transport time for cargo from Japan and the Republic of Korea to Central Asia by about four days.
The first train, carrying 55 containers of auto parts, household appliances and textiles, left the port's rail terminal in the morning. It is expected to reach Almaty in about 10 days.
"Customers can now book a single through ticket from the ship to the final destination, which makes the whole process much easier," said Zhao Ming, a manager at the port's logistics company.
! Containers at Tianjin Port || A freight train loaded with containers leaves Tianjin Port on Tuesday. [Photo by Zhang Lei/Tianjin Today]
The port handled more than 1,200 sea-rail containers bound for Central Asia in the first four months of this year, up 18 percent year-on-year, according to local customs.
Officials said the route will run twice a week at first, with more services added as demand grows.
""",
 after=["Editor: Chen Jing", "Share: Facebook Twitter LinkedIn WeChat", ("list", "Related stories", ["Tianjin expands green shipping corridor", "Binhai New Area attracts more foreign investment"])],
 side=[("list", "Most Popular", ["Haihe River night cruise reopens", "Five Great Avenues draws spring visitors"])],
 foot=["Copyright 2025 Tianjin Today. All rights reserved.", "津ICP备1800XXXX号"],
),
dict(
 id="vj-19", kind=K, skel="div", lang="en",
 title="Sichuan giant panda base welcomes first cubs of the year",
 title_lines=["Sichuan giant panda base welcomes", "first cubs of the year"],
 authors=[], time="2025-06-20 15:12",
 top=["TIANFU DAILY English", ["HOME", "SICHUAN", "CHINA", "WORLD", "BUSINESS", "LIFESTYLE", "PANDA"], ("search", "Search", "Go")],
 crumb="Home > Sichuan",
 info='Source: Xinhua | 2025-06-20 15:12',
 info_pos="below",
 body="""
CHENGDU, June 20 (Xinhua) -- Twin giant panda cubs were born at a breeding base in Chengdu, capital of southwest China's Sichuan Province, becoming the first panda cubs born at the base this year.
The cubs, a male and a female, were born on Wednesday evening to a 12-year-old giant panda named Qing Qing, according to the base.
The male weighs 171 grams and the female 139 grams. Both the mother and the cubs are in good health, said a keeper at the base.
Experts said that the giant panda breeding season usually runs from March to May, and cubs are mostly born between June and September.
The base now has a captive population of more than 250 giant pandas.
""",
 after=["Editor: Li Mengyao", ("list", "Related", ["Sichuan boosts protection of wild giant pandas", "Panda-themed tourism booms in Chengdu"])],
 side=[("list", "Photos", ["Summer in Jiuzhaigou", "Leshan Giant Buddha at night"])],
 foot=["About Us | Contact Us | Terms of Use", "Copyright © Tianfu Daily. All Rights Reserved. 蜀ICP备1600XXXX号-3"],
),
dict(
 id="vj-20", kind=K, skel="app",
 title="杭州至温州高铁开通运营一周年 累计发送旅客超千万人次",
 authors=["叶晨阳"], time="2025年01月08日 18:25:10",
 top=["浙音网 FM88.6 浙江之音", ["首页", "新闻", "交通", "音频", "主播", "活动"], "收听直播"],
 crumb="浙音网 > 新闻 > 浙江",
 info='浙音网　2025年01月08日 18:25:10　<a href="#">叶晨阳</a>',
 body="""
@@ <div class="audio">▶ 收听音频 02:36</div>
浙音网消息（记者 叶晨阳）记者从铁路部门获悉，杭温高铁开通运营一周年来，累计发送旅客1086万人次，日均发送旅客近3万人次。
杭温高铁开通后，杭州至温州最快旅行时间压缩至1小时40分左右，沿线诸暨、义乌、东阳、永康等地融入杭州“一小时交通圈”。
记者了解到，铁路部门根据客流变化，先后两次调整运行图，目前每日开行动车组列车62对，节假日高峰期最多增开至78对。
“周末回老家，坐高铁一个多小时就到了，比以前开车省心多了。”在杭州工作的永康人胡先生说。
下一步，铁路部门将继续优化列车开行方案，提升沿线车站服务水平。
此外，杭温高铁沿线的旅游热度也持续走高。据文旅部门统计，开通一年来，沿线仙居、缙云等地接待游客人数同比增长超过两成。
""",
 after=["编辑：孙蕾", "APP内打开", ("list", "推荐", ["春运首日浙江铁路预计发送旅客50万人次", "杭州西站枢纽年客流突破2000万"])],
 foot=["浙江广播电视集团 浙音网 版权所有", "浙ICP备0900XXXX号 互联网新闻信息服务许可证：3312006XXX"],
 css=".audio{background:#f3f3f3;padding:10px}",
),
dict(
 id="vj-21", kind=K, skel="table",
 title="宝鸡高新区一季度新签约项目32个",
 authors=["马瑞", "张文博"], time="2025-04-11",
 top=[("raw", '<table width="100%" bgcolor="#c40000"><tr><td><font color="#ffffff" size="5">陈仓新闻网</font></td><td align="right"><font color="#ffffff">宝鸡日报社主办</font></td></tr></table>'), ["首页", "宝鸡新闻", "县区", "专题", "图片", "数字报", "论坛"]],
 crumb="您的位置：首页 > 宝鸡新闻",
 info='2025-04-11　　来源：宝鸡日报　　编辑：贾静　　点击：326',
 body="""
本报讯 记者马瑞 通讯员张文博报道：今年一季度，宝鸡高新区新签约项目32个，总投资达186亿元，其中钛及钛合金、先进制造、新能源等领域项目占比超过七成。
据介绍，一季度高新区坚持“以商招商、以链招链”，组织赴长三角、珠三角等地开展专题招商活动8次，接待客商考察60余批次。
为推动项目尽快落地，高新区实行“项目管家”服务机制，为每个签约项目指定专人跟踪服务，协调解决用地、审批、用工等问题，确保签约项目早开工、早投产。
截至目前，一季度签约项目已开工建设11个，开工率达到34%。
高新区相关负责人表示，二季度将继续开展“招商引资攻坚月”活动，力争上半年新签约项目60个以上，为全年经济发展提供有力支撑。
据悉，今年宝鸡高新区还将新建标准化厂房30万平方米，为中小企业落地提供“拎包入住”条件。
""",
 after=["【关闭窗口】", ("list", "相关新闻", ["宝鸡今年计划实施重点项目500个", "钛谷产业园二期开工"])],
 side=[("list", "图片新闻", ["渭河湿地春色", "周原遗址考古新发现"])],
 foot=["宝鸡日报社 主办  陈仓新闻网 版权所有", "陕ICP备0600XXXX号  陕公网安备61030202000XXX号"],
),
dict(
 id="vj-22", kind=K, skel="app",
 title="安吉白茶开采 预计今年产量2300吨",
 authors=["钟凯", "杨露"], time="03-21 14:08",
 top=["打开「爱安吉」APP 阅读体验更佳", "爱安吉 · 安吉县融媒体中心"],
 crumb="",
 info='<span>安吉融媒</span> <span>03-21 14:08</span>',
 body="""
3月20日，安吉白茶正式开采。在溪龙乡的茶园里，采茶工们手指翻飞，一片片嫩绿的芽叶被摘入竹篓。
! 茶农在茶园采摘白茶 || 茶农在茶园采摘白茶
记者从县农业农村局了解到，今年全县白茶种植面积约20万亩，受前期气温回升较快影响，开采时间比去年提早3天左右。预计全年产量2300吨，产值超过30亿元。
“今年的芽头饱满，品质不错。”一家茶叶合作社负责人说，目前鲜叶收购价每斤在200元至260元之间。
为保障茶叶质量安全，县里组织农技人员开展茶园巡查，并推广“数字茶园”系统，实现茶叶从采摘到销售全程可追溯。
此外，今年安吉还将举办白茶开采节、茶旅文化周等系列活动，推出十余条茶园观光线路，带动乡村旅游和民宿经济发展。
“我们茶厂已经开始连轴转了，每天收鲜叶两千多斤。”溪龙乡一家茶厂的负责人说。
@ 记者：钟  凯　杨  露
""",
 after=["编辑：施诗　校对：李萌　审核：陈卫东", "阅读 1.3万", "打开APP 查看更多精彩评论"],
 foot=["© 安吉县融媒体中心"],
),
dict(
 id="vj-23", kind=K, skel="grid",
 title="“成都造”氢燃料电池车开进高原",
 authors=["吴冬梅"], time="2025-05-29 06:55",
 top=["云帆网 首页 新闻 体育 娱乐 财经 汽车 科技 时尚 手机 房产 旅游 教育", ("search", "请输入关键词", "搜索"), "登录 | 注册"],
 crumb="云帆新闻 > 国内新闻 > 正文",
 info='<span>2025-05-29 06:55</span><span>来源：华西晨报</span><span>举报</span>',
 body="""
@ 原标题：海拔3500米！“成都造”氢能重卡完成高原运营测试
@ 华西晨报-封面新闻记者 吴冬梅
5月下旬，10辆由成都企业研发生产的氢燃料电池重卡在甘孜州境内完成为期一个月的高原运营测试，最高行驶海拔达到3500米，累计行驶里程超过5万公里。
# 低温低氧环境下表现稳定
记者了解到，高原地区昼夜温差大、空气稀薄，对燃料电池系统的启动和输出功率是不小的考验。此次测试中，车辆在零下15℃环境下实现一次冷启动，满载爬坡性能与平原地区基本一致。
“测试数据证明，我们的电堆在高原环境下依然可以稳定工作。”企业技术负责人陈工说。
# 加氢网络加快布局
目前，成都已建成加氢站20余座，氢燃料电池汽车推广量超过1000辆。相关负责人表示，下一步将推动氢能车辆在川西物流干线上的示范运营。
业内人士指出，高原场景是检验新能源商用车可靠性的“试金石”，此次测试为氢能重卡在高寒地区推广积累了宝贵数据。
""",
 after=["本文来源：华西晨报 责任编辑：王晓峰_NN1234", ("list", "相关推荐", ["成都发布氢能产业发展规划", "四川首条氢能物流专线开通"]), "热门跟贴 已有0人参与"],
 side=[("list", "24小时排行", ["多地发布高温预警", "今年高考报名人数公布"])],
 foot=["云帆公司版权所有 ©1997-2025", "浙ICP备0901XXXX号 增值电信业务经营许可证"],
),
dict(
 id="vj-24", kind=K, skel="div",
 title="西青区家门口“嵌入式”养老服务站覆盖所有社区",
 authors=["孟凡", "宋佳"], time="2025-06-11 21:30",
 top=["津视新闻 | 天津广播电视台", ["首页", "天津新闻", "津晚新闻", "百姓问政", "天津卫视", "直播"], "APP下载"],
 crumb="首页 > 天津新闻",
 info='发布时间：2025-06-11 21:30　来源：天津新闻',
 info_pos="below",
 body="""
@@ <div class="player">视频加载中…</div>
@ 记者：孟凡 宋佳 摄像：田野
【导语】从今天开始，西青区所有社区都有了家门口的“嵌入式”养老服务站。老人们不出社区，就能享受助餐、助浴、康复理疗等服务。
在杨柳青镇一处新开的养老服务站里，十几位老人正在活动室里下棋、唱歌，隔壁的康复室里，工作人员正在为老人做理疗。
同期声：社区居民 刘桂英 “中午在这儿吃饭，两荤一素才12块钱，吃完还能在这儿歇会儿，挺好。”
据了解，西青区今年共建成嵌入式养老服务站43个，实现社区全覆盖，每个服务站配备专业护理人员不少于3名，同时链接辖区医疗机构，为老人提供健康监测和慢病管理服务。
同期声：西青区民政局负责人 “下一步，我们将推动养老服务站与社区卫生服务中心深度融合，让老年人在家门口就能享受到‘医养结合’的服务。”
""",
 after=["编辑：吕明", ("list", "推荐视频", ["天津今年新增养老床位2000张", "老年助餐点扩容"])],
 side=[("list", "直播节目单", ["18:30 天津新闻", "21:30 津晚新闻"])],
 foot=["天津广播电视台 版权所有", "信息网络传播视听节目许可证号：0208XXX 津ICP备0800XXXX号"],
 css=".player{background:#222;color:#eee;height:100px}",
),
]
