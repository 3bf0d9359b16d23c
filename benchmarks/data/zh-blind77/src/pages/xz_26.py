# 百家号 article — account name differs from the writer named in 文丨 line
from kit import *

CSS = """
body{margin:0;font:17px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#333}
a{color:#333;text-decoration:none}
.bjh-top{height:60px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 30px;font-size:14px;justify-content:space-between}
.bjh-top .logo{font-size:20px;color:#3060f0;font-weight:bold}
.main{width:860px;margin:30px auto}
.title-box h1{font-size:28px;line-height:1.45;margin:0 0 18px}
.author-box{display:flex;align-items:center;gap:12px;margin-bottom:24px;font-size:14px;color:#999}
.author-box .name{color:#333;font-size:16px;font-weight:bold}
.author-box .follow{border:1px solid #3060f0;color:#3060f0;border-radius:14px;padding:0 14px}
.article-content p{margin:0 0 22px}
.article-content .wen{color:#666;font-size:15px}
.pic{text-align:center}
.statement{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:10px}
.recommend li{line-height:34px}
.foot{text-align:center;font-size:12px;color:#999;padding:20px 0}
"""

HL = Headline("“贵州没有平地”？在黔南跑了三年货运，我有话说")

BODY = Body([
    NOTE("文丨王涛", cls="wen"),
    P("三年前，我把在广东开了八年的货车开回了老家黔南，专门跑州内和周边的短途货运。很多朋友听说后第一句话都是：“贵州那么多山，路好走吗？”"),
    P("说实话，刚回来那阵子我心里也没底。小时候从县城到州府，要坐大半天班车，盘山路一弯接一弯，晕车的人吐得不行。可真跑起来才发现，情况早就不一样了。"),
    H("一、高速比想象中多"),
    P("现在从我们县到都匀走高速只要一个多小时，到贵阳两个半小时。很多过去要绕几十公里的峡谷，现在一座桥就跨过去了。跑一趟下来，油钱和时间都省了不少。"),
    IMG("货车行驶在山区高速公路上"),
    H("二、乡下的路也通了"),
    P("以前最怕往村里送货，泥巴路一下雨就走不了。现在大部分村都通了硬化路，有的还修到了组上。去年我往一个苗寨送建材，9米6的车能直接开到寨子口。"),
    H("三、货多了，活也好找了"),
    P("茶叶、刺梨、蔬菜、建材，一年四季都有货拉。我算了算，去年跑了9万多公里，除去油费、路费和车贷，收入比在广东时少不了多少，关键是能天天回家陪孩子。"),
    P("当然，山区跑车也有难处，下坡长、弯道多，刹车和轮胎损耗大，雨雾天气得格外小心。但要说“贵州没有平地、车开不进来”，那真是老黄历了。"),
    NOTE("本文为作者原创，未经授权禁止转载。", cls="wen"),
], mode="p")

PAGE = dict(
    id="xz-26", kind="self-media", lang="zh", region="贵州", site="百家号",
    features="百家号；标题以带引号的问句开头；账号名“黔行者阿涛”与正文前“文丨王涛”不同（作者为具名的人）；"
             "日期“2024-05-20 11:35”后紧跟IP属地；正文小标题；原创声明、举报/反馈、推荐列表不是正文",
    title_tag="“贵州没有平地”？在黔南跑了三年货运，我有话说",
    css=CSS,
    meta={"description": "三年前，我把在广东开了八年的货车开回了老家黔南。"},
    authors=["王涛"],
    publish_time="2024-05-20 11:35",
    parts=[
        '<div class="bjh-top"><span class="logo">百度 | 百家号</span>' + search("搜索") + '<span><a href="#">登录</a></span></div>',
        '<div class="main">',
        HL,
        '<div class="author-box">' + img("黔行者阿涛头像") + '<div><div class="name">黔行者阿涛</div>'
        '<div>2024-05-20 11:35贵州 · 汽车领域创作者</div></div><span class="follow">关注</span></div>',
        BODY,
        '<p class="statement">举报/反馈</p>',
        '<div class="recommend"><b>为你推荐</b>' + ul(["贵州的高速公路到底有多“野”？", "跑货运十年，我总结了山区开车的5个经验",
                                                        "黔南这个县城，藏着一条最美公路"]) + "</div>",
        "</div>",
        '<div class="foot">©2024 Baidu 使用百度前必读 意见反馈 京ICP证041263号</div>',
    ],
)
