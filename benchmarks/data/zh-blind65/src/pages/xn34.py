from blocks import *
from furniture import *

ID, KIND, LANG = "xn-34", "e-paper", "zh"
SITE = "钦北晨报电子版（钦州市级都市报，双栏表格）"
DOC_TITLE = "钦北晨报电子版"
TITLE = "三娘湾白海豚观测季迎来“大家庭”"
AUTHORS = ["梁海燕"]
PUBLISH_TIME = "2020年8月5日 星期三"
FEATURES = ("two columns side by side in one table row: the left cell is the 版次 menu and 本版标题 list, the "
            "right cell the article, all inline text with <br>, so the copy runs the last sidebar line and the "
            "引题 together on one line; the 主题 follows on its own line; byline 记者 梁海燕 at the END of the "
            "text on its own line; unpadded date 2020年8月5日 星期三 in the masthead cell (weekday kept).")

CSS = """
body{margin:0;font:13px/1.8 SimSun}
.mh{background:#004c97;color:#fff;padding:6px 20px}
.mh b{font-size:26px}
table.two{width:980px;margin:0 auto;border-collapse:collapse}
td.l{width:250px;vertical-align:top;background:#f2f6fb;padding:8px}
td.r{vertical-align:top;padding:8px 20px;font-size:15px;line-height:2}
.z{font-size:22px;font-weight:bold;font-family:"黑体"}
.foot{text-align:center;color:#777;padding:10px}
"""

PARAS = [
    "每年7月至9月，是钦州三娘湾观测中华白海豚的最佳季节。记者8月3日从三娘湾海洋生物保护区了解到，今年观测季以来，工作人员已累计记录到白海豚出没120余次，其中一次观测到的群体多达36头，还发现了至少5头新生幼豚。",
    "“白海豚对水质和环境非常敏感，幼豚数量增加，说明这片海域的生态环境越来越好。”保护区工作人员黎志坚介绍，近年来当地实施了渔船改造、近岸养殖清理和入海排污口整治，海水水质持续保持在二类以上。",
    "中华白海豚是国家一级保护动物，素有“海上大熊猫”之称。据保护区统计，目前在三娘湾及周边海域活动的白海豚种群数量已超过300头，是我国中华白海豚的重要栖息地之一。",
    "观测季期间，三娘湾景区推出了白海豚科普展和观豚船游览项目。景区提醒游客，观豚时船只须与豚群保持50米以上距离，不得投喂、追逐或大声喧哗。",
]

BODY = [
    G("<br>\n".join(IND + p for p in PARAS), PARAS),
]


def page(body):
    return f"""<body>
<div class="mh"><b>钦北晨报</b>　{PUBLISH_TIME}　第A05版：钦州·社会</div>
<table class="two"><tr><td class="l">
<a href="#">A01 要闻</a><br><a href="#">A02 时事</a><br><a href="#">A05 钦州·社会</a><br><a href="#">A08 体育</a><br>
<b>本版标题</b><br>
· <a href="#">三娘湾白海豚观测季迎来“大家庭”</a><br>
· <a href="#">钦州港新增2条外贸航线</a><br>
· <a href="#">暑期防溺水，这些知识要记牢</a></td><td class="r">保护区海域生态持续向好<br>
<span class="z">{TITLE}</span><br>
{body}<br>
记者 梁海燕</td></tr></table>
<div class="foot">钦北晨报社 版权所有　桂ICP备08003185号<br><a href="#">上一版</a> | <a href="#">下一版</a> | <a href="#">往期查询</a></div>
</body>"""
