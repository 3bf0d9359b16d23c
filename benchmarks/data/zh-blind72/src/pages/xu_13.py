from lib import *

META = dict(
    id="xu-13", kind="media", lang="zh",
    title="黑龙江：早熟水稻开镰 百万台农机整装待发",
    authors=["王松", "刘畅"],
    publish_time="2025年09月10日08:15",
)
FEATURES = ("central-media regional channel (黑龙江频道 of an invented national news site): channel switcher row, "
            "breadcrumb with >>, glued date+time and 来源：新华社 on one line, wire dateline inside the first paragraph "
            "新华社哈尔滨9月10日电（记者 王 松、刘  畅）(stays body; authors from it), sub-headings in bold, a photo credit, "
            "(责编：…) line, 分享让更多人看到, 推荐阅读 with thumbnail alt texts, channel footer.")

BODY = [
    P("新华社哈尔滨9月10日电（记者 王 松、刘\u00a0\u00a0畅）连日来，黑龙江省建三江、庆安、五常等地的早熟水稻陆续进入成熟期，田间开镰收割，秋收大幕渐次拉开。"),
    P("在建三江管理局七星农场的稻田里，几台收割机来回穿梭，金黄的稻穗被卷入机仓，脱粒后的稻谷通过卸粮筒装入运粮车。“今年积温足、病害轻，早熟品种亩产预计比去年高出三四十斤。”种植户陈立军一边查看稻谷成色一边说。"),
    H("**农机备足 抢抓农时**"),
    P("记者从黑龙江省农业农村厅了解到，今年全省共准备各类秋收农机具112万台（套），其中大中型收获机械8.3万台，农机维修网点提前开展“上门检修”服务，确保农机以良好状态投入秋收。各地还组织农机合作社开展跨区作业，对劳动力不足的农户提供代收服务。"),
    H("**科学晾晒 减少损失**"),
    P("针对秋收期间可能出现的阴雨天气，黑龙江省气象部门加密发布农业气象服务产品，提醒农户抢晴收获、科学晾晒。农业技术人员深入田间，指导农户根据籽粒成熟度适时收获，降低收获环节损失率。"),
    P("在庆安县的一家水稻种植专业合作社，理事长王立国正在调度烘干塔。他告诉记者，合作社今年托管了周边农户的1.2万亩水稻，从育秧、插秧到收获、烘干全程机械化作业，“农户不用下地也能拿到收益，我们统一销售，价格还能比散户高一点”。"),
    P("近年来，黑龙江大力推进农业生产托管服务和数字农业建设，不少地方在农机上加装北斗终端和作业监测设备，农业部门可以实时掌握各地收获进度和农机分布，科学调度作业力量。"),
    P("黑龙江是我国粮食生产大省，今年全省粮食播种面积稳定在2.2亿亩以上。当地农业部门预计，全省大宗农作物将于9月下旬进入集中收获期。"),
]

CSS = """
body{margin:0;font:14px/1.8 SimSun,"宋体";background:#fff;color:#000}
a{color:#000;text-decoration:none}
.w1000{width:1000px;margin:0 auto}
.ch-top{background:#f2f2f2;border-bottom:1px solid #ddd;font-size:12px;line-height:28px}
.ch-top .w1000 a{margin-right:10px}
.ch-logo{height:90px;line-height:90px;font:bold 30px/90px "Microsoft YaHei";color:#c00}
.ch-logo span{font-size:18px;color:#333;margin-left:10px}
.ch-nav{background:#c00;line-height:36px}
.ch-nav a{color:#fff;margin:0 14px;font-size:15px}
.ch-path{font-size:12px;margin:10px 0}
.ch-h1{font:bold 28px/1.5 "Microsoft YaHei";text-align:center;margin:16px 0 4px}
.ch-box{font-size:12px;color:#666;border-bottom:1px solid #ccc;padding-bottom:6px;overflow:hidden}
.ch-box .fl{float:left}
.ch-box .fr{float:right}
.ch-text{font-size:16px;line-height:2;padding:10px 40px}
.ch-text p{text-indent:2em;margin:14px 0}
.ch-edit{text-align:right;font-size:12px;color:#666}
.ch-share{text-align:center;font-size:12px;color:#999;margin:20px 0}
.ch-tj h3{border-bottom:2px solid #c00;font-size:16px}
.ch-tj li{display:inline-block;width:230px;vertical-align:top;font-size:14px}
.ch-ft{border-top:1px solid #ccc;margin-top:30px;padding:16px 0;text-align:center;font-size:12px;color:#666}
"""


def html():
    blocks = BODY
    body = render(blocks, p="<p>{}</p>", h="<p>{}</p>")
    t = META["title"]
    return doc(t + "--黑龙江频道--中国时讯网", CSS, f"""
<div class="ch-top"><div class="w1000"><a href="#">中国时讯网首页</a>|<a href="#">北京</a><a href="#">天津</a><a href="#">河北</a><a href="#">山西</a><a href="#">内蒙古</a><a href="#">辽宁</a><a href="#">吉林</a><a href="#">黑龙江</a><a href="#">上海</a><a href="#">更多&gt;&gt;</a></div></div>
<div class="w1000">
 <div class="ch-logo">中国时讯网<span>黑龙江频道</span></div>
</div>
<div class="ch-nav"><div class="w1000"><a href="#">首页</a><a href="#">要闻</a><a href="#">时政</a><a href="#">龙江经济</a><a href="#">冰雪</a><a href="#">社会</a><a href="#">图片</a><a href="#">视频</a></div></div>
<div class="w1000">
 <div class="ch-path"><a href="#">中国时讯网</a>&gt;&gt;<a href="#">黑龙江频道</a>&gt;&gt;<a href="#">要闻</a></div>
 <h1 class="ch-h1">{e(t)}</h1>
 <div class="ch-box"><div class="fl">2025年09月10日08:15&nbsp;|&nbsp;来源：新华社</div><div class="fr"><a href="#">小字号</a></div></div>
 <div class="ch-text">
  <p style="text-align:center;text-indent:0"><img alt="" src="{GIF}"></p>
  <p style="text-align:center;text-indent:0;font-size:14px">9月8日，在建三江管理局七星农场，收割机在稻田里作业。新华社记者 张 鹏 摄</p>
{body}
 </div>
 <div class="ch-edit">(责编：赵琳、韩旭)</div>
 <div class="ch-share">分享让更多人看到</div>
 <div class="ch-tj"><h3>推荐阅读</h3><ul>
  <li><img alt="哈尔滨冰雪大世界启动新一季建设" src="{GIF}"><br><a href="#">哈尔滨冰雪大世界启动新一季建设</a></li>
  <li><img alt="大兴安岭迎来首场降雪" src="{GIF}"><br><a href="#">大兴安岭迎来首场降雪</a></li>
  <li><img alt="绥芬河口岸9月进出境客流同比增长" src="{GIF}"><br><a href="#">绥芬河口岸9月进出境客流同比增长</a></li>
 </ul></div>
 <div class="ch-ft">中国时讯网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2025 by www.zgsx-news.cn. all rights reserved</div>
</div>
""")
