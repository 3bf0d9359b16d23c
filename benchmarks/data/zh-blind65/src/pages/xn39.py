from blocks import *
from furniture import *

ID, KIND, LANG = "xn-39", "institution", "zh"
SITE = "福建省乌龙茶产业协会（行业协会网站，通知公告）"
DOC_TITLE = "关于举办2024年福建省乌龙茶制茶技能竞赛的通知"
TITLE = "关于举办2024年福建省乌龙茶制茶技能竞赛的通知"
AUTHORS = []
PUBLISH_TIME = "2024-04-02 11:26"
FEATURES = ("association notice with no writer (authors []); 发布者：协会秘书处 (not an author) in the info bar; "
            "文号 line 闽乌茶协〔2024〕8号 (not body); 主送 line; lists mixing 一、 （一） 1. and （1） in separate <p>s; "
            "署名 and date (body); 附件 links and 联系人 lines; 2016-style site with a 会员登录 box.")

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f5f1e8}
.top{background:#2e5e2a;color:#fff;padding:14px 50px;font-size:24px}
.nv{background:#4b7f3f;padding:6px 50px}.nv a{color:#fff;margin-right:20px}
.wp{width:1060px;margin:14px auto;display:flex;gap:20px}
.lf{width:220px;background:#fff;padding:10px}
.rt{flex:1;background:#fff;padding:20px 40px}
.rt h2{text-align:center;font-size:20px}
.inf{text-align:center;font-size:12px;color:#999}
.wh{text-align:center;font-size:14px}
.rt p{margin:6px 0}
.r{text-align:right}
.ft{text-align:center;font-size:12px;color:#666;padding:14px}
"""

BODY = [
    X('<p class="wh">闽乌茶协〔2024〕8号</p>'),
    P("各会员单位，各有关茶企、茶叶专业合作社："),
    P("为弘扬乌龙茶传统制作技艺，培养高技能制茶人才，经研究，协会决定举办2024年福建省乌龙茶制茶技能竞赛。现将有关事项通知如下：", indent=IND),
    P("一、竞赛时间和地点", indent=IND),
    P("（一）初赛：5月10日至12日，分别在安溪、武夷山、漳平举行；", indent=IND),
    P("（二）决赛：5月25日至26日，在安溪县举行。", indent=IND),
    P("二、参赛对象", indent=IND),
    P("从事乌龙茶制作的茶农、茶企技术人员及茶叶专业合作社成员，年龄18周岁以上，身体健康。", indent=IND),
    P("三、竞赛内容", indent=IND),
    P("1.理论知识考试，占总成绩的20%；", indent=IND),
    P("2.实际操作，占总成绩的80%，包括：（1）晒青与摇青；（2）炒青与揉捻；（3）烘焙与成品评审。", indent=IND),
    P("四、奖励办法", indent=IND),
    P("决赛设一等奖3名、二等奖6名、三等奖10名，颁发证书和奖金；获得一等奖的选手，由协会推荐申报“福建省技术能手”。", indent=IND),
    P("五、报名方式", indent=IND),
    P("请于4月30日前将报名表发送至协会邮箱，报名费免收。联系人：苏雅琴，电话：0591-87651320。", indent=IND),
    P("福建省乌龙茶产业协会", cls="r"),
    P("2024年4月1日", cls="r"),
    X('<p>附件：<a href="#">1.竞赛报名表.docx</a>　<a href="#">2.竞赛技术规程.pdf</a></p>'),
]


def page(body):
    return f"""<body>
<div class="top"><img alt="协会标志"> 福建省乌龙茶产业协会</div>
<div class="nv"><a href="#">网站首页</a><a href="#">协会概况</a><a href="#">通知公告</a><a href="#">行业资讯</a><a href="#">会员风采</a><a href="#">茶文化</a><a href="#">入会指南</a><a href="#">联系我们</a></div>
<div class="wp">
<div class="lf"><h4>会员登录</h4><input type="text" placeholder="用户名"><br><input type="password" placeholder="密码"><br><button type="button">登录</button> <a href="#">注册</a>
<h4>通知公告</h4><ul><li><a href="#">关于缴纳2024年度会费的通知</a></li><li><a href="#">协会第三届理事会第四次会议纪要</a></li></ul></div>
<div class="rt">
<div class="loc">您现在的位置：<a href="#">网站首页</a> &gt;&gt; <a href="#">通知公告</a></div>
<h2>{TITLE}</h2>
<div class="inf">发布者：协会秘书处　发布时间：{PUBLISH_TIME}　阅读：<span>655</span>次</div>
{body}
<p class="pn">上一篇：<a href="#">关于开展2024年春茶质量抽检工作的通知</a>　下一篇：<a href="#">没有了</a></p>
</div></div>
<div class="ft">版权所有：福建省乌龙茶产业协会　地址：福州市鼓楼区五四路120号　电话：0591-87651300<br>闽ICP备16003821号-1</div>
</body>"""
