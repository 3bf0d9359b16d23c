from lib import *

PAGE = dict(
    id="xv-34", kind="e-paper", lang="zh",
    title="成德眉资“同城化”再提速",
    authors=["邓明", "徐佳"], publish_time="2025-01-15",
    doc_title="蜀川日报-数字报刊平台",
    css=EPAPER,
)
CSS = """
.ep-top{background:#a01818}
.zhu{font-size:30px;line-height:1.35}
.auth-ep{text-align:center;color:#333}
.dateline{color:#888}
"""
FMT = {"h": '<p style="text-indent:0;color:#a01818"><b>{}</b></p>'}

BODY = """
p 1月14日，成都都市圈建设推进会在成都召开。记者从会上获悉，2024年成德眉资四市共同推进的标志性项目完成投资1860亿元，今年将重点推进交通、产业、公共服务等领域的60个重大项目，推动都市圈“同城化”再提速。
h 通勤圈：“轨道上的都市圈”加快成形
p 去年，成都至眉山、资阳的市域（郊）铁路实现公交化运营，四市间日均开行列车超过180对。今年，成德S11线将全面进入铺轨阶段，天府国际机场至资阳的快速通道也将开工建设。到2025年底，都市圈内主要城市间将基本实现“1小时通达”。
h 产业圈：共建产业生态
p 四市将围绕电子信息、装备制造、医药健康等产业，共同编制产业链图谱，推动“研发在成都、制造在德眉资”的分工协作。去年，德阳、眉山、资阳承接成都产业转移项目共计127个。
h 生活圈：公共服务“一卡通”
p 从今年起，四市居民可在都市圈内凭社保卡乘坐公交地铁、借阅图书、就医结算。异地就医直接结算的定点医疗机构已扩大到1200余家，四市之间的公积金也实现了互认互贷。
p 与会人员表示，成都都市圈是四川最具发展潜力的区域，将以更大力度破除行政壁垒，让群众在同城化发展中有更多获得感。
"""


def page(body):
    return f"""
<div class="ep-top"><div class="w"><div class="ep-name">蜀川日报</div><div>{search("全文检索")}</div></div></div>
<div class="ep-bar"><div class="w">
<a href="#">◀上一版</a> 第6版：区域经济 <a href="#">下一版▶</a>　|　<span class="dateline">2025-01-15</span>　|　<a href="#">往期</a><a href="#">PDF</a></div></div>
<div class="w ep-main">
<div class="ep-left"><div class="ep-page">{img("版面缩略图", 400, 540)}</div>
<h4>版面目录</h4>{ul(["1 要闻","2 要闻","3 综合","4 政经","5 市州","6 区域经济","7 文化","8 广告"], "titlelist")}</div>
<div class="ep-right">
<p class="yin">今年将推进交通、产业、公共服务等领域60个重大项目</p>
<h1 class="zhu">成德眉资<br>“同城化”再提速</h1>
<p class="auth-ep">□本报记者　邓&nbsp;&nbsp;明　徐&nbsp;&nbsp;佳</p>
<div class="ep-text">
{body}
</div>
<h4>本版其他文章</h4>
{ul(["德阳装备制造业产值突破3000亿元","眉山天府新区片区新开工项目32个","资阳临空经济区规划获批"], "titlelist")}
</div>
</div>
<div class="ep-foot">蜀川日报社主办　版权所有　蜀ICP备06011832号</div>
"""
