from blocks import *
from furniture import *

ID, KIND, LANG = "xn-30", "self-media", "zh"
SITE = "微博头条文章（政务微博账号）"
DOC_TITLE = "关于中秋国庆假期鼓浪屿周边交通管控的提示"
TITLE = "关于中秋国庆假期鼓浪屿周边交通管控的提示"
AUTHORS = ["鹭岛交警在线"]
PUBLISH_TIME = "2024-09-14 10:05"
FEATURES = ("微博 article of an official account: the account 鹭岛交警在线 is the author (no person); "
            "发布于 2024-09-14 10:05 and a 阅读数; numbered items 1. 2. in <p>s mixed with （一）（二） "
            "sub-headings; 广大市民： salutation (body); the account 署名 and date at the end (body); "
            "转发/评论/赞 bar, 关注 button, 微博 footer.")

CSS = """
body{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei";background:#f2f2f5;color:#333}
.wb-nav{background:#fff;padding:8px 10vw;display:flex;gap:20px;border-bottom:1px solid #e6e6e6}
.main{max-width:760px;margin:16px auto;background:#fff;padding:30px 50px}
.WB_editor_iframe h1{font-size:28px}
.author{display:flex;gap:10px;align-items:center;font-size:14px;color:#939393}
.author a{color:#eb7350}
.WB_editor_iframe p{margin:0 0 14px}
.r{text-align:right}
.tool{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:10px;color:#808080}
.ft{text-align:center;font-size:12px;color:#999;padding:20px}
"""

BODY = [
    P("广大市民、游客朋友："),
    P("中秋、国庆假期即将来临，预计鼓浪屿及周边区域客流、车流将明显增加。为保障交通安全有序，厦门交警将于9月15日至17日、10月1日至7日期间，对鼓浪屿轮渡周边道路实施临时交通管控措施。现将有关事项提示如下：", indent=IND),
    P("（一）管控区域及时间", indent=IND),
    P("1.鹭江道（开禾路口至和平码头段）、厦禾路（开禾路口至轮渡段），每日9时至21时；", indent=IND),
    P("2.轮渡码头前广场及周边支路，全天实施临时管控。", indent=IND),
    P("（二）管控措施", indent=IND),
    P("1.管控期间，除公交车、出租车及持通行证车辆外，其他机动车禁止驶入管控路段；", indent=IND),
    P("2.视客流情况，适时对东渡邮轮中心厦鼓码头周边道路实施分流；", indent=IND),
    P("3.管控路段两侧临时停车泊位暂停使用。", indent=IND),
    P("（三）出行建议", indent=IND),
    P("请前往鼓浪屿的游客尽量选择地铁、公交等公共交通工具出行，地铁1号线镇海路站、2号线中山公园站步行可达轮渡。自驾车辆可停放在周边公共停车场后换乘公交。", indent=IND),
    P("感谢广大市民、游客朋友的理解与支持！", indent=IND),
    P("鹭岛交警在线", cls="r"),
    P("2024年9月14日", cls="r"),
]


def page(body):
    return f"""<body>
<div class="wb-nav"><b>微博</b><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a>{search("大家都在搜：中秋假期出行")}<a href="#">注册</a><a href="#">登录</a></div>
<div class="main"><div class="WB_editor_iframe">
<h1>{TITLE}</h1>
<div class="author"><img alt="鹭岛交警在线"><a href="#">鹭岛交警在线</a><span>发布于 {PUBLISH_TIME}</span><span>阅读数：3.6万</span><button type="button">+ 关注</button></div>
{body}
</div>
<div class="tool"><span>转发 128</span><span>评论 86</span><span>赞 412</span></div>
</div>
<div class="ft"><a href="#">微博客服</a> <a href="#">意见反馈</a> <a href="#">舞弊举报</a> <a href="#">开放平台</a><br>京ICP证100780号　互联网药品服务许可证　京网文[2014]0000-100号</div>
</body>"""
