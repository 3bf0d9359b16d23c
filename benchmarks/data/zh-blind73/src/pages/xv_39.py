from lib import *

PAGE = dict(
    id="xv-39", kind="institution", lang="zh",
    title="关于举办2025年北京市社区健身气功展示交流活动的通知",
    authors=[], publish_time="2025-05-28",
    doc_title="关于举办2025年北京市社区健身气功展示交流活动的通知 - 北京市社区体育协会",
    css=INST,
)
CSS = """
.ihead{background:#b3261e}
.inav{background:#8f1d17}
.ileft h3{background:#b3261e}
.pos{border-bottom-color:#b3261e}
.atitle{color:#8f1d17}
.wh{color:#666}
"""

BODY = """
wh 京社体协字〔2025〕12号
main 各区社区体育协会、各会员单位：
p 为深入开展全民健身活动，展示社区健身气功普及成果，经研究，定于2025年7月在北京市举办2025年北京市社区健身气功展示交流活动。现将有关事项通知如下：
h 一、活动时间和地点
p 2025年7月12日（星期六）上午9:00，北京市朝阳区某体育中心综合馆。
h 二、参加单位及人数
p 各区社区体育协会可组织1至2支队伍参加，每队8至16人，另设领队、教练员各1名。参加人员须身体健康，年龄在40周岁以上。
h 三、展示项目
li 1.健身气功·八段锦
li 2.健身气功·五禽戏
li 3.健身气功·易筋经
li 4.自编健身气功功法（时长不超过6分钟）
h 四、报名办法
p 请各单位于2025年6月20日前将报名表（见附件）加盖公章后的扫描件发送至电子邮箱bjsqtyxh@example.org.cn，逾期不予受理。
p 联系人：宋老师，联系电话：010-6713xx45。
h 五、其他事项
p 参加人员的交通、食宿等费用自理。请各参加单位为参加人员办理活动期间的人身意外伤害保险。活动具体安排另行通知。
sign 北京市社区体育协会
date 2025年5月27日
"""


def page(body):
    return f"""
<div class="ihead"><div class="w"><div class="iname">北京市社区体育协会</div><div>{search("站内搜索")}</div></div></div>
<div class="inav"><div class="w"><a href="#">首页</a><a href="#">协会概况</a><a href="#">通知公告</a><a href="#">活动动态</a><a href="#">会员之家</a><a href="#">健身指导</a><a href="#">联系我们</a></div></div>
<div class="w ibody">
<div class="ileft"><h3>通知公告</h3>{dated_list([("关于开展2025年社会体育指导员培训的通知","06-05"),("关于举办2025年北京市社区健身气功展示交流活动的通知","05-28"),("2025年会员单位年检结果公示","05-16"),("关于召开第三届会员代表大会第二次会议的通知","04-22")], "rel")}</div>
<div class="iright">
<div class="pos">首页 &gt; 通知公告</div>
<h1 class="atitle">关于举办2025年北京市社区健身气功展示交流活动的通知</h1>
<div class="ainfo"><span>发布日期：2025-05-28</span><span>发布人：秘书处</span><span>点击数：642</span></div>
<div class="acontent">
{body}
</div>
<p>附件：<a href="#">2025年北京市社区健身气功展示交流活动报名表.docx</a></p>
</div></div>
<div class="ifoot"><p>北京市社区体育协会 版权所有　地址：北京市东城区xx街6号</p><p>京ICP备16021733号-1</p></div>
"""
