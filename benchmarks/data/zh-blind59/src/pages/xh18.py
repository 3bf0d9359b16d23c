from lib import *

ID = "xh-18"
KIND = "media"
LANG = "zh"
FEATURES = ("central outlet regional channel (人民网广西频道); three-line 引题/主题/副题 stack on a news site (title = "
            "主题 only); info bar glued '2024年06月05日08:31 | 来源：人民网－广西频道'; '人民网柳州6月5日电（记者蓝瑞芳、"
            "陈露）' dateline; bold sub-headings; '(责编：黄蕾、蒋宏)' editors line; 分享让更多人看到; 2018 layout")
HEAD_TITLE = "柳江流域十年治理：从“排污口”到“打卡点”--广西频道--人民网"
TITLE_LINES = ["柳江流域十年治理：从“排污口”到“打卡点”"]
AUTHORS = ["蓝瑞芳", "陈露"]
TIME = "2024年06月05日08:31"

CSS = """
body{margin:0;font:16px/1.8 宋体,"Microsoft YaHei";background:#fff}
.rm-top{background:#f8f8f8;border-bottom:1px solid #ddd;font-size:12px;padding:4px calc(50% - 500px)}
.rm-head{width:1000px;margin:10px auto;display:flex;align-items:center;border-bottom:2px solid #b00}
.rm-head .lg{font-size:28px;color:#b00;font-weight:bold}.rm-head .pd{font-size:18px;margin-left:10px}
.rm-head .lm{margin-left:auto}.rm-head .lm a{margin-left:12px;font-size:14px}
.clearfix{width:1000px;margin:0 auto}
.text_title{text-align:center;margin-top:20px}
.text_title .pre,.text_title .sub{font-size:16px;color:#444;margin:6px 0}
.text_title h1{font-size:28px;margin:6px 0;font-family:"Microsoft YaHei"}
.box01{display:flex;justify-content:space-between;font-size:13px;color:#666;border-bottom:1px solid #ddd;padding:8px 0;margin:12px 0}
.rm_txt_con p{text-indent:2em;margin:14px 0}
.rm_txt_con p.h{font-weight:bold}
.edit{text-align:right;color:#888;font-size:13px}
.share{font-size:13px;color:#666}
.rm-foot{text-align:center;font-size:12px;color:#777;padding:20px;border-top:1px solid #ddd;margin-top:20px}
"""

BODY = [
    P("人民网柳州6月5日电（记者蓝瑞芳、陈露）清晨的柳江边，晨练的市民沿着滨江步道慢跑，江面上白鹭低飞。很难想象，十多年前，这里的一些支流还是沿岸居民避之不及的“臭水沟”。"),
    P("从“治”到“管”，治理久久为功", cls="h"),
    P("柳江是珠江流域西江水系的重要支流，穿柳州城区而过。2014年起，柳州启动柳江流域综合治理，累计投入资金超过120亿元，新建和改造污水管网1600多公里，关停、搬迁沿江污染企业56家，对竹鹅溪、香兰河等11条城市内河实施系统整治。"),
    P("“治水不能只盯着水里，关键在岸上。”柳州市水利局相关负责人介绍，柳州在全区率先推行河长制，市、县、乡、村四级河长达1800多名，并引入无人机、水质在线监测等手段，实现“天上看、地上查、水里测”。"),
    P("从“排污口”到“打卡点”，生态红利释放", cls="h"),
    P("治理成效逐步显现。数据显示，柳江干流柳州段水质连续多年保持Ⅱ类标准，在全国地级及以上城市国家地表水考核断面水环境质量排名中多次位居前列。"),
    P("曾经的排污口变成了亲水平台，污水横流的河道变成了生态公园。竹鹅溪湿地公园开放后，周末日均接待游客超过5000人次。“小时候不敢靠近的河，现在成了带孙子玩的好地方。”家住附近的居民谢大爷说。"),
    P("生态变好了，产业也跟着“绿”了起来。沿江的老旧厂房被改造成文创园和运动公园，柳江夜游、龙舟赛、水上运动等项目相继推出，去年仅柳江沿线滨水旅游就接待游客超过800万人次。一些曾经的排污企业也完成了转型升级，走上了清洁生产的路子。"),
    P("“护一江清水，不只是政府的事。”在柳州，已有2万多名群众注册成为“民间河长”和护河志愿者，他们定期巡河、捡拾垃圾、劝阻违规垂钓，成为守护柳江的重要力量。"),
    P("柳州市有关负责人表示，下一步将持续推进城市黑臭水体治理成果巩固和美丽河湖建设，让“山水柳州”的生态底色更加亮丽。"),
]


def page():
    return f"""<body>
<div class="rm-top"><a href="#">人民网</a> &gt;&gt; <a href="#">广西频道</a>　　<a href="#">人民网首页</a> | <a href="#">手机看新闻</a></div>
<div class="rm-head"><span class="lg">{gif("人民网")}人民网</span><span class="pd">广西频道</span><span class="lm"><a href="#">首页</a><a href="#">时政</a><a href="#">社会</a><a href="#">东盟</a><a href="#">图片</a><a href="#">领导留言板</a></span></div>
<div class="clearfix">
<div class="text_title">
<p class="pre">守护一江清水</p>
<h1>{TITLE_LINES[0]}</h1>
<p class="sub">——柳州推进流域综合治理见闻</p>
<div class="box01"><div class="fl">{TIME} | 来源：<a href="#">人民网－广西频道</a></div><div class="fr">小字号 | <a href="#">打印</a></div></div>
</div>
<div class="rm_txt_con">
{render(BODY)}
</div>
<div class="edit">(责编：黄蕾、蒋宏)</div>
<div class="share">分享让更多人看到　<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<h3>推荐阅读</h3><ul>{ali(["广西推进西江流域生态保护和高质量发展", "柳州：螺蛳粉产业链年销售收入突破600亿元", "南宁邕江综合整治工程通过验收"])}</ul>
</div>
<div class="rm-foot">人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</div>
</body>"""
