"""Media pages se-13 .. se-24 (all invented)."""
K = 'media'
HOT = ['全市中小学秋季开学安全检查启动', '地铁新线站点命名征求意见', '本周末气温骤降 注意添衣', '老旧小区改造进度公布', '市民热线上半年受理量增长']
PAGES = [
dict(id='se-13', kind=K, tpl='media_portal', prov='ha', site='大河新报网', col='河南新闻', color='#c4161c', hot=HOT,
 title='郑州新增12条公交微循环线路', authors=['李梦雪'], time='2025-03-21 07:58',
 info=['2025-03-21 07:58', '来源：大河新报', '作者：李梦雪'], info_pos='above',
 body='''
3月20日，记者从郑州市公交集团获悉，为解决部分社区居民“最后一公里”出行难题，郑州将于3月25日起新开12条公交微循环线路，覆盖金水、中原、管城等6个区的40余个住宅小区。
据介绍，此次开通的微循环线路均采用8米以下新能源小型公交车，线路长度在5公里至9公里之间，串联起社区、学校、医院、菜市场和地铁站，票价统一为1元，发车间隔高峰时段为10分钟。
“以前从小区到地铁站要走20多分钟，有了微循环公交，出门就能坐车。”家住中原区某小区的市民赵女士说。
郑州市公交集团相关负责人表示，线路开通后将根据客流情况动态优化调整，市民也可通过“郑州公交”微信公众号提出意见建议。
今年以来，郑州已累计优化调整公交线路36条，新增公交专用道18公里。按照计划，年内还将在高新区、经开区等新建成片区新开微循环线路10条左右，进一步提升公共交通覆盖率，让更多市民享受到便捷的公交服务。
@责任编辑：王一鸣
''', related=['郑州地铁10号线二期全线贯通', '郑州市区新增3000个公共停车泊位']),

dict(id='se-14', kind=K, tpl='media_flex', prov='sh', site='申城晚报', col='城事', color='#0a3a7a',
 title='徐汇滨江新添一处“口袋公园”', authors=['顾晨', '周敏'], time='2025年04月12日 18:06',
 info=['申城晚报记者 顾晨 通讯员 周敏', '2025年04月12日 18:06'], info_pos='below',
 body='''
沿着徐汇滨江步道往南走，一处绿意盎然的小花园映入眼帘：樱花、海棠次第开放，几张原木长椅散落在草坪边，不少市民带着孩子在这里晒太阳、放风筝。这处占地约3000平方米的“口袋公园”于近日正式向公众开放。
据介绍，这里原是一处闲置的堆场，长期被围挡封闭。去年以来，徐汇区绿化市容部门会同街道对地块进行改造，保留了原有的几棵大香樟，新增花境、儿童游乐设施和公共厕所，并设置了宠物友好区域。
!改造后的口袋公园
“我们在设计时充分征求了周边居民的意见，大家最希望有更多可以坐下来休息的地方。”项目设计负责人说。
今年，上海计划新建120座口袋公园，让市民推窗见绿、出门入园。截至3月底，全市已累计建成口袋公园近500座，其中不少由边角地、闲置地改造而来。绿化市容部门表示，今后还将鼓励居民参与公园的日常管护，探索“共建共治共享”的管理模式，让这些小而美的绿色空间真正成为市民家门口的“后花园”。
''', related=['上海今年将新建120座口袋公园', '黄浦江滨江贯通再延伸']),

dict(id='se-15', kind=K, tpl='media_portal', prov='nx', site='宁夏新闻在线', col='区内要闻', color='#b71c1c', hot=HOT,
 title='宁夏枸杞“鲜果”首次批量出口东南亚', authors=['马福林'], time='2025-08-06 11:42:37',
 info=['发布时间：2025-08-06 11:42:37', '来源：宁夏新闻在线', '编辑：杨帆'], info_pos='below',
 body='''
本网讯（记者 马福林）8月5日，满载12吨宁夏新鲜枸杞的冷链集装箱从中宁县出发，经广西凭祥口岸发往越南、泰国等地。这是宁夏枸杞鲜果首次以批量方式出口东南亚市场。
长期以来，宁夏枸杞出口以干果和深加工产品为主，鲜果由于保鲜期短、运输损耗大，一直难以进入远距离市场。今年，中宁县一家枸杞企业联合科研院所攻克了鲜果预冷和气调保鲜技术，使鲜果保质期从原来的5天延长至20天以上。
“这批鲜果到达曼谷后，售价是国内的三倍左右，市场反响很好。”企业负责人表示，今年计划出口鲜果200吨。
海关部门为此开辟了“绿色通道”，实行优先查验、快速通关。今年以来，宁夏枸杞及其制品出口额已达1.3亿元，同比增长21%。自治区商务厅表示，将支持更多企业开拓“一带一路”沿线市场，推动枸杞、牛奶、葡萄酒等特色农产品“走出去”。
''', related=['中宁枸杞进入夏果采摘高峰']),

dict(id='se-16', kind=K, tpl='media_flex', prov='ln', site='辽沈广播电视台', col='新闻', color='#4a148c',
 title='沈阳浑南：冰雪季首批游客“打卡”冰雕园', authors=['王一凡', '赵宏亮'], time='2025-12-20 21:15',
 info=['来源：辽沈广播电视台', '2025-12-20 21:15'], info_pos='above',
 body='''
【导语】随着气温持续走低，沈阳浑南区冰雕园日前试运营，迎来了冰雪季的首批游客。
今年的冰雕园占地8万平方米，共使用冰块3万余立方米，以“冰雪奇缘·盛京印象”为主题，复刻了沈阳故宫大政殿、中街老字号等地标建筑，还设置了超长冰滑梯、雪地摩托等20多个游乐项目。
【同期】游客 陈女士：孩子特别喜欢这个大滑梯，一下滑了好几趟，虽然冷，但是特别开心。
据了解，今年冰雕园首次引入夜间灯光秀，每晚6点至9点，园内冰雕将随音乐变换色彩。园区还推出了“冰雪+温泉”联票，游客可以在游玩后前往周边温泉度假区。冰雕园将于12月27日正式开园，运营至明年2月底。
【结束语】近年来，浑南区依托冰雪资源，打造冰雪旅游品牌，去年冰雪季共接待游客120万人次，实现旅游收入超过8亿元。今年，浑南区还将举办冰雪马拉松、冰上龙舟赛等赛事活动，进一步激活冬季消费市场。
@（辽沈台记者 王一凡 赵宏亮）
''', related=['辽宁冰雪旅游季启动', '本溪滑雪场迎来首场降雪']),

dict(id='se-17', kind=K, tpl='media_portal', prov='sh', site='浦江在线', col='评论', color='#d84315', hot=HOT,
 title='“一网通办”更要“一次办好”', authors=['林海'], time='2025/05/09',
 info=['2025/05/09', '作者：林海', '来源：浦江在线'], glue=True, info_pos='below',
 body='''
近年来，上海“一网通办”改革持续深化，越来越多的政务服务事项可以在网上办理，市民足不出户就能办成不少事。这是值得肯定的进步。
但也要看到，一些事项虽然实现了“网上可办”，却还谈不上“一次办好”。有的申请材料要反复上传，有的系统之间数据不通，群众在网上填完表格，还要到窗口补交纸质材料。如此“网上办”，难免让人感到折腾。
“一网通办”的关键不在“网”而在“通”。要真正让群众少跑腿，就要打破部门之间的数据壁垒，推动电子证照互认共享，凡是政府部门已经掌握的信息，就不应该再让群众重复提交。
同时，还要在“办好”上下功夫。政务服务好不好，群众最有发言权。不妨多设几个“好差评”入口，让办事群众的评价真正成为改进工作的依据。只有以用户体验为中心持续迭代，“一网通办”才能从“能办”走向“好办”“愿办”。
'''),

dict(id='se-18', kind=K, tpl='media_flex', prov='ha', site='洛阳日报网', col='社会', color='#00695c',
 title='老城区“洛邑古城”夜游人气旺', authors=['张晓航'], time='2025年08月15日',
 info=['洛阳日报网', '2025年08月15日', '浏览量：3421'], info_pos='below',
 body='''
@记者 张晓航 文/图
华灯初上，洛阳老城区洛邑古城内游人如织。身着汉服的游客在文峰塔下拍照留念，街边的小吃摊飘出浆面条、不翻汤的香味，古色古香的街巷里不时传来悠扬的古筝声。
暑期以来，洛邑古城推出“夜游古城”系列活动，每晚安排沉浸式演艺、非遗展示、古风巡游等节目，吸引了大批外地游客。据景区统计，7月以来，古城日均接待游客超过5万人次，夜间游客占比达到六成以上。
!游客在洛邑古城夜游
“白天去龙门石窟，晚上来古城逛吃，一天安排得满满当当。”来自武汉的游客周先生说。
为保障游客安全有序游览，老城区增派了200余名执勤人员和志愿者，并在周边新增临时停车位1200个。文旅部门还开通了连接洛阳站、龙门站与洛邑古城的夜游专线公交，末班车延长至23时。
据老城区文旅局负责人介绍，下一步，古城将继续挖掘河洛文化资源，推出更多具有地方特色的夜间文旅产品，打造“古都夜八点”消费品牌，让游客在洛阳住下来、留下来。
'''),

dict(id='se-19', kind=K, lang='en', tpl='media_en', prov='sh', site='Shanghai Daily Express', col='Metro',
 title='Shanghai opens first community canteen for night-shift workers', authors=['Chen Yifan'], time='2025-06-18 08:45',
 info=['By Chen Yifan', 'Updated: 2025-06-18 08:45'], info_pos='below', copyright='Copyright 2025 Shanghai Daily Express. All rights reserved.',
 body='''
A community canteen serving hot meals from 10pm to 6am opened in Putuo District on Tuesday, the first in the city designed mainly for delivery riders, taxi drivers and other night-shift workers.
The canteen, located on the ground floor of a neighborhood service center on Caoyang Road, offers set meals priced from 15 to 22 yuan, including noodles, rice dishes and soup. Workers holding a membership card issued by the district trade union get a 20 percent discount.
"Before, I usually ate instant noodles at convenience stores after midnight," said Wang Lei, a 34-year-old delivery rider. "Now I can have a proper meal and a rest here."
The center also provides phone charging points, hot water and a small lounge with about 30 seats. District officials said more night canteens would open in Changning and Jing'an districts by the end of the year if the pilot proves popular.
''', related=['Shanghai extends metro hours on weekends', 'New rules protect delivery workers']),

dict(id='se-20', kind=K, lang='en', tpl='media_en', prov='ln', site='Liaoning Today', col='Business', nav=['Home', 'News', 'Business', 'Culture', 'Photos'],
 title='Dalian port handles record container volume in first half', authors=[], time='July 9, 2025',
 info=['Source: Xinhua', 'July 9, 2025'], info_pos='above', copyright='Liaoning Today | Contact us | About us',
 body='''
DALIAN, July 9 -- The port of Dalian in northeast China's Liaoning Province handled a record 5.1 million twenty-foot equivalent units (TEUs) of containers in the first six months of this year, up 7.8 percent year on year, port authorities said Wednesday.
The growth was driven mainly by new sea-rail intermodal routes linking the port with inland cities in northeast China and Inner Mongolia, as well as new shipping lines to Southeast Asia and the Russian Far East.
So far this year, the port has opened six new international container routes. Its sea-rail intermodal volume reached 380,000 TEUs, an increase of 12 percent.
Officials said the port will continue to upgrade its automated terminals and improve customs clearance efficiency to serve the revitalization of northeast China.
'''),

dict(id='se-21', kind=K, tpl='media_portal', prov='ln', site='北方晨报网', col='辽宁新闻', color='#1565c0', hot=HOT,
 title='鞍山千山景区推出“研学游”线路', authors=['孟凡宇'], time='2025-07-02',
 info=['北方晨报网', '2025-07-02'], info_pos='below',
 body='''
北方晨报讯 暑假临近，鞍山千山风景区推出5条“研学游”精品线路，涵盖地质科普、植物认知、古建筑文化、红色教育等主题，面向全省中小学生开放预约。
其中，“千山地质探秘”线路由专业地质讲解员带队，带领学生认识花岗岩地貌的形成过程；“古寺建筑课堂”线路则走进无量观、龙泉寺等古建筑群，讲解传统木构建筑的营造技艺。
景区相关负责人介绍，每条线路均配有研学手册和任务单，学生完成任务后可获得研学证书。景区还对团体研学游客实行门票优惠，学生凭学生证可享受半价。
去年暑期，千山景区共接待研学团队300余个、学生2.6万人次。今年景区新增了两处研学营地，预计接待量将有较大幅度增长。景区提醒，研学团队需至少提前三天通过官方公众号预约，并配备足够的带队教师。（记者 孟凡宇）
''', related=['辽宁发布暑期文旅惠民措施']),

dict(id='se-22', kind=K, tpl='media_flex', prov='nx', site='塞上融媒', col='本地', color='#e65100',
 title='贺兰山东麓葡萄酒庄迎来采收季', authors=['纳雪梅', '杨子涵'], time='2025.09.22 10:08',
 info=['塞上融媒记者：纳雪梅 杨子涵', '发布时间：2025.09.22 10:08'], info_pos='bottom',
 body='''
9月下旬，贺兰山东麓的葡萄园里，一串串赤霞珠、蛇龙珠挂满枝头。在永宁县一家酒庄的葡萄园里，采摘工人们手持剪刀，小心地将葡萄剪下放入筐中，随后运往酿酒车间。
“今年雨水少、光照足，葡萄的糖度和酸度都很理想，是个好年份。”酒庄酿酒师说，酒庄今年计划采收葡萄800吨，可酿造葡萄酒约50万瓶。
## 产区规模持续扩大
目前，贺兰山东麓葡萄酒产区酿酒葡萄种植面积已达60余万亩，建成酒庄和种植企业260余家，年产葡萄酒约1.4亿瓶，综合产值超过400亿元。
## 带动农户就近就业
采收季期间，周边村庄有上千名村民到酒庄务工，每人每天收入在150元至200元之间。“在家门口就能挣钱，还能照顾家里。”闽宁镇村民马秀兰说。据了解，今年采收季将持续到10月中旬，各酒庄还推出了采摘体验、酿酒课堂等活动，吸引游客参与。
''', related=['宁夏葡萄酒获国际大赛多项金奖']),

dict(id='se-23', kind=K, tpl='media_portal', prov='ha', site='中原视听网', col='视频新闻', color='#ad1457', hot=HOT,
 title='南阳月季花展开幕 200余个品种竞相绽放', authors=['何佳', '雷鸣'], time='2025年04月28日 09:00',
 info=['2025年04月28日 09:00', '来源：南阳广播电视台'], info_pos='below',
 body='''
!月季花展主会场一角
4月27日，第十五届南阳月季花展在南阳月季博览园开幕。主会场内，大花月季、丰花月季、藤本月季等200余个品种竞相绽放，吸引了大批市民和游客前来观赏。
本届花展以“月季花开·美好南阳”为主题，设置了主会场和8个分会场，展期持续一个月。花展期间，还将举办月季插花大赛、月季摄影展、月季产业发展论坛等20余项活动。
南阳是全国最大的月季苗木生产基地，月季种植面积达18万亩，年出圃月季苗木10亿株，产品远销30多个国家和地区。近年来，南阳不断延伸月季产业链条，开发了月季精油、月季花茶、月季化妆品等深加工产品，年综合产值超过30亿元。
为方便市民游客赏花，南阳市公交公司开通了4条花展专线，花展期间主会场实行免费开放。市区各大公园、游园也同步布置了月季花境，全城处处可见月季绽放的美景。
@南阳台记者：何佳 雷鸣
@编辑：吴晓
'''),

dict(id='se-24', kind=K, tpl='media_flex', prov='sh', site='东方热线新闻', col='财经', color='#37474f',
 title='临港新片区上半年新增注册企业超6000家', authors=['蒋一帆'], time='2025-07-15 15:30',
 info=['2025-07-15 15:30', '东方热线新闻', '记者 蒋一帆'], info_pos='above',
 body='''
记者从临港新片区管委会获悉，今年上半年，临港新片区新增注册企业6128家，同比增长14.6%；其中，新增外资企业215家，实际使用外资12.8亿美元。
从产业结构看，集成电路、人工智能、生物医药、高端装备等前沿产业新增企业占比超过三成。一批重大项目加快落地，上半年新签约项目87个，总投资超过900亿元。
“临港在跨境数据流动、国际人才引进等方面的政策创新，是我们选择落户这里的重要原因。”一家新落户的人工智能企业负责人表示。
下半年，临港新片区将继续聚焦制度型开放，推出更多首创性改革举措，力争全年规上工业总产值增长10%以上。业内人士认为，随着一批重大产业项目陆续投产，临港新片区的产业集聚效应将进一步显现，对全市经济增长的贡献度也将不断提升。
''', related=['临港新片区发布人才新政', '洋山港上半年集装箱吞吐量创新高']),
]
