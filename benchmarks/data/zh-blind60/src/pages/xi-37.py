from kit import *

T = "我院成功开展首例经导管主动脉瓣置换术"
PAGE = Page(
    id="xi-37", kind="institution", site="大理州人民医院", title=T,
    authors=["杨丽萍", "孙浩"], publish_time="2025-03-28",
    features="hospital site: info bar with 发布时间/来源/浏览, 患者 quote, sub-heading, closing credits block "
             "(文/杨丽萍 孙　浩 图/心血管内科 then 初审/复审/终审 lines): writers are authors, the three-level review is not; "
             "就医服务 side menu and 预约挂号 hotline in the footer.",
    css=CSS_GOV + ".banner{background:#0a7c86}.nav{background:#08636b}.credits p{margin:0;text-align:right;color:#555}",
    html_title=T + "-大理白族自治州人民医院",
    head=[
        gov_top("大理白族自治州人民医院", ["预约挂号", "院务公开", "无障碍", "English"]),
        gov_banner("大理白族自治州人民医院", "THE PEOPLE'S HOSPITAL OF DALI", "搜索科室/医生/资讯"),
        ul(["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "护理园地", "党建文化", "人才招聘"], "nav"),
        '<div class="w">', crumbs(["首页", "新闻中心", "医院新闻"], prefix="您的位置："),
        '<div class="main">',
        f'<h1 class="title">{T}</h1>\n',
        '<div class="info"><span>发布时间：2025-03-28</span>\n<span>来源：心血管内科</span>\n<span>浏览：865</span></div>\n',
    ],
    pstyle="text-indent:2em",
    body=[
        P("近日，我院心血管内科联合心脏大血管外科、麻醉科、超声医学科、手术室等多学科团队，成功为一名78岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR）。"
          "这是我院首次独立开展该项技术，标志着医院心脏结构性疾病介入诊疗水平迈上新台阶。"),
        P("患者李大爷近半年来反复出现胸闷、气促，稍一活动就喘不上气，多次晕倒。入院检查发现，他患有重度主动脉瓣狭窄，同时合并冠心病、慢性肾功能不全，"
          "年龄大、基础疾病多，传统开胸手术风险极高。"),
        H("多学科协作 精准施策"),
        P("经多学科联合会诊，团队决定为患者实施TAVR手术。手术在全麻下进行，医生经股动脉穿刺，将人工瓣膜通过导管输送至主动脉瓣位置并精准释放。"
          "术中超声显示瓣膜位置良好、功能正常，整个手术仅用时1个多小时，切口不到1厘米。"),
        P("术后第二天，李大爷就能下床活动，胸闷症状明显缓解。“以前走几步就喘，现在感觉轻松多了，感谢医生们！”李大爷说。目前，患者已康复出院。"),
        P("心血管内科主任介绍，TAVR手术创伤小、恢复快，特别适合高龄、高危、不能耐受外科手术的主动脉瓣疾病患者。该技术的开展，"
          "让滇西地区患者在家门口就能享受到高水平的医疗服务。"),
        X('<div class="credits"><p>文/杨丽萍 孙　浩　图/心血管内科</p><p>初审：何　芳</p><p>复审：段志强</p><p>终审：李红梅</p></div>'),
    ],
    tail=[
        prevnext("我院开展“世界肾脏日”义诊活动", "我院召开2025年医疗质量与安全管理工作会议"),
        "</div></div>\n",
        gov_footer(["大理白族自治州人民医院　地址：云南省大理市下关镇人民南路35号",
                    "预约挂号：0872-2201120　急救电话：0872-2125120",
                    "滇ICP备09002134号-1　滇公网安备 53290102000365号"], badges=()),
    ],
)
