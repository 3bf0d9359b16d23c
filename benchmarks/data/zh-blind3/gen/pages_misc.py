from lib import *

PAGES = []


def reg(f):
    PAGES.append(f)
    return f


def epaper(paper, date_line, edition, yin, title, fu, byline, body, editor, others, url="", title_lines=None):
    head = f'<p class="yin" style="text-align:center">{E(yin)}</p>' if yin else ""
    h1 = "<br>".join(E(x) for x in title_lines) if title_lines else E(title)
    sub = f'<p class="fu" style="text-align:center">{E(fu)}</p>' if fu else ""
    by = f'<p class="by" style="text-align:center">{E(byline)}</p>' if byline else ""
    return topbar([paper, date_line], ["往期回顾", "PDF下载", "返回首页"]) + f"""
<div class="main"><div class="sidebar" style="float:left;width:300px">
<div class="small">{edition}</div>
<div class="pn"><a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">上一期</a>　<a href="#">下一期</a></div>
<img src="page.jpg" alt="版面图" style="width:280px;height:400px">
{linklist("本版新闻", others)}
</div><div class="content" style="float:right">
{head}<h1>{h1}</h1>{sub}{by}
<div class="article">{render_body(body, indent=True)}</div>
<p class="edit">{editor}</p>
<p class="small">{url}</p>
</div></div>
""" + footer([f"{paper}社版权所有　未经书面授权不得复制或建立镜像"])


@reg
def zd31():
    title = "沂蒙山区“小杂粮”闯出大市场"
    body = [
        "本报临沂3月4日讯 在费县探沂镇的一家杂粮加工厂，工人们正忙着将小米、绿豆、黑豆等杂粮分装进印有“沂蒙山”品牌标识的礼盒。“今年春节前后的订单比去年多了四成，不少还是回头客。”企业负责人公维江说。",
        "近年来，临沂市把杂粮产业作为山区群众增收的重要抓手，推广“企业+合作社+农户”模式，全市杂粮种植面积稳定在45万亩左右，培育规模以上加工企业23家，年加工能力超过30万吨。",
        "为让小杂粮卖上好价钱，临沂统一打造区域公用品牌，建立从种植、加工到销售的全程质量追溯体系。通过直播电商、社区团购等渠道，2024年全市杂粮线上销售额达到6.8亿元。",
        "“过去自己种、自己卖，一斤小米卖不到5块钱；现在跟合作社签了订单，保底价每斤7元。”蒙阴县岱崮镇种植户刘大娘算起了增收账。",
    ]
    inner = epaper("大众日报", "2025年03月05日 星期三", "第05版：经济新闻", "推广“企业+合作社+农户”模式，年加工能力超30万吨",
                   title, "", "□ 本报记者 石如宽 通讯员 刘玉娟", body, "本版责编：孙先凯　　美编：于海员",
                   ["春耕时节农资供应充足", "山东外贸开局平稳", "济南新旧动能转换起步区建设提速"])
    return dict(id="zd-31", kind="e-paper, Dazhong-Daily-like (引题 above headline, □ 本报记者 + 通讯员 byline)",
                title=title, authors=["石如宽", "刘玉娟"], time="2025年03月05日", body=gold_body(body),
                html=page("大众日报数字报-" + title, inner),
                note="publish_time = the issue date in the top bar, weekday excluded")


@reg
def zd32():
    t1, t2 = "让“冷资源”变成“热经济”", ""
    title = "让“冷资源”变成“热经济”"
    fu = "——黑河市发展寒地试车产业调查"
    body = [
        "每年入冬，位于黑河市爱辉区的寒区试车场就进入了最繁忙的季节。来自国内外30多家汽车企业的数百台测试车辆在冰面上反复进行制动、操控和低温启动测试。",
        ("h", "一片冰面带火一座城"),
        "黑河冬季漫长，最低气温可达零下40摄氏度，是开展汽车寒区测试的理想场所。目前，黑河已建成寒区试车场21个，冰雪测试道路总长超过200公里。",
        "测试季期间，数千名工程师和试车人员在黑河住上三四个月，带动了住宿、餐饮、汽修、物流等产业发展。据统计，2024年至2025年测试季，寒地试车产业为黑河带来直接收入约8亿元。",
        ("h", "从“季节经济”到“全年经济”"),
        "为延长产业链，黑河正积极引进汽车零部件检测、新能源电池低温测试等项目，并规划建设全天候室内环境舱，让测试“冬季忙”向“全年忙”转变。",
        "“下一步，我们要把试车场的数据、人才优势转化为研发和制造优势。”黑河市工信局负责人表示。",
    ]
    inner = epaper("黑龙江日报", "2025年1月16日 星期四", "第03版 要闻", "", title, fu,
                   "本报记者 韩丽平 张雪地", body, "本版责编：唐彦　　责任校对：刘文",
                   ["全省冰雪旅游市场持续火热", "哈尔滨新区新签约项目45个"])
    return dict(id="zd-32", kind="e-paper, Heilongjiang-Daily-like (副题 with dash under headline, subheads)", title=title,
                authors=["韩丽平", "张雪地"], time="2025年1月16日", body=gold_body(body),
                html=page("黑龙江日报-" + title, inner))


@reg
def zd33():
    title = "昌吉：“订单农业”让棉农吃下定心丸"
    body = [
        "本报讯（记者 阿依努尔·买买提 通讯员 周鹏）眼下正是春播备耕的关键时期，昌吉州玛纳斯县兰州湾镇的棉农们心里格外踏实——早在年初，他们就与当地轧花企业签订了收购订单。",
        "“收购价格有了保底，我们种起来就不慌。”种植大户郭永明今年种了800亩棉花，全部签了订单。",
        "今年，昌吉州推广棉花“订单农业”面积超过120万亩，占全州棉花种植面积的六成以上。签约企业向农户提供良种、技术指导和滴灌设备，在收购时按照合同约定价格收购，市场价格高于约定价格时随行就市。",
        "昌吉州农业农村局有关负责人介绍，通过订单农业，农户的种植风险降低了，企业也获得了稳定优质的原料来源，实现了双赢。",
        "此外，昌吉州还组织农技人员深入田间开展技术培训，推广精量播种、水肥一体化等技术，力争今年棉花单产再提高5%以上。",
    ]
    inner = epaper("新疆日报", "2024-04-02", "第A02版：要闻·经济", "", title, "", "", body,
                   "责任编辑：王蓉", ["南疆四地州特色林果业提质增效", "乌鲁木齐国际陆港区新增班列"],
                   "新疆日报网址：https://www.xjdaily.com")
    return dict(id="zd-33", kind="e-paper, Xinjiang-Daily-like (本报讯（记者 … 通讯员 …） in body)", title=title,
                authors=["阿依努尔·买买提", "周鹏"], time="2024-04-02", body=gold_body(body),
                html=page("新疆日报数字报-" + title, inner))


@reg
def zd34():
    title = "福州三坊七巷夜经济“点亮”老城"
    yin = "新业态新场景激活文旅消费"
    body = [
        "夜幕降临，福州三坊七巷的灯笼次第亮起，南后街上人头攒动。脱胎漆器、软木画等非遗店铺门前，不少游客驻足体验。",
        "今年以来，三坊七巷推出“坊巷夜游”系列活动，新增沉浸式演艺、非遗夜市、游船夜游等夜间产品16项，夜间客流量占全天的四成以上。",
        "“以前晚上逛一圈就走，现在能看演出、吃小吃、坐船游内河，一个晚上都不够。”来自江西的游客吴思琪说。",
        "夜经济的升温也带动了周边商户的生意。南后街一家老字号鱼丸店的店主说，晚上的营业额比去年同期增加了三成，店里还专门延长了营业时间。",
        "数据显示，1至10月，三坊七巷累计接待游客1620万人次，同比增长18.4%。",
        "鼓楼区有关负责人表示，下一步将继续丰富夜间文旅业态，推动三坊七巷与上下杭、朱紫坊等历史街区联动发展，并完善夜间公交、停车等配套服务，让游客“留得下、玩得好”。",
        "（作者单位：福州市鼓楼区融媒体中心）",
    ]
    inner = epaper("福建日报", "2023年11月12日", "第04版：区域", yin, title, "", "", [*body[:-1], "□林书恒", body[-1]],
                   "本版责任编辑：陈伟", ["泉州晋江鞋服产业加快转型", "厦门国际邮轮母港旅客量增长"])
    return dict(id="zd-34", kind="e-paper, Fujian-Daily-like (author line □name and 作者单位 line at the end)", title=title,
                authors=["林书恒"], time="2023年11月12日", body=gold_body(body[:-1]),
                html=page(title + "-福建日报", inner),
                note="closing '□林书恒' author line and '（作者单位：…）' are credits, not body")


@reg
def zd35():
    # university news
    title = "我校在第九届全国大学生创新创业大赛中获金奖"
    time = "2024-11-25"
    body = [
        "近日，第九届中国国际大学生创新大赛总决赛在上海举行。我校机械工程学院学生团队项目“高原光伏板智能清扫机器人”获得高教主赛道金奖，实现了我校在该赛事金奖上的突破。",
        "该项目由机械工程学院副教授马建军、讲师王婷指导，团队成员来自机械、电气、计算机等3个学院的7名本科生和研究生。项目针对高原地区光伏电站风沙大、人工清扫成本高的问题，研制了适应低温、低氧环境的轨道式清扫机器人，已在青海海南州两座光伏电站开展示范应用，清扫效率较人工提升约6倍。",
        "本届大赛共有来自国内外的5000余所院校、400余万个团队报名参赛。学校高度重视创新创业教育，近年来建设了大学生创新创业实践基地，设立专项资金支持学生科创项目。",
        "近三年，我校学生在各类国家级创新创业竞赛中获奖120余项，孵化学生创业企业18家。",
    ]
    inner = topbar(["青海大学"], ["信息门户", "图书馆", "English"]) + \
        banner("青海大学新闻网", "", search("请输入关键词")) + \
        nav(["首页", "青大要闻", "综合新闻", "院系动态", "媒体青大", "校园人物", "图片新闻"]) + \
        crumbs("当前位置：首页 &gt; 综合新闻") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info">发布时间：{time}　　作者：机械工程学院　　来源：机械工程学院　　浏览次数：<span>946</span></div>
<div class="article">{render_body([*body, ("x", "<p>（文/图：李欣然　审核：马建军）</p>")])}</div>
<p class="edit">编辑：赵晓东　　责任编辑：邢玉</p>
{prevnext("我校举办2024年秋季学期教学工作会议", "我校与海南州人民政府签署战略合作协议")}
</div></div>
""" + footer(["版权所有：青海大学　地址：青海省西宁市城北区宁大路251号", "青ICP备05000217号　青公网安备 63010502000073号"])
    return dict(id="zd-35", kind="institutional, university news (文/图：… 审核：… closing credit; info-bar 作者 is a 学院)",
                title=title, authors=["李欣然"], time=time, body=gold_body(body), html=page(title + "-青海大学新闻网", inner))


@reg
def zd36():
    # court
    title = "鄂温克旗法院：巡回审判进牧区 调解纠纷促和谐"
    time = "2023-07-19 17:26:03"
    body = [
        "7月18日，鄂温克族自治旗人民法院巴彦托海人民法庭法官驱车120余公里，来到锡尼河西苏木一处牧民家中，就地开庭审理了一起草场租赁合同纠纷案件。",
        "原告乌力吉与被告那木拉于2020年签订草场租赁合同，约定租期五年。2022年起，被告以草场退化为由拒绝支付剩余租金，双方多次协商未果，原告诉至法院。",
        "庭审中，承办法官结合草原生态保护补奖政策和当地放牧习惯，耐心释法说理。经调解，双方当场达成协议：被告分两期支付剩余租金2.4万元，原告协助被告对退化草场进行补播改良。",
        "今年以来，鄂温克旗法院坚持把巡回审判车开到牧区嘎查，共开展巡回审判27次，就地化解矛盾纠纷41件，让牧民群众“足不出户”感受司法温暖。",
        "（通讯员 斯琴高娃 孟庆伟）",
    ]
    inner = topbar(["鄂温克族自治旗人民法院"], ["诉讼服务", "网上立案", "长者模式"]) + \
        banner("鄂温克族自治旗人民法院", "ᠡᠸᠡᠩᠬᠢ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠱᠦᠭᠦᠬᠦ ᠶᠠᠮᠤᠨ", search("站内搜索")) + \
        nav(["首页", "法院动态", "审判执行", "诉讼服务", "法院文化", "队伍建设"]) + \
        crumbs("首页 > 法院动态") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info"><span>作者：斯琴高娃 孟庆伟</span><span>发布时间：{time}</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="article">{render_body([*body[:3], ("img", "", "巡回审判现场"), *body[3:]])}</div>
<p class="small">声明：本站登载内容仅供参考，如有转载请注明出处。</p>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
</div></div>
""" + footer(["内蒙古自治区高级人民法院主办　鄂温克族自治旗人民法院承办", "蒙ICP备05003828号"])
    return dict(id="zd-36", kind="institutional, court (Inner Mongolia, Mongolian banner, 作者 in info bar + closing 通讯员 line)",
                title=title, authors=["斯琴高娃", "孟庆伟"], time=time, body=gold_body(body), html=page(title, inner))


@reg
def zd37():
    # hospital
    title = "我院成功开展首例经导管主动脉瓣置换术"
    time = "2025年8月6日 星期三"
    body = [
        "近日，我院心血管内科联合心脏大血管外科、麻醉科、超声医学科等多学科团队，成功为一名82岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院首次独立开展该项手术，标志着医院在结构性心脏病介入治疗领域迈上新台阶。",
        "患者张大爷因反复胸闷、气促入院，心脏超声提示重度主动脉瓣狭窄。由于患者高龄，合并慢性肾功能不全，外科开胸手术风险极高。经多学科会诊，团队决定为其实施TAVR手术。",
        "手术在局部麻醉下进行，通过股动脉穿刺将人工瓣膜输送至主动脉瓣位置并精准释放，整个过程约1.5小时，创口仅有数毫米。术后第二天，患者即可下床活动，目前已康复出院。",
        "据心血管内科主任杜明远介绍，TAVR手术具有创伤小、恢复快等优点，为高龄、高危主动脉瓣病变患者提供了新的治疗选择。",
        "（心血管内科 许静怡）",
    ]
    inner = topbar(["吉林市中心医院"], ["预约挂号", "就诊指南", "长者模式"]) + \
        banner("吉林市中心医院", "JILIN CITY CENTRAL HOSPITAL", search("搜索科室、医生、新闻")) + \
        nav(["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "党建工作"]) + \
        crumbs("您现在的位置：<a href='#'>首页</a> &gt; <a href='#'>新闻中心</a> &gt; <a href='#'>医院新闻</a>") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info"><span>时间：{time}</span><span>来源：心血管内科</span><span>点击：<em>612</em></span></div>
<div class="article">{render_body(body)}</div>
<p class="edit">审核：宣传科</p>
{share()}</div><div class="sidebar">{linklist("热点新闻", ["我院召开2025年医疗质量安全工作会议", "我院开展“世界母乳喂养周”宣传活动"])}</div></div>
""" + footer(["地址：吉林省吉林市船营区南京街4号　急救电话：0432-120", "吉ICP备13003112号　吉公网安备 22020402000077号"])
    return dict(id="zd-37", kind="institutional, hospital (weekday date, closing （科室 名字） byline)", title=title,
                authors=["许静怡"], time="2025年8月6日", body=gold_body(body), html=page(title + "_吉林市中心医院", inner))


@reg
def zd38():
    # state enterprise
    title = "国网甘肃电力完成迎峰度夏电网设备集中检修"
    time = "2024-06-17 09:54"
    body = [
        "6月16日，随着330千伏河西变电站2号主变压器检修工作结束并顺利送电，国网甘肃省电力公司2024年迎峰度夏前电网设备集中检修工作全面完成。",
        "此次集中检修自4月中旬开始，历时两个月，共完成输电线路检修1860条次、变电设备检修3200余台次，消除设备缺陷960余项。检修期间，公司统筹安排停电计划，采用带电作业、移动变电站等方式，最大限度减少停电对用户的影响。",
        "今年夏季，预计甘肃电网最大用电负荷将达到2350万千瓦，同比增长约7%。为保障电力可靠供应，国网甘肃电力还将加强新能源发电功率预测，优化跨省跨区电力调配，并组建应急抢修队伍186支，确保发生故障时快速响应、及时处置。",
        "此外，公司还将对城市重要用户和民生用电设施开展专项巡视，提前做好防汛、防高温准备工作。",
        "撰稿：王海龙　　摄影：赵瑞",
    ]
    inner = topbar(["国家电网公司"], ["网站群", "English"]) + \
        banner("国网甘肃省电力公司", "State Grid Gansu Electric Power Company", search("请输入关键字")) + \
        nav(["首页", "公司概况", "新闻中心", "电力服务", "社会责任", "党建工作"]) + \
        crumbs("当前位置：首页 &gt; 新闻中心 &gt; 公司要闻") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info">{time}　　来源：国网甘肃省电力公司</div>
<div class="article">{render_body(body)}</div>
{linklist("相关新闻", ["国网甘肃电力新能源装机突破6000万千瓦", "河西走廊750千伏输变电工程投运"])}
</div></div>
""" + footer(["版权所有：国网甘肃省电力公司　ICP备案号：京ICP备05061428号"])
    return dict(id="zd-38", kind="institutional, state enterprise (撰稿：…摄影：… closing line)", title=title,
                authors=["王海龙"], time=time, body=gold_body(body[:-1]), html=page(title, inner),
                note="closing 撰稿/摄影 credit line is not body; 撰稿 = writer")


@reg
def zd39():
    # English version of a city government site
    title = "Hohhot launches cross-border e-commerce service platform"
    time = "2024-08-12"
    body = [
        "Hohhot, capital of North China's Inner Mongolia autonomous region, launched a comprehensive cross-border e-commerce service platform on Aug 9, aiming to help local businesses expand trade with Mongolia, Russia and Central Asia.",
        "The platform integrates customs declaration, logistics tracking, foreign exchange settlement and tax refund services, allowing enterprises to complete all procedures online. According to the Hohhot commerce bureau, 68 local companies had registered on the platform by the end of its first week.",
        "Dairy products, cashmere garments and processed meat are among the main export goods handled through the platform. In the first half of this year, Hohhot's cross-border e-commerce transactions reached 1.37 billion yuan ($191 million), up 24 percent year-on-year.",
        "\"The platform has cut our export clearance time from three days to less than one,\" said Bao Yingxue, manager of a cashmere company based in Saihan district.",
        "The city plans to set up overseas warehouses in Ulaanbaatar and Novosibirsk next year to further support local exporters.",
    ]
    inner = topbar(["中文", "English", "Монгол"], ["Search"]) + \
        banner("Hohhot", "呼和浩特市人民政府 The People's Government of Hohhot Municipality") + \
        nav(["Home", "About Hohhot", "News", "Government", "Business", "Travel", "Services"]) + \
        crumbs("Home &gt; News &gt; Local News") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info">Updated: {time}　　Source: chinadaily.com.cn　　Writer: Li Ying</div>
<div class="article">{render_body([*body[:2], ("img", "", "A worker sorts parcels at a cross-border e-commerce warehouse in Hohhot. [Photo/IC]"), *body[2:]])}</div>
<div class="tools"><a href="#">Print</a> <a href="#">Close</a></div>
{linklist("Related", ["Hohhot dairy industry goes global", "China-Europe freight trains via Erenhot hit record"])}
</div></div>
""" + footer(["Copyright © The People's Government of Hohhot Municipality. All rights reserved.", "Presented by China Daily.　蒙ICP备05000128号"])
    return dict(id="zd-39", kind="English version of a city government site (Writer: in info bar)", title=title,
                authors=["Li Ying"], time=time, body=gold_body(body), html=page(title, inner).replace('lang="zh-CN"', 'lang="en"'),
                lang="en")


@reg
def zd40():
    # English Chinese news site
    title = "Guizhou's 'village super league' draws record crowds"
    time = "Mar 16, 2025 09:41 PM"
    body = [
        "The amateur football league in Rongjiang county, Southwest China's Guizhou Province, kicked off its 2025 season on Saturday, drawing more than 50,000 spectators to the opening match despite light rain.",
        "Known online as the \"Cun Chao,\" or village super league, the tournament features teams made up of farmers, teachers, shop owners and delivery drivers from 20 villages. Half-time shows of local Dong and Miao songs and dances have become as popular as the matches themselves.",
        "Local authorities said the league attracted 7.6 million visitors to Rongjiang in 2024, generating tourism revenue of about 8.4 billion yuan. New hotels, homestays and food stalls have opened near the stadium.",
        "\"We play for fun, but it's amazing to see people from all over the country cheering for our village,\" said Yang Zhengxiong, a 34-year-old midfielder who works as a motorcycle mechanic.",
        "This year's season will run until late November, with a national invitational tournament scheduled for the summer.",
    ]
    inner = topbar(["GT", "CHINA", "SOURCE", "OPINION", "IN-DEPTH", "WORLD", "LIFE", "SPORT"], ["E-Paper", "Mobile", "Apps", "Sina Weibo", "Facebook", "Twitter"]) + \
        f"""<div class="main"><div class="content">
<div class="small">SOCIETY / PHOTOS</div>
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left">By Wang Qi in Rongjiang Published: {time}</div>
<div class="article">{render_body([("img", "", "Players compete during the opening match of the 2025 season in Rongjiang county, Guizhou Province, on March 15, 2025. Photo: VCG"), *body])}</div>
{linklist("RELATED ARTICLES", ["Rural sports events boost county economies", "Guizhou's 'village BA' basketball returns"])}
{linklist("MOST POPULAR", ["China's economy starts year on stable footing", "Beijing cherry blossoms expected early"])}
</div></div>
""" + footer(["Copyright 2025 by The Global Times. Content may not be reproduced without permission.", "京ICP备16022433号-1 京公网安备 11010502044418"])
    return dict(id="zd-40", kind="English-language Chinese news, Global-Times-like (By … Published: …)", title=title,
                authors=["Wang Qi"], time=time, body=gold_body(body), html=page(title + " - Global Times", inner).replace('lang="zh-CN"', 'lang="en"'),
                lang="en")
