from furniture import *

P = []
def news_head(site, nav):
    return f'<div class="hd"><b>{e(site)}</b> ' + links(nav) + ' <input placeholder="搜索新闻"> <a href="#">登录</a></div>'
def news_right(title, items):
    return f'<div class="r"><h4>{e(title)}</h4>' + ul(items) + '</div>'

# xd-13 English, Photo: NAME/Xinhua under headline
P.append(dict(id="xd-13", kind="news", sub="English news, Photo: NAME/Xinhua credit under headline", lang="en", css="en",
 title="Hainan free trade port opens island-wide special customs operations",
 authors=["Zhao Wenjun"], time="Dec 18, 2025 09:12 PM",
 head='<div class="hd"><a href="#">HOME</a><a href="#">CHINA</a><a href="#">SOURCE</a><a href="#">OPINION</a><a href="#">IN-DEPTH</a><a href="#">WORLD</a><a href="#">LIFE</a><input placeholder="Search"></div><div class="wrap"><p><a href="#">CHINA</a> / <a href="#">SOCIETY</a></p>',
 meta='<p class="cap">Photo: Pu Xiaoxu/Xinhua</p><p class="by">By Zhao Wenjun</p><p class="by">Published: Dec 18, 2025 09:12 PM</p>',
 body=[("img", "Cargo trucks line up at Yangpu port in Danzhou, South China's Hainan Province", None),
  "South China's Hainan Province on Thursday launched island-wide special customs operations, a milestone in building the Hainan Free Trade Port that allows most goods to enter the island with zero tariffs.",
  "Under the new arrangement, the island is managed as a separate customs territory. Goods entering Hainan from abroad face fewer restrictions, while goods moving from Hainan to the mainland pass through checkpoints at eight ports, including Haikou's Xinhai port and Yangpu port in Danzhou.",
  "The share of tariff lines eligible for zero tariffs has risen from about 21 percent to 74 percent, according to officials at a press conference in Haikou. Processing firms that add at least 30 percent of value on the island can ship their products to the mainland duty-free.",
  "\"For a small company like ours, it means lower costs for imported machinery and a faster route to customers on the mainland,\" said Lin Haoran, manager of a coffee roasting company in Haikou's Jiangdong New Area.",
  "Experts said the move would help Hainan attract international investment in tourism, modern services and high-tech industries, but noted that the province still needs to improve its logistics and talent pool.",
  "\"The policies are in place. The next test is whether enough businesses come and stay,\" said Chen Yuhui, a researcher at the China Institute for Reform and Development."],
 after='<div><b>RELATED ARTICLES:</b>' + ul(["Duty-free sales in Hainan hit new high during holiday","Haikou airport adds routes to Southeast Asia"]) + '</div></div>',
 foot='<div class="ft">Copyright 2025 by The Global Times. All rights reserved. <a href="#">About Us</a> <a href="#">Contact Us</a> <a href="#">Privacy Policy</a></div>'))

# xd-14 English, three authors, Contact the writers at ...
P.append(dict(id="xd-14", kind="news", sub="English news, three authors, Contact the writers at", lang="en", css="en",
 title="Fujian's tea towns bet on young buyers and livestreams",
 authors=["Hu Meidong", "Qiu Quanlin", "Li Yingxue"], time="2025-05-21 07:48",
 head='<div class="hd"><a href="#">Global Edition</a><a href="#">China</a><a href="#">Business</a><a href="#">Lifestyle</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Regional</a></div><div class="wrap"><p>Home / <a href="#">Business</a> / <a href="#">Companies</a></p>',
 meta='<p class="by">By HU MEIDONG in Fuzhou, QIU QUANLIN in Guangzhou and LI YINGXUE in Wuyishan | China Daily | Updated: 2025-05-21 07:48</p><p class="by">Share - WeChat</p>',
 body=["In Xingcun town at the foot of the Wuyi Mountains, 29-year-old Wu Jiaxin starts her livestream at 8 pm, holding up a cup of rock tea to the camera and explaining the difference between roasting levels to viewers who are mostly her own age.",
  "\"Older customers buy by the kilogram and trust the shop they know. Young people buy 50-gram tins and want a story,\" said Wu, who returned from Xiamen three years ago to run her family's tea business.",
  "Tea producers across Fujian province are adjusting to a market in which younger consumers increasingly drink tea in cold brews, milk tea and canned drinks. Wuyishan's tea output value reached 14.6 billion yuan ($2 billion) last year, with online sales accounting for nearly 40 percent, according to the city's tea bureau.",
  ("img", "A tea farmer picks leaves in Wuyishan, Fujian province", "A tea farmer picks leaves in Wuyishan, Fujian province, in April. ZHU XINGXIN / CHINA DAILY"),
  "In Anxi county, home of tieguanyin oolong, several cooperatives now supply tea bases to beverage chains in Guangzhou and Shenzhen. Huang Zhiqiang, head of one cooperative, said contract orders had helped stabilise prices for about 600 farming households.",
  "Industry analysts warned that quality control must keep pace. \"Traceability is the foundation. If a livestream oversells a tea, the whole origin suffers,\" said Lin Xiaoming, a professor at Fujian Agriculture and Forestry University.",
  ("x", "<p><i>Contact the writers at humeidong@chinadaily.com.cn</i></p>")],
 after='<div><b>Most Viewed in 24 Hours</b>' + ul(["China's consumer market sees steady recovery","New rail link to cut travel time in Guangdong"]) + '</div></div>',
 foot='<div class="ft">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</div>'))

# xd-15 体育 score 3:1 in headline — 广州
P.append(dict(id="xd-15", kind="news", sub="sports, score 3:1 in headline, 原标题, comments count", css="news",
 title="中甲第28轮：广州队主场3:1逆转江西庐山 保级形势转好",
 authors=["黄  帅"], time="2025-10-26 22:41",
 head=news_head("大洋网", ["首页","广州","体育","财经","娱乐","视频"]) + '<div class="wrap"><div class="l"><p>大洋网 &gt; 体育 &gt; 足球</p>',
 meta='<div class="meta"><span>2025-10-26 22:41</span><span>来源：广州日报</span><span>作者：黄  帅</span><span>评论(126)</span></div><p class="meta">原标题：越秀山再响欢呼！广州队逆转取胜</p>',
 body=["10月26日晚，2025赛季中甲联赛第28轮在越秀山体育场进行，广州队主场以3:1逆转江西庐山队，取得两连胜，积分升至33分，距降级区拉开6分差距。",
  "比赛第17分钟，江西庐山队利用角球机会由外援头球破门。落后的广州队随后加强边路进攻，第39分钟，小将陈子轩在禁区前沿低射扳平比分。",
  "下半场第58分钟，广州队获得点球，队长叶冠峰主罚命中。第81分钟，替补登场的艾克拉木·买买提接传球单刀推射得手，锁定胜局。",
  "赛后，广州队主教练在新闻发布会上表示，球队上半场开局不理想，中场休息时调整了站位，“年轻球员顶住了压力，这场胜利属于现场的一万多名球迷”。",
  "本场比赛现场观众达13258人。下一轮，广州队将客场挑战大连英博。"],
 after='<p class="meta">责任编辑：梁晓晴</p><div><b>相关新闻</b>' + ul(["广州队公布新赛季青训计划","越秀山球场草皮完成更换"]) + '</div><div>网友评论 已有126条评论 <textarea placeholder="文明上网，理性发言"></textarea></div></div>' + news_right("热点排行", ["广州地铁新线开通时间确定","广交会秋季展采购商数量创新高","周末广州天气转凉"]) + '</div>',
 foot='<div class="ft">广州市交互式信息网络有限公司版权所有 粤ICP备05107083号</div>'))

# xd-16 深度调查 with 记者手记
P.append(dict(id="xd-16", kind="news", sub="深度调查 with 记者手记 at end (body)", css="news",
 title="海岸线上的“蚝壳山”：湛江一个渔村的废弃物困局",
 authors=["麦婉华", "邓  可"], time="2025年7月15日 星期二",
 head=news_head("南方网", ["首页","时政","广东","深度","评论","视频"]) + '<div class="wrap"><div class="l"><p>南方网 &gt; 深度</p>',
 meta='<div class="meta">2025年7月15日 星期二 来源：南方日报 记者 麦婉华 邓  可</div>',
 body=["退潮后的湛江市官渡镇海边，一座高约三米的灰白色“小山”格外显眼。走近才发现，这是由废弃蚝壳堆成的。附近村民说，这样的蚝壳堆，沿着海岸线还有十几处。",
  ("h", "一年产生蚝壳近十万吨"),
  "湛江是全国重要的生蚝产区。当地养殖户介绍，每加工1吨生蚝，会产生约0.8吨蚝壳。仅官渡镇，每年产生的蚝壳就接近10万吨。记者在多个村庄看到，蚝壳被随意堆放在路边、河滩，散发出刺鼻的腥臭味，夏季苍蝇成群。",
  "“以前有人收去烧石灰，现在石灰窑关了，没人要。”村民陈伯说。",
  ("h", "资源化利用为何难"),
  "事实上，蚝壳可以加工成土壤调理剂、饲料钙粉和建筑材料。但记者调查发现，当地仅有两家加工企业，年处理能力不足3万吨。企业负责人坦言，蚝壳收集和运输成本高，加工产品价格低，“不补贴很难做下去”。",
  "镇政府有关负责人表示，已规划建设蚝壳集中收储点，并争取将蚝壳加工纳入资源综合利用税收优惠范围。",
  ("h", "记者手记"),
  "采访中，一位养殖户问记者：“蚝壳能不能也算一种资源？”这个朴素的问题，指向的是产业链末端长期被忽视的环节。生蚝产业做大了，“蚝壳山”不能一直留在海边。只有把收集、运输、加工的账算清楚，才能让废弃物真正变成资源。"],
 after='<p class="meta">编辑：刘  燕</p><div><b>推荐阅读</b>' + ul(["湛江生蚝产业链调查","雷州半岛海岸带修复进展"]) + '</div></div>' + news_right("24小时热榜", ["广东高温天气持续","深中通道车流创新高"]) + '</div>',
 foot='<div class="ft">本网站由南方报业传媒集团主办 粤ICP备09174648号</div>'))

# xd-17 评论 with □ NAME under headline — 海南日报 on portal
P.append(dict(id="xd-17", kind="news", sub="评论 with □ NAME under headline", css="news",
 title="让“候鸟”老人住得安心更要过得舒心",
 authors=["陈  蔚"], time="2024-12-03 07:20",
 head=news_head("南海网", ["首页","海南","评论","旅游","自贸港","视频"]) + '<div class="wrap"><div class="l"><p>当前位置：首页 &gt; 南海评论</p>',
 title_html='<h1>让“候鸟”老人住得安心更要过得舒心</h1><p style="text-align:center">□ 陈  蔚</p>',
 meta='<div class="meta"><span>2024-12-03 07:20</span><span>来源：海南日报</span></div>',
 body=["入冬以来，大批“候鸟”老人陆续来到海南过冬。据统计，每年在海南过冬的“候鸟”人群超过150万人，其中大多数是老年人。",
  "“候鸟”老人为海南带来了消费和人气，也带来了新的公共服务需求。异地就医结算是否方便，社区活动是否有他们的位置，遇到纠纷时能否及时找到帮助，这些看似细小的问题，直接关系到他们的获得感。",
  "近年来，三亚、海口等地设立“候鸟”服务站，推行异地就医直接结算，不少社区还吸纳“候鸟”老人参与志愿服务，效果明显。但也要看到，部分小区配套不足，医疗资源在冬季相对紧张。",
  "让老人住得安心，更要过得舒心。相关部门不妨把“候鸟”人群纳入常住人口统筹考虑，在医疗、养老、文体设施等方面提前布局，让这些远道而来的“新海南人”真正融入当地生活。"],
 after='<p class="meta">责任编辑：吴  娟</p></div>' + news_right("南海评论", ["保护海岸线要久久为功","自贸港建设需要更多“店小二”"]) + '</div>',
 foot='<div class="ft">南海网版权所有 琼ICP备05002839号</div>'))

# xd-18 港澳台 story with 繁体 words
P.append(dict(id="xd-18", kind="news", sub="港澳台 story with 繁体 words quoted", css="news",
 title="澳门“街坊节”吸引大湾区游客 内地旅客赞“好有人情味”",
 authors=["郭  军"], time="2025年11月10日 16:05",
 head=news_head("中国新闻网", ["首页","国内","港澳","台湾","华人","财经"]) + '<div class="wrap"><div class="l"><p>首页 &gt; 港澳</p>',
 meta='<div class="meta">2025年11月10日 16:05　来源：中国新闻网　参与互动（32）</div>',
 body=["中新网澳门11月10日电（记者 郭军）为期三天的澳门“街坊节”9日在氹仔官也街、北区祐汉街市一带落幕，吸引大量珠海、中山等大湾区城市游客参与。",
  "活动期间，数十家老字号店铺推出“街坊價”优惠，街头设有“嘆茶”体验区和手作市集。来自中山的游客梁女士说，在祐汉街市吃到地道的“豬扒包”和“水蟹粥”，“跟街坊聊天，好有人情味”。",
  "澳门经济及科技发展局介绍，今年“街坊节”参与商户逾三百家，较去年增加约四成，活动期间商户营业额平均提升约两成。",
  "经营凉茶铺三十多年的陈伯表示，“以前遊客多數只去大三巴，而家識得嚟街坊度行下，對小店幫助好大”。"],
 after='<p class="meta">【编辑:黄钰涵】</p><div><b>相关新闻</b>' + ul(["港珠澳大桥“澳车北上”通行量创新高","横琴口岸单日客流突破十万人次"]) + '</div></div>' + news_right("港澳新闻排行", ["香港公布新一轮人才计划","澳门举办国际美食节"]) + '</div>',
 foot='<div class="ft">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</div>'))

# xd-19 夜读 with writer at end in parentheses (own line)
P.append(dict(id="xd-19", kind="news", sub="夜读 piece, writer at end in parentheses on its own line", css="news",
 title="夜读｜外婆的那口灶",
 authors=["林晓雯"], time="2025.01.19",
 head=news_head("福建日报·新福建", ["首页","福建","夜读","文化","视频"]) + '<div class="wrap"><div class="l"><p>首页 &gt; 夜读</p>',
 meta='<div class="meta"><span>2025.01.19</span><span>来源：福建日报</span><span>阅读量 3.2万</span></div>',
 body=["外婆家在闽北的一个小山村，老屋的厨房里有一口两眼的柴灶。灶膛口被烟火熏得乌黑，灶台却总是擦得发亮。",
  "小时候放寒假，我最爱守在灶边。外婆一边往灶膛里添松枝，一边往锅里撒一把红糖，给我煮一碗糯米糍粑。火光映在她的脸上，皱纹里都是暖意。",
  "后来村里通了天然气，舅舅给外婆买了燃气灶，可她还是舍不得拆掉那口老灶。她说，用柴火蒸的年糕才有味道，过年的时候，灶头还要贴一张新的灶君像。",
  "外婆走后的第一个春节，我们回到老屋。舅舅生起了火，灶膛里噼啪作响，锅里蒸汽腾起，恍惚间，好像又看见她弯着腰，在灶台边忙碌。",
  "原来，人们念念不忘的，从来不只是一口灶，而是灶边那个等我们回家的人。"],
 after='<p>（作者：林晓雯）</p><p class="meta">编辑：张  帆　审核：郑  磊</p></div>' + news_right("往期夜读", ["夜读｜冬日里的一碗线面","夜读｜父亲的旧自行车"]) + '</div>',
 foot='<div class="ft">福建日报社（福建日报报业集团）版权所有 闽ICP备15005325号</div>'))

# xd-20 新华社通稿 reprinted on a portal
P.append(dict(id="xd-20", kind="news", sub="新华社通稿 reprinted on portal (网易新闻), byline inside first paragraph", css="news",
 title="广西北部湾港集装箱吞吐量首次突破900万标箱",
 authors=["朱丽莉", "黄耀漫"], time="2025-12-29 18:36:12",
 head=news_head("网易", ["首页","新闻","体育","财经","科技","汽车"]) + '<div class="wrap"><div class="l">',
 meta='<div class="meta">2025-12-29 18:36:12　来源: <a href="#">新华社</a>　<a href="#">举报</a></div>',
 body=["新华社南宁12月29日电（记者朱丽莉、黄耀漫）记者29日从广西北部湾国际港务集团获悉，截至12月28日，北部湾港今年集装箱吞吐量达到901.3万标箱，首次突破900万标箱，同比增长约12%。",
  "北部湾港由钦州港、北海港和防城港组成，是西部陆海新通道的重要出海口。今年以来，北部湾港新开通至东南亚、南亚等地的外贸航线11条，集装箱航线总数达到92条。",
  "西部陆海新通道海铁联运班列今年开行超过1.2万列，货物通达全球126个国家和地区的560多个港口。钦州港自动化集装箱码头投入运营后，单箱作业效率提升约20%。",
  "广西北部湾国际港务集团有关负责人表示，明年将继续加密东盟航线，推进钦州港东航道扩建工程，提升港口综合服务能力。"],
 after='<p class="meta">本文来源：新华社　责任编辑：王晓峰_NN3512</p><div><b>相关推荐</b>' + ul(["西部陆海新通道班列开行量创新高","钦州港东航道扩建工程开工"]) + '</div><div>跟贴 58 参与 1024</div></div>' + news_right("热点新闻", ["多地发布元旦出行提示","2026年春运火车票开售"]) + '</div>',
 foot='<div class="ft">©1997-2025 网易公司版权所有 About NetEase | 公司简介 | 联系方法 | 招聘信息</div>'))

# xd-21 byline after a photo caption
P.append(dict(id="xd-21", kind="news", sub="city media; byline placed after photo caption", css="news",
 title="温州瓯江口新区首个人工沙滩对外开放",
 authors=["戴  瑜"], time="2025-06-03 09:12",
 head=news_head("温州网", ["首页","温州","民生","文旅","图片","视频"]) + '<div class="wrap"><div class="l"><p>温州网 &gt; 温州新闻 &gt; 民生</p>',
 meta='<div class="meta">2025-06-03 09:12 来源：温州日报</div>',
 body=[("img", "游客在瓯江口新区人工沙滩游玩", "6月1日，市民和游客在瓯江口新区人工沙滩游玩。"),
  ("x", '<p class="cap">记者 戴  瑜 摄/文</p>'),
  "6月1日，温州瓯江口新区灵昆岛东侧的人工沙滩正式对外开放，首日接待游客约1.5万人次。",
  "该沙滩全长约1.2公里，总面积约12万平方米，铺设的沙子经过筛选处理，沙滩外侧建有防浪堤，形成相对平静的亲水区域。沙滩配套建设了淋浴间、母婴室、救生瞭望塔和停车场。",
  "瓯江口新区管委会相关负责人介绍，沙滩暂时实行免费预约入园，每日限流2万人次。夏季开放时间为每天8时至21时，下水区域限定在浮标线以内，并安排了16名专职救生员。",
  "“以前去洞头看海要开一个多小时车，现在二十分钟就到了。”带着孩子来玩的市民潘女士说。"],
 after='<p class="meta">编辑：吴  琼</p><div><b>相关阅读</b>' + ul(["灵昆大桥拓宽工程年底完工","瓯江口新区引进高校研究院"]) + '</div></div>' + news_right("温州网热读", ["温州地铁S3线最新进展","端午假期温州接待游客数据公布"]) + '</div>',
 foot='<div class="ft">温州日报报业集团 温州网版权所有 浙ICP备05010125号</div>'))

# xd-22 byline inside a 来源 field that also holds the writer; minority name with middle dot
P.append(dict(id="xd-22", kind="news", sub="provincial media; writer inside the 来源 field; minority name with middle dot", css="news",
 title="三江侗族自治县：侗族大歌进校园 孩子们唱出民族自信",
 authors=["热依拉·艾买提", "杨  梅"], time="2025/6/3 09:12:30",
 head=news_head("广西新闻网", ["首页","广西","时政","民族","教育","视频"]) + '<div class="wrap"><div class="l"><p>广西新闻网 &gt; 市县频道 &gt; 柳州</p>',
 meta='<div class="meta">发布时间：2025/6/3 09:12:30　来源：广西日报 记者 热依拉·艾买提 通讯员 杨  梅　责编：韦  晓</div>',
 body=["“蝉之歌”的旋律在三江侗族自治县古宜镇中心小学的操场上响起，四十多名身着侗族服饰的学生分声部演唱，歌声清亮，引来路过的家长驻足聆听。",
  "侗族大歌是国家级非物质文化遗产，多声部、无指挥、无伴奏。近年来，三江县在全县32所中小学开设侗族大歌课程，聘请民间歌师定期进校授课，累计培养学生歌队80余支。",
  "今年72岁的歌师吴培信已在学校教了五年。“我小时候在鼓楼下跟老人学唱，现在轮到我把歌传给孙子辈。”他说，孩子们学得快，有的已经能唱完整的大歌。",
  "县教育局相关负责人表示，下一步将编写本土教材，把侗族大歌、侗族琵琶歌和农民画等融入美育课程，让民族文化在校园扎根。"],
 after='<div><b>相关新闻</b>' + ul(["三江“多耶节”吸引游客近十万人次","程阳八寨入选全国乡村旅游重点村"]) + '</div></div>' + news_right("图片新闻", ["漓江春色","北海银滩夕阳"]) + '</div>',
 foot='<div class="ft">广西新闻网版权所有 桂ICP备09001863号 互联网新闻信息服务许可证：45120170001</div>'))

# xd-23 记者 NAME NAME 报道 at the end
P.append(dict(id="xd-23", kind="news", sub="city TV news site, 记者 NAME NAME 报道 at end", css="news",
 title="汕头小公园开埠区夜间经济升温 老骑楼里开出新茶馆",
 authors=["郑泽斌", "林  娜"], time="2024-08-30 20:14",
 head=news_head("汕头橄榄台", ["首页","汕头新闻","直播","潮汕文化","民生"]) + '<div class="wrap"><div class="l"><p>首页 &gt; 汕头新闻</p>',
 meta='<div class="meta"><span>汕头橄榄台</span><span>2024-08-30 20:14</span><span>浏览 8762</span></div>',
 body=["入夜，汕头小公园开埠区的中山纪念亭亮起灯光，骑楼下的小吃摊和文创店人来人往。不少年轻人专程来这里“打卡”，在修缮后的老骑楼里喝一杯工夫茶。",
  "去年以来，开埠区引入了二十多家茶馆、咖啡店和潮汕小吃老字号，其中不少开在百年骑楼里。“老房子保留了原来的木楼梯和满洲窗，客人都说有味道。”一家茶馆的店主说。",
  "汕头市金平区有关部门介绍，今年暑期开埠区日均客流达3.6万人次，夜间客流占六成以上。区里还推出了“骑楼夜市”和潮剧夜演，每周五、六晚上在小公园广场演出。",
  ("x", '<p>记者 郑泽斌 林  娜 报道</p>')],
 after='<div><b>相关视频</b>' + ul(["潮汕工夫茶进社区","汕头南澳岛暑期游客增多"]) + '</div></div>' + news_right("热门", ["汕头新增3条公交线路","潮汕牛肉火锅节开幕"]) + '</div>',
 foot='<div class="ft">汕头广播电视台版权所有 粤ICP备05066720号</div>'))

# xd-24 provincial news site, e-city, comments, 编辑 审核; byline under title
P.append(dict(id="xd-24", kind="news", sub="provincial news site, byline line under the title, 编辑/审核 lines", css="news",
 title="浙江出台海岛公路建设三年行动方案2027年实现有人岛等级公路全覆盖", doc_title="浙江出台海岛公路建设三年行动方案 2027年实现有人岛等级公路全覆盖",
 authors=["方  臻"], time="2026年1月8日 星期四",
 head=news_head("浙江新闻", ["首页","时政","经济","社会","观点","视频"]) + '<div class="wrap"><div class="l"><p>浙江新闻 &gt; 经济</p>',
 title_html='<h1>浙江出台海岛公路建设三年行动方案<br>2027年实现有人岛等级公路全覆盖</h1><p>浙江日报记者　方  臻</p>',
 meta='<div class="meta">2026年1月8日 星期四　浙江日报　评论 21</div>',
 body=["近日，浙江省交通运输厅印发《浙江省海岛公路建设三年行动方案（2025—2027年）》，提出到2027年，全省有人居住海岛实现等级公路全覆盖，新改建海岛公路800公里。",
  "浙江拥有海岛4300余个，其中有人居住海岛约240个，主要分布在舟山、台州、温州和宁波。方案明确，将重点推进舟山嵊泗、岱山和温州洞头等地的环岛公路建设，同步完善码头、公交首末站等配套设施。",
  "省交通运输厅有关负责人介绍，海岛公路建设将注重生态保护，尽量利用原有道路线形，避免大挖大填，并在沿线设置观景平台和慢行系统，服务海岛旅游发展。"],
 after='<p class="meta">编辑：汪  洋　审核：李  强</p><div><b>相关新闻</b>' + ul(["舟山跨海大桥车流量创新高","洞头海岛公园建设加快"]) + '</div></div>' + news_right("热门排行", ["杭州亚运场馆再利用","浙江发布春运预测"]) + '</div>',
 foot='<div class="ft">浙江日报报业集团 浙ICP备05008838号</div>'))
