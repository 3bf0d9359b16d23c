K = "media"
def media(name, nav, foot, top=None, old=False, side=None, slogan=""):
    return {"name": name, "nav": nav, "foot": foot, "top": top or [], "old": old, "side": side, "slogan": slogan}
PAGES = [
dict(id="xq-13", kind=K,
 site=media("东阳江新闻网", ["首页","本地新闻","镇街","民生","视频","专题","融媒矩阵"],
   ["东阳江市融媒体中心主办  版权所有 未经授权禁止复制", "互联网新闻信息服务许可证：33120190027  浙ICP备12011122号-1  浙公网安备 33078302000410号", "违法和不良信息举报电话：0579-8xxx0110"],
   top=["东阳江发布","东阳江日报","移动客户端"], side=[("热点排行", ["我市新增3家省级未来社区","横岭镇：一颗香榧的致富经","图说丨夏日荷塘"])]),
 crumb="首页 > 本地新闻 > 正文",
 title="我市开展汛前水利工程安全大检查",
 info='<span>2024-04-16 19:20:11</span><span>来源：东阳江日报</span><span>记者 王  丹</span><span>通讯员 陈立新</span><span>编辑：葛莉</span>',
 authors=["王丹","陈立新"], time="2024-04-16 19:20:11",
 body="""
连日来，市水务局组织6个检查组，对全市水库、山塘、堤防、水闸等水利工程开展汛前安全大检查，确保安全度汛。
检查组重点检查了防汛责任人落实、工程运行、应急预案、防汛物资储备等情况。“溢洪道有没有堵塞？监测设施是否正常？”在横岭水库，检查人员逐项核对，对发现的问题当场交办。
截至目前，共检查水库82座、山塘317座、堤防56公里，发现并交办问题43个，已整改31个。
据介绍，今年汛期前，我市还将对全市病险山塘开展除险加固，并组织各镇街开展防汛应急演练，提升基层防汛抢险能力。
市水务局相关负责人表示，将建立问题清单、整改清单、责任清单，未完成整改的在5月底前全部销号，并加强汛期值班值守，确保人员在岗、信息畅通。
""",
 share="分享到： 微信 微博 QQ", related=["我市召开防汛防台工作会议","山塘除险加固工程全面开工"],
 after=["【责任编辑：葛莉】"]),

dict(id="xq-14", kind=K,
 site=media("浔阳新闻网", ["首页","浔阳要闻","县区","社会","财经","评论","数字报"],
   ["浔阳日报社主办 浔阳新闻网版权所有", "赣ICP备09004477号  赣公网安备 36040302000201号  网络视听许可证1406xxx号", "新闻热线：0792-8xxx5555"], top=["设为首页","加入收藏","浔阳日报","浔阳晚报"]),
 crumb="您当前的位置 ：首页 > 浔阳要闻",
 title="城区40个老旧小区改造项目全面开工",
 info='<span>发布时间：2024年03月27日 08:05</span><span>来源：浔阳日报</span><span>【字号 大 中 小】</span><span>打印本页</span>',
 authors=["张明","刘洋"], time="2024年03月27日 08:05",
 body="""
本报讯（记者张  明 通讯员刘  洋）3月26日，记者从市住建局获悉，今年我市计划改造的40个城区老旧小区已全面开工，涉及居民1.2万户，总投资3.6亿元。
今年的改造内容分为基础类、完善类和提升类三类。基础类重点解决水电气管网老化、屋面漏水等问题；完善类包括加装电梯、增设停车位和充电设施；提升类则补齐养老、托育等社区服务短板。
“改不改、怎么改，都由居民说了算。”市住建局城建科负责人介绍，各小区在改造前均通过入户走访、居民议事会等方式征求意见，形成“一小区一方案”。
在湖滨社区，施工人员正在更换雨污管网。居民胡建国说：“以前一下雨楼道口就积水，这次总算要根治了。”
为减少施工对居民生活的影响，各项目实行“一小区一专班”，公示施工时间和联系人，对夜间施工、噪声扬尘等问题及时处理。
据悉，全部项目计划于年底前完工。
""",
 after=["责任编辑：邹萍"], related_h="相关新闻", related=["我市加装电梯突破500台","老旧小区改造居民满意度调查结果出炉"]),

dict(id="xq-15", kind=K,
 site=media("荆江广电网", ["首页","新闻","荆江新闻联播","直播","广播","政务","专题"],
   ["荆江市广播电视台（融媒体中心） 版权所有", "鄂ICP备11002233号-2 信息网络传播视听节目许可证：1705xxx号", "地址：荆江市江津路18号 邮编：434000"], top=["荆江TV","APP下载","官方微博"]),
 crumb="首页 > 新闻 > 荆江新闻联播",
 title="荆江港区集装箱吞吐量同比增长21%",
 info='<span>2024-07-09 20:31</span><span>来源：荆江市广播电视台</span>',
 pre_main='<p class="nb">[视频] 00:00 / 02:15</p>',
 authors=["杨帆","吴伟"], time="2024-07-09 20:31",
 body="""
~ 记者：杨帆 吴伟  摄像：蒋志成
今年上半年，荆江港区完成集装箱吞吐量16.8万标箱，同比增长21%，增速位居长江中游港口前列。
在港区码头，一艘艘货轮依次靠泊，桥吊起落之间，一个个集装箱被精准装卸。港区运营公司调度中心主任熊斌介绍，今年以来港区新开通至上海洋山、太仓等航线3条，航班密度提高到每周12班。
> “我们正在推进铁水联运二期工程，建成后可实现铁路专用线直通码头前沿。”
港区还推出“一站式”通关服务，企业办理手续时间由原来的2天压缩到半天以内。荆江一家家电企业物流经理孙蕾说，通过水运出口，每个集装箱能节省物流成本800元左右。
今年以来，港区已吸引物流、贸易类企业23家落户，初步形成港口、物流、产业联动发展格局。
据了解，荆江市正加快建设区域性航运物流中心，力争全年集装箱吞吐量突破35万标箱。
~ 编辑：魏敏  责编：曹磊
""",
 related=["荆江港区至上海航线加密","铁水联运二期工程开工"]),

dict(id="xq-16", kind=K,
 site=media("三秦时报网", ["首页","陕西","时政","市县","文旅","视频","评论"],
   ["三秦时报社主办 版权所有 Copyright © 2010-2024", "互联网新闻信息服务许可证编号：61120170003  陕ICP备10008800号", "陕公网安备 61010302000888号  举报邮箱：jubao@example.cn"], top=["陕西发布","三秦时报APP"]),
 crumb="首页 > 市县 > 正文",
 title="安康：富硒茶产业带富一方百姓",
 info_pos="above",
 info='<span>三秦时报网</span><span>2024-04-20 09:44:52</span><span>作者：梁小伟</span><span>责任编辑：王  冰</span>',
 authors=["梁小伟"], time="2024-04-20 09:44:52",
 body="""
~ 原标题：安康平利：一片茶叶撑起“致富伞”
谷雨前后，安康市平利县的茶园里一片繁忙，茶农们穿梭在茶垄间采摘春茶。
“今年春茶品质好，鲜叶收购价每斤比去年高了5块钱。”茶农罗德清一边采茶一边算账。他家的12亩茶园，预计今年收入可达6万元。
近年来，平利县坚持把富硒茶产业作为富民主导产业，全县茶园面积发展到21万亩，培育茶叶经营主体180余家，带动4.6万户茶农增收。
## 延链：从卖鲜叶到卖品牌
当地引导企业开发富硒绿茶、红茶、抹茶等系列产品，打造区域公用品牌，产品远销20多个省市。
## 融合：茶园变成景区
当地还推行“龙头企业+合作社+农户”模式，企业与茶农签订保底收购协议，茶农只管种好茶，销售不用愁。
依托茶园资源，平利县发展茶旅融合，建成茶文化体验园5个，春茶季日均接待游客3000余人次。
""",
 share="分享到：", related=["陕南春茶陆续上市","安康富硒产业产值突破千亿"]),

dict(id="xq-17", kind=K, lang="en",
 site=media("Zhejiang Today", ["Home","News","Business","Culture","Travel","Photos","Video"],
   ["Copyright © Zhejiang Today. All rights reserved.", "浙ICP备13000000号-3  Contact us | About us"], top=["中文","Subscribe"]),
 crumb="Home > News",
 title="Rural libraries bring reading closer to villagers in Zhejiang",
 info='<span>By Li Wen and Zhou Han</span><span>Updated: 2024-05-22 14:36</span><span>Source: Zhejiang Today</span>',
 authors=["Li Wen","Zhou Han"], time="2024-05-22 14:36",
 body="""
!img Children read books at a village library|Children read books at a village library in Lishui, Zhejiang province. [Photo provided to Zhejiang Today]
Every Saturday morning, the small library in Xiayang village fills up with children doing homework and elderly residents reading newspapers.
The library, converted from an old ancestral hall, is one of more than 1,800 rural reading rooms that Zhejiang province has upgraded since 2022.
"We used to have only a few shelves of outdated books," said Chen Meifang, a volunteer who manages the library. "Now new titles arrive every month, and we can borrow books from the county library online."
## Books delivered like parcels
Under a provincial program, county libraries share catalogs with village reading rooms. Villagers can order books through a mobile app and pick them up at the nearest reading room within three days.
Local authorities said the number of books borrowed in rural areas rose by 35 percent last year.
"""),

dict(id="xq-18", kind=K, lang="en",
 site=media("Hubei Channel", ["Home","Hubei","Wuhan","Economy","Culture","Photos"],
   ["Hubei Channel, operated by a provincial news portal. Copyright 2024.", "鄂ICP备10001111号"], top=["中文版"]),
 crumb="Home > Economy",
 title="Wuhan optics valley exports surge in first quarter",
 info='<span>Source: Xinhua</span><span>2024-04-18 10:05:33</span><span>Editor: Wang Qi</span>',
 authors=[], time="2024-04-18 10:05:33",
 body="""
WUHAN, April 18 (Xinhua) -- Exports from the optics valley in Wuhan, capital of central China's Hubei province, rose 18.4 percent year on year in the first quarter of 2024, local authorities said Thursday.
Optical communication products, lasers and semiconductor display panels were the main drivers, accounting for more than 60 percent of the total.
The zone is home to over 16,000 high-tech enterprises. It has expanded cross-border e-commerce services and added new freight train routes to Europe and Central Asia this year.
"Overseas orders for our fiber-optic modules are scheduled until August," said a manager of a local firm.
The optics valley aims to further open markets in Southeast Asia and the Middle East, according to the administration committee.
""",
 related_h="Related", related=["Hubei's foreign trade hits record high","Wuhan launches new China-Europe freight route"]),

dict(id="xq-19", kind=K,
 site=media("中华时讯网·湖北频道", ["首页","时政","经济","社会","文旅","市州","图片"],
   ["中华时讯网版权所有，未经书面授权禁止使用", "Copyright © 1997-2024 by example.cn. all rights reserved", "京ICP证000000号  京公网安备11000000000001号"], top=["登录","注册","手机时讯网","时讯客户端"]),
 crumb="中华时讯网 >> 湖北频道 >> 市州",
 title="十堰郧阳：“小菜园”撬动乡村“大振兴”",
 info='<span>2024年06月12日08:31</span><span>|</span><span>来源：中华时讯网－湖北频道</span>',
 authors=["范立群"], time="2024年06月12日08:31",
 body="""
~ 小字号
走进十堰市郧阳区柳陂镇，房前屋后的“小菜园”错落有致，黄瓜、豆角、辣椒长势喜人。
“以前门前堆着柴火和杂物，现在改成了菜园，吃菜不用买，看着也舒心。”村民陈桂英说。
今年以来，郧阳区结合人居环境整治，引导村民利用房前屋后闲置地块建设“小菜园”“小果园”“小花园”3万余个，既美化了环境，又增加了收入。
柳陂镇还探索“菜园+电商”模式，组织合作社统一收购村民富余蔬菜，通过线上平台销往武汉、十堰城区，户均年增收3000元以上。
为解决村民种植技术问题，当地农技人员定期进村开展培训，推广有机肥替代化肥、绿色防控等技术，确保蔬菜品质。
郧阳区农业农村局负责人表示，将持续推广这一模式，让庭院经济成为乡村振兴的新增长点。
~ （责编：郝磊、黄珊）
""",
 after=["作者：范立群"], share="分享让更多人看到", related_h="推荐阅读", related=["湖北：夏粮收购进展顺利","武汉新增城市绿道120公里"]),

dict(id="xq-20", kind=K,
 site=media("钱塘潮新闻", ["首页","浙江","杭州","县市","财经","视频","评论","专题"],
   ["钱塘潮新闻客户端  Copyright © 2024 版权所有", "浙ICP备20001234号  增值电信业务经营许可证：浙B2-2020xxxx", "举报电话：0571-8xxx2000"], top=["下载客户端","登录"]),
 crumb="首页 > 县市",
 pre="为群众办实事",
 title="桐庐“15分钟医保服务圈”全覆盖",
 info='<span>钱塘潮新闻客户端</span><span>记者 许明亮 共享联盟·桐庐站 周倩 钟亮</span><span>2024-09-11 21:15</span>',
 authors=["许明亮","周倩","钟亮"], time="2024-09-11 21:15",
 body="""
“以前报销要跑县城，现在家门口的卫生院就能办。”9月10日，在桐庐县分水镇医保服务站，72岁的村民何金水不到10分钟就办完了异地就医备案。
今年以来，桐庐县推进医保服务下沉，在14个乡镇（街道）、183个村（社区）设立医保服务站点，实现“15分钟医保服务圈”全覆盖。
医保服务站可办理参保登记、异地就医备案、门诊慢特病申请等28项高频事项。对行动不便的老年人，工作人员还提供上门代办服务。
| 服务项目 | 办理时限
| 参保登记 | 即时办结
| 异地就医备案 | 即时办结
| 门诊慢特病申请 | 5个工作日
为方便群众，医保服务站还与村（社区）便民服务中心合署办公，一名工作人员可同时办理医保、社保、民政等多项业务。
桐庐县医保局相关负责人说，下一步将推动更多医保事项“网上办”“掌上办”，让群众少跑腿。
""",
 share="分享 微信 朋友圈 微博", related=["浙江医保电子凭证激活率超九成"]),

dict(id="xq-21", kind=K,
 site=media("渭水之声 宝鸡广播网", ["首页","新闻广播","交通广播","音乐广播","节目单","主持人"],
   ["宝鸡广播电视台主办", "陕ICP备14001100号  广播电视节目制作经营许可证（陕）字第xxx号"], top=["在线收听","节目回看"], old=True,
   side=[("节目导航", ["新闻早班车","宝鸡新闻","交通天天报"])]),
 crumb="位置：首页 >> 新闻广播 >> 宝鸡新闻",
 title="我市首批“夜间经济”示范街区授牌",
 info='时间：2023-12-02  来源：宝鸡广播电视台新闻广播  记者：任  静  责编：邓雪',
 authors=["任静"], time="2023-12-02",
 body="""
【导语】昨天，我市为首批5个“夜间经济”示范街区授牌。入选街区将在业态提升、配套设施等方面获得政策支持。
【正文】这次授牌的5个街区，涵盖特色餐饮、文化演艺、夜间购物等不同类型。市商务局副局长贺刚介绍，示范街区由各县区推荐、专家评审产生，评审重点考察街区的业态丰富度、消费活跃度和管理规范化水平。
入选街区之一的老城东街，今年以来新引进夜间经营业态60余家，周末日均客流超过3万人次。街区商户代表冯媛说，授牌之后，街区人气会更旺。
记者在老城东街看到，傍晚时分，街区灯光亮起，各类小吃摊位前排起长队，不少市民带着家人前来逛街消费。
【结尾】据了解，市里将对示范街区给予每个50万元的一次性奖补，用于亮化、停车、公共卫生间等设施改造。
"""),

dict(id="xq-22", kind=K,
 site=media("云上孝感湾", ["首页","要闻","乡镇","问政","服务","视频"],
   ["孝感湾县融媒体中心 版权所有", "鄂ICP备19003344号-1  鄂公网安备 42092202000777号"], top=["打开APP"]),
 crumb="",
 title="我县举行2025年春季“招才引智”专场招聘会",
 info='<span>云上孝感湾</span><span>2025-02-14 09:12:33</span><span>阅读 3.2万</span>',
 authors=["邹文涛","黄敏"], time="2025-02-14 09:12:33",
 body="""
~ 融媒记者 邹文涛 通讯员 黄敏
2月13日，我县2025年春季“招才引智”专场招聘会在县人力资源市场举行，86家企业提供就业岗位2300余个。
现场，求职者络绎不绝，不少人拿着简历在招聘展位前认真咨询。“我在外地打工好几年，这次想在家门口找份工作，方便照顾老人孩子。”求职者胡小兵说。
本次招聘会岗位涵盖智能制造、食品加工、电子商务、医疗护理等领域，其中技术类岗位占比超过四成，部分岗位月薪达8000元以上。
县人社局还在现场设置政策咨询、职业技能培训报名、创业担保贷款等服务台，为求职者和企业提供“一站式”服务。
为提高招聘实效，县人社局提前一个月走访重点企业，收集用工需求，并通过融媒体平台、村（社区）微信群等渠道广泛发布招聘信息。
据统计，当天共有1800余人进场求职，初步达成就业意向627人。
~ 责任编辑：周静  审核：刘红兵
""",
 share="点赞 收藏 分享", related_h="相关推荐", related=["县人社局开展春风行动","2025年稳岗返还政策解读"]),

dict(id="xq-23", kind=K,
 site=media("赣江网", ["首页","江西","时政","社会","经济","县区","图片"],
   ["赣江网 版权所有", "赣ICP备08000505号  互联网新闻信息服务许可证：36120170001", "赣公网安备 36010802000001号"], top=["手机版","English"]),
 crumb="首页 > 江西 > 正文",
 title="江西赣州：脐橙“上树”早 果农盼丰收",
 info='<span>2024-08-20 16:02</span><span>来源：新华社</span><span>作者：胡晨欢</span><span>编辑：邓林</span>',
 authors=["胡晨欢"], time="2024-08-20 16:02",
 body="""
新华社南昌8月20日电（记者胡晨欢）时下，江西省赣州市的脐橙进入果实膨大期，漫山遍野的脐橙树上挂满青果。
在赣州市信丰县一处脐橙基地，果农钟国华正忙着给果树施肥、灌溉。“今年挂果情况比去年好，只要后期管理跟上，收成错不了。”
近年来，赣州推广水肥一体化、病虫害绿色防控等技术，建设标准化果园，脐橙种植面积稳定在190万亩左右。当地还加强冷链物流和品牌建设，让“赣南脐橙”走得更远。
今年，赣州还组织脐橙企业参加各类展销会，拓展海外市场，预计全年脐橙出口量将同比增长两成以上。
赣州市还在主产区建设了一批气象监测站，为果农提供霜冻、干旱等灾害预警服务。
“我们建立了从种植到销售的全程溯源体系，消费者扫码就能了解每一个脐橙的‘身世’。”赣州市果业发展中心负责人说。
"""),

dict(id="xq-24", kind=K,
 site=media("金华新闻网", ["首页","金华","县市区","民生","财经","文体","金华日报"],
   ["金华日报社主办  金华新闻网版权所有", "浙ICP备05005555号  浙公网安备 33070202000202号"], top=["金华发布","无线金华"]),
 crumb="当前位置：首页 > 金华",
 title_lines=["“一张网”管好城市地下管线", "金华建成市域管线数字底座"],
 title="“一张网”管好城市地下管线金华建成市域管线数字底座",
 sub="——全市3.8万公里管线实现“一图统管”",
 info='<span>金华日报</span><span>2024年10月15日</span><span>记者 叶  舟</span><span>通讯员 方晓</span>',
 authors=["叶舟","方晓"], time="2024年10月15日",
 body="""
近日，记者从市住建局获悉，我市已建成市域地下管线数字底座，将供水、排水、燃气、电力、通信等3.8万公里地下管线纳入“一张网”管理。
“过去施工前要找好几家单位查图纸，现在登录平台就能看到地下管线的位置、埋深和材质。”市城建档案馆负责人说，平台上线以来，已为400余个工程项目提供管线查询服务，道路施工挖断管线事故同比下降62%。
平台还接入了燃气泄漏、排水管网液位等1.2万个物联感知设备，一旦数据异常，系统自动预警并推送至责任单位。
记者了解到，数字底座建设历时两年，相关部门对全市地下管线开展了全面普查，对缺失、错误的数据逐一补测更正。
下一步，我市将推动管线数据与城市体检、防汛排涝等系统联动，提升城市安全韧性。
""",
 after=["来源：金华日报  责任编辑：吕燕"]),
]
