from lib import *

ID = "xh-29"
KIND = "self-media"
LANG = "zh"
FEATURES = ("搜狐号 article (account 长沙吃货研究所) naming its writer in an '作者 | 欧阳晨' line (compound surname; "
            "author, not body); meta '2024-06-03 09:15 发布于：湖南省'; 责任编辑 (not author); list of stalls with "
            "prices; 返回搜狐，查看更多; 声明 line; 阅读 count; 搜狐 top nav and 24小时热文")
HEAD_TITLE = "长沙夜市“新顶流”：凌晨两点还在排队的，居然是这几家_搜狐网"
TITLE_LINES = ["长沙夜市“新顶流”：凌晨两点还在排队的，居然是这几家"]
AUTHORS = ["欧阳晨"]
TIME = "2024-06-03 09:15"

CSS = """
body{margin:0;background:#fff;font:16px/1.85 "PingFang SC","Microsoft YaHei";color:#1a1a1a}
.sohu-nav{background:#fff;border-bottom:1px solid #e5e5e5;padding:0 calc(50% - 580px);display:flex;height:48px;align-items:center}
.sohu-nav b{color:#ffb000;margin-right:30px}.sohu-nav a{margin-right:18px;font-size:14px}
.sohu-main{width:1160px;margin:20px auto;display:flex;gap:50px}
.sohu-art{flex:1}
.sohu-art h1{font-size:28px;line-height:1.4;margin:0 0 10px}
.sohu-art .article-info{font-size:13px;color:#999}.sohu-art .article-info span{margin-right:14px}
.sohu-art .article p{margin:0 0 20px}
.sohu-art .article ul{padding-left:24px}
.sohu-art .back{color:#333;font-size:14px}
.sohu-art .statement{font-size:12px;color:#999}
.sohu-side{width:300px}.sohu-side .user{border:1px solid #eee;padding:14px;text-align:center}
.sohu-side h4{border-left:3px solid #ffb000;padding-left:6px}
"""

BODY = [
    P("作为一座“不夜城”，长沙的夜宵江湖从来不缺新面孔。这个夏天，坡子街、五一广场一带又冒出了几家“新顶流”，凌晨两点还排着长队。趁着周末，小编和朋友挨家挨户吃了一圈，给大家整理了一份不踩雷清单。"),
    P("先说总体感受：今年的长沙夜宵，小龙虾依旧是当家花旦，但糖油粑粑、臭豆腐这些老牌小吃也玩出了新花样，人均消费基本在50元到80元之间。"),
    P("这次吃下来，印象最深的几家是："),
    LI(["某老字号口味虾：蒜香和十三香两种口味，中份88元，排队约40分钟；",
        "坡子街芝士糖油粑粑：外脆里糯，拉丝效果很好，一份12元；",
        "南门口老字号臭豆腐：现炸现浇汤汁，一份15元，辣度可选；",
        "太平街手打柠檬茶：夏天必备解辣神器，一杯18元。"]),
    P("几个小提醒：一是热门店铺尽量提前在小程序上取号；二是五一广场周边夜间停车难，建议坐地铁或打车；三是吃辣要量力而行，点单时可以先要微辣。"),
    P("长沙的夜宵，吃的不只是味道，更是那份热闹和烟火气。你心目中的长沙夜宵第一名是哪家？评论区告诉我。"),
]


def page():
    return f"""<body>
<div class="sohu-nav"><b>{gif("搜狐")}搜狐</b><a href="#">首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">教育</a><a href="#">美食</a></div>
<div class="sohu-main">
<div class="sohu-art">
<h1>{TITLE_LINES[0]}</h1>
<div class="article-info"><span>{TIME}</span><span>发布于：湖南省</span><span><a href="#">长沙吃货研究所</a></span><span>阅读 (1.2万)</span></div>
<div class="article">
<p>作者 | 欧阳晨</p>
{render(BODY)}
<p class="back"><a href="#">返回搜狐，查看更多</a></p>
<p>责任编辑：<span>李  佳</span></p>
</div>
<p class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
</div>
<div class="sohu-side"><div class="user">{gif("长沙吃货研究所")}<p>长沙吃货研究所</p><p>文章 1286　总阅读 3860万</p><p><a href="#">查看TA的文章&gt;</a></p></div>
<h4>24小时热文</h4><ol>{ali(["长沙这条老街，藏着半个城市的早餐", "湖南人的夏天，从一碗米粉开始", "五一广场商圈端午客流创新高"])}</ol></div>
</div>
</body>"""
