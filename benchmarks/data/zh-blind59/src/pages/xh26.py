from lib import *

ID = "xh-26"
KIND = "self-media"
LANG = "zh"
FEATURES = ("头条号 article (今日头条) with no person named: author = account name 豫西乡村观察; <title> worded "
            "differently; meta glued '原创2024-07-11 21:07·豫西乡村观察'; 发布于 IP location; 关注 button and fan count; "
            "bold pseudo-headings; photo with no caption; 举报/反馈, 相关推荐 with comment counts")
HEAD_TITLE = "洛阳这个村把废弃窑洞改成民宿，一晚上600元还得提前订 - 今日头条"
TITLE_LINES = ["废弃窑洞变民宿，一晚600元还要提前订，洛阳这个村火了"]
AUTHORS = ["豫西乡村观察"]
TIME = "2024-07-11 21:07"

CSS = """
body{margin:0;background:#fff;font:18px/1.8 "PingFang SC","Microsoft YaHei";color:#222}
.tt-top{height:60px;border-bottom:1px solid #e8e8e8;display:flex;align-items:center;padding:0 30px}
.tt-top b{color:#f04142;font-size:22px}.tt-top input{margin-left:40px;width:300px;height:34px;border-radius:4px;border:1px solid #ddd}
.tt-top .login{margin-left:auto;background:#f04142;color:#fff;padding:4px 16px;border-radius:4px}
.tt-wrap{display:flex;width:1140px;margin:0 auto;gap:40px}
.tt-l{width:60px;padding-top:60px;text-align:center;font-size:13px;color:#666}
.article-content{flex:1;padding-top:20px}
.article-content h1{font-size:28px;line-height:1.4;margin:0 0 14px}
.article-meta{font-size:14px;color:#999;margin-bottom:24px}
.article-meta .original{border:1px solid #f04142;color:#f04142;font-size:12px;padding:0 2px;margin-right:6px}
.article-content p{margin:0 0 22px}
.article-content .pic{text-align:center}
.article-content .ip{font-size:13px;color:#999}
.tt-r{width:300px;padding-top:20px}
.card{border:1px solid #eee;padding:14px}.card .nm{font-weight:bold}.card .fl{background:#f04142;color:#fff;padding:2px 10px;border-radius:4px;font-size:14px}
.rec li{font-size:15px;margin-bottom:10px}.rec span{color:#999;font-size:12px;margin-left:8px}
"""

BODY = [
    P("在洛阳市孟津区的黄土塬上，有个叫前李村的小村子，最近在短视频平台上火了。火的不是别的，是村里十几孔由废弃窑洞改造的民宿。"),
    P("<strong>窑洞冬暖夏凉，城里人抢着住</strong>"),
    P("这些窑洞原本是上世纪七八十年代村民住的老房子，后来大家陆续搬进了新房，窑洞就空了下来，有的塌了顶，有的堆满了柴火。三年前，村里引入一家文旅公司，对23孔窑洞进行加固改造，保留了黄土墙和拱形门窗，屋里却装上了地暖、独立卫浴和落地窗。"),
    IMG("窑洞民宿外景", None),
    P("改好的窑洞民宿，旺季一晚600元左右，周末基本要提前半个月预订。来自郑州的游客说：“夏天不用开空调，屋里凉快得很，孩子还能在院子里玩泥巴、喂小羊。”"),
    P("<strong>村民当“股东”，年底有分红</strong>"),
    P("让村民得实惠，是这个项目的一大特点。窑洞以入股的方式参与经营，村民每年除了拿租金，还能按营业额参与分红。村里有二十多人在民宿里做保洁、做饭、当向导，村口还开起了农家乐和土特产小卖部。"),
    P("据村干部介绍，去年窑洞民宿共接待游客1.6万人次，带动村集体增收30多万元。今年村里计划再改造一批窑洞，同时开发黄河观景台和研学基地。"),
    P("你住过窑洞民宿吗？欢迎在评论区聊聊你的感受。"),
]


def page():
    return f"""<body>
<div class="tt-top"><b>{gif("今日头条")}今日头条</b><input type="text" placeholder="搜索站内资讯、视频或用户"><span class="login">登录</span></div>
<div class="tt-wrap">
<div class="tt-l"><p>赞</p><p>评论</p><p>收藏</p><p>分享</p></div>
<div class="article-content">
<h1>{TITLE_LINES[0]}</h1>
<div class="article-meta"><span class="original">原创</span><span>{TIME}</span><span>·</span><span class="name"><a href="#">豫西乡村观察</a></span></div>
{render(BODY)}
<p class="ip">发布于：河南省</p>
<p class="ip">举报/反馈</p>
</div>
<div class="tt-r"><div class="card">{gif("头像")}<p class="nm">豫西乡村观察</p><p>记录豫西乡村的变化 · 2.8万粉丝</p><span class="fl">+ 关注</span></div>
<div class="rec"><h4>相关推荐</h4><ul><li><a href="#">河南这个古村落，石头房子住了600年</a><span>236评论</span></li><li><a href="#">窑洞里开咖啡馆，年轻人回村创业</a><span>89评论</span></li><li><a href="#">三门峡地坑院，下沉式的古民居</a><span>412评论</span></li></ul></div></div>
</div>
</body>"""
