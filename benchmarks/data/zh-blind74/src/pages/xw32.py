# 浙中日报 电子版 -- 2012 table e-paper: 版面图 on the left, article on the right, 主题 + 副题 in one title cell, 本报讯 记者 in the first paragraph
from lib import *

META = dict(
    id="xw-32", kind="e-paper", lang="zh",
    title="金义新区首批“共享员工”上岗",
    authors=["叶凌峰"],
    publish_time="2025-04-23",
)

BODY = [
    P("本报讯 记者 叶凌峰　4月22日一早，在金义新区一家汽车零部件企业的生产车间里，36名来自相邻服装企业的员工换上工装，开始了为期两个月的“借调”工作。这是金义新区搭建“共享员工”平台以来，首批成功对接上岗的员工。"),
    P("今年以来，受订单季节性波动影响，新区部分企业出现“忙闲不均”现象：一些汽配、电子企业订单饱满，急需用工；一些服装、日用品企业进入淡季，员工相对富余。为此，新区人力社保部门牵头搭建“共享员工”信息平台，对企业用工缺口和富余人员进行动态摸底和精准匹配。"),
    P("“员工的劳动关系不变，还是我们公司的人，工资由用工企业按约定标准支付，社保照常缴纳。”输出企业人事负责人吴丽红介绍，这次借调的员工每月收入比淡季待岗时高出1500元左右，企业也减轻了淡季的人工成本压力。"),
    P("据了解，平台已登记用工需求企业23家、富余员工企业11家，下一步将完善岗前培训、安全保障和权益维护等配套机制，推动“共享员工”常态化运行。"),
]

STYLE = dict(p="<p>　　{}</p>")

CSS = """
body{margin:0;background:#fff;font-size:12px;font-family:宋体}
.zz_head td{background:#004b87;color:#fff}
.zz_bar td{background:#dfe9f3;height:26px}
.zz_page{border:1px solid #9bb7d4}
.zz_title{font-size:22px;font-weight:bold;text-align:center;font-family:黑体;line-height:34px}
.zz_subtitle{font-size:15px;text-align:center;color:#333;line-height:26px}
.zz_content{font-size:14px;line-height:24px;padding:6px 14px}
.zz_list td{border-bottom:1px dotted #aaa;height:22px}
.zz_foot{color:#555;text-align:center;line-height:20px;border-top:1px solid #004b87}
"""


def page(body):
    m = META
    return f"""
<table width="1002" align="center" cellpadding="0" cellspacing="0" class="zz_head">
<tr><td width="300" height="70">{img("浙中日报", 260, 60)}</td><td align="center">浙中日报　电子版</td><td align="right">{m['publish_time']}&nbsp;&nbsp;</td></tr>
</table>
<table width="1002" align="center" cellpadding="0" cellspacing="0" class="zz_bar">
<tr><td>&nbsp;<a href="#">浙中新闻网</a> | <a href="#">浙中晚报</a> | <a href="#">过往期刊</a> | <a href="#">PDF版</a></td><td align="right">第03版：综合新闻&nbsp;&nbsp;<a href="#">上一版</a>&nbsp;<a href="#">下一版</a>&nbsp;</td></tr>
</table>
<table width="1002" align="center" cellpadding="0" cellspacing="6">
<tr>
<td width="360" valign="top" class="zz_page">
{img("第03版：综合新闻 版面图", 350, 500)}
<table width="100%" class="zz_list" cellspacing="0">
<tr><td><b>版面导航</b></td><td></td></tr>
<tr><td><a href="#">01：要闻</a></td><td><a href="#">02：要闻</a></td></tr>
<tr><td><a href="#">03：综合新闻</a></td><td><a href="#">04：县市新闻</a></td></tr>
<tr><td><a href="#">05：民生</a></td><td><a href="#">06：专版</a></td></tr>
<tr><td><a href="#">07：文体</a></td><td><a href="#">08：广告</a></td></tr>
</table>
</td>
<td valign="top">
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td class="zz_title">{m['title']}</td></tr>
<tr><td class="zz_subtitle">36名服装企业员工“借调”到汽配企业</td></tr>
<tr><td height="12"></td></tr>
<tr><td class="zz_content">
{body}
</td></tr>
</table>
<table width="100%" class="zz_list" cellspacing="0">
<tr><td><b>本版新闻</b></td></tr>
<tr><td>·<a href="#">金义新区首批“共享员工”上岗</a></td></tr>
<tr><td>·<a href="#">义乌小商品城一季度成交额增长超两成</a></td></tr>
<tr><td>·<a href="#">婺城区完成首批高标准农田验收</a></td></tr>
<tr><td>·<a href="#">东阳木雕进校园 非遗传承有新人</a></td></tr>
</table>
</td>
</tr>
</table>
<table width="1002" align="center" class="zz_foot"><tr><td>
浙中日报社 版权所有　本网站所有内容未经许可不得转载<br>
浙ICP备05001387号　技术支持：浙中新闻网
</td></tr></table>
"""
