"""Invented paragraph pools for zh-blind225. Everything here is fictional."""
import random

REGIONS = {
    "gz": dict(prov="贵州", city="黔山市", county="乌江县", town="云岭镇", paper="黔山日报", hanzi="黔"),
    "xz": dict(prov="西藏", city="雪隆市", county="拉隆县", town="岗嘎乡", paper="雪隆日报", hanzi="雪"),
    "xj": dict(prov="新疆", city="天泉市", county="博河县", town="柳湾乡", paper="天泉日报", hanzi="泉"),
    "gd": dict(prov="广东", city="珠澜市", county="南湾区", town="沙洲街道", paper="珠澜日报", hanzi="澜"),
}

GOV = [
    "近日，{city}召开{topic}专题推进会，听取各县（区）和市直有关部门工作进展情况汇报，研究部署下一阶段重点任务。会议要求，各级各部门要把思想和行动统一到市委、市政府决策部署上来，确保各项目标任务按时完成。",
    "今年以来，{city}围绕{topic}目标任务，坚持问题导向和结果导向，压实属地责任、部门监管责任和主体责任，累计投入资金{n1}亿元，完成重点项目{n2}个，各项工作取得阶段性成效。",
    "会议指出，当前{topic}工作正处于爬坡过坎的关键阶段，任务依然艰巨繁重。各地各部门要进一步提高站位、强化担当，盯紧时间节点，倒排工期、挂图作战，以钉钉子精神抓好各项工作落实。",
    "据统计，截至{month}月底，全市已累计排查整治各类问题{n3}处，整改完成率达{pct}%；组织开展业务培训{n2}场次，覆盖基层干部群众{n4}余人次，群众知晓率和满意度明显提升。",
    "在{county}{town}，工作人员正逐户走访，了解群众生产生活中的实际困难。“以前办事要跑好几趟，现在在村里就能办好，方便多了。”村民{name}说。目前，该镇已建成便民服务站{n2}个，实现村级全覆盖。",
    "下一步，{city}将继续聚焦{topic}重点领域和薄弱环节，完善工作机制，加强统筹调度，强化督导检查，对工作推进不力、措施落实不到位的单位及时通报，切实推动各项政策措施落地见效。",
    "会议强调，要加强组织领导，健全市级统筹、县级主抓、乡镇落实的工作机制；要强化要素保障，在资金、用地、人才等方面给予倾斜支持；要严格考核评价，将工作成效纳入年度目标绩效考核。",
    "市发展改革、财政、自然资源、生态环境、住房城乡建设、农业农村等部门负责同志分别作交流发言，结合各自职能提出了下一步工作打算和意见建议，与会人员进行了深入讨论。",
    "据了解，{city}今年将{topic}列为全市重点民生实事之一，计划实施项目{n2}个，总投资约{n1}亿元，涉及基础设施建设、公共服务提升、产业培育发展等多个方面，惠及群众约{n4}万人。",
    "各县（区）要结合实际，细化工作方案，明确责任单位和完成时限，建立工作台账，实行销号管理。对群众反映强烈的突出问题，要建立快速响应机制，做到件件有着落、事事有回音。",
]

DOC_HEADS = ["一、总体要求", "二、主要任务", "三、保障措施", "四、工作要求"]
DOC = [
    "为深入贯彻落实省委、省政府关于{topic}的决策部署，进一步提升工作质量和水平，结合我市实际，现就有关事项通知如下。",
    "坚持以人民为中心的发展思想，坚持统筹发展和安全，以解决群众急难愁盼问题为出发点和落脚点，到{year}年底，全市{topic}工作体系基本健全，重点指标达到全省平均水平以上。",
    "（一）加强排查摸底。各县（区）要在{month}月底前完成辖区内基础情况排查，建立问题清单、任务清单和责任清单，做到底数清、情况明。",
    "（二）推进重点项目建设。围绕补短板、强弱项，谋划实施一批{topic}重点项目，加快项目前期工作，确保按期开工、按时完工。",
    "（三）强化部门协同。各有关部门要按照职责分工，密切配合、形成合力，及时研究解决工作推进中遇到的困难和问题，重要情况及时向市人民政府报告。",
    "各县（区）人民政府、市直各有关部门要高度重视，主要负责同志亲自抓，分管负责同志具体抓，确保各项工作落到实处。工作推进情况请于每月{n2}日前报送市{office}，联系人：{name}，联系电话：0{tel}。",
]

MEDIA = [
    "{place}的清晨，{scene}。记者走进{site}，看到工作人员正在忙碌地进行{work}，现场一派繁忙景象。",
    "“今年的情况比往年好得多。”{role}{name}告诉记者，“{quote}”他说，接下来还准备进一步扩大规模，带动更多乡亲增收致富。",
    "据介绍，{site}自建成以来，累计吸纳周边群众就业{n4}余人，年产值突破{n1}亿元。今年一季度，实现销售收入{n3}万元，同比增长{pct}%。",
    "近年来，{county}立足资源禀赋，大力发展{topic}，通过“公司+合作社+农户”模式，把分散的农户组织起来，推动产业规模化、标准化、品牌化发展，走出了一条特色发展之路。",
    "为解决发展中遇到的资金、技术难题，当地政府先后出台{n2}项扶持政策，协调金融机构发放贷款{n3}万元，并邀请省内外专家开展技术指导{n2}次，帮助经营主体渡过难关。",
    "采访中，不少群众表示，{topic}让他们的日子越过越红火。“以前一年到头忙不了几个钱，现在在家门口就能上班，还能照顾老人孩子。”{name2}笑着说。",
    "{county}有关负责人表示，下一步将继续加大政策支持力度，完善基础设施配套，培育壮大龙头企业，延伸产业链条，推动{topic}提质增效，让更多群众分享发展红利。",
    "业内人士分析认为，随着配套政策持续发力和市场需求稳步回升，{topic}有望保持良好发展势头，但仍需在人才培养、品牌打造和市场开拓等方面下更大功夫。",
    "记者了解到，今年{city}将重点推进{n2}个{topic}项目建设，计划总投资{n1}亿元。目前，已有{n5}个项目开工建设，其余项目正在加紧开展前期工作。",
    "夜幕降临，{site}依然灯火通明。{name}说，大家心里都憋着一股劲，“只要肯干，好日子还在后头。”",
]

SELF = [
    "说起{topic}，很多朋友第一反应可能是“离自己很远”。但这几天我在{place}走了一圈，发现它其实已经悄悄改变了很多人的生活。",
    "先说结论：如果你打算近期去{place}，真的可以把这几个地方加进行程里，人不算多，性价比也很高，本地人都说好。",
    "第一站是{site}。从市区开车过去大概{n2}分钟，路况很好，停车也方便。门口的大爷告诉我，周末来的游客比平时多了好几倍。",
    "第二点值得一说的是价格。我特意问了几家店，{work}的价格基本都在{n3}元上下，比前两年还便宜了一点，老板说是因为产量上来了。",
    "当然也有需要注意的地方：早晚温差比较大，记得带一件外套；部分路段还在施工，出发前最好查一下导航，避免绕路。",
    "写到这里，想起{name}阿姨说的一句话：“日子是一天一天过出来的，好东西也是一点一点做出来的。”这大概就是{place}最打动我的地方。",
    "从数据上看，{city}去年{topic}相关产值约{n1}亿元，带动就业{n4}余人。这些数字背后，是一个个普通家庭收入的增加。",
    "以上就是这次的全部分享，都是个人真实体验，不是广告。大家还有什么想了解的，欢迎在评论区留言，我会尽量一一回复。",
    "顺便说一下，很多人关心的办理流程其实已经简化了很多：带上身份证，在窗口或者手机上就能提交，一般{n5}个工作日内就有结果。",
]

INST = [
    "{date_cn}，{org}{event}在{venue}举行。{lead}出席并讲话，相关部门负责人、师生代表及各界嘉宾共{n3}余人参加。",
    "{lead}在讲话中指出，{org}始终坚持服务地方经济社会发展，在人才培养、科学研究、社会服务等方面取得了显著成绩，希望大家以此次活动为契机，进一步凝聚共识、开拓创新。",
    "活动期间，与会代表围绕“{topic}”主题开展了深入交流，{n2}位专家学者作专题报告，分享了最新研究成果和实践经验，现场互动热烈。",
    "据悉，{org}现有在职职工{n4}余人，其中高级职称{n3}人，近三年承担各级各类项目{n2}项，获得省部级奖励{n5}项，综合实力稳步提升。",
    "本次活动设置了展览展示、现场咨询、体验互动等多个环节，吸引了大量市民群众前来参观。不少观众表示，活动内容丰富、形式新颖，收获很大。",
    "下一步，{org}将以此次活动为新起点，进一步深化合作交流，完善服务体系，不断提升服务质量和水平，为{city}高质量发展贡献更大力量。",
    "活动现场还举行了合作签约仪式，{org}与{n5}家单位签订战略合作协议，双方将在人才交流、资源共享、项目共建等方面开展深度合作。",
    "开幕式后，与会嘉宾参观了{site}，详细了解了近年来的建设发展情况，对取得的成绩给予充分肯定。",
]

EN = [
    "{city_en}, a fast-growing city in {prov_en}, has stepped up efforts to develop {topic_en}, local officials said on {weekday}, as the region seeks new drivers of growth this year.",
    "According to the city's bureau of commerce, the sector generated output of about {n1} billion yuan last year, up {pct} percent year-on-year, and created more than {n4} jobs for local residents.",
    "\"We used to worry about where to sell our products. Now buyers come to us,\" said {name_en}, a {role_en} in {county_en}, who started his business five years ago with a small loan.",
    "The local government has rolled out {n2} support measures covering land use, financing and training, and has invited experts from other provinces to provide technical guidance on site.",
    "Analysts say the growth reflects both strong domestic demand and improved logistics. A new cargo line opened last year has cut delivery times to major markets by nearly half.",
    "Visitors to the area have also increased. In the first quarter, the city received more than {n3},000 tourists, many of whom came to experience local culture and cuisine.",
    "Officials said the next step is to build a complete industrial chain, attract leading enterprises and help more small producers connect with e-commerce platforms.",
    "Still, challenges remain. Some companies report difficulties in recruiting skilled workers, and infrastructure in remote villages needs further upgrading, the officials added.",
]

TOPICS = {
    "gz": ["茶产业", "乡村振兴", "林下经济", "农村人居环境整治", "旅游产业化", "刺梨产业"],
    "xz": ["高原农牧业", "冬季供暖保障", "林草防火", "边境小康村建设", "青稞产业", "牦牛养殖"],
    "xj": ["棉花种植", "冬季旅游", "特色林果业", "就业帮扶", "防风治沙", "口岸物流"],
    "gd": ["营商环境优化", "数字经济", "防汛防台风", "城中村改造", "预制菜产业", "跨境电商"],
}
SCENES = {"gz": "薄雾笼罩着连绵的山岭", "xz": "阳光洒在雪山脚下的草场上", "xj": "戈壁上的风还带着些许凉意", "gd": "海风吹过刚刚苏醒的街巷"}
IND = {"gz": ["茶产业", "林下经济", "刺梨产业"], "xz": ["高原农牧业", "青稞产业", "牦牛养殖"], "xj": ["棉花种植", "特色林果业", "冬季旅游"], "gd": ["数字经济", "预制菜产业", "跨境电商"]}
SITES = {"gz": "云岭茶叶专业合作社", "xz": "岗嘎乡牦牛养殖基地", "xj": "柳湾乡棉花加工厂", "gd": "沙洲预制菜产业园"}
WORKS = {"gz": "茶青分拣和揉捻", "xz": "饲草调运和牲畜防疫", "xj": "籽棉收购和轧花", "gd": "原料分拣和冷链包装"}

SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["晓明", "建华", "雅婷", "志强", "丽娟", "海峰", "文静", "国栋", "春燕", "振宇", "思源", "秀兰", "德胜", "佳怡", "永福", "婉清", "锦程", "晨阳", "宏伟", "玉梅", "子涵", "俊杰", "梦瑶", "立新", "红霞", "长青", "若溪", "家豪"]
TIB = ["次仁旺堆", "格桑卓玛", "扎西顿珠", "央金拉姆", "普布次仁", "达瓦曲珍", "尼玛扎西"]
UYG = ["艾力·吐尔逊", "古丽米拉·阿布都拉", "买买提江·热合曼", "迪丽努尔·艾买提", "阿不都外力·司马义", "热娜古丽·库尔班"]


def name(rng):
    g = rng.choice(GIVEN)
    if rng.random() < 0.25:
        g = g[0]
    return rng.choice(SURN) + g


def fill(t, rng, ctx):
    d = dict(ctx)
    d.update(
        n1=rng.choice(["2.3", "5.6", "12.8", "1.7", "36.4", "8.05"]),
        n2=rng.randint(3, 28), n3=rng.randint(120, 980), n4=rng.randint(1200, 9800),
        n5=rng.randint(2, 9), pct=rng.choice(["12.6", "8.3", "21.4", "96.5", "15.2"]),
        month=rng.randint(2, 9), name=name(rng), name2=name(rng), tel=f"8{rng.randint(51,99)}-{rng.randint(6100000,6899999)}",
    )
    return t.format(**d)


def paragraphs(pool, rng, ctx, lo=5, hi=8, minchars=300):
    n = rng.randint(lo, hi)
    n = min(n, len(pool))
    idx = sorted(rng.sample(range(len(pool)), n))
    out = [fill(pool[i], rng, ctx) for i in idx]
    i = 0
    while sum(len(p) for p in out) < minchars + 40:
        extra = [j for j in range(len(pool)) if j not in idx]
        out.append(fill(pool[extra[i % len(extra)]], rng, ctx))
        i += 1
    return out
