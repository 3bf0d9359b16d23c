"""Institution pages wo-36 … wo-40: university, hospital, state enterprise, court, procuratorate."""
from kit import *

PAGES = []

# wo-36 山东 university news — credit block at end: 撰稿/摄影/审核/编辑
PAGES.append(dict(
    id="wo-36", kind="institution", lang="zh", layout="grid", side_pos="right",
    css="body{margin:0;font:15px/1.9 'Microsoft YaHei'}.hdr{background:#00327a;color:#fff;height:120px}.grid{display:grid;grid-template-columns:1fr 280px;max-width:1150px;margin:auto}.title{text-align:center;font-size:24px}.arti_metas{text-align:center;color:#888}.credit{text-align:right}",
    head=[links(["信息门户", "图书馆", "English", "校友"], "tl", " | "), line("鲁中理工学院", "hdr"),
          nav(["学校首页", "学校概况", "院系设置", "教育教学", "科学研究", "招生就业", "校园文化"], "nav")],
    crumb_block=[crumb(["首页", "新闻网", "综合新闻"], "您的位置：", " > ")],
    title="我校召开2025年春季学期教学工作会议",
    info='<div class="arti_metas"><span>发布者：宣传部</span>　<span>发布时间：2025-03-05</span>　<span>浏览次数：1287</span></div>',
    body=[
        ("p", "3月4日下午，学校在行政楼第一会议室召开2025年春季学期教学工作会议。副校长孙立新出席会议并讲话，各学院院长、教学副院长和教务处全体人员参加会议。"),
        ("p", "会上，教务处处长王海涛回顾了上学期教学运行、课程建设和教学质量监控情况，并对本学期本科教学审核评估整改、专业认证、新版人才培养方案修订等重点工作作了部署。"),
        ("p", "孙立新指出，本学期是审核评估整改的关键阶段，各学院要对照整改清单逐项落实，做到问题不查清不放过、措施不落实不放过。他强调，要推进人工智能赋能教学改革，建设一批“AI+课程”，提升学生的实践创新能力。"),
        ("p", "会议还对开学初教学检查作了安排。"),
        ("p", "会议要求，各学院要切实抓好开学第一课、课堂教学秩序和实验室安全检查，确保新学期教学工作平稳有序开展。开学第一周，校领导将带队深入教室、实验室开展听课巡查。"),
        ("x", "撰稿：刘佳琪　摄影：徐  冬　审核：王海涛　编辑：杨  帆", "credit"),
    ],
    tail=[prevnext("学校举行2025年学生资助工作培训会", "我校在省大学生创新创业大赛中获佳绩", p="上一条：", n="下一条：")],
    side=[ul("最新动态", ["学校召开党委理论学习中心组学习会", "机电学院举办校企合作签约仪式", "学校开展春季校园安全大检查"])],
    foot=[lines(["地址：山东省淄博市XX区XX路XX号　邮编：255000", "版权所有：鲁中理工学院　鲁ICP备05023344号"])],
    gold=dict(authors=["刘佳琪"], publish_time="2025-03-05"),
))

# wo-37 广西 city hospital — 文/图 + 通讯员 at top, 来源 科室
PAGES.append(dict(
    id="wo-37", kind="institution", lang="zh", layout="div",
    css="body{font:16px/1.8 sans-serif}.logo{color:#0a8f6c;font-size:24px}.hot{color:#fff;background:#0a8f6c}.title{font-size:24px}.info{color:#666;font-size:13px}",
    head=[line("玉林市第一人民医院", "logo"), links(["预约挂号：0775-288XXXX", "急诊：0775-288XXXX"], "hot", "　"),
          nav(["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "党建园地"], "nav")],
    crumb_block=[crumb(["首页", "新闻中心", "医院新闻"], "当前位置：", " > ")],
    title="我院成功开展首例经导管主动脉瓣置换术",
    info='<div class="info">来源：心血管内科　|　时间：2025-03-07 16:45　|　浏览：903</div>',
    body=[
        ("x", "文/图 韦  丽　通讯员 蒙小燕", "auth"),
        ("p", "近日，我院心血管内科联合心脏外科、麻醉科、超声科等多学科团队，成功为一名78岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。这是我院首次独立开展该项手术，标志着我院结构性心脏病介入治疗水平迈上新台阶。"),
        ("p", "患者李奶奶近半年来反复出现胸闷、气促，走几步路就需要停下来休息。入院检查发现，她的主动脉瓣口面积仅0.6平方厘米，属于重度狭窄。由于年龄大，合并慢性肾病，传统开胸手术风险很高。"),
        ("p", "经多学科讨论，团队决定采用微创介入方式。手术从大腿根部股动脉穿刺，通过导管将人工瓣膜送到心脏并释放，全程约1.5小时。术后第二天，李奶奶即可下床活动。"),
        ("img", "手术团队合影", "手术团队合影"),
        ("p", "心血管内科主任表示，TAVR具有创伤小、恢复快的特点，为高龄、高危患者提供了新的治疗选择。"),
    ],
    tail=[line("审核：黄  强　编辑：莫嘉欣", "ed"), prevnext("我院开展“学雷锋”义诊活动", "我院召开2025年护理工作会议")],
    foot=[lines(["玉林市第一人民医院 版权所有　桂ICP备12005678号", "地址：玉林市玉州区XX路XX号"])],
    gold=dict(authors=["韦丽", "蒙小燕"], publish_time="2025-03-07 16:45"),
))

# wo-38 内蒙古 state energy enterprise — 作者 + 单位 (供稿单位 not author), 2017 table
PAGES.append(dict(
    id="wo-38", kind="institution", lang="zh", layout="table", side_pos="left", indent="u3000",
    css="body{font:13px 'Microsoft YaHei'}.banner{background:#004e8c;height:100px;color:#fff}.title{font-size:20px;text-align:center}.info{text-align:center;background:#f5f8fb}",
    head=[line("北疆能源集团有限公司", "banner"), nav(["首页", "集团概况", "新闻中心", "党建工作", "企业文化", "社会责任", "信息公开"], "nav", "div")],
    side=[ul("新闻中心", ["集团要闻", "基层动态", "媒体聚焦", "视频新闻"])],
    crumb_block=[crumb(["首页", "新闻中心", "基层动态"], "当前位置：", " > ")],
    title="锡林热电公司完成2号机组灵活性改造",
    info='<div class="info">作者：赵  磊　单位：锡林热电公司　时间：2025年03月12日　点击：566</div>',
    body=[
        ("p", "3月10日，锡林热电公司2号机组灵活性改造项目通过168小时试运行，机组最低稳燃负荷由额定负荷的40%降至25%，每年可为新能源让出发电空间约1.8亿千瓦时。"),
        ("p", "锡林郭勒地区风电、光伏装机规模大，电网调峰压力突出。为提升机组调峰能力，该公司去年10月启动改造工程，对锅炉燃烧系统、汽轮机旁路系统和控制逻辑进行了优化。"),
        ("p", "改造期间正值供热季，项目团队采取“边供热、边改造”的方式，分段实施、交替作业，确保了城区居民供热不受影响。"),
        ("p", "“改造后机组能更好地配合新能源发电，在低负荷下也能保证供热稳定。”公司总工程师说。下一步，公司将对1号机组实施同类改造。"),
        ("p", "据了解，锡林热电公司承担着锡林浩特市区约80%的集中供热任务，现有两台35万千瓦热电联产机组。此次改造共投入资金6200余万元，改造后机组年均可减少标准煤耗约1.2万吨。"),
    ],
    tail=[line("【打印】【关闭】", "t")],
    foot=[lines(["北疆能源集团有限公司 版权所有", "蒙ICP备10009876号"])],
    gold=dict(authors=["赵磊"], publish_time="2025年03月12日"),
))

# wo-39 江苏 district court — 作者 with spaced name, case story with （文中当事人均为化名）
PAGES.append(dict(
    id="wo-39", kind="institution", lang="zh", layout="grid", side_pos="right", hstyle="h3",
    css="body{margin:0;font:16px/1.9 serif}.court{background:#9c1c1c;color:#ffd;height:110px}.grid{display:grid;grid-template-columns:1fr 260px;max-width:1100px;margin:auto}.title{text-align:center}.info{text-align:center;font-size:14px;color:#888}",
    head=[line("南通市崇川区人民法院", "court"), nav(["首页", "法院概况", "审判动态", "司法公开", "诉讼服务", "以案说法"], "nav"),
          links(["无障碍", "关怀版"], "acc", " ")],
    crumb_block=[crumb(["首页", "以案说法"], "当前位置：", " > ")],
    title="“内部认购”理财？老人十万养老钱险些打水漂",
    info='<div class="info">作者：刘  洋　　来源：崇川区人民法院　　发布时间：2025-03-06 10:00:00</div>',
    body=[
        ("p", "近日，崇川区人民法院审理了一起以“内部认购理财产品”为名实施诈骗的案件，被告人李某以诈骗罪被判处有期徒刑三年，并处罚金二万元。"),
        ("h", "基本案情"),
        ("p", "2024年5月，李某在某小区附近以“免费体检”为由，结识了72岁的王大爷。此后，李某多次上门嘘寒问暖，并称自己有一款“内部认购”的理财产品，年收益率达15%，“只对老客户开放”。"),
        ("p", "王大爷信以为真，先后将10万元转入李某提供的账户。后王大爷的女儿发现异常，及时报警。公安机关追回大部分款项。"),
        ("h", "法官说法"),
        ("p", "承办法官表示，正规金融机构发行的理财产品均须在官方渠道公开销售，不存在所谓“内部认购”。老年人遇到高收益、保本息的理财推荐时，要多与家人商量，必要时向银行或公安机关咨询。"),
        ("p", "（文中当事人均为化名）"),
    ],
    tail=[share("分享到：", ["微信", "微博"]), prevnext("崇川法院召开2025年执行工作会议", "法官进校园：开学第一课讲反欺凌")],
    side=[ul("以案说法", ["租房押金不退怎么办", "醉驾电动车也违法", "网购“七天无理由退货”的边界"]), qr("崇川法院微信公众号")],
    foot=[lines(["南通市崇川区人民法院 版权所有", "苏ICP备13012345号-1　地址：南通市崇川区XX路XX号"])],
    gold=dict(authors=["刘洋"], publish_time="2025-03-06 10:00:00"),
))

# wo-40 山东 county procuratorate — 2015 table, glued info bar, closing byline with unit
PAGES.append(dict(
    id="wo-40", kind="institution", lang="zh", layout="table", side_pos="right", indent="nbsp",
    css="body{font:12px 宋体}.jcy{background:#1d3f7a;color:#fff;height:90px}.title{text-align:center;font-size:20px;color:#b00}.info{text-align:center}",
    head=[line("临朐县人民检察院", "jcy"), nav(["首页", "检察动态", "检务公开", "案件信息", "检察文化", "联系我们"], "nav", "div"), line("12309检察服务中心", "s")],
    crumb_block=[crumb(["首页", "检察动态"], "您现在的位置：", " >> ")],
    title="临朐县检察院开展“检察护企”走访活动",
    info='<div class="info">发布时间：2025年3月7日<span>作者：第五检察部 于  涛</span><span>阅读次数：209</span></div>',
    body=[
        ("p", "为深入推进“检察护企”专项行动，近日，临朐县人民检察院组织干警深入辖区铝型材、木材加工等重点企业开展走访，面对面听取企业意见建议，为企业发展提供法治保障。"),
        ("p", "走访中，检察干警详细了解企业生产经营情况，重点询问企业在合同履行、知识产权保护、劳动用工等方面遇到的法律问题，并向企业发放《企业合规经营风险提示手册》。"),
        ("p", "针对某企业反映的商标被仿冒问题，检察干警现场作了法律分析，建议企业及时固定证据，并告知其可向市场监管部门和公安机关反映，检察机关将依法履行法律监督职责。"),
        ("p", "下一步，该院将建立涉企案件“绿色通道”，对涉企案件优先受理、优先办理，推动形成企业合规与依法保护并重的良好局面。"),
        ("p", "今年以来，该院已走访企业32家，收集意见建议45条，帮助企业解决法律难题18个，办理涉企案件11件。"),
    ],
    tail=[line("【打印此页】【关闭窗口】", "tools")],
    side=[ul("检察要闻", ["临朐县检察院召开党组会议", "“春风行动”护航农民工工资支付"])],
    foot=[lines(["临朐县人民检察院 版权所有　技术支持：临朐县检察院技术科", "鲁ICP备14001234号"])],
    gold=dict(authors=["于涛"], publish_time="2025年3月7日"),
))
