from kit import *

T = "西双版纳州林业和草原局关于勐腊县2025年森林抚育项目实施方案的批复"
PAGE = Page(
    id="xi-10", kind="government", site="西双版纳傣族自治州林业和草原局", title=T,
    authors=[], publish_time="2025-05-12",
    features="州 department 信息公开 page: metadata as a definition list (索引号, 发布机构, 成文日期 and 公开日期), 批复 with "
             "文号 (not body), 主送, quoted 请示 number, numbered items, 署名 and 成文日期 (body); no writer.",
    css=CSS_GOV + ".banner{background:#2e7d32}.nav{background:#1b5e20}dl.meta{overflow:hidden;background:#f4f9f4;padding:8px;font-size:13px}"
                  "dl.meta dt{float:left;width:80px;color:#2e7d32}dl.meta dd{float:left;width:420px;margin:0}.docno{text-align:center}",
    html_title=T,
    head=[
        gov_top("欢迎访问西双版纳州林业和草原局", ["无障碍", "长者模式", "傣文", "繁體"]),
        gov_banner("西双版纳州林业和草原局", "", "站内搜索"),
        ul(["首页", "机构职能", "林草要闻", "政务公开", "政务服务", "自然保护地", "互动交流"], "nav"),
        '<div class="w">', crumbs(["首页", "政务公开", "法定主动公开内容", "批复"], prefix="当前位置："),
        '<div class="main">',
        '<dl class="meta"><dt>索引号：</dt><dd>11532800MB1A7315X2/2025-00089</dd><dt>发布机构：</dt><dd>州林业和草原局</dd>'
        '<dt>公开方式：</dt><dd>主动公开</dd><dt>成文日期：</dt><dd>2025-05-09</dd><dt>公开日期：</dt><dd>2025-05-12</dd>'
        '<dt>文　　号：</dt><dd>西林草复〔2025〕23号</dd></dl>\n',
        f'<h1 class="title">{T}</h1>\n',
    ],
    indent="　　",
    body=[
        X('<p class="docno">西林草复〔2025〕23号</p>'),
        P("勐腊县林业和草原局：", raw=True),
        P("你局《关于审批勐腊县2025年森林抚育项目实施方案的请示》（勐林草请〔2025〕15号）收悉。经研究，现批复如下："),
        P("一、原则同意《勐腊县2025年森林抚育项目实施方案》。项目实施地点为勐仑镇、勐满镇、关累镇，抚育面积2.5万亩，"
          "其中中幼林抚育1.8万亩、退化林修复0.7万亩。"),
        P("二、项目总投资500万元，全部为中央财政森林抚育补助资金，补助标准为每亩200元。资金要专款专用，严禁截留、挤占、挪用。"),
        P("三、项目实施要严格执行《森林抚育规程》，坚持生态优先、保护为主，严禁借抚育之名采伐天然林和珍贵树种。抚育作业应避开野生亚洲象等重点保护野生动物活动区域和繁殖季节。"),
        P("四、你局要加强项目组织管理和技术指导，建立项目档案，于2025年11月30日前完成全部建设任务，并及时组织县级自查验收，将验收结果报我局。"),
        P("此复。"),
        R("西双版纳州林业和草原局"),
        R("2025年5月9日"),
    ],
    tail=[
        '<div class="tools"><a href="#">【打印本页】</a>　<a href="#">【关闭窗口】</a>　<a href="#">【我要纠错】</a></div>\n',
        prevnext("西双版纳州林业和草原局关于景洪市2025年退化林修复项目的批复", "西双版纳州林业和草原局2024年政府信息公开工作年度报告"),
        "</div></div>\n",
        gov_footer(["主办：西双版纳傣族自治州林业和草原局　地址：景洪市宣慰大道32号　电话：0691-2122563",
                    "滇ICP备10002751号-1　滇公网安备 53280102000129号　网站标识码：5328000023"]),
    ],
)
