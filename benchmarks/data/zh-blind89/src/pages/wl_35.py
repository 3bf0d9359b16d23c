# 电子报 · 地市党报 · 评论（2010 frame-like e-paper: 主题 + '——' 副题, byline '本报评论员' (no named writer → authors [])）
from lib import *

PAGE = dict(
    id="wl-35", kind="e-paper", lang="zh", site="秦东日报",
    title="安全生产没有“淡季”",
    authors=[],
    publish_time="2025-10-16",
    features=["2010-style e-paper with left 版面 column and right article", "commentary: 主题 + 副题 '——二论做好秋冬季安全生产工作' (title = 主题)",
              "byline '本报评论员' (no named writer: authors [])", "date '2025-10-16' in a '出版日期' cell",
              "版次 list 第01版…第08版, 本版标题 list", "footer"],
)

BLOCKS = [
    ("x", '<p class="by">本报评论员</p>'),
    ("p", "进入秋冬季，气温下降、天干物燥，用火用电用气明显增多，加之岁末年初企业赶工期、抢进度，安全生产面临的风险挑战增多。越是这个时候，越要绷紧安全生产这根弦，切不可有“歇歇脚、松口气”的想法。"),
    ("p", "安全生产没有“淡季”，更没有“休止符”。一些地方和企业之所以出事，往往不是输在看不见的风险上，而是输在看得见却没当回事的隐患上：消防通道被杂物堵塞，电动车在楼道里充电，动火作业不按规程审批……这些问题看似细小，一旦酿成事故，代价无法挽回。"),
    ("p", "做好秋冬季安全生产工作，关键在于把责任落到实处。各级各部门要坚持“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”，把隐患排查整治往深里做、往实里抓；企业要落实主体责任，把安全投入、安全培训、应急演练落到每一个岗位；每一名职工也要牢固树立安全意识，做到不伤害自己、不伤害他人、不被他人伤害。"),
    ("p", "安全是发展的前提，稳定是发展的保障。只有把功夫下在平时，把措施落在细处，才能守住安全底线，为全市经济社会发展营造稳定环境。"),
]

R = dict(p="<p>　　{}</p>")

CSS = """
body{margin:0;font-size:12px;font-family:宋体;background:#fff}table{border-collapse:collapse}
.head td{background:#c00;color:#fff;height:60px}.lm td{border-bottom:1px solid #eee;line-height:20px}
.zt{font-size:24px;font-weight:bold;text-align:center;font-family:黑体}.fbt{font-size:15px;text-align:center}.by{text-align:center;font-size:14px;font-family:楷体}
.nr{font-size:15px;line-height:27px}.bq td{text-align:center;color:#666;border-top:1px solid #c00}
"""


def render(P, body):
    bm = ["第01版：要闻", "第02版：评论", "第03版：综合", "第04版：县区", "第05版：经济", "第06版：社会", "第07版：文化", "第08版：华山副刊"]
    bbt = ["安全生产没有“淡季”", "让“最多跑一次”成为常态", "读者来信：小区路灯何时能亮", "渭河夜话：重阳话孝老"]
    return doc(P, CSS, f"""
<table width="990" align="center"><tr class="head"><td colspan="2">&nbsp;<b style="font-size:28px">秦东日报</b>&nbsp;&nbsp;&nbsp;电子版</td></tr>
<tr><td width="330" valign="top">
<table width="100%"><tr><td>出版日期：{P['publish_time']}</td></tr><tr><td>第02版：评论　<a href="#">上一版</a> <a href="#">下一版</a></td></tr>
<tr><td>{img("第02版版面", w=320, h=460)}</td></tr></table>
<table width="100%" class="lm"><tr><td><b>版面导航</b></td></tr>{"".join(f'<tr><td><a href="#">{b}</a></td></tr>' for b in bm)}</table>
<table width="100%" class="lm"><tr><td><b>本版标题</b></td></tr>{"".join(f'<tr><td><a href="#">{b}</a></td></tr>' for b in bbt)}</table>
</td>
<td valign="top" style="padding:10px 30px">
<table width="100%">
<tr><td class="zt">{P['title_html']}</td></tr>
<tr><td class="fbt">——二论做好秋冬季安全生产工作</td></tr>
<tr><td class="nr">
{body}
</td></tr></table>
</td></tr>
<tr class="bq"><td colspan="2">秦东日报社版权所有　陕ICP备06004512号</td></tr></table>
""")
