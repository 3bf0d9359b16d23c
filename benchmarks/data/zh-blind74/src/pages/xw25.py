# 头条号 (今日头条 web article) -- account 无锡生活圈, 原创 label, IP location, author card, comments, 相关推荐
from lib import *

META = dict(
    id="xw-25", kind="self-media", lang="zh",
    title="蠡湖边这条新步道开放了！全长5.6公里，周末可以去走走",
    authors=["无锡生活圈"],
    publish_time="2025-04-24 17:06",
)

BODY = [
    P("好消息！蠡湖南岸的滨水步道贯通段这两天正式开放啦，从渤公岛一路往西可以走到长广溪湿地，全长5.6公里，沿途基本都贴着湖边，风景超级好。"),
    IMG("蠡湖南岸滨水步道", "步道沿湖而建，视野开阔"),
    P("小编周三下午特地去走了一趟，整理了几个要点给大家："),
    H("1. 怎么去"),
    P("建议坐地铁1号线到“长广溪”站，从2号口出来步行10分钟左右就到步道西入口。自驾的话，渤公岛和长广溪湿地公园都有停车场，不过周末车位比较紧张，尽量早点去。"),
    H("2. 有什么看点"),
    P("步道中段新建了一座观景栈桥，伸进湖面大概80米，站在桥头能同时看到蠡湖大桥和对岸的摩天轮，拍照很出片。栈桥旁边还有一片樱花林，现在花期基本过了，不过绿叶也挺好看。"),
    H("3. 配套设施"),
    P("沿途每隔一公里左右就有一个驿站，可以接热水、上厕所，还有共享充电宝。步道是塑胶路面，走路跑步都舒服，但是不允许骑电动车，自行车也要在指定的骑行道上骑。"),
    P("最后提醒一下，湖边早晚温差大，带件外套。周末人多，记得看好小朋友哦！"),
]

STYLE = dict(
    p="<p>{}</p>",
    h="<h3>{}</h3>",
    img='<div class="pgc-img"><img src="' + GIF + '" alt="{alt}" width="640" height="360">',
    cap='<p class="pgc-img-caption">{}</p></div>',
)

CSS = """
body{margin:0;background:#f8f8f8;font-family:"PingFang SC","Helvetica Neue",Arial,sans-serif;color:#222}
.tt-header{background:#fff;height:60px;border-bottom:1px solid #e8e8e8}
.tt-header .inner{width:1160px;margin:0 auto;display:flex;align-items:center;height:60px;gap:20px;font-size:14px}
.tt-header .login{margin-left:auto;background:#f04142;color:#fff;border-radius:4px;padding:6px 16px}
.tt-layout{width:1160px;margin:16px auto;display:flex;gap:20px}
.tt-left{width:60px;font-size:12px;color:#666;text-align:center}
.tt-main{flex:1;background:#fff;padding:30px 40px}
.tt-right{width:300px}
.article-content h1{font-size:28px;line-height:1.4;margin:0 0 16px}
.article-meta{font-size:13px;color:#999;display:flex;gap:10px;margin-bottom:20px}
.article-meta .original{border:1px solid #999;border-radius:2px;padding:0 3px}
.article-meta .name{color:#406599}
.tt-body p{font-size:18px;line-height:1.8;margin:0 0 18px}
.tt-body h3{font-size:20px;margin:24px 0 12px}
.pgc-img{text-align:center}
.pgc-img-caption{font-size:14px !important;color:#999;text-align:center}
.tt-report{font-size:13px;color:#999;margin-top:24px}
.tt-comment h4{font-size:18px}
.tt-comment .c{border-bottom:1px solid #f2f2f2;padding:10px 0;font-size:14px}
.tt-card{background:#fff;padding:16px;margin-bottom:16px;font-size:14px}
.tt-card .fans{color:#999;font-size:12px}
.tt-follow{display:inline-block;background:#f04142;color:#fff;border-radius:4px;padding:4px 18px}
.tt-card li{line-height:1.8}
"""


def page(body):
    m = META
    return f"""
<div class="tt-header"><div class="inner">{img("今日头条", 100, 28)}<a href="#">首页</a><a href="#">下载头条</a><a href="#">无障碍</a><a href="#">侵权投诉</a><input type="text" placeholder="搜索站内资讯、视频或用户"><a class="login" href="#">登录</a></div></div>
<div class="tt-layout">
<div class="tt-left"><p>👍<br>86</p><p>💬<br>23</p><p>⭐<br>收藏</p><p>↗<br>分享</p></div>
<div class="tt-main">
<div class="article-content">
<h1>{m['title']}</h1>
<div class="article-meta"><span class="original">原创</span><span class="name">无锡生活圈</span><span class="time">{m['publish_time']}</span><span>·江苏</span></div>
<div class="tt-body">
{body}
</div>
</div>
<div class="tt-report"><a href="#">举报/反馈</a></div>
<div class="tt-comment">
<h4>评论 23</h4>
<div class="c"><b>小橘子爱旅行</b>：上周末去了，人确实多，建议工作日去<br><small>3天前·江苏　回复</small></div>
<div class="c"><b>梁溪老张</b>：栈桥那里拍日落绝了<br><small>2天前·江苏　回复</small></div>
<div class="c"><b>用户7135920486</b>：能遛狗吗？<br><small>2天前·上海　回复</small></div>
</div>
</div>
<div class="tt-right">
<div class="tt-card">{img("头像", 48, 48)} <b>无锡生活圈</b><div class="fans">3.2万粉丝 · 128.6万获赞</div><p>无锡本地吃喝玩乐资讯</p><span class="tt-follow">关注</span></div>
<div class="tt-card"><b>相关推荐</b><ul>
<li><a href="#">无锡这5个公园周末免费开放，带娃去正合适</a></li>
<li><a href="#">长广溪湿地的鸢尾花开了，紫色花海太好看了</a></li>
<li><a href="#">蠡湖大桥附近新开了一家江景咖啡馆，实地探店</a></li>
</ul></div>
<div class="tt-card" style="font-size:12px;color:#999">© 2025 今日头条 用户协议 隐私政策 侵权投诉受理公示<br>京ICP证140141号　网络文化经营许可证 京网文〔2024〕0219-082号</div>
</div>
</div>
"""
