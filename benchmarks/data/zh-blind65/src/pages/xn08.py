from blocks import *
from furniture import *

ID, KIND, LANG = "xn-08", "government", "zh"
SITE = "福州市鼓楼区东街街道办事处网站（街道子站，旧式双栏表格）"
DOC_TITLE = "东街街道开展“邻里守望·情暖三坊”志愿服务活动"
TITLE = "东街街道开展“邻里守望·情暖三坊”志愿服务活动"
AUTHORS = ["郑雅婷"]
PUBLISH_TIME = "2017-12-04"
FEATURES = ("two columns side by side in an old layout table: the article cell (text with <br><br>, no <p>) and a "
            "sidebar cell, so the copy runs the last article line and the sidebar together on one line (tab; a "
            "space in raw/); closing byline （东街街道 郑雅婷） inside the last paragraph (stays body); date "
            "in [2017-12-04] brackets; 责任编辑 line below the layout table.")

CSS = """
body{margin:0;font:12px/1.8 SimSun}
.ban{background:#7a1010;color:#fff;font-size:22px;padding:12px 20px}
.nav{background:#a52a2a;padding:4px 20px}.nav a{color:#fff;margin-right:14px}
table.lay{width:960px;margin:0 auto;border-collapse:collapse}
td.art{width:700px;vertical-align:top;padding:10px;font-size:14px;line-height:2}
td.side{width:240px;vertical-align:top;background:#faf3e8;padding:10px}
.t1{font-size:20px;font-weight:bold;text-align:center;display:block}
.d1{display:block;text-align:center;color:#888}
.foot{text-align:center;border-top:2px solid #7a1010;padding:8px;margin-top:10px}
"""

PARAS = [
    "为弘扬志愿服务精神，营造互帮互助的邻里氛围，12月2日，东街街道在三坊七巷南后街开展“邻里守望·情暖三坊”志愿服务活动，辖区8个社区的150余名志愿者参加。",
    "活动现场设置了义诊咨询、法律服务、家电维修、理发磨刀、政策宣传等12个服务摊位。来自鼓楼区医院的医生为居民测量血压、血糖，讲解冬季常见病预防知识；律师志愿者耐心解答居民关于房屋租赁、婚姻家庭等方面的法律问题。",
    "“家里的电饭煲坏了好几天，今天拿来一会儿就修好了，还不要钱！”家住安泰社区的林阿姨高兴地说。",
    "据了解，东街街道自2015年组建“三坊邻里”志愿服务队以来，已发展注册志愿者2300余人，累计开展各类志愿服务活动680余场。下一步，街道将继续推动志愿服务常态化、项目化，让志愿服务成为社区治理的重要力量。（东街街道 郑雅婷）",
]

BODY = [
    G("<br><br>\n".join(IND + p for p in PARAS), PARAS),
]


def page(body):
    return f"""<body>
<div class="ban"><img alt="东街街道"> 福州市鼓楼区东街街道办事处</div>
<div class="nav"><a href="#">首页</a><a href="#">街道概况</a><a href="#">工作动态</a><a href="#">社区风采</a><a href="#">党建园地</a><a href="#">便民服务</a><a href="#">留言板</a></div>
<table class="lay"><tr><td class="art">
<span class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">工作动态</a></span><br>
<span class="t1">{TITLE}</span>
<span class="d1">[{PUBLISH_TIME}]　　来源：东街街道　　浏览：342</span>
<span class="zw">{body}</span></td><td class="side">
<b>最新动态</b><br>
· <a href="#">东街街道召开党工委理论学习中心组学习会</a><br>
· <a href="#">安泰社区举办消防安全知识讲座</a><br>
· <a href="#">街道开展冬季燃气安全专项检查</a><br>
<b>便民电话</b><br>
街道办公室：0591-87536120<br>
综治中心：0591-87536127<br>
<img alt="二维码"><br>扫一扫关注“东街发布”</td></tr></table>
<p align="center">【<a href="#">打印</a>】　【<a href="#">关闭</a>】　责任编辑：王蓉</p>
<div class="foot">福州市鼓楼区东街街道办事处 版权所有　地址：福州市鼓楼区杨桥东路18号<br>闽ICP备12019460号</div>
</body>"""
