from lib import *

ID = "xh-09"
KIND = "government"
LANG = "zh"
DOCTYPE = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
FEATURES = ("province department (海南省生态环境厅) 通报 in a 2012-style table layout; 文号 line (not body) above the 主送 "
            "line; AQI table whose cells are Word-style <p> inside <td>; '特此通报。', 署名 and 成文日期 (body); info bar "
            "'时间：… 来源：…' in a gray cell; 【打印】【关闭】; footer with 网站标识码")
HEAD_TITLE = "海南省生态环境厅关于2024年第三季度全省环境空气质量状况的通报"
TITLE_LINES = ["海南省生态环境厅关于2024年第三季度全省环境空气质量状况的通报"]
AUTHORS = []
TIME = "2024-10-15"

CSS = """
body{margin:0;background:#cfe3d7;font:12px 宋体}
.wrap{width:980px;margin:0 auto;background:#fff}
.logo{height:120px;background:#177245;color:#fff;font:bold 32px 黑体;padding-left:30px;line-height:120px}
.menu td{background:#0f5a35;color:#fff;text-align:center;font-size:14px;height:34px}
.menu a{color:#fff}
.dqwz{padding:6px 14px;background:#eef5f0}
.bt{font-size:20px;font-weight:bold;color:#b51f1f;text-align:center;padding:22px 40px 10px;line-height:32px}
.sj{background:#f2f2f2;text-align:center;color:#555;padding:4px}
.nr{padding:14px 50px;font-size:15px;line-height:28px}
.nr p{margin:4px 0}
.nr .wh{text-align:center}
.nr table{border-collapse:collapse;margin:8px auto}.nr td,.nr th{border:1px solid #000;padding:0 10px;text-align:center}
.nr td p,.nr th p{margin:0}
.nr .rt{text-align:right}
.db td{background:#177245;color:#fff;text-align:center;line-height:22px;padding:10px}
"""

BODY = [
    P("各市、县、自治县生态环境局，洋浦经济开发区生态环境局："),
    P("现将2024年第三季度全省环境空气质量状况通报如下：", indent="ideo"),
    P("一、总体情况。第三季度，全省环境空气质量总体优良，优良天数比例为99.6%，同比上升0.3个百分点；细颗粒物（PM2.5）平均浓度为9微克/立方米，同比持平；臭氧日最大8小时平均浓度第90百分位数为98微克/立方米，同比下降4.9%。", indent="ideo"),
    P("二、各市县情况。19个市县（含洋浦经济开发区）中，有16个市县优良天数比例为100%。部分市县主要指标如下：", indent="ideo"),
    TABLE([["市县", "优良天数比例（%）", "PM2.5（μg/m³）", "综合指数", "排名"],
           ["五指山市", "100", "6", "1.62", "1"],
           ["琼中县", "100", "7", "1.71", "2"],
           ["三亚市", "100", "8", "1.88", "3"],
           ["海口市", "98.9", "10", "2.21", "17"],
           ["东方市", "97.8", "11", "2.35", "18"],
           ["洋浦经济开发区", "96.7", "13", "2.58", "19"]], wrap_p=True),
    P("三、工作要求。进入第四季度后，受静稳天气和外源输送影响，我省臭氧和细颗粒物污染风险上升。各地要加强秸秆焚烧巡查和扬尘管控，督促重点企业落实错峰生产，排名靠后的市县要认真分析原因，制定针对性整改措施，确保完成全年空气质量目标。", indent="ideo"),
    P("特此通报。", indent="ideo"),
    P("海南省生态环境厅", cls="rt"),
    P("2024年10月14日", cls="rt"),
]


def page():
    return f"""<body><div class="wrap">
<div class="logo">{gif("海南省生态环境厅")}海南省生态环境厅</div>
<table width="100%" class="menu" cellspacing="1"><tr><td><a href="#">首页</a></td><td><a href="#">机构设置</a></td><td><a href="#">政务公开</a></td><td><a href="#">环境质量</a></td><td><a href="#">办事服务</a></td><td><a href="#">公众参与</a></td><td><a href="#">无障碍</a></td></tr></table>
<div class="dqwz">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">通知公告</a></div>
<table width="100%"><tr><td class="bt">{TITLE_LINES[0]}</td></tr>
<tr><td class="sj">时间：{TIME}　来源：大气环境处　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="nr">
<p class="wh">琼环大气函〔2024〕67号</p>
{render(BODY)}
</td></tr>
<tr><td align="right">【<a href="#">打印</a>】【<a href="#">关闭</a>】&nbsp;&nbsp;</td></tr></table>
<table width="100%" class="db"><tr><td>版权所有：海南省生态环境厅　地址：海口市美兰区白龙南路45号　电话：0898-65236071<br>琼ICP备05000927号　琼公网安备 46010802000218号　网站标识码：4600000034<br>{gif("党政机关")}</td></tr></table>
</div></body>"""
