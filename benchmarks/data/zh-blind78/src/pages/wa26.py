ID = "wa-26"
KIND = "self-media"
LANG = "zh"
TITLE = "唐山这家开了四十年的老棉鞋店，还是老样子"
AUTHORS = ["冀东小城事"]
DATE = "2025-04-16 07:15"
NOTES = "头条号 article: 原创 badge glued to the date·account line (2025-04-16 07:15·冀东小城事), 关注 button, no person named so the account is the author, short paragraphs, image alts, 举报 link, 评论 count and a comment with a reply, 相关推荐 feed with view counts, 头条 footer links."

CSS = r'''
body{margin:0;background:#f8f8f8;font-family:"PingFang SC","Microsoft YaHei";color:#222}
.tt-header{background:#fff;height:60px;display:flex;align-items:center;padding:0 30px;gap:30px;box-shadow:0 1px 0 #eee}
.tt-header .logo{color:#f04142;font-weight:bold;font-size:22px}
.tt-header input{width:320px;padding:8px 14px;border-radius:18px;border:1px solid #ddd}
.tt-main{width:1000px;margin:20px auto;display:flex;gap:30px}
.article-content{flex:1;background:#fff;padding:30px 40px}
.article-content h1{font-size:28px;line-height:1.4;margin:0 0 14px}
.article-meta{font-size:14px;color:#999;margin-bottom:26px}
.article-meta .tag{color:#f04142;border:1px solid #f04142;font-size:12px;padding:0 3px;border-radius:2px}
.article-meta .follow{margin-left:14px;color:#fff;background:#f04142;padding:2px 10px;border-radius:12px}
.article-body p{font-size:18px;line-height:1.75;margin:0 0 20px}
.article-body .pgc-img{text-align:center}
.article-foot{font-size:13px;color:#999;border-top:1px solid #f0f0f0;padding-top:12px}
.tt-comments{margin-top:24px;font-size:14px}
.tt-comments .c{border-bottom:1px solid #f5f5f5;padding:10px 0}
.tt-side{width:300px}
.tt-side .card{background:#fff;padding:16px;margin-bottom:16px}
.tt-side li{list-style:none;line-height:1.6;margin-bottom:12px;font-size:14px}
.tt-side small{color:#999;display:block}
.tt-footer{text-align:center;font-size:12px;color:#999;padding:20px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}} - 今日头条</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="tt-header"><span class="logo">今日头条</span><span>首页</span><input type="text" placeholder="搜索站内资讯、视频或用户"><span style="margin-left:auto">登录</span></div>
<div class="tt-main">
<div class="article-content">
<h1>{{TITLE}}</h1>
<div class="article-meta"><span class="tag">原创</span><span>2025-04-16 07:15·冀东小城事</span><span class="follow">关注</span></div>
<article class="article-body">
{{BODY}}
</article>
<div class="article-foot"><a href="#">举报/反馈</a></div>
<div class="tt-comments"><b>评论 12</b>
<div class="c">用户5812937461：小时候穿的就是这家的鞋，开春了还想去买一双。<br>赞 8 · 回复</div>
<div class="c">冀东小城事：作者回复 在小山那边，好找。</div>
<div class="c">唐山老赵：路北区那家分店还在吗？</div>
</div>
</div>
<div class="tt-side">
<div class="card"><b>冀东小城事</b><p>唐山本地生活，记录小城的人和事</p><p>132篇文章 · 2.1万粉丝</p></div>
<div class="card"><b>相关推荐</b><ul>
<li><a href="#">唐山人从小吃到大的棋子烧饼，你最爱哪家？</a><small>5.3万阅读</small></li>
<li><a href="#">开平老街上的修表铺，一修就是三十年</a><small>1.2万阅读</small></li>
<li><a href="#">唐山这条街，藏着半个城的早点摊</a><small>8761阅读</small></li></ul></div>
</div>
</div>
<div class="tt-footer">关于头条 · 加入头条 · 媒体报道 · 媒体合作 · 产品合作 · 联系我们 · 广告合作 · 用户协议 · 隐私政策</div>
</body>
</html>
'''

FMT = {
    "img": '<div class="pgc-img"><img alt="{t}" src="{{GIF}}"></div>',
}

BLOCKS = r'''
p: 在唐山路南区小山一带，有一家开了四十年的老棉鞋店。店面不大，门口挂着块褪了色的木牌，上面写着“手工棉鞋”四个字。
p: 店主姓郭，今年68岁，大伙儿都叫他郭师傅。十八岁跟着师傅学做鞋，后来自己开店，一干就是四十年。
img: 郭师傅在店里纳鞋底
p: 走进店里，一股浆糊和棉布的味道。墙上挂满了鞋楦子，柜台上摆着刚做好的千层底布鞋和棉鞋，最便宜的八十块，最贵的也不过两百出头。
p: 郭师傅说，一双手工棉鞋要经过打袼褙、纳鞋底、上鞋帮等二十多道工序，光纳鞋底就得一千多针，一个人一天最多做两双。“机器做的鞋快，但穿着不跟脚。咱这手工的，穿上一冬天脚都不冷。”
p: 这些年，买鞋的老顾客越来越少，来店里的年轻人却多了起来。有的是小时候穿过他做的鞋，专门回来找回忆；有的是在网上刷到了视频，特意过来看看。
p: 前年，郭师傅的外孙帮他开了网店，现在每个月能从网上卖出去一百多双，最远的寄到了广东。
img: 店里的手工棉鞋
p: 问他打算干到什么时候，郭师傅笑着说：“只要还有人穿，我就一直做下去。”
'''
