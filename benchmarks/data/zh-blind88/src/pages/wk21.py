"""wk-21: 辽宁 city radio station site (2021 design): audio player, 主播/记者/通讯员 line, program schedule sidebar."""
from lib import *

PAGE = dict(id="wk-21", kind="media", lang="zh",
            title="丹东草莓提前上市 首批鲜果每斤卖到六十元",
            authors=["宋佳琪", "郑凯"], publish_time="2025-11-13")

BLOCKS = [
    BY("主播：林悦　　记者：宋佳琪　　通讯员：郑凯", f=lambda t, b: f'<div class="staff">{t}</div>'),
    P("【导语】眼下，丹东东港市的草莓大棚里已是一片红艳。今年首批草莓比往年提前一周上市，品质好、价格高，种植户们忙着采摘、分拣、装箱，鲜果一下树就被订购一空。"),
    P("在东港市椅圈镇的一处草莓大棚里，种植户孙立新正和家人一起采摘。他告诉记者，今年他家种了4栋大棚，第一茬果每斤卖到60元左右，“头茬果个头大、甜度高，好多都是老客户提前订的，主要发往北京、上海和广州。”"),
    P("据了解，东港市草莓种植面积达到20万亩，年产量超过40万吨。今年，当地推广脱毒种苗、熊蜂授粉和水肥一体化技术，草莓上市时间平均提前5到7天，优质果率提高到85%以上。"),
    P("为让鲜果更快走出去，东港市还在主产区建设了12个冷链集配中心，与多家快递企业合作开通“草莓专线”，北京、上海等地消费者下单后最快次日就能收到。"),
    P("东港市草莓产业发展中心负责人介绍，今年全市草莓全产业链产值有望突破百亿元。下一步将加快培育深加工企业，开发草莓酒、草莓干等产品，进一步延长产业链、提高附加值。"),
]

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#f4f6fb;color:#2b2f38}
.hd{background:#fff;border-bottom:1px solid #e3e7ef}.hd .w{width:1180px;margin:auto;height:78px;display:flex;align-items:center;gap:36px}
.hd .lg{font-size:24px;font-weight:bold;color:#f05a28}.hd .lg small{font-size:13px;color:#888;margin-left:8px}
.hd a{color:#2b2f38;text-decoration:none;font-size:15px}
.hd .live{margin-left:auto;background:#f05a28;color:#fff;border-radius:16px;padding:4px 16px;font-size:13px}
.ct{width:1180px;margin:24px auto;display:flex;gap:24px}
.main{flex:1;background:#fff;border-radius:8px;padding:28px 40px}
.crumb{font-size:13px;color:#999}
.main h1{font-size:26px;margin:14px 0 6px}
.date{font-size:13px;color:#999}.date span{margin-right:16px}
.audio{display:flex;align-items:center;gap:14px;background:#fff3ee;border-radius:30px;padding:10px 20px;margin:18px 0}
.audio .btn{width:36px;height:36px;border-radius:50%;background:#f05a28}
.audio .bar{flex:1;height:4px;background:#f6c4b1}.audio .t{font-size:13px;color:#f05a28}
.staff{font-size:14px;color:#666;margin:6px 0 14px}
.txt{font-size:17px;line-height:1.9}.txt p{text-indent:2em;margin:0 0 14px}
.like{margin-top:24px;font-size:14px;color:#888;border-top:1px solid #eee;padding-top:12px}
.side{width:320px}.card{background:#fff;border-radius:8px;padding:16px 20px;margin-bottom:20px}
.card h4{margin:0 0 10px;font-size:16px}.card li{font-size:14px;line-height:2;list-style:none}.card ul{padding:0;margin:0}
.card li b{display:inline-block;width:54px;color:#f05a28;font-weight:normal}
.ft{text-align:center;color:#999;font-size:12px;line-height:2;padding:20px 0 30px}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    sched = "".join(f"<li><b>{t}</b>{n}</li>" for t, n in [("06:30", "早安丹东"), ("07:00", "新闻早班车"), ("12:00", "午间新闻"), ("17:30", "交通直播间"), ("18:00", "丹东新闻联播")])
    html = f"""
<div class="hd"><div class="w"><span class="lg">丹东新闻广播<small>FM 91.5</small></span>{links(["首页","新闻","节目","主持人","听众互动","回听"])}<span class="live">● 正在直播</span></div></div>
<div class="ct">
<div class="main">
<div class="crumb">首页 / 新闻 / 本地新闻</div>
<h1>{PAGE["title"]}</h1>
<div class="date"><span>2025-11-13</span><span>来源：丹东广播电视台</span><span>收听 1.1万</span></div>
<div class="audio"><span class="btn"></span><span class="t">00:00</span><span class="bar"></span><span class="t">03:12</span></div>
<div class="txt">
{bh}
</div>
<div class="like">👍 点赞 57　　💬 评论 3　　↗ 分享</div>
</div>
<div class="side">
<div class="card"><h4>今日节目单</h4><ul>{sched}</ul></div>
<div class="card"><h4>热门音频</h4><ul>{links(["鸭绿江断桥景区冬季开放时间调整","丹东港新开通至韩国仁川航线","宽甸：冬季冷水鱼捕捞开始了"], wrap="li")}</ul></div>
<div class="card"><h4>下载听丹东APP</h4>{img("扫码下载", gif=True)}<p style="font-size:13px;color:#999">扫一扫 随时收听</p></div>
</div></div>
<div class="ft">丹东广播电视台版权所有　新闻热线：0415-2158915<br>辽ICP备12004683号-2　辽公网安备 21060202000138号</div>
"""
    return doc(PAGE["title"] + "_丹东新闻广播", CSS, html), gold
