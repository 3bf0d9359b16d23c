from lib import *

NOTES = "City daily site (Guangdong), 2012 table layout still in use: headline in a table cell, info row of bracketed fields 【作者：…】【来源：…】【时间：…】【点击数：】 (publish_time without brackets and label), body of <br>-separated lines with U+3000 indents inside one cell, 本报讯（记者 … 通讯员 …） in the first line (stays in it), 【打印此文】【关闭窗口】, 相关文章 table, old footer."

META = dict(id="xy-22", kind="media", lang="zh",
            title="霞山区完成首批30台老旧电梯更新改造",
            authors=["陈锦华", "冯晓玲"],
            publish_time="2025-06-12 09:31")

DOCTYPE = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
HEAD_TITLE = "霞山区完成首批30台老旧电梯更新改造--港城日报网"

CSS = """
body{margin:0;background:#cfd8dc;font-size:12px;font-family:宋体,SimSun}
td{font-size:12px}
.mainTable{background:#fff}
.logoTd{background:#01579b;height:90px;color:#fff;font-size:30px;font-family:黑体;padding-left:20px}
.navTd{background:#0277bd;height:28px;text-align:center}
.navTd a{color:#fff;font-size:14px;margin:0 10px;text-decoration:none}
.posTd{height:24px;border-bottom:1px solid #90a4ae;padding-left:8px}
.artTitle{font-size:22px;font-weight:bold;color:#01579b;text-align:center;padding:16px 10px 8px;font-family:黑体}
.artInfo{text-align:center;color:#555;padding-bottom:8px}
.artBody{font-size:14px;line-height:26px;padding:10px 30px}
.sideTd{background:#eceff1;vertical-align:top;padding:6px;width:230px}
.sideTd .t{background:#01579b;color:#fff;padding:3px 6px;font-weight:bold}
.footTd{background:#01579b;color:#e1f5fe;text-align:center;line-height:20px;padding:8px}
"""

_T_OPEN = "\u3000\u3000"

R = {
    "P": lambda t, kw: f"{_T_OPEN}{t}<br><br>",
    "IMG": lambda a, kw: f'<center>{img(a, w=500, h=330)}<br>{kw["cap"]}</center><br>',
}

BLOCKS = [
    P("本报讯（记者 陈锦华 通讯员 冯晓玲）6月10日，随着霞山区海滨街道一栋住宅楼的新电梯通过检验投入使用，霞山区首批30台老旧电梯更新改造项目全部完成。"),
    P("这批电梯均为使用年限超过15年的住宅电梯，主要分布在海滨、爱国、解放等街道的老旧小区，普遍存在故障率高、配件难找、平层不准等问题。去年以来，霞山区将老旧电梯更新改造列入民生实事，采取“政府补一点、维修资金出一点、业主筹一点”的方式筹集资金，每台电梯最高补助15万元。"),
    IMG("新电梯", cap="海滨街道一栋住宅楼更新后的电梯"),
    P("“以前电梯三天两头坏，我腿脚不好，只能在家干等。现在换了新电梯，又快又稳。”家住海滨街道的李阿婆说。"),
    P("为了保证施工期间居民出行，各街道社区提前做好入户沟通，合理安排工期，单台电梯更新平均用时约25天。区市场监管局全程跟进，对新装电梯逐台进行监督检验。"),
    P("据了解，霞山区今年还将启动第二批40台老旧电梯更新改造，同时推广电梯“物联网+维保”模式，对电梯运行状态实时监测，提前发现和处置故障隐患。"),
]


def frame(M, body):
    return f"""<body>
<table class="mainTable" width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="logoTd" colspan="2">港城日报网</td></tr>
<tr><td class="navTd" colspan="2"><a href="#">首页</a>|<a href="#">湛江新闻</a>|<a href="#">区县新闻</a>|<a href="#">社会民生</a>|<a href="#">港城论坛</a>|<a href="#">电子报</a>|<a href="#">图片</a></td></tr>
<tr><td class="posTd" colspan="2">您的位置：<a href="#">港城日报网</a> &gt;&gt; <a href="#">湛江新闻</a> &gt;&gt; 正文</td></tr>
<tr><td valign="top">
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td class="artTitle">{M["title"]}</td></tr>
<tr><td class="artInfo">【作者：陈锦华 冯晓玲】【来源：港城日报】【时间：{M["publish_time"]}】【点击数：426】</td></tr>
<tr><td><hr size="1" color="#90a4ae"></td></tr>
<tr><td class="artBody">
{body}
</td></tr>
<tr><td align="right" style="padding:6px 20px">【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td style="padding:6px 20px"><b>相关文章：</b><br>
<a href="#">·赤坎区启动老旧小区加装电梯“一站式”审批</a><br>
<a href="#">·我市开展电梯安全专项检查</a></td></tr>
</table>
</td>
<td class="sideTd">
<div class="t">热点新闻</div>
<a href="#">·湛江港30万吨级航道工程通过验收</a><br>
<a href="#">·雷州半岛菠萝收购价回升</a><br>
<a href="#">·湛江西站至市区公交专线开通</a>
</td></tr>
<tr><td class="footTd" colspan="2">港城日报社主办　版权所有 不得转载<br>粤ICP备06050217号　新闻热线：0759-3381122</td></tr>
</table>
</body>"""
