from lib import *

NOTES = "Provincial radio station site (Guangxi): audio player furniture (收听本条新闻, 00:00/02:16, 倍速), info bar 发布时间/来源 under the headline, 记者：… 通讯员：… credit line before the text (not body; both are authors), 编审 line, sub-headings, 节目单 sidebar, footer with 广播电视节目制作经营许可证."

META = dict(id="xy-21", kind="media", lang="zh",
            title="南宁至北海高速公路改扩建工程全线进入路面施工阶段",
            authors=["蒙宏亮", "莫晓婷"],
            publish_time="2025-06-11 17:03")

HEAD_TITLE = "南宁至北海高速公路改扩建工程全线进入路面施工阶段 - 八桂之声"

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#f2f0f7;color:#2d2a36}
.fm-head{background:#4a2c82}
.fm-head .c{width:1120px;margin:auto;display:flex;align-items:center;justify-content:space-between;height:80px;color:#fff}
.fm-head .c .n{font-size:28px}
.fm-head .c .n i{font-style:normal;font-size:14px;color:#d4c6f0;margin-left:10px}
.fm-head .c .live{background:#ff4d4f;border-radius:12px;padding:2px 12px;font-size:13px}
.fm-nav{background:#fff;border-bottom:1px solid #ddd}
.fm-nav .c{width:1120px;margin:auto}
.fm-nav a{display:inline-block;padding:12px 18px;color:#4a2c82;text-decoration:none}
.fm-layout{width:1120px;margin:20px auto;display:grid;grid-template-columns:1fr 300px;gap:24px}
.fm-news{background:#fff;padding:24px 44px}
.fm-news .hdl{font-size:26px;font-weight:bold;line-height:1.4;margin:6px 0 10px}
.fm-news .tm{font-size:13px;color:#888}
.fm-audio{background:#f5f0ff;border-radius:8px;padding:12px 16px;margin:16px 0;display:flex;gap:16px;align-items:center;font-size:14px;color:#4a2c82}
.fm-news .credit{font-size:15px;color:#555;margin:0 0 12px}
.fm-news .ctt p{font-size:16px;line-height:1.9;margin:0 0 12px;text-indent:2em}
.fm-news .ctt h5{font-size:16px;margin:16px 0 8px;color:#4a2c82}
.fm-news .es{font-size:13px;color:#999;text-align:right}
.fm-side{background:#fff;padding:16px}
.fm-side h4{margin:0 0 10px;color:#4a2c82}
.fm-side table{font-size:13px;width:100%}
.fm-bot{background:#2d2a36;color:#b7b2c4;text-align:center;font-size:12px;padding:18px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f"<h5>{t}</h5>",
}

BLOCKS = [
    X('<p class="credit">记者：蒙宏亮　通讯员：莫晓婷</p>'),
    P("记者从广西交通投资集团获悉，南宁至北海高速公路改扩建工程近日全线进入路面施工阶段，项目整体形象进度已完成约68%，计划2026年建成通车。"),
    H("双向四车道拓宽为八车道"),
    P("南北高速公路是广西北部湾经济区的主干通道，通车已超过27年，随着车流量持续增长，部分路段高峰期拥堵严重。改扩建工程起于南宁市吴圩镇，止于北海市福成镇，全长约188公里，在原有双向四车道的基础上拓宽为双向八车道，设计速度每小时120公里。"),
    P("项目采用“边通车、边施工”方式建设，施工期间原有道路保持双向通行。目前，沿线27座互通立交中已有19座完成主体改造，新建桥梁下部结构基本完成。"),
    H("施工路段通行提示"),
    P("项目建设单位提醒，6月至8月，钦州至北海段将分段实施路面摊铺，部分路段将临时实行单幅双向通行，并在夜间进行交通转换。驾乘人员途经施工路段时要减速慢行，按照指示标志行驶，不要随意变道和占用应急车道。出行前可通过“广西高速”公众号或拨打12122查询实时路况。"),
]


def frame(M, body):
    return f"""<body>
<div class="fm-head"><div class="c"><span class="n">八桂之声<i>广西综合广播 FM 96.0</i></span><span class="live">● 正在直播：新闻早高峰</span></div></div>
<div class="fm-nav"><div class="c"><a href="#">首页</a><a href="#">新闻</a><a href="#">节目</a><a href="#">主持人</a><a href="#">直播</a><a href="#">互动</a><a href="#">下载客户端</a></div></div>
<div class="fm-layout">
<div class="fm-news">
<div class="tm">首页 &gt; 新闻 &gt; 广西</div>
<div class="hdl">{M["title"]}</div>
<div class="tm">发布时间：{M["publish_time"]}　来源：八桂之声</div>
<div class="fm-audio"><span>▶ 收听本条新闻</span><span>00:00/02:16</span><span>倍速 1.0x</span></div>
<div class="ctt">
{body}
</div>
<div class="es">编审：黄宁</div>
</div>
<div class="fm-side"><h4>今日节目单</h4>
<table><tr><td>07:00</td><td>新闻早高峰</td></tr><tr><td>09:00</td><td>八桂大讲堂</td></tr><tr><td>12:00</td><td>午间新闻</td></tr><tr><td>17:00</td><td>交通路况播报</td></tr></table>
</div>
</div>
<div class="fm-bot">
八桂之声 版权所有　广播电视节目制作经营许可证：（桂）字第00562号<br>
桂ICP备13004187号-1　桂公网安备 45010302000964号
</div>
</body>"""
