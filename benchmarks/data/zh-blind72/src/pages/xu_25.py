from lib import *

META = dict(
    id="xu-25", kind="self-media", lang="zh",
    title="乌鲁木齐周边秋游去哪儿？这5个地方趁现在去正好",
    authors=["北疆生活圈"],
    publish_time="2025-09-13 18:42",
)
FEATURES = ("头条号 article (2024 web layout): platform top bar, 原创 tag, account name + date + IP 属地 line under the "
            "title, 关注 button, numbered place sub-headings with photos (alt text) and tips, closing question to "
            "readers, 举报 link, author card with follower count, 相关推荐 with account names and comment counts; "
            "no person named, so the account is the author.")

BODY = [
    P("九月的乌鲁木齐，早晚已经有了凉意，山里的白桦和杨树开始慢慢变黄，一年中最适合出门看秋色的时候到了。小编整理了5个从市区出发两三个小时就能到的好地方，周末说走就走。"),
    H("1. 南山牧场"),
    IMG("南山牧场秋色", "南山牧场"),
    P("南山离市区最近，自驾一个小时左右。九月中下旬草场由绿转黄，西白杨沟、菊花台一带最好看。建议早上出发，中午可以在牧民家吃一顿手抓肉。"),
    H("2. 天山天池"),
    P("天池的秋天游客比夏天少一些，湖水更蓝。乘区间车上山后，可以沿湖边栈道走到西小天池，全程两个多小时。山上温差大，一定要带外套。"),
    H("3. 江布拉克"),
    P("奇台的江布拉克以麦田和山地草原闻名，九月正是麦收后的“金色季节”。景区面积大，建议安排一整天。"),
    H("4. 照壁山"),
    P("照壁山水库周边的杨树林是近几年的拍照热门，秋天湖水倒映着金黄的树林，适合喜欢摄影的朋友。"),
    H("5. 达坂城古镇"),
    P("想轻松一点的可以去达坂城，逛古镇、吃大盘鸡、看风车，顺路还能去盐湖走走。"),
    P("**温馨提示：**出发前请关注天气和道路通行信息，部分景区实行预约入园，山区路段注意控制车速。"),
    P("你今年秋天打算去哪儿？欢迎在评论区分享你心中的秋游宝地。"),
]

CSS = """
body{margin:0;background:#f8f8f8;font:16px/1.8 "PingFang SC","Microsoft YaHei";color:#222}
.tt-bar{background:#fff;display:flex;justify-content:space-between;padding:10px 40px;font-size:14px;border-bottom:1px solid #e8e8e8}
.tt-bar .logo{color:#f04142;font-weight:bold;font-size:20px}
.tt-bar a{margin-left:18px;color:#222}
.tt-layout{display:flex;gap:24px;width:1160px;margin:20px auto}
.tt-article{flex:1;background:#fff;padding:30px 40px}
.tt-article h1{font-size:28px;line-height:1.4;margin:0 0 14px}
.tt-meta{font-size:14px;color:#999;display:flex;gap:10px;align-items:center}
.tt-meta .yc{border:1px solid #f04142;color:#f04142;font-size:12px;padding:0 4px}
.tt-meta .follow{margin-left:auto;background:#f04142;color:#fff;border-radius:4px;padding:0 12px}
.tt-content{margin-top:22px}
.tt-content p{margin:0 0 18px}
.tt-content h2{font-size:19px;margin:26px 0 12px}
.tt-content .pgc-img{margin:0}
.tt-content .pgc-img-caption{font-size:13px;color:#999;text-align:center}
.tt-report{font-size:13px;color:#999;text-align:right}
.tt-side{width:300px}
.tt-card{background:#fff;padding:16px;margin-bottom:16px}
.tt-card b{display:block;font-size:17px}
.tt-card span{font-size:13px;color:#999}
.tt-rec .it{border-bottom:1px solid #f0f0f0;padding:8px 0;font-size:15px}
.tt-rec .it i{font-style:normal;display:block;font-size:12px;color:#999}
.tt-ft{text-align:center;font-size:12px;color:#999;padding:20px}
"""


def html():
    body = render(BODY, h="<h2>{}</h2>", img='<div class="pgc-img"><img alt="{alt}"{src}>',
                  cap='<p class="pgc-img-caption">{}</p></div>')
    t = META["title"]
    return doc(t + " - 今日头条", CSS, f"""
<div class="tt-bar"><span class="logo">今日头条</span><span><a href="#">首页</a><a href="#">下载头条APP</a><a href="#">注册头条号</a><a href="#">登录</a></span></div>
<div class="tt-layout">
 <div class="tt-article">
  <h1>{e(t)}</h1>
  <div class="tt-meta"><span class="yc">原创</span><span>2025-09-13 18:42</span><span>·</span><span>北疆生活圈</span><span>·</span><span>新疆</span><a class="follow" href="#">关注</a></div>
  <div class="tt-content">
{body}
  </div>
  <div class="tt-report"><a href="#">举报/反馈</a></div>
 </div>
 <div class="tt-side">
  <div class="tt-card"><img alt="北疆生活圈的头像" src="{GIF}"><b>北疆生活圈</b><span>2.3万粉丝 · 分享新疆吃喝玩乐</span><br><a href="#">+ 关注</a></div>
  <div class="tt-card tt-rec"><b>相关推荐</b>
   <div class="it"><a href="#">新疆这条公路被称为“人生必驾”，秋天最美</a><i>丝路行摄 · 356评论</i></div>
   <div class="it"><a href="#">在乌鲁木齐吃了三天，这几家店我会再去</a><i>吃货在北疆 · 128评论</i></div>
   <div class="it"><a href="#">九月去喀纳斯要准备什么？过来人告诉你</a><i>阿勒泰旅游攻略 · 89评论</i></div>
  </div>
 </div>
</div>
<div class="tt-ft">© 2025 今日头条　<a href="#">用户协议</a> <a href="#">隐私政策</a>　<a href="#">侵权投诉</a>　京ICP证160327号</div>
""")
