# 陕西·商洛 柞水县人民政府 — 村务公开（营盘镇朱家湾村）, old table layout
from kit import *
import styles

CSS = styles.GOV_TABLE_2012.replace("#b71c1c", "#2f6f3a").replace("#c62828", "#3b8a47").replace("color:#b00", "color:#2f6f3a") + """
.cwgk{font-size:14px;width:92%;margin:8px auto}
.cwgk th{background:#e8f5e9}
.left-menu{background:#f6fbf6;border:1px solid #d6e9d6;font-size:13px}
.left-menu b{display:block;background:#3b8a47;color:#fff;padding:4px 8px}
"""

HL = Headline("朱家湾村2024年第三季度财务收支公开")

BODY = Body([
    P("根据《陕西省村务公开条例》和镇党委、镇政府关于村级财务公开的要求，经村“两委”会议研究、村务监督委员会审核，现将本村2024年第三季度（7月1日至9月30日）财务收支情况公开如下："),
    T([["项目", "金额（元）", "备注"],
       ["上季度结余", "186,432.57", ""],
       ["本季度收入合计", "243,800.00", ""],
       ["其中：集体经济项目分红", "120,000.00", "民宿合作社"],
       ["转移支付及补助资金", "98,600.00", "村级组织运转经费等"],
       ["其他收入", "25,200.00", "场地租赁"],
       ["本季度支出合计", "201,315.40", ""],
       ["其中：公益事业支出", "132,480.00", "通组路维修、路灯更换"],
       ["村干部报酬", "54,000.00", ""],
       ["办公及其他支出", "14,835.40", ""],
       ["本季度结余", "228,917.17", ""]], cls="cwgk"),
    P("以上收支均有合法票据，已由镇农村经济经营管理站审核入账。村民对公开内容如有疑问，可在公开之日起10日内向村务监督委员会或镇纪委反映。"),
    P("村务监督委员会电话：0914-4361728　　镇纪委监督电话：0914-4361025"),
    SIG("朱家湾村村民委员会"),
    SIG("朱家湾村村务监督委员会"),
    SIG("2024年10月8日"),
], mode="p")

PAGE = dict(
    id="xz-09", kind="government", lang="zh", region="陕西", site="柞水县人民政府·镇村专栏（营盘镇）",
    features="村务公开；标题含村名和数字；“日期：2024年10月09日”与成文日期不同；11行表格（金额带千分位逗号，空单元格）；"
             "两个署名+日期属正文；左侧菜单与无关的村名列表；无作者",
    title_tag="朱家湾村2024年第三季度财务收支公开--柞水县人民政府",
    css=CSS,
    meta={"ArticleTitle": "朱家湾村2024年第三季度财务收支公开", "PubDate": "2024-10-09"},
    authors=[],
    publish_time="2024年10月09日",
    parts=[
        '<div class="wrap">',
        '<div class="topbar"><span class="r"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體中文</a> | <a href="#">手机版</a></span>您好！欢迎访问柞水县人民政府网站</div>',
        '<div class="banner">柞水县人民政府</div>',
        '<table class="nav" width="100%" cellspacing="1"><tr>'
        + "".join(f'<td><a href="#">{x}</a></td>' for x in ["首页", "走进柞水", "政务动态", "信息公开", "办事服务", "互动交流", "镇村专栏"])
        + "</tr></table>",
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>',
        '<td width="200" style="vertical-align:top;padding:10px"><div class="left-menu"><b>营盘镇</b>'
        + ul(["镇情概况", "工作动态", "党务公开", "政务公开", "村务公开", "便民服务"]) + '<b>村（社区）</b>'
        + ul(["营盘社区", "朱家湾村", "北河村", "秦丰村", "丰河村", "药王堂村"]) + "</div></td>",
        '<td style="vertical-align:top">',
        crumbs(["首页", "镇村专栏", "营盘镇", "村务公开"], label="您现在的位置：", sep=" &gt; "),
        HL,
        '<div class="info">日期：2024年10月09日　　点击：<span>214</span>　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>',
        BODY,
        '<div class="tools">上一篇：<a href="#">朱家湾村2024年第二季度财务收支公开</a>　下一篇：<a href="#">北河村2024年第三季度财务收支公开</a></div>',
        "</td></tr></table>",
        footer(["柞水县人民政府办公室主办　柞水县融媒体中心承办　联系电话：0914-4322163",
                "陕ICP备06008127号　陕公网安备 61102602000052号　网站标识码：6110260003"]),
        "</div>",
    ],
)
