from lib import *

PAGE = dict(
    id="xj-27", kind="self-media", lang="zh",
    title="丹东三日游攻略：鸭绿江边吃海鲜、看断桥，人均800元玩到尽兴",
    authors=["王蕾"],
    publish_time="2024-07-15 11:02",
    doc_title="丹东三日游攻略：鸭绿江边吃海鲜、看断桥，人均800元玩到尽兴",
    pfmt="p", hfmt="strong",
    features="百家号 article: account name in the header, a person named in a 文/王  蕾 line at the top of the text (that person is the author; the line is not body); "
             "day-by-day sub-headings; an 出行小贴士 (温馨提示) list; photo alt texts; 原创声明 and 举报 (not body); 为你推荐 list.",
    css="""
body{margin:0;font:17px/1.8 Arial,"PingFang SC","Microsoft YaHei";color:#333}
.top{height:50px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 20px}
.top b{color:#2932e1;font-size:20px}
.top a{margin-left:auto}
.page{width:820px;margin:0 auto}
h2.title{font-size:26px;line-height:1.5;margin:28px 0 16px}
.author{display:flex;gap:10px;align-items:center;color:#999;font-size:14px}
.author .nm{color:#333;font-size:15px}
.article p{margin:22px 0}
.article ul{padding-left:1.2em}
.article li{margin:6px 0}
.pic{text-align:center}
.sm{color:#999;font-size:14px}
.rec li{line-height:2.2}
.ft{text-align:center;color:#999;font-size:12px;padding:20px}
""",
)

HTML = """
<div class="top"><b>百度 百家号</b><a href="#">登录</a></div>
<div class="page">
<h2 class="title">丹东三日游攻略：鸭绿江边吃海鲜、看断桥，人均800元玩到尽兴</h2>
<div class="author"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="">
<span class="nm">辽东旅游笔记</span><span>2024-07-15 11:02辽宁</span><span>旅游领域创作者</span><a href="#">关注</a></div>
<div class="article">
<p>文/王&nbsp;&nbsp;蕾</p>
{{BODY}}
</div>
<p class="sm">本文为百家号作者原创，未经授权不得转载。　<a href="#">举报</a></p>
<div class="rec"><h3>为你推荐</h3><ul><li><a href="#">大连金石滩一日游，这几个拍照点别错过</a></li><li><a href="#">本溪水洞避暑攻略</a></li><li><a href="#">凤凰山登山路线怎么选？</a></li></ul></div>
</div>
<div class="ft">©2024 Baidu　使用百度前必读　京ICP证041726号</div>
"""

BODY = [
    P("今年暑假带家人去了一趟丹东，三天两晚，人均花了不到800元，吃得好、玩得也舒服。把行程整理出来，给想去的朋友参考。"),
    IMG("鸭绿江断桥"),
    H("第一天：鸭绿江断桥＋江边夜景"),
    P("上午抵达丹东后先去酒店放行李，我们住在江沿街附近，步行就能到鸭绿江边。下午去鸭绿江断桥，门票30元，桥上能看到对岸的风景。傍晚沿着江边公园散步，晚上江边亮灯，很多本地人在这里遛弯、跳广场舞，很有烟火气。"),
    H("第二天：虎山长城＋河口"),
    P("虎山长城在市区东北方向，打车四十分钟左右。爬上去大概一个小时，最高处视野很开阔。下午去了河口，坐船游鸭绿江，船票按时长计价，半小时的一人60元。河口的桃花鱼和江鲜很出名，可以在附近的农家院吃午饭。"),
    H("第三天：海鲜市场＋东港黄蚬子"),
    P("最后一天去了丹东的海鲜市场，黄蚬子、梭子蟹、杂色蛤都很新鲜，价格比大城市便宜一半。市场周边有很多加工店，买好海鲜就能直接加工，加工费一斤十元左右。"),
    H("出行小贴士"),
    L(["①去断桥和河口建议带好身份证，部分景点需要登记；",
       "②江边紫外线强，注意防晒，早晚温差大可以带件薄外套；",
       "③买海鲜时认准有价格公示的摊位，当场过秤；",
       "④丹东市区打车起步价8元，景点之间打车比跟团更灵活。"]),
]
