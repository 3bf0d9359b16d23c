from lib import *

ID = "xh-19"
KIND = "media"
LANG = "zh"
FEATURES = ("provincial TV/radio site (大象新闻, 河南广播电视台) video news page, 2024 dark design; headline ending in a "
            "question mark; video player placeholder with duration and 播放量; '大象新闻记者 李梦 宋子航' reporters "
            "line (authors) next to '摄像：刘洋' (not author); transcript-style body with a quoted farmer and an "
            "expert; 编辑/校对/审核 chain; 相关视频 and download bar")
HEAD_TITLE = "新麦上市，收购价为何“稳中有升”？_大象新闻"
TITLE_LINES = ["新麦上市，收购价为何“稳中有升”？"]
AUTHORS = ["李梦", "宋子航"]
TIME = "2024-06-15 20:48:06"

CSS = """
body{margin:0;background:#14161a;color:#ddd;font:16px/1.8 "PingFang SC","Microsoft YaHei"}
a{color:#8ab4ff}
.dx-head{display:flex;align-items:center;height:64px;padding:0 40px;background:#0c0d10}
.dx-head b{font-size:24px;color:#fff}.dx-head nav{margin-left:40px}.dx-head nav a{margin-right:20px;color:#ccc}
.dx-head .dl{margin-left:auto;background:#e33;color:#fff;padding:4px 12px;border-radius:14px}
.dx-main{width:1100px;margin:24px auto}
.player{background:#000;height:420px;position:relative;display:flex;align-items:flex-end}
.player .bar{display:flex;gap:20px;padding:10px;font-size:13px;color:#aaa;width:100%}
.dx-main h1{font-size:28px;color:#fff;margin:20px 0 8px}
.dx-main .meta{font-size:13px;color:#888}.dx-main .meta span{margin-right:16px}
.dx-main .credit{font-size:14px;color:#aaa;margin:12px 0;display:flex;gap:24px}
.dx-main .desc p{margin:14px 0}
.dx-main .chain{font-size:13px;color:#777}
.rel{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;font-size:14px}
.dx-foot{text-align:center;color:#666;font-size:12px;padding:30px}
"""

BODY = [
    P("眼下，河南新季小麦收购进入高峰期。记者在周口、驻马店等地的收储库点看到，前来售粮的车辆排起长队，今年的新麦收购价格普遍在每斤1.22元至1.26元之间，同比“稳中有升”。"),
    P("价格为啥能稳住？在周口市商水县一家粮食收储企业，质检员正在对刚送来的小麦扦样检测。企业负责人介绍，今年麦收期间天气总体晴好，小麦籽粒饱满，容重普遍在790克/升以上，三等以上的优质麦占比超过九成，“质量好，自然卖得上价”。"),
    P("“今年一亩地打了一千二百多斤，按这个价格算，比去年多收入一百多块钱。”商水县种粮大户王建国一边排队一边给记者算账。"),
    P("河南农业大学粮食经济研究专家分析，今年国家继续在主产区实行小麦最低收购价政策，每斤1.18元的“托底价”稳定了市场预期；同时，面粉加工企业和饲料企业入市积极，多元主体收购也对价格形成支撑。"),
    P("专家提醒，农民朋友售粮时要注意把小麦晾晒干净、去除杂质，选择正规收购点，不要被“高价收粮”的小商贩误导，同时留意地方储备粮轮换收购的相关信息，合理安排售粮节奏。"),
]


def page():
    return f"""<body>
<div class="dx-head"><b>{gif("大象新闻")}大象新闻</b><nav><a href="#">首页</a><a href="#">河南</a><a href="#">民生</a><a href="#">直播</a><a href="#">大象号</a></nav><span class="dl">下载客户端</span></div>
<div class="dx-main">
<div class="player">{gif("视频封面")}<div class="bar"><span>▶</span><span>00:00 / 02:36</span><span>高清</span><span>全屏</span></div></div>
<h1>{TITLE_LINES[0]}</h1>
<div class="meta"><span>{TIME}</span><span>来源：大象新闻</span><span>播放量：1.2万</span></div>
<div class="credit"><span>大象新闻记者 李梦 宋子航</span><span>摄像：刘洋</span></div>
<div class="desc">
{render(BODY)}
</div>
<p class="chain">编辑：张  琪　校对：孙晓婉　审核：马国庆</p>
<h3>相关视频</h3><div class="rel"><a href="#">河南小麦机收过半</a><a href="#">抢收抢种 “三夏”忙</a><a href="#">烘干塔24小时不停转</a><a href="#">直击收储库点</a></div>
</div>
<div class="dx-foot">河南广播电视台版权所有　信息网络传播视听节目许可证：1608290　豫ICP备09026826号<br>违法和不良信息举报电话：0371-65599108</div>
</body>"""
