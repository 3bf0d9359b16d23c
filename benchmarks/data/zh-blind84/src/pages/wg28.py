PAGE = dict(
    id="wg-28", kind="self-media", lang="zh",
    site="搜狐号文章页（门户自媒体平台，2022 年）",
    features="左侧作者卡片（账号名、文章数、总阅读）在正文前；信息行“2025-03-21 11:20 发布于：新疆维吾尔自治区”；标题在作者卡片后；"
             "路线式小标题“Day1/Day2”；图片+图注；文末“返回搜狐，查看更多”与空的“责任编辑：”；平台声明；推荐阅读",
    title="伊犁杏花还没开，但这条自驾路线现在走刚刚好",
    authors=["天山行者"],
    publish_time="2025-03-21 11:20",
    head_title="伊犁杏花还没开，但这条自驾路线现在走刚刚好_新疆_公路_天山",
    CSS="""
body{margin:0;background:#fff;font:16px/1.9 "PingFang SC","Microsoft YaHei";color:#191919}
.sohu-top{height:44px;background:#f9f9f9;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 30px;gap:18px;font-size:13px}
.sohu-top .lg{color:#ffd100;background:#111;padding:0 8px;font-weight:bold}
.container{width:1080px;margin:24px auto;display:flex;gap:30px}
.left{width:200px;font-size:13px;color:#666}
.user-info .nm{font-size:16px;color:#191919;font-weight:600}
.user-info ul{list-style:none;padding:0}
.article-box{width:640px}
.text-title h1{font-size:28px;line-height:1.4;margin:0}
.article-info{font-size:13px;color:#999;margin:10px 0 22px}
.article-info span{margin-right:10px}
article p{margin:0 0 20px}
article .ph{text-align:center;margin:0}
article .ph-cap{text-align:center;font-size:14px;color:#999}
.statement{font-size:13px;color:#999;margin-top:18px}
.back{color:#333}
.right{width:180px;font-size:13px}
""",
    STYLE={"p": "<p>{t}</p>", "h": "<p><strong>{t}</strong></p>",
           "img": '<p class="ph"><img alt="{alt}" src="%GIF%"></p><p class="ph-cap">{cap}</p>'},
    TEMPLATE="""
<div class="sohu-top"><span class="lg">搜狐</span><a href="#">首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">教育</a><a href="#">时尚</a><a href="#">科技</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">更多</a></div>
<div class="container">
<div class="left"><div class="user-info"><img alt="" src="%GIF%"><div class="nm">天山行者</div><ul><li>文章　523</li><li>总阅读　86万</li></ul><a href="#">查看TA的文章&gt;</a></div></div>
<div class="article-box">
<div class="text-title"><h1>伊犁杏花还没开，但这条自驾路线现在走刚刚好</h1></div>
<div class="article-info"><span class="time">2025-03-21 11:20</span><span>发布于：新疆维吾尔自治区</span></div>
<article class="article">
{{BODY}}
</article>
<p><a class="back" href="#">返回搜狐，查看更多</a></p>
<p>责任编辑：</p>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
</div>
<div class="right"><b>推荐阅读</b><ul><li><a href="#">赛里木湖开湖了吗？最新实拍</a></li><li><a href="#">独库公路今年何时通车</a></li><li><a href="#">喀什古城春天怎么玩</a></li></ul></div>
</div>
""",
    BODY="""
p: 每年一到三月底，就有不少朋友问：伊犁的杏花什么时候开？按往年的规律，吐尔根杏花沟的花期一般在4月上中旬，现在去还早了点。不过，三月下旬从乌鲁木齐出发往伊犁方向自驾，路况好、游客少，沿途的风景也一点不输旺季。
h: Day1：乌鲁木齐—赛里木湖（约520公里）
p: 走G30连霍高速一路向西，过了精河以后，路边的雪山越来越近。三月下旬的赛里木湖大部分湖面还结着冰，湖边的积雪没化，蓝白相间，非常安静。建议在湖边住一晚，看日落和第二天的日出。
img: 赛里木湖 | 三月下旬的赛里木湖，湖面仍有大片浮冰。
h: Day2：赛里木湖—果子沟—伊宁市（约120公里）
p: 果子沟大桥一定要白天走，桥上不能停车，可以在观景台拍全景。到伊宁市后可以去六星街逛逛，吃一顿地道的馕坑肉和酸奶粽子。
h: Day3：伊宁市—那拉提方向（约280公里）
p: 这个季节那拉提草原还没返青，但沿途的巩乃斯河谷和远处的雪山很壮观。部分景区还没开放，出发前一定要提前查询。
h: 几个注意事项
p: 一是早晚温差大，羽绒服一定要带；二是部分山区路段可能有积雪结冰，注意车速，最好备好防滑链；三是沿途加油站间隔较远，油量过半就加满。
p: 等到四月中旬杏花开了，我们再去一趟吐尔根，到时候给大家更新花况。
""",
)
