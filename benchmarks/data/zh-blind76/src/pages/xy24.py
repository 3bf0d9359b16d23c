from lib import *

NOTES = "City media commentary page (Guangdong): 评论 column label, □ marker byline with role (□ 鹏城晚报评论员 何思远) above the body (not body), date with 年月日 and time, argument paragraphs with one bold run-in, 往期评论 list, 声明 line, footer."

META = dict(id="xy-24", kind="media", lang="zh",
            title="让“口袋公园”真正装进市民的口袋",
            authors=["何思远"],
            publish_time="2025年06月13日 07:05")

HEAD_TITLE = "让“口袋公园”真正装进市民的口袋_评论_鹏城新闻网"

CSS = """
body{margin:0;background:#faf8f3;font-family:"Songti SC","SimSun",serif;color:#222}
.pc-top{background:#fff;border-bottom:1px solid #e6e0d4}
.pc-top .in{width:1000px;margin:auto;padding:16px 0;display:flex;justify-content:space-between;align-items:center}
.pc-top .in .brand{font-size:28px;font-weight:bold;color:#7b1fa2;font-family:"Microsoft YaHei"}
.pc-top .in nav a{font-family:"Microsoft YaHei";font-size:14px;color:#555;margin-left:16px}
.pc-op{width:760px;margin:30px auto;background:#fff;padding:36px 60px;border:1px solid #eee}
.pc-op .lab{font-family:"Microsoft YaHei";color:#fff;background:#7b1fa2;display:inline-block;padding:2px 10px;font-size:13px}
.pc-op h1{font-size:30px;margin:14px 0 6px;line-height:1.4}
.pc-op .when{font-family:"Microsoft YaHei";font-size:13px;color:#999}
.pc-op .au{font-size:16px;margin:18px 0 8px;color:#444}
.pc-op .essay p{font-size:18px;line-height:2;margin:0 0 16px;text-indent:2em}
.pc-op .sm{font-family:"Microsoft YaHei";font-size:12px;color:#aaa;border-top:1px solid #eee;padding-top:10px}
.pc-past{width:760px;margin:0 auto 30px;font-family:"Microsoft YaHei";font-size:14px}
.pc-past h4{color:#7b1fa2}
.pc-ft{background:#fff;border-top:1px solid #e6e0d4;text-align:center;font-family:"Microsoft YaHei";font-size:12px;color:#888;padding:18px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
}

BLOCKS = [
    X('<p class="au">□ 鹏城晚报评论员 何思远</p>'),
    P("据报道，今年我市计划新建和改造口袋公园60个，不少市民在社交平台上晒出家门口新公园的照片，点赞之余也提出了意见：有的公园座椅太少，有的夜间照明不足，还有的建在车流密集的路口，老人孩子不敢久留。"),
    P("口袋公园面积不大，却是离居民最近的公共空间。它的价值不在于“建了多少个”，而在于“有多少人愿意去、经常去”。一些地方把口袋公园当作绿化指标来完成，重景观轻功能，种了名贵苗木、铺了好看的地砖，却忘了问一问周边居民需要什么。"),
    P("<strong>建公园之前先听听居民怎么说。</strong>老旧小区周边，老人需要的可能是遮阴的座椅和健身器材；学校附近，家长需要的可能是接送孩子时能歇脚的地方；商业街区，上班族需要的可能是午间透口气的一片绿荫。设计方案不妨在社区公示，让居民投票、提意见，建成后也要定期回访，根据使用情况及时调整。"),
    P("管好比建好更难。口袋公园数量多、分布散，日常保洁、设施维护、夜间照明都需要长期投入。可以探索由街道社区牵头、周边商户和志愿者共同参与的管护模式，让公园有人管、管得好。"),
    P("城市的温度，往往就体现在这些细微之处。让口袋公园真正装进市民的口袋，需要的不只是一张规划图，更是一份把群众需求放在心上的用心。"),
]


def frame(M, body):
    return f"""<body>
<div class="pc-top"><div class="in"><span class="brand">鹏城新闻网</span><nav><a href="#">首页</a><a href="#">深圳</a><a href="#">湾区</a><a href="#">评论</a><a href="#">读特</a><a href="#">视频</a><a href="#">数字报</a></nav></div></div>
<div class="pc-op">
<span class="lab">鹏城时评</span>
<h1>{M["title"]}</h1>
<div class="when">{M["publish_time"]}　来源：鹏城晚报</div>
<div class="essay">
{body}
</div>
<p class="sm">声明：本文为鹏城晚报原创评论，转载请注明出处。</p>
</div>
<div class="pc-past"><h4>往期评论</h4>
<p><a href="#">暴雨天“停课不停工”，安全底线不能松</a></p>
<p><a href="#">电动自行车新国标落地，过渡期更要讲方法</a></p>
<p><a href="#">“夜经济”要热闹，也要守住居民的安宁</a></p>
</div>
<div class="pc-ft">鹏城新闻网 版权所有　粤ICP备05011892号　互联网新闻信息服务许可证：44120180007</div>
</body>"""
