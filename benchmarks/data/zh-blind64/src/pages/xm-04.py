# 互助土族自治县人民政府 > 乡镇之窗 > 威远镇 (青海海东, 乡镇): an old ASP table
# page; date as 2025-5-8 16:20:05, 点击数; 撰稿 (the writer) and 审核 on one line
# at the end.
from kit import *

META = dict(
    id="xm-04", kind="government", lang="zh",
    title="威远镇开展“河湖清四乱”专项整治行动",
    authors=["韩玉梅"],
    publish_time="2025-5-8 16:20:05",
)
HTML_TITLE = "威远镇开展“河湖清四乱”专项整治行动--互助土族自治县人民政府"
CSS = """
body{margin:0;font-size:12px;font-family:宋体,SimSun;background:#d9e6f2}
a{color:#000;text-decoration:none}
table{border-collapse:collapse}
.tb{width:980px;margin:0 auto;background:#fff}
.topline td{background:#f0f0f0;height:24px;padding:0 8px}
.ban td{height:110px;background:#1f5f9f;color:#fff;font-size:30px;font-weight:bold;padding-left:30px}
.menu td{background:#134a80;height:30px;text-align:center}
.menu a{color:#fff;font-size:13px}
.loc td{height:28px;padding-left:10px;border-bottom:1px solid #c5d5e5;background:#eef3f9}
.tit{font-size:20px;font-weight:bold;color:#003366;text-align:center;padding:18px 0 6px}
.meta{text-align:center;color:#666;padding-bottom:8px;border-bottom:1px solid #ccc}
.con{font-size:14px;line-height:24px;padding:12px 30px}
.con p{margin:0 0 10px}
.bottom td{background:#1f5f9f;color:#fff;text-align:center;line-height:22px;padding:8px 0}
"""
TEMPLATE = f"""
<table class="tb" cellpadding="0" cellspacing="0">
<tr class="topline"><td>今天是：<span>2025年6月4日</span>&nbsp;&nbsp;&nbsp;&nbsp;<a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a></td></tr>
<tr class="ban"><td>{img("", 1002, 110)}互助土族自治县人民政府</td></tr>
<tr class="menu"><td><a href="#">首 页</a> | <a href="#">互助概况</a> | <a href="#">政务动态</a> | <a href="#">乡镇之窗</a> | <a href="#">信息公开</a> | <a href="#">招商引资</a> | <a href="#">旅游文化</a> | <a href="#">网上办事</a> | <a href="#">公众参与</a></td></tr>
<tr class="loc"><td>您当前的位置：<a href="#">网站首页</a>→<a href="#">乡镇之窗</a>→<a href="#">威远镇</a></td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td class="tit">@@TITLE@@</td></tr>
<tr><td class="meta">作者：威远镇&nbsp;&nbsp;&nbsp;&nbsp;来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;点击数：<font color="red">312</font>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：@@DATE@@</td></tr>
<tr><td class="con">
@@BODY@@
</td></tr>
<tr><td align="right" style="padding:6px 20px">【<a href="#">发表评论</a>】【<a href="#">告诉好友</a>】【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td style="padding:6px 20px">上一篇文章：<a href="#">威远镇召开2025年安全生产暨森林防火工作会议</a><br>下一篇文章：<a href="#">威远镇组织开展“世界读书日”主题阅读活动</a></td></tr>
</table>
</td></tr>
<tr class="bottom"><td>版权所有：互助土族自治县人民政府办公室&nbsp;&nbsp;技术支持：互助县信息中心<br>地址：青海省海东市互助县威远镇（县政府院内）&nbsp;&nbsp;电话：0972-8321234<br>青ICP备05000532号&nbsp;&nbsp;网站标识码：6302230002</td></tr>
</table>
"""
OPTS = dict(pstyle="indent", hstyle="strong")
BODY = """
p 为持续改善辖区河湖生态环境，巩固河湖长制工作成效，近日，威远镇组织镇河长办、派出所、各村“两委”干部及护河员50余人，在沙塘川河威远段开展“河湖清四乱”专项整治行动。
p 行动中，工作人员分组沿河岸逐段排查，重点清理河道内乱占、乱采、乱堆、乱建等问题，对河岸两侧堆放的建筑垃圾、生活垃圾和枯枝杂草进行集中清运，对私搭乱建的彩钢棚、围挡进行登记并限期拆除。
p 据统计，此次行动共出动人员160余人次、铲车和运输车辆12台次，清理河道8.5公里，清运各类垃圾36吨，拆除违规搭建3处，劝离河道内违规放牧人员5名。
p 同时，工作人员深入沿河村社和商户，通过发放宣传单、入户讲解等方式，向群众宣传《青海省河湖长制工作规定》和水污染防治相关知识，引导群众自觉爱护河湖环境，不向河道倾倒垃圾、排放污水，共发放宣传资料800余份。
p 下一步，威远镇将建立河湖问题“发现—交办—整改—销号”闭环机制，落实镇、村两级河长和护河员日常巡河制度，做到问题早发现、早处置，努力实现“河畅、水清、岸绿、景美”的目标。
x 撰稿：韩玉梅&nbsp;&nbsp;&nbsp;&nbsp;审核：马福林
"""
