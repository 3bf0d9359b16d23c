"""Newspaper e-paper pages wo-31 … wo-35: 引题/主题/副题 stacks, 版次 navigation, 本版标题 lists."""
from kit import *

PAGES = []

# wo-31 江苏 常州 city daily 数字报 — 2020 design, stack kicker/title/subtitle, byline line
PAGES.append(dict(
    id="wo-31", kind="e-paper", lang="zh", layout="grid", side_pos="left", indent="u3000",
    css="body{margin:0;font:16px/1.9 SimSun}.paper{background:#8b1a1a;color:#fff}.grid{display:grid;grid-template-columns:420px 1fr}.kicker,.subtitle{text-align:center;font-size:16px}.title{text-align:center;font-size:28px}.author{text-align:center}",
    head=[line("龙城日报 数字报", "paper"), line("2025年03月14日 星期五", "pdate"),
          links(["往期回顾", "版面导航", "标题导航", "PDF下载"], "tools", " | ")],
    side=[links(["上一版", "下一版"], "pg", " "), line("第A03版：城事", "bc"), '<img alt="版面缩略图">',
          ul("本版标题", ["老旧小区加装电梯“加速跑”", "春季招聘会提供岗位1.2万个", "市区新增公共充电桩800个", "武进：万亩桃园迎花期"])],
    above=[line("第A03版：城事　　2025年03月14日", "curpage")],
    kicker="今年计划完成加装100台 群众“上下楼难”逐步破解",
    title="老旧小区加装电梯“加速跑”",
    subtitle="——我市推行“统一设计、集中审批、分片施工”新模式",
    info='<div class="author">本报记者 蒋丽娟　本报通讯员 钱俊峰</div>',
    body=[
        ("p", "“以前爬五楼要歇两回，现在电梯直接到家门口。”3月12日，天宁区红梅新村的周阿姨试乘刚投用的电梯，高兴地说。这是今年我市完成加装的第21台电梯。"),
        ("p", "记者从市住建局获悉，今年我市计划在老旧小区完成加装电梯100台，比去年增加30台。为加快进度，我市推行“统一设计、集中审批、分片施工”新模式，由街道统一组织设计单位出方案，住建、规划、市场监管等部门一次性联合审查，审批时间由原来的60个工作日压缩到20个工作日。"),
        ("p", "“过去一个单元一个单元地报，居民要跑好几个部门。现在街道统一打包，省心多了。”红梅街道城管科负责人说。"),
        ("p", "资金方面，我市对每台加装电梯给予20万元补贴，居民还可提取住房公积金支付个人分摊部分。对于低楼层住户意见不一的情况，社区引入“楼道议事会”机制，通过协商确定分摊比例。"),
        ("p", "据了解，我市符合加装条件的老旧住宅单元约有3800个，已加装电梯累计达到412台。"),
    ],
    tail=[links(["上一篇", "下一篇", "返回版面"], "nav2", "　")],
    foot=[lines(["龙城日报社版权所有 未经授权禁止复制或建立镜像", "苏ICP备08123456号"])],
    gold=dict(title="老旧小区加装电梯“加速跑”", authors=["蒋丽娟", "钱俊峰"], publish_time="2025年03月14日 星期五"),
))

# wo-32 山东 潍坊 晚报 e-paper — title over two lines, byline inside first paragraph
PAGES.append(dict(
    id="wo-32", kind="e-paper", lang="zh", layout="table", side_pos="right",
    css="body{font:14px 宋体}.mast{font:bold 40px 隶书;color:#c00}.title{font:bold 26px 黑体;text-align:center}.kicker{text-align:center;color:#06c}table.wrap td{vertical-align:top}",
    head=[line("鸢都晚报", "mast"), line("2025-03-13", "d"), links(["首页", "上一期", "下一期", "版面导航", "标题导航"], "nav", " │ ")],
    side=[line("第05版：民生", "bc"), links(["第01版：头版", "第02版：要闻", "第03版：城事", "第04版：区县", "第05版：民生", "第06版：文体"], "banmian", "<br>"),
          ul("本版新闻", ["潍坊风筝会筹备工作全面启动", "城区春季绿化补植全面展开", "萝卜产业带农增收", "小区里的“共享工具箱”"])],
    kicker="一年卖出三千万只风筝，带动两万人就业",
    title=["杨家埠的风筝", "飞出了国门"],
    info='<div class="ban">2025年03月13日　　版次：05　　作者：</div>',
    body=[
        ("p", "本报讯（记者 马晓彤）3月12日，在寒亭区杨家埠民俗艺术村，风筝艺人张志强正在给一只三米长的“龙头蜈蚣”风筝上色。这批风筝将在下个月发往德国、法国等地。"),
        ("p", "“今年外贸订单比去年多了三成，从正月初八就开始赶工了。”张志强说。"),
        ("p", "杨家埠风筝制作技艺是国家级非物质文化遗产。目前，潍坊全市从事风筝生产的企业和个体户有600多家，年产风筝3000万只，带动就业2万多人，产品出口50多个国家和地区。"),
        ("p", "近年来，当地风筝企业开始在设计上“上新”：加入卡通形象，开发可折叠便携风筝，还研发了带LED灯的夜光风筝。“年轻人喜欢新鲜的，我们得跟着变。”一家风筝企业负责人说。"),
        ("p", "第42届潍坊国际风筝会将于4月举行，届时将有40多个国家和地区的风筝队伍参赛。"),
    ],
    tail=[line("【返回】【打印】", "t")],
    foot=[lines(["潍坊报业集团版权所有", "鲁ICP备05018877号"])],
    gold=dict(authors=["马晓彤"], publish_time="2025年03月13日"),
))

# wo-33 广西 崇左 左江日报 e-paper — 2010 table, 副题 only, byline at end of article on own line
PAGES.append(dict(
    id="wo-33", kind="e-paper", lang="zh", layout="table", side_pos="left", indent="u3000",
    css="body{font:12px 宋体;background:#ddd}.top{background:#005b9a;color:#fff}.title{font-size:22px;text-align:center;font-weight:bold}.subtitle{text-align:center}",
    head=[line("左江日报", "top"), line("2025年03月11日", "rq"), links(["返回首页", "版面导航", "往期查阅"], "nav", "　")],
    side=['<img alt="版面图">', line("当前版：02版", "cur"), links(["上一版", "下一版"], "pv", " "),
          ul("", ["甘蔗“双高”基地迎来春植", "中越边境贸易稳中有升", "崇左举办壮族三月三预热活动"])],
    title="甘蔗“双高”基地迎来春植",
    subtitle="——扶绥县机械化种植率超过七成",
    info='<div class="bcinfo">第02版：要闻　　日期：2025年03月11日</div>',
    body=[
        ("p", "连日来，扶绥县渠黎镇的甘蔗“双高”基地里，大型甘蔗种植机来回穿梭，开沟、下种、施肥、覆膜一次完成，一台机器一天可种植80多亩。"),
        ("p", "“以前人工种一亩甘蔗要4个人干一整天，现在机器一趟就搞定，每亩能节省成本300多元。”种植大户黄国良说，他今年种了1200亩甘蔗，全部采用机械化种植。"),
        ("p", "扶绥县是全国重要的糖料蔗生产基地。近年来，该县通过土地整治、小块并大块等方式，建成甘蔗“双高”基地42万亩，甘蔗种植机械化率达到73%，良种覆盖率超过95%。"),
        ("p", "县农业农村局负责人表示，今年将重点推广甘蔗收获机械化，计划新增甘蔗收获机20台，力争机收率提高到30%以上。"),
        ("p", "渠黎镇一家甘蔗农机专业合作社负责人告诉记者，合作社今年新购置了2台种植机，还为周边农户提供代种服务，每亩收费120元，比人工种植便宜一半多。"),
        ("x", "（本报记者 农海燕 通讯员 马  良）", "zz"),
    ],
    tail=[line("【打印本文】【关闭窗口】", "t")],
    foot=[lines(["左江日报社 主办　技术支持：崇左市融媒体信息中心", "桂ICP备10001234号"])],
    gold=dict(authors=["农海燕", "马良"], publish_time="2025年03月11日"),
))

# wo-34 内蒙古 巴彦淖尔 daily e-paper — 2024 design, full stack, 图片 caption, 多 authors with middle dot
PAGES.append(dict(
    id="wo-34", kind="e-paper", lang="zh", layout="grid", side_pos="right", hstyle="h4",
    css="body{margin:0;font:16px/1.9 'Noto Serif SC'}.masthead{display:flex;justify-content:space-between;background:#f7f3e8}.grid{display:grid;grid-template-columns:1fr 360px}.kicker{color:#555}.title{font-size:30px}.subtitle{color:#555}.caption{font-size:13px;text-align:center}",
    head=['<div class="masthead"><span>河套日报</span><span>2025年3月10日</span><span>星期一</span><span>第7632期</span></div>',
          links(["01 要闻", "02 综合", "03 经济", "04 旗县区", "05 社会", "06 文化", "07 理论", "08 专版"], "pages", " ")],
    side=[line("本版导读", "h"), ul("", ["河套灌区春灌准备工作全面展开", "乌拉特中旗牧区电网改造完工", "杭锦后旗蜜瓜育苗进入关键期"]), links(["上一版", "下一版", "PDF"], "pv", " | ")],
    above=[line("第03版　经济", "bm")],
    kicker="引黄灌溉面积1150万亩 今年计划节水1.5亿立方米",
    title="河套灌区春灌准备工作全面展开",
    subtitle="渠道清淤、闸门维修4月上旬全部完成",
    info='<div class="byl"><p>■本报记者 巴雅尔·其木格　高  鹏</p></div>',
    body=[
        ("p", "3月9日，在磴口县境内的总干渠三闸，施工人员正在对闸门启闭机进行检修更换。不远处，几台挖掘机正在清理渠道淤积的泥沙。"),
        ("p", "河套灌区是亚洲最大的一首制自流引水灌区，引黄灌溉面积1150万亩。每年4月中旬开始春灌，为确保灌溉顺利进行，灌区管理部门从2月下旬起组织力量开展冬春检修。"),
        ("h", "科技助力精准配水"),
        ("p", "“今年新增了86处量水设施，实现了干渠、分干渠和支渠的在线计量。”灌区水调中心负责人介绍，通过数字孪生平台，调度人员可以实时掌握各段水位和流量，按需精准配水。"),
        ("img", "施工人员检修闸门", "施工人员检修闸门。 本报记者 高  鹏 摄"),
        ("h", "节水改造持续推进"),
        ("p", "据了解，今年河套灌区将继续实施续建配套与节水改造工程，计划衬砌渠道320公里，推广畦田改造、滴灌等高效节水技术，全年计划节水1.5亿立方米。"),
    ],
    tail=[line("责任编辑：刘  欣　校对：张  瑜", "ed")],
    foot=[lines(["河套日报社版权所有", "蒙ICP备06001122号-1　网站标识码：1508000031"])],
    gold=dict(authors=["巴雅尔·其木格", "高鹏"], publish_time="2025年3月10日"),
))

# wo-35 江苏 江阴 county-level paper 数字报 — 2016, 引题+主题, author in 作者 field of article info, 稿件 with list
PAGES.append(dict(
    id="wo-35", kind="e-paper", lang="zh", layout="div", side_pos="left",
    css="body{font:14px 宋体}.bz{background:#1b3e6f;color:#fff}.left{float:right;width:680px}.right{float:left;width:300px}.kicker{text-align:center;font-size:15px}.title{text-align:center;font-size:24px}.ainfo{text-align:center;color:#888}",
    head=[line("澄江日报", "bz"), line("2025年03月15日　星期六　农历乙巳年二月十六", "rq")],
    side=[links(["第1版：要闻", "第2版：综合", "第3版：社会", "第4版：副刊"], "bm", "<br>"),
          ul("第3版：社会", ["“春风行动”送岗位上门", "江阴开展食品安全专项检查", "社区开设“四点半课堂”", "八旬老人义务修伞二十年"])],
    kicker="共提供岗位3600余个 签约意向1100余人",
    title="“春风行动”送岗位上门",
    info='<div class="ainfo">作者：记者 吴  蓓 通讯员 陆文清　　发布时间：2025年03月15日　　版次：03</div>',
    body=[
        ("p", "3月14日，江阴市“春风行动”招聘会走进周庄镇，86家企业带来3600余个岗位，吸引求职者1500余人次进场应聘。"),
        ("p", "此次招聘会岗位涵盖机械制造、纺织服装、电子信息、物流运输等行业，其中技术类岗位占比超过四成，部分岗位月薪超过1万元。现场还设置了政策咨询、技能培训报名、劳动维权等服务台。"),
        ("p", "为方便求职者，主办方推出了三项便民举措："),
        ("li", ["一是“直播带岗”，企业人事主管在线介绍岗位；", "二是“零工驿站”，为灵活就业人员提供短期用工信息；", "三是“一码求职”，扫码即可投递简历。"]),
        ("p", "“我在这里找到了一份数控车床操作的工作，离家只有十分钟车程。”来自四川的求职者李先生说。"),
        ("p", "据统计，当天共有1100余人与企业达成初步签约意向。今年以来，我市已举办各类招聘活动42场，提供就业岗位2.3万个。"),
    ],
    tail=[links(["上一篇", "下一篇"], "pn", "　"), line("【关闭】【打印】", "t")],
    foot=[lines(["澄江日报社版权所有", "苏ICP备05008899号"])],
    gold=dict(authors=["吴蓓", "陆文清"], publish_time="2025年03月15日"),
))
