from lib import *

ID = "xh-30"
KIND = "self-media"
LANG = "zh"
FEATURES = ("微博头条文章 (weibo card article) by an account with no real name (author = account name 岳阳摄影小周); "
            "'发布于 2024-11-16 18:20 来自 微博 weibo.com' meta; @mentions and #话题# in the text; numbered 机位 "
            "sub-headings; photo captions; 阅读数/转发/评论/赞 bar; 相关推荐; 微博 login prompt")
HEAD_TITLE = "岳阳楼边看洞庭日落，这4个机位拍出来最美"
TITLE_LINES = ["岳阳楼边看洞庭日落，这4个机位拍出来最美"]
AUTHORS = ["岳阳摄影小周"]
TIME = "2024-11-16 18:20"

CSS = """
body{margin:0;background:#f2f2f5;font:16px/1.8 "PingFang SC","Microsoft YaHei";color:#333}
.wb-top{background:#fff;height:56px;display:flex;align-items:center;padding:0 calc(50% - 500px);box-shadow:0 1px 2px #ddd}
.wb-top b{color:#e6162d;font-size:22px}.wb-top input{margin-left:30px;width:260px;height:30px;border-radius:15px;border:1px solid #ddd}
.wb-top .lg{margin-left:auto}
.WB_artical{width:760px;margin:20px auto;background:#fff;padding:40px 60px;box-sizing:border-box}
.WB_artical .title{font-size:28px;font-weight:bold;line-height:1.4;margin-bottom:18px}
.WB_artical .authorinfo{display:flex;gap:10px;align-items:center;font-size:13px;color:#999}
.WB_artical .authorinfo .W_f14{color:#eb7350;font-size:15px}
.WB_editor_iframe p{margin:0 0 18px}
.WB_editor_iframe h4{margin:24px 0 10px;color:#eb7350}
.WB_editor_iframe .pic{text-align:center;margin:0}.WB_editor_iframe .pic-cap{text-align:center;font-size:13px;color:#999}
.WB_artical .count{color:#999;font-size:13px;text-align:right}
.handle{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:10px;color:#808080}
.recs{width:760px;margin:0 auto 30px;background:#fff;padding:20px 60px;box-sizing:border-box}
"""

BODY = [
    P("岳阳楼下、洞庭湖边，是全国最适合看日落的地方之一。这几年我在这一带拍了几百次日落，今天把私藏的4个机位分享给大家，@岳阳文旅 的小伙伴也可以帮忙转给更多想来拍照的朋友。#岳阳旅游# #洞庭湖日落#"),
    H("机位一：岳阳楼景区北侧观湖台", tag="h4"),
    P("这是最经典的角度，可以把岳阳楼的飞檐和湖面同时框进画面。建议用中长焦，日落前20分钟到位，太阳正好落在君山岛方向。"),
    IMG("岳阳楼与日落", "岳阳楼北侧观湖台拍摄的日落"),
    H("机位二：洞庭南路汴河街码头", tag="h4"),
    P("码头边停着不少渔船，日落时渔船剪影加上金色湖面，很有烟火气。周末人比较多，工作日傍晚来更容易拍到干净的画面。"),
    H("机位三：三江口观景平台", tag="h4"),
    P("这里是长江和洞庭湖交汇的地方，视野开阔，可以拍到“一半清一半黄”的水面。秋冬季节空气通透，运气好还能拍到晚霞。"),
    H("机位四：南湖风景区观景栈道", tag="h4"),
    P("如果想避开人流，南湖是个好选择。湖面平静时倒影非常漂亮，适合拍长曝光。"),
    P("最后提醒一句：湖边风大，记得带件外套，三脚架一定要挂重物，不然很容易被吹倒。"),
]


def page():
    return f"""<body>
<div class="wb-top"><b>{gif("微博")}微博</b><input type="text" placeholder="搜索微博"><span class="lg"><a href="#">登录</a> | <a href="#">注册</a></span></div>
<div class="WB_artical">
<div class="title">{TITLE_LINES[0]}</div>
<div class="authorinfo">{gif("头像")}<a class="W_f14" href="#">岳阳摄影小周</a><span>发布于 {TIME}</span><span>来自 微博 weibo.com</span></div>
<p class="count">阅读数：3.4万</p>
<div class="WB_editor_iframe">
{render(BODY)}
</div>
<div class="handle"><span>转发 126</span><span>评论 89</span><span>赞 1052</span></div>
</div>
<div class="recs"><h4>相关推荐</h4><ul>{ali(["君山岛秋天的芦苇荡美哭了", "湖南最值得去的十个古镇", "岳阳三日游攻略，看这一篇就够了"])}</ul>
<p>登录微博，发现更多精彩内容　<a href="#">立即登录</a></p></div>
</body>"""
