MEDIA = [
dict(id="uy-13", kind="media", lang="zh", gen="portal", site="荆楚晨报网", logo="荆楚晨报网", top=["<a>登录</a> <a>注册</a> <a>客户端下载</a>"],
 nav=["首页", "时政", "武汉", "市州", "财经", "文旅", "健康", "视频"], crumb="首页 > 市州 > 正文",
 title="宜昌秭归脐橙“坐上”冷链专列直达西北",
 info=['<div class="info"><span>2025-06-12 07:58</span><span>来源：荆楚晨报</span><span>记者 覃  琳　通讯员 万家宁</span></div>'],
 body="""
6月11日，一列满载480吨秭归脐橙的冷链专列从宜昌白洋港发车，预计5天后抵达新疆乌鲁木齐。这是秭归脐橙首次通过“铁路冷链+港口集疏”模式批量进入西北市场。
“夏橙正是上市季节，走冷链专列比公路运输每吨节省运费约200元，损耗率也从5%降到1%以内。”秭归县一家果业合作社负责人郑光明说。
据介绍，专列采用恒温集装箱，全程温度控制在3℃至5℃之间，可实时监测箱内温湿度。宜昌市还在白洋港建设了2万吨级冷库，为果农提供预冷、分拣、仓储一体化服务。
## 打通“最初一公里”
过去，秭归脐橙主要依靠公路运往华东、华南，西北市场份额不足一成。今年以来，当地联合铁路部门开通“橙运专线”，在产区设置12个集货点，果农采摘后当天即可入库预冷。
秭归县农业农村局相关负责人表示，全年计划开行冷链专列20列以上，带动脐橙外销5万吨。
""",
 after=['<p class="ed">责任编辑：刘思远</p>'], share=["分享到：", "微信", "微博", "QQ"],
 related=["相关阅读", "秭归脐橙品牌价值突破百亿元", "宜昌白洋港集装箱吞吐量创新高"], side=["热点排行", "武汉地铁新线路最新进展", "湖北高考志愿填报时间确定"],
 footer=["荆楚晨报网 版权所有 未经授权禁止转载", "鄂ICP备09123456号-2　互联网新闻信息服务许可证：42120170001", "违法和不良信息举报电话：027-88561234"],
 authors=["覃琳", "万家宁"], time="2025-06-12 07:58"),

dict(id="uy-14", kind="media", lang="zh", gen="modern", site="山城在线", top=["<a>APP</a> <a>山城号</a> <a>登录</a>"], search="搜索新闻",
 nav=["首页", "重庆", "区县", "民生", "观点", "体育", "直播"], crumb="山城在线 > 民生 > 正文",
 title="主城都市区今起进入“烧烤模式” 最高气温可达39℃",
 info=['<div class="meta">山城在线-重庆晚讯　2025年06月13日 06:30:12</div>'],
 body="""
山城在线讯（记者 冉  雪）记者6月12日从市气象台获悉，受副热带高压影响，13日至17日我市大部地区以晴热天气为主，主城都市区最高气温35℃至37℃，沙坪坝、北碚等地局地可达39℃。
市气象台首席预报员杜晓辉介绍，此轮高温持续时间较长，夜间最低气温也在27℃左右，市民要注意防暑降温，尽量避免在午后高温时段户外活动。
## 各区县天气预报
| 区县 | 6月13日 | 6月14日 |
| 渝中 | 晴 28～37℃ | 晴 29～38℃ |
| 万州 | 多云 26～35℃ | 晴 27～36℃ |
| 黔江 | 多云 22～31℃ | 阵雨 21～29℃ |
此外，气象部门提醒，高温期间用电负荷增大，要注意用电安全；户外作业人员应合理安排作息，做好防暑措施。
气象专家还提醒，高温天气下老人、儿童和慢性病患者要减少外出，出现头晕、乏力等中暑症状时应立即到阴凉处休息并及时就医。
""",
 after=['<p class="meta">编辑：何  畅　校对：李莎</p>', "<p>声明：本文版权归山城在线所有，转载请注明出处。</p>"],
 share=["分享到微信朋友圈", "复制链接"], related=["猜你喜欢", "重庆今年首个高温预警发布", "长江重庆段进入主汛期"],
 footer=["山城在线 主办　渝ICP备10001234号", "互联网新闻信息服务许可证编号：50120180003　渝公网安备50010302000456号"],
 authors=["冉雪"], time="2025年06月13日 06:30:12"),

dict(id="uy-15", kind="media", lang="zh", gen="table", site="高原新闻网", logo="高原新闻网",
 nav=["首页", "青海新闻", "国内", "国际", "图片", "专题", "论坛"], crumb="您当前的位置 ：高原新闻网 > 青海新闻 > 社会",
 title="祁连山下牧民有了“流动课堂”",
 info=['<table width="100%"><tr><td align="center">2025-06-10 11:24:06　来源：青海晨报　作者：马  晶　<a>【大</a> <a>中</a> <a>小】</a></td></tr></table>'], style="table",
 body="""
6月初，祁连县野牛沟乡的草场刚泛起新绿，县农牧技术推广中心的“流动课堂”就开进了牧民的帐篷。
“草场怎么轮牧，羊得了寄生虫病怎么防治，专家手把手地教，我们一听就懂。”牧民才让加措说。今年，他家的200多只藏羊全部实施了舍饲半舍饲养殖，产羔成活率提高了不少。
据了解，“流动课堂”由农牧技术人员、兽医和藏汉双语讲解员组成，每年5月至9月深入各乡镇牧业点开展培训，内容涵盖草畜平衡、疫病防控、牛羊育肥等。
“牧区点多面广，牧民居住分散，集中培训很难组织。”县农牧技术推广中心主任李德文介绍，去年以来，“流动课堂”已开展培训86场次，受益牧民3400余人次。
记者在帐篷课堂看到，技术员一边用藏语讲解，一边在小黑板上画出轮牧示意图，十几名牧民围坐在一起，不时提问、记笔记。课程结束后，每户牧民还领到了一本双语养殖手册。
""",
 after=["<p>[责任编辑：才  让]</p>", "<p>【<a>打印</a>】 【<a>关闭</a>】 【<a>顶部</a>】</p>"],
 related=["相关新闻", "青海今年将新建高标准农田40万亩", "祁连县草原生态保护补奖资金发放到户"],
 footer=["关于我们 | 广告服务 | 联系我们 | 网站地图", "高原新闻网版权所有　青ICP备05000999号"],
 authors=["马晶"], time="2025-06-10 11:24:06"),

dict(id="uy-16", kind="media", lang="zh", gen="app", site="江海观察客户端", top=["<a>打开APP</a>"],
 pre="聚焦“苏超”效应", title="一场球赛带火一座城：常州文旅消费周末增长三成",
 info=['<div class="meta">江海观察记者 孔  雯 实习生 许佳怡</div>', '<div class="meta">2025-06-09 21:05 江苏</div>'],
 body="""
6月8日晚，常州奥体中心座无虚席。随着主队打入制胜球，3万多名球迷齐声欢呼。这场城市足球联赛，正成为拉动当地文旅消费的新引擎。
记者从常州市文广旅局了解到，6月7日至8日，全市重点景区接待游客48.6万人次，同比增长31.2%；住宿、餐饮消费额分别增长27%和34%。
“我们提前推出了‘凭球票游景区’活动，外地球迷可免费游览天宁寺等景点。”市文广旅局相关负责人说。
> “比赛结束都快十一点了，街边的小龙虾店还排着队。”从无锡赶来观赛的球迷周凯说，他打算下个客场再来。
专家认为，城市足球赛事带动了“跟着赛事去旅行”的消费新场景，关键是要把“流量”变“留量”，做好交通、住宿等配套服务。
记者注意到，不少商家抓住赛事契机推出联名套餐、球迷折扣，常州南大街、青果巷等街区夜间客流比平日增加近五成，部分酒店周末入住率接近满房。
""",
 after=['<div class="meta">原标题：《常州“赛事经济”升温》</div>', '<div class="meta">编辑：陆　洋</div>', '<div class="bar"><a>赞 1.2万</a><a>评论 386</a><a>分享</a></div>', "<p>下载江海观察客户端，阅读更多精彩内容</p>"],
 authors=["孔雯", "许佳怡"], time="2025-06-09 21:05"),

dict(id="uy-17", kind="media", lang="en", gen="modern", site="iHubei Daily", top=["<a>中文</a> <a>Subscribe</a>"], search="Search",
 nav=["Home", "News", "Business", "Culture", "Travel", "Opinion", "Video"], crumb="Home > Business",
 title="Wuhan's optics valley lures overseas graduates with startup grants",
 info=['<p class="meta">By Chen Yuting and Mark Ellison | Updated: 2025-06-11 15:40</p>'],
 body="""
Wuhan's East Lake High-tech Development Zone, better known as Optics Valley, has rolled out a new package of grants aimed at overseas graduates who want to start technology businesses in the city.
Under the plan announced on Tuesday, eligible founders can receive up to 500,000 yuan ($69,500) in startup funding, free office space for three years and help with housing.
"We want young people who studied abroad to see Wuhan as a place where they can build something," said Liu Wenbo, an official with the zone's talent bureau.
The zone is home to more than 16,000 high-tech companies working in photonics, integrated circuits and biomedicine. Officials said about 2,300 returnees founded businesses there last year.
Zhang Lei, who returned from Germany in 2023 to launch a laser sensor company, said the support helped her hire her first ten employees.
""",
 after=['<p class="meta">Editor: Wang Jia</p>'], share=["Share:", "Facebook", "X", "WeChat"],
 related=["Related stories", "Hubei exports rise 9% in first five months", "New high-speed line links Wuhan and Yichang"],
 footer=["Copyright © iHubei Daily. All rights reserved.", "鄂ICP备10023456号"],
 authors=["Chen Yuting", "Mark Ellison"], time="2025-06-11 15:40"),

dict(id="uy-18", kind="media", lang="en", gen="portal", site="Jiangsu Now", top=["<a>EN</a> | <a>中文</a>"],
 nav=["Home", "Jiangsu", "China", "Lifestyle", "Expats", "Photos"], crumb="Jiangsu > Economy",
 title="Suzhou-Shanghai cross-border bus route cuts commute to under an hour",
 info=['<div>Source: Xinhua | 2025-06-12 09:15:00</div>'],
 body="""
SUZHOU, June 11 (Xinhua) -- A new express bus route linking Suzhou's Wujiang district with Shanghai's Qingpu district began operation on Wednesday, cutting the cross-border commute to about 50 minutes.
The route runs 18 trips each weekday and accepts transport cards from both cities, according to the Suzhou municipal transport bureau.
The service is part of efforts to deepen integration within the Yangtze River Delta Ecological Green Integrated Development Demonstration Zone, which covers parts of Shanghai, Jiangsu and Zhejiang.
More than 40 cross-border bus lines now operate in the demonstration zone, carrying about 30,000 passengers a day. Local authorities said they would add more routes and extend service hours based on demand.
""",
 after=["<p>Editor: Li Na</p>"], share=["Share to:"], related=["Most popular", "Nanjing opens new metro line", "Yangzhou hosts canal culture week"],
 footer=["Jiangsu Now © 2025　苏ICP备11003456号"],
 authors=[], time="2025-06-12 09:15:00"),

dict(id="uy-19", kind="media", lang="zh", gen="modern", site="长江云视", top=["<a>直播</a> <a>节目单</a> <a>下载长江云视APP</a>"], search="搜节目",
 nav=["首页", "新闻", "直播", "综艺", "纪录片", "节目"], crumb="首页 > 新闻 > 湖北新闻联播",
 title="十堰：汉江水质稳定保持Ⅱ类 “一江清水”润北方",
 info=['<div class="meta">湖北新闻联播 | 2025-06-08 19:48 | 播放量 2.3万</div>'],
 body="""
【导语】作为南水北调中线工程核心水源区，十堰持续推进汉江生态保护。今年1至5月，汉江十堰段出境断面水质稳定保持在国家地表水Ⅱ类标准以上。
【正文】在丹江口库区，护水员张德军每天驾船巡查水面，打捞漂浮物。他所在的村有23名护水员，实行分段包干、全天候巡护。
> 【同期】护水员 张德军：以前江边有人钓鱼、洗衣服，现在大家都自觉了，知道这水要送到北京去。
近年来，十堰累计关停搬迁沿江企业300余家，建成乡镇污水处理厂110座，实现乡镇全覆盖。同时，当地发展生态茶叶、绿松石等绿色产业，让守水的群众增收致富。
> 【同期】十堰市生态环境局副局长 李冬梅：我们还将建立水质预警系统，确保一库清水永续北送。
【记者】目前，十堰正在推进汉江流域生态补偿机制建设，上下游共同守护一江清水。
""",
 after=['<p class="meta">记者：严  鹏　万一帆　　编辑：郭  亮</p>'], share=["分享："],
 related=["推荐视频", "湖北新闻联播 2025-06-08 完整版", "长江江豚种群数量持续回升"],
 footer=["湖北长江云视传媒有限公司　信息网络传播视听节目许可证：1700000", "鄂ICP备06001234号-5"],
 authors=["严鹏", "万一帆"], time="2025-06-08 19:48"),

dict(id="uy-20", kind="media", lang="zh", gen="portal", site="南京广播网", logo="南京广播网", top=["<a>在线收听</a> <a>节目表</a>"],
 nav=["首页", "新闻频率", "交通频率", "音乐频率", "主持人", "活动"], crumb="首页 > 新闻频率 > 新闻",
 title="南京部分地铁站出入口开启“夏季纳凉”模式",
 info=['<p>2025年6月13日 14:22　　南京新闻广播</p>'], style="u3000",
 body="""
南京新闻广播消息（记者　钟  晴）近日气温攀升，南京地铁在新街口、南京站、鼓楼等21个客流较大的车站出入口设置了临时纳凉点，配备饮用水、藿香正气水和座椅，供乘客和周边户外工作者免费使用。
记者在新街口站4号口看到，不少外卖骑手、环卫工人在这里休息。外卖骑手小王说：“中午送餐热得不行，在这里喝口水、歇一会儿，舒服多了。”
南京地铁运营公司相关负责人介绍，纳凉点开放时间为每天10时至17时，将持续到9月底。同时，地铁站内空调已全部开启，站厅温度控制在26℃至28℃之间。
此外，南京地铁还提醒乘客，夏季雷雨天气较多，出行前可通过“与宁同行”APP查询车站实时客流和出入口开放情况。
据了解，今年夏季南京还将在部分公交枢纽、公园设置类似的纳凉点，具体位置可通过“我的南京”APP查询。
""",
 after=["<p>编辑：汪蕾</p>"], share=["分享到："], related=["热门节目", "《在线南京》", "《交通早高峰》"],
 footer=["南京广播电视集团 版权所有　苏ICP备07001234号", "信息网络传播视听节目许可证：1002345"],
 authors=["钟晴"], time="2025年6月13日 14:22"),

dict(id="uy-21", kind="media", lang="zh", gen="portal", site="搜城网·湖北站", top=["<a>首页</a> <a>新闻</a> <a>汽车</a> <a>房产</a> <a>旅游</a>"], search="搜城一下",
 nav=["湖北首页", "资讯", "武汉", "楚天社区", "美食", "教育"], crumb="搜城湖北 > 资讯 > 正文",
 title=["武汉长江大桥夜景灯光升级", "新增动态光影秀"],
 info=['<div><span class="date">2025-06-10 22:16:41</span> <span>来源：</span><a>长江都市报</a> <span>作者：</span><span>罗  洁</span> <a>0条评论</a></div>'],
 body="""
记者从武汉市城管执法委获悉，武汉长江大桥夜景灯光升级改造工程近日完工。改造后的大桥将在周末及节假日晚间上演时长约8分钟的动态光影秀。
此次改造更换了1.2万余套老旧灯具，全部采用节能LED光源，整体能耗比改造前下降约35%。灯光设计以“江城记忆”为主题，通过色彩变化展现大桥建设历程和武汉城市风貌。
“光影秀每晚20时和21时各上演一场，市民在汉阳江滩、武昌江滩和黄鹤楼都可观赏。”项目负责人介绍，灯光亮度经过专业测算，不会对江上航行和周边居民生活造成影响。
据悉，今年武汉还将对两江四岸部分区域的景观照明进行提升，打造更具特色的夜间游览线路。
不少市民已经提前来到江滩“踩点”。家住汉阳的陈先生说：“晚上带孩子来江边散步，看看灯光秀，很有意思，也让外地朋友多了一个了解武汉的窗口。”
""",
 after=["<p>本文来源：长江都市报　责任编辑：张三丰_NH1234</p>"], share=["分享到：", "微博", "QQ空间", "微信"],
 related=["猜你喜欢", "武汉两江游船开通夜间新航线", "黄鹤楼景区推出夜游项目"], side=["24小时排行", "武汉今夏首场暴雨来袭", "湖北多地发布高温预警"],
 footer=["Copyright © 搜城网 版权所有", "京ICP证000123号　京公网安备11010802012345号"],
 authors=["罗洁"], time="2025-06-10 22:16:41"),

dict(id="uy-22", kind="media", lang="zh", gen="table", site="三峡晚报网", logo="三峡晚报网",
 nav=["首页", "宜昌新闻", "县市新闻", "民生热线", "数字报"], crumb="首页 >> 宜昌新闻",
 title="宜昌城区新增8处“口袋公园”",
 info=['<div align="center">作者：三峡晚报全媒体记者 向  阳　发布时间：2025-06-11　来源：三峡晚报</div>'], style="br",
 body="""
利用边角地、闲置地“见缝插绿”，宜昌城区今年新建的8处“口袋公园”已全部向市民开放。
这些公园面积从800平方米到5000平方米不等，分布在西陵、伍家岗、点军等城区，配有健身步道、儿童游乐设施和休憩座椅。位于伍家岗区城东大道旁的“桔园”原本是一块堆放建筑垃圾的空地，如今种上了柑橘树和花草，成了附近居民散步的好去处。
“以前要走二十分钟才能到公园，现在出门五分钟就到了。”居民李阿姨说。
市园林局相关负责人介绍，宜昌将继续推进“300米见绿、500米见园”工程，今年底前城区公园总数将达到180个。
记者在西陵区一处新建的口袋公园看到，傍晚时分，不少居民带着孩子在此纳凉、玩耍，几位老人坐在树荫下下棋聊天，公园里一派热闹景象。园林部门还在每处公园设置了公示牌，标明管护单位和联系电话。
""",
 after=["<p>编辑：谭  芳</p>", "<p>【<a>关闭窗口</a>】</p>"],
 footer=["三峡晚报网 版权所有　鄂ICP备08005678号", "地址：宜昌市沿江大道101号　新闻热线：0717-6221234"],
 authors=["向阳"], time="2025-06-11"),

dict(id="uy-23", kind="media", lang="zh", gen="modern", site="大通融媒", top=["<a>首页</a> <a>大通发布</a>"],
 nav=["首页", "时政", "乡镇", "民生", "视频", "专题"], crumb="首页 > 乡镇",
 title="大通县：青稞田里的“科技范儿”",
 info=['<div class="meta">作者：祁  明 韩·索南才让　|　发布时间：2025/06/12　|　来源：大通县融媒体中心</div>'],
 body="""
眼下，在大通县桥头镇的青稞种植基地，一架植保无人机在田间来回穿梭，几分钟就完成了十多亩地的叶面肥喷施作业。
“以前人工打药，一天最多打二十亩，现在一台无人机一天能作业三百多亩。”种植大户韩有福说。今年，他流转的800亩土地全部种上了新品种青稞，并用上了测土配方施肥、智能墒情监测等技术。
据了解，大通县今年青稞种植面积达到6.2万亩，推广良种覆盖率超过95%。县农技中心组织技术人员分片包干，定期下田指导农户开展田间管理。
县农业农村和科技局负责人表示，下一步将延伸青稞产业链，发展青稞酒、青稞食品加工，让小青稞成为富民大产业。
记者在基地看到，田间立着多个智能监测设备，土壤温湿度、病虫害等数据实时传送到农户的手机上。“哪块地缺水、哪块地该追肥，手机上看得一清二楚。”韩有福说。
""",
 after=['<p class="meta">编辑：马丽娜　审核：张立业</p>'], share=["扫一扫 分享到手机"],
 footer=["大通回族土族自治县融媒体中心 主办", "青ICP备18001234号-1"],
 authors=["祁明", "韩·索南才让"], time="2025/06/12"),

dict(id="uy-24", kind="media", lang="zh", gen="portal", site="华夏通讯社网", top=["<a>繁体</a> <a>English</a> <a>手机版</a>"], search="请输入关键词",
 nav=["首页", "时政", "国际", "财经", "地方", "科技", "军事"], crumb="首页 > 地方 > 正文",
 title="江苏今年以来新增高新技术企业超3000家",
 info=['<div class="h-info"><span class="h-time">2025-06-13 10:05:28</span><span>来源：华夏通讯社</span></div>'],
 body="""
华夏通讯社南京6月13日电（记者 蒋  蕙 孙一凡）记者从江苏省科技厅获悉，今年以来，江苏新增认定高新技术企业3126家，全省高新技术企业总数超过5.8万家，继续位居全国前列。
江苏近年来持续加大研发投入，全社会研发经费支出占地区生产总值比重达到3.3%。在苏州、无锡、南京等地，一批专注于集成电路、生物医药、新型电力装备的科技型企业快速成长。
省科技厅相关负责人介绍，江苏实施科技企业培育“百千万”工程，对首次认定的高新技术企业给予奖补，并推行研发费用加计扣除“即报即享”。
下一步，江苏将加快建设产业科技创新中心，推动更多科技成果在省内转化落地。
业内人士分析，高新技术企业数量的持续增长，得益于江苏完整的制造业体系和密集的高校科研资源。越来越多的中小企业正加大研发投入，向“专精特新”方向发展。
""",
 after=["<p>【纠错】　【责任编辑：卢子涵】</p>"], share=["分享"],
 related=["相关稿件", "江苏一季度规上工业增加值增长7.8%", "南京集成电路产业规模突破千亿"],
 footer=["华夏通讯社版权所有　未经书面授权禁止使用", "Copyright © 2000-2025 All Rights Reserved　京ICP备09001234号"],
 authors=["蒋蕙", "孙一凡"], time="2025-06-13 10:05:28"),
]
