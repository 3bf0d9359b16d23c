# 头条号 · 山东（2024 article page, no person named → account name is the author, date·IP-region）
from lib import *

PAGE = dict(
    id="wh-25", kind="self-media", lang="zh",
    title="冬天也不闲！潍坊风筝作坊的海外订单排到了明年春天",
    authors=["鸢都身边事"],
    publish_time="2025-11-19 21:07",
    features="2024 头条号 article page (山东 local account); left toolbar (赞/评论/收藏/转发 counts); 原创 tag, account name "
             "and date·IP region under the headline (2025-11-19 21:07·山东); no "
             "person named, so the account is the author; short paragraphs and images with no captions; "
             "end note 举报; 作者最新文章 sidebar; 相关推荐 feed; 评论 preview.",
    blocks=[
        P("说起潍坊，很多人第一反应就是风筝。每年春天风筝节一到，满天都是。可你知道吗，风筝作坊最忙的时候，其实是冬天。"),
        P("这几天，小编去了寒亭区杨家埠附近的一家风筝作坊。一进门，满屋子都是竹篾和彩绸，七八个工人围着长桌，有的劈竹子，有的糊绢面，有的在上色，手上一刻都没停。"),
        IMG("作坊里的工人正在扎风筝骨架"),
        P("作坊老板姓郑，五十多岁，做风筝快三十年了。他告诉小编，今年光是海外订单就有两万多只，主要发往欧洲、东南亚和南美，“欧洲那边春天也放风筝，订单要提前三四个月下，所以冬天正是赶工的时候”。"),
        P("现在年轻客户喜欢什么样的风筝？郑老板笑着说，传统的沙燕、蝴蝶、龙头蜈蚣一直卖得好，这两年卡通造型和大型软体风筝订单涨得特别快，“有个客户一次就订了300只章鱼风筝，长的有十几米”。"),
        IMG("挂满作坊的各式风筝"),
        P("让小编意外的是，作坊里还有几个“00后”。21岁的小王去年从职业学院毕业后就来学手艺，现在已经能独立画风筝面了。他说，自己平时还在短视频平台上直播扎风筝，“直播间里经常有人问能不能定制，一个月能接几十单”。"),
        P("老手艺遇上新渠道，小小的风筝飞得越来越远。你小时候放过风筝吗？欢迎在评论区聊聊～"),
    ],
)

CSS = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.75 "PingFang SC","Microsoft YaHei";color:#222;background:#fff}
a{color:inherit;text-decoration:none}
.topb{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 24px;gap:18px;font-size:14px}
.topb .lg{color:#f04142;font-weight:bold;font-size:20px}
.topb .sp{margin-left:auto}
.topb .dl{border:1px solid #f04142;color:#f04142;border-radius:4px;padding:0 10px}
.layout{width:1140px;margin:0 auto;display:flex;gap:40px;padding-top:20px}
.tb{width:60px;position:sticky;top:80px;height:240px;font-size:12px;color:#666;text-align:center}
.tb div{margin-bottom:16px}
.article{flex:1}
.article h1{font-size:28px;line-height:1.4;margin:0 0 12px}
.meta{font-size:13px;color:#999;margin-bottom:22px}
.meta .orig{border:1px solid #999;font-size:11px;padding:0 3px;margin-right:6px}
.meta .nm{color:#222;margin-right:10px}
.article-content p{margin:0 0 18px}
.article-content .im{text-align:center}
.report{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:14px}
.cmt{margin-top:20px}
.cmt input{width:100%;height:40px}
.cmt .c{font-size:14px;padding:10px 0;border-bottom:1px solid #f5f5f5}
.feed{margin-top:30px}
.feed h3{font-size:18px}
.feed .it{display:flex;gap:12px;padding:12px 0;border-bottom:1px solid #f2f2f2;font-size:15px}
.feed .it small{color:#999;display:block}
.side{width:300px}
.side .card{border:1px solid #eee;border-radius:6px;padding:14px;margin-bottom:16px}
.side .card h4{margin:0 0 8px}
.side .card li{font-size:14px;line-height:1.6;margin-bottom:8px;list-style:none}
.side ul{padding:0;margin:0}
.side .foot{font-size:12px;color:#bbb;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<p class="im">' + img("{t}", 640, 420) + '</p>'})
    html_body = f"""
<div class="topb"><span class="lg">头条</span><a href="#">首页</a><a href="#">下载头条</a><span class="sp"><input type="text" placeholder="搜索站内资讯、视频或用户"></span><a class="dl" href="#">登录</a></div>
<div class="layout">
<div class="tb"><div>👍<br>426</div><div>💬<br>58</div><div>☆<br>收藏</div><div>↗<br>转发</div></div>
<div class="article">
<h1>{esc(p["title"])}</h1>
<div class="meta"><span class="orig">原创</span><span class="nm">鸢都身边事</span><span>{p["publish_time"]}·山东</span></div>
<div class="article-content">
{body}
</div>
<div class="report">举报/反馈</div>
<div class="cmt"><h3>评论 58</h3><input type="text" placeholder="留下你的精彩评论吧">
<div class="c"><b>风筝迷老李</b>：小时候自己扎的沙燕，一放就是一下午。</div>
<div class="c"><b>寒亭人在青岛</b>：杨家埠的风筝确实好，过年回家买两个。</div></div>
<div class="feed"><h3>相关推荐</h3>
<div class="it">{img("", 120, 80)}<span>潍坊萝卜上市了！脆甜多汁，一口下去全是水<small>鸢都身边事 · 1.2万阅读</small></span></div>
<div class="it">{img("", 120, 80)}<span>寒潮来了，山东这些地方要降雪<small>齐鲁天气通 · 3.4万阅读</small></span></div></div>
</div>
<div class="side">
<div class="card"><h4>鸢都身边事</h4><p style="font-size:13px;color:#888">潍坊本地生活资讯，关注身边事 · 2.1万粉丝</p><a href="#" style="color:#f04142">+ 关注</a></div>
<div class="card"><h4>作者最新文章</h4><ul>
<li><a href="#">潍坊这条老街改造完成，周末人气爆棚</a></li>
<li><a href="#">青州柿饼晒上了，满院子都是“红灯笼”</a></li></ul></div>
<div class="foot">用户协议 隐私政策 侵权投诉 廉洁举报<br>京ICP备12025439号-3 网络文化经营许可证 京网文〔2022〕2157-071号<br>© 2025 今日头条</div>
</div>
</div>
"""
    return doc("冬天也不闲！潍坊风筝作坊的海外订单排到了明年春天 - 今日头条", CSS, html_body)
