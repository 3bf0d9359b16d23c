from lib import *

PAGE = dict(
    id="xv-36", kind="institution", lang="zh",
    title="我校学生团队在全国大学生智能车竞赛中获一等奖",
    authors=["王悦"], publish_time="2025-04-10",
    doc_title="我校学生团队在全国大学生智能车竞赛中获一等奖-申海理工大学新闻网",
    css=INST,
)
CSS = """
.ainfo2{text-align:center;color:#888;font-size:13px;margin-bottom:22px;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
.credit{color:#888;font-size:13px;text-align:right}
"""

BODY = """
p 4月6日至8日，第十九届全国大学生智能车竞赛（华东赛区）在杭州举行。我校机械工程学院、电子信息与电气工程学院联合组建的“追光者”团队在“智能视觉组”比赛中获得一等奖，创造了我校参加该项赛事以来的最好成绩。
p 本届竞赛共吸引来自华东地区86所高校的420余支队伍参赛。“智能视觉组”要求参赛车模在未知赛道上自主识别各类元素，完成目标识别、路径规划和避障等任务，比拼的是算法的准确性和车模的综合性能。
p 比赛中，“追光者”团队凭借稳定的识别算法和精细的控制策略，以全场第三的成绩晋级决赛。团队队长、机械工程学院2022级本科生刘子墨说：“从去年10月开始准备，我们调试了上千次，赛道上的每一个弯道都反复测试过。”
p 团队指导教师、电子信息与电气工程学院副教授孙涛介绍，学校近年来持续推进“以赛促学、以赛促教”，依托工程训练中心建设了智能车创新实验室，为学生提供全天候开放的训练场地和技术支持。
p 据悉，团队将代表华东赛区参加今年8月举行的全国总决赛。
"""


def page(body):
    return f"""
<div class="ihead"><div class="w"><div class="iname">{img("校徽", 60, 60)} 申海理工大学新闻网</div><div><a href="#">学校主页</a> | <a href="#">English</a> | {search("搜索")}</div></div></div>
<div class="inav"><div class="w"><a href="#">首页</a><a href="#">综合新闻</a><a href="#">学术动态</a><a href="#">院系风采</a><a href="#">校园生活</a><a href="#">媒体申理</a><a href="#">图说申理</a></div></div>
<div class="w ibody">
<div class="ileft"><h3>综合新闻</h3>{ul(["学校要闻","教学科研","合作交流","学生工作"])}</div>
<div class="iright">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">综合新闻</a> &gt; 正文</div>
<h1 class="atitle">我校学生团队在全国大学生智能车竞赛中获一等奖</h1>
<div class="ainfo2">发布时间：2025-04-10　　浏览次数：1532　　来源：机械工程学院</div>
<div class="acontent">
{body}
</div>
<p class="credit">文：宣传部 王悦　图：李响　责任编辑：周楠　审核：陈静</p>
<p>上一条：<a href="#">学校召开2025年本科教学工作会议</a></p>
<p>下一条：<a href="#">我校举办第十二届校园科技节</a></p>
</div></div>
<div class="ifoot"><p>版权所有 © 申海理工大学 党委宣传部</p><p>地址：上海市杨浦区xx路516号　邮编：200093</p><p>沪ICP备05012287号　沪公网安备31011002000518号</p></div>
"""
