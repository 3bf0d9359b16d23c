from blocks import *
from furniture import *

ID, KIND, LANG = "xn-25", "self-media", "zh"
SITE = "头条号（今日头条文章页）"
DOC_TITLE = "佛山这条滨江碧道全线贯通！周末骑行有好去处了 - 今日头条"
TITLE = "佛山这条滨江碧道全线贯通！周末骑行有好去处了"
AUTHORS = ["佛山生活圈"]
PUBLISH_TIME = "2024-06-01 18:23"
FEATURES = ("头条号 with no person named: the account 佛山生活圈 is the author; header line "
            "2024-06-01 18:23·广东 (IP region glued with a middle dot, not part of the time); 原创 badge, 关注 button, "
            "举报, 评论 box placeholder; short paragraphs, a bullet list in <p>s starting with ●, photo alt lines; "
            "相关推荐 and 头条 app furniture.")

CSS = """
body{margin:0;font:18px/1.8 "PingFang SC",sans-serif;color:#222;background:#f8f8f8}
.tt-top{background:#fff;border-bottom:1px solid #eee;padding:8px 10vw;display:flex;gap:24px;font-size:14px}
.main{display:flex;gap:30px;max-width:1100px;margin:16px auto}
.article{flex:1;background:#fff;padding:24px 40px}
h1{font-size:28px;line-height:1.4}
.meta{font-size:13px;color:#999;display:flex;gap:10px}
.orig{border:1px solid #f04142;color:#f04142;font-size:12px;padding:0 4px}
.article p{margin:0 0 16px}
.side{width:300px}
.card{background:#fff;padding:12px}
.cmt textarea{width:100%}
"""

BODY = [
    P("好消息！佛山又一条“网红”碧道来了！"),
    P("5月31日，顺德区容桂滨江碧道二期工程完工，与一期顺利连通。至此，这条沿着容桂水道蜿蜒的碧道全长达到12.6公里，成为顺德目前最长的滨水骑行绿道。"),
    IMG("碧道航拍图"),
    P("小编周末去实地走了一趟，沿线风景真的超出预期：一边是江面上来往的货船，一边是成片的紫花风铃木和芒草，傍晚时分江风一吹，特别舒服。"),
    P("整条碧道有这几个亮点值得打卡："),
    P("● 骑行道和步行道分开设置，骑车不用担心撞到行人；"),
    P("● 沿线设了5个驿站，有公厕、饮水点和共享单车停放点；"),
    P("● 新建了观景平台和亲水栈道，是拍日落的好地方；"),
    P("● 夜间有景观照明，晚上去也不用担心太黑。"),
    IMG("碧道夜景"),
    P("据顺德区水利部门介绍，碧道建设同步实施了堤防加固和岸线整治，既提升了防洪能力，也改善了沿江生态环境。今年内，容桂还将启动碧道三期建设，向东延伸至细滘大桥附近。"),
    P("温馨提示：碧道目前暂未设置专用停车场，建议绿色出行，可乘坐公交到容桂文塔公园站下车。"),
    P("你去过这条碧道了吗？欢迎在评论区分享你的打卡照片～"),
]


def page(body):
    return f"""<body>
<div class="tt-top"><a href="#">首页</a><a href="#">下载头条APP</a><a href="#">添加到桌面</a><a href="#">关于头条</a><a href="#">反馈</a><a href="#">侵权投诉</a><a href="#">登录</a></div>
<div class="main"><div class="article">
<h1>{TITLE}</h1>
<div class="meta"><span class="orig">原创</span><span>{PUBLISH_TIME}·广东</span><span>佛山生活圈</span></div>
{body}
<p style="font-size:13px;color:#999">举报/反馈</p>
<div class="cmt"><h4>评论 56</h4><textarea placeholder="留下你的精彩评论吧"></textarea><button type="button">评论</button></div>
</div>
<div class="side"><div class="card"><img alt="佛山生活圈"><b>佛山生活圈</b><p>佛山本地资讯 吃喝玩乐一网打尽</p><p>123篇文章 · 5.6万粉丝</p><button type="button">关注</button></div>
{related("相关推荐", ["广州这5条绿道，周末骑行超治愈", "顺德美食地图更新了！这几家老店必吃", "佛山地铁3号线全线开通时间定了？"], dates=False)}
</div></div>
</body>"""
