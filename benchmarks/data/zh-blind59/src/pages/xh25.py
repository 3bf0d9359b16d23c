from lib import *

ID = "xh-25"
KIND = "self-media"
LANG = "zh"
FEATURES = ("微信公众号 article (account 凤凰古城微旅行, 湖南湘西); meta line '原创 龙晓燕 凤凰古城微旅行 2024年10月03日 "
            "08:30 湖南' (spans, author named → the person); '文 | 龙晓燕' '图 | 田  野' credit lines (not body; "
            "photographer not an author); numbered sub-headings; photo captions; 编辑 | 审核 | lines; 点击蓝字关注, "
            "阅读原文, 喜欢此内容的人还喜欢, 微信扫一扫 QR panel, 继续滑动看下一个")
HEAD_TITLE = "凤凰古城的秋天，藏在这5个瞬间里"
TITLE_LINES = ["凤凰古城的秋天，藏在这5个瞬间里"]
AUTHORS = ["龙晓燕"]
TIME = "2024年10月03日 08:30"

CSS = """
body{margin:0;background:#fff;font:17px/1.75 -apple-system,"PingFang SC","Helvetica Neue",sans-serif;color:#333}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4;margin:0 0 14px}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.5);margin-bottom:22px}
.rich_media_meta_list span{margin-right:8px}
.rich_media_meta_list .nick{color:#576b95}
.rich_media_content p{margin:0 0 20px;letter-spacing:.5px}
.rich_media_content .credit{font-size:14px;color:#888;text-align:center;margin:0}
.rich_media_content h3{font-size:17px;color:#b3472b;text-align:center;margin:28px 0 12px}
.rich_media_content .pic{text-align:center;margin:0}.rich_media_content .pic-cap{font-size:13px;color:#999;text-align:center}
.blue{color:#576b95;text-align:center;font-size:14px}
.tool{display:flex;justify-content:space-between;font-size:14px;color:#576b95;margin-top:30px}
.like{border-top:1px solid #eee;margin-top:20px;font-size:15px}
.qr{text-align:center;font-size:13px;color:#999;margin-top:30px}
"""

BODY = [
    H("01 沱江晨雾", tag="h3"),
    P("清晨六点，沱江上的雾还没有散开，吊脚楼像浮在水面上。撑船的老人把竹篙一点，小船就滑进了雾里，只留下一圈圈涟漪。这是凤凰一天中最安静的时刻，也是摄影爱好者最舍不得错过的时刻。"),
    IMG("沱江晨雾", "沱江晨雾中的吊脚楼"),
    H("02 虹桥上的夕阳", tag="h3"),
    P("傍晚站在虹桥上往西看，夕阳把江面染成金色，游人、船影和老城墙都成了剪影。十月的凤凰，日落大约在六点十分，建议提前半小时来占个好位置。"),
    H("03 苗家姜糖", tag="h3"),
    P("古城的街巷里，到处能看到现场拉姜糖的小店。师傅把熬好的糖浆挂在木钩上反复拉扯，不一会儿糖就变得金黄透亮。刚切好的姜糖带着余温，甜中带辣，是秋天最暖的味道。"),
    H("04 银匠铺的叮当声", tag="h3"),
    P("在老营哨街，苗族银匠龙师傅已经打了三十多年银饰。一块银料在他手里经过熔、锻、錾、焊，变成精巧的项圈和手镯。“机器做得再快，也没有手工的温度。”他说。"),
    H("05 夜晚的灯火", tag="h3"),
    P("夜幕降临，两岸灯火次第亮起，倒映在沱江里，像是把整座古城又复制了一遍。如果你只有一个晚上，不妨找一家临江的小店，点一壶茶，看看这座千年古城的夜色。"),
]


def page():
    return f"""<body>
<div class="rich_media">
<h1 class="rich_media_title">{TITLE_LINES[0]}</h1>
<div class="rich_media_meta_list"><span>原创</span><span>龙晓燕</span><a class="nick" href="#">凤凰古城微旅行</a> <span>{TIME}</span><span>湖南</span></div>
<div class="rich_media_content">
<p class="blue">点击蓝字 关注我们</p>
<p class="credit">文 | 龙晓燕</p>
<p class="credit">图 | 田&nbsp;&nbsp;野</p>
{render(BODY)}
<p class="credit">编辑 | 吴  梅　审核 | 杨  林</p>
<p class="blue">{gif("分割线")}</p>
</div>
<div class="tool"><a href="#">阅读原文</a><span>阅读 1.3万</span><span>赞 326</span><span>在看 58</span></div>
<div class="like"><p>喜欢此内容的人还喜欢</p><ul>{ali(["国庆假期凤凰古城交通管制公告", "湘西这5个小众古镇，人少景美", "苗族赶秋节，你赶上了吗？"])}</ul></div>
<div class="qr">{gif("公众号二维码")}<p>微信扫一扫<br>关注该公众号</p></div>
<p class="qr">继续滑动看下一个</p>
<p class="qr">轻触阅读原文</p>
</div>
</body>"""
