# -*- coding: utf-8 -*-
# Media st-13 .. st-24 (st-19, st-20 English).
P = []
P.append(dict(id="st-13", kind="media", tpl="media_div", site="江南晚报网", col="本地新闻",
 title="苏河古运河夜游航线今起恢复运营", authors=["徐静", "陆晨"], time="2025-04-02 10:15:23",
 bypos="inpara", byline="", src="江南晚报", bar="below", glue=False, editor="责任编辑：沈悦",
 body="""本报讯（记者 徐静 通讯员 陆晨）经过为期两个月的升级改造，苏河古运河夜游航线今天起恢复运营。记者昨天从市文旅集团获悉，改造后的航线全长6.8公里，串联起南门码头、水关桥、枫林湾等12个景观节点，单程游览时间约70分钟。
此次升级重点对沿岸灯光进行了提升。设计团队以“一河诗画、千年风雅”为主题，在沿线古建筑、古桥和驳岸上布置了近4000盏LED灯具，通过光影变化再现运河两岸的市井繁华。游船也全部更新为新能源电动船，船舱内增加了评弹、昆曲表演区域。
“周末想带孩子来坐夜游船，没想到票这么抢手。”市民王女士说，她提前一周在网上预约，才抢到周六晚上的船票。
据介绍，夜游航线每天19:00至22:00运营，每半小时发一班。成人票价120元，1.2米以下儿童免费，60岁以上老人凭身份证享受半价优惠。市民游客可通过“运河文旅”小程序预约购票。"""))

P.append(dict(id="st-14", kind="media", tpl="media_flex", site="湘江新闻网", col="湖南要闻",
 title="湖南今年将新改建农村公路5000公里", authors=["唐思远"], time="2025年03月12日 08:46",
 bypos="bar", byline="记者 唐思远", src="湘江日报", bar="above", glue=False, editor="编辑：罗敏　审核：何志强",
 body="""3月11日，记者从全省交通运输工作会议上获悉，今年湖南将新改建农村公路5000公里，实施农村公路安全生命防护工程3000公里，改造危旧桥梁300座，进一步提升农村公路通行能力和安全水平。
近年来，湖南持续推进“四好农村路”建设，全省农村公路总里程达到21.3万公里，所有具备条件的乡镇和建制村实现通硬化路、通客车。去年全省完成农村公路新改建5600公里，超额完成年度任务。
今年，湖南将重点推进旅游路、资源路、产业路建设，打造一批“美丽农村路”示范线路，推动农村公路与乡村旅游、特色产业融合发展。同时，深化农村公路管理养护体制改革，全面推行“路长制”，确保农村公路“有路必养、养必到位”。
在农村客运方面，湖南将推进城乡交通运输一体化，鼓励发展定制客运、预约响应等灵活运输方式，推动客货邮融合发展，年内新建农村客货邮站点1200个，打通农村物流“最后一公里”。"""))

P.append(dict(id="st-15", kind="media", tpl="media_table", site="天山网", col="新疆新闻",
 title="乌鲁木河市冬季冰雪旅游季启动", authors=["古丽米拉·艾山", "陈磊"], time="2025-12-01 11:03",
 bypos="first", byline="天山网记者 古丽米拉·艾山　陈磊", src="天山网", bar="above", glue=True, editor="责任编辑：马晓燕",
 body="""11月30日，2025—2026年乌鲁木河市冬季冰雪旅游季在南山滑雪场正式启动。本届冰雪旅游季以“冰雪天山·暖心之城”为主题，将持续至明年3月底，期间将推出冰雪运动、冰雪民俗、冰雪美食等五大类60余项活动。
启动仪式上，滑雪运动员带来了精彩的单板花式表演，身着民族服装的演员表演了冬不拉弹唱和黑走马舞蹈，游客们还品尝到了热气腾腾的奶茶、手抓肉和烤包子。
据介绍，今年全市共有9家滑雪场开放，雪道总长度超过120公里，新增造雪机、魔毯等设施设备300余台套。为吸引更多游客，当地推出了“冰雪旅游一卡通”，持卡可在全市各大滑雪场享受折扣，并免费乘坐雪场旅游专线大巴。
“这里的雪质特别好，粉雪很松软，一点也不比东北差。”来自广州的游客林先生说，他和朋友专门请了年假来新疆滑雪。
去年冰雪季，乌鲁木河市共接待游客1860万人次，实现旅游收入210亿元。今年预计游客量将同比增长15%以上。"""))

P.append(dict(id="st-16", kind="media", tpl="media_div", site="长春河广播电视台", col="新闻联播",
 title="长春河：新能源汽车零部件产业园首批项目投产", authors=["杨帆", "李爽"], time="2025/06/18",
 bypos="closing", byline="（记者 杨帆 李爽）", src="长春河广播电视台", bar="above", glue=False, editor="编辑：王博",
 body="""【导语】6月17日，长春河经开区新能源汽车零部件产业园首批5个项目集中投产，总投资达到42亿元，预计全部达产后年产值可超过80亿元。
【正文】在投产仪式现场，一条条自动化生产线有序运转，机械臂精准地完成焊接、装配、检测等工序。记者了解到，首批投产的项目涵盖动力电池壳体、电驱动系统、热管理系统、轻量化车身等领域，主要为一汽等整车企业提供配套。
产业园负责人介绍，园区规划面积3.2平方公里，目前已签约项目23个，将重点打造新能源汽车关键零部件产业集群。园区采取“标准厂房+定制厂房”模式，企业拿地即开工，最快6个月就能投产。
企业代表表示，选择落户这里，看中的是完整的产业链配套和高效的政务服务。项目从签约到投产只用了10个月，比原计划提前了两个月。
下一步，经开区将围绕整车需求加快补链延链强链，力争到2027年园区产值突破300亿元。"""))

P.append(dict(id="st-17", kind="media", tpl="media_flex", site="紫金网", col="江苏·民生",
 title="南河市试点“一老一小”社区嵌入式服务", authors=["顾晓雯"], time="2025-10-09 09:00",
 bypos="wentu", byline="文/顾晓雯", src="紫金网", bar="below", glue=False, editor="责任编辑：钱一鸣",
 body="""早上8点，南河市秦淮河街道彩虹社区的综合服务中心里已经热闹起来。一楼，几位老人正在康复室里做理疗；二楼，托育室里的小朋友在老师带领下做早操。这是南河市试点建设的社区嵌入式服务设施之一，把养老、托育、助餐、康复等服务“打包”放进了居民家门口。
# 老人吃饭有了“好去处”
“一荤两素一汤，只要12块钱，80岁以上还能打八折。”76岁的张奶奶每天中午都来社区食堂吃饭。她告诉记者，老伴去世后，自己做饭总是凑合，现在在食堂吃饭，营养有保障，还能和老姐妹们聊聊天。
# 孩子托管不再发愁
社区托育室可同时容纳40名3岁以下婴幼儿，提供全日托、半日托和临时托等多种服务。年轻妈妈刘女士说：“我和爱人都是双职工，以前孩子只能交给老人带，现在送到楼下就行，下班顺路接回家，特别方便。”
# 今年将建成50个
据了解，南河市今年计划建成50个社区嵌入式服务设施，每个设施面积不少于1000平方米，服务半径覆盖周边1至3个社区。市民政局相关负责人表示，将通过“政府引导、市场运作”的方式，引入专业机构运营，确保服务质量和可持续发展。"""))

P.append(dict(id="st-18", kind="media", tpl="media_table", site="洞庭在线", col="岳阳新闻",
 title="岳河市洞庭湖区今年首次监测到东方白鹳越冬种群", authors=["胡建华", "李佳"], time="2025-01-15",
 bypos="bar", byline="作者：胡建华　李佳", src="岳河日报", bar="below", glue=True, editor="编辑：黄蓉",
 body="""近日，岳河市洞庭湖保护区工作人员在开展冬季水鸟同步调查时，在采桑湖区域监测到一个由86只东方白鹳组成的越冬种群。这是今年冬季该区域首次记录到东方白鹳成群出现。
东方白鹳是国家一级重点保护野生动物，被列入世界自然保护联盟红色名录濒危物种，全球数量不足1万只。它们体态优美，通体白色，翅膀末端呈黑色，喙长而粗壮，被称为“鸟类中的大熊猫”。
保护区监测站负责人介绍，近年来，洞庭湖区全面推进退田还湖、退养还湿和矮围网围拆除，湿地生态环境持续改善，越冬候鸟种类和数量逐年增加。今冬以来，保护区已监测到越冬水鸟25.6万只，较去年同期增长12%。
为保障候鸟安全越冬，保护区组织巡护人员实行24小时轮班巡护，严厉打击非法捕猎、毒害候鸟等违法行为，并在候鸟集中区域设置投食点，为候鸟补充食物。"""))

P.append(dict(id="st-19", kind="media", tpl="en", lang="en", site="Jiangsu Today", col="Business",
 title="Suzhe industrial park opens cross-border data service center", authors=["Zhang Wei", "Emily Chen"], time="April 8, 2025",
 bypos="bar", byline="By Zhang Wei and Emily Chen", src="Jiangsu Today", bar="above", glue=False, editor="Editor: Li Na",
 body="""A cross-border data service center opened in the Suzhe Industrial Park in Jiangsu province on Monday, aiming to help foreign-invested companies handle data compliance more efficiently.
The center offers one-stop services including policy consultation, security assessment guidance and filing for outbound data transfers. According to the park's administrative committee, more than 2,800 foreign-funded enterprises operate in the park, many of which need to exchange research, production and customer data with their overseas headquarters.
"In the past we spent months preparing documents for a data transfer assessment. Now experts here walk us through every step," said Markus Weber, general manager of a German auto parts maker based in the park.
Officials said the center has already received applications from 46 companies in its trial operation, and the average processing time has been cut by about 40 percent.
The park plans to build a data trading platform and attract more digital service providers over the next three years, according to the committee."""))

P.append(dict(id="st-20", kind="media", tpl="en", lang="en", site="Xinjiang Daily English", col="Culture",
 title="Kashgar old town welcomes record number of visitors during May Day holiday", authors=[], time="2025-05-06 15:30",
 bypos="none", byline="", src="Xinhua", bar="below", glue=False, editor="",
 body="""The ancient city of Kashgar in Northwest China's Xinjiang Uygur autonomous region received a record number of tourists during the five-day May Day holiday, local authorities said on Tuesday.
The old town of Kashgar, known for its maze of alleys, mud-brick houses and traditional handicraft workshops, received more than 620,000 visits from May 1 to 5, up 18 percent year-on-year. Tourism revenue during the period reached 410 million yuan (about 56.9 million U.S. dollars).
Visitors flocked to watch the daily opening ceremony at the ancient city gate, where performers in traditional costumes danced to the music of dap drums and suona horns. Many tourists also tried on Uygur costumes and took photos in the alleys.
"I have been dreaming of coming here for years. The food, the music and the people are all wonderful," said Liu Fang, a tourist from Shanghai.
Local authorities have added more shuttle buses, public restrooms and multilingual guide services to cope with the growing number of visitors. (Xinhua)"""))

P.append(dict(id="st-21", kind="media", tpl="media_div", site="吉林河日报", col="时评",
 title="让“冷资源”持续释放“热效应”", authors=["金成浩"], time="2025年01月08日",
 bypos="first", byline="□ 金成浩", src="吉林河日报", bar="above", glue=False, editor="责任编辑：孙丽",
 body="""入冬以来，吉林河各地冰雪旅游持续升温。滑雪场里人潮涌动，雾凇岛上游客如织，查干湖冬捕现场更是热闹非凡。曾经让人望而却步的“冷资源”，如今成了拉动消费、带动就业的“热经济”。
“冷资源”变“热效应”，关键在于创新。过去，冰雪旅游产品单一，游客来了看看就走，留不住人也留不住钱。如今，各地围绕“吃住行游购娱”全链条做文章，推出了冰雪温泉、冰雪研学、冰雪演艺等新业态，让游客玩得尽兴、住得舒心、走得留恋。
但也要看到，冰雪经济季节性强、投入大、回报周期长，一些地方还存在基础设施不完善、服务质量参差不齐等短板。要让“冷资源”持续释放“热效应”，必须在提升品质上下功夫，在延伸链条上做文章，推动冰雪产业由“一季热”向“四季旺”转变。
冰天雪地也是金山银山。只要我们久久为功、持续发力，就一定能把冰雪资源优势转化为发展优势，让冰雪经济成为高质量发展的新引擎。"""))

P.append(dict(id="st-22", kind="media", tpl="media_flex", site="潇湘頻道·红网", col="县域",
 title="浏河县“小烟花”点亮“大产业”", authors=["邓凯", "易文"], time="2025-02-10 17:28:40",
 bypos="bar", byline="红网时刻记者 邓凯 通讯员 易文", src="红网", bar="above", glue=True, editor="编辑：刘菁　二审：张磊　三审：吴立",
 body="""春节刚过，浏河县的烟花企业便进入了生产旺季。走进位于大瑶镇的一家烟花生产企业，智能化生产线上，机械手正在有序地完成装药、封口、包装等工序，工人们通过监控屏幕即可实时掌握生产情况。
“以前生产烟花全靠人工，危险性高，效率也低。现在关键工序都实现了机械化、自动化，车间里基本看不到人。”企业负责人告诉记者，通过技术改造，企业产能提高了40%，安全事故隐患大大降低。
作为“中国花炮之乡”，浏河县共有烟花爆竹生产企业420余家，从业人员超过20万人，产品远销100多个国家和地区。去年，全县花炮产业集群总产值突破500亿元，出口额达到55亿元。
近年来，浏河县积极推动花炮产业转型升级，大力发展烟花燃放设计、文旅演艺等新业态。县里打造的“天空剧院”每周六晚上定期燃放焰火，吸引了大量外地游客专程前来观看，带动了餐饮、住宿等消费。"""))

P.append(dict(id="st-23", kind="media", tpl="media_table", site="淮海新闻网", col="社会",
 title="淮河市一外卖骑手跳河救起落水儿童", authors=["孙浩"], time="2025.07.21",
 bypos="closing", byline="（淮海新闻网记者 孙浩）", src="淮海新闻网", bar="bottom", glue=False, editor="编辑：严冬",
 body="""7月19日傍晚，淮河市清江浦区一名外卖骑手跳入河中，救起一名不慎落水的儿童。这一幕被路人拍下发到网上后，引发众多网友点赞。
当天下午6点左右，外卖骑手马小军正在送餐途中，经过里运河文化长廊时，突然听到有人大喊“孩子掉河里了”。他立即停下电动车，跑到河边，只见一个小男孩在水中挣扎，已经离岸边有三四米远。
“当时也没多想，就是想着赶紧把孩子救上来。”马小军说，他来不及脱掉外套就跳进了河里，游到孩子身边，一只手托住孩子，另一只手划水，在岸上群众的帮助下，把孩子拉上了岸。
经了解，落水男孩今年8岁，当天和小伙伴在河边玩耍时不慎滑落水中。由于救援及时，孩子并无大碍。孩子的家长事后专门找到马小军表示感谢，并送上了一面锦旗。
所在配送站站长表示，公司将为马小军申报“见义勇为”表彰，并给予奖励。"""))

P.append(dict(id="st-24", kind="media", tpl="media_div", site="延边河新闻网", col="州内新闻",
 title="延边河州首届朝鲜族传统美食文化节开幕", authors=["朴英爱", "李东旭"], time="2025-08-16 20:05",
 bypos="bar", byline="记者：朴英爱 李东旭", src="延边河日报", bar="below", glue=False, editor="责任编辑：崔敏",
 body="""8月16日，延边河州首届朝鲜族传统美食文化节在龙河市民俗文化村开幕。来自全州8个县市的120余家餐饮企业和非遗传承人参展，为市民游客带来了一场舌尖上的盛宴。
文化节现场，冷面、打糕、米肠、辣白菜、狗宝馅饼等朝鲜族传统美食一应俱全。打糕制作技艺传承人现场展示了传统的打糕工艺：将蒸熟的糯米放在木槽中，用木槌反复捶打，直到米粒变得细腻有韧劲，再撒上豆面，香甜软糯。
“我是从网上看到消息专门赶过来的，这里的美食太地道了，还能亲手体验打糕制作，特别有意思。”来自沈阳的游客张女士说。
本届文化节为期10天，期间还将举办朝鲜族民俗歌舞表演、美食烹饪大赛、非遗展示体验等20余项活动。主办方预计，活动期间将吸引游客30万人次以上，带动消费超过1亿元。"""))
