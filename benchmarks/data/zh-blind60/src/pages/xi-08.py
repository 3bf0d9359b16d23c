from kit import *

T = "厅党组书记、厅长多吉次仁赴日喀则市调研边境贸易工作"
PAGE = Page(
    id="xi-08", kind="government", site="西藏自治区商务厅", title=T,
    authors=["次仁卓嘎", "曾晓川"], publish_time="2025-05-27",
    features="自治区 department, 领导活动: info bar ABOVE the headline (date, 来源, 打印), 藏文 link in the top bar, "
             "Tibetan names, closing byline in （） with spaced names at the end of the last paragraph (stays in the body).",
    css=CSS_GOV + ".banner{background:#7a1c1c}.nav{background:#5e1414}.info{text-align:left;border:none;border-top:1px solid #eee}",
    html_title=T + " - 西藏自治区商务厅",
    head=[
        gov_top("", ["藏文版", "无障碍", "长者模式", "English"]),
        gov_banner("西藏自治区商务厅", "Department of Commerce of Xizang Autonomous Region", "请输入搜索关键字"),
        ul(["首页", "机构设置", "商务要闻", "领导活动", "政务公开", "办事服务", "互动交流"], "nav"),
        '<div class="w">', crumbs(["首页", "商务要闻", "领导活动"], prefix="当前位置：", sep=" / "),
        '<div class="main">',
        '<div class="info">2025-05-27　　来源：自治区商务厅　　<a href="#">【打印】</a></div>\n',
        f'<h1 class="title">{T}</h1>\n',
    ],
    pstyle="text-indent:2em",
    body=[
        P("5月22日至25日，自治区商务厅党组书记、厅长多吉次仁带队赴日喀则市吉隆县、聂拉木县、亚东县，调研边境贸易、口岸建设和边民互市工作。"),
        P("在吉隆口岸，调研组一行实地察看了口岸联检楼、货运通道和边民互市贸易点，详细了解口岸通关效率、货物进出口结构和边民增收情况。"
          "多吉次仁指出，吉隆口岸是我区对南亚开放的重要通道，要持续提升通关便利化水平，推动“口岸+物流+加工”联动发展，让口岸经济更好惠及边境群众。"),
        IMG("调研现场", "调研组在吉隆口岸了解通关情况。", gif=True),
        P("在亚东县，调研组走访了边贸市场和部分外贸企业，召开座谈会听取日喀则市商务局和县有关部门工作汇报。与会企业代表就物流成本、"
          "融资渠道、仓储设施等问题提出意见建议。"),
        P("多吉次仁强调，要坚持稳边固边与兴边富民相统一，用好边境贸易扶持政策，培育壮大边贸经营主体；要加快补齐口岸基础设施短板，"
          "完善冷链仓储和物流配送体系；要强化安全监管，守牢口岸安全底线。对企业反映的困难问题，厅相关处室要建立清单、逐项跟踪，及时协调解决。"),
        P("自治区商务厅对外贸易处、口岸管理处，日喀则市商务局有关负责同志参加调研。（通讯员　次仁卓嘎　曾晓川）"),
    ],
    tail=[
        share("分享到：", ["微信", "微博"]),
        prevnext("自治区商务厅召开2025年第二次党组理论学习中心组学习会", "多吉次仁会见尼泊尔驻拉萨总领事"),
        '<div class="tools"><a href="#">【关闭窗口】</a></div>\n',
        "</div></div>\n",
        gov_footer(["主办单位：西藏自治区商务厅　地址：拉萨市城关区北京中路26号　邮编：850000",
                    "藏ICP备05000318号-1　藏公网安备 54010202000092号　网站标识码：5400000021",
                    "联系电话：0891-6832741　技术支持：西藏自治区政务信息中心"]),
    ],
)
