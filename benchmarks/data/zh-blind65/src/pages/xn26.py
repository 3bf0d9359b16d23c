from blocks import *
from furniture import *

ID, KIND, LANG = "xn-26", "self-media", "zh"
SITE = "百家号（百度百家号文章页）"
DOC_TITLE = "南宁老友粉为何越吃越“贵”？我们问了8家老店"
TITLE = "南宁老友粉为何越吃越“贵”？我们问了8家老店"
AUTHORS = ["陆晓彤"]
PUBLISH_TIME = "2023-03-15 09:12"
FEATURES = ("百家号: account 南宁城事通 in the header but a person is named in the first line 文|陆晓彤 (the person "
            "is the author; that line is not body); date glued to the IP region 2023-03-15 09:12广西; a "
            "table pasted as text (price list) in one <p> with runs of &nbsp;; 声明：… disclaimer and 举报 not body.")

CSS = """
body{margin:0;font:17px/1.85 Arial,"Microsoft YaHei";color:#333}
.bh{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 8vw;gap:20px}
.wrap{width:900px;margin:20px auto}
h2.title{font-size:28px;line-height:1.4}
.author{display:flex;gap:10px;align-items:center;font-size:14px;color:#999}
.author b{color:#333}
.art p{margin:0 0 18px}
.price{font-family:monospace;font-size:15px}
.decl{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:10px}
"""

BODY = [
    X('<p>文|陆晓彤</p>'),
    P("一碗老友粉，是很多南宁人的“续命神器”。但最近不少网友吐槽：以前10块钱能吃得饱饱的，现在随便加点料就要十七八块了。老友粉真的越来越贵了吗？"),
    P("带着这个问题，我们走访了青秀、兴宁、江南三个城区的8家老友粉店，记录下它们的招牌价格："),
    TEXTTABLE([
        ["店铺", "2020年", "2023年"],
        ["中山路老店", "10元", "13元"],
        ["朝阳广场店", "11元", "14元"],
        ["江南万达店", "12元", "15元"],
        ["建政路小店", "9元", "12元"],
    ], cls="price"),
    P("三年时间，一碗基础款老友粉普遍涨了3元左右，涨幅在25%到33%之间。"),
    P("“不是我们想涨，是成本实在顶不住。”中山路一家开了20多年的老店老板娘覃姐算了一笔账：猪肉、酸笋、米粉的进货价都在涨，店面租金三年涨了一成多，再加上人工，一碗粉的利润其实只有两三块钱。"),
    P("也有食客表示理解。“一碗粉从早上熬汤开始，工序很多，现在的价格也还能接受，关键是味道别变。”在朝阳广场附近上班的小黄说。"),
    P("值得一提的是，不少老店开始推出“小份”，价格比标准份便宜2元左右，满足不同食量的顾客。你最近一次吃老友粉花了多少钱？"),
]


def page(body):
    return f"""<body>
<div class="bh"><img alt="百度"><a href="#">百家号</a>{search("搜索你感兴趣的内容", "百度一下")}<a href="#">登录</a></div>
<div class="wrap">
<h2 class="title">{TITLE}</h2>
<div class="author"><img alt="南宁城事通"><b>南宁城事通</b><span>{PUBLISH_TIME}广西</span><span>优质美食领域创作者</span><button type="button">+关注</button></div>
<div class="art">
{body}
</div>
<div class="decl">声明：本文内容为作者原创，未经授权禁止转载。<a href="#">举报/反馈</a></div>
{related("为你推荐", ["广西螺蛳粉产业年营收突破600亿元", "南宁这家卷筒粉店，开了30年还要排队", "老友粉的“老友”二字从何而来？"], dates=False)}
</div>
</body>"""
