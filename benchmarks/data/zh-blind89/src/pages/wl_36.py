# 机构 · 上海 高校新闻网（2022 design: 来源/发布时间/浏览次数 row, closing credits 文/图/编辑/审核 with a minority name）
from lib import *

PAGE = dict(
    id="wl-36", kind="institution", lang="zh", site="申城理工大学新闻网",
    title="第十届“创青春”创新创业大赛校赛决赛举行",
    authors=["古丽米热·阿卜杜拉"],
    publish_time="2025-10-17",
    features=["university news site (2022)", "closing credits '文：古丽米热·阿卜杜拉　图：韩笑　编辑：周婕　审核：王立新' (minority name keeps the middle dot; 图/编辑/审核 not authors)",
              "info row of three spans that copy glued: '来源：校团委发布时间：2025-10-17浏览次数：1532'", "table of award counts", "two photos with captions",
              "quoted speech", "校内导航, 相关新闻, footer with 沪ICP and address"],
)

BLOCKS = [
    ("p", "10月16日，学校第十届“创青春”大学生创新创业大赛校赛决赛在学生活动中心举行。经过初赛、复赛选拔，来自12个学院的30支团队进入决赛，围绕智能制造、绿色低碳、乡村振兴等方向同台竞技。"),
    ("img", "决赛现场", "决赛现场"),
    ("p", "决赛采用“路演+答辩”的方式进行。各参赛团队在8分钟内展示项目的技术方案、市场前景和商业模式，并回答评委提问。评委由校内外专家、投资人和企业家组成。"),
    ("p", "机械工程学院“智巡”团队研发的管廊巡检机器人项目，凭借自主导航和多传感器融合技术获得评委好评，最终摘得特等奖。团队负责人、机械工程学院2022级硕士研究生邵一鸣说：“比赛让我们从实验室走向市场，评委提出的意见对我们完善产品很有帮助。”"),
    ("p", "本届大赛最终评出各类奖项如下："),
    ("table", [["奖项", "数量"], ["特等奖", "2项"], ["一等奖", "6项"], ["二等奖", "10项"], ["三等奖", "12项"]]),
    ("img", "颁奖合影", "获奖团队合影"),
    ("p", "校团委负责人介绍，获奖项目将推荐参加上海市赛，学校还将为优秀项目提供创业场地、导师指导和种子资金支持，推动更多学生创意转化为实际成果。"),
    ("x", '<p class="cr">文：古丽米热·阿卜杜拉　图：韩笑　编辑：周婕　审核：王立新</p>'),
]

R = dict(p="<p>{}</p>",
         img=lambda alt, cap: f'<div class="fig">{img(alt)}<div class="figc">{cap}</div></div>',
         table=lambda rows: '<table class="jx">' + "".join(
             "<tr>" + "".join((f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>" for i, r in enumerate(rows)) + "</table>")

CSS = """
body{margin:0;font:16px/1.9 "Microsoft YaHei";color:#333}.hd{background:#00498f;color:#fff}.hd .in{width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:100px}
.nav{background:#003a73}.nav .in{width:1200px;margin:0 auto}.nav a{color:#fff;display:inline-block;padding:10px 24px}
.mn{width:1200px;margin:20px auto;display:flex;gap:30px}.ar{flex:1;border:1px solid #e6e6e6;padding:30px 50px}.ar h1{text-align:center;font-size:26px;color:#00498f}
.mt{text-align:center;color:#999;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}.mt span{margin:0 10px}
.fig{text-align:center;margin:14px 0}.figc{font-size:14px;color:#666}.jx{border-collapse:collapse;margin:0 auto}.jx td,.jx th{border:1px solid #ccc;padding:3px 30px}
.cr{text-align:right;color:#777;font-size:14px}.sd{width:300px}.sd h4{border-bottom:2px solid #00498f}.ft{background:#003a73;color:#c5d3e6;text-align:center;font-size:13px;padding:20px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="hd"><div class="in">{img("申城理工大学新闻网")}<span>{links(["学校主页","English","信息门户"], sep=" | ")}　<input placeholder="搜索"></span></div></div>
<div class="nav"><div class="in">{links(["首页","学校要闻","综合新闻","学院动态","媒体理工","校园人物","图片新闻","视频"])}</div></div>
<div class="mn">
<div class="ar">
<p style="font-size:14px;color:#999">当前位置：<a href="#">首页</a> &gt; <a href="#">综合新闻</a> &gt; 正文</p>
<h1>{P['title_html']}</h1>
<div class="mt"><span>来源：校团委</span><span>发布时间：{P['publish_time']}</span><span>浏览次数：1532</span></div>
{body}
<p style="font-size:14px">上一条：<a href="#">学校与某区签署战略合作协议</a><br>下一条：<a href="#">我校学子在全国大学生数学建模竞赛中获佳绩</a></p>
</div>
<div class="sd"><h4>相关新闻</h4><ul>{lis(["我校举办创新创业导师聘任仪式","大学生创业园新一批项目入驻","第九届“创青春”大赛回顾"])}</ul>
<h4>图片新闻</h4><p>{img("秋日校园")}</p><p>秋日校园</p></div>
</div>
<div class="ft"><p>版权所有 © 申城理工大学 党委宣传部　地址：上海市杨浦区某某路100号　邮编：200093</p><p>沪ICP备05051218号-1　沪公网安备 31011002000407号</p></div>
""")
