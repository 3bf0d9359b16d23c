# 合肥广播网 (city radio station site) -- audio player, closing （记者 …） inside the last paragraph, 编辑 line
from lib import *

META = dict(
    id="xw-21", kind="media", lang="zh",
    title="合肥地铁6号线一期开始空载试运行",
    authors=["许嘉怡"],
    publish_time="2025-04-25 07:45",
)

BODY = [
    P("合肥地铁6号线一期工程4月24日起开始空载试运行。试运行期间，列车将按照开通后的运行图在全线开行，但不载客，主要检验车辆、信号、供电、通信等系统在实际运营条件下的稳定性和可靠性。"),
    P("6号线一期线路全长约33.2公里，共设车站24座，自西北向东南连接蜀山区、庐阳区、瑶海区和包河区，与已运营的1号线、2号线、3号线、4号线和5号线均有换乘。列车采用6节编组A型车，最高运行速度每小时80公里。"),
    P("合肥市轨道交通集团运营分公司相关负责人介绍，空载试运行将持续3个月左右，其间还将开展各类应急演练。试运行结束后，6号线一期将按程序申请初期运营前安全评估，具备条件后开通初期运营。"),
    P("据悉，6号线一期开通后，合肥地铁运营总里程将超过260公里，进一步方便沿线市民出行。（记者 许嘉怡）"),
]

STYLE = dict(p='<p>{}</p>')

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
.fm-top{background:#6a1b9a;color:#fff}
.fm-top .w{width:1140px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:80px}
.fm-freq a{color:#fff;margin-left:12px;font-size:14px;border:1px solid rgba(255,255,255,.4);border-radius:12px;padding:2px 10px}
.fm-menu{background:#4a148c}
.fm-menu .w{width:1140px;margin:0 auto}
.fm-menu a{color:#fff;display:inline-block;padding:12px 20px}
.fm-main{width:1140px;margin:0 auto;display:flex;gap:30px;padding:20px 0}
.fm-art{flex:1}
.fm-side{width:300px}
.fm-art h1{font-size:26px;margin:10px 0}
.fm-date{font-size:13px;color:#999}
.fm-audio{background:#f3e5f5;border-radius:8px;padding:12px 16px;margin:16px 0;font-size:14px;color:#6a1b9a}
.fm-art p{font-size:17px;line-height:1.9;text-indent:2em}
.fm-ed{font-size:13px;color:#999;text-align:right}
.fm-side h4{color:#6a1b9a;border-bottom:1px solid #ddd}
.fm-side li{font-size:14px;line-height:2}
.fm-foot{background:#f6f6f6;text-align:center;font-size:12px;color:#777;padding:20px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="fm-top"><div class="w">{img("合肥广播网", 220, 54)}<div class="fm-freq"><a href="#">新闻综合 FM90.9</a><a href="#">交通广播 FM102.6</a><a href="#">文艺广播 FM97.5</a><a href="#">在线收听</a></div></div></div>
<div class="fm-menu"><div class="w"><a href="#">首页</a><a href="#">新闻</a><a href="#">交通</a><a href="#">民生</a><a href="#">节目</a><a href="#">主持人</a><a href="#">活动</a></div></div>
<div class="fm-main">
<div class="fm-art">
<div class="fm-date">首页 &gt; 新闻 &gt; 合肥</div>
<h1>{m['title']}</h1>
<div class="fm-date">{m['publish_time']} | 合肥交通广播</div>
<div class="fm-audio">🎧 收听本条新闻　00:00 / 01:32　<a href="#">下载音频</a></div>
<div class="fm-content">
{body}
</div>
<p class="fm-ed">编辑：张凡</p>
</div>
<div class="fm-side">
<h4>正在直播</h4>
<p>FM102.6《早安合肥》 07:00-09:00</p>
<h4>新闻热榜</h4>
<ul>
<li><a href="#">合肥地铁6号线一期全线“电通”</a></li>
<li><a href="#">“五一”期间合肥公交将加密班次</a></li>
<li><a href="#">合肥今年新建改造口袋公园50个</a></li>
<li><a href="#">骆岗公园春季花展延长至5月中旬</a></li>
</ul>
</div>
</div>
<div class="fm-foot">
合肥广播电视台 版权所有　广播电视节目制作经营许可证：（皖）字第00368号<br>
皖ICP备10202719号-1　新闻热线：0551-62611026
</div>
"""
