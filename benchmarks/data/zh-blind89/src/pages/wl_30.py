# 自媒体 · 微博头条文章（2020 card.weibo article view: account with V badge, '发布于 2025-10-17 16:40', 阅读数, 转发/评论/赞）
from lib import *

PAGE = dict(
    id="wl-30", kind="self-media", lang="zh", site="微博",
    title="电动自行车头盔佩戴率提升 这些路口仍需注意",
    authors=["榕城交警"],
    publish_time="2025-10-17 16:40",
    features=["微博 头条文章 view", "author = the account '榕城交警' (no person named), printed with '@' in the topic line and plain in the header",
              "'发布于 2025-10-17 16:40' with 阅读 count", "#话题# hashtags line (not body)", "list of intersections", "quoted speech",
              "转发/评论/赞 toolbar, 相关推荐, login prompt"],
)

BLOCKS = [
    ("p", "国庆假期结束后，福州交警在全市范围内持续开展电动自行车骑乘人员佩戴安全头盔专项整治。经过近两周的集中劝导，主城区电动自行车骑乘人员头盔佩戴率已由9月底的88%提升至95%以上。"),
    ("p", "不过，交警在巡查中也发现，部分路口在早晚高峰时段仍存在不戴头盔、逆向行驶、闯红灯等问题，主要集中在以下路口："),
    ("li", "五四路与东街口交叉路口"),
    ("li", "六一北路与华林路交叉路口"),
    ("li", "工业路与白马路交叉路口"),
    ("li", "福湾路与南二环交叉路口"),
    ("p", "“戴头盔不是为了应付检查，而是为了自己的安全。”交警提醒，电动自行车发生交通事故时，头部受伤是造成伤亡的主要原因，正确佩戴安全头盔能大大降低伤亡风险。"),
    ("p", "下一步，交警部门将在上述路口加强警力部署，对不戴头盔、逆行、闯红灯等交通违法行为依法查处。请广大骑乘人员自觉遵守交通法规，骑行时规范佩戴头盔，扣好卡扣，文明出行。"),
]

R = dict(p="<p>{}</p>", li='<p class="jk">{}</p>')

CSS = """
body{margin:0;background:#f2f2f5;font:16px/1.8 -apple-system,"PingFang SC","Microsoft YaHei";color:#333}
.topnav{background:#fff;height:56px;display:flex;align-items:center;gap:20px;padding:0 30px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.card{max-width:760px;margin:20px auto;background:#fff;border-radius:6px;padding:30px 40px}.lab{color:#ff8200;font-size:13px}
h1{font-size:26px;line-height:1.4;margin:10px 0 16px}.au{display:flex;align-items:center;gap:10px;font-size:14px;color:#939393}
.au b{color:#333}.v{color:#ffab00;font-size:12px}.ht{color:#eb7350}.jk{padding-left:1.5em}.bar{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:12px;color:#808080;margin-top:26px}
.lg{background:#fff7ed;color:#ff8200;text-align:center;padding:10px;font-size:14px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="topnav">{img("微博")}<input placeholder="搜索微博"><span>{links(["首页","热门","视频"], sep="　")}</span><span style="margin-left:auto">登录 | 注册</span></div>
<div class="card">
<div class="lab">头条文章</div>
<h1>{P['title_html']}</h1>
<div class="au">{img("榕城交警的头像")}<b>榕城交警</b><span class="v">V</span><span>发布于 {P['publish_time']}</span><span>阅读 2.3万</span></div>
<p class="ht">#福州交警# #安全头盔# @榕城交警</p>
{body}
<div class="bar"><span>转发 86</span><span>评论 214</span><span>赞 1532</span></div>
<h4>相关推荐</h4><ul>{lis(["福州这些路段今起实施潮汐车道","电动自行车上牌须知","秋冬季夜间骑行安全提示"])}</ul>
<div class="lg">登录微博，查看更多精彩内容</div>
</div>
""")
