# Media pages sl-13 .. sl-24 (all invented)
MEDIA = [
dict(id='sl-13', kind='media', tpl='media', site='沈阳晚报网', title='沈阳地铁6号线全线“洞通” 预计明年年底开通运营',
 authors=['周子航'], time='2025-03-26 08:45:12', tlabel='', src='沈阳晚报', glue=False, bypos='infobar', by='记者：周子航',
 footer={'host': '沈阳晚报社', 'icp': '辽ICP备08104562号', 'ga': '辽公网安备 21010302000188号'}, editor='编辑：韩雪',
 related=['地铁2号线南延线试运行', '浑南区新增三条公交线路'],
 body='''
[图] 盾构机顺利始发时的施工现场（资料图）
3月25日上午，随着最后一台盾构机在长白岛站顺利接收，沈阳地铁6号线一期工程实现全线隧道贯通。
6号线一期工程线路全长约28.5公里，全部为地下线，共设车站23座，其中换乘站8座。线路串联于洪区、皇姑区、大东区、沈河区、和平区和浑南区，建成后将与已运营的多条线路形成换乘，进一步完善中心城区轨道交通网络。
施工方负责人介绍，6号线沿线穿越老城区、河流和多条既有地铁线路，地质条件复杂。施工中，建设者采用自动化监测、同步注浆等技术，确保了既有线路运营安全和周边建筑稳定。
据了解，全线“洞通”后，工程将转入铺轨、机电设备安装和装修阶段，预计2026年年底具备开通运营条件。
市民王先生家住于洪区，每天开车到浑南上班。“6号线开通后，我坐地铁上班能节省一半时间，也不用再为停车发愁了。”他说。
'''),
dict(id='sl-14', kind='media', tpl='media', site='福建日报·东南网', info_pos='above', title='福建今年将新增公办幼儿园学位3万个',
 authors=['黄艺', '郑丽萍'], time='2025年04月09日 07:20', tlabel='', src='福建日报', glue=True,
 footer={'host': '福建日报社', 'icp': '闽ICP备05014276号', 'ga': '闽公网安备 35010202000561号'}, editor='责任编辑：翁晓东',
 body='''
本报讯（记者 黄艺 通讯员 郑丽萍）记者8日从省教育厅获悉，今年我省将继续扩大普惠性学前教育资源，计划新建、改扩建公办幼儿园120所，新增公办学位3万个。
近年来，我省持续实施学前教育发展提升行动计划，普惠性幼儿园覆盖率已达到92%以上，公办园在园幼儿占比超过55%。但部分城区“入园难”、农村园办园质量不高等问题仍然存在。
为此，省教育厅提出，将优先在人口集中流入的城镇新区和学位紧张区域布局建设公办园，同时推动乡镇中心园对村级园实行统一管理，提升农村学前教育质量。
此外，我省还将加强幼儿园教师队伍建设，今年计划招聘公办园教师2000名，并开展全员培训，着力提升保教质量。
省教育厅有关负责人表示，将同步完善普惠性民办园扶持政策，合理确定收费标准，切实减轻家庭育儿负担，让更多孩子在家门口“上好园”。
'''),
dict(id='sl-15', kind='media', tpl='media', site='每日甘肃网', title='甘肃：戈壁滩上“种”出百万千瓦光伏电站',
 yin='新能源产业加速崛起', fu='酒泉单体规模最大光伏项目全容量并网',
 authors=['杨光明'], time='2025-06-30 19:02', tlabel='发布时间：', src='甘肃日报', bypos='firstline', by='甘肃日报记者　杨光明',
 footer={'host': '甘肃日报报业集团', 'icp': '陇ICP备05000173号', 'ga': '甘公网安备 62010202000312号'},
 body='''
6月29日，位于酒泉市瓜州县北大桥的百万千瓦光伏电站实现全容量并网发电。这是目前酒泉地区单体规模最大的光伏项目。
放眼望去，一排排蓝色光伏板在戈壁滩上整齐排列，绵延数公里。项目负责人介绍，电站总装机容量100万千瓦，共安装光伏组件约180万块，年均发电量可达17亿千瓦时，每年可节约标准煤约52万吨，减少二氧化碳排放约140万吨。
## 风光资源优势转化为发展优势
酒泉太阳能资源丰富，年日照时数超过3200小时。近年来，当地依托丰富的风光资源，大力发展新能源产业，新能源装机规模持续扩大，已成为我国重要的新能源基地之一。
## 配套储能提升消纳能力
为解决新能源发电间歇性问题，该项目同步配套建设储能电站，可有效平抑出力波动，提升电网消纳能力。
“下一步，我们将继续推进源网荷储一体化发展，让更多绿电送出去、用起来。”酒泉市能源局相关负责人说。
'''),
dict(id='sl-16', kind='media', tpl='media', site='青海新闻网', title='三江源国家公园藏羚羊迁徙季开启', authors=['索南才让'],
 time='2025-05-27', tlabel='', src='青海日报', bypos='closing', by='（记者 索南才让）', views='', glue=False,
 footer={'host': '青海日报社', 'icp': '青ICP备05000207号', 'ga': '青公网安备 63010402000091号'}, editor='编辑：马晓云',
 body='''
[图] 藏羚羊在可可西里腹地迁徙（资料图）
近日，随着气温回升，三江源国家公园长江源园区可可西里区域的藏羚羊开始陆续向卓乃湖等产仔地迁徙，一年一度的藏羚羊迁徙季正式开启。
为确保藏羚羊安全迁徙，可可西里管理处提前部署，在青藏公路五道梁、不冻泉等藏羚羊迁徙通道附近设置临时管控点，巡护人员全天候值守，必要时临时管控过往车辆，为藏羚羊安全通过公路“保驾护航”。
据介绍，经过多年保护，可可西里藏羚羊种群数量已由上世纪80年代的不足2万只恢复到7万只以上。每年5月至7月，大批雌性藏羚羊从青海三江源、西藏羌塘、新疆阿尔金山等地迁徙至卓乃湖、太阳湖一带产仔，之后带着幼崽返回原栖息地。
管理处提醒过往司机和游客，遇到藏羚羊过路时要停车避让，不鸣笛、不下车、不投喂、不惊扰野生动物。
'''),
dict(id='sl-17', kind='media', tpl='media', site='厦门网', title='厦门同安：“共享菜园”让闲置地变身“幸福田”',
 authors=['陈宇轩', '许雅婷'], time='2025/09/03 15:36', tlabel='', src='厦门日报', glue=True, bypos='infobar', by='记者 陈宇轩 通讯员 许雅婷',
 footer={'host': '厦门日报社', 'icp': '闽ICP备05024915号', 'ga': '闽公网安备 35020302000745号'}, css='.info{border-top:2px solid #1565c0;padding-top:4px}',
 prevnext=['同安老城区街巷整治完成', '厦门今秋新开5条公交线路'],
 body='''
在同安区祥平街道的一个小区旁，原本杂草丛生的边角地被整理成一块块整齐的菜畦，青菜、茄子、辣椒长势喜人。这是街道打造的“共享菜园”，由居民认领耕种。
“以前这里乱堆乱放，下雨天还积水，现在种上菜，环境好了，邻里之间也常来常往。”认领菜地的退休教师吴老师说。
据介绍，祥平街道共梳理出闲置边角地11处，总面积约8000平方米，通过“街道统筹、社区管理、居民认领”的模式，改造为共享菜园、口袋公园和儿童自然课堂。认领居民需签订承诺书，不使用化学农药，自觉维护环境卫生。
> “小菜园连着大民生，我们希望通过这种方式，让居民从‘旁观者’变成‘参与者’。”祥平街道相关负责人说。
下一步，街道还将邀请农技人员定期到菜园开展种植指导，并组织亲子农耕体验活动，让共享菜园成为社区治理的新载体。
'''),
dict(id='sl-18', kind='media', tpl='media', site='辽宁广播电视台·北斗融媒', title='辽宁省2025年全民健身运动会开幕', authors=[],
 time='2025-08-08 21:14', tlabel='', src='辽宁广播电视台', srclabel='来源：', glue=False,
 footer={'host': '辽宁广播电视台', 'icp': '辽ICP备13001894号-3', 'ga': '辽公网安备 21010602000241号'}, editor='编辑：李默　审核：高峰',
 body='''
[图] 视频截图：开幕式现场
8月8日是第17个全民健身日。当天晚上，辽宁省2025年全民健身运动会在锦州开幕，来自全省14个市的2000余名运动员和健身爱好者参加开幕式。
本届运动会以“全民健身 活力辽宁”为主题，设置篮球、足球、乒乓球、羽毛球、健身气功、广场舞、徒步等23个大项，比赛将持续至11月，分别在沈阳、大连、锦州等地举行。与往届相比，本届运动会新增了飞盘、匹克球、腰旗橄榄球等新兴项目，吸引了大批年轻人报名参赛。
开幕式上，锦州市舞蹈团队带来了精彩的文艺表演，现场观众热情高涨。
据了解，近年来我省持续推进全民健身设施建设，城市社区“15分钟健身圈”基本形成，经常参加体育锻炼人数比例达到38.6%。运动会期间，各地还将开展体育公益课、健身指导进社区等活动。
'''),
dict(id='sl-19', kind='media', tpl='media', lang='en', site='Fujian Daily English', title='Fuzhou opens its first riverside night market on the Min River',
 authors=['Chen Jiayi'], time='April 12, 2025 18:30', tlabel='Updated: ', src='Fujian Daily', srclabel='Source: ', glue=False,
 bypos='firstline', by='By Chen Jiayi', navs=['Home', 'News', 'Business', 'Culture', 'Travel', 'Photos'], crumb=['Home', 'News', 'Local'],
 hot=['Spring tea season begins in Wuyi Mountain', 'New metro line links airport'],
 footer={'host': 'Fujian Daily Newspaper Group', 'icp': '闽ICP备05014276号-2', 'ga': '闽公网安备 35010202000562号'},
 body='''
Fuzhou, capital of southeast China's Fujian province, opened its first riverside night market on Friday evening, drawing thousands of visitors to the north bank of the Min River.
The market, stretching about 800 meters along the promenade near the Jiefang Bridge, brings together more than 150 stalls selling local snacks such as fish balls, oyster cakes and lychee pork, as well as handicrafts and cultural products.
"We want to give residents and tourists a new place to enjoy the city at night," said an official with the local commerce bureau, adding that the market will open from 6 pm to midnight every Friday to Sunday.
Street performers, live music and light shows along the river added to the lively atmosphere. Lin Mei, a university student, said she came with friends after class. "The food is cheap and the view of the river is beautiful," she said.
The city plans to add more night consumption venues this year to boost spending and tourism.
'''),
dict(id='sl-20', kind='media', tpl='media', lang='en', site='Gansu Daily English', title='Dunhuang launches digital tours of Mogao Grottoes for overseas visitors',
 authors=[], time='2025-07-16', tlabel='', src='Xinhua', srclabel='Source: ', glue=False, info_pos='above',
 navs=['Home', 'Gansu Now', 'Silk Road', 'Culture', 'Video'], crumb=['Home', 'Culture'], hot=['Lanzhou beef noodles go global', 'Zhangye Danxia welcomes summer tourists'],
 footer={'host': 'Gansu Daily Newspaper Group', 'icp': '陇ICP备05000173号-2', 'ga': '甘公网安备 62010202000313号'},
 body='''
LANZHOU, July 16 (Xinhua) -- The Dunhuang Academy on Wednesday launched a multilingual online platform offering digital tours of the Mogao Grottoes, a UNESCO World Heritage site in northwest China's Gansu province.
The platform offers high-resolution images and 3D models of more than 30 caves, with explanations available in English, French, Japanese and several other languages. Users can zoom in to view details of murals and painted sculptures dating back more than 1,600 years.
"Digital technology allows people around the world to appreciate Dunhuang art without traveling thousands of kilometers," said an official with the academy.
The academy began digitizing the grottoes in the 1990s to protect the fragile murals from damage caused by humidity and large numbers of visitors. So far, digital images of more than 290 caves have been collected.
'''),
dict(id='sl-21', kind='media', tpl='media', site='鞍山新闻网', title='鞍山千山景区推出“春游千山”系列活动', authors=['孟庆丰'],
 time='2025-04-18 10:05:47', tlabel='', src='千华山报', glue=True, info_pos='bottom', bypos='firstline', by='□记者 孟庆丰',
 footer={'host': '鞍山日报社', 'icp': '辽ICP备06002751号', 'ga': '辽公网安备 21030202000156号'},
 body='''
春暖花开，千山景区梨花、杏花竞相绽放，吸引众多游客前来踏青赏花。记者从千山风景名胜区管委会获悉，即日起至5月底，景区推出“春游千山”系列活动，包括赏花摄影大赛、登山健身挑战赛、非遗展演等内容。
活动期间，景区对60周岁以上老年人、现役军人、残疾人等群体实行免票政策，并在周末增开景区内部接驳车，方便游客游览。同时，景区联合周边农家乐、民宿推出“一日游”“两日游”精品线路，带动乡村旅游发展。
## 游客量同比增长
据统计，4月以来，千山景区已接待游客12万人次，同比增长约20%。
景区工作人员提醒，春季山区早晚温差大，游客应注意增添衣物，穿防滑鞋，登山时量力而行，不要进入未开放区域，严禁携带火种进山。
据悉，景区还开通了线上预约购票服务，游客可通过官方公众号提前预约，错峰出行。节假日期间，景区将在主要路口增派工作人员疏导交通。
'''),
dict(id='sl-22', kind='media', tpl='media', site='泉州网', title='泉州晋江：鞋服企业“智改数转”跑出加速度', authors=['吴泽鹏'],
 time='2025-05-06', tlabel='', src='泉州晚报', bypos='closing', by='（吴泽鹏 文/图）', glue=False,
 footer={'host': '泉州晚报社', 'icp': '闽ICP备06027511号', 'ga': '闽公网安备 35050302000238号'},
 body='''
走进位于晋江市陈埭镇的一家鞋业公司生产车间，自动裁断机、智能针车、机械臂有序运转，一双双运动鞋在流水线上快速成型。
“过去一条生产线需要30多名工人，现在只要十几个人，生产效率提高了40%，产品不良率下降了一半。”公司负责人介绍，近两年企业累计投入8000多万元进行智能化改造，建成数字化车间，实现从订单到出货的全流程数据管理。
## 政策助力企业转型
近年来，晋江出台支持制造业数字化转型系列政策，对企业购置智能设备、上云用数给予补助，并组织服务商“一对一”上门诊断。去年以来，全市已有超过600家规上企业实施智能化改造。
[图] 工人在智能化生产线上作业
业内人士表示，“智改数转”不仅降低了人工成本，更让企业具备了小批量、多品种、快速反应的柔性生产能力，为传统产业转型升级注入新动能。
'''),
dict(id='sl-23', kind='media', tpl='media', site='中国甘南网', title='甘南州夏河县举办第十届香浪节文化活动', authors=['旦正草', '李晓峰'],
 time='2025年07月22日', tlabel='日期：', src='甘南日报', glue=False, bypos='infobar', by='作者：旦正草 李晓峰', info_pos='above',
 footer={'host': '甘南日报社', 'icp': '陇ICP备09003312号', 'ga': '甘公网安备 62300102000049号'},
 body='''
7月20日，夏河县第十届香浪节文化活动在桑科草原开幕。来自全县各乡镇的群众身着节日盛装，欢聚在草原上，共庆传统节日。
香浪节是当地群众的传统节日，每年农历六月前后举行，人们在草原上搭起帐篷，唱歌跳舞、赛马射箭，享受夏日美好时光。本届香浪节为期五天，设置了锅庄舞展演、赛马、拔河、民族服饰展示、农牧特色产品展销等活动。
开幕式上，演员们表演的歌舞节目赢得了现场观众阵阵掌声。特色产品展销区里，酸奶、曲拉、牦牛肉干等农牧产品吸引了不少游客驻足选购。
夏河县相关负责人表示，近年来，县里依托民俗文化资源，推动文化和旅游深度融合，举办香浪节等节庆活动，既丰富了群众文化生活，也带动了乡村旅游和农牧民增收。
活动期间，当地还组织医疗、法律、农技等志愿服务队伍进帐篷、进牧户，为群众提供义诊、政策咨询和养殖技术指导，受到牧民群众欢迎。
'''),
dict(id='sl-24', kind='media', tpl='media', site='西宁晚报·夏都新闻网', title='西宁市区新增12处城市书房 市民家门口“充电”',
 authors=['贺静'], time='2025.10.15 08:00', tlabel='', src='西宁晚报', glue=True,
 footer={'host': '西宁晚报社', 'icp': '青ICP备06000135号', 'ga': '青公网安备 63010302000057号'}, editor='编辑：王倩',
 body='''
本报讯（记者 贺静）“下班后来这里看看书，安静又舒服。”10月14日晚，在城西区胜利路的一家城市书房里，市民刘女士正在翻阅一本文学杂志。
记者从西宁市文化和旅游局了解到，今年以来，西宁市在城区新建城市书房12处，目前全市城市书房总数已达到46处。新建书房大多设在社区服务中心、公园和商业综合体内，每处面积100至300平方米不等，配备图书3000册以上，实行通借通还。
城市书房普遍延长开放时间，每天开放至晚上9点，部分书房实现24小时自助服务。读者可凭身份证或读者证自助借阅，还能在线预约阅读座位。
此外，城市书房还定期举办读书分享会、亲子阅读、非遗体验等活动。市文化和旅游局相关负责人表示，下一步将继续优化书房布局，让市民在“家门口”享受便捷的公共文化服务。
'''),
]
