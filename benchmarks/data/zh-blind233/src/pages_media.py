# Media pages rz-13 … rz-24 (rz-19, rz-20 English). Bodies written by hand.
FT_A = ["中原新闻网 版权所有 未经书面授权禁止转载", "豫ICP备10027715号-1 豫公网安备 41010502003318号", "互联网新闻信息服务许可证：41120170012", "违法和不良信息举报电话：0371-65390077"]
FT_B = ["黔山网 版权所有", "黔ICP备11002831号 贵公网安备 52010202001276号", "新闻热线：0851-86207733"]
FT_C = ["天山在线 Copyright © 2008-2025", "新ICP备09001124号 新公网安备 65010202000417号", "互联网新闻信息服务许可证编号：65120180006"]
FT_D = ["南粤报业网 版权所有", "粤ICP备05073612号 粤公网安备 44010602001125号", "广播电视节目制作经营许可证（粤）字第01277号"]

PAGES = [
dict(id="rz-13", kind="media", layout="media_grid", site="中原新闻网",
 title="郑洛新高铁沿线将新增三座站房", authors=["李雪莹","周建国"], time="2025-03-21 08:05",
 metas=["2025-03-21 08:05", "来源：中原日报", "作者：李雪莹 周建国", "编辑：王帆"], foot=FT_A,
 nav=["首页","时政","经济","社会","文化","视频"], crumbtext="首页 > 经济 > 正文",
 side=["河南今年将新建改建农村公路5000公里","郑州地铁新线进入空载试运行","春季招聘会岗位超2万个"],
 body="""
本报讯（记者 李雪莹 通讯员 周建国）3月20日，记者从省发展改革委获悉，郑洛新高铁沿线新增站房工程可行性研究报告已获批复，沿线将新增三座站房，预计明年开工建设。
据介绍，三座新增站房分别位于巩义东部、偃师新区和新安县城北侧，均按照“小而精”的标准设计，每座站房建筑面积约6000平方米，同时配建公交枢纽和社会停车场。
“新站建成后，沿线群众出行将更加便捷。”省发展改革委交通处相关负责人表示，以偃师新区为例，目前群众乘坐高铁需驱车40分钟前往洛阳龙门站，新站投用后步行或乘公交15分钟即可到达。
!img:郑洛新高铁列车驶过伊河特大桥
!cap:郑洛新高铁列车驶过伊河特大桥。资料图
值得关注的是，新增站房将采用光伏屋面、地源热泵等节能技术，运营期能耗较同规模传统站房降低约两成。
据悉，郑洛新高铁自开通以来，累计发送旅客超过8000万人次，沿线城市之间“一小时通勤圈”逐步形成。
""", prev="上一篇：河南发布春季旅游线路100条", next="下一篇：黄河滩区迁建居民喜迁新居", related=["河南高铁运营里程突破2400公里","郑州东站将实施扩能改造"]),

dict(id="rz-14", kind="media", layout="media_grid", site="黔山网",
 title="大山里的“云上课堂”", hl=["大山里的","“云上课堂”"], authors=["龙春燕"], time="2025年04月09日",
 yin="一根网线连起城乡学校", fu="黔东南一所村小的双师课堂实践",
 metas=["2025年04月09日 07:30", "来源：黔山网"], foot=FT_B, topl="贵州新闻门户", 
 nav=["首页","贵州","要闻","教育","文旅","评论"], crumbtext="黔山网 > 教育 > 正文",
 side=["贵州新增3所高职院校","榕江“村超”第三季开赛"],
 body="""
!by:文/图 记者 龙春燕
早上八点，雷公山脚下的高坡小学，四年级教室里的大屏幕亮了起来。屏幕那头，是两百多公里外贵阳一所重点小学的数学老师；屏幕这头，28个苗族孩子坐得端端正正。
“这道题谁来试一试？”远程老师话音刚落，教室里十几只小手举了起来。坐在讲台边的本校老师杨光荣笑着说：“以前上课，孩子们不太敢举手，现在胆子大多了。”
## 从“一个人教全科”到“双师同堂”
高坡小学共有6个教学班、9名教师，过去音乐、美术、英语课常常开不齐。2023年起，县里把这所学校纳入“双师课堂”试点，城里的老师负责主讲，村里的老师负责组织和辅导。
两年下来，学校的英语课、科学课全部开齐开足，期末统考成绩从全乡倒数上升到中游。
## 网络之外，还需要“人”
不过，杨光荣也坦言，远程课堂并非万能。“网络一卡，孩子的注意力就散了；课后作业的辅导，还是要靠我们自己。”
县教育局负责人表示，下一步将为试点学校更换千兆光纤，并组织村小教师到城区学校跟岗学习，让“云上课堂”真正落地生根。
""", after=["责任编辑：潘晓峰"], sharetext="分享到： 微信 微博 QQ"),

dict(id="rz-15", kind="media", layout="media_grid", site="天山在线",
 title="新疆今年计划新增高标准农田600万亩", authors=[], time="2025/02/26 09:12:45",
 metas=["2025/02/26 09:12:45", "来源：新华社"], foot=FT_C,
 nav=["首页","新疆","国内","国际","兵团","图片"], crumbtext="天山在线 > 新疆新闻",
 side=["乌鲁木齐国际机场新航站楼投运","新疆冬季旅游人数创新高"],
 body="""
新华社乌鲁木齐2月26日电 记者从新疆维吾尔自治区农业农村厅获悉，新疆今年计划新增高标准农田600万亩，并同步推进节水灌溉设施改造。
据介绍，今年新建的高标准农田将重点布局在南疆四地州和北疆粮食主产区，建设内容包括土地平整、灌排渠系、田间道路和农田防护林网等。项目建成后，亩均粮食产能预计提高100公斤左右。
在节水方面，新疆将推广膜下滴灌、水肥一体化等技术，力争新建项目区高效节水灌溉面积占比达到九成以上。
自治区农业农村厅有关负责人表示，将建立“建、管、护”一体化机制，明确建成后的管护主体和经费来源，防止出现“重建轻管”问题。
近年来，新疆粮食产量连续多年保持稳定增长，2024年粮食总产量再创历史新高，为保障国家粮食安全作出了积极贡献。
""", after=["【纠错】 【责任编辑：古丽娜尔】"]),

dict(id="rz-16", kind="media", layout="media_grid", site="南粤报业网",
 title="潮湾老城骑楼街修缮后重新开街", authors=["许可","陈嘉怡"], time="2025-05-01",
 metas=["南粤报业网", "2025-05-01", "作者：许　可 陈嘉怡", "阅读 2.3万"], foot=FT_D, topl="南粤报业网 首页", topr="登录",
 nav=["首页","广东","湾区","财经","文体","视频"], crumbtext="首页 > 广东 > 城市",
 side=["广深第二高铁进展","广东“百千万工程”观察"],
 body="""
五一假期首日，历时一年半修缮的潮湾老城骑楼街重新开街。上午九时许，街口的醒狮表演刚一开场，就吸引了大批市民游客驻足观看。
这条骑楼街始建于上世纪二三十年代，全长约860米，沿街保存有骑楼建筑两百余栋。由于年久失修，不少骑楼出现立面脱落、木构件腐朽等问题。
“修缮的原则是‘修旧如旧’，尽量使用原材料、原工艺。”项目负责人介绍，施工团队专门请来了几位老匠人，用传统灰塑工艺修复了一百多处山花和窗楣装饰。
!img:修缮后的骑楼街吸引市民游客
!cap:修缮后的骑楼街吸引市民游客。记者 许　可 摄
街区还引入了潮汕手信、老字号茶楼和非遗工作室等业态。经营了三十多年凉茶铺的郑伯说：“以前街上冷清，现在人多了，生意也好了，年轻人也愿意回来了。”
据悉，骑楼街开街期间将推出非遗展演、老街影像展等系列活动，持续至5月5日。
""", after=["编辑：何文静 审核：梁志伟"], prev="上一篇：广东五一假期文旅消费预计增长一成", next="下一篇：湾区龙舟赛事日程公布"),

dict(id="rz-17", kind="media", layout="media_grid", site="中原新闻网",
 title="一位乡村医生的三十年", authors=["孙晓东"], time="2025年8月19日 07:02",
 metas=["2025年8月19日 07:02", "中原日报"], foot=FT_A,
 nav=["首页","时政","社会","健康","文化"], crumbtext="首页 > 社会",
 side=["河南基层医疗卫生机构达标率提高","省人民医院开通远程会诊"],
 body="""
凌晨两点，南阳市桐柏山区的一户农家亮起了灯。村医王振海背着药箱，打着手电，沿着山路走了四十多分钟，赶到发烧的老人家中。
这是王振海当乡村医生的第三十个年头。三十年来，他走遍了村里的每一条山路，熟悉全村四百多口人的身体状况，谁有高血压、谁有糖尿病，他张口就能说出来。
“山里人看病不方便，能在家门口解决的，就别让他们往城里跑。”王振海说。
这些年，村卫生室的条件也在变化。从最初的一间土坯房，到如今标准化的卫生室，配备了心电图机、血糖仪和远程会诊设备。遇到拿不准的病例，王振海可以通过网络请县医院的专家远程会诊。
今年57岁的王振海最大的心愿，是能有年轻人接过他的药箱。去年，县里定向培养的医学生小刘来到村里实习，王振海手把手地教他，“我老了，总得有人接着干。”
夜色中，老人的体温渐渐降了下来。王振海叮嘱家属几句，又背起药箱，踏上回家的山路。（本报记者 孙晓东）
""", sharetext="分享：微信 朋友圈 微博"),

dict(id="rz-18", kind="media", layout="media_grid", site="天山在线",
 title="喀什古城迎来暑期旅游高峰", authors=["艾克拜尔·吾斯曼"], time="7月28日 10:26",
 metas=["天山在线", "7月28日 10:26"], foot=FT_C,
 nav=["首页","新疆","文旅","兵团","视频"], crumbtext="文旅频道",
 side=["赛里木湖景区单日接待破纪录","新疆开通多条旅游专列"],
 body="""
!by:天山在线记者 艾克拜尔·吾斯曼
进入暑期，喀什古城迎来旅游高峰。每天上午，古城东门的开城仪式都吸引数千名游客围观，身着民族服饰的演员载歌载舞，热闹非凡。
据古城景区管委会统计，7月以来，景区日均接待游客超过4万人次，同比增长约三成，其中外省游客占比超过六成。
为应对客流高峰，景区延长了开放时间，增设了游客服务点和临时停车场，并在主要街巷安排志愿者提供引导服务。
古城里的手工艺人也迎来了好生意。在一家铜器作坊里，匠人正一锤一锤地敲打铜壶，不少游客拿起手机拍摄。“这几天每天能卖出二十多件，有的游客还专门定制。”作坊主人笑着说。
来自江苏的游客王女士一家第一次来喀什，她说：“古城的街巷像迷宫一样，每个转角都有惊喜，孩子最喜欢这里的烤包子和酸奶粽子。”
业内人士表示，随着航线加密和旅游产品丰富，新疆“旅游热”有望持续升温。
""", after=["编辑：马丽"]),

dict(id="rz-19", kind="media", lang="en", layout="en_media", site="Henan Daily English",
 title="Henan's first hydrogen bus line enters service", authors=["Zhao Lin"], time="April 15, 2025",
 metas=["By Zhao Lin | Henan Daily English | Updated: April 15, 2025"], foot=["Copyright 2025 Henan Daily English. All rights reserved.", "豫ICP备10027715号-3"],
 nav=["Home","News","Business","Culture","Travel","Photos"], crumbtext="Home > Business",
 body="""
A fleet of 30 hydrogen fuel cell buses started carrying passengers in Tongchuan on Monday, marking the first regular hydrogen bus line in Henan province.
The 18-kilometer Route 106 links the city's high-speed railway station with its industrial park, and each bus can travel about 400 kilometers on a single refueling, according to the local public transport company.
!img:A hydrogen bus at Tongchuan railway station
!cap:A hydrogen fuel cell bus waits for passengers at Tongchuan railway station on Monday. [Photo provided to Henan Daily English]
"It is quiet and smooth, and there are no exhaust fumes," said Liu Fang, a commuter who took the bus to work on its first day.
A refueling station built next to the bus depot can supply 1,000 kilograms of hydrogen per day. Officials said the city plans to add two more hydrogen lines by the end of the year.
Henan has set a target of putting more than 1,000 hydrogen fuel cell vehicles on the road by 2026, as part of its efforts to cut carbon emissions in transport.
""", related=["Zhengzhou opens new metro line","Henan wheat harvest begins"]),

dict(id="rz-20", kind="media", lang="en", layout="en_media", site="Guangdong Today",
 title="Chaowan port expansion to double container capacity", authors=[], time="2025-06-10 14:37",
 fu="New berths expected to be completed by 2027", metas=["Source: Xinhua | 2025-06-10 14:37"], foot=["Guangdong Today © 2025", "粤ICP备05073612号-6"],
 nav=["Home","GBA","Economy","Lifestyle","Opinion"], crumbtext="Economy",
 body="""
GUANGZHOU, June 10 (Xinhua) -- Construction began on Tuesday on an expansion of the Chaowan port in south China's Guangdong province, which is expected to double its annual container capacity.
The project includes two 30,000-tonne berths and a 25-hectare storage yard, with a total investment of 4.6 billion yuan (about 640 million U.S. dollars).
Once completed in 2027, the port will be able to handle 2.4 million twenty-foot equivalent units (TEUs) a year, according to the port operator.
The port is an important gateway for trade between eastern Guangdong and Southeast Asia. Its container throughput rose 11 percent year on year in 2024.
Local officials said the expansion would use automated cranes and shore power facilities to reduce energy consumption and pollution.
"""),

dict(id="rz-21", kind="media", layout="media_grid", site="黔山网",
 title="贵州茶叶出口一季度同比增长23%", authors=[], time="2025-04-18",
 metas=["2025-04-18 15:20:33", "来源：贵州日报"], foot=FT_B,
 nav=["首页","贵州","经济","农业","评论"], crumbtext="首页 > 经济",
 side=["贵州高速公路通车里程超9000公里","遵义红茶节开幕"],
 body="""
记者从贵阳海关获悉，今年一季度，贵州茶叶出口量达到1860吨，同比增长23%，出口额同比增长近三成。
从出口市场看，摩洛哥、乌兹别克斯坦和马来西亚位列前三，对共建“一带一路”国家出口占比超过八成。从品类看，绿茶仍是出口主力，红茶和抹茶增速明显。
海关相关负责人介绍，为支持茶叶出口，海关推行“产地检验、口岸直放”模式，茶叶出口通关时间压缩至1天以内。同时，帮助企业建立农药残留检测体系，应对国外技术性贸易壁垒。
湄潭一家茶企负责人说，今年以来企业已发出12个集装箱的订单，“海外客户对贵州茶的品质认可度越来越高”。
业内人士认为，随着品牌建设和标准化生产持续推进，贵州茶叶出口有望保持增长势头。
（贵州日报记者）
""", after=["编辑：吴晓丽  二审：陈斌  三审：周文"]),

dict(id="rz-22", kind="media", layout="media_grid", site="南粤报业网",
 title="广东发布今年首个台风预警", authors=["黎晓晴"], time="25-06-12 18:40",
 metas=["时间：25-06-12 18:40", "记者：黎晓晴"], foot=FT_D,
 nav=["首页","广东","民生","天气"], crumbtext="民生 > 天气",
 side=["防御台风，这些知识要牢记","珠三角高温持续"],
 body="""
12日下午，广东省气象台发布今年首个台风蓝色预警。今年第3号台风预计将于13日夜间至14日上午在粤西沿海登陆，登陆时强度可达强热带风暴级。
受其影响，13日至15日，粤西、珠三角南部市县有大到暴雨、局部大暴雨，沿海陆地和海面将出现8至10级大风。
## 多部门启动应急响应
省防总已于当天16时启动防风Ⅳ级应急响应，要求沿海各市做好渔船回港、人员上岸工作。截至记者发稿时，阳江、茂名等地已有3200余艘渔船回港避风。
## 市民出行请注意
省应急管理厅提醒，各地要加强对山塘水库、在建工地和危旧房屋的巡查，提前转移危险区域群众，必要时果断采取停工、停课、停业措施。
铁路部门表示，将视台风情况调整部分列车运行。气象专家提醒，台风期间市民应减少外出，远离广告牌、临时搭建物，不要到海边观浪。
""", after=["责编：罗浩然"]),

dict(id="rz-23", kind="media", layout="media_grid", site="中原新闻网",
 title="黄河岸边麦浪金 颗粒归仓正当时", authors=["刘晓亮"], time="2025.06.05",
 metas=["2025.06.05 06:48", "来源：中原新闻网"], foot=FT_A,
 nav=["首页","时政","三农","社会"], crumbtext="首页 > 三农",
 side=["河南小麦机收进度过半","夏粮收购有序开展"],
 body="""
芒种时节，黄河岸边的开封市兰考县麦浪翻滚。一台台联合收割机在田间来回穿梭，收割、脱粒一气呵成，金黄的麦粒倾泻进运粮车。
“今年墒情好，病虫害也少，亩产能到1300斤左右。”种粮大户韩永刚站在地头，手里攥着一把麦粒，脸上满是笑容。他流转了800多亩地，全部实现机械化耕种收。
在县农机服务中心，调度大厅的屏幕上实时显示着全县各乡镇收割机分布和作业进度。“我们通过北斗终端调度跨区作业机械，哪里麦子熟了，机器就往哪里调。”中心负责人说。
在另一块麦田边，几位种粮户正在和粮食经纪人商量价格。“今年麦子品质好，容重高，收购价比去年略高一些。”经纪人老陈说。
今年兰考县小麦种植面积达到56万亩，预计6月10日前基本完成收获。为确保颗粒归仓，县里还组织了烘干设备，防范“烂场雨”影响。
!by:文/图 本网记者 刘晓亮
""", after=["编辑：胡静"]),

dict(id="rz-24", kind="media", layout="media_grid", site="天山在线",
 title="乌鲁木齐新增12条社区微循环公交线路", authors=[], time="2025-09-03",
 metas=["2025-09-03", "来源：乌鲁木齐晚报", "浏览：1562"], foot=FT_C,
 nav=["首页","新疆","城市","民生"], crumbtext="首页 > 民生",
 side=["乌鲁木齐冬季供暖时间确定","新疆中小学秋季开学"],
 body="""
9月起，乌鲁木齐市新开通12条社区微循环公交线路，主要服务老旧小区、城乡接合部和新建居民区居民出行，打通公共交通“最后一公里”。
这批线路单程长度在4至8公里之间，采用中小型纯电动公交车运营，高峰时段发车间隔10至15分钟，票价统一为1元。
## 线路有哪些？
- 微循环1路：西山社区—友好路地铁站
- 微循环5路：安宁渠镇—北站西路公交枢纽
- 微循环9路：米东新城—米东区政府
## 怎么乘坐？
市民可使用公交卡、手机扫码或投币乘车，乘车60分钟内换乘地铁可享受优惠。
家住西山社区的退休职工李阿姨说，以前去地铁站要走二十多分钟，冬天路滑更不方便，现在家门口就能坐车，“一块钱就到，真方便”。
市交通运输局相关负责人表示，将根据客流数据动态优化线路走向和班次，欢迎市民通过12345热线反映意见建议。
"""),
]
