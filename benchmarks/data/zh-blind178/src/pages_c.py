# Self-media tw-25..30, e-paper tw-31..35, institutions tw-36..40.
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = []
S, E, I = "self-media", "epaper", "institution"

PAGES.append(dict(id="tw-25", kind=S, lang="zh",
 title="在大连住了十年，我才发现这条老街最好吃",
 authors=["海边的阿柒"], publish_time="2025-10-13 21:47",
 css=".tt-top{display:flex;gap:10px}.author{color:#406599}",
 head='<div class="tt-top"><a href="#">今日头条</a> <a href="#">下载头条APP</a> <a href="#">登录</a> <input placeholder="搜索站内资讯、视频或用户"></div>',
 info='<div class="author"><img alt="" src="%s">海边的阿柒 <span>2025-10-13 21:47</span> · 辽宁 · <a href="#">关注</a></div>' % G,
 blocks=[("p","说起大连美食，很多人第一反应是海鲜。但在大连住了十年，我最常去的反而是沙河口区的一条老街——春柳街。"),
  ("p","这条街不长，从头走到尾也就十来分钟，却藏着好几家开了二三十年的老店。街口的焖子店每天早上六点开门，铁板上煎得焦香的焖子浇上麻酱和蒜汁，一份只要八块钱。"),
  ("p","往里走是一家海菜包子铺，老板娘姓于，包子馅是自己调的，海菜和五花肉的比例一直没变过。“以前一天能卖两千个，现在年纪大了，卖到中午就收摊。”她说。"),
  ("p","再往前有家炒焖子、拌凉菜的小馆子，没有招牌，熟客都叫它“老地方”。我最喜欢的是他家的炸蛎黄，外酥里嫩，配一瓶大连老牌子啤酒，是很多老大连人的周末标配。"),
  ("p","如果你来大连旅游，不妨避开网红打卡点，来春柳街走一走，这里才是大连人的烟火日常。")],
 tail='<div>举报　<a href="#">点赞 3268</a>　<a href="#">评论 412</a>　<a href="#">收藏</a>　<a href="#">转发</a></div><div>相关推荐<p><a href="#">大连人冬天必吃的五样东西</a></p></div>',
 foot='<div>© 2025 今日头条 京ICP证140141号</div>',
 feat="头条号 page; account name as author (no person named); info bar with IP location; like/comment counts"))

PAGES.append(dict(id="tw-26", kind=S, lang="zh",
 title="苏州这所百年老校，藏着多少城市记忆",
 authors=["沈一帆"], publish_time="2025-10-12 08:30",
 css=".rich_media_title{font-size:22px}.meta{color:#999}#js_name{color:#576b95}",
 head='',
 info='<div class="meta"><span>原创</span> <span>沈一帆</span> <a id="js_name" href="#">姑苏晚读</a> <em>2025-10-12 08:30</em> <em>江苏</em></div>',
 info_pos="below",
 blocks=[("p","作者 | 沈一帆"),
  ("p","在苏州城南，有一所建于1906年的学校。一百多年来，它换过三个校名，搬过两次家，却始终留着一棵老银杏树。"),
  ("p","每年十一月，银杏叶落满操场，学生们会在树下合影。退休教师王秀英说，她1978年来这里教书时，这棵树就已经有两层楼高了。"),
  ("h","一座校史馆","strong"),
  ("p","学校的校史馆不大，陈列着老课本、旧校徽和一份1930年代的学生成绩单。馆里最珍贵的，是一本手写的《校友录》，记录了近千名校友的姓名和去向。"),
  ("h","一代代人","strong"),
  ("p","从这里走出去的学生，有的成了工程师、医生，有的回到母校当老师。“我们这一家三代都是这里毕业的。”校友陈先生说。"),
  ("p","城市在变，学校也在变。但那棵银杏树，还在等着每一届新生。"),
  ("note","— END —"),("note","编辑：小满 | 审核：老周"),("note","图片：受访者提供")],
 tail='<div>阅读原文　<a href="#">赞</a>　<a href="#">分享</a>　<a href="#">推荐</a>　<a href="#">写留言</a></div><div><img alt="二维码" src="%s">长按识别二维码关注我们</div>' % G,
 foot='',
 feat="微信公众号 article; 原创 label; person named (作者 | line, not body) beside account name; END, 编辑/审核 and 图片 lines not body"))
PAGES[-1]["blocks"][0] = ("note","作者 | 沈一帆")

PAGES.append(dict(id="tw-27", kind=S, lang="zh",
 title="四川这个县城，正在悄悄变成“露营之城”",
 authors=["川西行者老杨"], publish_time="2025-10-10 19:12",
 css=".bjh-header{background:#fff;border-bottom:1px solid #eee}.author-name{font-weight:bold}",
 head='<div class="bjh-header">百度首页 <a href="#">百家号</a> <a href="#">登录</a></div>',
 info='<div><span class="author-name">川西行者老杨</span> <span>2025-10-10 19:12</span> <span>四川</span> <span>旅游领域创作者</span> <a href="#">+关注</a></div>',
 blocks=[("p","国庆假期，我在阿坝州的一个小县城住了三天，发现这里几乎每个山头、每片草地上都扎满了帐篷。"),
  ("p","当地朋友告诉我，这两年县里修了十几处露营地，有的在河边，有的在高山草甸，配套的停车场、卫生间、淋浴间一应俱全。最火的一处营地，节假日要提前两周预订。"),
  ("p","露营带火了周边生意。营地附近的牧民开起了牦牛肉火锅和酥油茶铺子，还有人出租帐篷、天幕和烧烤架。一位藏族大姐说，她家国庆七天卖掉了四百多斤牦牛肉干。"),
  ("p","不过也有游客吐槽，部分营地垃圾清运跟不上，晚上噪音也比较大。希望当地在发展的同时，把管理和服务跟上。"),
  ("p","总的来说，如果你喜欢星空和草原，这个县城值得去一趟。记得带厚衣服，晚上气温能降到零度左右。"),
  ("note","本文图片均为作者拍摄，未经许可请勿转载。")],
 tail='<div>举报/反馈</div><div>作者最新文章<p><a href="#">在九寨沟住了一晚藏家乐</a></p></div>',
 foot='<div>©2025 Baidu 使用百度前必读</div>',
 feat="百家号; account name only; rights notice not body; 作者最新文章 list"))

PAGES.append(dict(id="tw-28", kind=S, lang="zh",
 title="南宁“三月三”之外，这些民俗活动你参加过吗",
 authors=["韦  芳".replace(" ","")], publish_time="2025-10-09 11:05:40",
 css=".post_info{color:#888}.post_body{font-size:17px}",
 head='<div>网易首页 <a href="#">新闻</a> <a href="#">体育</a> <a href="#">娱乐</a> <a href="#">财经</a> <a href="#">网易号</a> <a href="#">登录</a></div>',
 info='<div class="post_info">2025-10-09 11:05:40　来源: <a href="#">邕城民俗志</a>　广西</div>',
 blocks=[("p","文丨韦  芳"),
  ("p","提起南宁的民俗节日，很多人只知道“三月三”歌圩。其实，一年四季，南宁城乡还有不少热闹的传统活动。"),
  ("h","一、春节舞草龙","strong"),
  ("p","在宾阳、横州一带，春节期间有舞草龙的习俗。村民用稻草扎成长龙，夜里插上香火，沿着村道巡游，寓意驱邪纳福、五谷丰登。"),
  ("h","二、中秋烧番塔","strong"),
  ("p","中秋夜，一些村落的孩子们会用碎瓦片垒成一人多高的塔，在塔里烧柴火，火越烧越旺，瓦片被烧得通红。老人说，塔烧得越红，来年越兴旺。"),
  ("h","三、冬至吃粉饺","strong"),
  ("p","南宁人冬至不一定吃饺子，而是吃粉饺——用米粉做皮，包上猪肉、马蹄、香菇，蒸熟后晶莹剔透。"),
  ("p","这些民俗活动，有的已被列入非物质文化遗产名录。下次来南宁，不妨多留几天，感受一下这座城市的节日气氛。"),
  ("note","特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。")],
 tail='<div><a href="#">跟贴 56</a> <a href="#">分享</a></div><div>热点新闻<p><a href="#">广西今年将建设20个民俗文化村</a></p></div>',
 foot='<div>网易公司版权所有 ©1997-2025</div>',
 feat="网易号; 来源: account in info bar; 文丨 line with spaced name (not body, author is the person); platform disclaimer not body"))
PAGES[-1]["blocks"][0] = ("note","文丨韦  芳")

PAGES.append(dict(id="tw-29", kind=S, lang="zh",
 title="沈阳秋天的第一场银杏雨，今天在北陵公园下了",
 authors=["盛京小记者"], publish_time="10月15日 17:32",
 css=".wb{max-width:600px;margin:auto}.wb-name{color:#eb7350}",
 head='<div class="wb">微博 <a href="#">首页</a> <a href="#">热门</a> <a href="#">登录</a> <a href="#">注册</a></div>',
 info='<div class="wb"><span class="wb-name">盛京小记者</span> <span>10月15日 17:32</span> 来自 iPhone客户端 已编辑</div>',
 info_pos="above",
 blocks=[("p","今天下午去北陵公园，正好赶上一阵大风，银杏叶哗啦啦往下掉，整条甬路一下子变成了金黄色。"),
  ("p","公园工作人员说，今年北陵的银杏比往年早黄了一周左右，预计这个周末是最佳观赏期。最好看的位置是正门进去往东走的那条银杏大道，还有隆恩门前的广场。"),
  ("p","给大家几个小建议："),
  ("li",["1. 早上八点前人少，光线也柔和，适合拍照；","2. 周末公园东门附近停车难，建议坐地铁2号线到北陵公园站；","3. 不要摇树、不要攀折树枝，让更多人能看到。"]),
  ("p","沈阳的秋天很短，看银杏要趁早。你们那边的树叶黄了吗？")],
 tail='<div>转发 217　评论 389　赞 4021</div><div>相关推荐 <a href="#">沈阳下周将迎来大风降温</a></div>',
 foot='<div>微博客服 帮助中心 京ICP证100780号</div>',
 feat="微博 article; date without year; 来自 iPhone客户端; account author; numbered list; info above headline"))

PAGES.append(dict(id="tw-30", kind=S, lang="zh",
 title="南京一家社区食堂的“一日三餐”",
 authors=["周敏","刘晨阳"], publish_time="2025-10-14 09:00",
 css=".news_txt{font-size:18px}.name{font-weight:bold}",
 head='<div>澎湃新闻 <a href="#">要闻</a> <a href="#">深度</a> <a href="#">澎湃号</a> <a href="#">下载客户端</a> <a href="#">登录</a></div>',
 info='<div><span class="name">南京社区观察</span> <a href="#">关注</a></div><div>2025-10-14 09:00　来源：澎湃新闻·澎湃号·湃客</div>',
 blocks=[("p","文 | 周敏 刘晨阳"),
  ("p","早上6点半，鼓楼区一家社区食堂的后厨已经忙碌起来。厨师长老孙正在和面，今天早餐供应的是菜包子、小米粥和茶叶蛋。"),
  ("p","这家食堂去年开业，面向社区居民开放，60岁以上老人就餐可享受每餐3元至5元不等的补贴。食堂每天供应三餐，日均就餐人数约450人次，其中老年人占六成以上。"),
  ("p","中午11点，食堂迎来高峰。四荤六素摆在窗口，一份两荤两素加米饭，老人只要12元。82岁的张奶奶每天都来，她说：“一个人在家懒得做饭，这里菜软烂，还能跟老姐妹聊聊天。”"),
  ("p","晚上，食堂还推出“小份菜”，方便上班族下班后打包带走。负责运营的企业负责人介绍，食堂目前基本实现收支平衡，关键在于控制食材采购成本和提高翻台率。"),
  ("p","一日三餐，连着的是社区里最日常的生活。"),
  ("note","（本文来自澎湃新闻客户端“澎湃号”，仅代表作者本人观点，不代表澎湃新闻的观点或立场。）")],
 tail='<div>特别声明</div><div>澎湃号推荐<p><a href="#">社区养老服务的N种打开方式</a></p></div>',
 foot='<div>沪ICP备14003370号 © 2014-2025 上海东方报业有限公司</div>',
 feat="澎湃号; account name and two named writers (文 | line, not body); platform disclaimer not body"))
PAGES[-1]["blocks"][0] = ("note","文 | 周敏 刘晨阳")

# e-paper
PAGES.append(dict(id="tw-31", kind=E, lang="zh",
 titlehtml='<p class="yt">坚持“项目为王” 全力冲刺四季度</p><h1>大连长兴岛石化产业基地三个重大项目集中投产</h1><p class="ft">新增产值超200亿元</p>',
 title="大连长兴岛石化产业基地三个重大项目集中投产",
 authors=["王宇轩"], publish_time="2025年10月16日",
 css="body{background:#e8e1d3}table.epm{width:100%}.yt,.ft{color:#555}.bm a{display:block}",
 head='<div>大连日报 数字报 <a href="#">往期回顾</a> <a href="#">PDF下载</a></div><div>2025年10月16日 星期四 　第01版：要闻　<a href="#">上一版</a> <a href="#">下一版</a></div>',
 info='<div>本报记者 王宇轩</div>', info_pos="end",
 blocks=[("p","本报讯 10月15日，大连长兴岛（西中岛）石化产业基地三个重大项目集中投产，总投资186亿元，预计年新增产值超过200亿元。"),
  ("p","此次投产的项目包括年产60万吨高端聚烯烃装置、年产20万吨特种工程塑料项目和一座配套的危化品智能仓储中心。项目采用国内领先的工艺技术，单位产品能耗比行业平均水平低15%以上。"),
  ("p","今年以来，长兴岛基地坚持“项目为王”，建立重大项目专班推进机制，全年计划实施亿元以上项目41个，目前已开工38个，完成投资占年度计划的82%。"),
  ("p","基地管委会负责人表示，四季度将全力冲刺，确保全年工业产值突破1500亿元。")],
 tail='<div class="bm"><b>本版标题</b><a href="#">大连长兴岛石化产业基地三个重大项目集中投产</a><a href="#">市委常委会召开会议</a><a href="#">我市秋季招聘会提供岗位1.2万个</a></div><div>版次导航：<a href="#">01 要闻</a> <a href="#">02 综合</a> <a href="#">03 经济</a> <a href="#">04 民生</a></div>',
 foot='<div>大连日报社版权所有　辽ICP备05003862号</div>',
 feat="数字报 引题/主题/副题 stack; 本报记者 line after body; 本版标题 list and 版次导航; 本报讯 without name in body"))

PAGES.append(dict(id="tw-32", kind=E, lang="zh",
 titlehtml='<table><tr><td class="yt">——南通海门区推进“链长制”纪实</td></tr><tr><td><h1>一条产业链　带活一座城</h1></td></tr></table>',
 title="一条产业链　带活一座城",
 authors=["陆  洋".replace(" ",""), "黄文娟"], publish_time="2025-10-15",
 css="body{font-family:宋体}.l{float:left;width:300px}.yt{font-size:14px}",
 head='<table width="100%"><tr><td>南通日报</td><td>2025-10-15</td><td>第A3版：深度</td><td><a href="#">上一期</a> <a href="#">下一期</a></td></tr></table><div class="l"><a href="#">A1 头版</a><br><a href="#">A2 要闻</a><br><a href="#">A3 深度</a><br><a href="#">A4 海门</a></div>',
 info='<div>□本报记者　陆  洋　通讯员　黄文娟</div>', info_pos="below",
 blocks=[("p","在海门经济技术开发区，一家生物医药企业的新厂房里，工人们正在调试冻干粉针生产线。不远处，为其配套的原料药企业和包材企业也已入驻。"),
  ("p","“上游原料、下游包装都在5公里以内，物流成本降了三成。”企业负责人说。这正是海门推行“链长制”带来的变化。"),
  ("h","链长挂帅，精准招引","strong"),
  ("p","海门区梳理出生物医药、高端装备、新材料等6条重点产业链，由区领导担任链长，绘制产业链图谱，对照“缺链”“弱链”环节精准招商。今年以来，全区新签约亿元以上产业链项目53个。"),
  ("h","链上协同，抱团发展","strong"),
  ("p","为促进链上企业协同，海门定期举办产业链供需对接会，推动本地企业互为供应商。1—9月，链上企业本地配套率由32%提高到41%。"),
  ("p","海门区相关负责人表示，将继续以链招商、以链强企，推动产业集群向中高端迈进。")],
 tail='<div><b>本版其他文章</b><br><a href="#">如东：风电装备出海记</a><br><a href="#">图片新闻</a></div>',
 foot='<div>南通报业传媒集团 版权所有</div>',
 feat="2010s table e-paper; 副题 printed as ——line above the 主题 (not title); full-width space inside headline; □本报记者 line; 版 list at left"))

PAGES.append(dict(id="tw-33", kind=E, lang="zh",
 titlehtml='<div class="tz"><p>眉山市东坡区</p><h1>“稻渔综合种养”</h1><h1>让一田多收</h1></div>',
 title="“稻渔综合种养”让一田多收",
 authors=["苏婷"], publish_time="2025年10月14日",
 css=".paper{display:grid;grid-template-columns:240px 1fr 240px}.tz p{color:#a00}",
 head='<div>四川农村日报 电子版 · 2025年10月14日 · 第03版 乡村振兴</div><div class="paper"><div>版面导航<br><a href="#">第01版：要闻</a><br><a href="#">第02版：综合</a><br><a href="#">第03版：乡村振兴</a></div></div>',
 info='<div>□川农牛记者　苏婷　文/图</div>', info_pos="below",
 blocks=[("p","秋收时节，东坡区万胜镇的稻田里，收割机正在抢收稻谷，而稻田边的沟渠里，一筐筐小龙虾、稻花鱼被捞起装车。"),
  ("p","“一亩田，稻子收一千一百斤，小龙虾和鱼能卖三千多元。”种植大户何建军算了一笔账，稻渔综合种养比单种水稻亩均增收2000元以上。"),
  ("p","近年来，东坡区推广“稻虾”“稻鱼”“稻鳅”等综合种养模式，面积已发展到3.6万亩。稻田里少用化肥农药，小龙虾吃掉杂草和害虫，排泄物又成了水稻的肥料，实现了“一水两用、一田双收”。"),
  ("p","为解决技术难题，东坡区联合省水产研究所组建专家团队，开展技术培训40余场，培育专业合作社和家庭农场86家。下一步，东坡区将打造区域公用品牌，推动稻渔产品进商超、上电商。"),
  ("img",""),("cap","农户在稻田里捕捞小龙虾。")],
 tail='<div>本版导航<ul><li><a href="#">“稻渔综合种养”让一田多收</a></li><li><a href="#">广安柑橘喜获丰收</a></li></ul></div><div><a href="#">上一篇</a> <a href="#">下一篇</a></div>',
 foot='<div>四川农村日报社 版权所有 未经授权不得复制</div>',
 feat="e-paper with 引题 place line and a two-line 主题 (joined without space); 文/图 reporter line; 本版导航 list"))

PAGES.append(dict(id="tw-34", kind=E, lang="zh",
 titlehtml='<h2 class="y">北部湾港前三季度集装箱吞吐量创新高</h2><h1>“海铁联运”跑出加速度</h1><h3>西部陆海新通道班列开行量同比增长18%</h3>',
 title="“海铁联运”跑出加速度",
 authors=["李  彬".replace(" ",""), "梁珊珊"], publish_time="2025-10-16",
 css=".y{font-size:15px;font-weight:normal}h3{font-weight:normal;color:#666}",
 head='<div>钦州日报 数字报刊平台　<a href="#">首页</a> <a href="#">往期</a> <a href="#">检索</a></div><div>当前：2025-10-16 第1版 头版　<a href="#">上一版</a>　<a href="#">下一版</a></div>',
 info='<div>记者　李  彬　通讯员　梁珊珊</div>',
 blocks=[("p","本报讯　10月15日，一列满载纸浆、粮食的海铁联运班列从钦州港东站缓缓驶出，开往重庆。今年前三季度，北部湾港完成集装箱吞吐量682万标准箱，同比增长12.4%，创历史同期新高。"),
  ("p","钦州港是西部陆海新通道的重要枢纽。今年以来，钦州港持续推进自动化码头建设，新开通航线7条，外贸航线总数达到46条，通达全球100多个国家和地区的300多个港口。"),
  ("p","在铁路方面，西部陆海新通道海铁联运班列前三季度开行8120列，同比增长18%，班列线路覆盖18个省（区、市）、72个城市。"),
  ("p","钦州港片区管委会有关负责人表示，将进一步加强港口与铁路的衔接，推动“一单制”多式联运，降低企业物流成本。")],
 tail='<div>本版新闻：<a href="#">“海铁联运”跑出加速度</a> | <a href="#">市领导调研重点项目</a> | <a href="#">钦州入选全国性综合交通枢纽城市</a></div>',
 foot='<div>钦州日报社主办　桂ICP备09005874号</div>',
 feat="e-paper with h2 引题, h1 主题, h3 副题; reporter line spaced; 本版新闻 with the headline repeated"))

PAGES.append(dict(id="tw-35", kind=E, lang="zh",
 title="这个秋天，去沈阳故宫看一场“盛京记忆”特展",
 authors=["于  越".replace(" ","")], publish_time="2025年10月17日",
 css="body{margin:0}.ep-l,.ep-r{display:inline-block;vertical-align:top}.ep-r{width:700px}",
 head='<div>沈阳晚报 · 数字报 <span>2025年10月17日 星期五</span></div><div><a href="#">A01</a> <a href="#">A02</a> <a href="#">A03</a> <a href="#">A08 文化周刊</a> <a href="#">PDF</a></div><div>A08 文化周刊</div>',
 info='<div>2025年10月17日　沈阳晚报　A08版　作者：于  越</div>', info_pos="above",
 blocks=[("p","10月16日，“盛京记忆——沈阳故宫藏清代宫廷生活文物特展”在沈阳故宫博物院开幕，展出文物180余件（套），其中近半数为首次亮相。"),
  ("p","展览分为“宫廷起居”“节令礼俗”“文房雅玩”三个单元。记者在现场看到，一件乾隆年间的掐丝珐琅暖砚格外引人注目，砚台下方设有炭火槽，可防止冬季墨汁冻结。"),
  ("p","“这次展览希望让观众看到宫廷里真实的生活细节。”策展人表示，展厅还设置了互动屏，观众可以“试穿”清代服饰，生成专属照片。"),
  ("p","特展将持续至明年2月底，观众凭沈阳故宫门票即可参观，无需另行预约。每周二至周日上午10时和下午2时，展厅提供免费讲解服务。")],
 tail='<div>本期其他报道<br><a href="#">辽博新展讲述红山文化</a><br><a href="#">沈阳话剧团新剧首演</a></div>',
 foot='<div>沈阳日报报业集团版权所有</div>',
 feat="e-paper single-headline page, info line with paper/版次/作者 above headline; spaced name"))

# institutions
PAGES.append(dict(id="tw-36", kind=I, lang="zh",
 title="我校在第十届全国大学生化工设计竞赛中获特等奖",
 authors=["张一鸣","刘瑶"], publish_time="2025-10-13",
 css=".logo{color:#024;font-size:24px}.newsinfo{text-align:center;font-size:12px}",
 head='<div class="logo">大连理工大学 新闻网</div><div><a href="#">首页</a> <a href="#">综合新闻</a> <a href="#">教学科研</a> <a href="#">校园生活</a> <a href="#">媒体大工</a> <a href="#">English</a></div><div>当前位置: 首页 &gt;&gt; 综合新闻</div>',
 info='<div class="newsinfo">文字：张一鸣 刘瑶　图片：王帅　编辑：陈洁　审核：赵岩　时间：2025-10-13　点击：[1098]</div>',
 blocks=[("p","近日，第十届全国大学生化工设计竞赛总决赛在天津举行。我校化工学院代表队凭借作品《年产20万吨生物基丁二醇工艺设计》获得全国特等奖，这是我校在该项赛事中连续第三年获得特等奖。"),
  ("p","本届竞赛共有来自全国318所高校的2100余支队伍参赛，经过省区赛、全国复赛层层选拔，最终48支队伍进入总决赛。"),
  ("p","我校参赛队由5名本科生组成，在指导教师的带领下，历时8个月完成了工艺流程模拟、设备选型、经济评价、安全环保分析等全部设计内容。答辩环节中，队员们从原料路线选择到碳减排测算，思路清晰、回答从容，获得评委一致好评。"),
  ("p","化工学院负责人表示，学院将继续以竞赛为抓手，推动工程教育改革，培养学生解决复杂工程问题的能力。")],
 tail='<div>上一条：<a href="#">我校召开2025年研究生教育工作会议</a><br>下一条：<a href="#">校领导走访慰问离退休老同志</a></div><div>【<a href="#">关闭窗口</a>】</div>',
 foot='<div>版权所有 © 大连理工大学党委宣传部　地址：辽宁省大连市甘井子区凌工路2号</div>',
 feat="university news; info bar with 文字/图片/编辑/审核 (only 文字 are authors); bracketed click count"))

PAGES.append(dict(id="tw-37", kind=I, lang="zh",
 title="四川大学华西医院开通“一站式”罕见病门诊",
 authors=["邱  悦".replace(" ",""), "王斌"], publish_time="发布时间：2025-10-15".split("：")[1],
 css=".h{background:#1f5fa6;color:#fff}.ti{font-size:22px;text-align:center}",
 head='<div class="h">华西医院 West China Hospital <a href="#">预约挂号</a> <a href="#">就医指南</a> <a href="#">专家介绍</a> <a href="#">无障碍</a></div><div>当前位置：首页 &gt; 新闻中心 &gt; 院内新闻</div>',
 info='<div>发布时间：2025-10-15　作者：邱  悦　王斌　　审核：杨帆　　浏览次数：2533</div>',
 blocks=[("p","为缩短罕见病患者的确诊时间，10月14日，四川大学华西医院“一站式”罕见病门诊正式开诊。患者挂一个号，即可由神经内科、儿科、遗传咨询、影像科等多学科专家联合会诊。"),
  ("p","据介绍，罕见病患者常常要辗转多家医院、多个科室，平均确诊时间长达数年。新开设的门诊整合了基因检测、影像诊断和多学科诊疗资源，力争让大部分患者在两周内明确诊断方向。"),
  ("h","就诊流程"),
  ("li",["1.通过医院官方APP预约“罕见病一站式门诊”；","2.就诊当日携带既往病历、检查资料到门诊楼三楼报到；","3.由协调护士统一安排多学科专家会诊；","4.需基因检测的，由遗传咨询师进行检测前咨询。"]),
  ("p","门诊开放时间为每周二、周四下午，每次接诊10名患者。"),
  ("p","咨询电话：028-85421906")],
 tail='<div>分享：<a href="#">微信</a></div><div>相关新闻<br><a href="#">华西医院获批国家罕见病诊疗能力提升项目</a></div>',
 foot='<div>四川大学华西医院 版权所有 蜀ICP备05003826号</div>',
 feat="hospital news; 作者 two names one spaced, 审核 not author; numbered 就诊流程 list; contact line in body"))

PAGES.append(dict(id="tw-38", kind=I, lang="zh",
 title="南宁市中级人民法院发布2025年劳动争议审判典型案例",
 authors=["陆璐"], publish_time="2025-10-14 16:20",
 css=".court{background:#8b0000;color:#ffd700}.d{border-top:1px solid #ccc}",
 head='<div class="court">广西壮族自治区南宁市中级人民法院 <a href="#">诉讼服务</a> <a href="#">审判公开</a> <a href="#">法院新闻</a> <a href="#">无障碍</a></div><div>当前位置：首页 &gt; 法院新闻 &gt; 审判动态</div>',
 info='<div class="d">2025-10-14 16:20:00 ... </div>', info_pos="below",
 blocks=[("p","10月14日，南宁市中级人民法院召开新闻发布会，通报近年来劳动争议案件审判工作情况，并发布5件典型案例。"),
  ("p","2023年以来，南宁两级法院共审结劳动争议案件7862件，案件类型主要集中在追索劳动报酬、确认劳动关系、经济补偿金等方面。新就业形态劳动者权益保护案件呈上升趋势。"),
  ("h","案例一：外卖骑手与平台合作企业之间劳动关系的认定","strong"),
  ("p","骑手黄某通过某配送公司在平台接单，工作时间、接单区域均受公司管理。法院认为双方存在较强的人格从属性和经济从属性，依法确认劳动关系成立。"),
  ("h","案例二：用人单位以“末位淘汰”解除劳动合同违法","strong"),
  ("p","某公司以员工考核排名末位为由解除劳动合同，法院认定该解除行为违法，判令公司支付赔偿金4.2万元。"),
  ("p","（陆璐）")],
 tail='<div>【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>',
 foot='<div>南宁市中级人民法院 版权所有　桂ICP备14001862号</div>',
 feat="court news; info bar time shown with :00 seconds differs from gold; closing （陆璐） line on its own"))
# the printed time: use exactly what is printed
PAGES[-1]["info"] = '<div class="d">发布时间：2025-10-14 16:20　来源：本院　浏览：861</div>'
PAGES[-1]["feat"] = "court news; bold case sub-headings; closing （陆璐） line on its own (not body; 陆璐 is the author)"

PAGES.append(dict(id="tw-39", kind=I, lang="zh",
 title="江苏交通控股有限公司召开2025年四季度安全生产工作会议",
 authors=["钱  程".replace(" ","")], publish_time="2025年10月13日 15:42",
 css=".jt{display:flex;justify-content:space-between;background:#004f9f;color:#fff}.art-meta{color:#888}",
 head='<div class="jt"><span>江苏交通控股有限公司</span><span><a href="#">集团邮箱</a> <a href="#">OA</a> <a href="#">ENGLISH</a></span></div><div><a href="#">首页</a> <a href="#">集团概况</a> <a href="#">新闻中心</a> <a href="#">党的建设</a> <a href="#">企业文化</a> <a href="#">信息公开</a></div><div>新闻中心 / 集团要闻</div>',
 info='<div class="art-meta">发布日期：2025年10月13日 15:42　供稿单位：安全监督部　作者：钱  程　摄影：孔维</div>',
 blocks=[("p","10月13日，江苏交通控股有限公司召开2025年四季度安全生产工作会议，通报前三季度安全生产情况，部署四季度重点工作。"),
  ("p","会议指出，前三季度，集团安全生产形势总体平稳，高速公路路网运行安全有序，重点工程建设未发生较大及以上安全事故。但也要清醒认识到，四季度恶劣天气多发、重大节假日交通流量大、在建项目进入冲刺期，安全风险叠加。"),
  ("p","会议要求，各单位要聚焦道路交通安全、施工安全、消防安全等重点领域，深入开展隐患排查整治；要做好团雾、冰雪等恶劣天气应急准备，确保路网畅通；要加强安全生产责任落实，对违规违章行为“零容忍”。"),
  ("p","集团领导班子成员、各部门和二级单位主要负责人参加会议。")],
 tail='<div>上一篇：<a href="#">集团开展“安全生产月”总结</a>　下一篇：<a href="#">宁沪高速三季度通行量同比增长</a></div>',
 foot='<div>Copyright © 江苏交通控股有限公司　苏ICP备05007126号</div>',
 feat="state enterprise; 供稿单位 and 摄影 not author; date with time and Chinese year"))

PAGES.append(dict(id="tw-40", kind=I, lang="zh",
 title="辽宁省作家协会举办第六期青年作家创作研修班",
 authors=["辽宁省作家协会"][0:0], publish_time="2025-10-10",
 css="table.m{width:960px}td.l{width:200px;background:#f0f0f0}",
 head='<table class="m"><tr><td colspan="2">辽宁作家网 · 辽宁省作家协会主办</td></tr><tr><td colspan="2"><a href="#">首页</a> | <a href="#">协会动态</a> | <a href="#">会员之家</a> | <a href="#">文学评论</a> | <a href="#">辽宁文学馆</a></td></tr><tr><td class="l">协会动态<br>通知公告<br>会员风采</td><td>',
 info='<div>2025-10-10　|　辽宁作家网</div>',
 blocks=[("p","10月9日，辽宁省作家协会第六期青年作家创作研修班在沈阳开班。来自全省各市的42名青年作家参加为期两周的集中学习。"),
  ("p","研修班采取专题授课、创作研讨、采风实践相结合的方式，邀请国内知名作家、评论家和编辑围绕小说创作、非虚构写作、网络文学等主题授课，并组织学员赴本溪、丹东等地开展采风活动。"),
  ("p","开班式上，省作协负责同志希望学员们珍惜学习机会，深入生活、扎根人民，用心用情书写新时代辽宁全面振兴的生动实践，努力创作出更多有温度、有力量的优秀作品。"),
  ("p","据悉，省作协青年作家创作研修班自2019年开办以来，已培训学员230余人，其中40余人加入中国作家协会。"),
  ("p","学员代表、来自锦州的青年作家李然表示，将把研修班的收获转化为创作动力，写出无愧于时代的作品。")],
 tail='</td></tr></table>',
 foot='<div>辽宁省作家协会 版权所有　辽ICP备10201378号</div>',
 feat="association site in a table layout with side column; no writer named: authors []"))

def _add(pid, text):
    for p in PAGES:
        if p["id"] == pid:
            bl = p["blocks"]
            i = max(j for j, b in enumerate(bl) if b[0] in ("p", "li", "table", "h")) + 1
            bl.insert(i, ("p", text))
for p in PAGES:
    if p["id"] == "tw-38":
        p["blocks"][-1] = ("note", "（陆璐）")
_add("tw-26", "如果你也曾在这里读书，欢迎在留言区说说你和这棵树的故事。")
_add("tw-27", "交通方面，从成都自驾过去大约四个半小时，沿途风景很好，但山路弯多，建议白天行车，注意控制车速。")
_add("tw-28", "对了，每年农历七月的“七月半”，南宁不少人家还会做糍粑、包粽子，这也是一道值得尝试的节令美食。")
_add("tw-29", "另外提醒一句，这几天早晚温差大，出门记得多穿一件外套。拍完照片也别忘了把垃圾带走，保持公园的整洁。")
_add("tw-31", "据了解，三个项目建设期间累计带动就业3000余人，投产后将新增就业岗位约1100个，并带动下游新材料、精细化工企业向基地集聚。")
_add("tw-33", "“以前光种稻子，一年到头挣不了几个钱，现在一块田里有好几份收入。”何建军笑着说。")
_add("tw-34", "据介绍，钦州港自动化集装箱码头二期工程预计明年投入使用，届时港口集装箱年通过能力将再增加300万标准箱。")
_add("tw-35", "此外，展览期间还将举办“清宫岁时节令”系列讲座和青少年研学活动，具体安排可关注沈阳故宫博物院官方公众号。")
_add("tw-36", "此前，我校学生还在全国大学生化学实验创新设计大赛等赛事中取得优异成绩。")
_add("tw-38", "发布会上，南宁中院还发布了《劳动用工风险提示书》，提醒用人单位依法规范用工，劳动者依法理性维权。据介绍，南宁中院将持续加强与人社、工会等部门的联动，完善劳动争议多元化解机制，推动矛盾纠纷实质性化解。")
_add("tw-39", "会后，与会人员观看了安全生产警示教育片，并对典型事故案例进行了分析研讨。")
_add("tw-29", "北陵公园里除了银杏，还有不少五角枫和油松，红黄绿三种颜色搭在一起，随手一拍就是一张明信片。")
