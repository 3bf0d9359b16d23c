K = "media"
PAGES = [
dict(id="wt-13", kind=K, lang="zh", layout="grid", bst=5, site="大河网",
 top="<a>登录</a> <a>注册</a> <a>客户端</a>", search="<input placeholder='搜索'>",
 nav=["首页", "河南", "时政", "财经", "文旅", "教育", "视频"],
 crumb="<a>大河网</a> &gt; <a>河南</a> &gt; 正文",
 title="郑州至登封城际铁路开工 建成后半小时通达“天地之中”",
 info=["2025-04-22 10:15:36", "来源：大河网", "作者：郭  帅"], glue="", info_pos="below",
 authors=["郭帅"], time="2025-04-22 10:15:36",
 body="""
大河网讯 4月21日，郑州至登封城际铁路项目在登封市大冶镇正式开工。该线路建成后，郑州市区至登封的通行时间将由现在的1小时以上缩短至30分钟左右。
据了解，郑登城际铁路线路全长约72公里，设计时速160公里，共设车站8座，总投资约210亿元，计划工期4年。
## 串联文旅资源 助力中原城市群
线路沿途串联少林寺、嵩阳书院、观星台等著名景点。“以后周末带孩子去嵩山，坐城铁就能到，太方便了。”家住郑州金水区的市民李女士说。
省发展改革委有关负责人表示，项目将进一步完善郑州都市圈轨道交通网络，对推动郑州、登封协同发展具有重要意义。
!img 开工现场|4月21日，郑登城际铁路开工现场。 大河网记者 郭帅 摄
""",
 after=["责任编辑：张  娜", "分享到：<a>微信</a> <a>微博</a>"],
 side="<b>推荐阅读</b><ul><li>河南一季度GDP同比增长5.9%</li><li>洛阳牡丹文化节开幕</li></ul>",
 foot=["大河网版权所有 未经授权禁止转载", "互联网新闻信息服务许可证：41120170001 豫ICP备09008888号-1 豫公网安备41010502000101号"]),

dict(id="wt-14", kind=K, lang="zh", layout="div", bst=0, site="长城网·冀云",
 top="<a>长城网首页</a> | <a>冀云客户端</a> | 2025年6月3日", nav=["首页", "时政", "河北", "社会", "雄安", "冀云号"],
 crumb="首页 &gt; 河北 &gt; 正文",
 title="雄安新区首批疏解高校新校区全面投用",
 info=["来源：长城网", "2025-06-02 08:30"], glue="\u3000", info_pos="above",
 authors=["李 想".replace(" ", ""), "王晓雨"], time="2025-06-02 08:30",
 body="""
长城网·冀云客户端讯（记者 李想 王晓雨）6月1日，随着最后一批师生搬入新校区，雄安新区首批疏解的4所高校新校区全面投入使用，首批约3.2万名师生已在雄安开启学习生活。
新校区按照“开放校园、共享设施”理念建设，图书馆、体育馆等设施向周边居民有序开放。校区周边配套建设了公交首末站和人才公寓。
“实验室设备都是新的，宿舍有独立卫生间，学习条件比原来好很多。”一名大三学生告诉记者。
雄安新区有关负责人介绍，下一步将推动更多高校、医院等非首都功能疏解项目落地，加快建设“妙不可言、心向往之”的未来之城。
""",
 after=["编辑：吴  迪", "审核：张  悦"],
 foot=["长城网 版权所有", "冀ICP备08001234号 互联网新闻信息服务许可证编号：13120170002"]),

dict(id="wt-15", kind=K, lang="zh", layout="grid", bst=1, site="华龙网",
 top="<a>重庆</a> <a>新重庆客户端</a>", search="<input placeholder='请输入关键词'>",
 nav=["首页", "重庆", "区县", "财经", "教育", "健康", "网评"],
 crumb="当前位置：华龙网 &gt; 区县 &gt; 正文",
 pre="“两江四岸”夜景再升级",
 title="重庆朝天门码头灯光秀5月起每晚上演",
 info=["2025-04-28 07:05:22", "来源： 华龙网", "作者：刘 灿 谭文杰"], glue="bar",
 authors=["刘灿", "谭文杰"], time="2025-04-28 07:05:22",
 body="""
华龙网-新重庆客户端4月28日7时讯 记者从渝中区获悉，经过半年提升改造，朝天门码头及周边楼宇灯光秀将于5月1日起每晚上演，时长由原来的8分钟延长至15分钟。
此次改造新增投影面积约2.1万平方米，采用节能LED灯具，能耗较改造前降低约30%。
## 演出时间
- 周日至周四：20:00、21:00各一场；
- 周五、周六及法定节假日：19:30、20:30、21:30各一场。
渝中区文旅委提醒，观赏灯光秀的市民游客可乘坐轨道交通1号线、6号线至小什字站，节假日期间朝天门周边道路将实施临时交通管制。
""",
 after=["[责任编辑：何  可]"],
 side="<b>热门文章</b><ol><li>重庆中心城区新增10条夜间公交</li><li>洪崖洞五一预约攻略</li></ol>",
 foot=["华龙网版权所有 渝ICP备05003455号 渝公网安备50010802000123号", "违法和不良信息举报电话：023-67811234"]),

dict(id="wt-16", kind=K, lang="zh", layout="table", bst=3, site="中国西藏网",
 top="<a>藏文</a> <a>英文</a> <a>首页</a>", nav=["首页", "新闻", "文化", "旅游", "生态", "图片"],
 crumb="当前位置：中国西藏网 &gt;&gt; 新闻",
 title="林芝桃花节开幕 “雪域江南”迎来春游高峰",
 info=["时间：2025-03-22 09:41:05", "来源：中国西藏网", "作者：达  娃 索朗·次仁"], glue="\u3000",
 authors=["达娃", "索朗·次仁"], time="2025-03-22 09:41:05",
 body="""
3月21日，第二十二届西藏林芝桃花文化旅游节在林芝市巴宜区嘎拉村开幕。雪山、桃林、江水交相辉映，吸引大批游客前来踏春赏花。
开幕式上，当地群众表演了工布箭舞、锅庄等传统民俗节目。本届桃花节持续至4月20日，期间将举办桃花徒步、农牧民文艺汇演、特色农产品展销等20余项活动。
嘎拉村村民次仁央宗家开办的民宿已经订满。“桃花节这一个月的收入，能顶以前一年的。”她说。
据林芝市文旅局统计，2024年桃花节期间全市接待游客超过120万人次，旅游收入约13亿元。
""",
 after=["[责任编辑：扎西]"],
 foot=["中国西藏网 版权所有", "京ICP备10001234号 互联网新闻信息服务许可证10120170099"]),

dict(id="wt-17", kind=K, lang="en", layout="grid", bst=4, site="China Tibet Online",
 top="<a>中文</a> <a>བོད་ཡིག</a> <a>EN</a>", search="<input placeholder='Search'>",
 nav=["Home", "News", "Culture", "Travel", "Ecology", "Photos"],
 crumb="Home &gt; News",
 title=["Solar Power Brings Round-the-Clock", "Electricity to Herders in Nagqu"],
 info=["Updated: Aug 14, 2025 10:22", "Source: China Tibet Online"], glue="bar",
 byline=["By Tenzin Norbu and Liu Yang"],
 authors=["Tenzin Norbu", "Liu Yang"], time="Aug 14, 2025 10:22",
 body="""
Herders in remote townships of Nagqu, northern Tibet, now have reliable electricity around the clock after a new solar and storage station went into operation last week.
The 60-megawatt station, built at an altitude of more than 4,500 meters, supplies power to about 3,800 households in four townships that previously relied on small household panels and diesel generators.
"We used to charge our phones only when the sun was out. Now the lights stay on all night, and my children can do homework after dinner," said herder Lhakpa Tsering.
## Storage for the long winter
The project includes a battery system able to store power for up to four hours, which engineers say is essential during winter, when temperatures drop below minus 30 degrees Celsius.
Local authorities plan to add two more stations in the region by 2027.
!img Solar panels on the grassland|Solar panels at the new station in Nagqu. [Photo/China Tibet Online]
""",
 after=["Editor: Wang Lu"],
 side="<b>Related</b><ul><li>Lhasa opens new bus routes</li></ul>",
 foot=["Copyright China Tibet Online. All rights reserved.", "京ICP备10001234号"]),

dict(id="wt-18", kind=K, lang="zh", layout="app", bst=5, site="新重庆",
 top="<span>新重庆</span><span>打开APP</span>",
 title="两江新区一季度新签约项目38个 总投资超600亿元",
 info=["重庆日报", "2025-04-09 21:15"], glue=" ", info_pos="below",
 byline=["记者 黄  乔"],
 authors=["黄乔"], time="2025-04-09 21:15",
 body="""
4月9日，记者从两江新区获悉，今年一季度，两江新区新签约项目38个，总投资超过600亿元，其中制造业项目占比超过七成。
在新签约项目中，智能网联新能源汽车及零部件项目15个，电子信息项目9个，生物医药项目6个。
两江新区相关负责人表示，今年将重点围绕汽车、电子两大主导产业开展精准招商，力争全年新签约项目总投资突破2000亿元。
此外，一季度两江新区规模以上工业产值同比增长8.3%，固定资产投资同比增长6.1%，实现良好开局。
""",
 after=["编辑 陈思 / 审核 周渝"],
 side="<b>相关推荐</b><p>重庆发布支持汽车产业新政</p><p>打开新重庆APP阅读更多</p>",
 foot=["新重庆-重庆日报 版权所有"]),

dict(id="wt-19", kind=K, lang="zh", layout="div", bst=2, site="河南广播电视台·大象网",
 top="<a>大象新闻客户端</a> <a>直播</a>", nav=["首页", "新闻", "直播", "栏目", "河南卫视"],
 crumb="首页 &gt; 新闻 &gt; 河南",
 title="漯河：“中国食品名城”打造预制菜产业集群",
 info=["大象新闻", "2025年9月12日 19:02:08", "浏览 5.2万"], glue="", info_pos="below",
 authors=["马文彬", "侯亚楠", "杨帆"], time="2025年9月12日 19:02:08",
 byline=["大象新闻记者 马文彬 侯亚楠 实习生 杨帆"],
 body="""
在漯河经济技术开发区一家食品企业的中央厨房，一条条自动化生产线正在满负荷运转，红烧肉、酸菜鱼等预制菜经过速冻、包装后，将被冷链车运往全国各地。
近年来，漯河依托“中国食品名城”的产业基础，大力发展预制菜产业，目前全市已有预制菜企业126家，年产值超过300亿元。
“我们的产品已经进入全国2000多家商超和连锁餐厅。”企业负责人说，今年公司又新上了两条生产线。
## 从“卖原料”到“卖菜肴”
漯河市商务局负责人介绍，下一步，漯河将建设预制菜产业园和检验检测中心，推动产业由“卖原料”向“卖菜肴”转变。
""",
 after=["编辑：王一鸣 | 责编：李凡"],
 side="<b>更多视频</b><ul><li>河南新闻联播 2025-09-12</li></ul>",
 foot=["河南广播电视台 版权所有", "豫ICP备12021234号 信息网络传播视听节目许可证：1610598"]),

dict(id="wt-20", kind=K, lang="zh", layout="grid", bst=0, site="新华网河北频道",
 top="<a>新华网</a> <a>河北频道</a>", search="<input placeholder='请输入关键词'>",
 nav=["首页", "河北新闻", "专题", "图片", "视频"],
 crumb="新华网 &gt; 河北频道 &gt; 正文",
 title="承德塞罕坝机械林场今年完成造林2.3万亩",
 info=["2025-10-16 14:06:31", "来源：新华网"], glue="\u3000",
 authors=["曹国厂"], time="2025-10-16 14:06:31",
 body="""
新华社石家庄10月16日电（记者曹国厂）记者从河北省塞罕坝机械林场获悉，今年以来，林场克服干旱少雨等不利因素，完成攻坚造林2.3万亩，造林成活率达到92%以上。
塞罕坝机械林场位于河北省最北部，经过三代人60多年的接续奋斗，森林覆盖率由建场初期的11.4%提高到82%。
近年来，林场把剩余的石质荒山作为攻坚重点，采用客土回填、容器苗栽植、覆膜保水等技术，让“石头缝里”长出了树。
林场有关负责人表示，将继续推进森林质量精准提升，开展林下经济和碳汇交易，持续巩固生态建设成果。
""",
 after=["【纠错】 <a>【责任编辑：张昊】</a>"],
 side="<b>相关稿件</b><ul><li>塞罕坝：绿色奇迹的“密码”</li></ul>",
 foot=["Copyright © 2000-2025 XINHUANET.com All Rights Reserved.", "制作单位：新华网股份有限公司"]),

dict(id="wt-21", kind=K, lang="en", layout="div", bst=1, site="iChongqing",
 top="<a>Chinese</a> <a>English</a> <a>Follow us</a>", nav=["Home", "Business", "Travel", "Culture", "Opinion"],
 crumb="Home / Business",
 title="Chongqing Exports of New Energy Vehicles Jump 45% in First Half",
 info=["Source: iChongqing", "Published: 2025-07-24 17:30"], glue="bar", info_pos="above",
 authors=[], time="2025-07-24 17:30",
 body="""
CHONGQING (iChongqing) - Chongqing exported more than 210,000 new energy vehicles in the first half of 2025, up 45 percent year on year, according to the Chongqing Customs on Thursday.
The main destinations were Southeast Asia, the Middle East and Europe. The China-Europe Railway Express (Chongqing) and the New International Land-Sea Trade Corridor carried about 40 percent of the exports.
## Local brands lead
Local automakers accounted for most of the growth, with several brands opening assembly plants abroad to meet demand.
"Overseas markets are becoming a second growth engine for the city's auto industry," a customs official said.
Chongqing produced 1.3 million new energy vehicles last year, ranking among the top cities in China.
""",
 after=["Editor: Zhang Wen"],
 side="<b>Trending</b><ul><li>Chongqing Hotpot Festival opens</li></ul>",
 foot=["Copyright © iChongqing. All rights reserved.", "渝ICP备12345678号"]),

dict(id="wt-22", kind=K, lang="zh", layout="table", bst=2, site="张家口新闻网",
 top="<a>张家口日报</a> <a>张家口晚报</a> <a>数字报</a>", nav=["首页", "本地", "冬奥", "县区", "民生", "图片"],
 crumb="您的位置：首页 &gt; 本地新闻",
 title="崇礼冰雪季首场国际赛事将于12月开赛",
 info=["2025-11-05", "张家口日报", "【<a>字号：大</a> <a>中</a> <a>小</a>】"], glue="\u3000",
 authors=["刘冰", "赵小雪"], time="2025-11-05",
 byline=["本报记者 刘  冰 通讯员 赵小雪"],
 body="""
记者从崇礼区获悉，2025—2026雪季国际雪联单板滑雪和自由式滑雪坡面障碍技巧世界杯将于12月12日至14日在崇礼云顶滑雪公园举行，这是本雪季崇礼举办的首场国际赛事。
据介绍，本次比赛预计将有来自20多个国家和地区的150余名运动员参赛。赛事组委会已完成赛道造雪、场馆设施检修等准备工作。
冬奥会后，崇礼的冰雪运动热度持续攀升。上个雪季，崇礼共接待游客约320万人次，同比增长12%。
崇礼区文体局负责人表示，今冬将推出滑雪+温泉、滑雪+民俗等特色线路，进一步丰富游客体验。
""",
 after=["编辑：郝  莉"],
 foot=["张家口新闻网 版权所有", "冀ICP备10005678号"]),

dict(id="wt-23", kind=K, lang="zh", layout="grid", bst=3, site="西藏日报网·中国西藏新闻网",
 top="<a>藏文版</a> <a>客户端</a>", search="<input placeholder='站内搜索'>",
 nav=["首页", "西藏要闻", "区内新闻", "评论", "视频"],
 crumb="当前位置：首页 &gt; 区内新闻",
 title="山南“雅砻”青稞品牌走向全国",
 info=["来源：西藏日报", "作者：记者 央金 通讯员 旦增伦珠", "发布时间：2025-05-14 09:02"], glue="\u3000\u3000",
 authors=["央金", "旦增伦珠"], time="2025-05-14 09:02",
 body="""
“我们的青稞饼干在网上卖得特别好，这个月又接了一笔来自广州的订单。”在山南市乃东区一家青稞加工企业，负责人扎西边检查包装边告诉记者。
近年来，山南市依托雅砻河谷优质青稞资源，打造“雅砻”青稞区域公用品牌，开发出青稞米、青稞面、青稞饮料等80余种产品。
2024年，全市青稞种植面积达到28万亩，青稞加工产值突破6亿元，带动近万户农牧民增收。
山南市农业农村局负责人表示，将继续加大青稞良种推广力度，支持企业拓展线上线下销售渠道，让更多人尝到来自雪域高原的味道。
""",
 after=["责任编辑：普布"],
 foot=["西藏日报社主办", "藏ICP备05000001号"]),

dict(id="wt-24", kind=K, lang="zh", layout="div", bst=5, site="邢台网",
 top="2025年12月2日 星期二 | <a>邢台日报数字报</a>", nav=["首页", "邢台新闻", "县市区", "民生", "视频", "专题"],
 crumb="首页 &gt; 县市区 &gt; 正文",
 title="南和宠物食品产业年产值突破百亿",
 info=["发布时间：2025-12-01 16:48", "来源：邢台网", "编辑：王梓涵"], glue="", info_pos="below",
 authors=["张晓燕"], time="2025-12-01 16:48",
 body="""
邢台网讯 记者从南和区获悉，今年1至11月，南和区宠物食品产业产值达到102亿元，首次突破百亿元大关，产品销往全国并出口40多个国家和地区。
南和区现有宠物食品生产企业160余家，从业人员超过3万人，形成了从原料加工、研发生产到电商销售的完整产业链。
“我们和高校合作开发了功能性宠物粮，订单已经排到明年春天。”一家企业负责人说。
据了解，南和区正在建设宠物产业研究院和检验检测中心，推动产业向高端化、品牌化发展。（记者 张晓燕）
""",
 after=["审核：田  野"],
 foot=["邢台网 版权所有 冀ICP备09012345号"]),
]
