# 陇东日报 数字报 (甘肃庆阳, city paper e-paper), 2012 table layout: the issue
# date bar (with weekday) on top, 版次 line, 引题 + 主题, byline on its own line,
# 本版标题 list after the article.
from kit import *

META = dict(
    id="xm-32", kind="e-paper", lang="zh",
    title="庆阳280万亩冬小麦长势良好",
    authors=["刘亚军", "张丽"],
    publish_time="2025年5月20日 星期二",
)
HTML_TITLE = "陇东日报数字报"
CSS = """
body{margin:0;background:#5c6f7e;font-size:12px;font-family:宋体,SimSun}
a{color:#000;text-decoration:none}
table{border-collapse:collapse}
.main{width:1000px;margin:0 auto;background:#fff}
.top td{height:60px;background:#f4f4f4;border-bottom:2px solid #1a4d7a}
.paper{font-size:28px;font-weight:bold;color:#1a4d7a;padding-left:16px;font-family:"Microsoft YaHei"}
.date{font-size:14px;text-align:right;padding-right:16px}
.bm td{height:26px;background:#e6eef6;padding-left:10px}
.yt{font-size:15px;text-align:center;padding-top:16px}
.tt{font-size:26px;font-weight:bold;text-align:center;font-family:黑体,SimHei;padding:6px 0}
.au{text-align:center;font-size:13px;padding-bottom:10px}
.con{font-size:15px;line-height:26px;padding:0 30px}
.con p{margin:0 0 8px}
.list td{padding:2px 10px}
.foot td{background:#1a4d7a;color:#fff;text-align:center;height:40px}
"""
TEMPLATE = f"""
<table class="main" cellpadding="0" cellspacing="0">
<tr class="top"><td class="paper">陇东日报</td><td class="date">@@DATE@@　<a href="#">往期查阅</a></td></tr>
<tr class="bm"><td colspan="2">第A2版：综合新闻　　<a href="#">上一版</a>　<a href="#">下一版</a>　　<a href="#">第A1版：要闻</a>　<a href="#">第A3版：区县</a>　<a href="#">第A4版：副刊</a></td></tr>
<tr><td colspan="2">
<table width="100%">
<tr><td class="yt">“一喷三防”覆盖率达95%以上</td></tr>
<tr><td class="tt">@@TITLE@@</td></tr>
<tr><td class="au">本报记者　刘亚军　通讯员　张　丽</td></tr>
<tr><td class="con">
@@BODY@@
</td></tr>
</table>
</td></tr>
<tr><td colspan="2" style="padding:10px">
<table class="list" width="100%">
<tr><td><b>本版标题</b></td></tr>
<tr><td>·<a href="#">庆阳280万亩冬小麦长势良好</a></td></tr>
<tr><td>·<a href="#">我市开展汛前地质灾害隐患排查</a></td></tr>
<tr><td>·<a href="#">环县羊产业产值突破百亿元</a></td></tr>
<tr><td>·<a href="#">西峰区新建5处城市书房</a></td></tr>
<tr><td>·<a href="#">庆阳市第三届职工技能大赛开赛</a></td></tr>
</table>
</td></tr>
<tr class="foot"><td colspan="2">陇东日报社主办　版权所有　甘ICP备08001456号<br>地址：甘肃省庆阳市西峰区　电话：0934-8212345</td></tr>
</table>
"""
OPTS = dict(pstyle="indent", hstyle="strong")
BODY = """
p 眼下，我市280万亩冬小麦陆续进入灌浆期，田间麦浪翻滚、长势喜人。5月19日，记者从市农业农村局了解到，今年全市冬小麦播种面积280.6万亩，较上年增加3.2万亩，苗情总体好于上年。
p 在镇原县屯字镇的万亩小麦示范田里，植保无人机正在进行“一喷三防”作业。“一喷三防”是指在小麦生长后期，将杀虫剂、杀菌剂和叶面肥等混合喷施，达到防病虫、防干热风、防早衰的目的。镇原县农技中心技术人员介绍，今年全县组织植保无人机120余架，开展统防统治作业，作业效率是人工的40倍以上。
p 今年以来，我市先后遭遇倒春寒和阶段性干旱，市农业农村局组织农技人员深入田间地头，指导群众适时镇压保墒、追施返青肥，及时开展条锈病、蚜虫等病虫害监测防控。目前，全市“一喷三防”覆盖率已达95%以上，条锈病发生程度明显轻于常年。
p 据农业部门预测，如后期不出现大的灾害性天气，今年全市冬小麦平均亩产有望达到230公斤以上，总产量较上年增长5%左右。
p 市农业农村局提醒，各地要密切关注天气变化，提前做好收获机械检修调度和烘干设施准备，确保颗粒归仓。
"""
