from kit import *

T = "国网甘孜供电公司：雪域高原上的“光明守护”"
PAGE = Page(
    id="xi-38", kind="institution", site="国网四川省电力公司", title=T,
    authors=["泽仁拉姆", "张涛"], publish_time="2025.01.23",
    features="state-owned enterprise site: info bar with a dotted date (2025.01.23), 来源 and 点击量 but no writer; "
             "the writers are named only in the closing （泽仁拉姆 张　涛） at the end of the last paragraph (stays in the body), "
             "Tibetan names, sub-headings, photo captions, 基层动态 list.",
    css=CSS_GOV + ".banner{background:#006c5b}.nav{background:#005447}",
    html_title=T,
    head=[
        gov_top("国家电网 State Grid", ["集团门户", "网上国网", "95598智能互动", "无障碍"]),
        gov_banner("国网四川省电力公司", "STATE GRID SICHUAN ELECTRIC POWER COMPANY", "请输入关键字"),
        ul(["首页", "公司概况", "新闻中心", "电网建设", "优质服务", "社会责任", "企业文化", "信息公开"], "nav"),
        '<div class="w">', crumbs(["首页", "新闻中心", "基层动态"], prefix="当前位置：", sep=" &gt; "),
        '<div class="main">',
        f'<h1 class="title">{T}</h1>\n',
        '<div class="info">2025.01.23　　来源：国网甘孜供电公司　　点击量：426</div>\n',
    ],
    pstyle="text-indent:2em",
    body=[
        P("1月20日，海拔4000多米的甘孜州石渠县，气温降至零下28摄氏度。国网甘孜供电公司石渠供电中心的运维人员顶着寒风，对110千伏输电线路开展特巡特护，"
          "确保春节期间牧区群众可靠用电。"),
        H("冰天雪地里的“流动哨”"),
        P("石渠县地广人稀，输电线路大多穿越无人区。每到冬季，覆冰、大风等恶劣天气给线路运行带来严峻考验。巡线员四郎多吉已经在这里工作了12年，"
          "他和同事们每天要走上十几公里，用望远镜、无人机逐基检查杆塔和导线。“线路上有一点隐患，牧民家里就可能断电，我们必须看仔细。”"),
        IMG("巡线", "运维人员在石渠县开展线路特巡。"),
        H("牧民家门口的“电保姆”"),
        P("在色须镇，供电所员工走进牧民家中检查用电设施，帮助更换老化电线，讲解安全用电知识。随着电网延伸，越来越多的牧民用上了电暖器、电热水壶和酥油机。"
          "牧民格绒说：“以前冬天烧牛粪取暖，现在用电暖器，屋里干净又暖和。”"),
        P("据了解，今年春节保供电期间，国网甘孜供电公司共组建“红马甲”服务队68支，对全州重要变电站、输电线路和偏远牧区开展全覆盖巡视，"
          "并储备发电车、应急照明等物资，全力守护雪域高原的万家灯火。（泽仁拉姆 张　涛）"),
    ],
    tail=[
        '<div class="tools">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>\n',
        related("基层动态", ["国网阿坝供电公司开展春节保电专项行动", "国网凉山供电公司完成彝区电网改造", "国网雅安供电公司推进川藏铁路供电工程"]),
        "</div></div>\n",
        gov_footer(["版权所有：国网四川省电力公司　地址：成都市高新区蜀绣西路366号",
                    "蜀ICP备05011621号　川公网安备 51010702001812号　服务热线：95598"], badges=()),
    ],
)
