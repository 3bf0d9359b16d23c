from blocks import *
from furniture import *

ID, KIND, LANG = "xn-32", "e-paper", "zh"
SITE = "桂北日报电子版（地市级日报，2012年式表格布局）"
DOC_TITLE = "桂北日报--第03版：桂林新闻"
TITLE = "漓江沿岸42个村庄用上“自来水”"
AUTHORS = ["秦丽华", "阳明"]
PUBLISH_TIME = "2012-10-17 星期三"
FEATURES = ("old e-paper in nested tables; 引题 above and a 主题 printed on two lines (<br>) joined without a space; "
            "byline line 记者　秦丽华　通讯员　阳明 with U+3000 spacing; Word paste: all paragraphs in ONE <p> "
            "hard-broken with <br> every 30–40 characters; 版次 select and 本版导航 list; date 2012-10-17 星期三 in the top bar (weekday kept).")

CSS = """
body{margin:0;font:12px/1.7 SimSun;background:#fff}
table{border-collapse:collapse}
.topbar{background:#2a4d8f;color:#fff;padding:4px}
.topbar a{color:#fff}
.ytt{font-size:14px;text-align:center;color:#333}
.ztt{font-size:24px;font-weight:bold;text-align:center;font-family:"黑体";line-height:1.4}
.byl{text-align:center;font-size:14px}
.cont{font-size:14px;line-height:2}
.left{width:360px;vertical-align:top;background:#eef2f8}
.right{vertical-align:top;padding:10px 20px}
"""

BODY = [
    BRP([
        "本报讯 10月15日，随着阳朔县兴坪镇渔村供水工程正式通水，漓江沿岸最后一批村庄告别了饮用山泉水、井水的历史。至此，我市今年实施的漓江沿岸农村饮水安全工程全部完工，42个村庄、3.1万余名群众用上了干净卫生的“自来水”。",
        "漓江沿岸村庄大多依山傍水，过去村民主要饮用山泉水和浅层井水，雨季水质浑浊，旱季水量不足。今年以来，市水利部门将漓江沿岸农村饮水安全工程列为为民办实事项目，共投入资金5600万元，新建集中供水工程18处，铺设供水管网260余公里。",
        "在兴坪镇渔村，村民赵大爷打开水龙头，清澈的自来水哗哗流出。“以前挑水要走半里路，现在在家里就能用上干净水，做梦都没想到。”赵大爷笑着说。",
        "据市水利局介绍，为确保工程建得好、管得住，各供水工程均配备了水质净化消毒设施，并明确了管护主体和管护人员。下一步，我市将继续推进农村饮水安全巩固提升工程，力争到2015年基本解决全市农村饮水安全问题。",
    ], cls="cont"),
]


def page(body):
    return f"""<body>
<table width="1000" align="center"><tr><td colspan="2" class="topbar">桂北日报　{PUBLISH_TIME}　<a href="#">首页</a> | <a href="#">往期回顾</a> | <a href="#">桂北日报网</a></td></tr>
<tr><td class="left">
<img alt="第03版版面缩略图"><br>
版次：<select><option>第03版：桂林新闻</option><option>第01版：要闻</option><option>第02版：综合</option></select><br>
<a href="#">上一版</a>　<a href="#">下一版</a><br>
<b>本版导航</b><br>
<a href="#">漓江沿岸42个村庄用上“自来水”</a><br>
<a href="#">市区新增公交线路3条</a><br>
<a href="#">临桂新区行政中心主体完工</a><br>
<a href="#">秋季森林防火工作部署会召开</a>
</td><td class="right">
<table width="100%"><tr><td class="ytt">为民办实事项目全部完工</td></tr>
<tr><td class="ztt">漓江沿岸42个村庄<br>用上“自来水”</td></tr>
<tr><td class="byl">记者　秦丽华　通讯员　阳明</td></tr>
<tr><td>
{body}
</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center">桂北日报社 版权所有　地址：桂林市中华路7号　电话：0773-2882100　桂ICP备05001624号</td></tr></table>
</body>"""
