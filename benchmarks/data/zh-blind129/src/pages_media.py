K = "media"
PAGES = [
dict(id="vz-13", kind=K, layout="article", sitename="钱塘新闻网", top=["登录", "注册", "客户端", "数字报"], nav=["首页", "时政", "经济", "社会", "文化", "评论", "视频", "专题"],
 crumb="钱塘新闻网 > 浙江 > 正文", css="h1{font-size:30px}.info{color:#999}",
 title="杭州城西科创大走廊新增三个概念验证中心", info=["2025-06-10 07:45:12", "来源：钱塘日报", "作者：俞晓峰 章琳"], info_mode="spaced",
 authors=["俞晓峰", "章琳"], time="2025-06-10 07:45:12",
 body="""
p:本报讯（记者 俞晓峰 通讯员 章琳）6月9日，杭州城西科创大走廊举行概念验证中心授牌仪式，三家新建的概念验证中心正式投入运营，分别聚焦生物医药、智能装备和新材料领域。
p:概念验证是科技成果从实验室走向市场的“第一公里”。新授牌的中心将为高校院所的早期成果提供技术可行性验证、样机制作、市场评估等服务，每年可服务项目100个以上。
p:记者在现场看到，生物医药概念验证中心配备了细胞培养、药效评价等平台，已有浙江大学、西湖大学等高校的12个项目签约入驻。一位入驻团队负责人说，以前自己找场地、买设备要花一年多时间，现在几个月就能完成验证。
p:“很多成果停在论文里，就是因为缺少验证环节。”一家中心负责人说，中心与20多家投资机构建立合作，验证通过的项目可优先获得天使投资。
p:据介绍，大走廊已累计建成概念验证中心11家，今年以来促成技术转让和成果转化项目230余项，合同金额超过6亿元。
""",
 after=["责任编辑：叶子 | 审核：徐 晨"], share=["分享到：", "微信", "微博", "复制链接"],
 related=("相关新闻", ["城西科创大走廊发布新一轮人才政策", "杭州建设国家自主创新示范区再提速"]),
 footer=["钱塘新闻网版权所有，未经书面授权禁止使用", "浙ICP备09001234号  互联网新闻信息服务许可证：33120180001", "违法和不良信息举报电话：0571-85310000"]),

dict(id="vz-14", kind=K, layout="div", sitename="三秦在线", banner="三秦在线 sanqin online", nav=["首页", "陕西", "国内", "国际", "财经", "文旅", "图片"],
 crumb="三秦在线 > 陕西新闻 > 正文", css=".info span{margin-right:14px}.tt{font-size:24px}",
 title="陕北能源化工基地加快向高端化转型", info=["2024年09月03日 10:18", "来源：新华社"], info_mode="spaced", info_pos="below",
 authors=["蔺依林", "张博"], time="2024年09月03日 10:18",
 body="""
p:新华社西安9月2日电（记者 蔺依林 张博）走进位于榆林的一家煤化工企业，中央控制室大屏上实时跳动着生产数据，一根根管廊连接着气化、合成和精馏装置。从“挖煤卖煤”到“吃干榨尽”，陕北能源化工基地正加快向高端化、多元化、低碳化转型。
p:近年来，陕西围绕煤制烯烃、煤制油和精细化工延链补链，引进培育下游新材料企业。企业负责人介绍，通过技术改造，煤炭转化效率提高了8个百分点，单位产品能耗下降约12%。
p:与此同时，基地积极布局绿氢、二氧化碳捕集利用等项目。今年上半年，榆林能源化工产业增加值同比增长7.6%，其中精细化工和新材料产值占比首次超过三成。
p:业内人士认为，推动传统能源与新能源优化组合，是资源型地区实现高质量发展的必由之路。
""",
 after=["【纠错】", "责任编辑：王瑞"], side=("热点排行", ["西安地铁10号线开通运营", "秦岭生态保护条例实施情况检查", "陕西高校毕业生就业率创新高"]),
 footer=["三秦在线 版权所有  陕ICP备08001234号", "增值电信业务经营许可证 陕B2-20080012"]),

dict(id="vz-15", kind=K, lang="en", layout="article", sitename="Zhejiang Today", top=["中文", "Subscribe", "Log in"], nav=["Home", "Zhejiang", "Business", "Culture", "Travel", "Opinion", "Video"],
 crumb="Home > Business", placeholder="Search", search_btn="Go", css="h1{font-family:Georgia}.info{font-size:13px}",
 title="Yiwu traders turn to cross-border livestreaming as exports climb", info=["By Chen Yiran and Mark Hollis", "Updated: 2024-11-18 14:32"], info_mode="lines",
 authors=["Chen Yiran", "Mark Hollis"], time="2024-11-18 14:32",
 body="""
p:At a stall in the Yiwu International Trade City, 29-year-old Wang Lu holds a string of Christmas lights up to her phone and switches from Mandarin to Spanish mid-sentence. Her audience is several thousand buyers in Mexico and Chile.
p:Cross-border livestreaming has become a routine sales channel for small traders in the city, which supplies a large share of the world's festive decorations, toys and household goods.
h:A new kind of showroom
p:According to the local commerce bureau, more than 8,000 market merchants now run regular overseas livestreams, up from about 3,000 two years ago. Exports from Yiwu rose 14.2 percent year-on-year in the first ten months.
p:"Buyers used to fly here twice a year. Now they can see the goods every day," Wang said.
p:Local officials say training programs on foreign-language sales and payment compliance have helped traders enter new markets in Latin America, the Middle East and Central Asia.
img:Wang Lu livestreaming|Wang Lu sells Christmas lights to buyers in Latin America. [Photo by Li Hang/Zhejiang Today]
""",
 share=["Share", "Facebook", "X", "LinkedIn"], related=("Related stories", ["Ningbo-Zhoushan port handles record cargo", "Hangzhou's digital economy keeps growing"]),
 footer=["Copyright 2024 Zhejiang Today. All rights reserved.", "浙ICP备10034567号"]),

dict(id="vz-16", kind=K, lang="en", layout="table", sitename="Shenyang English", banner="SHENYANG ENGLISH PORTAL", nav=["Home", "News", "Invest", "Living", "Tourism", "Government"],
 crumb="Home >> News", search_btn="Search", css="body{font:12px Arial}",
 title="Liaoning launches new China-Europe freight route from Shenyang", info=["Source: Xinhua", "Updated: Mar 7, 2025"], info_mode="table",
 authors=[], time="Mar 7, 2025",
 body="""
p:SHENYANG, March 6 (Xinhua) -- A freight train loaded with auto parts, machinery and electronic products departed from Shenyang on Thursday for Duisburg, Germany, marking the launch of a new China-Europe freight route in northeast China's Liaoning Province.
p:The train, carrying 55 containers, is expected to arrive in about 16 days after passing through Manzhouli.
p:The new route will cut transport time for local exporters by about a week compared with sea shipping, according to the operator.
p:Liaoning has operated more than 1,000 China-Europe freight trips in total, connecting the province with dozens of cities in Europe and Central Asia.
""",
 after=["Editor: Zhang Yu"], related=("Related", ["Shenyang hosts international equipment expo", "Dalian port sees steady growth"]),
 footer=["Sponsored by the Information Office of Shenyang Municipal People's Government", "辽ICP备05011223号"]),

dict(id="vz-17", kind=K, layout="div", sitename="邯郸广电网", banner="邯郸广播电视台", top=["直播", "点播", "节目单", "APP下载"], nav=["首页", "新闻", "视频", "电视", "广播", "专题"],
 crumb="首页 > 邯郸新闻 > 正文", css=".player{background:#000;color:#fff;height:60px}",
 title="峰峰矿区废弃矿坑变身城市湿地公园", info=["发布时间：2024-05-21", "记者：李卓  赵宇航", "编辑：马琳"], info_mode="spaced",
 pre="", authors=["李卓", "赵宇航"], time="2024-05-21",
 body="""
x:播放  00:00 / 02:36  全屏
p:【导语】曾经的采煤塌陷区，如今碧水荡漾、绿树成荫。近日，峰峰矿区一座由废弃矿坑改造的湿地公园正式开园，吸引不少市民前来游玩。
p:【正文】走进公园，木栈道沿湖蜿蜒，芦苇和菖蒲随风摇曳，白鹭不时掠过水面。这里过去是一片采煤塌陷坑，常年积水、杂草丛生。
p:2021年起，峰峰矿区实施矿山生态修复工程，通过削坡整形、水系连通和植被恢复，将400多亩塌陷区改造成集生态涵养、休闲健身于一体的湿地公园。
p:修复过程中，当地坚持生态优先，保留了原有矿坑地貌，利用雨水和矿井疏干水形成湖面，配套建设了净水湿地，水质常年保持在地表水Ⅲ类以上。如今，公园里已记录到鸟类60余种。
p:【同期】市民 孙建国：以前这儿都没人来，现在早上我们都来这儿走步，空气好，环境也好。
p:【正文】据了解，峰峰矿区已累计完成废弃矿山修复治理面积3200余亩，下一步将继续推进“矿山变公园”，让生态红利惠及更多群众。
""",
 share=["分享", "微信", "微博"], related=("更多视频", ["邯郸：夏粮收获进度过半", "丛台区举办非遗展演活动"]),
 footer=["邯郸广播电视台 版权所有  信息网络传播视听节目许可证：0305123", "冀ICP备11000456号"]),

dict(id="vz-18", kind=K, layout="article", sitename="大连新闻网", top=["手机版", "登录"], nav=["首页", "大连", "财经", "民生", "教育", "房产", "汽车"],
 crumb="首页 > 财经 > 正文", css=".info{display:flex;gap:10px}",
 title="大连港口岸前五个月外贸集装箱吞吐量同比增长9.8%", info=["来源：大连日报", "作者：邵明远", "2025-06-16 08:03"], info_mode="glued",
 authors=["邵明远"], time="2025-06-16 08:03",
 body="""
p:记者从大连海关获悉，今年前5个月，大连港口岸外贸集装箱吞吐量达到182万标准箱，同比增长9.8%，增速位居北方沿海主要港口前列。
p:分航线看，东南亚航线增长最快，同比增长21.3%；日韩航线保持稳定，占比超过四成。主要出口商品中，机电产品、农产品和钢材增长明显。
p:今年以来，大连港新开通了至越南海防、泰国林查班等外贸航线4条，外贸航线总数达到100余条，覆盖全球160多个国家和地区的300多个港口。港口还推出集装箱“海铁联运”班列，辐射东北腹地。
h:通关效率持续提升
p:大连海关相关负责人介绍，今年以来推广“船边直提”“抵港直装”等便利措施，进口、出口整体通关时间分别压缩至28小时和0.8小时。
p:“以前货到港口要等两三天才能提走，现在当天就能进厂。”一家食品进口企业负责人表示。
""",
 after=["图片来源：视觉中国（图文无关）"], share=["分享到："], related=("推荐阅读", ["大连金普新区引进重点项目12个", "辽宁前5个月进出口总值公布"]),
 footer=["大连新闻网版权所有  辽ICP备06001122号  辽公网安备21020302000009号"]),

dict(id="vz-19", kind=K, layout="div", sitename="榆林网", banner="榆林网 榆林日报社主办", nav=["首页", "榆林新闻", "县区", "民生", "文化", "视频"],
 crumb="当前位置：首页 » 县区 » 文章", css=".tt{font:bold 22px serif}",
 title="神木市完成首批农村宅基地改革试点", info=["2024-12-19 15:22", "来源：榆林日报", "编辑：高小燕"], info_mode="spaced", info_pos="above",
 authors=["高亮"], time="2024-12-19 15:22",
 body="""
p:榆林网讯 近日，神木市首批农村宅基地制度改革试点工作通过验收，涉及3个镇12个村，共完成宅基地确权登记4300余宗。
p:试点中，神木市探索建立宅基地有偿使用、自愿有偿退出机制，对“一户多宅”、超标准占用等问题分类处置。截至目前，累计盘活闲置宅基地和农房580处，发展农家乐、民宿和乡村工坊等经营主体96家。
p:在高家堡镇，一处闲置多年的四合院经过修缮，变成了特色民宿，旺季一房难求。镇上还成立了宅基地流转服务站，为农户提供政策咨询、价格评估和合同签订等服务，保障流转双方合法权益。
p:“闲置的老院子租给了合作社，一年能拿一万多租金。”高家堡镇村民杨志东说。
p:据了解，神木市将在总结试点经验的基础上，明年在全市推开改革，进一步激活农村土地资源。（记者 高亮）
""",
 prevnext=["上一篇：横山区羊肉产业链年产值突破20亿", "下一篇：米脂小米获评国家地理标志产品"], footer=["榆林网 版权所有  陕ICP备10006789号", "本网站所刊登的各种新闻、信息，未经协议授权，禁止下载使用"]),

dict(id="vz-20", kind=K, layout="div", sitename="温州广播网", top=["收听直播", "节目表", "主持人"], nav=["首页", "新闻频道", "交通之声", "音乐之声", "活动"],
 crumb="首页 > 新闻频道", css=".tt{font-size:22px;color:#036}",
 title=["瓯海区试点“共享菜园”", "城市居民认领一分地"], info=["温州新闻广播", "2024-03-28 18:40:05", "记者 林思远 实习生 潘可欣"], info_mode="lines",
 authors=["林思远", "潘可欣"], time="2024-03-28 18:40:05",
 body="""
p:春分过后，瓯海区娄桥街道一处闲置地块上，几十块整齐划分的小菜园里，番茄苗、辣椒苗已经种下。这是街道试点推出的“共享菜园”，城市居民可以认领一块约60平方米的土地，自己种菜。
p:负责运营的村集体合作社介绍，菜园共划分了80块，每块年租金600元，合作社免费提供农具、种子和灌溉用水，并安排农技员定期指导。开放认领不到一周，就被认领了70多块。
p:记者在现场看到，每块菜地旁都插着认领人的名牌，有的写着“开心农场”，有的写着“爷孙菜园”。一些认领者还在微信群里交流种植经验，互相分享种子和菜苗。
p:认领了菜地的市民周女士说：“周末带孩子来种种菜，让他知道菜是怎么长出来的，比在家看手机强多了。”
p:街道相关负责人表示，“共享菜园”既盘活了闲置土地，又增加了村集体收入，下一步将视试点情况扩大规模。
""",
 after=["编辑：郑洁"], related=("往期节目", ["早高峰路况播报", "温州新闻联播"]), footer=["温州人民广播电台 主办  浙ICP备05040123号  广播电视节目制作经营许可证（浙）字第00512号"]),

dict(id="vz-21", kind=K, layout="article", sitename="燕赵观察", top=["登录", "客户端"], nav=["首页", "要闻", "评论", "政务", "经济", "社会"],
 crumb="首页 > 评论 > 燕赵时评", css="article{font-family:serif}.info{color:#777}",
 title="让“家门口的好学校”越来越多", info=["作者 | 许南", "来源：燕赵观察", "2025/02/27"], info_mode="spaced",
 authors=["许南"], time="2025/02/27",
 body="""
p:新学期开学，石家庄又有6所新建中小学投入使用，新增学位近万个。对于不少家长来说，孩子能在家门口上好学，是最实在的获得感。
p:近年来，河北推进义务教育优质均衡发展，通过集团化办学、学区制管理、教师“县管校聘”等举措，推动优质资源向薄弱学校和农村学校延伸。
p:但也要看到，城乡之间、校际之间的差距仍然存在，部分新建校“硬件新、软件弱”的问题比较突出。建好学校只是第一步，把学校办好才是关键。
p:比如，一些新建小区配套学校开学后，师资多为新招聘的年轻教师，经验不足，家长担心教学质量；一些农村学校虽然校舍漂亮，却留不住好老师。这些问题不解决，“家门口的学校”就难以成为“家门口的好学校”。
p:办好家门口的学校，需要真正把优秀校长和骨干教师配下去，需要持续提升教师待遇、畅通成长通道，也需要在评价机制上破除“唯分数”“唯升学”。
p:教育是最大的民生。多一些“家门口的好学校”，孩子们的起点就会更公平一些。
""",
 after=["（作者系河北省社科院研究人员）", "责任编辑：丁宁"], share=["分享到："],
 footer=["燕赵观察网 版权所有  冀ICP备13004567号-1  冀公网安备13010202001234号"]),

dict(id="vz-22", kind=K, layout="mobile", sitename="锦州新闻", search=False, top=["打开APP"],
 css="body{max-width:480px;margin:auto;font:17px sans-serif}.openapp{background:#d22;color:#fff}",
 title="锦州港首条外贸内支线开通", info=["锦州新闻  2025-05-06 19:08", "记者 曲鑫"], info_mode="lines",
 authors=["曲鑫"], time="2025-05-06 19:08",
 body="""
p:5月6日，随着“锦港7号”集装箱船缓缓驶离锦州港码头，锦州港首条外贸内支线正式开通。该航线连接锦州港与大连港，每周两班，外贸货物可在锦州“一次报关、一次查验”后经大连中转出海。
img:锦港7号|
p:锦州港相关负责人介绍，航线开通后，辽西地区的外贸企业出口货物无需再陆运至大连，每个集装箱可节省物流成本约800元，运输时间缩短1天。
p:据了解，为配合航线开通，锦州海关推行“离港确认”模式，货物在锦州完成报关手续后，经内支线运抵大连港即可直接装船出口，无需重复查验。下一步，锦州港还将争取开通至天津港、青岛港的内支线航线。
p:“我们的玉米蛋白粉出口东南亚，以前要走公路到大连，现在在家门口就能装船。”一家粮食加工企业负责人说。
p:今年一季度，锦州港完成货物吞吐量2100万吨。
""",
 after=["编辑：王璐", "本文来自【锦州新闻】客户端"], share=["打开锦州新闻APP，阅读体验更佳", "点赞 32", "评论"],
 related=("猜你喜欢", ["锦州：北普陀山景区迎来客流高峰", "凌海市春播进度超七成"]), footer=["锦州广播电视台 版权所有"]),

dict(id="vz-23", kind=K, layout="div", sitename="中国经济观察网", banner="中国经济观察网 www.ceon.com.cn", top=["首页", "手机版", "订阅"],
 nav=["宏观", "产业", "区域", "金融", "公司", "三农", "视点"], crumb="首页 > 区域 > 正文", css=".info{border-bottom:2px solid #c00}",
 title="洛川苹果：从“卖果子”到“卖品牌”", info=["2024-10-28 09:35", "来源：中国经济观察网", "作者：经济观察记者 张晗"], info_mode="glued",
 authors=["张晗"], time="2024-10-28 09:35",
 body="""
p:金秋时节，陕西洛川的苹果进入采收季。在一家果业公司的分拣车间，智能分选线按照大小、色泽和糖度把苹果分成十几个等级，装箱后发往全国各地。
p:洛川是全国苹果种植面积最大的县之一，全县苹果面积53万亩，年产量超过100万吨。过去，果农主要靠客商上门收购，价格受市场波动影响大。
h:品牌化带来溢价
p:近年来，当地推行统一标准、统一品牌、统一营销，“洛川苹果”区域公用品牌价值持续提升。一等果收购价比普通果高出约30%。
h:产业链不断延伸
p:除了鲜果销售，当地还发展苹果醋、果干、果酒等深加工产品，并建设气调冷库，库容达到70万吨，实现“错峰销售”。
p:“现在种苹果讲究标准化，施肥、套袋、采摘都有规程。”果农王建军说，家里12亩果园今年收入预计超过15万元。
""",
 after=["责任编辑：李晓"], related=("延伸阅读", ["陕西果业全产业链产值突破千亿", "苹果期货价格走势分析"]),
 footer=["中国经济观察网 版权所有  京ICP备12034567号  京公网安备11010502030000号"]),

dict(id="vz-24", kind=K, layout="article", sitename="甬城新闻网", top=["无障碍", "登录"], nav=["首页", "宁波", "区县", "民生", "甬派视频"],
 crumb="首页 > 宁波 > 正文", css="h1{font-size:28px}",
 title="宁波轨道交通6号线一期首通段开始试运行", info=["来源：宁波晚报", "2025-08-12 06:50"], info_mode="spaced",
 authors=["王薇薇", "余杰"], time="2025-08-12 06:50",
 body="""
x:原标题：6号线首通段试运行啦
x:记者 王薇薇 通讯员 余杰
p:8月11日，宁波轨道交通6号线一期首通段开始不载客试运行。试运行期间，列车将按照正式运营的运行图组织行车，全面检验各系统设备的稳定性和可靠性。
p:据介绍，6号线一期首通段全长约19.8公里，设车站16座，串联起鄞州、海曙等多个区域。开通后，沿线居民到市中心的通勤时间将缩短20分钟以上。
p:6号线一期工程全线采用6节编组B型车，最高运行速度80公里/小时。列车车厢内增设了无障碍区域和充电接口，部分车站还设置了母婴室。
p:试运行阶段将持续3个月左右，其间还将开展各类应急演练。轨道交通部门表示，试运行结束并通过初期运营前安全评估后，将择机开通载客运营，具体时间另行公布。
p:目前，宁波已开通运营轨道交通线路6条，运营里程超过200公里。
""",
 after=["编辑：蒋莉  审核：陈涛  终审：何斌"], share=["分享"], related=("相关阅读", ["宁波地铁票价优惠新政出台", "7号线建设进展最新消息"]),
 footer=["甬城新闻网 版权所有  浙ICP备05001234号-2  网络违法犯罪举报：0574-87680000"]),
]
