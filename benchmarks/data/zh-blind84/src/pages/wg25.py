PAGE = dict(
    id="wg-25", kind="self-media", lang="zh",
    site="头条号文章页（资讯平台网页版，2024 年）",
    features="平台顶栏（下载APP/登录）；作者信息与时间、IP 属地“·浙江”同一行，未署个人名（账号名即作者）；口语化短段落、图片无说明（alt 为“图片”）；"
             "“举报/反馈”、评论区提示、作者卡片粉丝数、相关推荐列表",
    title="柯桥这条老街改造完成，周末去逛的人太多了",
    authors=["绍兴身边事"],
    publish_time="2025-03-18 20:16",
    head_title="柯桥这条老街改造完成，周末去逛的人太多了 - 今日头条",
    CSS="""
body{margin:0;font:17px/1.75 -apple-system,"PingFang SC","Microsoft YaHei";color:#222;background:#fff}
.tt-top{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;justify-content:space-between;padding:0 32px;font-size:14px}
.tt-top .l a{margin-right:18px;color:#222}
.tt-top .r a{margin-left:18px;color:#f04142}
.main{display:flex;justify-content:center;gap:40px;margin-top:24px}
.left-bar{width:60px;font-size:13px;color:#666;text-align:center;user-select:none}
.article{width:680px}
.article h1{font-size:28px;line-height:1.4;margin:0 0 14px}
.article-meta{font-size:13px;color:#999;margin-bottom:24px}
.article-meta span{margin-right:6px}
.article-content p{margin:0 0 20px}
.article-content .pgc-img{text-align:center;margin:0 0 20px}
.report{font-size:13px;color:#999}
.comment{border-top:1px solid #eee;margin-top:30px;padding-top:16px;font-size:14px}
.right-bar{width:300px;font-size:14px}
.author-card{border:1px solid #eee;padding:16px;border-radius:8px}
.author-card .nm{font-weight:600}
.rec h4{margin:20px 0 8px}
.rec li{margin-bottom:10px}
""",
    STYLE={"p": "<p>{t}</p>", "h": "<p><strong>{t}</strong></p>",
           "img_nocap": '<div class="pgc-img"><img alt="{alt}" src="%GIF%"></div>'},
    TEMPLATE="""
<div class="tt-top"><div class="l"><a href="#">首页</a><a href="#">下载头条APP</a><a href="#">添加到桌面</a></div><div class="r"><a href="#">登录</a></div></div>
<div class="main">
<div class="left-bar"><div>点赞</div><div>评论</div><div>收藏</div><div>分享</div></div>
<div class="article">
<h1>柯桥这条老街改造完成，周末去逛的人太多了</h1>
<div class="article-meta"><span class="name">绍兴身边事</span><span>2025-03-18 20:16</span><span>·浙江</span></div>
<div class="article-content">
{{BODY}}
</div>
<div class="report">举报/反馈</div>
<div class="comment">发表评论　<input type="text" placeholder="友善是交流的起点"> <button type="button">发布</button><br>暂无评论，快来抢沙发吧</div>
</div>
<div class="right-bar">
<div class="author-card"><img alt="绍兴身边事头像" src="%GIF%"> <span class="nm">绍兴身边事</span><br>分享绍兴本地吃喝玩乐和民生资讯<br>2.3万粉丝　·　1832获赞<br><button type="button">关注</button></div>
<div class="rec"><h4>相关推荐</h4><ul>
<li><a href="#">绍兴又一条地铁线路有新进展，看看经过你家吗</a></li>
<li><a href="#">周末去哪儿？绍兴周边5个赏花地推荐</a></li>
<li><a href="#">鲁迅故里附近新开了一家书店，颜值很高</a></li></ul></div>
</div>
</div>
""",
    BODY="""
p: 上周末路过柯桥古镇，发现改造了大半年的柯桥老街终于完工开放了，周六下午人多到走路都要排队。
img: 图片
p: 这次改造主要是在原来的老街基础上修缮了沿河的老房子，把原来杂乱的电线全部下地，石板路也重新铺过了。沿街的店铺统一换了木质招牌，看起来比以前清爽很多。
img: 图片
p: 老街上原来的几家老字号都还在，卖扯白糖的、做臭豆腐的、卖黄酒棒冰的，门口都排着队。新开的店主要是文创和咖啡，有一家开在老台门里的咖啡馆，院子里摆了几张桌子，很适合坐一坐。
p: 晚上沿河的灯都亮起来，配上石桥和乌篷船，很有江南水乡的感觉，拍照很出片。
img: 图片
h: 几点小提醒：
p: 1.周末人多，建议坐地铁或者公交过来，古镇周边停车位很紧张；
p: 2.老街部分路段是石板路，推婴儿车不太方便；
p: 3.如果想安静逛，建议工作日下午来。
p: 你去过改造后的柯桥老街了吗？欢迎在评论区说说感受。
""",
)
