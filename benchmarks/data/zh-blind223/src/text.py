"""Invented body text for zh-blind223. Everything here is made up."""
import random

ZH = [
    "{d}，{place}{org}召开{subj}工作推进会，总结前一阶段工作成效，研究部署下一步重点任务。会议指出，{subj}事关群众切身利益，各有关单位要压实责任、细化措施，确保各项任务按期落地见效。",
    "据介绍，今年以来，{place}累计投入资金{n1}万元，实施{subj}相关项目{n2}个，惠及群众{n3}余人次。截至目前，已完工项目{n4}个，其余项目正在加紧推进，预计年底前全部投入使用。",
    "“我们把{subj}作为一项民生实事来抓，每周调度一次进度，每月通报一次情况。”{place}{org}负责人说，下一步将继续聚焦难点堵点，完善工作机制，推动形成长效管理格局。",
    "在{spot}，记者看到，施工人员正在有序作业，运输车辆往来穿梭。项目负责人介绍，为抢抓施工黄金期，项目部实行“两班倒”作业，目前整体进度已完成{pct}%，比计划提前约{n5}天。",
    "{place}坚持问需于民，先后组织{n2}场座谈会，收集意见建议{n3}条，梳理形成问题清单、任务清单和责任清单，逐项明确牵头单位和完成时限，做到件件有着落、事事有回音。",
    "与此同时，{place}还建立了“线上+线下”服务机制，群众可通过政务服务平台、12345热线等渠道反映诉求。今年一季度，相关诉求按期办结率达到{pct}%，群众满意度明显提升。",
    "家住{spot}附近的居民{resident}对此深有感触。“以前办点事要跑好几个地方，现在家门口就能办，省心多了。”她说，社区工作人员还会定期上门走访，帮助老人解决实际困难。",
    "业内人士分析认为，{subj}既是稳增长的重要抓手，也是惠民生的具体举措。随着相关政策持续发力，{place}在产业配套、人才引进和营商环境等方面的优势将进一步显现。",
    "为保障工作顺利推进，{place}成立了由分管负责同志任组长的工作专班，建立周调度、月通报、季考核制度，对进展缓慢的单位及时约谈提醒，对表现突出的单位予以通报表扬。",
    "下一步，{place}将以{subj}为切入点，统筹发展和安全，强化要素保障，加强督促检查，推动各项政策措施在基层落实落细，让群众在家门口感受到实实在在的变化。",
    "活动现场，{n2}家单位设置咨询服务台，工作人员向过往群众发放宣传资料{n3}余份，现场解答政策咨询{n4}人次，并结合典型案例讲解相关知识，受到群众广泛欢迎。",
    "记者了解到，{place}还将于近期开展为期{n5}天的专项检查，重点检查制度落实、台账管理、设施运行等情况，对检查中发现的问题建立清单、限期整改、跟踪问效。",
]

EN = [
    "{place} has launched a new round of measures on {subj}, local officials said on {d}, as the region seeks to improve public services and support steady growth in the coming months.",
    "According to the local bureau, about {n1} million yuan has been invested in {n2} projects so far this year, benefiting more than {n3} residents. Most of the projects are expected to be completed by the end of the year.",
    "\"We have put {subj} at the top of our agenda,\" said an official with the local government, adding that a special working group meets every week to check progress and solve problems on the ground.",
    "At a construction site near {spot}, workers were busy laying foundations and installing equipment. The project manager said work was about {pct} percent complete, roughly {n5} days ahead of schedule.",
    "Residents have welcomed the changes. \"It used to take several trips to get things done. Now I can finish it near my home,\" said {resident}, a retiree who has lived in the neighborhood for two decades.",
    "Analysts say the effort reflects a broader push across the country to link infrastructure spending with improvements in daily life, from better roads and clinics to faster online services.",
    "The region also plans a {n5}-day inspection campaign later this month to check how the policies are carried out at the grassroots level, and problems found will be listed and fixed within set deadlines.",
    "Local authorities said they would continue to collect public feedback through hotlines and online platforms, and that the satisfaction rate for handled requests had reached {pct} percent in the first quarter.",
]

NAMES = ["王立新", "李晓彤", "张海峰", "刘佳怡", "陈志远", "杨帆", "赵雅琴", "黄子航", "周敏", "吴建国",
         "徐静", "孙浩然", "马文博", "朱丽娜", "胡永明", "郭小川", "何欣", "高俊杰", "林晨", "罗晓梅",
         "郑凯", "梁雨桐", "宋振华", "唐若曦", "韩冬", "冯志强", "邓丽君", "曹宇", "彭晓东", "曾雪"]


def fill(rng, tpl, ctx):
    c = dict(ctx)
    c.setdefault("n1", rng.randint(120, 9800))
    c.setdefault("n2", rng.randint(6, 48))
    c.setdefault("n3", rng.randint(1200, 56000))
    c.setdefault("n4", rng.randint(3, 30))
    c.setdefault("n5", rng.randint(7, 45))
    c.setdefault("pct", rng.randint(62, 98))
    c.setdefault("resident", rng.choice(["王阿姨", "李大姐", "张奶奶", "刘阿姨", "赵大妈"]) if "en" not in c else rng.choice(["Wang Lan", "Li Xiumei", "Zhao Guirong"]))
    return tpl.format(**c)


def paras(seed, ctx, n, en=False):
    rng = random.Random(seed)
    pool = list(EN if en else ZH)
    rng.shuffle(pool)
    first = (EN if en else ZH)[0]
    pool.remove(first)
    chosen = [first] + pool[: n - 1]
    if en:
        ctx = dict(ctx, en=1)
    return [fill(rng, t, ctx) for t in chosen]
