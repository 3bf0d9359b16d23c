from lib import *

ID = "xh-32"
KIND = "e-paper"
LANG = "zh"
FEATURES = ("provincial daily e-paper (湖南日报) in a 2012-style nested-table layout: 版次 <select> and a 版面导航 table "
            "of pages, 引题 over a 主题 printed on two lines (joined with no space); byline inside the first paragraph "
            "'湖南日报·新湖南客户端10月8日讯（记者 刘勇 通讯员 肖湘）'; info cell '湖南日报 2024-10-09 第04版：要闻'; "
            "本版新闻 list; 【字体】 and 返回目录")
HEAD_TITLE = "湖南日报 数字报刊"
TITLE_LINES = ["株洲轨道交通装备产业集群", "产值突破1700亿元"]
AUTHORS = ["刘勇", "肖湘"]
TIME = "2024-10-09"

CSS = """
body{margin:0;background:#d9d9d9;font-size:12px;font-family:宋体}
table{border-collapse:collapse}
.mast{background:#fff;border-bottom:3px double #a00}
.mast .n{font:bold 34px 华文行楷,KaiTi;color:#a00}
.bmdh td{border-bottom:1px solid #ccc;padding:2px 6px}
.yt{font-size:15px;text-align:center;color:#333;padding-top:16px}
.zt{font:bold 26px 黑体;text-align:center;color:#000;line-height:38px}
.info{text-align:center;color:#666;padding:6px;border-bottom:1px solid #ddd}
.nr{font-size:15px;line-height:27px;padding:10px 26px}
.nr p{margin:0 0 8px}
.xw td{padding:3px;border-bottom:1px dashed #ccc}
.foot{text-align:center;color:#666;line-height:20px}
"""

BODY = [
    P("湖南日报·新湖南客户端10月8日讯（记者 刘勇 通讯员 肖湘）记者今天从株洲市工信局获悉，今年1至9月，株洲轨道交通装备产业集群实现产值1712亿元，同比增长9.6%，提前一个季度突破1700亿元。", indent="ideo"),
    P("株洲是我国轨道交通装备的重要研发制造基地，集聚了整车制造、核心部件、配套产品等上下游企业400余家，产品覆盖电力机车、城轨车辆、磁浮列车等领域，远销全球70多个国家和地区，电力机车全球市场占有率居于前列。", indent="ideo"),
    P("今年以来，产业集群的新增长点不断涌现。株洲企业研制的新一代智轨列车在多个海外城市投入运营，中低速磁浮列车订单同比增长两成，轨道交通大功率IGBT芯片年产能达到60万片。与此同时，集群内企业加快“走出去”步伐，前三季度海外新签订单金额同比增长32%。", indent="ideo"),
    P("为稳固产业优势，株洲实施“链长制”，由市级领导牵头为重点企业协调解决用地、融资、人才等问题，并设立总规模50亿元的产业发展基金。株洲市工信局相关负责人表示，全市正加快推进轨道交通装备产业向智能化、绿色化升级，力争到2025年集群产值突破2000亿元。", indent="ideo"),
]


def page():
    return f"""<body>
<table width="1000" align="center" class="mast"><tr><td width="300" class="n">{gif("湖南日报")}湖南日报</td><td>2024年10月9日 星期三　　<a href="#">往期回顾</a> | <a href="#">新湖南</a> | <a href="#">湖南日报网</a></td>
<td align="right">版次：<select><option>第04版：要闻</option><option>第01版：要闻</option></select></td></tr></table>
<table width="1000" align="center" bgcolor="#ffffff"><tr>
<td width="250" valign="top">
<table width="100%" class="bmdh"><tr><td bgcolor="#a00"><font color="#fff"><b>版面导航</b></font></td></tr>
<tr><td><a href="#">第01版：要闻</a></td></tr><tr><td><a href="#">第02版：要闻</a></td></tr><tr><td><a href="#">第03版：要闻</a></td></tr><tr><td><a href="#">第04版：要闻</a></td></tr><tr><td><a href="#">第05版：经济</a></td></tr><tr><td><a href="#">第06版：综合</a></td></tr></table>
<p>{gif("版面缩略图")}</p><p><a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">PDF版</a></p>
</td>
<td valign="top">
<table width="100%">
<tr><td class="yt">前三季度同比增长9.6%，提前一季度跨过目标线</td></tr>
<tr><td class="zt">{TITLE_LINES[0]}<br>{TITLE_LINES[1]}</td></tr>
<tr><td class="info">湖南日报　{TIME}　第04版：要闻　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="nr">
{render(BODY)}
</td></tr>
<tr><td align="right"><a href="#">返回目录</a>　<a href="#">上一篇</a>　<a href="#">下一篇</a></td></tr>
</table>
<table width="100%" class="xw"><tr><td><b>本版新闻</b></td></tr>
<tr><td><a href="#">全省工业经济稳中有进</a></td></tr>
<tr><td><a href="#">株洲轨道交通装备产业集群产值突破1700亿元</a></td></tr>
<tr><td><a href="#">湘江新区低空经济产业园开园</a></td></tr></table>
</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td>湖南日报社主办　版权所有 不得转载　湘ICP备05003006号</td></tr></table>
</body>"""
