# 江城晚报 数字报 (芜湖-area evening paper) -- 2021 e-paper: 引题 over 主题, "□ 记者 … 文/图", photo caption, date + 版次 in a ribbon
from lib import *

META = dict(
    id="xw-33", kind="e-paper", lang="zh",
    title="镜湖区新增一座标准化农贸市场",
    authors=["鲍婷婷"],
    publish_time="2025年4月25日",
)

BODY = [
    P("4月24日上午，位于镜湖区赭山街道的新华农贸市场正式开业。开业第一天，前来买菜的市民络绎不绝，不少居民感慨：“家门口终于有个像样的菜场了！”"),
    IMG("市民在新开业的农贸市场选购蔬菜", "市民在新开业的农贸市场选购蔬菜。"),
    P("记者在现场看到，市场内干湿分区、生熟分开，设有蔬菜、肉类、水产、豆制品、熟食等经营区，共有摊位126个。每个摊位上方都挂着电子价签，商品价格、产地一目了然。市场入口处还设立了农产品快速检测室和公平秤，市民买完菜可以随时复秤。"),
    P("家住附近的陈阿姨告诉记者，以前这一带只有一个马路市场，一下雨就满地泥水，“现在环境干净，东西也新鲜，以后就在这儿买了”。"),
    P("据了解，新华农贸市场由原来的闲置厂房改造而成，总面积约3200平方米，改造工程于去年10月启动。市场开业后，周边的占道经营马路市场将同步取缔，原有摊主经过登记后优先安排入场经营。"),
    P("镜湖区商务局相关负责人介绍，今年全区计划新建和改造提升农贸市场5个，进一步完善“15分钟便民生活圈”。"),
]

STYLE = dict(
    p='<p class="wb-p">{}</p>',
    img='<div class="wb-pic"><img src="' + GIF + '" alt="{alt}" width="560" height="370"></div>',
    cap='<p class="wb-cap">{}　记者 鲍婷婷 摄</p>',
)

CSS = """
body{margin:0;background:#3a3a3a;font-family:"PingFang SC","Microsoft YaHei"}
.jc-ribbon{background:#1d1d1d;color:#eee;height:52px}
.jc-ribbon .w{width:1180px;margin:0 auto;display:flex;align-items:center;gap:20px;height:52px;font-size:14px}
.jc-ribbon a{color:#f5c518}
.jc-stage{width:1180px;margin:16px auto;display:flex;gap:16px}
.jc-paper{width:420px;background:#fff;padding:10px}
.jc-read{flex:1;background:#fff;padding:28px 46px}
.jc-yt{font-size:16px;color:#666;margin:0}
.jc-zt{font-size:30px;margin:6px 0 14px;color:#000}
.jc-by{font-size:14px;color:#999;margin-bottom:20px}
.wb-p{font-size:17px;line-height:1.9;text-indent:2em;margin:0 0 12px;color:#333}
.wb-pic{text-align:center}
.wb-cap{text-align:center;font-size:14px;color:#777;margin:4px 0 16px}
.jc-titles{font-size:14px}
.jc-titles li{line-height:2}
.jc-btm{color:#aaa;text-align:center;font-size:12px;padding:16px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="jc-ribbon"><div class="w">{img("江城晚报", 130, 36)}<span>{m['publish_time']}</span><span>第A05版：城事</span><a href="#">上一版</a><a href="#">下一版</a><a href="#">往期</a><a href="#">版面PDF</a></div></div>
<div class="jc-stage">
<div class="jc-paper">
{img("A05版：城事", 400, 560)}
<div class="jc-titles"><b>本版标题</b>
<ul>
<li><a href="#">镜湖区新增一座标准化农贸市场</a></li>
<li><a href="#">“五一”假期这些公交线路临时调整</a></li>
<li><a href="#">雨耕山文化街区周末有非遗市集</a></li>
<li><a href="#">小区电梯困人 消防员十分钟解救</a></li>
</ul>
<b>版面导航</b>
<p><a href="#">A01 封面</a> <a href="#">A02 要闻</a> <a href="#">A03 关注</a> <a href="#">A04 民生</a> <a href="#">A05 城事</a> <a href="#">A06 健康</a> <a href="#">A07 文娱</a> <a href="#">A08 广告</a></p>
</div>
</div>
<div class="jc-read">
<p class="jc-yt">市民盼了多年的“家门口”菜市场开业</p>
<h2 class="jc-zt">{m['title']}</h2>
<div class="jc-by">□ 记者 鲍婷婷 文/图</div>
{body}
<p style="font-size:13px;color:#999;border-top:1px solid #eee;padding-top:10px">上一篇　<a href="#">“五一”假期这些公交线路临时调整</a></p>
</div>
</div>
<div class="jc-btm">江城晚报 版权所有　芜湖传媒集团主办<br>皖ICP备05017724号　本报热线：0553-3838110</div>
"""
